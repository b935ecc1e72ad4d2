from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.enterprise_policy import EnterprisePolicy
from ...models.enterprise_policy_partial_update import EnterprisePolicyPartialUpdate
from ...models.error_response import ErrorResponse


def _get_kwargs(
    enterprise_id: UUID | str,
    policy_id: int,
    *,
    body: EnterprisePolicyPartialUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/enterprise/{path_segment(enterprise_id)}/policy/{path_segment(policy_id)}/",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(EnterprisePolicy)),
        400: ("json", _rt.model(ErrorResponse)),
        401: ("json", _rt.model(ErrorResponse)),
        403: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[EnterprisePolicy | ErrorResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    policy_id: int,
    *,
    client: ClientLike,
    body: EnterprisePolicyPartialUpdate,
) -> Response[EnterprisePolicy | ErrorResponse]:
    """Change some fields of a device policy.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        policy_id (int): The policy's id (an integer).
        body (EnterprisePolicyPartialUpdate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

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
    enterprise_id: UUID | str,
    policy_id: int,
    *,
    client: ClientLike,
    body: EnterprisePolicyPartialUpdate,
) -> EnterprisePolicy:
    """Change some fields of a device policy.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        policy_id (int): The policy's id (an integer).
        body (EnterprisePolicyPartialUpdate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        EnterprisePolicy
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            policy_id=policy_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    policy_id: int,
    *,
    client: ClientLike,
    body: EnterprisePolicyPartialUpdate,
) -> Response[EnterprisePolicy | ErrorResponse]:
    """Change some fields of a device policy.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        policy_id (int): The policy's id (an integer).
        body (EnterprisePolicyPartialUpdate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

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
    enterprise_id: UUID | str,
    policy_id: int,
    *,
    client: ClientLike,
    body: EnterprisePolicyPartialUpdate,
) -> EnterprisePolicy:
    """Change some fields of a device policy.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        policy_id (int): The policy's id (an integer).
        body (EnterprisePolicyPartialUpdate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        EnterprisePolicy
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            policy_id=policy_id,
            client=client,
            body=body,
        )
    )
