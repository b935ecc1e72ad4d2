from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.get_target_list_target_response_200 import GetTargetListTargetResponse200


def _get_kwargs(
    pipeline_id: UUID,
    targetlist_id: UUID,
    target_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/pipelines/v0/pipelines/{path_segment(pipeline_id)}/targetlists/{path_segment(targetlist_id)}/targets/{path_segment(target_id)}/",
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> Error401Unauthorized | GetTargetListTargetResponse200 | None:
    if response.status_code == 200:
        response_200 = GetTargetListTargetResponse200.from_dict(response.json())

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
) -> Response[Error401Unauthorized | GetTargetListTargetResponse200]:
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
    pipeline_id: UUID,
    targetlist_id: UUID,
    target_id: UUID,
    *,
    client: ClientLike,
) -> Response[Error401Unauthorized | GetTargetListTargetResponse200]:
    """
    Args:
        pipeline_id (UUID):
        targetlist_id (UUID):
        target_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error401Unauthorized | GetTargetListTargetResponse200]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        targetlist_id=targetlist_id,
        target_id=target_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pipeline_id: UUID,
    targetlist_id: UUID,
    target_id: UUID,
    *,
    client: ClientLike,
) -> Error401Unauthorized | GetTargetListTargetResponse200 | None:
    """
    Args:
        pipeline_id (UUID):
        targetlist_id (UUID):
        target_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error401Unauthorized | GetTargetListTargetResponse200
    """

    return sync_detailed(
        pipeline_id=pipeline_id,
        targetlist_id=targetlist_id,
        target_id=target_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    pipeline_id: UUID,
    targetlist_id: UUID,
    target_id: UUID,
    *,
    client: ClientLike,
) -> Response[Error401Unauthorized | GetTargetListTargetResponse200]:
    """
    Args:
        pipeline_id (UUID):
        targetlist_id (UUID):
        target_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error401Unauthorized | GetTargetListTargetResponse200]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        targetlist_id=targetlist_id,
        target_id=target_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pipeline_id: UUID,
    targetlist_id: UUID,
    target_id: UUID,
    *,
    client: ClientLike,
) -> Error401Unauthorized | GetTargetListTargetResponse200 | None:
    """
    Args:
        pipeline_id (UUID):
        targetlist_id (UUID):
        target_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error401Unauthorized | GetTargetListTargetResponse200
    """

    return (
        await asyncio_detailed(
            pipeline_id=pipeline_id,
            targetlist_id=targetlist_id,
            target_id=target_id,
            client=client,
        )
    ).parsed
