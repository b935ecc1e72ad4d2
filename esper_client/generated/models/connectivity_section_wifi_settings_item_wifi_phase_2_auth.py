from typing import Literal, cast

ConnectivitySectionWifiSettingsItemWifiPhase2Auth = Literal[
    "AKA", "AKA_PRIME", "GTC", "MSCHAP", "MSCHAPV2", "NONE", "PAP", "SIM"
]

CONNECTIVITY_SECTION_WIFI_SETTINGS_ITEM_WIFI_PHASE_2_AUTH_VALUES: set[
    ConnectivitySectionWifiSettingsItemWifiPhase2Auth
] = {
    "AKA",
    "AKA_PRIME",
    "GTC",
    "MSCHAP",
    "MSCHAPV2",
    "NONE",
    "PAP",
    "SIM",
}


def check_connectivity_section_wifi_settings_item_wifi_phase_2_auth(
    value: str,
) -> ConnectivitySectionWifiSettingsItemWifiPhase2Auth:
    """Return `value` typed as ConnectivitySectionWifiSettingsItemWifiPhase2Auth.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CONNECTIVITY_SECTION_WIFI_SETTINGS_ITEM_WIFI_PHASE_2_AUTH_VALUES to tell.
    """
    return cast(ConnectivitySectionWifiSettingsItemWifiPhase2Auth, value)
