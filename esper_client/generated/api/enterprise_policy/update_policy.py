from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.enterprise_policy import EnterprisePolicy
from ...models.enterprise_policy_write import EnterprisePolicyWrite
from ...models.error_response import ErrorResponse


def _get_kwargs(
    enterprise_id: UUID,
    policy_id: int,
    *,
    body: EnterprisePolicyWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/enterprise/{path_segment(enterprise_id)}/policy/{path_segment(policy_id)}/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> EnterprisePolicy | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EnterprisePolicy.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[EnterprisePolicy | ErrorResponse]:
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
    enterprise_id: UUID,
    policy_id: int,
    *,
    client: ClientLike,
    body: EnterprisePolicyWrite,
) -> Response[EnterprisePolicy | ErrorResponse]:
    """
    Args:
        enterprise_id (UUID):
        policy_id (int):
        body (EnterprisePolicyWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnterprisePolicy | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        policy_id=policy_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID,
    policy_id: int,
    *,
    client: ClientLike,
    body: EnterprisePolicyWrite,
) -> EnterprisePolicy | ErrorResponse | None:
    """
    Args:
        enterprise_id (UUID):
        policy_id (int):
        body (EnterprisePolicyWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnterprisePolicy | ErrorResponse
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        policy_id=policy_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    enterprise_id: UUID,
    policy_id: int,
    *,
    client: ClientLike,
    body: EnterprisePolicyWrite,
) -> Response[EnterprisePolicy | ErrorResponse]:
    """
    Args:
        enterprise_id (UUID):
        policy_id (int):
        body (EnterprisePolicyWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnterprisePolicy | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        policy_id=policy_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID,
    policy_id: int,
    *,
    client: ClientLike,
    body: EnterprisePolicyWrite,
) -> EnterprisePolicy | ErrorResponse | None:
    """
    Args:
        enterprise_id (UUID):
        policy_id (int):
        body (EnterprisePolicyWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnterprisePolicy | ErrorResponse
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            policy_id=policy_id,
            client=client,
            body=body,
        )
    ).parsed
