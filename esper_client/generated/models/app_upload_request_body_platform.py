"""The platform the app is for."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    AppUploadRequestBodyPlatform = Literal["APPLE", "WINDOWS"]
else:
    AppUploadRequestBodyPlatform = _rt.documented_literal(Literal["APPLE", "WINDOWS"], __doc__)

APP_UPLOAD_REQUEST_BODY_PLATFORM_VALUES: set[AppUploadRequestBodyPlatform] = {
    "APPLE",
    "WINDOWS",
}


def check_app_upload_request_body_platform(value: str) -> AppUploadRequestBodyPlatform:
    """Return `value` typed as AppUploadRequestBodyPlatform.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_UPLOAD_REQUEST_BODY_PLATFORM_VALUES to tell.
    """
    return cast(AppUploadRequestBodyPlatform, value)
