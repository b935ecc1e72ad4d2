from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.list_blueprints_response_200 import ListBlueprintsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    ordering: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_exact: str | Unset = UNSET,
    settings_android_app_id: UUID | Unset = UNSET,
    settings_android_app_version_id: UUID | Unset = UNSET,
    settings_ios_app_id: UUID | Unset = UNSET,
    settings_ios_app_version_id: UUID | Unset = UNSET,
    settings_windows_app_id: UUID | Unset = UNSET,
    settings_windows_app_version_id: UUID | Unset = UNSET,
    settings_android_file_id: UUID | Unset = UNSET,
    settings_android_wifi_network_id: UUID | Unset = UNSET,
    settings_ios_provisioning_profile_id: UUID | Unset = UNSET,
    settings_ios_provisioning_profile_version_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ordering"] = ordering

    params["name"] = name

    params["name_exact"] = name_exact

    json_settings_android_app_id: str | Unset = UNSET
    if not isinstance(settings_android_app_id, Unset):
        json_settings_android_app_id = str(settings_android_app_id)
    params["settings__android__app_id"] = json_settings_android_app_id

    json_settings_android_app_version_id: str | Unset = UNSET
    if not isinstance(settings_android_app_version_id, Unset):
        json_settings_android_app_version_id = str(settings_android_app_version_id)
    params["settings__android__app_version_id"] = json_settings_android_app_version_id

    json_settings_ios_app_id: str | Unset = UNSET
    if not isinstance(settings_ios_app_id, Unset):
        json_settings_ios_app_id = str(settings_ios_app_id)
    params["settings__ios__app_id"] = json_settings_ios_app_id

    json_settings_ios_app_version_id: str | Unset = UNSET
    if not isinstance(settings_ios_app_version_id, Unset):
        json_settings_ios_app_version_id = str(settings_ios_app_version_id)
    params["settings__ios__app_version_id"] = json_settings_ios_app_version_id

    json_settings_windows_app_id: str | Unset = UNSET
    if not isinstance(settings_windows_app_id, Unset):
        json_settings_windows_app_id = str(settings_windows_app_id)
    params["settings__windows__app_id"] = json_settings_windows_app_id

    json_settings_windows_app_version_id: str | Unset = UNSET
    if not isinstance(settings_windows_app_version_id, Unset):
        json_settings_windows_app_version_id = str(settings_windows_app_version_id)
    params["settings__windows__app_version_id"] = json_settings_windows_app_version_id

    json_settings_android_file_id: str | Unset = UNSET
    if not isinstance(settings_android_file_id, Unset):
        json_settings_android_file_id = str(settings_android_file_id)
    params["settings__android__file_id"] = json_settings_android_file_id

    json_settings_android_wifi_network_id: str | Unset = UNSET
    if not isinstance(settings_android_wifi_network_id, Unset):
        json_settings_android_wifi_network_id = str(settings_android_wifi_network_id)
    params["settings__android__wifi_network_id"] = json_settings_android_wifi_network_id

    json_settings_ios_provisioning_profile_id: str | Unset = UNSET
    if not isinstance(settings_ios_provisioning_profile_id, Unset):
        json_settings_ios_provisioning_profile_id = str(settings_ios_provisioning_profile_id)
    params["settings__ios__provisioning_profile_id"] = json_settings_ios_provisioning_profile_id

    json_settings_ios_provisioning_profile_version_id: str | Unset = UNSET
    if not isinstance(settings_ios_provisioning_profile_version_id, Unset):
        json_settings_ios_provisioning_profile_version_id = str(settings_ios_provisioning_profile_version_id)
    params["settings__ios__provisioning_profile_version_id"] = json_settings_ios_provisioning_profile_version_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/blueprints/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListBlueprintsResponse200)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[ListBlueprintsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    ordering: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_exact: str | Unset = UNSET,
    settings_android_app_id: UUID | Unset = UNSET,
    settings_android_app_version_id: UUID | Unset = UNSET,
    settings_ios_app_id: UUID | Unset = UNSET,
    settings_ios_app_version_id: UUID | Unset = UNSET,
    settings_windows_app_id: UUID | Unset = UNSET,
    settings_windows_app_version_id: UUID | Unset = UNSET,
    settings_android_file_id: UUID | Unset = UNSET,
    settings_android_wifi_network_id: UUID | Unset = UNSET,
    settings_ios_provisioning_profile_id: UUID | Unset = UNSET,
    settings_ios_provisioning_profile_version_id: UUID | Unset = UNSET,
) -> Response[ListBlueprintsResponse200]:
    """List the tenant's blueprints (device configurations).

    Args:
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order. Several
            fields may be joined with commas, e.g. name,-updated_at.
        name (str | Unset): Only blueprints whose name matches this text, ignoring case.
        name_exact (str | Unset): Only the blueprint with exactly this name, case included.
        settings_android_app_id (UUID | Unset): Only blueprints that include this Android app in
            one of their versions.
        settings_android_app_version_id (UUID | Unset): Only blueprints that include this Android
            app version in one of their versions.
        settings_ios_app_id (UUID | Unset): Only blueprints that include this iOS app in one of
            their versions.
        settings_ios_app_version_id (UUID | Unset): Only blueprints that include this iOS app
            version in one of their versions.
        settings_windows_app_id (UUID | Unset): Only blueprints that include this Windows app in
            one of their versions.
        settings_windows_app_version_id (UUID | Unset): Only blueprints that include this Windows
            app version in one of their versions.
        settings_android_file_id (UUID | Unset): Only blueprints that include this file in one of
            their versions.
        settings_android_wifi_network_id (UUID | Unset): Only blueprints that include this Wi-Fi
            network in one of their versions.
        settings_ios_provisioning_profile_id (UUID | Unset): Only blueprints that include this iOS
            provisioning profile in one of their versions.
        settings_ios_provisioning_profile_version_id (UUID | Unset): Only blueprints that include
            this iOS provisioning profile version in one of their versions.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ListBlueprintsResponse200]
    """

    kwargs = _get_kwargs(
        ordering=ordering,
        name=name,
        name_exact=name_exact,
        settings_android_app_id=settings_android_app_id,
        settings_android_app_version_id=settings_android_app_version_id,
        settings_ios_app_id=settings_ios_app_id,
        settings_ios_app_version_id=settings_ios_app_version_id,
        settings_windows_app_id=settings_windows_app_id,
        settings_windows_app_version_id=settings_windows_app_version_id,
        settings_android_file_id=settings_android_file_id,
        settings_android_wifi_network_id=settings_android_wifi_network_id,
        settings_ios_provisioning_profile_id=settings_ios_provisioning_profile_id,
        settings_ios_provisioning_profile_version_id=settings_ios_provisioning_profile_version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    ordering: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_exact: str | Unset = UNSET,
    settings_android_app_id: UUID | Unset = UNSET,
    settings_android_app_version_id: UUID | Unset = UNSET,
    settings_ios_app_id: UUID | Unset = UNSET,
    settings_ios_app_version_id: UUID | Unset = UNSET,
    settings_windows_app_id: UUID | Unset = UNSET,
    settings_windows_app_version_id: UUID | Unset = UNSET,
    settings_android_file_id: UUID | Unset = UNSET,
    settings_android_wifi_network_id: UUID | Unset = UNSET,
    settings_ios_provisioning_profile_id: UUID | Unset = UNSET,
    settings_ios_provisioning_profile_version_id: UUID | Unset = UNSET,
) -> ListBlueprintsResponse200:
    """List the tenant's blueprints (device configurations).

    Args:
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order. Several
            fields may be joined with commas, e.g. name,-updated_at.
        name (str | Unset): Only blueprints whose name matches this text, ignoring case.
        name_exact (str | Unset): Only the blueprint with exactly this name, case included.
        settings_android_app_id (UUID | Unset): Only blueprints that include this Android app in
            one of their versions.
        settings_android_app_version_id (UUID | Unset): Only blueprints that include this Android
            app version in one of their versions.
        settings_ios_app_id (UUID | Unset): Only blueprints that include this iOS app in one of
            their versions.
        settings_ios_app_version_id (UUID | Unset): Only blueprints that include this iOS app
            version in one of their versions.
        settings_windows_app_id (UUID | Unset): Only blueprints that include this Windows app in
            one of their versions.
        settings_windows_app_version_id (UUID | Unset): Only blueprints that include this Windows
            app version in one of their versions.
        settings_android_file_id (UUID | Unset): Only blueprints that include this file in one of
            their versions.
        settings_android_wifi_network_id (UUID | Unset): Only blueprints that include this Wi-Fi
            network in one of their versions.
        settings_ios_provisioning_profile_id (UUID | Unset): Only blueprints that include this iOS
            provisioning profile in one of their versions.
        settings_ios_provisioning_profile_version_id (UUID | Unset): Only blueprints that include
            this iOS provisioning profile version in one of their versions.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListBlueprintsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            ordering=ordering,
            name=name,
            name_exact=name_exact,
            settings_android_app_id=settings_android_app_id,
            settings_android_app_version_id=settings_android_app_version_id,
            settings_ios_app_id=settings_ios_app_id,
            settings_ios_app_version_id=settings_ios_app_version_id,
            settings_windows_app_id=settings_windows_app_id,
            settings_windows_app_version_id=settings_windows_app_version_id,
            settings_android_file_id=settings_android_file_id,
            settings_android_wifi_network_id=settings_android_wifi_network_id,
            settings_ios_provisioning_profile_id=settings_ios_provisioning_profile_id,
            settings_ios_provisioning_profile_version_id=settings_ios_provisioning_profile_version_id,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    ordering: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_exact: str | Unset = UNSET,
    settings_android_app_id: UUID | Unset = UNSET,
    settings_android_app_version_id: UUID | Unset = UNSET,
    settings_ios_app_id: UUID | Unset = UNSET,
    settings_ios_app_version_id: UUID | Unset = UNSET,
    settings_windows_app_id: UUID | Unset = UNSET,
    settings_windows_app_version_id: UUID | Unset = UNSET,
    settings_android_file_id: UUID | Unset = UNSET,
    settings_android_wifi_network_id: UUID | Unset = UNSET,
    settings_ios_provisioning_profile_id: UUID | Unset = UNSET,
    settings_ios_provisioning_profile_version_id: UUID | Unset = UNSET,
) -> Response[ListBlueprintsResponse200]:
    """List the tenant's blueprints (device configurations).

    Args:
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order. Several
            fields may be joined with commas, e.g. name,-updated_at.
        name (str | Unset): Only blueprints whose name matches this text, ignoring case.
        name_exact (str | Unset): Only the blueprint with exactly this name, case included.
        settings_android_app_id (UUID | Unset): Only blueprints that include this Android app in
            one of their versions.
        settings_android_app_version_id (UUID | Unset): Only blueprints that include this Android
            app version in one of their versions.
        settings_ios_app_id (UUID | Unset): Only blueprints that include this iOS app in one of
            their versions.
        settings_ios_app_version_id (UUID | Unset): Only blueprints that include this iOS app
            version in one of their versions.
        settings_windows_app_id (UUID | Unset): Only blueprints that include this Windows app in
            one of their versions.
        settings_windows_app_version_id (UUID | Unset): Only blueprints that include this Windows
            app version in one of their versions.
        settings_android_file_id (UUID | Unset): Only blueprints that include this file in one of
            their versions.
        settings_android_wifi_network_id (UUID | Unset): Only blueprints that include this Wi-Fi
            network in one of their versions.
        settings_ios_provisioning_profile_id (UUID | Unset): Only blueprints that include this iOS
            provisioning profile in one of their versions.
        settings_ios_provisioning_profile_version_id (UUID | Unset): Only blueprints that include
            this iOS provisioning profile version in one of their versions.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ListBlueprintsResponse200]
    """

    kwargs = _get_kwargs(
        ordering=ordering,
        name=name,
        name_exact=name_exact,
        settings_android_app_id=settings_android_app_id,
        settings_android_app_version_id=settings_android_app_version_id,
        settings_ios_app_id=settings_ios_app_id,
        settings_ios_app_version_id=settings_ios_app_version_id,
        settings_windows_app_id=settings_windows_app_id,
        settings_windows_app_version_id=settings_windows_app_version_id,
        settings_android_file_id=settings_android_file_id,
        settings_android_wifi_network_id=settings_android_wifi_network_id,
        settings_ios_provisioning_profile_id=settings_ios_provisioning_profile_id,
        settings_ios_provisioning_profile_version_id=settings_ios_provisioning_profile_version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    ordering: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_exact: str | Unset = UNSET,
    settings_android_app_id: UUID | Unset = UNSET,
    settings_android_app_version_id: UUID | Unset = UNSET,
    settings_ios_app_id: UUID | Unset = UNSET,
    settings_ios_app_version_id: UUID | Unset = UNSET,
    settings_windows_app_id: UUID | Unset = UNSET,
    settings_windows_app_version_id: UUID | Unset = UNSET,
    settings_android_file_id: UUID | Unset = UNSET,
    settings_android_wifi_network_id: UUID | Unset = UNSET,
    settings_ios_provisioning_profile_id: UUID | Unset = UNSET,
    settings_ios_provisioning_profile_version_id: UUID | Unset = UNSET,
) -> ListBlueprintsResponse200:
    """List the tenant's blueprints (device configurations).

    Args:
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order. Several
            fields may be joined with commas, e.g. name,-updated_at.
        name (str | Unset): Only blueprints whose name matches this text, ignoring case.
        name_exact (str | Unset): Only the blueprint with exactly this name, case included.
        settings_android_app_id (UUID | Unset): Only blueprints that include this Android app in
            one of their versions.
        settings_android_app_version_id (UUID | Unset): Only blueprints that include this Android
            app version in one of their versions.
        settings_ios_app_id (UUID | Unset): Only blueprints that include this iOS app in one of
            their versions.
        settings_ios_app_version_id (UUID | Unset): Only blueprints that include this iOS app
            version in one of their versions.
        settings_windows_app_id (UUID | Unset): Only blueprints that include this Windows app in
            one of their versions.
        settings_windows_app_version_id (UUID | Unset): Only blueprints that include this Windows
            app version in one of their versions.
        settings_android_file_id (UUID | Unset): Only blueprints that include this file in one of
            their versions.
        settings_android_wifi_network_id (UUID | Unset): Only blueprints that include this Wi-Fi
            network in one of their versions.
        settings_ios_provisioning_profile_id (UUID | Unset): Only blueprints that include this iOS
            provisioning profile in one of their versions.
        settings_ios_provisioning_profile_version_id (UUID | Unset): Only blueprints that include
            this iOS provisioning profile version in one of their versions.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListBlueprintsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            ordering=ordering,
            name=name,
            name_exact=name_exact,
            settings_android_app_id=settings_android_app_id,
            settings_android_app_version_id=settings_android_app_version_id,
            settings_ios_app_id=settings_ios_app_id,
            settings_ios_app_version_id=settings_ios_app_version_id,
            settings_windows_app_id=settings_windows_app_id,
            settings_windows_app_version_id=settings_windows_app_version_id,
            settings_android_file_id=settings_android_file_id,
            settings_android_wifi_network_id=settings_android_wifi_network_id,
            settings_ios_provisioning_profile_id=settings_ios_provisioning_profile_id,
            settings_ios_provisioning_profile_version_id=settings_ios_provisioning_profile_version_id,
        )
    )
