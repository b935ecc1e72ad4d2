from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.pipeline_run_put import PipelineRunPUT
from ...models.update_pipeline_run_response_200 import UpdatePipelineRunResponse200


def _get_kwargs(
    pipeline_id: str,
    pipeline_run_id: str,
    *,
    body: PipelineRunPUT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/pipelines/v0/pipelines/{path_segment(pipeline_id)}/runs/{path_segment(pipeline_run_id)}/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> Error400BadData | Error401Unauthorized | UpdatePipelineRunResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdatePipelineRunResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error400BadData.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error401Unauthorized.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error400BadData | Error401Unauthorized | UpdatePipelineRunResponse200]:
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
    pipeline_run_id: str,
    *,
    client: ClientLike,
    body: PipelineRunPUT,
) -> Response[Error400BadData | Error401Unauthorized | UpdatePipelineRunResponse200]:
    """
    Args:
        pipeline_id (str):
        pipeline_run_id (str):
        body (PipelineRunPUT):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error400BadData | Error401Unauthorized | UpdatePipelineRunResponse200]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        pipeline_run_id=pipeline_run_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pipeline_id: str,
    pipeline_run_id: str,
    *,
    client: ClientLike,
    body: PipelineRunPUT,
) -> Error400BadData | Error401Unauthorized | UpdatePipelineRunResponse200 | None:
    """
    Args:
        pipeline_id (str):
        pipeline_run_id (str):
        body (PipelineRunPUT):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error400BadData | Error401Unauthorized | UpdatePipelineRunResponse200
    """

    return sync_detailed(
        pipeline_id=pipeline_id,
        pipeline_run_id=pipeline_run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    pipeline_id: str,
    pipeline_run_id: str,
    *,
    client: ClientLike,
    body: PipelineRunPUT,
) -> Response[Error400BadData | Error401Unauthorized | UpdatePipelineRunResponse200]:
    """
    Args:
        pipeline_id (str):
        pipeline_run_id (str):
        body (PipelineRunPUT):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error400BadData | Error401Unauthorized | UpdatePipelineRunResponse200]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        pipeline_run_id=pipeline_run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pipeline_id: str,
    pipeline_run_id: str,
    *,
    client: ClientLike,
    body: PipelineRunPUT,
) -> Error400BadData | Error401Unauthorized | UpdatePipelineRunResponse200 | None:
    """
    Args:
        pipeline_id (str):
        pipeline_run_id (str):
        body (PipelineRunPUT):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error400BadData | Error401Unauthorized | UpdatePipelineRunResponse200
    """

    return (
        await asyncio_detailed(
            pipeline_id=pipeline_id,
            pipeline_run_id=pipeline_run_id,
            client=client,
            body=body,
        )
    ).parsed
