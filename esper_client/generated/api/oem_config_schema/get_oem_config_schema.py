from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, response_body_error

from ... import errors
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
    include_schema: bool | Unset = True,
) -> dict[str, Any]:

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

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> (
    AppsManagementError400BadData
    | AppsManagementError401Unauthorized
    | AppsManagementError404NotFound
    | AppsManagementError500InternalServerError
    | GetOemConfigSchemaResponse200
    | None
):
    if response.status_code == 200:
        response_200 = GetOemConfigSchemaResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AppsManagementError400BadData.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AppsManagementError401Unauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = AppsManagementError404NotFound.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = AppsManagementError500InternalServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    AppsManagementError400BadData
    | AppsManagementError401Unauthorized
    | AppsManagementError404NotFound
    | AppsManagementError500InternalServerError
    | GetOemConfigSchemaResponse200
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except BODY_ERRORS as exc:
        raise response_body_error(client, response, exc) from exc
    return Response(
        status_code=as_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: ClientLike,
    oem_type: GetOemConfigSchemaOemType,
    package_name: str,
    version_code: str | Unset = UNSET,
    include_schema: bool | Unset = True,
) -> Response[
    AppsManagementError400BadData
    | AppsManagementError401Unauthorized
    | AppsManagementError404NotFound
    | AppsManagementError500InternalServerError
    | GetOemConfigSchemaResponse200
]:
    """
    Args:
        oem_type (GetOemConfigSchemaOemType):
        package_name (str):
        version_code (str | Unset):
        include_schema (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    include_schema: bool | Unset = True,
) -> (
    AppsManagementError400BadData
    | AppsManagementError401Unauthorized
    | AppsManagementError404NotFound
    | AppsManagementError500InternalServerError
    | GetOemConfigSchemaResponse200
    | None
):
    """
    Args:
        oem_type (GetOemConfigSchemaOemType):
        package_name (str):
        version_code (str | Unset):
        include_schema (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsManagementError400BadData | AppsManagementError401Unauthorized | AppsManagementError404NotFound | AppsManagementError500InternalServerError | GetOemConfigSchemaResponse200
    """

    return sync_detailed(
        client=client,
        oem_type=oem_type,
        package_name=package_name,
        version_code=version_code,
        include_schema=include_schema,
    ).parsed


async def asyncio_detailed(
    *,
    client: ClientLike,
    oem_type: GetOemConfigSchemaOemType,
    package_name: str,
    version_code: str | Unset = UNSET,
    include_schema: bool | Unset = True,
) -> Response[
    AppsManagementError400BadData
    | AppsManagementError401Unauthorized
    | AppsManagementError404NotFound
    | AppsManagementError500InternalServerError
    | GetOemConfigSchemaResponse200
]:
    """
    Args:
        oem_type (GetOemConfigSchemaOemType):
        package_name (str):
        version_code (str | Unset):
        include_schema (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    include_schema: bool | Unset = True,
) -> (
    AppsManagementError400BadData
    | AppsManagementError401Unauthorized
    | AppsManagementError404NotFound
    | AppsManagementError500InternalServerError
    | GetOemConfigSchemaResponse200
    | None
):
    """
    Args:
        oem_type (GetOemConfigSchemaOemType):
        package_name (str):
        version_code (str | Unset):
        include_schema (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsManagementError400BadData | AppsManagementError401Unauthorized | AppsManagementError404NotFound | AppsManagementError500InternalServerError | GetOemConfigSchemaResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            oem_type=oem_type,
            package_name=package_name,
            version_code=version_code,
            include_schema=include_schema,
        )
    ).parsed
