from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.get_pipeline_runs_ordering import GetPipelineRunsOrdering
from ...models.get_pipeline_runs_response_200 import GetPipelineRunsResponse200
from ...models.get_pipeline_runs_status import GetPipelineRunsStatus
from ...types import UNSET, Unset


def _get_kwargs(
    pipeline_id: str,
    *,
    status: GetPipelineRunsStatus | Unset = UNSET,
    ordering: GetPipelineRunsOrdering | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering

    params["ordering"] = json_ordering

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/pipelines/v0/pipelines/{path_segment(pipeline_id)}/runs/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> Error401Unauthorized | GetPipelineRunsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetPipelineRunsResponse200.from_dict(response.json())

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
) -> Response[Error401Unauthorized | GetPipelineRunsResponse200]:
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
    pipeline_id: str,
    *,
    client: ClientLike,
    status: GetPipelineRunsStatus | Unset = UNSET,
    ordering: GetPipelineRunsOrdering | Unset = UNSET,
) -> Response[Error401Unauthorized | GetPipelineRunsResponse200]:
    """
    Args:
        pipeline_id (str):
        status (GetPipelineRunsStatus | Unset):
        ordering (GetPipelineRunsOrdering | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error401Unauthorized | GetPipelineRunsResponse200]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        status=status,
        ordering=ordering,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pipeline_id: str,
    *,
    client: ClientLike,
    status: GetPipelineRunsStatus | Unset = UNSET,
    ordering: GetPipelineRunsOrdering | Unset = UNSET,
) -> Error401Unauthorized | GetPipelineRunsResponse200 | None:
    """
    Args:
        pipeline_id (str):
        status (GetPipelineRunsStatus | Unset):
        ordering (GetPipelineRunsOrdering | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error401Unauthorized | GetPipelineRunsResponse200
    """

    return sync_detailed(
        pipeline_id=pipeline_id,
        client=client,
        status=status,
        ordering=ordering,
    ).parsed


async def asyncio_detailed(
    pipeline_id: str,
    *,
    client: ClientLike,
    status: GetPipelineRunsStatus | Unset = UNSET,
    ordering: GetPipelineRunsOrdering | Unset = UNSET,
) -> Response[Error401Unauthorized | GetPipelineRunsResponse200]:
    """
    Args:
        pipeline_id (str):
        status (GetPipelineRunsStatus | Unset):
        ordering (GetPipelineRunsOrdering | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error401Unauthorized | GetPipelineRunsResponse200]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        status=status,
        ordering=ordering,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pipeline_id: str,
    *,
    client: ClientLike,
    status: GetPipelineRunsStatus | Unset = UNSET,
    ordering: GetPipelineRunsOrdering | Unset = UNSET,
) -> Error401Unauthorized | GetPipelineRunsResponse200 | None:
    """
    Args:
        pipeline_id (str):
        status (GetPipelineRunsStatus | Unset):
        ordering (GetPipelineRunsOrdering | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error401Unauthorized | GetPipelineRunsResponse200
    """

    return (
        await asyncio_detailed(
            pipeline_id=pipeline_id,
            client=client,
            status=status,
            ordering=ordering,
        )
    ).parsed
