from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.create_custom_actions_response_201 import CreateCustomActionsResponse201
from ...models.create_custom_actions_response_400 import CreateCustomActionsResponse400
from ...models.create_custom_actions_response_409 import CreateCustomActionsResponse409
from ...models.create_custom_actions_response_500 import CreateCustomActionsResponse500
from ...models.custom_action_create import CustomActionCreate


def _get_kwargs(
    *,
    body: CustomActionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/custom-actions/",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        201: ("json", _rt.model(CreateCustomActionsResponse201)),
        400: ("json", _rt.model(CreateCustomActionsResponse400)),
        409: ("json", _rt.model(CreateCustomActionsResponse409)),
        500: ("json", _rt.model(CreateCustomActionsResponse500)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    CreateCustomActionsResponse201
    | CreateCustomActionsResponse400
    | CreateCustomActionsResponse409
    | CreateCustomActionsResponse500
]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    body: CustomActionCreate,
) -> Response[
    CreateCustomActionsResponse201
    | CreateCustomActionsResponse400
    | CreateCustomActionsResponse409
    | CreateCustomActionsResponse500
]:
    """Create a custom action: a console control whose options run scripts on Linux devices.

    Args:
        body (CustomActionCreate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreateCustomActionsResponse201 | CreateCustomActionsResponse400 | CreateCustomActionsResponse409 | CreateCustomActionsResponse500]
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
    body: CustomActionCreate,
) -> CreateCustomActionsResponse201:
    """Create a custom action: a console control whose options run scripts on Linux devices.

    Args:
        body (CustomActionCreate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreateCustomActionsResponse201
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
    body: CustomActionCreate,
) -> Response[
    CreateCustomActionsResponse201
    | CreateCustomActionsResponse400
    | CreateCustomActionsResponse409
    | CreateCustomActionsResponse500
]:
    """Create a custom action: a console control whose options run scripts on Linux devices.

    Args:
        body (CustomActionCreate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreateCustomActionsResponse201 | CreateCustomActionsResponse400 | CreateCustomActionsResponse409 | CreateCustomActionsResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    body: CustomActionCreate,
) -> CreateCustomActionsResponse201:
    """Create a custom action: a console control whose options run scripts on Linux devices.

    Args:
        body (CustomActionCreate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreateCustomActionsResponse201
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
