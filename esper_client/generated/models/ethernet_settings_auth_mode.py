from typing import Literal, cast

EthernetSettingsAuthMode = Literal["EAP-TLS", "NONE"]

ETHERNET_SETTINGS_AUTH_MODE_VALUES: set[EthernetSettingsAuthMode] = {
    "EAP-TLS",
    "NONE",
}


def check_ethernet_settings_auth_mode(value: str) -> EthernetSettingsAuthMode:
    """Return `value` typed as EthernetSettingsAuthMode.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ETHERNET_SETTINGS_AUTH_MODE_VALUES to tell.
    """
    return cast(EthernetSettingsAuthMode, value)
