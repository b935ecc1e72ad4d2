from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.app_version_v1 import AppVersionV1
from ...models.error_response import ErrorResponse
from ...models.patch_app_version_v1_body import PatchAppVersionV1Body
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    application_id: UUID | str,
    version_id: UUID | str,
    *,
    body: PatchAppVersionV1Body | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/v1/enterprise/{path_segment(enterprise_id)}/application/{path_segment(application_id)}/version/{path_segment(version_id)}/",
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
        200: ("json", _rt.model(AppVersionV1)),
        400: ("json", _rt.model(ErrorResponse)),
        401: ("json", _rt.model(ErrorResponse)),
        403: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[AppVersionV1 | ErrorResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    application_id: UUID | str,
    version_id: UUID | str,
    *,
    client: ClientLike,
    body: PatchAppVersionV1Body | Unset = UNSET,
) -> Response[AppVersionV1 | ErrorResponse]:
    """Change some fields of an app version (v1 API).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        application_id (UUID | str): The app's id (a UUID).
        version_id (UUID | str): The app version's id (a UUID).
        body (PatchAppVersionV1Body | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[AppVersionV1 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        application_id=application_id,
        version_id=version_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    application_id: UUID | str,
    version_id: UUID | str,
    *,
    client: ClientLike,
    body: PatchAppVersionV1Body | Unset = UNSET,
) -> AppVersionV1:
    """Change some fields of an app version (v1 API).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        application_id (UUID | str): The app's id (a UUID).
        version_id (UUID | str): The app version's id (a UUID).
        body (PatchAppVersionV1Body | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        AppVersionV1
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            application_id=application_id,
            version_id=version_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    application_id: UUID | str,
    version_id: UUID | str,
    *,
    client: ClientLike,
    body: PatchAppVersionV1Body | Unset = UNSET,
) -> Response[AppVersionV1 | ErrorResponse]:
    """Change some fields of an app version (v1 API).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        application_id (UUID | str): The app's id (a UUID).
        version_id (UUID | str): The app version's id (a UUID).
        body (PatchAppVersionV1Body | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[AppVersionV1 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        application_id=application_id,
        version_id=version_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    application_id: UUID | str,
    version_id: UUID | str,
    *,
    client: ClientLike,
    body: PatchAppVersionV1Body | Unset = UNSET,
) -> AppVersionV1:
    """Change some fields of an app version (v1 API).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        application_id (UUID | str): The app's id (a UUID).
        version_id (UUID | str): The app version's id (a UUID).
        body (PatchAppVersionV1Body | Unset):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        AppVersionV1
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            application_id=application_id,
            version_id=version_id,
            client=client,
            body=body,
        )
    )
