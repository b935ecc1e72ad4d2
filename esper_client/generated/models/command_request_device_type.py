from typing import Literal, cast

CommandRequestDeviceType = Literal["active", "all", "inactive"]

COMMAND_REQUEST_DEVICE_TYPE_VALUES: set[CommandRequestDeviceType] = {
    "active",
    "all",
    "inactive",
}


def check_command_request_device_type(value: str) -> CommandRequestDeviceType:
    """Return `value` typed as CommandRequestDeviceType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against COMMAND_REQUEST_DEVICE_TYPE_VALUES to tell.
    """
    return cast(CommandRequestDeviceType, value)
