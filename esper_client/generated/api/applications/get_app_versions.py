import datetime
from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.app_version import AppVersion
from ...models.error_response import ErrorResponse
from ...models.get_app_versions_approval_status import (
    GetAppVersionsApprovalStatus,
)
from ...models.get_app_versions_response_200 import GetAppVersionsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    application_id: UUID | str,
    *,
    version_code: str | Unset = UNSET,
    build_number: str | Unset = UNSET,
    is_g_play: bool | Unset = UNSET,
    approval_status: GetAppVersionsApprovalStatus | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    is_default: bool | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["version_code"] = version_code

    params["build_number"] = build_number

    params["is_g_play"] = is_g_play

    json_approval_status: str | Unset = UNSET
    if not isinstance(approval_status, Unset):
        json_approval_status = approval_status

    params["approval_status"] = json_approval_status

    params["is_enabled"] = is_enabled

    params["is_default"] = is_default

    json_created_on_gt: str | Unset = UNSET
    if not isinstance(created_on_gt, Unset):
        json_created_on_gt = created_on_gt.isoformat()
    params["created_on_gt"] = json_created_on_gt

    json_created_on_lt: str | Unset = UNSET
    if not isinstance(created_on_lt, Unset):
        json_created_on_lt = created_on_lt.isoformat()
    params["created_on_lt"] = json_created_on_lt

    json_updated_on_gt: str | Unset = UNSET
    if not isinstance(updated_on_gt, Unset):
        json_updated_on_gt = updated_on_gt.isoformat()
    params["updated_on_gt"] = json_updated_on_gt

    json_updated_on_lt: str | Unset = UNSET
    if not isinstance(updated_on_lt, Unset):
        json_updated_on_lt = updated_on_lt.isoformat()
    params["updated_on_lt"] = json_updated_on_lt

    params["limit"] = limit

    params["offset"] = offset

    params["ordering"] = ordering

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/enterprise/{path_segment(enterprise_id)}/application/{path_segment(application_id)}/version/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetAppVersionsResponse200)),
        401: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | GetAppVersionsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    application_id: UUID | str,
    *,
    client: ClientLike,
    version_code: str | Unset = UNSET,
    build_number: str | Unset = UNSET,
    is_g_play: bool | Unset = UNSET,
    approval_status: GetAppVersionsApprovalStatus | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    is_default: bool | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
) -> Response[ErrorResponse | GetAppVersionsResponse200]:
    """List the versions of an app.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        application_id (UUID | str): The app's id (a UUID).
        version_code (str | Unset): Only versions with this version code.
        build_number (str | Unset): Only versions with this build number.
        is_g_play (bool | Unset): True for only the versions that come from Google Play.
        approval_status (GetAppVersionsApprovalStatus | Unset): Only versions with this approval
            status.
        is_enabled (bool | Unset): True for only the enabled versions, false for only the disabled
            ones.
        is_default (bool | Unset): True for only the app's default version.
        created_on_gt (datetime.datetime | Unset): Only versions created after this time.
        created_on_lt (datetime.datetime | Unset): Only versions created before this time.
        updated_on_gt (datetime.datetime | Unset): Only versions last changed after this time.
        updated_on_lt (datetime.datetime | Unset): Only versions last changed before this time.
        limit (int | Unset): Page size: how many items to return. Default: 20.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order (e.g.
            -installed_count).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | GetAppVersionsResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        application_id=application_id,
        version_code=version_code,
        build_number=build_number,
        is_g_play=is_g_play,
        approval_status=approval_status,
        is_enabled=is_enabled,
        is_default=is_default,
        created_on_gt=created_on_gt,
        created_on_lt=created_on_lt,
        updated_on_gt=updated_on_gt,
        updated_on_lt=updated_on_lt,
        limit=limit,
        offset=offset,
        ordering=ordering,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(AppVersion)


def page_item(data: Any) -> AppVersion:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    enterprise_id: UUID | str,
    application_id: UUID | str,
    *,
    client: ClientLike,
    version_code: str | Unset = UNSET,
    build_number: str | Unset = UNSET,
    is_g_play: bool | Unset = UNSET,
    approval_status: GetAppVersionsApprovalStatus | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    is_default: bool | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
) -> GetAppVersionsResponse200:
    """List the versions of an app.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        application_id (UUID | str): The app's id (a UUID).
        version_code (str | Unset): Only versions with this version code.
        build_number (str | Unset): Only versions with this build number.
        is_g_play (bool | Unset): True for only the versions that come from Google Play.
        approval_status (GetAppVersionsApprovalStatus | Unset): Only versions with this approval
            status.
        is_enabled (bool | Unset): True for only the enabled versions, false for only the disabled
            ones.
        is_default (bool | Unset): True for only the app's default version.
        created_on_gt (datetime.datetime | Unset): Only versions created after this time.
        created_on_lt (datetime.datetime | Unset): Only versions created before this time.
        updated_on_gt (datetime.datetime | Unset): Only versions last changed after this time.
        updated_on_lt (datetime.datetime | Unset): Only versions last changed before this time.
        limit (int | Unset): Page size: how many items to return. Default: 20.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order (e.g.
            -installed_count).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetAppVersionsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            application_id=application_id,
            client=client,
            version_code=version_code,
            build_number=build_number,
            is_g_play=is_g_play,
            approval_status=approval_status,
            is_enabled=is_enabled,
            is_default=is_default,
            created_on_gt=created_on_gt,
            created_on_lt=created_on_lt,
            updated_on_gt=updated_on_gt,
            updated_on_lt=updated_on_lt,
            limit=limit,
            offset=offset,
            ordering=ordering,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    application_id: UUID | str,
    *,
    client: ClientLike,
    version_code: str | Unset = UNSET,
    build_number: str | Unset = UNSET,
    is_g_play: bool | Unset = UNSET,
    approval_status: GetAppVersionsApprovalStatus | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    is_default: bool | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
) -> Response[ErrorResponse | GetAppVersionsResponse200]:
    """List the versions of an app.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        application_id (UUID | str): The app's id (a UUID).
        version_code (str | Unset): Only versions with this version code.
        build_number (str | Unset): Only versions with this build number.
        is_g_play (bool | Unset): True for only the versions that come from Google Play.
        approval_status (GetAppVersionsApprovalStatus | Unset): Only versions with this approval
            status.
        is_enabled (bool | Unset): True for only the enabled versions, false for only the disabled
            ones.
        is_default (bool | Unset): True for only the app's default version.
        created_on_gt (datetime.datetime | Unset): Only versions created after this time.
        created_on_lt (datetime.datetime | Unset): Only versions created before this time.
        updated_on_gt (datetime.datetime | Unset): Only versions last changed after this time.
        updated_on_lt (datetime.datetime | Unset): Only versions last changed before this time.
        limit (int | Unset): Page size: how many items to return. Default: 20.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order (e.g.
            -installed_count).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | GetAppVersionsResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        application_id=application_id,
        version_code=version_code,
        build_number=build_number,
        is_g_play=is_g_play,
        approval_status=approval_status,
        is_enabled=is_enabled,
        is_default=is_default,
        created_on_gt=created_on_gt,
        created_on_lt=created_on_lt,
        updated_on_gt=updated_on_gt,
        updated_on_lt=updated_on_lt,
        limit=limit,
        offset=offset,
        ordering=ordering,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    application_id: UUID | str,
    *,
    client: ClientLike,
    version_code: str | Unset = UNSET,
    build_number: str | Unset = UNSET,
    is_g_play: bool | Unset = UNSET,
    approval_status: GetAppVersionsApprovalStatus | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    is_default: bool | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
) -> GetAppVersionsResponse200:
    """List the versions of an app.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        application_id (UUID | str): The app's id (a UUID).
        version_code (str | Unset): Only versions with this version code.
        build_number (str | Unset): Only versions with this build number.
        is_g_play (bool | Unset): True for only the versions that come from Google Play.
        approval_status (GetAppVersionsApprovalStatus | Unset): Only versions with this approval
            status.
        is_enabled (bool | Unset): True for only the enabled versions, false for only the disabled
            ones.
        is_default (bool | Unset): True for only the app's default version.
        created_on_gt (datetime.datetime | Unset): Only versions created after this time.
        created_on_lt (datetime.datetime | Unset): Only versions created before this time.
        updated_on_gt (datetime.datetime | Unset): Only versions last changed after this time.
        updated_on_lt (datetime.datetime | Unset): Only versions last changed before this time.
        limit (int | Unset): Page size: how many items to return. Default: 20.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order (e.g.
            -installed_count).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetAppVersionsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            application_id=application_id,
            client=client,
            version_code=version_code,
            build_number=build_number,
            is_g_play=is_g_play,
            approval_status=approval_status,
            is_enabled=is_enabled,
            is_default=is_default,
            created_on_gt=created_on_gt,
            created_on_lt=created_on_lt,
            updated_on_gt=updated_on_gt,
            updated_on_lt=updated_on_lt,
            limit=limit,
            offset=offset,
            ordering=ordering,
        )
    )
