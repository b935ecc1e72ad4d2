import datetime
from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_response import ErrorResponse
from ...models.list_products_response_200 import ListProductsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    emm_id: int,
    product_id: UUID | str,
    *,
    google_product: str | Unset = UNSET,
    google_device: str | Unset = UNSET,
    install_state: str | Unset = UNSET,
    version_code: str | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["google_product"] = google_product

    params["google_device"] = google_device

    params["install_state"] = install_state

    params["version_code"] = version_code

    json_created_on_gt: str | Unset = UNSET
    if not isinstance(created_on_gt, Unset):
        json_created_on_gt = created_on_gt.isoformat()
    params["created_on_gt"] = json_created_on_gt

    json_created_on_lt: str | Unset = UNSET
    if not isinstance(created_on_lt, Unset):
        json_created_on_lt = created_on_lt.isoformat()
    params["created_on_lt"] = json_created_on_lt

    params["is_active"] = is_active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v0/enterprise/{path_segment(enterprise_id)}/emm/{path_segment(emm_id)}/product/{path_segment(product_id)}/install/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListProductsResponse200)),
        401: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | ListProductsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    emm_id: int,
    product_id: UUID | str,
    *,
    client: ClientLike,
    google_product: str | Unset = UNSET,
    google_device: str | Unset = UNSET,
    install_state: str | Unset = UNSET,
    version_code: str | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> Response[ErrorResponse | ListProductsResponse200]:
    """List where an approved Play Store app is installed.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        product_id (UUID | str): Identifies the approved Play Store app (as listed by
            getGoogleApps).
        google_product (str | Unset): Only installs of this Google product.
        google_device (str | Unset): Only installs on this Google device.
        install_state (str | Unset): Only installs in this state.
        version_code (str | Unset): Only installs of this version code.
        created_on_gt (datetime.datetime | Unset): Only installs recorded after this time.
        created_on_lt (datetime.datetime | Unset): Only installs recorded before this time.
        is_active (bool | Unset): True for only the active installs, false for only the inactive
            ones.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | ListProductsResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        emm_id=emm_id,
        product_id=product_id,
        google_product=google_product,
        google_device=google_device,
        install_state=install_state,
        version_code=version_code,
        created_on_gt=created_on_gt,
        created_on_lt=created_on_lt,
        is_active=is_active,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    emm_id: int,
    product_id: UUID | str,
    *,
    client: ClientLike,
    google_product: str | Unset = UNSET,
    google_device: str | Unset = UNSET,
    install_state: str | Unset = UNSET,
    version_code: str | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> ListProductsResponse200:
    """List where an approved Play Store app is installed.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        product_id (UUID | str): Identifies the approved Play Store app (as listed by
            getGoogleApps).
        google_product (str | Unset): Only installs of this Google product.
        google_device (str | Unset): Only installs on this Google device.
        install_state (str | Unset): Only installs in this state.
        version_code (str | Unset): Only installs of this version code.
        created_on_gt (datetime.datetime | Unset): Only installs recorded after this time.
        created_on_lt (datetime.datetime | Unset): Only installs recorded before this time.
        is_active (bool | Unset): True for only the active installs, false for only the inactive
            ones.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListProductsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            emm_id=emm_id,
            product_id=product_id,
            client=client,
            google_product=google_product,
            google_device=google_device,
            install_state=install_state,
            version_code=version_code,
            created_on_gt=created_on_gt,
            created_on_lt=created_on_lt,
            is_active=is_active,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    emm_id: int,
    product_id: UUID | str,
    *,
    client: ClientLike,
    google_product: str | Unset = UNSET,
    google_device: str | Unset = UNSET,
    install_state: str | Unset = UNSET,
    version_code: str | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> Response[ErrorResponse | ListProductsResponse200]:
    """List where an approved Play Store app is installed.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        product_id (UUID | str): Identifies the approved Play Store app (as listed by
            getGoogleApps).
        google_product (str | Unset): Only installs of this Google product.
        google_device (str | Unset): Only installs on this Google device.
        install_state (str | Unset): Only installs in this state.
        version_code (str | Unset): Only installs of this version code.
        created_on_gt (datetime.datetime | Unset): Only installs recorded after this time.
        created_on_lt (datetime.datetime | Unset): Only installs recorded before this time.
        is_active (bool | Unset): True for only the active installs, false for only the inactive
            ones.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | ListProductsResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        emm_id=emm_id,
        product_id=product_id,
        google_product=google_product,
        google_device=google_device,
        install_state=install_state,
        version_code=version_code,
        created_on_gt=created_on_gt,
        created_on_lt=created_on_lt,
        is_active=is_active,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    emm_id: int,
    product_id: UUID | str,
    *,
    client: ClientLike,
    google_product: str | Unset = UNSET,
    google_device: str | Unset = UNSET,
    install_state: str | Unset = UNSET,
    version_code: str | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> ListProductsResponse200:
    """List where an approved Play Store app is installed.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        product_id (UUID | str): Identifies the approved Play Store app (as listed by
            getGoogleApps).
        google_product (str | Unset): Only installs of this Google product.
        google_device (str | Unset): Only installs on this Google device.
        install_state (str | Unset): Only installs in this state.
        version_code (str | Unset): Only installs of this version code.
        created_on_gt (datetime.datetime | Unset): Only installs recorded after this time.
        created_on_lt (datetime.datetime | Unset): Only installs recorded before this time.
        is_active (bool | Unset): True for only the active installs, false for only the inactive
            ones.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListProductsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            emm_id=emm_id,
            product_id=product_id,
            client=client,
            google_product=google_product,
            google_device=google_device,
            install_state=install_state,
            version_code=version_code,
            created_on_gt=created_on_gt,
            created_on_lt=created_on_lt,
            is_active=is_active,
        )
    )
