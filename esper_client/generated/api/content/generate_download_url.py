from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_response import ErrorResponse
from ...models.generate_download_url_body import GenerateDownloadUrlBody
from ...models.generate_download_url_response_200 import GenerateDownloadUrlResponse200
from ...models.generate_download_url_response_400 import GenerateDownloadUrlResponse400
from ...models.generate_download_url_response_500 import GenerateDownloadUrlResponse500


def _get_kwargs(
    enterprise_id: UUID | str,
    *,
    body: GenerateDownloadUrlBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v0/enterprise/{path_segment(enterprise_id)}/content/remote-file/generate_download_url/",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GenerateDownloadUrlResponse200)),
        400: ("json", _rt.model(GenerateDownloadUrlResponse400)),
        401: ("json", _rt.model(ErrorResponse)),
        403: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(GenerateDownloadUrlResponse500)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    ErrorResponse | GenerateDownloadUrlResponse200 | GenerateDownloadUrlResponse400 | GenerateDownloadUrlResponse500
]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    body: GenerateDownloadUrlBody,
) -> Response[
    ErrorResponse | GenerateDownloadUrlResponse200 | GenerateDownloadUrlResponse400 | GenerateDownloadUrlResponse500
]:
    """Make a new time-limited download URL for a file uploaded for remote transfer.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        body (GenerateDownloadUrlBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | GenerateDownloadUrlResponse200 | GenerateDownloadUrlResponse400 | GenerateDownloadUrlResponse500]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    body: GenerateDownloadUrlBody,
) -> GenerateDownloadUrlResponse200:
    """Make a new time-limited download URL for a file uploaded for remote transfer.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        body (GenerateDownloadUrlBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GenerateDownloadUrlResponse200
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    body: GenerateDownloadUrlBody,
) -> Response[
    ErrorResponse | GenerateDownloadUrlResponse200 | GenerateDownloadUrlResponse400 | GenerateDownloadUrlResponse500
]:
    """Make a new time-limited download URL for a file uploaded for remote transfer.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        body (GenerateDownloadUrlBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | GenerateDownloadUrlResponse200 | GenerateDownloadUrlResponse400 | GenerateDownloadUrlResponse500]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    body: GenerateDownloadUrlBody,
) -> GenerateDownloadUrlResponse200:
    """Make a new time-limited download URL for a file uploaded for remote transfer.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        body (GenerateDownloadUrlBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GenerateDownloadUrlResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
            body=body,
        )
    )
