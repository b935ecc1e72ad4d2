from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_response import ErrorResponse
from ...models.patch_subscription_report_body import PatchSubscriptionReportBody
from ...models.subscription import Subscription
from ...types import UNSET, Unset


def _get_kwargs(
    subscription_id: int,
    *,
    body: PatchSubscriptionReportBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/enterprise/report/subscription/{path_segment(subscription_id)}/",
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
        200: ("json", _rt.model(Subscription)),
        400: ("json", _rt.model(ErrorResponse)),
        401: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[ErrorResponse | Subscription]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    subscription_id: int,
    *,
    client: ClientLike,
    body: PatchSubscriptionReportBody | Unset = UNSET,
) -> Response[ErrorResponse | Subscription]:
    """Change some fields of a report subscription.

    Args:
        subscription_id (int): The subscription's id (an integer).
        body (PatchSubscriptionReportBody | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | Subscription]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscription_id: int,
    *,
    client: ClientLike,
    body: PatchSubscriptionReportBody | Unset = UNSET,
) -> Subscription:
    """Change some fields of a report subscription.

    Args:
        subscription_id (int): The subscription's id (an integer).
        body (PatchSubscriptionReportBody | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Subscription
    """

    return _rt.parsed(
        sync_detailed(
            subscription_id=subscription_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    subscription_id: int,
    *,
    client: ClientLike,
    body: PatchSubscriptionReportBody | Unset = UNSET,
) -> Response[ErrorResponse | Subscription]:
    """Change some fields of a report subscription.

    Args:
        subscription_id (int): The subscription's id (an integer).
        body (PatchSubscriptionReportBody | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | Subscription]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_id: int,
    *,
    client: ClientLike,
    body: PatchSubscriptionReportBody | Unset = UNSET,
) -> Subscription:
    """Change some fields of a report subscription.

    Args:
        subscription_id (int): The subscription's id (an integer).
        body (PatchSubscriptionReportBody | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Subscription
    """

    return _rt.parsed(
        await asyncio_detailed(
            subscription_id=subscription_id,
            client=client,
            body=body,
        )
    )
