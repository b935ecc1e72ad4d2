import datetime
from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.application_v1 import ApplicationV1
from ...models.error_response import ErrorResponse
from ...models.get_all_applications_v1_response_200 import GetAllApplicationsV1Response200
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    *,
    application_name: str | Unset = UNSET,
    package_name: str | Unset = UNSET,
    package_name_exact: str | Unset = UNSET,
    has_uploaded_version: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    supported_sdk: int | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_hidden: bool | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["application_name"] = application_name

    params["package_name"] = package_name

    params["package_name_exact"] = package_name_exact

    params["has_uploaded_version"] = has_uploaded_version

    params["category"] = category

    params["supported_sdk"] = supported_sdk

    params["is_active"] = is_active

    params["is_hidden"] = is_hidden

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/enterprise/{path_segment(enterprise_id)}/application/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetAllApplicationsV1Response200)),
        401: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | GetAllApplicationsV1Response200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    application_name: str | Unset = UNSET,
    package_name: str | Unset = UNSET,
    package_name_exact: str | Unset = UNSET,
    has_uploaded_version: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    supported_sdk: int | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_hidden: bool | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | GetAllApplicationsV1Response200]:
    """List the apps uploaded to an enterprise (v1 API; paged with limit and offset).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        application_name (str | Unset): Only apps whose name matches this text.
        package_name (str | Unset): Only apps whose package name matches this text
            (package_name_exact matches it whole).
        package_name_exact (str | Unset): Only the app with exactly this package name.
        has_uploaded_version (bool | Unset): True for only the apps that have one or more uploaded
            versions.
        category (str | Unset): Only apps in this category.
        supported_sdk (int | Unset): Only apps that support this Android SDK (API) level.
        is_active (bool | Unset): True for only the active apps, false for only the inactive ones.
        is_hidden (bool | Unset): True lists the apps hidden by default (Esper's own apps); false
            leaves them out. Default: False.
        created_on_gt (datetime.datetime | Unset): Only apps created after this time.
        created_on_lt (datetime.datetime | Unset): Only apps created before this time.
        updated_on_gt (datetime.datetime | Unset): Only apps last changed after this time.
        updated_on_lt (datetime.datetime | Unset): Only apps last changed before this time.
        limit (int | Unset): Page size: how many items to return. Default: 20.
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
        Response[ErrorResponse | GetAllApplicationsV1Response200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        application_name=application_name,
        package_name=package_name,
        package_name_exact=package_name_exact,
        has_uploaded_version=has_uploaded_version,
        category=category,
        supported_sdk=supported_sdk,
        is_active=is_active,
        is_hidden=is_hidden,
        created_on_gt=created_on_gt,
        created_on_lt=created_on_lt,
        updated_on_gt=updated_on_gt,
        updated_on_lt=updated_on_lt,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(ApplicationV1)


def page_item(data: Any) -> ApplicationV1:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    application_name: str | Unset = UNSET,
    package_name: str | Unset = UNSET,
    package_name_exact: str | Unset = UNSET,
    has_uploaded_version: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    supported_sdk: int | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_hidden: bool | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GetAllApplicationsV1Response200:
    """List the apps uploaded to an enterprise (v1 API; paged with limit and offset).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        application_name (str | Unset): Only apps whose name matches this text.
        package_name (str | Unset): Only apps whose package name matches this text
            (package_name_exact matches it whole).
        package_name_exact (str | Unset): Only the app with exactly this package name.
        has_uploaded_version (bool | Unset): True for only the apps that have one or more uploaded
            versions.
        category (str | Unset): Only apps in this category.
        supported_sdk (int | Unset): Only apps that support this Android SDK (API) level.
        is_active (bool | Unset): True for only the active apps, false for only the inactive ones.
        is_hidden (bool | Unset): True lists the apps hidden by default (Esper's own apps); false
            leaves them out. Default: False.
        created_on_gt (datetime.datetime | Unset): Only apps created after this time.
        created_on_lt (datetime.datetime | Unset): Only apps created before this time.
        updated_on_gt (datetime.datetime | Unset): Only apps last changed after this time.
        updated_on_lt (datetime.datetime | Unset): Only apps last changed before this time.
        limit (int | Unset): Page size: how many items to return. Default: 20.
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
        GetAllApplicationsV1Response200
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            client=client,
            application_name=application_name,
            package_name=package_name,
            package_name_exact=package_name_exact,
            has_uploaded_version=has_uploaded_version,
            category=category,
            supported_sdk=supported_sdk,
            is_active=is_active,
            is_hidden=is_hidden,
            created_on_gt=created_on_gt,
            created_on_lt=created_on_lt,
            updated_on_gt=updated_on_gt,
            updated_on_lt=updated_on_lt,
            limit=limit,
            offset=offset,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    application_name: str | Unset = UNSET,
    package_name: str | Unset = UNSET,
    package_name_exact: str | Unset = UNSET,
    has_uploaded_version: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    supported_sdk: int | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_hidden: bool | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | GetAllApplicationsV1Response200]:
    """List the apps uploaded to an enterprise (v1 API; paged with limit and offset).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        application_name (str | Unset): Only apps whose name matches this text.
        package_name (str | Unset): Only apps whose package name matches this text
            (package_name_exact matches it whole).
        package_name_exact (str | Unset): Only the app with exactly this package name.
        has_uploaded_version (bool | Unset): True for only the apps that have one or more uploaded
            versions.
        category (str | Unset): Only apps in this category.
        supported_sdk (int | Unset): Only apps that support this Android SDK (API) level.
        is_active (bool | Unset): True for only the active apps, false for only the inactive ones.
        is_hidden (bool | Unset): True lists the apps hidden by default (Esper's own apps); false
            leaves them out. Default: False.
        created_on_gt (datetime.datetime | Unset): Only apps created after this time.
        created_on_lt (datetime.datetime | Unset): Only apps created before this time.
        updated_on_gt (datetime.datetime | Unset): Only apps last changed after this time.
        updated_on_lt (datetime.datetime | Unset): Only apps last changed before this time.
        limit (int | Unset): Page size: how many items to return. Default: 20.
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
        Response[ErrorResponse | GetAllApplicationsV1Response200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        application_name=application_name,
        package_name=package_name,
        package_name_exact=package_name_exact,
        has_uploaded_version=has_uploaded_version,
        category=category,
        supported_sdk=supported_sdk,
        is_active=is_active,
        is_hidden=is_hidden,
        created_on_gt=created_on_gt,
        created_on_lt=created_on_lt,
        updated_on_gt=updated_on_gt,
        updated_on_lt=updated_on_lt,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    application_name: str | Unset = UNSET,
    package_name: str | Unset = UNSET,
    package_name_exact: str | Unset = UNSET,
    has_uploaded_version: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    supported_sdk: int | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_hidden: bool | Unset = UNSET,
    created_on_gt: datetime.datetime | Unset = UNSET,
    created_on_lt: datetime.datetime | Unset = UNSET,
    updated_on_gt: datetime.datetime | Unset = UNSET,
    updated_on_lt: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GetAllApplicationsV1Response200:
    """List the apps uploaded to an enterprise (v1 API; paged with limit and offset).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        application_name (str | Unset): Only apps whose name matches this text.
        package_name (str | Unset): Only apps whose package name matches this text
            (package_name_exact matches it whole).
        package_name_exact (str | Unset): Only the app with exactly this package name.
        has_uploaded_version (bool | Unset): True for only the apps that have one or more uploaded
            versions.
        category (str | Unset): Only apps in this category.
        supported_sdk (int | Unset): Only apps that support this Android SDK (API) level.
        is_active (bool | Unset): True for only the active apps, false for only the inactive ones.
        is_hidden (bool | Unset): True lists the apps hidden by default (Esper's own apps); false
            leaves them out. Default: False.
        created_on_gt (datetime.datetime | Unset): Only apps created after this time.
        created_on_lt (datetime.datetime | Unset): Only apps created before this time.
        updated_on_gt (datetime.datetime | Unset): Only apps last changed after this time.
        updated_on_lt (datetime.datetime | Unset): Only apps last changed before this time.
        limit (int | Unset): Page size: how many items to return. Default: 20.
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
        GetAllApplicationsV1Response200
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
            application_name=application_name,
            package_name=package_name,
            package_name_exact=package_name_exact,
            has_uploaded_version=has_uploaded_version,
            category=category,
            supported_sdk=supported_sdk,
            is_active=is_active,
            is_hidden=is_hidden,
            created_on_gt=created_on_gt,
            created_on_lt=created_on_lt,
            updated_on_gt=updated_on_gt,
            updated_on_lt=updated_on_lt,
            limit=limit,
            offset=offset,
        )
    )
