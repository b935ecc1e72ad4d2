from typing import Literal, cast

TenantAppUploadResponsePlatform = Literal["APPLE", "WINDOWS"]

TENANT_APP_UPLOAD_RESPONSE_PLATFORM_VALUES: set[TenantAppUploadResponsePlatform] = {
    "APPLE",
    "WINDOWS",
}


def check_tenant_app_upload_response_platform(value: str) -> TenantAppUploadResponsePlatform:
    """Return `value` typed as TenantAppUploadResponsePlatform.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against TENANT_APP_UPLOAD_RESPONSE_PLATFORM_VALUES to tell.
    """
    return cast(TenantAppUploadResponsePlatform, value)
