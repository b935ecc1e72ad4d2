from typing import Literal, cast

WifiSettingsWifiState = Literal["DISABLE", "ENABLE"]

WIFI_SETTINGS_WIFI_STATE_VALUES: set[WifiSettingsWifiState] = {
    "DISABLE",
    "ENABLE",
}


def check_wifi_settings_wifi_state(value: str) -> WifiSettingsWifiState:
    """Return `value` typed as WifiSettingsWifiState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against WIFI_SETTINGS_WIFI_STATE_VALUES to tell.
    """
    return cast(WifiSettingsWifiState, value)
