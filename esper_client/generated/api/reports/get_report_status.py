from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.create_report_response import CreateReportResponse
from ...models.get_report_response_download import GetReportResponseDownload
from ...models.get_report_response_preview import GetReportResponsePreview
from ...models.reports_error_response import ReportsErrorResponse


def _get_kwargs(
    report_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/report/v0/reports/{path_segment(report_id)}",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: (
            "json",
            _rt.union(
                _rt.model(CreateReportResponse),
                _rt.model(GetReportResponsePreview),
                _rt.model(GetReportResponseDownload),
            ),
        ),
        400: ("json", _rt.model(ReportsErrorResponse)),
        401: ("json", _rt.model(ReportsErrorResponse)),
        404: ("json", _rt.model(ReportsErrorResponse)),
        500: ("json", _rt.model(ReportsErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview | ReportsErrorResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    report_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview | ReportsErrorResponse]:
    """Read a report's generation status, and its result once it is ready.

    Args:
        report_id (UUID | str): The report's id (a UUID), as createReportStatus returned it.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

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
    report_id: UUID | str,
    *,
    client: ClientLike,
) -> CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview:
    """Read a report's generation status, and its result once it is ready.

    Args:
        report_id (UUID | str): The report's id (a UUID), as createReportStatus returned it.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview
    """

    return _rt.parsed(
        sync_detailed(
            report_id=report_id,
            client=client,
        )
    )


async def asyncio_detailed(
    report_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview | ReportsErrorResponse]:
    """Read a report's generation status, and its result once it is ready.

    Args:
        report_id (UUID | str): The report's id (a UUID), as createReportStatus returned it.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview | ReportsErrorResponse]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    report_id: UUID | str,
    *,
    client: ClientLike,
) -> CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview:
    """Read a report's generation status, and its result once it is ready.

    Args:
        report_id (UUID | str): The report's id (a UUID), as createReportStatus returned it.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreateReportResponse | GetReportResponseDownload | GetReportResponsePreview
    """

    return _rt.parsed(
        await asyncio_detailed(
            report_id=report_id,
            client=client,
        )
    )
