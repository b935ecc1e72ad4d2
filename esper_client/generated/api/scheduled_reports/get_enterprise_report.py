import datetime
from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.error_response import ErrorResponse
from ...models.get_enterprise_report_response_200 import GetEnterpriseReportResponse200
from ...types import UNSET


def _get_kwargs(
    *,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

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

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetEnterpriseReportResponse200)),
        401: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | GetEnterpriseReportResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
) -> Response[ErrorResponse | GetEnterpriseReportResponse200]:
    """Count the enterprise's registered, provisioned and peak active devices over a period.

    Args:
        start_date (datetime.datetime): The start of the period to report on.
        end_date (datetime.datetime): The end of the period to report on.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

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
) -> GetEnterpriseReportResponse200:
    """Count the enterprise's registered, provisioned and peak active devices over a period.

    Args:
        start_date (datetime.datetime): The start of the period to report on.
        end_date (datetime.datetime): The end of the period to report on.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetEnterpriseReportResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
) -> Response[ErrorResponse | GetEnterpriseReportResponse200]:
    """Count the enterprise's registered, provisioned and peak active devices over a period.

    Args:
        start_date (datetime.datetime): The start of the period to report on.
        end_date (datetime.datetime): The end of the period to report on.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

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
) -> GetEnterpriseReportResponse200:
    """Count the enterprise's registered, provisioned and peak active devices over a period.

    Args:
        start_date (datetime.datetime): The start of the period to report on.
        end_date (datetime.datetime): The end of the period to report on.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetEnterpriseReportResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
        )
    )
