from typing import Literal, cast

TenantAppVersionResponseAppType = Literal["TENANT_IOS", "TENANT_WINDOWS"]

TENANT_APP_VERSION_RESPONSE_APP_TYPE_VALUES: set[TenantAppVersionResponseAppType] = {
    "TENANT_IOS",
    "TENANT_WINDOWS",
}


def check_tenant_app_version_response_app_type(value: str) -> TenantAppVersionResponseAppType:
    """Return `value` typed as TenantAppVersionResponseAppType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against TENANT_APP_VERSION_RESPONSE_APP_TYPE_VALUES to tell.
    """
    return cast(TenantAppVersionResponseAppType, value)
