from typing import Literal, cast

CommandRequestPOSTDeviceType = Literal["all"]

COMMAND_REQUEST_POST_DEVICE_TYPE_VALUES: set[CommandRequestPOSTDeviceType] = {
    "all",
}


def check_command_request_post_device_type(value: str) -> CommandRequestPOSTDeviceType:
    """Return `value` typed as CommandRequestPOSTDeviceType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against COMMAND_REQUEST_POST_DEVICE_TYPE_VALUES to tell.
    """
    return cast(CommandRequestPOSTDeviceType, value)
