from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.alarm_rule import AlarmRule
from ...models.error_response import ErrorResponse
from ...models.update_alarm_rule import UpdateAlarmRule
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    alarm_id: UUID | str,
    *,
    body: UpdateAlarmRule | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/v1/enterprise/{path_segment(enterprise_id)}/alarmrules/{path_segment(alarm_id)}/",
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
        200: ("json", _rt.model(AlarmRule)),
        400: ("json", _rt.model(ErrorResponse)),
        401: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[AlarmRule | ErrorResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    alarm_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateAlarmRule | Unset = UNSET,
) -> Response[AlarmRule | ErrorResponse]:
    """Change some fields of an alarm rule; fields left out keep their values.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        alarm_id (str): The alarm rule's id (a UUID).
        body (UpdateAlarmRule | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlarmRule | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        alarm_id=alarm_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    alarm_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateAlarmRule | Unset = UNSET,
) -> AlarmRule:
    """Change some fields of an alarm rule; fields left out keep their values.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        alarm_id (str): The alarm rule's id (a UUID).
        body (UpdateAlarmRule | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlarmRule
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            alarm_id=alarm_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    alarm_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateAlarmRule | Unset = UNSET,
) -> Response[AlarmRule | ErrorResponse]:
    """Change some fields of an alarm rule; fields left out keep their values.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        alarm_id (str): The alarm rule's id (a UUID).
        body (UpdateAlarmRule | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlarmRule | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        alarm_id=alarm_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    alarm_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateAlarmRule | Unset = UNSET,
) -> AlarmRule:
    """Change some fields of an alarm rule; fields left out keep their values.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        alarm_id (str): The alarm rule's id (a UUID).
        body (UpdateAlarmRule | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlarmRule
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            alarm_id=alarm_id,
            client=client,
            body=body,
        )
    )
