from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.command_request_put import CommandRequestPUT
from ...models.error_400_bad_data import Error400BadData
from ...models.put_target_run_command_status_response_200 import PutTargetRunCommandStatusResponse200


def _get_kwargs(
    stage_run_id: str,
    target_run_id: str,
    command_id: str,
    *,
    body: CommandRequestPUT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/pipelines/v0/stageruns/{path_segment(stage_run_id)}/targetruns/{path_segment(target_run_id)}/command/{path_segment(command_id)}/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> Error400BadData | PutTargetRunCommandStatusResponse200 | None:
    if response.status_code == 200:
        response_200 = PutTargetRunCommandStatusResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error400BadData.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error400BadData | PutTargetRunCommandStatusResponse200]:
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
    command_id: str,
    *,
    client: ClientLike,
    body: CommandRequestPUT,
) -> Response[Error400BadData | PutTargetRunCommandStatusResponse200]:
    """
    Args:
        stage_run_id (str):
        target_run_id (str):
        command_id (str):
        body (CommandRequestPUT):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error400BadData | PutTargetRunCommandStatusResponse200]
    """

    kwargs = _get_kwargs(
        stage_run_id=stage_run_id,
        target_run_id=target_run_id,
        command_id=command_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stage_run_id: str,
    target_run_id: str,
    command_id: str,
    *,
    client: ClientLike,
    body: CommandRequestPUT,
) -> Error400BadData | PutTargetRunCommandStatusResponse200 | None:
    """
    Args:
        stage_run_id (str):
        target_run_id (str):
        command_id (str):
        body (CommandRequestPUT):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error400BadData | PutTargetRunCommandStatusResponse200
    """

    return sync_detailed(
        stage_run_id=stage_run_id,
        target_run_id=target_run_id,
        command_id=command_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    stage_run_id: str,
    target_run_id: str,
    command_id: str,
    *,
    client: ClientLike,
    body: CommandRequestPUT,
) -> Response[Error400BadData | PutTargetRunCommandStatusResponse200]:
    """
    Args:
        stage_run_id (str):
        target_run_id (str):
        command_id (str):
        body (CommandRequestPUT):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error400BadData | PutTargetRunCommandStatusResponse200]
    """

    kwargs = _get_kwargs(
        stage_run_id=stage_run_id,
        target_run_id=target_run_id,
        command_id=command_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stage_run_id: str,
    target_run_id: str,
    command_id: str,
    *,
    client: ClientLike,
    body: CommandRequestPUT,
) -> Error400BadData | PutTargetRunCommandStatusResponse200 | None:
    """
    Args:
        stage_run_id (str):
        target_run_id (str):
        command_id (str):
        body (CommandRequestPUT):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error400BadData | PutTargetRunCommandStatusResponse200
    """

    return (
        await asyncio_detailed(
            stage_run_id=stage_run_id,
            target_run_id=target_run_id,
            command_id=command_id,
            client=client,
            body=body,
        )
    ).parsed
