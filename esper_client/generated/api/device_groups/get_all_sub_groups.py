from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.error_response import ErrorResponse
from ...models.get_all_sub_groups_response_200 import GetAllSubGroupsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    parent_group_ids: str,
    immediate: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["parent_group_ids"] = parent_group_ids

    params["immediate"] = immediate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/subgroups",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetAllSubGroupsResponse200)),
        400: ("json", _rt.model(ErrorResponse)),
        401: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | GetAllSubGroupsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    parent_group_ids: str,
    immediate: bool | Unset = UNSET,
) -> Response[ErrorResponse | GetAllSubGroupsResponse200]:
    """List the child groups of one or more groups.

    Args:
        parent_group_ids (str): Ids of the parent groups, comma-separated.
        immediate (bool | Unset): True for only the direct children; false for every group below
            each parent. Default: False.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | GetAllSubGroupsResponse200]
    """

    kwargs = _get_kwargs(
        parent_group_ids=parent_group_ids,
        immediate=immediate,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    parent_group_ids: str,
    immediate: bool | Unset = UNSET,
) -> GetAllSubGroupsResponse200:
    """List the child groups of one or more groups.

    Args:
        parent_group_ids (str): Ids of the parent groups, comma-separated.
        immediate (bool | Unset): True for only the direct children; false for every group below
            each parent. Default: False.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetAllSubGroupsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            parent_group_ids=parent_group_ids,
            immediate=immediate,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    parent_group_ids: str,
    immediate: bool | Unset = UNSET,
) -> Response[ErrorResponse | GetAllSubGroupsResponse200]:
    """List the child groups of one or more groups.

    Args:
        parent_group_ids (str): Ids of the parent groups, comma-separated.
        immediate (bool | Unset): True for only the direct children; false for every group below
            each parent. Default: False.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | GetAllSubGroupsResponse200]
    """

    kwargs = _get_kwargs(
        parent_group_ids=parent_group_ids,
        immediate=immediate,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    parent_group_ids: str,
    immediate: bool | Unset = UNSET,
) -> GetAllSubGroupsResponse200:
    """List the child groups of one or more groups.

    Args:
        parent_group_ids (str): Ids of the parent groups, comma-separated.
        immediate (bool | Unset): True for only the direct children; false for every group below
            each parent. Default: False.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetAllSubGroupsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            parent_group_ids=parent_group_ids,
            immediate=immediate,
        )
    )
