from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.get_background_scripts_response_200 import GetBackgroundScriptsResponse200
from ...models.get_background_scripts_response_404 import GetBackgroundScriptsResponse404


def _get_kwargs(
    background_script_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/background-scripts/{path_segment(background_script_id)}/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetBackgroundScriptsResponse200)),
        404: ("json", _rt.model(GetBackgroundScriptsResponse404)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GetBackgroundScriptsResponse200 | GetBackgroundScriptsResponse404]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    background_script_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[GetBackgroundScriptsResponse200 | GetBackgroundScriptsResponse404]:
    """Read one background script, including its source text.

    Args:
        background_script_id (UUID | str): The background script's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GetBackgroundScriptsResponse200 | GetBackgroundScriptsResponse404]
    """

    kwargs = _get_kwargs(
        background_script_id=background_script_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    background_script_id: UUID | str,
    *,
    client: ClientLike,
) -> GetBackgroundScriptsResponse200:
    """Read one background script, including its source text.

    Args:
        background_script_id (UUID | str): The background script's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetBackgroundScriptsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            background_script_id=background_script_id,
            client=client,
        )
    )


async def asyncio_detailed(
    background_script_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[GetBackgroundScriptsResponse200 | GetBackgroundScriptsResponse404]:
    """Read one background script, including its source text.

    Args:
        background_script_id (UUID | str): The background script's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GetBackgroundScriptsResponse200 | GetBackgroundScriptsResponse404]
    """

    kwargs = _get_kwargs(
        background_script_id=background_script_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    background_script_id: UUID | str,
    *,
    client: ClientLike,
) -> GetBackgroundScriptsResponse200:
    """Read one background script, including its source text.

    Args:
        background_script_id (UUID | str): The background script's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetBackgroundScriptsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            background_script_id=background_script_id,
            client=client,
        )
    )
