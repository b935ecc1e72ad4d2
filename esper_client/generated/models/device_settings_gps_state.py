from typing import Literal, cast

DeviceSettingsGpsState = Literal[
    "LOCATION_MODE_BATTERY_SAVING",
    "LOCATION_MODE_HIGH_ACCURACY",
    "LOCATION_MODE_OFF",
    "LOCATION_MODE_ON",
    "LOCATION_MODE_SENSORS_ONLY",
]

DEVICE_SETTINGS_GPS_STATE_VALUES: set[DeviceSettingsGpsState] = {
    "LOCATION_MODE_BATTERY_SAVING",
    "LOCATION_MODE_HIGH_ACCURACY",
    "LOCATION_MODE_OFF",
    "LOCATION_MODE_ON",
    "LOCATION_MODE_SENSORS_ONLY",
}


def check_device_settings_gps_state(value: str) -> DeviceSettingsGpsState:
    """Return `value` typed as DeviceSettingsGpsState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DEVICE_SETTINGS_GPS_STATE_VALUES to tell.
    """
    return cast(DeviceSettingsGpsState, value)
