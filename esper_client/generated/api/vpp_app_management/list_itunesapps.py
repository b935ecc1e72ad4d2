from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.list_itunesapps_response_200 import ListItunesappsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    app_id: UUID | Unset = UNSET,
    version_id: UUID | Unset = UNSET,
    apple_app_id: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_app_id: str | Unset = UNSET
    if not isinstance(app_id, Unset):
        json_app_id = str(app_id)
    params["app_id"] = json_app_id

    json_version_id: str | Unset = UNSET
    if not isinstance(version_id, Unset):
        json_version_id = str(version_id)
    params["version_id"] = json_version_id

    params["apple_app_id"] = apple_app_id

    params["country_code"] = country_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/itunesapps",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListItunesappsResponse200)),
        400: ("json", _rt.model(Error400BadData)),
        401: ("json", _rt.model(Error401Unauthorized)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListItunesappsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    app_id: UUID | Unset = UNSET,
    version_id: UUID | Unset = UNSET,
    apple_app_id: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListItunesappsResponse200]:
    """Look up App Store details of iOS apps, by Esper app or version id or by Apple app id.

    Args:
        app_id (UUID | Unset): The Esper id of the app (a UUID).
        version_id (UUID | Unset): The Esper id of one version of the app (a UUID).
        apple_app_id (str | Unset): The app's App Store id.
        country_code (str | Unset): The App Store country to read from, as a lower-case ISO
            country code (us, gb, de); us when left out.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListItunesappsResponse200]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        version_id=version_id,
        apple_app_id=apple_app_id,
        country_code=country_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    app_id: UUID | Unset = UNSET,
    version_id: UUID | Unset = UNSET,
    apple_app_id: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
) -> ListItunesappsResponse200:
    """Look up App Store details of iOS apps, by Esper app or version id or by Apple app id.

    Args:
        app_id (UUID | Unset): The Esper id of the app (a UUID).
        version_id (UUID | Unset): The Esper id of one version of the app (a UUID).
        apple_app_id (str | Unset): The app's App Store id.
        country_code (str | Unset): The App Store country to read from, as a lower-case ISO
            country code (us, gb, de); us when left out.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListItunesappsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            app_id=app_id,
            version_id=version_id,
            apple_app_id=apple_app_id,
            country_code=country_code,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    app_id: UUID | Unset = UNSET,
    version_id: UUID | Unset = UNSET,
    apple_app_id: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
) -> Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListItunesappsResponse200]:
    """Look up App Store details of iOS apps, by Esper app or version id or by Apple app id.

    Args:
        app_id (UUID | Unset): The Esper id of the app (a UUID).
        version_id (UUID | Unset): The Esper id of one version of the app (a UUID).
        apple_app_id (str | Unset): The app's App Store id.
        country_code (str | Unset): The App Store country to read from, as a lower-case ISO
            country code (us, gb, de); us when left out.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListItunesappsResponse200]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        version_id=version_id,
        apple_app_id=apple_app_id,
        country_code=country_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    app_id: UUID | Unset = UNSET,
    version_id: UUID | Unset = UNSET,
    apple_app_id: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
) -> ListItunesappsResponse200:
    """Look up App Store details of iOS apps, by Esper app or version id or by Apple app id.

    Args:
        app_id (UUID | Unset): The Esper id of the app (a UUID).
        version_id (UUID | Unset): The Esper id of one version of the app (a UUID).
        apple_app_id (str | Unset): The app's App Store id.
        country_code (str | Unset): The App Store country to read from, as a lower-case ISO
            country code (us, gb, de); us when left out.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListItunesappsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            app_id=app_id,
            version_id=version_id,
            apple_app_id=apple_app_id,
            country_code=country_code,
        )
    )
