from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.apps_management_error_400_bad_data import AppsManagementError400BadData
from ...models.apps_management_error_401_unauthorized import AppsManagementError401Unauthorized
from ...models.apps_management_error_404_not_found import AppsManagementError404NotFound
from ...models.apps_management_error_500_internal_server_error import AppsManagementError500InternalServerError
from ...models.get_oem_config_schema_oem_type import GetOemConfigSchemaOemType
from ...models.get_oem_config_schema_response_200 import GetOemConfigSchemaResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    oem_type: GetOemConfigSchemaOemType,
    package_name: str,
    version_code: str | Unset = UNSET,
    include_schema: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_oem_type: str = oem_type
    params["oem_type"] = json_oem_type

    params["package_name"] = package_name

    params["version_code"] = version_code

    params["include_schema"] = include_schema

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/oem-config-schema",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetOemConfigSchemaResponse200)),
        400: ("json", _rt.model(AppsManagementError400BadData)),
        401: ("json", _rt.model(AppsManagementError401Unauthorized)),
        404: ("json", _rt.model(AppsManagementError404NotFound)),
        500: ("json", _rt.model(AppsManagementError500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    AppsManagementError400BadData
    | AppsManagementError401Unauthorized
    | AppsManagementError404NotFound
    | AppsManagementError500InternalServerError
    | GetOemConfigSchemaResponse200
]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    oem_type: GetOemConfigSchemaOemType,
    package_name: str,
    version_code: str | Unset = UNSET,
    include_schema: bool | Unset = UNSET,
) -> Response[
    AppsManagementError400BadData
    | AppsManagementError401Unauthorized
    | AppsManagementError404NotFound
    | AppsManagementError500InternalServerError
    | GetOemConfigSchemaResponse200
]:
    """Read the managed-configuration schema of a manufacturer's OEMConfig app. Without version_code you
    get the newest active one.

    Args:
        oem_type (GetOemConfigSchemaOemType): The device manufacturer whose OEMConfig app it is.
        package_name (str): The OEMConfig app's package name, such as com.zebra.oemconfig.common.
        version_code (str | Unset): The app version code whose schema you want; leave out for the
            newest active one.
        include_schema (bool | Unset): False to get only the schema's metadata, without the
            (large) schema_json. Default: True.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[AppsManagementError400BadData | AppsManagementError401Unauthorized | AppsManagementError404NotFound | AppsManagementError500InternalServerError | GetOemConfigSchemaResponse200]
    """

    kwargs = _get_kwargs(
        oem_type=oem_type,
        package_name=package_name,
        version_code=version_code,
        include_schema=include_schema,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    oem_type: GetOemConfigSchemaOemType,
    package_name: str,
    version_code: str | Unset = UNSET,
    include_schema: bool | Unset = UNSET,
) -> GetOemConfigSchemaResponse200:
    """Read the managed-configuration schema of a manufacturer's OEMConfig app. Without version_code you
    get the newest active one.

    Args:
        oem_type (GetOemConfigSchemaOemType): The device manufacturer whose OEMConfig app it is.
        package_name (str): The OEMConfig app's package name, such as com.zebra.oemconfig.common.
        version_code (str | Unset): The app version code whose schema you want; leave out for the
            newest active one.
        include_schema (bool | Unset): False to get only the schema's metadata, without the
            (large) schema_json. Default: True.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetOemConfigSchemaResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            oem_type=oem_type,
            package_name=package_name,
            version_code=version_code,
            include_schema=include_schema,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    oem_type: GetOemConfigSchemaOemType,
    package_name: str,
    version_code: str | Unset = UNSET,
    include_schema: bool | Unset = UNSET,
) -> Response[
    AppsManagementError400BadData
    | AppsManagementError401Unauthorized
    | AppsManagementError404NotFound
    | AppsManagementError500InternalServerError
    | GetOemConfigSchemaResponse200
]:
    """Read the managed-configuration schema of a manufacturer's OEMConfig app. Without version_code you
    get the newest active one.

    Args:
        oem_type (GetOemConfigSchemaOemType): The device manufacturer whose OEMConfig app it is.
        package_name (str): The OEMConfig app's package name, such as com.zebra.oemconfig.common.
        version_code (str | Unset): The app version code whose schema you want; leave out for the
            newest active one.
        include_schema (bool | Unset): False to get only the schema's metadata, without the
            (large) schema_json. Default: True.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[AppsManagementError400BadData | AppsManagementError401Unauthorized | AppsManagementError404NotFound | AppsManagementError500InternalServerError | GetOemConfigSchemaResponse200]
    """

    kwargs = _get_kwargs(
        oem_type=oem_type,
        package_name=package_name,
        version_code=version_code,
        include_schema=include_schema,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    oem_type: GetOemConfigSchemaOemType,
    package_name: str,
    version_code: str | Unset = UNSET,
    include_schema: bool | Unset = UNSET,
) -> GetOemConfigSchemaResponse200:
    """Read the managed-configuration schema of a manufacturer's OEMConfig app. Without version_code you
    get the newest active one.

    Args:
        oem_type (GetOemConfigSchemaOemType): The device manufacturer whose OEMConfig app it is.
        package_name (str): The OEMConfig app's package name, such as com.zebra.oemconfig.common.
        version_code (str | Unset): The app version code whose schema you want; leave out for the
            newest active one.
        include_schema (bool | Unset): False to get only the schema's metadata, without the
            (large) schema_json. Default: True.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetOemConfigSchemaResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            oem_type=oem_type,
            package_name=package_name,
            version_code=version_code,
            include_schema=include_schema,
        )
    )
