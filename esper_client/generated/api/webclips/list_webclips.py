from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, response_body_error

from ... import errors
from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.list_webclips_response_200 import ListWebclipsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    label: str | Unset = UNSET,
    exact_esper_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["label"] = label

    params["exact_esper_name"] = exact_esper_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/webclips",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> Error400BadData | Error401Unauthorized | Error500InternalServerError | ListWebclipsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListWebclipsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error400BadData.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error401Unauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = Error500InternalServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListWebclipsResponse200]:
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
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    label: str | Unset = UNSET,
    exact_esper_name: str | Unset = UNSET,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListWebclipsResponse200]:
    """
    Args:
        limit (float | Unset):
        offset (float | Unset):
        label (str | Unset):
        exact_esper_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListWebclipsResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        label=label,
        exact_esper_name=exact_esper_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    label: str | Unset = UNSET,
    exact_esper_name: str | Unset = UNSET,
) -> Error400BadData | Error401Unauthorized | Error500InternalServerError | ListWebclipsResponse200 | None:
    """
    Args:
        limit (float | Unset):
        offset (float | Unset):
        label (str | Unset):
        exact_esper_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error400BadData | Error401Unauthorized | Error500InternalServerError | ListWebclipsResponse200
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        label=label,
        exact_esper_name=exact_esper_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: ClientLike,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    label: str | Unset = UNSET,
    exact_esper_name: str | Unset = UNSET,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListWebclipsResponse200]:
    """
    Args:
        limit (float | Unset):
        offset (float | Unset):
        label (str | Unset):
        exact_esper_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListWebclipsResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        label=label,
        exact_esper_name=exact_esper_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    label: str | Unset = UNSET,
    exact_esper_name: str | Unset = UNSET,
) -> Error400BadData | Error401Unauthorized | Error500InternalServerError | ListWebclipsResponse200 | None:
    """
    Args:
        limit (float | Unset):
        offset (float | Unset):
        label (str | Unset):
        exact_esper_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error400BadData | Error401Unauthorized | Error500InternalServerError | ListWebclipsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            label=label,
            exact_esper_name=exact_esper_name,
        )
    ).parsed
