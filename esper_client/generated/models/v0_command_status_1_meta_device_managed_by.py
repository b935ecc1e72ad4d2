from typing import Literal, cast

V0CommandStatus1MetaDeviceManagedBy = Literal["BLUEPRINT", "TEMPLATE"]

V0_COMMAND_STATUS_1_META_DEVICE_MANAGED_BY_VALUES: set[V0CommandStatus1MetaDeviceManagedBy] = {
    "BLUEPRINT",
    "TEMPLATE",
}


def check_v0_command_status_1_meta_device_managed_by(value: str) -> V0CommandStatus1MetaDeviceManagedBy:
    """Return `value` typed as V0CommandStatus1MetaDeviceManagedBy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against V0_COMMAND_STATUS_1_META_DEVICE_MANAGED_BY_VALUES to tell.
    """
    return cast(V0CommandStatus1MetaDeviceManagedBy, value)
