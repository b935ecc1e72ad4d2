"""Only devices configured by a blueprint (BLUEPRINT) or by a template (TEMPLATE)."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ListDevicesManagedBy = Literal["BLUEPRINT", "TEMPLATE"]
else:
    ListDevicesManagedBy = _rt.documented_literal(Literal["BLUEPRINT", "TEMPLATE"], __doc__)

LIST_DEVICES_MANAGED_BY_VALUES: set[ListDevicesManagedBy] = {
    "BLUEPRINT",
    "TEMPLATE",
}


def check_list_devices_managed_by(value: str) -> ListDevicesManagedBy:
    """Return `value` typed as ListDevicesManagedBy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_DEVICES_MANAGED_BY_VALUES to tell.
    """
    return cast(ListDevicesManagedBy, value)
