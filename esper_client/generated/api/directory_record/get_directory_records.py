from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ...models.error_response import ErrorResponse
from ...models.get_directory_records_response_200 import GetDirectoryRecordsResponse200


def _get_kwargs(
    enterprise_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/enterprise/{path_segment(enterprise_id)}/directory_record/",
    }

    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> ErrorResponse | GetDirectoryRecordsResponse200:
    if response.status_code == 200:
        response_200 = GetDirectoryRecordsResponse200.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | GetDirectoryRecordsResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except BODY_ERRORS as exc:
        raise response_body_error(client, response, exc) from exc
    return Response(
        status_code=as_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    enterprise_id: UUID,
    *,
    client: ClientLike,
) -> Response[ErrorResponse | GetDirectoryRecordsResponse200]:
    """
    Args:
        enterprise_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetDirectoryRecordsResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID,
    *,
    client: ClientLike,
) -> ErrorResponse | GetDirectoryRecordsResponse200 | None:
    """
    Args:
        enterprise_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetDirectoryRecordsResponse200
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    enterprise_id: UUID,
    *,
    client: ClientLike,
) -> Response[ErrorResponse | GetDirectoryRecordsResponse200]:
    """
    Args:
        enterprise_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetDirectoryRecordsResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID,
    *,
    client: ClientLike,
) -> ErrorResponse | GetDirectoryRecordsResponse200 | None:
    """
    Args:
        enterprise_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetDirectoryRecordsResponse200
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
        )
    ).parsed
