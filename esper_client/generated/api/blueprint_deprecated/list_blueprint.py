from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_response import ErrorResponse
from ...models.list_blueprint_response_200 import ListBlueprintResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    *,
    without_details: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["without_details"] = without_details

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/enterprise/{path_segment(enterprise_id)}/devicegroup/{path_segment(group_id)}/blueprint/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListBlueprintResponse200)),
    },
    ranges=(),
    default=("json", _rt.model(ErrorResponse)),
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | ListBlueprintResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    *,
    client: ClientLike,
    without_details: bool | Unset = UNSET,
) -> Response[ErrorResponse | ListBlueprintResponse200]:
    """List a group's blueprints (old group-based API, being retired; prefer the Blueprints calls).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        group_id (UUID | str): The device group's id (a UUID).
        without_details (bool | Unset): True asks for the blueprints without their details.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | ListBlueprintResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        group_id=group_id,
        without_details=without_details,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    *,
    client: ClientLike,
    without_details: bool | Unset = UNSET,
) -> ListBlueprintResponse200:
    """List a group's blueprints (old group-based API, being retired; prefer the Blueprints calls).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        group_id (UUID | str): The device group's id (a UUID).
        without_details (bool | Unset): True asks for the blueprints without their details.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListBlueprintResponse200
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            group_id=group_id,
            client=client,
            without_details=without_details,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    *,
    client: ClientLike,
    without_details: bool | Unset = UNSET,
) -> Response[ErrorResponse | ListBlueprintResponse200]:
    """List a group's blueprints (old group-based API, being retired; prefer the Blueprints calls).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        group_id (UUID | str): The device group's id (a UUID).
        without_details (bool | Unset): True asks for the blueprints without their details.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | ListBlueprintResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        group_id=group_id,
        without_details=without_details,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    *,
    client: ClientLike,
    without_details: bool | Unset = UNSET,
) -> ListBlueprintResponse200:
    """List a group's blueprints (old group-based API, being retired; prefer the Blueprints calls).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        group_id (UUID | str): The device group's id (a UUID).
        without_details (bool | Unset): True asks for the blueprints without their details.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListBlueprintResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            group_id=group_id,
            client=client,
            without_details=without_details,
        )
    )
