from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_response import ErrorResponse
from ...models.google_web_token import GoogleWebToken
from ...models.google_web_token_update_no_requirements import GoogleWebTokenUpdateNoRequirements
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    emm_id: int,
    webtoken_id: UUID | str,
    *,
    body: GoogleWebTokenUpdateNoRequirements | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/v0/enterprise/{path_segment(enterprise_id)}/emm/{path_segment(emm_id)}/webtoken/{path_segment(webtoken_id)}",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GoogleWebToken)),
        400: ("json", _rt.model(ErrorResponse)),
        401: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[ErrorResponse | GoogleWebToken]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    emm_id: int,
    webtoken_id: UUID | str,
    *,
    client: ClientLike,
    body: GoogleWebTokenUpdateNoRequirements | Unset = UNSET,
) -> Response[ErrorResponse | GoogleWebToken]:
    """Change some fields of a Play iframe web token.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        webtoken_id (str): The web token's id.
        body (GoogleWebTokenUpdateNoRequirements | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GoogleWebToken]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        emm_id=emm_id,
        webtoken_id=webtoken_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    emm_id: int,
    webtoken_id: UUID | str,
    *,
    client: ClientLike,
    body: GoogleWebTokenUpdateNoRequirements | Unset = UNSET,
) -> GoogleWebToken:
    """Change some fields of a Play iframe web token.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        webtoken_id (str): The web token's id.
        body (GoogleWebTokenUpdateNoRequirements | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoogleWebToken
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            emm_id=emm_id,
            webtoken_id=webtoken_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    emm_id: int,
    webtoken_id: UUID | str,
    *,
    client: ClientLike,
    body: GoogleWebTokenUpdateNoRequirements | Unset = UNSET,
) -> Response[ErrorResponse | GoogleWebToken]:
    """Change some fields of a Play iframe web token.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        webtoken_id (str): The web token's id.
        body (GoogleWebTokenUpdateNoRequirements | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GoogleWebToken]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        emm_id=emm_id,
        webtoken_id=webtoken_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    emm_id: int,
    webtoken_id: UUID | str,
    *,
    client: ClientLike,
    body: GoogleWebTokenUpdateNoRequirements | Unset = UNSET,
) -> GoogleWebToken:
    """Change some fields of a Play iframe web token.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        webtoken_id (str): The web token's id.
        body (GoogleWebTokenUpdateNoRequirements | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoogleWebToken
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            emm_id=emm_id,
            webtoken_id=webtoken_id,
            client=client,
            body=body,
        )
    )
