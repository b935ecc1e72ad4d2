from typing import Literal, cast

TenantAppResponsePlatform = Literal["APPLE", "WINDOWS"]

TENANT_APP_RESPONSE_PLATFORM_VALUES: set[TenantAppResponsePlatform] = {
    "APPLE",
    "WINDOWS",
}


def check_tenant_app_response_platform(value: str) -> TenantAppResponsePlatform:
    """Return `value` typed as TenantAppResponsePlatform.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against TENANT_APP_RESPONSE_PLATFORM_VALUES to tell.
    """
    return cast(TenantAppResponsePlatform, value)
