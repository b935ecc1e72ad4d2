from typing import Literal, cast

ApplyTileIconApplyMode = Literal["all_devices", "device_model", "devices", "groups"]

APPLY_TILE_ICON_APPLY_MODE_VALUES: set[ApplyTileIconApplyMode] = {
    "all_devices",
    "device_model",
    "devices",
    "groups",
}


def check_apply_tile_icon_apply_mode(value: str) -> ApplyTileIconApplyMode:
    """Return `value` typed as ApplyTileIconApplyMode.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLY_TILE_ICON_APPLY_MODE_VALUES to tell.
    """
    return cast(ApplyTileIconApplyMode, value)
