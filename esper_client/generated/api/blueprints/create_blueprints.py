from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.blueprint_create import BlueprintCreate
from ...models.create_blueprints_response_201 import CreateBlueprintsResponse201
from ...models.create_blueprints_response_400 import CreateBlueprintsResponse400
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: BlueprintCreate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/blueprints/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        201: ("json", _rt.model(CreateBlueprintsResponse201)),
        400: ("json", _rt.model(CreateBlueprintsResponse400)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[CreateBlueprintsResponse201 | CreateBlueprintsResponse400]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    body: BlueprintCreate | Unset = UNSET,
) -> Response[CreateBlueprintsResponse201 | CreateBlueprintsResponse400]:
    """Create a blueprint from a name, a description and settings per platform.

    Args:
        body (BlueprintCreate | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreateBlueprintsResponse201 | CreateBlueprintsResponse400]
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
    body: BlueprintCreate | Unset = UNSET,
) -> CreateBlueprintsResponse201:
    """Create a blueprint from a name, a description and settings per platform.

    Args:
        body (BlueprintCreate | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreateBlueprintsResponse201
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
    body: BlueprintCreate | Unset = UNSET,
) -> Response[CreateBlueprintsResponse201 | CreateBlueprintsResponse400]:
    """Create a blueprint from a name, a description and settings per platform.

    Args:
        body (BlueprintCreate | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreateBlueprintsResponse201 | CreateBlueprintsResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    body: BlueprintCreate | Unset = UNSET,
) -> CreateBlueprintsResponse201:
    """Create a blueprint from a name, a description and settings per platform.

    Args:
        body (BlueprintCreate | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreateBlueprintsResponse201
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
