from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.get_pipelines_ordering import GetPipelinesOrdering
from ...models.get_pipelines_response_200 import GetPipelinesResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    default: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: GetPipelinesOrdering | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["default"] = default

    params["name"] = name

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering

    params["ordering"] = json_ordering

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pipelines/v0/pipelines/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetPipelinesResponse200)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[GetPipelinesResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    default: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: GetPipelinesOrdering | Unset = UNSET,
) -> Response[GetPipelinesResponse200]:
    """List the enterprise's pipelines (staged rollouts), leaving out deleted ones.

    Args:
        default (bool | Unset): True for only the default pipeline, false for only the others.
        name (str | Unset): Only pipelines with this name.
        ordering (GetPipelinesOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GetPipelinesResponse200]
    """

    kwargs = _get_kwargs(
        default=default,
        name=name,
        ordering=ordering,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    default: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: GetPipelinesOrdering | Unset = UNSET,
) -> GetPipelinesResponse200:
    """List the enterprise's pipelines (staged rollouts), leaving out deleted ones.

    Args:
        default (bool | Unset): True for only the default pipeline, false for only the others.
        name (str | Unset): Only pipelines with this name.
        ordering (GetPipelinesOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetPipelinesResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            default=default,
            name=name,
            ordering=ordering,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    default: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: GetPipelinesOrdering | Unset = UNSET,
) -> Response[GetPipelinesResponse200]:
    """List the enterprise's pipelines (staged rollouts), leaving out deleted ones.

    Args:
        default (bool | Unset): True for only the default pipeline, false for only the others.
        name (str | Unset): Only pipelines with this name.
        ordering (GetPipelinesOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GetPipelinesResponse200]
    """

    kwargs = _get_kwargs(
        default=default,
        name=name,
        ordering=ordering,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    default: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: GetPipelinesOrdering | Unset = UNSET,
) -> GetPipelinesResponse200:
    """List the enterprise's pipelines (staged rollouts), leaving out deleted ones.

    Args:
        default (bool | Unset): True for only the default pipeline, false for only the others.
        name (str | Unset): Only pipelines with this name.
        ordering (GetPipelinesOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetPipelinesResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            default=default,
            name=name,
            ordering=ordering,
        )
    )
