from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.custom_action_update import CustomActionUpdate
from ...models.update_custom_actions_response_200 import UpdateCustomActionsResponse200
from ...models.update_custom_actions_response_400 import UpdateCustomActionsResponse400
from ...models.update_custom_actions_response_404 import UpdateCustomActionsResponse404
from ...models.update_custom_actions_response_409 import UpdateCustomActionsResponse409
from ...models.update_custom_actions_response_500 import UpdateCustomActionsResponse500


def _get_kwargs(
    custom_action_id: UUID | str,
    *,
    body: CustomActionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/v2/custom-actions/{path_segment(custom_action_id)}/",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(UpdateCustomActionsResponse200)),
        400: ("json", _rt.model(UpdateCustomActionsResponse400)),
        404: ("json", _rt.model(UpdateCustomActionsResponse404)),
        409: ("json", _rt.model(UpdateCustomActionsResponse409)),
        500: ("json", _rt.model(UpdateCustomActionsResponse500)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    UpdateCustomActionsResponse200
    | UpdateCustomActionsResponse400
    | UpdateCustomActionsResponse404
    | UpdateCustomActionsResponse409
    | UpdateCustomActionsResponse500
]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    custom_action_id: UUID | str,
    *,
    client: ClientLike,
    body: CustomActionUpdate,
) -> Response[
    UpdateCustomActionsResponse200
    | UpdateCustomActionsResponse400
    | UpdateCustomActionsResponse404
    | UpdateCustomActionsResponse409
    | UpdateCustomActionsResponse500
]:
    """Change a custom action; only the fields sent change, and options sent replace all the current ones.

    Args:
        custom_action_id (UUID | str): The custom action's id (a UUID).
        body (CustomActionUpdate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[UpdateCustomActionsResponse200 | UpdateCustomActionsResponse400 | UpdateCustomActionsResponse404 | UpdateCustomActionsResponse409 | UpdateCustomActionsResponse500]
    """

    kwargs = _get_kwargs(
        custom_action_id=custom_action_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_action_id: UUID | str,
    *,
    client: ClientLike,
    body: CustomActionUpdate,
) -> UpdateCustomActionsResponse200:
    """Change a custom action; only the fields sent change, and options sent replace all the current ones.

    Args:
        custom_action_id (UUID | str): The custom action's id (a UUID).
        body (CustomActionUpdate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        UpdateCustomActionsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            custom_action_id=custom_action_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    custom_action_id: UUID | str,
    *,
    client: ClientLike,
    body: CustomActionUpdate,
) -> Response[
    UpdateCustomActionsResponse200
    | UpdateCustomActionsResponse400
    | UpdateCustomActionsResponse404
    | UpdateCustomActionsResponse409
    | UpdateCustomActionsResponse500
]:
    """Change a custom action; only the fields sent change, and options sent replace all the current ones.

    Args:
        custom_action_id (UUID | str): The custom action's id (a UUID).
        body (CustomActionUpdate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[UpdateCustomActionsResponse200 | UpdateCustomActionsResponse400 | UpdateCustomActionsResponse404 | UpdateCustomActionsResponse409 | UpdateCustomActionsResponse500]
    """

    kwargs = _get_kwargs(
        custom_action_id=custom_action_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_action_id: UUID | str,
    *,
    client: ClientLike,
    body: CustomActionUpdate,
) -> UpdateCustomActionsResponse200:
    """Change a custom action; only the fields sent change, and options sent replace all the current ones.

    Args:
        custom_action_id (UUID | str): The custom action's id (a UUID).
        body (CustomActionUpdate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        UpdateCustomActionsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            custom_action_id=custom_action_id,
            client=client,
            body=body,
        )
    )
