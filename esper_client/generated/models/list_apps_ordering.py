"""Field to sort by."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ListAppsOrdering = Literal["created_at", "name", "updated_at"]
else:
    ListAppsOrdering = _rt.documented_literal(Literal["created_at", "name", "updated_at"], __doc__)

LIST_APPS_ORDERING_VALUES: set[ListAppsOrdering] = {
    "created_at",
    "name",
    "updated_at",
}


def check_list_apps_ordering(value: str) -> ListAppsOrdering:
    """Return `value` typed as ListAppsOrdering.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_APPS_ORDERING_VALUES to tell.
    """
    return cast(ListAppsOrdering, value)
