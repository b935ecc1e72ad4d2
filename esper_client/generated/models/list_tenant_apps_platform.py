"""Only apps for this platform."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ListTenantAppsPlatform = Literal["APPLE", "WINDOWS"]
else:
    ListTenantAppsPlatform = _rt.documented_literal(Literal["APPLE", "WINDOWS"], __doc__)

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
