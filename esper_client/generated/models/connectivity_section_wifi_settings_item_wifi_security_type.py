from typing import Literal, cast

ConnectivitySectionWifiSettingsItemWifiSecurityType = Literal["EAP", "NONE", "SAE", "WAP", "WEP", "WPA2"]

CONNECTIVITY_SECTION_WIFI_SETTINGS_ITEM_WIFI_SECURITY_TYPE_VALUES: set[
    ConnectivitySectionWifiSettingsItemWifiSecurityType
] = {
    "EAP",
    "NONE",
    "SAE",
    "WAP",
    "WEP",
    "WPA2",
}


def check_connectivity_section_wifi_settings_item_wifi_security_type(
    value: str,
) -> ConnectivitySectionWifiSettingsItemWifiSecurityType:
    """Return `value` typed as ConnectivitySectionWifiSettingsItemWifiSecurityType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CONNECTIVITY_SECTION_WIFI_SETTINGS_ITEM_WIFI_SECURITY_TYPE_VALUES to tell.
    """
    return cast(ConnectivitySectionWifiSettingsItemWifiSecurityType, value)
