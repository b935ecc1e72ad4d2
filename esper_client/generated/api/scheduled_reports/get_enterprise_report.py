import datetime
from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, response_body_error

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.get_enterprise_report_response_200 import GetEnterpriseReportResponse200
from ...types import UNSET


def _get_kwargs(
    *,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/report/enterprise-report/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> ErrorResponse | GetEnterpriseReportResponse200 | None:
    if response.status_code == 200:
        response_200 = GetEnterpriseReportResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | GetEnterpriseReportResponse200]:
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
    start_date: datetime.datetime,
    end_date: datetime.datetime,
) -> Response[ErrorResponse | GetEnterpriseReportResponse200]:
    """
    Args:
        start_date (datetime.datetime):
        end_date (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetEnterpriseReportResponse200]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
) -> ErrorResponse | GetEnterpriseReportResponse200 | None:
    """
    Args:
        start_date (datetime.datetime):
        end_date (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetEnterpriseReportResponse200
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: ClientLike,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
) -> Response[ErrorResponse | GetEnterpriseReportResponse200]:
    """
    Args:
        start_date (datetime.datetime):
        end_date (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetEnterpriseReportResponse200]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
) -> ErrorResponse | GetEnterpriseReportResponse200 | None:
    """
    Args:
        start_date (datetime.datetime):
        end_date (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetEnterpriseReportResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
