from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.list_dep_tokens_response_200 import ListDepTokensResponse200
from ...models.list_dep_tokens_state import ListDepTokensState
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    state: ListDepTokensState | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state

    params["state"] = json_state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tenant/v0/deptokens/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListDepTokensResponse200)),
        401: ("json", _rt.model(Error401Unauthorized)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error401Unauthorized | Error500InternalServerError | ListDepTokensResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    state: ListDepTokensState | Unset = UNSET,
) -> Response[Error401Unauthorized | Error500InternalServerError | ListDepTokensResponse200]:
    """List the tenant's DEP token records (the link to Apple Business Manager).

    Args:
        state (ListDepTokensState | Unset): Only records at this step; CSR_GENERATED has its
            public key made but no token yet, COMPLETED has the token.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error401Unauthorized | Error500InternalServerError | ListDepTokensResponse200]
    """

    kwargs = _get_kwargs(
        state=state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    state: ListDepTokensState | Unset = UNSET,
) -> ListDepTokensResponse200:
    """List the tenant's DEP token records (the link to Apple Business Manager).

    Args:
        state (ListDepTokensState | Unset): Only records at this step; CSR_GENERATED has its
            public key made but no token yet, COMPLETED has the token.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListDepTokensResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            state=state,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    state: ListDepTokensState | Unset = UNSET,
) -> Response[Error401Unauthorized | Error500InternalServerError | ListDepTokensResponse200]:
    """List the tenant's DEP token records (the link to Apple Business Manager).

    Args:
        state (ListDepTokensState | Unset): Only records at this step; CSR_GENERATED has its
            public key made but no token yet, COMPLETED has the token.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error401Unauthorized | Error500InternalServerError | ListDepTokensResponse200]
    """

    kwargs = _get_kwargs(
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    state: ListDepTokensState | Unset = UNSET,
) -> ListDepTokensResponse200:
    """List the tenant's DEP token records (the link to Apple Business Manager).

    Args:
        state (ListDepTokensState | Unset): Only records at this step; CSR_GENERATED has its
            public key made but no token yet, COMPLETED has the token.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListDepTokensResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            state=state,
        )
    )
