from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.device_model_v1 import DeviceModelV1
from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.list_foundry_device_models_response_200 import ListFoundryDeviceModelsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    manufacturer: str | Unset = UNSET,
    model: str | Unset = UNSET,
    profile_name: str | Unset = UNSET,
    profile_variant: str | Unset = UNSET,
    update_compatible_android_api_level_begin: int | Unset = UNSET,
    update_compatible_android_api_level_end: int | Unset = UNSET,
    device_model_id: UUID | Unset = UNSET,
    device_android_api_level: int | Unset = UNSET,
    device_display_name: str | Unset = UNSET,
    device_foundation_major_number: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["manufacturer"] = manufacturer

    params["model"] = model

    params["profile_name"] = profile_name

    params["profile_variant"] = profile_variant

    params["update_compatible_android_api_level_begin"] = update_compatible_android_api_level_begin

    params["update_compatible_android_api_level_end"] = update_compatible_android_api_level_end

    json_device_model_id: str | Unset = UNSET
    if not isinstance(device_model_id, Unset):
        json_device_model_id = str(device_model_id)
    params["device_model_id"] = json_device_model_id

    params["device_android_api_level"] = device_android_api_level

    params["device_display_name"] = device_display_name

    params["device_foundation_major_number"] = device_foundation_major_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/foundry/device-models/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListFoundryDeviceModelsResponse200)),
        400: ("json", _rt.model(Error400BadData)),
        401: ("json", _rt.model(Error401Unauthorized)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    Error400BadData | Error401Unauthorized | Error500InternalServerError | ListFoundryDeviceModelsResponse200
]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    manufacturer: str | Unset = UNSET,
    model: str | Unset = UNSET,
    profile_name: str | Unset = UNSET,
    profile_variant: str | Unset = UNSET,
    update_compatible_android_api_level_begin: int | Unset = UNSET,
    update_compatible_android_api_level_end: int | Unset = UNSET,
    device_model_id: UUID | Unset = UNSET,
    device_android_api_level: int | Unset = UNSET,
    device_display_name: str | Unset = UNSET,
    device_foundation_major_number: int | Unset = UNSET,
) -> Response[
    Error400BadData | Error401Unauthorized | Error500InternalServerError | ListFoundryDeviceModelsResponse200
]:
    """List the device models Foundry has Esper Foundation builds for, with their update settings.

    Args:
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        manufacturer (str | Unset): Only models from this manufacturer.
        model (str | Unset): Only models with this model name.
        profile_name (str | Unset): Only models with this build profile name.
        profile_variant (str | Unset): Only models with this build profile variant.
        update_compatible_android_api_level_begin (int | Unset): Only models whose update-
            compatible Android API level range begins at this level.
        update_compatible_android_api_level_end (int | Unset): Only models whose update-compatible
            Android API level range ends at this level.
        device_model_id (UUID | Unset): Only the model with this id.
        device_android_api_level (int | Unset): Only models at this Android API level.
        device_display_name (str | Unset): Only models with this display name.
        device_foundation_major_number (int | Unset): Only models on this Foundation major number.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListFoundryDeviceModelsResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        manufacturer=manufacturer,
        model=model,
        profile_name=profile_name,
        profile_variant=profile_variant,
        update_compatible_android_api_level_begin=update_compatible_android_api_level_begin,
        update_compatible_android_api_level_end=update_compatible_android_api_level_end,
        device_model_id=device_model_id,
        device_android_api_level=device_android_api_level,
        device_display_name=device_display_name,
        device_foundation_major_number=device_foundation_major_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(DeviceModelV1)


def page_item(data: Any) -> DeviceModelV1:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    manufacturer: str | Unset = UNSET,
    model: str | Unset = UNSET,
    profile_name: str | Unset = UNSET,
    profile_variant: str | Unset = UNSET,
    update_compatible_android_api_level_begin: int | Unset = UNSET,
    update_compatible_android_api_level_end: int | Unset = UNSET,
    device_model_id: UUID | Unset = UNSET,
    device_android_api_level: int | Unset = UNSET,
    device_display_name: str | Unset = UNSET,
    device_foundation_major_number: int | Unset = UNSET,
) -> ListFoundryDeviceModelsResponse200:
    """List the device models Foundry has Esper Foundation builds for, with their update settings.

    Args:
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        manufacturer (str | Unset): Only models from this manufacturer.
        model (str | Unset): Only models with this model name.
        profile_name (str | Unset): Only models with this build profile name.
        profile_variant (str | Unset): Only models with this build profile variant.
        update_compatible_android_api_level_begin (int | Unset): Only models whose update-
            compatible Android API level range begins at this level.
        update_compatible_android_api_level_end (int | Unset): Only models whose update-compatible
            Android API level range ends at this level.
        device_model_id (UUID | Unset): Only the model with this id.
        device_android_api_level (int | Unset): Only models at this Android API level.
        device_display_name (str | Unset): Only models with this display name.
        device_foundation_major_number (int | Unset): Only models on this Foundation major number.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListFoundryDeviceModelsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            limit=limit,
            offset=offset,
            manufacturer=manufacturer,
            model=model,
            profile_name=profile_name,
            profile_variant=profile_variant,
            update_compatible_android_api_level_begin=update_compatible_android_api_level_begin,
            update_compatible_android_api_level_end=update_compatible_android_api_level_end,
            device_model_id=device_model_id,
            device_android_api_level=device_android_api_level,
            device_display_name=device_display_name,
            device_foundation_major_number=device_foundation_major_number,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    manufacturer: str | Unset = UNSET,
    model: str | Unset = UNSET,
    profile_name: str | Unset = UNSET,
    profile_variant: str | Unset = UNSET,
    update_compatible_android_api_level_begin: int | Unset = UNSET,
    update_compatible_android_api_level_end: int | Unset = UNSET,
    device_model_id: UUID | Unset = UNSET,
    device_android_api_level: int | Unset = UNSET,
    device_display_name: str | Unset = UNSET,
    device_foundation_major_number: int | Unset = UNSET,
) -> Response[
    Error400BadData | Error401Unauthorized | Error500InternalServerError | ListFoundryDeviceModelsResponse200
]:
    """List the device models Foundry has Esper Foundation builds for, with their update settings.

    Args:
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        manufacturer (str | Unset): Only models from this manufacturer.
        model (str | Unset): Only models with this model name.
        profile_name (str | Unset): Only models with this build profile name.
        profile_variant (str | Unset): Only models with this build profile variant.
        update_compatible_android_api_level_begin (int | Unset): Only models whose update-
            compatible Android API level range begins at this level.
        update_compatible_android_api_level_end (int | Unset): Only models whose update-compatible
            Android API level range ends at this level.
        device_model_id (UUID | Unset): Only the model with this id.
        device_android_api_level (int | Unset): Only models at this Android API level.
        device_display_name (str | Unset): Only models with this display name.
        device_foundation_major_number (int | Unset): Only models on this Foundation major number.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListFoundryDeviceModelsResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        manufacturer=manufacturer,
        model=model,
        profile_name=profile_name,
        profile_variant=profile_variant,
        update_compatible_android_api_level_begin=update_compatible_android_api_level_begin,
        update_compatible_android_api_level_end=update_compatible_android_api_level_end,
        device_model_id=device_model_id,
        device_android_api_level=device_android_api_level,
        device_display_name=device_display_name,
        device_foundation_major_number=device_foundation_major_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    manufacturer: str | Unset = UNSET,
    model: str | Unset = UNSET,
    profile_name: str | Unset = UNSET,
    profile_variant: str | Unset = UNSET,
    update_compatible_android_api_level_begin: int | Unset = UNSET,
    update_compatible_android_api_level_end: int | Unset = UNSET,
    device_model_id: UUID | Unset = UNSET,
    device_android_api_level: int | Unset = UNSET,
    device_display_name: str | Unset = UNSET,
    device_foundation_major_number: int | Unset = UNSET,
) -> ListFoundryDeviceModelsResponse200:
    """List the device models Foundry has Esper Foundation builds for, with their update settings.

    Args:
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        manufacturer (str | Unset): Only models from this manufacturer.
        model (str | Unset): Only models with this model name.
        profile_name (str | Unset): Only models with this build profile name.
        profile_variant (str | Unset): Only models with this build profile variant.
        update_compatible_android_api_level_begin (int | Unset): Only models whose update-
            compatible Android API level range begins at this level.
        update_compatible_android_api_level_end (int | Unset): Only models whose update-compatible
            Android API level range ends at this level.
        device_model_id (UUID | Unset): Only the model with this id.
        device_android_api_level (int | Unset): Only models at this Android API level.
        device_display_name (str | Unset): Only models with this display name.
        device_foundation_major_number (int | Unset): Only models on this Foundation major number.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListFoundryDeviceModelsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            manufacturer=manufacturer,
            model=model,
            profile_name=profile_name,
            profile_variant=profile_variant,
            update_compatible_android_api_level_begin=update_compatible_android_api_level_begin,
            update_compatible_android_api_level_end=update_compatible_android_api_level_end,
            device_model_id=device_model_id,
            device_android_api_level=device_android_api_level,
            device_display_name=device_display_name,
            device_foundation_major_number=device_foundation_major_number,
        )
    )
