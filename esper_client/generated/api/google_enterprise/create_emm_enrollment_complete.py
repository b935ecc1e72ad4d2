from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.create_emm_enrollment_complete_body import CreateEmmEnrollmentCompleteBody
from ...models.create_emm_enrollment_complete_response_201 import CreateEmmEnrollmentCompleteResponse201
from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_404_not_found import Error404NotFound
from ...models.error_500_internal_server_error import Error500InternalServerError


def _get_kwargs(
    *,
    body: CreateEmmEnrollmentCompleteBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/emm/enrollment/complete/",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        201: ("json", _rt.model(CreateEmmEnrollmentCompleteResponse201)),
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
    CreateEmmEnrollmentCompleteResponse201
    | Error400BadData
    | Error401Unauthorized
    | Error404NotFound
    | Error500InternalServerError
]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    body: CreateEmmEnrollmentCompleteBody,
) -> Response[
    CreateEmmEnrollmentCompleteResponse201
    | Error400BadData
    | Error401Unauthorized
    | Error404NotFound
    | Error500InternalServerError
]:
    """Finish binding a managed Google Play enterprise, with the tokens from the sign-up. Call after
    create_emm_enrollment_begin.

    Args:
        body (CreateEmmEnrollmentCompleteBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreateEmmEnrollmentCompleteResponse201 | Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError]
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
    body: CreateEmmEnrollmentCompleteBody,
) -> CreateEmmEnrollmentCompleteResponse201:
    """Finish binding a managed Google Play enterprise, with the tokens from the sign-up. Call after
    create_emm_enrollment_begin.

    Args:
        body (CreateEmmEnrollmentCompleteBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreateEmmEnrollmentCompleteResponse201
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
    body: CreateEmmEnrollmentCompleteBody,
) -> Response[
    CreateEmmEnrollmentCompleteResponse201
    | Error400BadData
    | Error401Unauthorized
    | Error404NotFound
    | Error500InternalServerError
]:
    """Finish binding a managed Google Play enterprise, with the tokens from the sign-up. Call after
    create_emm_enrollment_begin.

    Args:
        body (CreateEmmEnrollmentCompleteBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreateEmmEnrollmentCompleteResponse201 | Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    body: CreateEmmEnrollmentCompleteBody,
) -> CreateEmmEnrollmentCompleteResponse201:
    """Finish binding a managed Google Play enterprise, with the tokens from the sign-up. Call after
    create_emm_enrollment_begin.

    Args:
        body (CreateEmmEnrollmentCompleteBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreateEmmEnrollmentCompleteResponse201
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
