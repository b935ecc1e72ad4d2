from typing import Literal, cast

HardwareSettingsSectionGpsState = Literal[
    "LOCATION_MODE_BATTERY_SAVING",
    "LOCATION_MODE_HIGH_ACCURACY",
    "LOCATION_MODE_OFF",
    "LOCATION_MODE_ON",
    "LOCATION_MODE_SENSORS_ONLY",
]

HARDWARE_SETTINGS_SECTION_GPS_STATE_VALUES: set[HardwareSettingsSectionGpsState] = {
    "LOCATION_MODE_BATTERY_SAVING",
    "LOCATION_MODE_HIGH_ACCURACY",
    "LOCATION_MODE_OFF",
    "LOCATION_MODE_ON",
    "LOCATION_MODE_SENSORS_ONLY",
}


def check_hardware_settings_section_gps_state(value: str) -> HardwareSettingsSectionGpsState:
    """Return `value` typed as HardwareSettingsSectionGpsState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against HARDWARE_SETTINGS_SECTION_GPS_STATE_VALUES to tell.
    """
    return cast(HardwareSettingsSectionGpsState, value)
