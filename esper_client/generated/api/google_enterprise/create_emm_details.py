from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.create_emm_details_response_201 import CreateEmmDetailsResponse201
from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_409_conflict import Error409Conflict
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.google_enterprise_details import GoogleEnterpriseDetails


def _get_kwargs(
    *,
    body: GoogleEnterpriseDetails,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/emm/details/",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        201: ("json", _rt.model(CreateEmmDetailsResponse201)),
        400: ("json", _rt.model(Error400BadData)),
        401: ("json", _rt.model(Error401Unauthorized)),
        409: ("json", _rt.model(Error409Conflict)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    CreateEmmDetailsResponse201
    | Error400BadData
    | Error401Unauthorized
    | Error409Conflict
    | Error500InternalServerError
]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    body: GoogleEnterpriseDetails,
) -> Response[
    CreateEmmDetailsResponse201
    | Error400BadData
    | Error401Unauthorized
    | Error409Conflict
    | Error500InternalServerError
]:
    """Store the details of a Google enterprise for the tenant.

    Args:
        body (GoogleEnterpriseDetails):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreateEmmDetailsResponse201 | Error400BadData | Error401Unauthorized | Error409Conflict | Error500InternalServerError]
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
    body: GoogleEnterpriseDetails,
) -> CreateEmmDetailsResponse201:
    """Store the details of a Google enterprise for the tenant.

    Args:
        body (GoogleEnterpriseDetails):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreateEmmDetailsResponse201
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
    body: GoogleEnterpriseDetails,
) -> Response[
    CreateEmmDetailsResponse201
    | Error400BadData
    | Error401Unauthorized
    | Error409Conflict
    | Error500InternalServerError
]:
    """Store the details of a Google enterprise for the tenant.

    Args:
        body (GoogleEnterpriseDetails):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreateEmmDetailsResponse201 | Error400BadData | Error401Unauthorized | Error409Conflict | Error500InternalServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    body: GoogleEnterpriseDetails,
) -> CreateEmmDetailsResponse201:
    """Store the details of a Google enterprise for the tenant.

    Args:
        body (GoogleEnterpriseDetails):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreateEmmDetailsResponse201
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
