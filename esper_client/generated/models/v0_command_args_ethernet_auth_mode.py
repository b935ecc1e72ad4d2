from typing import Literal, cast

V0CommandArgsEthernetAuthMode = Literal["EAP_TLS", "NONE"]

V0_COMMAND_ARGS_ETHERNET_AUTH_MODE_VALUES: set[V0CommandArgsEthernetAuthMode] = {
    "EAP_TLS",
    "NONE",
}


def check_v0_command_args_ethernet_auth_mode(value: str) -> V0CommandArgsEthernetAuthMode:
    """Return `value` typed as V0CommandArgsEthernetAuthMode.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against V0_COMMAND_ARGS_ETHERNET_AUTH_MODE_VALUES to tell.
    """
    return cast(V0CommandArgsEthernetAuthMode, value)
