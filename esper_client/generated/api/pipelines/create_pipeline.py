from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, response_body_error

from ... import errors
from ...models.create_pipeline_response_200 import CreatePipelineResponse200
from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.pipeline_post import PipelinePOST


def _get_kwargs(
    *,
    body: PipelinePOST,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pipelines/v0/pipelines/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> CreatePipelineResponse200 | Error400BadData | Error401Unauthorized | None:
    if response.status_code == 200:
        response_200 = CreatePipelineResponse200.from_dict(response.json())

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
) -> Response[CreatePipelineResponse200 | Error400BadData | Error401Unauthorized]:
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
    *,
    client: ClientLike,
    body: PipelinePOST,
) -> Response[CreatePipelineResponse200 | Error400BadData | Error401Unauthorized]:
    """
    Args:
        body (PipelinePOST):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePipelineResponse200 | Error400BadData | Error401Unauthorized]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    body: PipelinePOST,
) -> CreatePipelineResponse200 | Error400BadData | Error401Unauthorized | None:
    """
    Args:
        body (PipelinePOST):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePipelineResponse200 | Error400BadData | Error401Unauthorized
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: ClientLike,
    body: PipelinePOST,
) -> Response[CreatePipelineResponse200 | Error400BadData | Error401Unauthorized]:
    """
    Args:
        body (PipelinePOST):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePipelineResponse200 | Error400BadData | Error401Unauthorized]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    body: PipelinePOST,
) -> CreatePipelineResponse200 | Error400BadData | Error401Unauthorized | None:
    """
    Args:
        body (PipelinePOST):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePipelineResponse200 | Error400BadData | Error401Unauthorized
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
