from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.upload_data_body import UploadDataBody
from ...models.upload_files_body import UploadFilesBody
from ...models.upload_response_201 import UploadResponse201
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: str,
    *,
    body: UploadDataBody | UploadFilesBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/enterprise/{path_segment(enterprise_id)}/application/upload/",
    }

    if isinstance(body, UploadDataBody):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if isinstance(body, UploadFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> ErrorResponse | UploadResponse201 | None:
    if response.status_code == 201:
        response_201 = UploadResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[ErrorResponse | UploadResponse201]:
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
    enterprise_id: str,
    *,
    client: ClientLike,
    body: UploadDataBody | UploadFilesBody | Unset = UNSET,
) -> Response[ErrorResponse | UploadResponse201]:
    """Upload an APK to the enterprise's app library.

    Args:
        enterprise_id (str):
        body (UploadDataBody):
        body (UploadFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UploadResponse201]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: str,
    *,
    client: ClientLike,
    body: UploadDataBody | UploadFilesBody | Unset = UNSET,
) -> ErrorResponse | UploadResponse201 | None:
    """Upload an APK to the enterprise's app library.

    Args:
        enterprise_id (str):
        body (UploadDataBody):
        body (UploadFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UploadResponse201
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    enterprise_id: str,
    *,
    client: ClientLike,
    body: UploadDataBody | UploadFilesBody | Unset = UNSET,
) -> Response[ErrorResponse | UploadResponse201]:
    """Upload an APK to the enterprise's app library.

    Args:
        enterprise_id (str):
        body (UploadDataBody):
        body (UploadFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UploadResponse201]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: str,
    *,
    client: ClientLike,
    body: UploadDataBody | UploadFilesBody | Unset = UNSET,
) -> ErrorResponse | UploadResponse201 | None:
    """Upload an APK to the enterprise's app library.

    Args:
        enterprise_id (str):
        body (UploadDataBody):
        body (UploadFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UploadResponse201
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
            body=body,
        )
    ).parsed
