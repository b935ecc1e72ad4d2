from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_response import ErrorResponse
from ...models.token_renew_v0 import TokenRenewV0
from ...types import UNSET


def _get_kwargs(
    enterprise_id: UUID | str,
    developerapp_id: UUID | str,
    *,
    access_token: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["access_token"] = access_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v0/enterprise/{path_segment(enterprise_id)}/developerapp/{path_segment(developerapp_id)}/renew-token/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        201: ("json", _rt.model(TokenRenewV0)),
        400: ("json", _rt.model(ErrorResponse)),
        401: ("json", _rt.model(ErrorResponse)),
        403: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[ErrorResponse | TokenRenewV0]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    developerapp_id: UUID | str,
    *,
    client: ClientLike,
    access_token: str,
) -> Response[ErrorResponse | TokenRenewV0]:
    """Renew a developer app's API token (the older token API); the renewed token comes back.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        developerapp_id (UUID | str): The developer app's id (a UUID).
        access_token (str): The token to renew.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | TokenRenewV0]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        developerapp_id=developerapp_id,
        access_token=access_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    developerapp_id: UUID | str,
    *,
    client: ClientLike,
    access_token: str,
) -> TokenRenewV0:
    """Renew a developer app's API token (the older token API); the renewed token comes back.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        developerapp_id (UUID | str): The developer app's id (a UUID).
        access_token (str): The token to renew.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        TokenRenewV0
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            developerapp_id=developerapp_id,
            client=client,
            access_token=access_token,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    developerapp_id: UUID | str,
    *,
    client: ClientLike,
    access_token: str,
) -> Response[ErrorResponse | TokenRenewV0]:
    """Renew a developer app's API token (the older token API); the renewed token comes back.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        developerapp_id (UUID | str): The developer app's id (a UUID).
        access_token (str): The token to renew.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | TokenRenewV0]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        developerapp_id=developerapp_id,
        access_token=access_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    developerapp_id: UUID | str,
    *,
    client: ClientLike,
    access_token: str,
) -> TokenRenewV0:
    """Renew a developer app's API token (the older token API); the renewed token comes back.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        developerapp_id (UUID | str): The developer app's id (a UUID).
        access_token (str): The token to renew.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        TokenRenewV0
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            developerapp_id=developerapp_id,
            client=client,
            access_token=access_token,
        )
    )
