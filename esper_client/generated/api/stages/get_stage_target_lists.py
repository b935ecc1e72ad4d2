from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.get_stage_target_lists_response_200 import GetStageTargetListsResponse200
from ...models.get_stage_target_lists_type import GetStageTargetListsType
from ...types import UNSET, Unset


def _get_kwargs(
    stage_id: UUID | str,
    *,
    type_: GetStageTargetListsType | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/pipelines/v0/stages/{path_segment(stage_id)}/targetlists/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetStageTargetListsResponse200)),
        401: ("json", _rt.model(Error401Unauthorized)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error401Unauthorized | GetStageTargetListsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    stage_id: UUID | str,
    *,
    client: ClientLike,
    type_: GetStageTargetListsType | Unset = UNSET,
) -> Response[Error401Unauthorized | GetStageTargetListsResponse200]:
    """List the target lists attached to a pipeline stage.

    Args:
        stage_id (UUID | str): The stage's id (a UUID).
        type_ (GetStageTargetListsType | Unset): Only target lists of this kind (of groups, of
            devices or of collections).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error401Unauthorized | GetStageTargetListsResponse200]
    """

    kwargs = _get_kwargs(
        stage_id=stage_id,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stage_id: UUID | str,
    *,
    client: ClientLike,
    type_: GetStageTargetListsType | Unset = UNSET,
) -> GetStageTargetListsResponse200:
    """List the target lists attached to a pipeline stage.

    Args:
        stage_id (UUID | str): The stage's id (a UUID).
        type_ (GetStageTargetListsType | Unset): Only target lists of this kind (of groups, of
            devices or of collections).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetStageTargetListsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            stage_id=stage_id,
            client=client,
            type_=type_,
        )
    )


async def asyncio_detailed(
    stage_id: UUID | str,
    *,
    client: ClientLike,
    type_: GetStageTargetListsType | Unset = UNSET,
) -> Response[Error401Unauthorized | GetStageTargetListsResponse200]:
    """List the target lists attached to a pipeline stage.

    Args:
        stage_id (UUID | str): The stage's id (a UUID).
        type_ (GetStageTargetListsType | Unset): Only target lists of this kind (of groups, of
            devices or of collections).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error401Unauthorized | GetStageTargetListsResponse200]
    """

    kwargs = _get_kwargs(
        stage_id=stage_id,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stage_id: UUID | str,
    *,
    client: ClientLike,
    type_: GetStageTargetListsType | Unset = UNSET,
) -> GetStageTargetListsResponse200:
    """List the target lists attached to a pipeline stage.

    Args:
        stage_id (UUID | str): The stage's id (a UUID).
        type_ (GetStageTargetListsType | Unset): Only target lists of this kind (of groups, of
            devices or of collections).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetStageTargetListsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            stage_id=stage_id,
            client=client,
            type_=type_,
        )
    )
