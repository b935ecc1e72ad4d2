from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.create_report_response import CreateReportResponse
from ...models.get_report_response_download import GetReportResponseDownload
from ...models.get_report_response_preview import GetReportResponsePreview
from ...models.reports_error_response import ReportsErrorResponse


def _get_kwargs(
    report_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/report/v0/reports/{path_segment(report_id)}",
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview | ReportsErrorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CreateReportResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = GetReportResponsePreview.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = GetReportResponseDownload.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ReportsErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ReportsErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ReportsErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ReportsErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview | ReportsErrorResponse]:
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
    report_id: UUID,
    *,
    client: ClientLike,
) -> Response[CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview | ReportsErrorResponse]:
    """
    Args:
        report_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview | ReportsErrorResponse]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    report_id: UUID,
    *,
    client: ClientLike,
) -> CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview | ReportsErrorResponse | None:
    """
    Args:
        report_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview | ReportsErrorResponse
    """

    return sync_detailed(
        report_id=report_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    report_id: UUID,
    *,
    client: ClientLike,
) -> Response[CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview | ReportsErrorResponse]:
    """
    Args:
        report_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview | ReportsErrorResponse]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    report_id: UUID,
    *,
    client: ClientLike,
) -> CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview | ReportsErrorResponse | None:
    """
    Args:
        report_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview | ReportsErrorResponse
    """

    return (
        await asyncio_detailed(
            report_id=report_id,
            client=client,
        )
    ).parsed
