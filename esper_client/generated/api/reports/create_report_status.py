from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, response_body_error

from ... import errors
from ...models.create_report_response import CreateReportResponse
from ...models.report import Report
from ...models.reports_error_response import ReportsErrorResponse


def _get_kwargs(
    *,
    body: Report,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/report/v0/reports",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> CreateReportResponse | ReportsErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateReportResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ReportsErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ReportsErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ReportsErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[CreateReportResponse | ReportsErrorResponse]:
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
    body: Report,
) -> Response[CreateReportResponse | ReportsErrorResponse]:
    """
    Args:
        body (Report):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateReportResponse | ReportsErrorResponse]
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
    body: Report,
) -> CreateReportResponse | ReportsErrorResponse | None:
    """
    Args:
        body (Report):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateReportResponse | ReportsErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: ClientLike,
    body: Report,
) -> Response[CreateReportResponse | ReportsErrorResponse]:
    """
    Args:
        body (Report):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateReportResponse | ReportsErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    body: Report,
) -> CreateReportResponse | ReportsErrorResponse | None:
    """
    Args:
        body (Report):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateReportResponse | ReportsErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
