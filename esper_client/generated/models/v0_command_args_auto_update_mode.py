from typing import Literal, cast

V0CommandArgsAutoUpdateMode = Literal["autoUpdateDefault", "autoUpdateHighPriority", "autoUpdatePostponed"]

V0_COMMAND_ARGS_AUTO_UPDATE_MODE_VALUES: set[V0CommandArgsAutoUpdateMode] = {
    "autoUpdateDefault",
    "autoUpdateHighPriority",
    "autoUpdatePostponed",
}


def check_v0_command_args_auto_update_mode(value: str) -> V0CommandArgsAutoUpdateMode:
    """Return `value` typed as V0CommandArgsAutoUpdateMode.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against V0_COMMAND_ARGS_AUTO_UPDATE_MODE_VALUES to tell.
    """
    return cast(V0CommandArgsAutoUpdateMode, value)
