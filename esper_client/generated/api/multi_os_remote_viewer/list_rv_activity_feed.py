import datetime
from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.list_rv_activity_feed_ordering import ListRvActivityFeedOrdering
from ...models.list_rv_activity_feed_response_200 import ListRvActivityFeedResponse200
from ...models.list_rv_activity_feed_states import ListRvActivityFeedStates
from ...models.list_rv_activity_feed_video_qualities import (
    ListRvActivityFeedVideoQualities,
)
from ...models.remote_viewer_sessions_list_for_tenant_response import RemoteViewerSessionsListForTenantResponse
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    states: ListRvActivityFeedStates | Unset = UNSET,
    video_qualities: ListRvActivityFeedVideoQualities | Unset = UNSET,
    reason: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    device_name: str | Unset = UNSET,
    ordering: ListRvActivityFeedOrdering | Unset = UNSET,
    duration_lt: str | Unset = UNSET,
    duration_lte: str | Unset = UNSET,
    duration_gt: str | Unset = UNSET,
    duration_gte: str | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_lte: datetime.datetime | Unset = UNSET,
    created_at_gte: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_lte: datetime.datetime | Unset = UNSET,
    updated_at_gte: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_states: str | Unset = UNSET
    if not isinstance(states, Unset):
        json_states = states

    params["states"] = json_states

    json_video_qualities: str | Unset = UNSET
    if not isinstance(video_qualities, Unset):
        json_video_qualities = video_qualities

    params["video_qualities"] = json_video_qualities

    params["reason"] = reason

    params["created_by"] = created_by

    params["device_name"] = device_name

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering

    params["ordering"] = json_ordering

    params["duration_lt"] = duration_lt

    params["duration_lte"] = duration_lte

    params["duration_gt"] = duration_gt

    params["duration_gte"] = duration_gte

    json_created_at_lt: str | Unset = UNSET
    if not isinstance(created_at_lt, Unset):
        json_created_at_lt = created_at_lt.isoformat()
    params["created_at_lt"] = json_created_at_lt

    json_created_at_gt: str | Unset = UNSET
    if not isinstance(created_at_gt, Unset):
        json_created_at_gt = created_at_gt.isoformat()
    params["created_at_gt"] = json_created_at_gt

    json_created_at_lte: str | Unset = UNSET
    if not isinstance(created_at_lte, Unset):
        json_created_at_lte = created_at_lte.isoformat()
    params["created_at_lte"] = json_created_at_lte

    json_created_at_gte: str | Unset = UNSET
    if not isinstance(created_at_gte, Unset):
        json_created_at_gte = created_at_gte.isoformat()
    params["created_at_gte"] = json_created_at_gte

    json_updated_at_lt: str | Unset = UNSET
    if not isinstance(updated_at_lt, Unset):
        json_updated_at_lt = updated_at_lt.isoformat()
    params["updated_at_lt"] = json_updated_at_lt

    json_updated_at_gt: str | Unset = UNSET
    if not isinstance(updated_at_gt, Unset):
        json_updated_at_gt = updated_at_gt.isoformat()
    params["updated_at_gt"] = json_updated_at_gt

    json_updated_at_lte: str | Unset = UNSET
    if not isinstance(updated_at_lte, Unset):
        json_updated_at_lte = updated_at_lte.isoformat()
    params["updated_at_lte"] = json_updated_at_lte

    json_updated_at_gte: str | Unset = UNSET
    if not isinstance(updated_at_gte, Unset):
        json_updated_at_gte = updated_at_gte.isoformat()
    params["updated_at_gte"] = json_updated_at_gte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/rv-activity-feed/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListRvActivityFeedResponse200)),
        400: ("json", _rt.model(Error400BadData)),
        401: ("json", _rt.model(Error401Unauthorized)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListRvActivityFeedResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    states: ListRvActivityFeedStates | Unset = UNSET,
    video_qualities: ListRvActivityFeedVideoQualities | Unset = UNSET,
    reason: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    device_name: str | Unset = UNSET,
    ordering: ListRvActivityFeedOrdering | Unset = UNSET,
    duration_lt: str | Unset = UNSET,
    duration_lte: str | Unset = UNSET,
    duration_gt: str | Unset = UNSET,
    duration_gte: str | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_lte: datetime.datetime | Unset = UNSET,
    created_at_gte: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_lte: datetime.datetime | Unset = UNSET,
    updated_at_gte: datetime.datetime | Unset = UNSET,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListRvActivityFeedResponse200]:
    """List the tenant's Remote Viewer sessions (who viewed which device, when, for how long).

    Args:
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        states (ListRvActivityFeedStates | Unset): Only sessions in this state.
        video_qualities (ListRvActivityFeedVideoQualities | Unset): Only sessions streamed at this
            video quality.
        reason (str | Unset): Only sessions with this reason.
        created_by (str | Unset): Only sessions started by this user.
        device_name (str | Unset): Only sessions on the device with this name.
        ordering (ListRvActivityFeedOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.
        duration_lt (str | Unset): Only sessions that lasted less than this.
        duration_lte (str | Unset): Only sessions that lasted at most this.
        duration_gt (str | Unset): Only sessions that lasted more than this.
        duration_gte (str | Unset): Only sessions that lasted at least this.
        created_at_lt (datetime.datetime | Unset): Only sessions started before this time.
        created_at_gt (datetime.datetime | Unset): Only sessions started after this time.
        created_at_lte (datetime.datetime | Unset): Only sessions started at or before this time.
        created_at_gte (datetime.datetime | Unset): Only sessions started at or after this time.
        updated_at_lt (datetime.datetime | Unset): Only sessions last changed before this time.
        updated_at_gt (datetime.datetime | Unset): Only sessions last changed after this time.
        updated_at_lte (datetime.datetime | Unset): Only sessions last changed at or before this
            time.
        updated_at_gte (datetime.datetime | Unset): Only sessions last changed at or after this
            time.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListRvActivityFeedResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        states=states,
        video_qualities=video_qualities,
        reason=reason,
        created_by=created_by,
        device_name=device_name,
        ordering=ordering,
        duration_lt=duration_lt,
        duration_lte=duration_lte,
        duration_gt=duration_gt,
        duration_gte=duration_gte,
        created_at_lt=created_at_lt,
        created_at_gt=created_at_gt,
        created_at_lte=created_at_lte,
        created_at_gte=created_at_gte,
        updated_at_lt=updated_at_lt,
        updated_at_gt=updated_at_gt,
        updated_at_lte=updated_at_lte,
        updated_at_gte=updated_at_gte,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(RemoteViewerSessionsListForTenantResponse)


def page_item(data: Any) -> RemoteViewerSessionsListForTenantResponse:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    states: ListRvActivityFeedStates | Unset = UNSET,
    video_qualities: ListRvActivityFeedVideoQualities | Unset = UNSET,
    reason: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    device_name: str | Unset = UNSET,
    ordering: ListRvActivityFeedOrdering | Unset = UNSET,
    duration_lt: str | Unset = UNSET,
    duration_lte: str | Unset = UNSET,
    duration_gt: str | Unset = UNSET,
    duration_gte: str | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_lte: datetime.datetime | Unset = UNSET,
    created_at_gte: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_lte: datetime.datetime | Unset = UNSET,
    updated_at_gte: datetime.datetime | Unset = UNSET,
) -> ListRvActivityFeedResponse200:
    """List the tenant's Remote Viewer sessions (who viewed which device, when, for how long).

    Args:
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        states (ListRvActivityFeedStates | Unset): Only sessions in this state.
        video_qualities (ListRvActivityFeedVideoQualities | Unset): Only sessions streamed at this
            video quality.
        reason (str | Unset): Only sessions with this reason.
        created_by (str | Unset): Only sessions started by this user.
        device_name (str | Unset): Only sessions on the device with this name.
        ordering (ListRvActivityFeedOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.
        duration_lt (str | Unset): Only sessions that lasted less than this.
        duration_lte (str | Unset): Only sessions that lasted at most this.
        duration_gt (str | Unset): Only sessions that lasted more than this.
        duration_gte (str | Unset): Only sessions that lasted at least this.
        created_at_lt (datetime.datetime | Unset): Only sessions started before this time.
        created_at_gt (datetime.datetime | Unset): Only sessions started after this time.
        created_at_lte (datetime.datetime | Unset): Only sessions started at or before this time.
        created_at_gte (datetime.datetime | Unset): Only sessions started at or after this time.
        updated_at_lt (datetime.datetime | Unset): Only sessions last changed before this time.
        updated_at_gt (datetime.datetime | Unset): Only sessions last changed after this time.
        updated_at_lte (datetime.datetime | Unset): Only sessions last changed at or before this
            time.
        updated_at_gte (datetime.datetime | Unset): Only sessions last changed at or after this
            time.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListRvActivityFeedResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            limit=limit,
            offset=offset,
            states=states,
            video_qualities=video_qualities,
            reason=reason,
            created_by=created_by,
            device_name=device_name,
            ordering=ordering,
            duration_lt=duration_lt,
            duration_lte=duration_lte,
            duration_gt=duration_gt,
            duration_gte=duration_gte,
            created_at_lt=created_at_lt,
            created_at_gt=created_at_gt,
            created_at_lte=created_at_lte,
            created_at_gte=created_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_gt=updated_at_gt,
            updated_at_lte=updated_at_lte,
            updated_at_gte=updated_at_gte,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    states: ListRvActivityFeedStates | Unset = UNSET,
    video_qualities: ListRvActivityFeedVideoQualities | Unset = UNSET,
    reason: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    device_name: str | Unset = UNSET,
    ordering: ListRvActivityFeedOrdering | Unset = UNSET,
    duration_lt: str | Unset = UNSET,
    duration_lte: str | Unset = UNSET,
    duration_gt: str | Unset = UNSET,
    duration_gte: str | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_lte: datetime.datetime | Unset = UNSET,
    created_at_gte: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_lte: datetime.datetime | Unset = UNSET,
    updated_at_gte: datetime.datetime | Unset = UNSET,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListRvActivityFeedResponse200]:
    """List the tenant's Remote Viewer sessions (who viewed which device, when, for how long).

    Args:
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        states (ListRvActivityFeedStates | Unset): Only sessions in this state.
        video_qualities (ListRvActivityFeedVideoQualities | Unset): Only sessions streamed at this
            video quality.
        reason (str | Unset): Only sessions with this reason.
        created_by (str | Unset): Only sessions started by this user.
        device_name (str | Unset): Only sessions on the device with this name.
        ordering (ListRvActivityFeedOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.
        duration_lt (str | Unset): Only sessions that lasted less than this.
        duration_lte (str | Unset): Only sessions that lasted at most this.
        duration_gt (str | Unset): Only sessions that lasted more than this.
        duration_gte (str | Unset): Only sessions that lasted at least this.
        created_at_lt (datetime.datetime | Unset): Only sessions started before this time.
        created_at_gt (datetime.datetime | Unset): Only sessions started after this time.
        created_at_lte (datetime.datetime | Unset): Only sessions started at or before this time.
        created_at_gte (datetime.datetime | Unset): Only sessions started at or after this time.
        updated_at_lt (datetime.datetime | Unset): Only sessions last changed before this time.
        updated_at_gt (datetime.datetime | Unset): Only sessions last changed after this time.
        updated_at_lte (datetime.datetime | Unset): Only sessions last changed at or before this
            time.
        updated_at_gte (datetime.datetime | Unset): Only sessions last changed at or after this
            time.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListRvActivityFeedResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        states=states,
        video_qualities=video_qualities,
        reason=reason,
        created_by=created_by,
        device_name=device_name,
        ordering=ordering,
        duration_lt=duration_lt,
        duration_lte=duration_lte,
        duration_gt=duration_gt,
        duration_gte=duration_gte,
        created_at_lt=created_at_lt,
        created_at_gt=created_at_gt,
        created_at_lte=created_at_lte,
        created_at_gte=created_at_gte,
        updated_at_lt=updated_at_lt,
        updated_at_gt=updated_at_gt,
        updated_at_lte=updated_at_lte,
        updated_at_gte=updated_at_gte,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    states: ListRvActivityFeedStates | Unset = UNSET,
    video_qualities: ListRvActivityFeedVideoQualities | Unset = UNSET,
    reason: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    device_name: str | Unset = UNSET,
    ordering: ListRvActivityFeedOrdering | Unset = UNSET,
    duration_lt: str | Unset = UNSET,
    duration_lte: str | Unset = UNSET,
    duration_gt: str | Unset = UNSET,
    duration_gte: str | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_lte: datetime.datetime | Unset = UNSET,
    created_at_gte: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_lte: datetime.datetime | Unset = UNSET,
    updated_at_gte: datetime.datetime | Unset = UNSET,
) -> ListRvActivityFeedResponse200:
    """List the tenant's Remote Viewer sessions (who viewed which device, when, for how long).

    Args:
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        states (ListRvActivityFeedStates | Unset): Only sessions in this state.
        video_qualities (ListRvActivityFeedVideoQualities | Unset): Only sessions streamed at this
            video quality.
        reason (str | Unset): Only sessions with this reason.
        created_by (str | Unset): Only sessions started by this user.
        device_name (str | Unset): Only sessions on the device with this name.
        ordering (ListRvActivityFeedOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.
        duration_lt (str | Unset): Only sessions that lasted less than this.
        duration_lte (str | Unset): Only sessions that lasted at most this.
        duration_gt (str | Unset): Only sessions that lasted more than this.
        duration_gte (str | Unset): Only sessions that lasted at least this.
        created_at_lt (datetime.datetime | Unset): Only sessions started before this time.
        created_at_gt (datetime.datetime | Unset): Only sessions started after this time.
        created_at_lte (datetime.datetime | Unset): Only sessions started at or before this time.
        created_at_gte (datetime.datetime | Unset): Only sessions started at or after this time.
        updated_at_lt (datetime.datetime | Unset): Only sessions last changed before this time.
        updated_at_gt (datetime.datetime | Unset): Only sessions last changed after this time.
        updated_at_lte (datetime.datetime | Unset): Only sessions last changed at or before this
            time.
        updated_at_gte (datetime.datetime | Unset): Only sessions last changed at or after this
            time.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListRvActivityFeedResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            states=states,
            video_qualities=video_qualities,
            reason=reason,
            created_by=created_by,
            device_name=device_name,
            ordering=ordering,
            duration_lt=duration_lt,
            duration_lte=duration_lte,
            duration_gt=duration_gt,
            duration_gte=duration_gte,
            created_at_lt=created_at_lt,
            created_at_gt=created_at_gt,
            created_at_lte=created_at_lte,
            created_at_gte=created_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_gt=updated_at_gt,
            updated_at_lte=updated_at_lte,
            updated_at_gte=updated_at_gte,
        )
    )
