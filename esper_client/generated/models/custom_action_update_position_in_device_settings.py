"""Whether the device's quick settings show the action (device_quick_settings) or nothing does (none)."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    CustomActionUpdatePositionInDeviceSettings = Literal["device_quick_settings", "none"]
else:
    CustomActionUpdatePositionInDeviceSettings = _rt.documented_literal(
        Literal["device_quick_settings", "none"], __doc__
    )

CUSTOM_ACTION_UPDATE_POSITION_IN_DEVICE_SETTINGS_VALUES: set[CustomActionUpdatePositionInDeviceSettings] = {
    "device_quick_settings",
    "none",
}


def check_custom_action_update_position_in_device_settings(value: str) -> CustomActionUpdatePositionInDeviceSettings:
    """Return `value` typed as CustomActionUpdatePositionInDeviceSettings.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CUSTOM_ACTION_UPDATE_POSITION_IN_DEVICE_SETTINGS_VALUES to tell.
    """
    return cast(CustomActionUpdatePositionInDeviceSettings, value)
