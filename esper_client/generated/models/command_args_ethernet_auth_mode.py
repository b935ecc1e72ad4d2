from typing import Literal, cast

CommandArgsEthernetAuthMode = Literal["EAP_TLS", "NONE"]

COMMAND_ARGS_ETHERNET_AUTH_MODE_VALUES: set[CommandArgsEthernetAuthMode] = {
    "EAP_TLS",
    "NONE",
}


def check_command_args_ethernet_auth_mode(value: str) -> CommandArgsEthernetAuthMode:
    """Return `value` typed as CommandArgsEthernetAuthMode.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against COMMAND_ARGS_ETHERNET_AUTH_MODE_VALUES to tell.
    """
    return cast(CommandArgsEthernetAuthMode, value)
