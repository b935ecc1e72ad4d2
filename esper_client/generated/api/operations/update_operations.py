from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.update_operations_body import UpdateOperationsBody
from ...models.update_operations_response_200 import UpdateOperationsResponse200


def _get_kwargs(
    operation_id: UUID | str,
    *,
    body: UpdateOperationsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/v0/operations/{path_segment(operation_id)}/",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(UpdateOperationsResponse200)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[UpdateOperationsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    operation_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateOperationsBody,
) -> Response[UpdateOperationsResponse200]:
    """Change an operation; in practice, its status.

    Args:
        operation_id (UUID | str): The operation's id (a UUID), as createOperation returned it.
        body (UpdateOperationsBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[UpdateOperationsResponse200]
    """

    kwargs = _get_kwargs(
        operation_id=operation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    operation_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateOperationsBody,
) -> UpdateOperationsResponse200:
    """Change an operation; in practice, its status.

    Args:
        operation_id (UUID | str): The operation's id (a UUID), as createOperation returned it.
        body (UpdateOperationsBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        UpdateOperationsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            operation_id=operation_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    operation_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateOperationsBody,
) -> Response[UpdateOperationsResponse200]:
    """Change an operation; in practice, its status.

    Args:
        operation_id (UUID | str): The operation's id (a UUID), as createOperation returned it.
        body (UpdateOperationsBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[UpdateOperationsResponse200]
    """

    kwargs = _get_kwargs(
        operation_id=operation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    operation_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateOperationsBody,
) -> UpdateOperationsResponse200:
    """Change an operation; in practice, its status.

    Args:
        operation_id (UUID | str): The operation's id (a UUID), as createOperation returned it.
        body (UpdateOperationsBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        UpdateOperationsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            operation_id=operation_id,
            client=client,
            body=body,
        )
    )
