from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.delete_stage_operation_list_response_200 import DeleteStageOperationListResponse200
from ...models.error_401_unauthorized import Error401Unauthorized


def _get_kwargs(
    stage_id: str,
    operationlist_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/pipelines/v0/stages/{path_segment(stage_id)}/operationlists/{path_segment(operationlist_id)}/",
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> DeleteStageOperationListResponse200 | Error401Unauthorized | None:
    if response.status_code == 200:
        response_200 = DeleteStageOperationListResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error401Unauthorized.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[DeleteStageOperationListResponse200 | Error401Unauthorized]:
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
    stage_id: str,
    operationlist_id: str,
    *,
    client: ClientLike,
) -> Response[DeleteStageOperationListResponse200 | Error401Unauthorized]:
    """
    Args:
        stage_id (str):
        operationlist_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteStageOperationListResponse200 | Error401Unauthorized]
    """

    kwargs = _get_kwargs(
        stage_id=stage_id,
        operationlist_id=operationlist_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stage_id: str,
    operationlist_id: str,
    *,
    client: ClientLike,
) -> DeleteStageOperationListResponse200 | Error401Unauthorized | None:
    """
    Args:
        stage_id (str):
        operationlist_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteStageOperationListResponse200 | Error401Unauthorized
    """

    return sync_detailed(
        stage_id=stage_id,
        operationlist_id=operationlist_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    stage_id: str,
    operationlist_id: str,
    *,
    client: ClientLike,
) -> Response[DeleteStageOperationListResponse200 | Error401Unauthorized]:
    """
    Args:
        stage_id (str):
        operationlist_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteStageOperationListResponse200 | Error401Unauthorized]
    """

    kwargs = _get_kwargs(
        stage_id=stage_id,
        operationlist_id=operationlist_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stage_id: str,
    operationlist_id: str,
    *,
    client: ClientLike,
) -> DeleteStageOperationListResponse200 | Error401Unauthorized | None:
    """
    Args:
        stage_id (str):
        operationlist_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteStageOperationListResponse200 | Error401Unauthorized
    """

    return (
        await asyncio_detailed(
            stage_id=stage_id,
            operationlist_id=operationlist_id,
            client=client,
        )
    ).parsed
