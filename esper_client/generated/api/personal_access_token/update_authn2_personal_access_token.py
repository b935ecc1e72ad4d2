from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.generic_error_response import GenericErrorResponse
from ...models.personal_access_token_update_response import PersonalAccessTokenUpdateResponse
from ...models.update_authn_2_personal_access_token_body import UpdateAuthn2PersonalAccessTokenBody


def _get_kwargs(
    personal_access_token_id: UUID | str,
    *,
    body: UpdateAuthn2PersonalAccessTokenBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/authn2/v0/personal-access-token/{path_segment(personal_access_token_id)}",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(PersonalAccessTokenUpdateResponse)),
        400: ("json", _rt.model(GenericErrorResponse)),
        401: ("json", _rt.model(GenericErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GenericErrorResponse | PersonalAccessTokenUpdateResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    personal_access_token_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateAuthn2PersonalAccessTokenBody,
) -> Response[GenericErrorResponse | PersonalAccessTokenUpdateResponse]:
    """Renew a personal access token with a new expiry.

    Args:
        personal_access_token_id (UUID | str): The token's id (a UUID).
        body (UpdateAuthn2PersonalAccessTokenBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GenericErrorResponse | PersonalAccessTokenUpdateResponse]
    """

    kwargs = _get_kwargs(
        personal_access_token_id=personal_access_token_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    personal_access_token_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateAuthn2PersonalAccessTokenBody,
) -> PersonalAccessTokenUpdateResponse:
    """Renew a personal access token with a new expiry.

    Args:
        personal_access_token_id (UUID | str): The token's id (a UUID).
        body (UpdateAuthn2PersonalAccessTokenBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        PersonalAccessTokenUpdateResponse
    """

    return _rt.parsed(
        sync_detailed(
            personal_access_token_id=personal_access_token_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    personal_access_token_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateAuthn2PersonalAccessTokenBody,
) -> Response[GenericErrorResponse | PersonalAccessTokenUpdateResponse]:
    """Renew a personal access token with a new expiry.

    Args:
        personal_access_token_id (UUID | str): The token's id (a UUID).
        body (UpdateAuthn2PersonalAccessTokenBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GenericErrorResponse | PersonalAccessTokenUpdateResponse]
    """

    kwargs = _get_kwargs(
        personal_access_token_id=personal_access_token_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    personal_access_token_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateAuthn2PersonalAccessTokenBody,
) -> PersonalAccessTokenUpdateResponse:
    """Renew a personal access token with a new expiry.

    Args:
        personal_access_token_id (UUID | str): The token's id (a UUID).
        body (UpdateAuthn2PersonalAccessTokenBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        PersonalAccessTokenUpdateResponse
    """

    return _rt.parsed(
        await asyncio_detailed(
            personal_access_token_id=personal_access_token_id,
            client=client,
            body=body,
        )
    )
