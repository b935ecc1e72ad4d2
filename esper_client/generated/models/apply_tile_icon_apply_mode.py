"""Which devices get the icon; the ones in devices, every device, the ones in groups, or every device of device_model."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ApplyTileIconApplyMode = Literal["all_devices", "device_model", "devices", "groups"]
else:
    ApplyTileIconApplyMode = _rt.documented_literal(
        Literal["all_devices", "device_model", "devices", "groups"], __doc__
    )

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
