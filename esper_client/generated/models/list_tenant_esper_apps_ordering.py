"""Field to sort by; a leading '-' sorts in descending order."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ListTenantEsperAppsOrdering = Literal[
        "-created_at (descending)", "-version_code (descending)", "created_at (ascending)", "version_code (ascending)"
    ]
else:
    ListTenantEsperAppsOrdering = _rt.documented_literal(
        Literal[
            "-created_at (descending)",
            "-version_code (descending)",
            "created_at (ascending)",
            "version_code (ascending)",
        ],
        __doc__,
    )

LIST_TENANT_ESPER_APPS_ORDERING_VALUES: set[ListTenantEsperAppsOrdering] = {
    "-created_at (descending)",
    "-version_code (descending)",
    "created_at (ascending)",
    "version_code (ascending)",
}


def check_list_tenant_esper_apps_ordering(value: str) -> ListTenantEsperAppsOrdering:
    """Return `value` typed as ListTenantEsperAppsOrdering.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_TENANT_ESPER_APPS_ORDERING_VALUES to tell.
    """
    return cast(ListTenantEsperAppsOrdering, value)
