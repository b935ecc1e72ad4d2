from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.custom_action_read import CustomActionRead
from ...models.list_custom_actions_response_200 import ListCustomActionsResponse200
from ...models.list_custom_actions_response_400 import ListCustomActionsResponse400
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    ordering: str | Unset = UNSET,
    name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    state: str | Unset = UNSET,
    position_in_blueprints: str | Unset = UNSET,
    position_in_device_settings: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    updated_by: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ordering"] = ordering

    params["name"] = name

    params["type"] = type_

    params["state"] = state

    params["position_in_blueprints"] = position_in_blueprints

    params["position_in_device_settings"] = position_in_device_settings

    params["created_by"] = created_by

    params["updated_by"] = updated_by

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/custom-actions/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListCustomActionsResponse200)),
        400: ("json", _rt.model(ListCustomActionsResponse400)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ListCustomActionsResponse200 | ListCustomActionsResponse400]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    ordering: str | Unset = UNSET,
    name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    state: str | Unset = UNSET,
    position_in_blueprints: str | Unset = UNSET,
    position_in_device_settings: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    updated_by: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ListCustomActionsResponse200 | ListCustomActionsResponse400]:
    """List the tenant's custom actions (paged with limit and offset).

    Args:
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order. One of:
            name, created_at, updated_at, created_by, updated_by.
        name (str | Unset): Only actions whose name contains this text, ignoring case.
        type_ (str | Unset): Only actions of these types, comma-separated: button, toggle, radio,
            dropdown.
        state (str | Unset): Only actions in these states, comma-separated: draft, active,
            inactive.
        position_in_blueprints (str | Unset): Only actions shown in these blueprint sections,
            comma-separated (none, blueprints_scripts, ...).
        position_in_device_settings (str | Unset): Only actions shown in these device-settings
            places, comma-separated: none, device_quick_settings.
        created_by (int | Unset): Only actions created by this user (a user id).
        updated_by (int | Unset): Only actions last changed by this user (a user id).
        limit (int | Unset): Page size: how many items to return. Default: 10.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ListCustomActionsResponse200 | ListCustomActionsResponse400]
    """

    kwargs = _get_kwargs(
        ordering=ordering,
        name=name,
        type_=type_,
        state=state,
        position_in_blueprints=position_in_blueprints,
        position_in_device_settings=position_in_device_settings,
        created_by=created_by,
        updated_by=updated_by,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(CustomActionRead)


def page_item(data: Any) -> CustomActionRead:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    *,
    client: ClientLike,
    ordering: str | Unset = UNSET,
    name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    state: str | Unset = UNSET,
    position_in_blueprints: str | Unset = UNSET,
    position_in_device_settings: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    updated_by: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ListCustomActionsResponse200:
    """List the tenant's custom actions (paged with limit and offset).

    Args:
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order. One of:
            name, created_at, updated_at, created_by, updated_by.
        name (str | Unset): Only actions whose name contains this text, ignoring case.
        type_ (str | Unset): Only actions of these types, comma-separated: button, toggle, radio,
            dropdown.
        state (str | Unset): Only actions in these states, comma-separated: draft, active,
            inactive.
        position_in_blueprints (str | Unset): Only actions shown in these blueprint sections,
            comma-separated (none, blueprints_scripts, ...).
        position_in_device_settings (str | Unset): Only actions shown in these device-settings
            places, comma-separated: none, device_quick_settings.
        created_by (int | Unset): Only actions created by this user (a user id).
        updated_by (int | Unset): Only actions last changed by this user (a user id).
        limit (int | Unset): Page size: how many items to return. Default: 10.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListCustomActionsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            ordering=ordering,
            name=name,
            type_=type_,
            state=state,
            position_in_blueprints=position_in_blueprints,
            position_in_device_settings=position_in_device_settings,
            created_by=created_by,
            updated_by=updated_by,
            limit=limit,
            offset=offset,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    ordering: str | Unset = UNSET,
    name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    state: str | Unset = UNSET,
    position_in_blueprints: str | Unset = UNSET,
    position_in_device_settings: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    updated_by: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ListCustomActionsResponse200 | ListCustomActionsResponse400]:
    """List the tenant's custom actions (paged with limit and offset).

    Args:
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order. One of:
            name, created_at, updated_at, created_by, updated_by.
        name (str | Unset): Only actions whose name contains this text, ignoring case.
        type_ (str | Unset): Only actions of these types, comma-separated: button, toggle, radio,
            dropdown.
        state (str | Unset): Only actions in these states, comma-separated: draft, active,
            inactive.
        position_in_blueprints (str | Unset): Only actions shown in these blueprint sections,
            comma-separated (none, blueprints_scripts, ...).
        position_in_device_settings (str | Unset): Only actions shown in these device-settings
            places, comma-separated: none, device_quick_settings.
        created_by (int | Unset): Only actions created by this user (a user id).
        updated_by (int | Unset): Only actions last changed by this user (a user id).
        limit (int | Unset): Page size: how many items to return. Default: 10.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ListCustomActionsResponse200 | ListCustomActionsResponse400]
    """

    kwargs = _get_kwargs(
        ordering=ordering,
        name=name,
        type_=type_,
        state=state,
        position_in_blueprints=position_in_blueprints,
        position_in_device_settings=position_in_device_settings,
        created_by=created_by,
        updated_by=updated_by,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    ordering: str | Unset = UNSET,
    name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    state: str | Unset = UNSET,
    position_in_blueprints: str | Unset = UNSET,
    position_in_device_settings: str | Unset = UNSET,
    created_by: int | Unset = UNSET,
    updated_by: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ListCustomActionsResponse200:
    """List the tenant's custom actions (paged with limit and offset).

    Args:
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order. One of:
            name, created_at, updated_at, created_by, updated_by.
        name (str | Unset): Only actions whose name contains this text, ignoring case.
        type_ (str | Unset): Only actions of these types, comma-separated: button, toggle, radio,
            dropdown.
        state (str | Unset): Only actions in these states, comma-separated: draft, active,
            inactive.
        position_in_blueprints (str | Unset): Only actions shown in these blueprint sections,
            comma-separated (none, blueprints_scripts, ...).
        position_in_device_settings (str | Unset): Only actions shown in these device-settings
            places, comma-separated: none, device_quick_settings.
        created_by (int | Unset): Only actions created by this user (a user id).
        updated_by (int | Unset): Only actions last changed by this user (a user id).
        limit (int | Unset): Page size: how many items to return. Default: 10.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListCustomActionsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            ordering=ordering,
            name=name,
            type_=type_,
            state=state,
            position_in_blueprints=position_in_blueprints,
            position_in_device_settings=position_in_device_settings,
            created_by=created_by,
            updated_by=updated_by,
            limit=limit,
            offset=offset,
        )
    )
