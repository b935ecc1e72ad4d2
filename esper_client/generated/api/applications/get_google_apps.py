import datetime
from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_response import ErrorResponse
from ...models.get_google_apps_response_200 import GetGoogleAppsResponse200
from ...models.google_product import GoogleProduct
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    emm_id: int,
    *,
    google_product_id: str | Unset = UNSET,
    package_name: str | Unset = UNSET,
    created_on: datetime.datetime | Unset = UNSET,
    updated_on: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["google_product_id"] = google_product_id

    params["package_name"] = package_name

    json_created_on: str | Unset = UNSET
    if not isinstance(created_on, Unset):
        json_created_on = created_on.isoformat()
    params["created_on"] = json_created_on

    json_updated_on: str | Unset = UNSET
    if not isinstance(updated_on, Unset):
        json_updated_on = updated_on.isoformat()
    params["updated_on"] = json_updated_on

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v0/enterprise/{path_segment(enterprise_id)}/emm/{path_segment(emm_id)}/product/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetGoogleAppsResponse200)),
        401: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | GetGoogleAppsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    emm_id: int,
    *,
    client: ClientLike,
    google_product_id: str | Unset = UNSET,
    package_name: str | Unset = UNSET,
    created_on: datetime.datetime | Unset = UNSET,
    updated_on: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | GetGoogleAppsResponse200]:
    """List the Play Store apps approved for the enterprise.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        google_product_id (str | Unset): Only the app with this Google Play product id.
        package_name (str | Unset): Only apps with this package name.
        created_on (datetime.datetime | Unset): Only apps whose record was created at this time.
        updated_on (datetime.datetime | Unset): Only apps whose record was last changed at this
            time.
        limit (int | Unset): Page size: how many items to return. Default: 20.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | GetGoogleAppsResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        emm_id=emm_id,
        google_product_id=google_product_id,
        package_name=package_name,
        created_on=created_on,
        updated_on=updated_on,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(GoogleProduct)


def page_item(data: Any) -> GoogleProduct:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    enterprise_id: UUID | str,
    emm_id: int,
    *,
    client: ClientLike,
    google_product_id: str | Unset = UNSET,
    package_name: str | Unset = UNSET,
    created_on: datetime.datetime | Unset = UNSET,
    updated_on: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GetGoogleAppsResponse200:
    """List the Play Store apps approved for the enterprise.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        google_product_id (str | Unset): Only the app with this Google Play product id.
        package_name (str | Unset): Only apps with this package name.
        created_on (datetime.datetime | Unset): Only apps whose record was created at this time.
        updated_on (datetime.datetime | Unset): Only apps whose record was last changed at this
            time.
        limit (int | Unset): Page size: how many items to return. Default: 20.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetGoogleAppsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            emm_id=emm_id,
            client=client,
            google_product_id=google_product_id,
            package_name=package_name,
            created_on=created_on,
            updated_on=updated_on,
            limit=limit,
            offset=offset,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    emm_id: int,
    *,
    client: ClientLike,
    google_product_id: str | Unset = UNSET,
    package_name: str | Unset = UNSET,
    created_on: datetime.datetime | Unset = UNSET,
    updated_on: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | GetGoogleAppsResponse200]:
    """List the Play Store apps approved for the enterprise.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        google_product_id (str | Unset): Only the app with this Google Play product id.
        package_name (str | Unset): Only apps with this package name.
        created_on (datetime.datetime | Unset): Only apps whose record was created at this time.
        updated_on (datetime.datetime | Unset): Only apps whose record was last changed at this
            time.
        limit (int | Unset): Page size: how many items to return. Default: 20.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | GetGoogleAppsResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        emm_id=emm_id,
        google_product_id=google_product_id,
        package_name=package_name,
        created_on=created_on,
        updated_on=updated_on,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    emm_id: int,
    *,
    client: ClientLike,
    google_product_id: str | Unset = UNSET,
    package_name: str | Unset = UNSET,
    created_on: datetime.datetime | Unset = UNSET,
    updated_on: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GetGoogleAppsResponse200:
    """List the Play Store apps approved for the enterprise.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        google_product_id (str | Unset): Only the app with this Google Play product id.
        package_name (str | Unset): Only apps with this package name.
        created_on (datetime.datetime | Unset): Only apps whose record was created at this time.
        updated_on (datetime.datetime | Unset): Only apps whose record was last changed at this
            time.
        limit (int | Unset): Page size: how many items to return. Default: 20.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetGoogleAppsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            emm_id=emm_id,
            client=client,
            google_product_id=google_product_id,
            package_name=package_name,
            created_on=created_on,
            updated_on=updated_on,
            limit=limit,
            offset=offset,
        )
    )
