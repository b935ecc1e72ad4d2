from typing import Literal, cast

AppUploadRequestBodyPlatform = Literal["APPLE", "WINDOWS"]

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
