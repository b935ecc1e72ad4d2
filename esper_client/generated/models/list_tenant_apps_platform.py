from typing import Literal, cast

ListTenantAppsPlatform = Literal["APPLE", "WINDOWS"]

LIST_TENANT_APPS_PLATFORM_VALUES: set[ListTenantAppsPlatform] = {
    "APPLE",
    "WINDOWS",
}


def check_list_tenant_apps_platform(value: str) -> ListTenantAppsPlatform:
    """Return `value` typed as ListTenantAppsPlatform.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_TENANT_APPS_PLATFORM_VALUES to tell.
    """
    return cast(ListTenantAppsPlatform, value)
