from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.get_pipeline_stage_target_run_response_200 import GetPipelineStageTargetRunResponse200


def _get_kwargs(
    stage_run_id: str,
    target_run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/pipelines/v0/stageruns/{path_segment(stage_run_id)}/targetruns/{path_segment(target_run_id)}/",
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> Error401Unauthorized | GetPipelineStageTargetRunResponse200 | None:
    if response.status_code == 200:
        response_200 = GetPipelineStageTargetRunResponse200.from_dict(response.json())

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
) -> Response[Error401Unauthorized | GetPipelineStageTargetRunResponse200]:
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
    stage_run_id: str,
    target_run_id: str,
    *,
    client: ClientLike,
) -> Response[Error401Unauthorized | GetPipelineStageTargetRunResponse200]:
    """
    Args:
        stage_run_id (str):
        target_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error401Unauthorized | GetPipelineStageTargetRunResponse200]
    """

    kwargs = _get_kwargs(
        stage_run_id=stage_run_id,
        target_run_id=target_run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stage_run_id: str,
    target_run_id: str,
    *,
    client: ClientLike,
) -> Error401Unauthorized | GetPipelineStageTargetRunResponse200 | None:
    """
    Args:
        stage_run_id (str):
        target_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error401Unauthorized | GetPipelineStageTargetRunResponse200
    """

    return sync_detailed(
        stage_run_id=stage_run_id,
        target_run_id=target_run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    stage_run_id: str,
    target_run_id: str,
    *,
    client: ClientLike,
) -> Response[Error401Unauthorized | GetPipelineStageTargetRunResponse200]:
    """
    Args:
        stage_run_id (str):
        target_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error401Unauthorized | GetPipelineStageTargetRunResponse200]
    """

    kwargs = _get_kwargs(
        stage_run_id=stage_run_id,
        target_run_id=target_run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stage_run_id: str,
    target_run_id: str,
    *,
    client: ClientLike,
) -> Error401Unauthorized | GetPipelineStageTargetRunResponse200 | None:
    """
    Args:
        stage_run_id (str):
        target_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error401Unauthorized | GetPipelineStageTargetRunResponse200
    """

    return (
        await asyncio_detailed(
            stage_run_id=stage_run_id,
            target_run_id=target_run_id,
            client=client,
        )
    ).parsed
