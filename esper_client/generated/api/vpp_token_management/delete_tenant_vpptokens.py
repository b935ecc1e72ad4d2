from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_404_not_found import Error404NotFound
from ...models.error_500_internal_server_error import Error500InternalServerError


def _get_kwargs(
    id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/tenant/v0/vpptokens/{path_segment(id)}",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        204: ("none", None),
        401: ("json", _rt.model(Error401Unauthorized)),
        404: ("json", _rt.model(Error404NotFound)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Any | Error401Unauthorized | Error404NotFound | Error500InternalServerError]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    id: int,
    *,
    client: ClientLike,
) -> Response[Any | Error401Unauthorized | Error404NotFound | Error500InternalServerError]:
    """Remove a VPP token from the tenant.

    Args:
        id (int): The VPP token's id (an integer).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Any | Error401Unauthorized | Error404NotFound | Error500InternalServerError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: ClientLike,
) -> None:
    """Remove a VPP token from the tenant.

    Args:
        id (int): The VPP token's id (an integer).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        None
    """

    return _rt.parsed(
        sync_detailed(
            id=id,
            client=client,
        )
    )


async def asyncio_detailed(
    id: int,
    *,
    client: ClientLike,
) -> Response[Any | Error401Unauthorized | Error404NotFound | Error500InternalServerError]:
    """Remove a VPP token from the tenant.

    Args:
        id (int): The VPP token's id (an integer).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Any | Error401Unauthorized | Error404NotFound | Error500InternalServerError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: ClientLike,
) -> None:
    """Remove a VPP token from the tenant.

    Args:
        id (int): The VPP token's id (an integer).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        None
    """

    return _rt.parsed(
        await asyncio_detailed(
            id=id,
            client=client,
        )
    )
