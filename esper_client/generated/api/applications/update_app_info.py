from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_response import ErrorResponse
from ...models.google_product import GoogleProduct
from ...models.update_app_info_body import UpdateAppInfoBody
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    emm_id: int,
    product_id: UUID | str,
    *,
    body: UpdateAppInfoBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/v0/enterprise/{path_segment(enterprise_id)}/emm/{path_segment(emm_id)}/product/{path_segment(product_id)}",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GoogleProduct)),
        204: ("none", None),
        400: ("json", _rt.model(ErrorResponse)),
        401: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[Any | ErrorResponse | GoogleProduct]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    emm_id: int,
    product_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateAppInfoBody | Unset = UNSET,
) -> Response[Any | ErrorResponse | GoogleProduct]:
    """Replace the settings of an approved Play Store app.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        product_id (UUID | str): Identifies the approved Play Store app (as listed by
            getGoogleApps).
        body (UpdateAppInfoBody | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Any | ErrorResponse | GoogleProduct]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        emm_id=emm_id,
        product_id=product_id,
        body=body,
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
    body: UpdateAppInfoBody | Unset = UNSET,
) -> GoogleProduct | None:
    """Replace the settings of an approved Play Store app.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        product_id (UUID | str): Identifies the approved Play Store app (as listed by
            getGoogleApps).
        body (UpdateAppInfoBody | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GoogleProduct | None
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            emm_id=emm_id,
            product_id=product_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    emm_id: int,
    product_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateAppInfoBody | Unset = UNSET,
) -> Response[Any | ErrorResponse | GoogleProduct]:
    """Replace the settings of an approved Play Store app.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        product_id (UUID | str): Identifies the approved Play Store app (as listed by
            getGoogleApps).
        body (UpdateAppInfoBody | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Any | ErrorResponse | GoogleProduct]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        emm_id=emm_id,
        product_id=product_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    emm_id: int,
    product_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateAppInfoBody | Unset = UNSET,
) -> GoogleProduct | None:
    """Replace the settings of an approved Play Store app.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        product_id (UUID | str): Identifies the approved Play Store app (as listed by
            getGoogleApps).
        body (UpdateAppInfoBody | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GoogleProduct | None
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            emm_id=emm_id,
            product_id=product_id,
            client=client,
            body=body,
        )
    )
