"""'ADD_TO_WHITELIST': Allow an installed system app; needs package_name.
'ADD_WIFI_AP': Add Wi-Fi access points; needs wifi_access_points.
'APPLY_APP_CONFIG': Apply a configuration to an installed app.
'CLEAR_APP_DATA': Erase an installed app's data; needs package_name.
'CONVERGE': Bring the device in line with its blueprint.
'INSTALL': Install an app; needs app_version (the id of an uploaded app version).
'INSTALL_CERTIFICATE': Add a PKCS#12 certificate chain to the Android system key store; needs cert_data_base64, cert_file_type, cert_alias_name, cert_storage_type (and cert_password when the file has one).
'LIST_INSTALLED_PROFILES': Report the profiles installed on an iOS device.
'LOCK': Lock the screen (Android, iOS and Windows).
'REBOOT': Restart the device (Android, iOS and Windows).
'REMOVE_FROM_WHITELIST': Stop allowing an installed system app; needs package_name.
'REMOVE_PROFILE': Take a profile off an iOS device.
'REMOVE_WIFI_AP': Remove Wi-Fi access points; needs wifi_access_points.
'SET_APP_PERMISSION': Set one permission of an installed app; needs package_name, permission and grant_state.
'SET_APP_STATE': Show, hide or disable an app, or hide it while keeping it launchable; needs package_name and app_state.
'SET_BLUETOOTH_STATE': Turn Bluetooth on or off; needs bluetooth_state (a boolean).
'SET_BRIGHTNESS_SCALE': Set the screen brightness; needs brightness_value, 1 to 100.
'SET_DEVICE_LOCKDOWN_STATE': Lock the device down, or release it, showing a message; needs state (LOCKED or UNLOCKED) and message.
'SET_GPS_STATE': Set the location mode; needs gps_state, 0 to 4 (high accuracy, sensors only, battery saving, off, on).
'SET_KIOSK_APP': Lock the device into one app (kiosk mode); needs package_name.
'SET_MULTI_APP_MODE': Take the device out of kiosk mode, back to several apps.
'SET_NEW_POLICY': Apply a policy; needs policy_url.
'SET_ROTATION_STATE': Set the screen orientation; needs rotate_state (0 automatic, 1 portrait only, 2 landscape only).
'SET_SCREEN_OFF_TIMEOUT': Set how soon the screen turns off; needs screen_off_timeout, -1 or 5000 to 1800000.
'SET_STREAM_VOLUME': Set the volume of one sound stream; needs stream (ring 0, notification 1, alarm 2, music 3) and volume_level, 0 to 100.
'SET_TIMEZONE': Set the time zone; needs timezone_string.
'SET_WIFI_STATE': Turn Wi-Fi on or off; needs wifi_state (a boolean).
'UNINSTALL': Remove an app; needs package_name.
'UNINSTALL_CERTIFICATE': Delete a certificate, by alias, from the Android system key store; needs cert_alias_name and cert_storage_type.
'UPDATE_DEVICE_CONFIG': Send extra configuration to the device.
'UPDATE_HEARTBEAT': Ask the device to check in.
'UPDATE_LATEST_DPC': Ask the device to update the Esper agent (DPC) to its latest version.
'WIPE': Erase the device (factory reset).
'RESET_LOCKSCREEN_PASSWORD': Change the lock-screen password; needs new_lockscreen_password.
'UPDATE_BLUEPRINT': Apply the blueprint's current version again on the targets.
'NOTIFY_DEVICE': Show a message on the device.
'SET_DEVICE_LANGUAGE': Set the device language from a locale such as en_US (language, optional script, country).
'SET_ETHERNET_SETTINGS': Configure Ethernet, on devices that support it.
'SET_STATIC_IP': Give the device a static IP address; needs the interface, address, subnet mask, gateway, DNS servers and DHCP flag.
'BEEP_DEVICE': Sound a beep on the device for some time.
'SET_APP_NOTIFICATIONS': Turn an app's notifications on or off; needs package_name and app_notifications_state (ENABLED or DISABLED).
'USE_ONLY_SAVED_WIFI_AP': Allow or forbid joining Wi-Fi networks that are not saved; needs use_only_saved_ap (a boolean).
'DEVICE_INFORMATION': Ask the device to report its information again.
'VPP_APP_INSTALL': Install a VPP (volume purchase) app on iOS; needs app_id and bundle_identifier.
'APPLE_APP_UNINSTALL': Remove an app from an iOS device; needs app_id and bundle_identifier.
'CLEAR_PASSCODE': Remove the device's passcode.
'INSTALL_PROFILE': Add a profile to an iOS device.
'RUN_SHELL_SCRIPT': Run a script (needs script and interpreter) on Linux or Windows.
'RUN_CUSTOM_ACTION': Run a custom action on Linux; needs that action's parameters.
'COLLECT_LOGS': Gather the Esper agent's logs on a Linux device and upload them."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    DeviceCommandEnum = Literal[
        "ADD_TO_WHITELIST",
        "ADD_WIFI_AP",
        "APPLE_APP_UNINSTALL",
        "APPLY_APP_CONFIG",
        "BEEP_DEVICE",
        "CLEAR_APP_DATA",
        "CLEAR_PASSCODE",
        "COLLECT_LOGS",
        "CONVERGE",
        "DEVICE_INFORMATION",
        "INSTALL",
        "INSTALL_CERTIFICATE",
        "INSTALL_PROFILE",
        "LIST_INSTALLED_PROFILES",
        "LOCK",
        "NOTIFY_DEVICE",
        "REBOOT",
        "REMOVE_FROM_WHITELIST",
        "REMOVE_PROFILE",
        "REMOVE_WIFI_AP",
        "RESET_LOCKSCREEN_PASSWORD",
        "RUN_CUSTOM_ACTION",
        "RUN_SHELL_SCRIPT",
        "SET_APP_NOTIFICATIONS",
        "SET_APP_PERMISSION",
        "SET_APP_STATE",
        "SET_BLUETOOTH_STATE",
        "SET_BRIGHTNESS_SCALE",
        "SET_DEVICE_LANGUAGE",
        "SET_DEVICE_LOCKDOWN_STATE",
        "SET_ETHERNET_SETTINGS",
        "SET_GPS_STATE",
        "SET_KIOSK_APP",
        "SET_MULTI_APP_MODE",
        "SET_NEW_POLICY",
        "SET_ROTATION_STATE",
        "SET_SCREEN_OFF_TIMEOUT",
        "SET_STATIC_IP",
        "SET_STREAM_VOLUME",
        "SET_TIMEZONE",
        "SET_WIFI_STATE",
        "UNINSTALL",
        "UNINSTALL_CERTIFICATE",
        "UPDATE_BLUEPRINT",
        "UPDATE_DEVICE_CONFIG",
        "UPDATE_HEARTBEAT",
        "UPDATE_LATEST_DPC",
        "USE_ONLY_SAVED_WIFI_AP",
        "VPP_APP_INSTALL",
        "WIPE",
    ]
else:
    DeviceCommandEnum = _rt.documented_literal(
        Literal[
            "ADD_TO_WHITELIST",
            "ADD_WIFI_AP",
            "APPLE_APP_UNINSTALL",
            "APPLY_APP_CONFIG",
            "BEEP_DEVICE",
            "CLEAR_APP_DATA",
            "CLEAR_PASSCODE",
            "COLLECT_LOGS",
            "CONVERGE",
            "DEVICE_INFORMATION",
            "INSTALL",
            "INSTALL_CERTIFICATE",
            "INSTALL_PROFILE",
            "LIST_INSTALLED_PROFILES",
            "LOCK",
            "NOTIFY_DEVICE",
            "REBOOT",
            "REMOVE_FROM_WHITELIST",
            "REMOVE_PROFILE",
            "REMOVE_WIFI_AP",
            "RESET_LOCKSCREEN_PASSWORD",
            "RUN_CUSTOM_ACTION",
            "RUN_SHELL_SCRIPT",
            "SET_APP_NOTIFICATIONS",
            "SET_APP_PERMISSION",
            "SET_APP_STATE",
            "SET_BLUETOOTH_STATE",
            "SET_BRIGHTNESS_SCALE",
            "SET_DEVICE_LANGUAGE",
            "SET_DEVICE_LOCKDOWN_STATE",
            "SET_ETHERNET_SETTINGS",
            "SET_GPS_STATE",
            "SET_KIOSK_APP",
            "SET_MULTI_APP_MODE",
            "SET_NEW_POLICY",
            "SET_ROTATION_STATE",
            "SET_SCREEN_OFF_TIMEOUT",
            "SET_STATIC_IP",
            "SET_STREAM_VOLUME",
            "SET_TIMEZONE",
            "SET_WIFI_STATE",
            "UNINSTALL",
            "UNINSTALL_CERTIFICATE",
            "UPDATE_BLUEPRINT",
            "UPDATE_DEVICE_CONFIG",
            "UPDATE_HEARTBEAT",
            "UPDATE_LATEST_DPC",
            "USE_ONLY_SAVED_WIFI_AP",
            "VPP_APP_INSTALL",
            "WIPE",
        ],
        __doc__,
    )

DEVICE_COMMAND_ENUM_VALUES: set[DeviceCommandEnum] = {
    "ADD_TO_WHITELIST",
    "ADD_WIFI_AP",
    "APPLE_APP_UNINSTALL",
    "APPLY_APP_CONFIG",
    "BEEP_DEVICE",
    "CLEAR_APP_DATA",
    "CLEAR_PASSCODE",
    "COLLECT_LOGS",
    "CONVERGE",
    "DEVICE_INFORMATION",
    "INSTALL",
    "INSTALL_CERTIFICATE",
    "INSTALL_PROFILE",
    "LIST_INSTALLED_PROFILES",
    "LOCK",
    "NOTIFY_DEVICE",
    "REBOOT",
    "REMOVE_FROM_WHITELIST",
    "REMOVE_PROFILE",
    "REMOVE_WIFI_AP",
    "RESET_LOCKSCREEN_PASSWORD",
    "RUN_CUSTOM_ACTION",
    "RUN_SHELL_SCRIPT",
    "SET_APP_NOTIFICATIONS",
    "SET_APP_PERMISSION",
    "SET_APP_STATE",
    "SET_BLUETOOTH_STATE",
    "SET_BRIGHTNESS_SCALE",
    "SET_DEVICE_LANGUAGE",
    "SET_DEVICE_LOCKDOWN_STATE",
    "SET_ETHERNET_SETTINGS",
    "SET_GPS_STATE",
    "SET_KIOSK_APP",
    "SET_MULTI_APP_MODE",
    "SET_NEW_POLICY",
    "SET_ROTATION_STATE",
    "SET_SCREEN_OFF_TIMEOUT",
    "SET_STATIC_IP",
    "SET_STREAM_VOLUME",
    "SET_TIMEZONE",
    "SET_WIFI_STATE",
    "UNINSTALL",
    "UNINSTALL_CERTIFICATE",
    "UPDATE_BLUEPRINT",
    "UPDATE_DEVICE_CONFIG",
    "UPDATE_HEARTBEAT",
    "UPDATE_LATEST_DPC",
    "USE_ONLY_SAVED_WIFI_AP",
    "VPP_APP_INSTALL",
    "WIPE",
}


def check_device_command_enum(value: str) -> DeviceCommandEnum:
    """Return `value` typed as DeviceCommandEnum.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DEVICE_COMMAND_ENUM_VALUES to tell.
    """
    return cast(DeviceCommandEnum, value)
