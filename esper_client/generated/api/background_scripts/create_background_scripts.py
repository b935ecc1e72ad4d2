from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.blueprints_background_script_create import BlueprintsBackgroundScriptCreate
from ...models.create_background_scripts_response_201 import CreateBackgroundScriptsResponse201
from ...models.create_background_scripts_response_400 import CreateBackgroundScriptsResponse400
from ...models.create_background_scripts_response_409 import CreateBackgroundScriptsResponse409


def _get_kwargs(
    *,
    body: BlueprintsBackgroundScriptCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/background-scripts/",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        201: ("json", _rt.model(CreateBackgroundScriptsResponse201)),
        400: ("json", _rt.model(CreateBackgroundScriptsResponse400)),
        409: ("json", _rt.model(CreateBackgroundScriptsResponse409)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    CreateBackgroundScriptsResponse201 | CreateBackgroundScriptsResponse400 | CreateBackgroundScriptsResponse409
]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    body: BlueprintsBackgroundScriptCreate,
) -> Response[
    CreateBackgroundScriptsResponse201 | CreateBackgroundScriptsResponse400 | CreateBackgroundScriptsResponse409
]:
    """Create a background script that devices keep running, or run again every few minutes.

    Args:
        body (BlueprintsBackgroundScriptCreate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreateBackgroundScriptsResponse201 | CreateBackgroundScriptsResponse400 | CreateBackgroundScriptsResponse409]
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
    body: BlueprintsBackgroundScriptCreate,
) -> CreateBackgroundScriptsResponse201:
    """Create a background script that devices keep running, or run again every few minutes.

    Args:
        body (BlueprintsBackgroundScriptCreate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreateBackgroundScriptsResponse201
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
    body: BlueprintsBackgroundScriptCreate,
) -> Response[
    CreateBackgroundScriptsResponse201 | CreateBackgroundScriptsResponse400 | CreateBackgroundScriptsResponse409
]:
    """Create a background script that devices keep running, or run again every few minutes.

    Args:
        body (BlueprintsBackgroundScriptCreate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreateBackgroundScriptsResponse201 | CreateBackgroundScriptsResponse400 | CreateBackgroundScriptsResponse409]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    body: BlueprintsBackgroundScriptCreate,
) -> CreateBackgroundScriptsResponse201:
    """Create a background script that devices keep running, or run again every few minutes.

    Args:
        body (BlueprintsBackgroundScriptCreate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreateBackgroundScriptsResponse201
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
