from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.create_seamless_upload_body import CreateSeamlessUploadBody
from ...models.seamless_error_response import SeamlessErrorResponse
from ...models.seamless_success_response import SeamlessSuccessResponse


def _get_kwargs(
    *,
    body: CreateSeamlessUploadBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/seamless/upload",
    }

    _rt.multipart_body(_kwargs, body)

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(SeamlessSuccessResponse)),
        400: ("json", _rt.model(SeamlessErrorResponse)),
        401: ("json", _rt.model(SeamlessErrorResponse)),
        500: ("json", _rt.model(SeamlessErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[SeamlessErrorResponse | SeamlessSuccessResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    body: CreateSeamlessUploadBody,
) -> Response[SeamlessErrorResponse | SeamlessSuccessResponse]:
    """Register the devices listed in an uploaded CSV file for seamless provisioning.

    Args:
        body (CreateSeamlessUploadBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[SeamlessErrorResponse | SeamlessSuccessResponse]
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
    body: CreateSeamlessUploadBody,
) -> SeamlessSuccessResponse:
    """Register the devices listed in an uploaded CSV file for seamless provisioning.

    Args:
        body (CreateSeamlessUploadBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        SeamlessSuccessResponse
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    body: CreateSeamlessUploadBody,
) -> Response[SeamlessErrorResponse | SeamlessSuccessResponse]:
    """Register the devices listed in an uploaded CSV file for seamless provisioning.

    Args:
        body (CreateSeamlessUploadBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[SeamlessErrorResponse | SeamlessSuccessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    body: CreateSeamlessUploadBody,
) -> SeamlessSuccessResponse:
    """Register the devices listed in an uploaded CSV file for seamless provisioning.

    Args:
        body (CreateSeamlessUploadBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        SeamlessSuccessResponse
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
