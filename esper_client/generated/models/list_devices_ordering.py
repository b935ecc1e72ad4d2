"""Field to sort by; a leading '-' sorts in descending order."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ListDevicesOrdering = Literal[
        "alias",
        "battery_level",
        "created_at",
        "dpc_version",
        "eea_version",
        "is_gms",
        "last_seen",
        "model",
        "name",
        "os_version",
        "platform",
        "policy_name",
        "provisioned_on",
        "security_state",
        "serial",
        "state",
        "template_name",
        "wifi_ssid",
    ]
else:
    ListDevicesOrdering = _rt.documented_literal(
        Literal[
            "alias",
            "battery_level",
            "created_at",
            "dpc_version",
            "eea_version",
            "is_gms",
            "last_seen",
            "model",
            "name",
            "os_version",
            "platform",
            "policy_name",
            "provisioned_on",
            "security_state",
            "serial",
            "state",
            "template_name",
            "wifi_ssid",
        ],
        __doc__,
    )

LIST_DEVICES_ORDERING_VALUES: set[ListDevicesOrdering] = {
    "alias",
    "battery_level",
    "created_at",
    "dpc_version",
    "eea_version",
    "is_gms",
    "last_seen",
    "model",
    "name",
    "os_version",
    "platform",
    "policy_name",
    "provisioned_on",
    "security_state",
    "serial",
    "state",
    "template_name",
    "wifi_ssid",
}


def check_list_devices_ordering(value: str) -> ListDevicesOrdering:
    """Return `value` typed as ListDevicesOrdering.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_DEVICES_ORDERING_VALUES to tell.
    """
    return cast(ListDevicesOrdering, value)
