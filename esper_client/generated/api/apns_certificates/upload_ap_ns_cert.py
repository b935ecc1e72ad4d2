from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.apns_cert_put import APNSCertPUT
from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_404_not_found import Error404NotFound
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.upload_ap_ns_cert_response_200 import UploadApNsCertResponse200


def _get_kwargs(
    id: UUID | str,
    *,
    body: APNSCertPUT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/tenant/v0/apnscertificates/{path_segment(id)}/",
    }

    _rt.multipart_body(_kwargs, body)

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(UploadApNsCertResponse200)),
        400: ("json", _rt.model(Error400BadData)),
        401: ("json", _rt.model(Error401Unauthorized)),
        404: ("json", _rt.model(Error404NotFound)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError | UploadApNsCertResponse200
]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    id: UUID | str,
    *,
    client: ClientLike,
    body: APNSCertPUT,
) -> Response[
    Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError | UploadApNsCertResponse200
]:
    """Upload the certificate Apple signed from this record's CSR, completing the record.

    Args:
        id (UUID | str): The APNs certificate record's id.
        body (APNSCertPUT):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError | UploadApNsCertResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID | str,
    *,
    client: ClientLike,
    body: APNSCertPUT,
) -> UploadApNsCertResponse200:
    """Upload the certificate Apple signed from this record's CSR, completing the record.

    Args:
        id (UUID | str): The APNs certificate record's id.
        body (APNSCertPUT):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        UploadApNsCertResponse200
    """

    return _rt.parsed(
        sync_detailed(
            id=id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    id: UUID | str,
    *,
    client: ClientLike,
    body: APNSCertPUT,
) -> Response[
    Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError | UploadApNsCertResponse200
]:
    """Upload the certificate Apple signed from this record's CSR, completing the record.

    Args:
        id (UUID | str): The APNs certificate record's id.
        body (APNSCertPUT):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError | UploadApNsCertResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID | str,
    *,
    client: ClientLike,
    body: APNSCertPUT,
) -> UploadApNsCertResponse200:
    """Upload the certificate Apple signed from this record's CSR, completing the record.

    Args:
        id (UUID | str): The APNs certificate record's id.
        body (APNSCertPUT):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        UploadApNsCertResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    )
