from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_response import ErrorResponse
from ...models.status_metrics import StatusMetrics


def _get_kwargs(
    enterprise_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/enterprise/{path_segment(enterprise_id)}/report/status-metrics/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(StatusMetrics)),
        401: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[ErrorResponse | StatusMetrics]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[ErrorResponse | StatusMetrics]:
    """Count the enterprise's devices by status: active, inactive, provisioning, risk level, low battery,
    new.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | StatusMetrics]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
) -> StatusMetrics:
    """Count the enterprise's devices by status: active, inactive, provisioning, risk level, low battery,
    new.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        StatusMetrics
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            client=client,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[ErrorResponse | StatusMetrics]:
    """Count the enterprise's devices by status: active, inactive, provisioning, risk level, low battery,
    new.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | StatusMetrics]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
) -> StatusMetrics:
    """Count the enterprise's devices by status: active, inactive, provisioning, risk level, low battery,
    new.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        StatusMetrics
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
        )
    )
