from typing import Literal, cast

ConnectivitySectionWifiSettingsItemWifiEapMethod = Literal[
    "AKA", "AKA_PRIME", "NONE", "PEAP", "PWD", "SIM", "TLS", "TTLS"
]

CONNECTIVITY_SECTION_WIFI_SETTINGS_ITEM_WIFI_EAP_METHOD_VALUES: set[
    ConnectivitySectionWifiSettingsItemWifiEapMethod
] = {
    "AKA",
    "AKA_PRIME",
    "NONE",
    "PEAP",
    "PWD",
    "SIM",
    "TLS",
    "TTLS",
}


def check_connectivity_section_wifi_settings_item_wifi_eap_method(
    value: str,
) -> ConnectivitySectionWifiSettingsItemWifiEapMethod:
    """Return `value` typed as ConnectivitySectionWifiSettingsItemWifiEapMethod.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CONNECTIVITY_SECTION_WIFI_SETTINGS_ITEM_WIFI_EAP_METHOD_VALUES to tell.
    """
    return cast(ConnectivitySectionWifiSettingsItemWifiEapMethod, value)
