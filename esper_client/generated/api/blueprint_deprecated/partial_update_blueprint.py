from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.blueprint import Blueprint
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    blueprint_id: UUID | str,
    *,
    body: Blueprint,
    without_details: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["without_details"] = without_details

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/enterprise/{path_segment(enterprise_id)}/devicegroup/{path_segment(group_id)}/blueprint/{path_segment(blueprint_id)}/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(Blueprint)),
        400: ("json", _rt.model(ErrorResponse)),
        401: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[Blueprint | ErrorResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
    body: Blueprint,
    without_details: bool | Unset = UNSET,
) -> Response[Blueprint | ErrorResponse]:
    """Change some fields of a group's blueprint (old group-based API, being retired).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        group_id (UUID | str): The device group's id (a UUID).
        blueprint_id (UUID | str): The blueprint's id (a UUID).
        without_details (bool | Unset): True asks for the answer without the blueprint's details.
        body (Blueprint):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Blueprint | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        group_id=group_id,
        blueprint_id=blueprint_id,
        body=body,
        without_details=without_details,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
    body: Blueprint,
    without_details: bool | Unset = UNSET,
) -> Blueprint:
    """Change some fields of a group's blueprint (old group-based API, being retired).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        group_id (UUID | str): The device group's id (a UUID).
        blueprint_id (UUID | str): The blueprint's id (a UUID).
        without_details (bool | Unset): True asks for the answer without the blueprint's details.
        body (Blueprint):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Blueprint
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            group_id=group_id,
            blueprint_id=blueprint_id,
            client=client,
            body=body,
            without_details=without_details,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
    body: Blueprint,
    without_details: bool | Unset = UNSET,
) -> Response[Blueprint | ErrorResponse]:
    """Change some fields of a group's blueprint (old group-based API, being retired).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        group_id (UUID | str): The device group's id (a UUID).
        blueprint_id (UUID | str): The blueprint's id (a UUID).
        without_details (bool | Unset): True asks for the answer without the blueprint's details.
        body (Blueprint):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Blueprint | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        group_id=group_id,
        blueprint_id=blueprint_id,
        body=body,
        without_details=without_details,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
    body: Blueprint,
    without_details: bool | Unset = UNSET,
) -> Blueprint:
    """Change some fields of a group's blueprint (old group-based API, being retired).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        group_id (UUID | str): The device group's id (a UUID).
        blueprint_id (UUID | str): The blueprint's id (a UUID).
        without_details (bool | Unset): True asks for the answer without the blueprint's details.
        body (Blueprint):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Blueprint
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            group_id=group_id,
            blueprint_id=blueprint_id,
            client=client,
            body=body,
            without_details=without_details,
        )
    )
