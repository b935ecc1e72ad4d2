from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.generic_error_response import GenericErrorResponse
from ...models.get_role_url_response_200 import GetRoleUrlResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    role_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["name"] = name

    params["role_type"] = role_type

    params["limit"] = limit

    params["offset"] = offset

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/authz2/v1/roles/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetRoleUrlResponse200)),
        400: ("json", _rt.model(GenericErrorResponse)),
        401: ("json", _rt.model(GenericErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GenericErrorResponse | GetRoleUrlResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    name: str | Unset = UNSET,
    role_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[GenericErrorResponse | GetRoleUrlResponse200]:
    """List the tenant's user roles.

    Args:
        name (str | Unset): Only roles with this name.
        role_type (str | Unset): Only roles of this role type (the role_type number a role
            carries).
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        sort (str | Unset): Field to sort by; a leading '-' sorts in descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GenericErrorResponse | GetRoleUrlResponse200]
    """

    kwargs = _get_kwargs(
        name=name,
        role_type=role_type,
        limit=limit,
        offset=offset,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    name: str | Unset = UNSET,
    role_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> GetRoleUrlResponse200:
    """List the tenant's user roles.

    Args:
        name (str | Unset): Only roles with this name.
        role_type (str | Unset): Only roles of this role type (the role_type number a role
            carries).
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        sort (str | Unset): Field to sort by; a leading '-' sorts in descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetRoleUrlResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            name=name,
            role_type=role_type,
            limit=limit,
            offset=offset,
            sort=sort,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    name: str | Unset = UNSET,
    role_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[GenericErrorResponse | GetRoleUrlResponse200]:
    """List the tenant's user roles.

    Args:
        name (str | Unset): Only roles with this name.
        role_type (str | Unset): Only roles of this role type (the role_type number a role
            carries).
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        sort (str | Unset): Field to sort by; a leading '-' sorts in descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GenericErrorResponse | GetRoleUrlResponse200]
    """

    kwargs = _get_kwargs(
        name=name,
        role_type=role_type,
        limit=limit,
        offset=offset,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    name: str | Unset = UNSET,
    role_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> GetRoleUrlResponse200:
    """List the tenant's user roles.

    Args:
        name (str | Unset): Only roles with this name.
        role_type (str | Unset): Only roles of this role type (the role_type number a role
            carries).
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        sort (str | Unset): Field to sort by; a leading '-' sorts in descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetRoleUrlResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            name=name,
            role_type=role_type,
            limit=limit,
            offset=offset,
            sort=sort,
        )
    )
