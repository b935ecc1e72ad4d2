from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.list_blueprints_versions_response_200 import ListBlueprintsVersionsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    blueprint_id: UUID | str,
    *,
    ordering: str | Unset = UNSET,
    version_number: str | Unset = UNSET,
    publish: str | Unset = UNSET,
    settings_android_app_id: UUID | Unset = UNSET,
    settings_android_app_version_id: UUID | Unset = UNSET,
    settings_android_file_id: UUID | Unset = UNSET,
    settings_android_wifi_network_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ordering"] = ordering

    params["version_number"] = version_number

    params["publish"] = publish

    json_settings_android_app_id: str | Unset = UNSET
    if not isinstance(settings_android_app_id, Unset):
        json_settings_android_app_id = str(settings_android_app_id)
    params["settings__android__app_id"] = json_settings_android_app_id

    json_settings_android_app_version_id: str | Unset = UNSET
    if not isinstance(settings_android_app_version_id, Unset):
        json_settings_android_app_version_id = str(settings_android_app_version_id)
    params["settings__android__app_version_id"] = json_settings_android_app_version_id

    json_settings_android_file_id: str | Unset = UNSET
    if not isinstance(settings_android_file_id, Unset):
        json_settings_android_file_id = str(settings_android_file_id)
    params["settings__android__file_id"] = json_settings_android_file_id

    json_settings_android_wifi_network_id: str | Unset = UNSET
    if not isinstance(settings_android_wifi_network_id, Unset):
        json_settings_android_wifi_network_id = str(settings_android_wifi_network_id)
    params["settings__android__wifi_network_id"] = json_settings_android_wifi_network_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/blueprints/{path_segment(blueprint_id)}/versions/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListBlueprintsVersionsResponse200)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[ListBlueprintsVersionsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
    ordering: str | Unset = UNSET,
    version_number: str | Unset = UNSET,
    publish: str | Unset = UNSET,
    settings_android_app_id: UUID | Unset = UNSET,
    settings_android_app_version_id: UUID | Unset = UNSET,
    settings_android_file_id: UUID | Unset = UNSET,
    settings_android_wifi_network_id: UUID | Unset = UNSET,
) -> Response[ListBlueprintsVersionsResponse200]:
    """List the saved versions of one blueprint.

    Args:
        blueprint_id (UUID | str): The blueprint's id (a UUID).
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order. Several
            fields may be joined with commas, e.g. -version_number.
        version_number (str | Unset): Only versions with this version number.
        publish (str | Unset): Only versions whose published flag is this (true or false).
        settings_android_app_id (UUID | Unset): Only versions that include this Android app.
        settings_android_app_version_id (UUID | Unset): Only versions that include this Android
            app version.
        settings_android_file_id (UUID | Unset): Only versions that include this file.
        settings_android_wifi_network_id (UUID | Unset): Only versions that include this Wi-Fi
            network.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ListBlueprintsVersionsResponse200]
    """

    kwargs = _get_kwargs(
        blueprint_id=blueprint_id,
        ordering=ordering,
        version_number=version_number,
        publish=publish,
        settings_android_app_id=settings_android_app_id,
        settings_android_app_version_id=settings_android_app_version_id,
        settings_android_file_id=settings_android_file_id,
        settings_android_wifi_network_id=settings_android_wifi_network_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
    ordering: str | Unset = UNSET,
    version_number: str | Unset = UNSET,
    publish: str | Unset = UNSET,
    settings_android_app_id: UUID | Unset = UNSET,
    settings_android_app_version_id: UUID | Unset = UNSET,
    settings_android_file_id: UUID | Unset = UNSET,
    settings_android_wifi_network_id: UUID | Unset = UNSET,
) -> ListBlueprintsVersionsResponse200:
    """List the saved versions of one blueprint.

    Args:
        blueprint_id (UUID | str): The blueprint's id (a UUID).
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order. Several
            fields may be joined with commas, e.g. -version_number.
        version_number (str | Unset): Only versions with this version number.
        publish (str | Unset): Only versions whose published flag is this (true or false).
        settings_android_app_id (UUID | Unset): Only versions that include this Android app.
        settings_android_app_version_id (UUID | Unset): Only versions that include this Android
            app version.
        settings_android_file_id (UUID | Unset): Only versions that include this file.
        settings_android_wifi_network_id (UUID | Unset): Only versions that include this Wi-Fi
            network.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListBlueprintsVersionsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            blueprint_id=blueprint_id,
            client=client,
            ordering=ordering,
            version_number=version_number,
            publish=publish,
            settings_android_app_id=settings_android_app_id,
            settings_android_app_version_id=settings_android_app_version_id,
            settings_android_file_id=settings_android_file_id,
            settings_android_wifi_network_id=settings_android_wifi_network_id,
        )
    )


async def asyncio_detailed(
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
    ordering: str | Unset = UNSET,
    version_number: str | Unset = UNSET,
    publish: str | Unset = UNSET,
    settings_android_app_id: UUID | Unset = UNSET,
    settings_android_app_version_id: UUID | Unset = UNSET,
    settings_android_file_id: UUID | Unset = UNSET,
    settings_android_wifi_network_id: UUID | Unset = UNSET,
) -> Response[ListBlueprintsVersionsResponse200]:
    """List the saved versions of one blueprint.

    Args:
        blueprint_id (UUID | str): The blueprint's id (a UUID).
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order. Several
            fields may be joined with commas, e.g. -version_number.
        version_number (str | Unset): Only versions with this version number.
        publish (str | Unset): Only versions whose published flag is this (true or false).
        settings_android_app_id (UUID | Unset): Only versions that include this Android app.
        settings_android_app_version_id (UUID | Unset): Only versions that include this Android
            app version.
        settings_android_file_id (UUID | Unset): Only versions that include this file.
        settings_android_wifi_network_id (UUID | Unset): Only versions that include this Wi-Fi
            network.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ListBlueprintsVersionsResponse200]
    """

    kwargs = _get_kwargs(
        blueprint_id=blueprint_id,
        ordering=ordering,
        version_number=version_number,
        publish=publish,
        settings_android_app_id=settings_android_app_id,
        settings_android_app_version_id=settings_android_app_version_id,
        settings_android_file_id=settings_android_file_id,
        settings_android_wifi_network_id=settings_android_wifi_network_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
    ordering: str | Unset = UNSET,
    version_number: str | Unset = UNSET,
    publish: str | Unset = UNSET,
    settings_android_app_id: UUID | Unset = UNSET,
    settings_android_app_version_id: UUID | Unset = UNSET,
    settings_android_file_id: UUID | Unset = UNSET,
    settings_android_wifi_network_id: UUID | Unset = UNSET,
) -> ListBlueprintsVersionsResponse200:
    """List the saved versions of one blueprint.

    Args:
        blueprint_id (UUID | str): The blueprint's id (a UUID).
        ordering (str | Unset): Field to sort by; a leading '-' sorts in descending order. Several
            fields may be joined with commas, e.g. -version_number.
        version_number (str | Unset): Only versions with this version number.
        publish (str | Unset): Only versions whose published flag is this (true or false).
        settings_android_app_id (UUID | Unset): Only versions that include this Android app.
        settings_android_app_version_id (UUID | Unset): Only versions that include this Android
            app version.
        settings_android_file_id (UUID | Unset): Only versions that include this file.
        settings_android_wifi_network_id (UUID | Unset): Only versions that include this Wi-Fi
            network.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListBlueprintsVersionsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            blueprint_id=blueprint_id,
            client=client,
            ordering=ordering,
            version_number=version_number,
            publish=publish,
            settings_android_app_id=settings_android_app_id,
            settings_android_app_version_id=settings_android_app_version_id,
            settings_android_file_id=settings_android_file_id,
            settings_android_wifi_network_id=settings_android_wifi_network_id,
        )
    )
