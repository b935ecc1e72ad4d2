from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.get_scripts_response_200 import GetScriptsResponse200
from ...models.get_scripts_response_403 import GetScriptsResponse403
from ...models.get_scripts_response_404 import GetScriptsResponse404
from ...models.get_scripts_response_500 import GetScriptsResponse500


def _get_kwargs(
    script_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/scripts/{path_segment(script_id)}/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetScriptsResponse200)),
        403: ("json", _rt.model(GetScriptsResponse403)),
        404: ("json", _rt.model(GetScriptsResponse404)),
        500: ("json", _rt.model(GetScriptsResponse500)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GetScriptsResponse200 | GetScriptsResponse403 | GetScriptsResponse404 | GetScriptsResponse500]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    script_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[GetScriptsResponse200 | GetScriptsResponse403 | GetScriptsResponse404 | GetScriptsResponse500]:
    """Read one script (its interpreter and source text), such as one a custom action option runs.

    Args:
        script_id (UUID): The script's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetScriptsResponse200 | GetScriptsResponse403 | GetScriptsResponse404 | GetScriptsResponse500]
    """

    kwargs = _get_kwargs(
        script_id=script_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    script_id: UUID | str,
    *,
    client: ClientLike,
) -> GetScriptsResponse200:
    """Read one script (its interpreter and source text), such as one a custom action option runs.

    Args:
        script_id (UUID): The script's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetScriptsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            script_id=script_id,
            client=client,
        )
    )


async def asyncio_detailed(
    script_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[GetScriptsResponse200 | GetScriptsResponse403 | GetScriptsResponse404 | GetScriptsResponse500]:
    """Read one script (its interpreter and source text), such as one a custom action option runs.

    Args:
        script_id (UUID): The script's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetScriptsResponse200 | GetScriptsResponse403 | GetScriptsResponse404 | GetScriptsResponse500]
    """

    kwargs = _get_kwargs(
        script_id=script_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    script_id: UUID | str,
    *,
    client: ClientLike,
) -> GetScriptsResponse200:
    """Read one script (its interpreter and source text), such as one a custom action option runs.

    Args:
        script_id (UUID): The script's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetScriptsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            script_id=script_id,
            client=client,
        )
    )
