from typing import Literal, cast

ConnectivitySectionEthernetSettingsEthernetAuthMode = Literal["EAP_TLS", "NONE"]

CONNECTIVITY_SECTION_ETHERNET_SETTINGS_ETHERNET_AUTH_MODE_VALUES: set[
    ConnectivitySectionEthernetSettingsEthernetAuthMode
] = {
    "EAP_TLS",
    "NONE",
}


def check_connectivity_section_ethernet_settings_ethernet_auth_mode(
    value: str,
) -> ConnectivitySectionEthernetSettingsEthernetAuthMode:
    """Return `value` typed as ConnectivitySectionEthernetSettingsEthernetAuthMode.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CONNECTIVITY_SECTION_ETHERNET_SETTINGS_ETHERNET_AUTH_MODE_VALUES to tell.
    """
    return cast(ConnectivitySectionEthernetSettingsEthernetAuthMode, value)
