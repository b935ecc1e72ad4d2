from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_response import ErrorResponse
from ...models.get_webtokens_response_200 import GetWebtokensResponse200


def _get_kwargs(
    enterprise_id: UUID | str,
    emm_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v0/enterprise/{path_segment(enterprise_id)}/emm/{path_segment(emm_id)}/webtoken/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetWebtokensResponse200)),
        401: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | GetWebtokensResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    emm_id: int,
    *,
    client: ClientLike,
) -> Response[ErrorResponse | GetWebtokensResponse200]:
    """List Play iframe web tokens.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | GetWebtokensResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        emm_id=emm_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    emm_id: int,
    *,
    client: ClientLike,
) -> GetWebtokensResponse200:
    """List Play iframe web tokens.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetWebtokensResponse200
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            emm_id=emm_id,
            client=client,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    emm_id: int,
    *,
    client: ClientLike,
) -> Response[ErrorResponse | GetWebtokensResponse200]:
    """List Play iframe web tokens.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | GetWebtokensResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        emm_id=emm_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    emm_id: int,
    *,
    client: ClientLike,
) -> GetWebtokensResponse200:
    """List Play iframe web tokens.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetWebtokensResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            emm_id=emm_id,
            client=client,
        )
    )
