"""Only builds for this CPU architecture (universal fits all)."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ListTenantEsperAppsArchitecture = Literal["arm64_v8a", "armeabi", "armeabi_v7a", "universal", "x86", "x86_64"]
else:
    ListTenantEsperAppsArchitecture = _rt.documented_literal(
        Literal["arm64_v8a", "armeabi", "armeabi_v7a", "universal", "x86", "x86_64"], __doc__
    )

LIST_TENANT_ESPER_APPS_ARCHITECTURE_VALUES: set[ListTenantEsperAppsArchitecture] = {
    "arm64_v8a",
    "armeabi",
    "armeabi_v7a",
    "universal",
    "x86",
    "x86_64",
}


def check_list_tenant_esper_apps_architecture(value: str) -> ListTenantEsperAppsArchitecture:
    """Return `value` typed as ListTenantEsperAppsArchitecture.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_TENANT_ESPER_APPS_ARCHITECTURE_VALUES to tell.
    """
    return cast(ListTenantEsperAppsArchitecture, value)
