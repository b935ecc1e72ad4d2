"""'ADD_TO_WHITELIST': Allow an installed system app; needs package_name.
'ADD_WIFI_AP': Add Wi-Fi access points; needs wifi_access_points.
'CLEAR_APP_DATA': Erase an installed app's data; needs package_name.
'INSTALL': Install an app; needs app_version (the id of an uploaded app version).
'LOCK': Lock the screen.
'REBOOT': Restart the device.
'REMOVE_FROM_WHITELIST': Stop allowing an installed system app; needs package_name.
'REMOVE_WIFI_AP': Remove Wi-Fi access points; needs wifi_access_points.
'SET_APP_PERMISSION': Set one permission of an installed app; needs package_name, permission and grant_state.
'SET_APP_STATE': Show, hide or disable an app; needs package_name and app_state.
'SET_BLUETOOTH_STATE': Turn Bluetooth on or off; needs bluetooth_state (a boolean).
'SET_BRIGHTNESS_SCALE': Set the screen brightness; needs brightness_value, 1 to 100.
'SET_DEVICE_LOCKDOWN_STATE': Lock the device down, or release it, showing a message; needs state (LOCKED or UNLOCKED) and message.
'SET_GPS_STATE': Set the location mode; needs gps_state, 0 to 4 (high accuracy, sensors only, battery saving, off, on).
'SET_KIOSK_APP': Lock the device into one app (kiosk mode); needs package_name.
'SET_NEW_POLICY': Apply a policy; needs policy_url.
'SET_ROTATION_STATE': Set the screen orientation; needs rotate_state (0 automatic, 1 portrait only, 2 landscape only).
'SET_SCREEN_OFF_TIMEOUT': Set how soon the screen turns off; needs screen_off_timeout, -1 or 5000 to 1800000.
'SET_STREAM_VOLUME': Set the volume of one sound stream; needs stream (ring 0, notification 1, alarm 2, music 3) and volume_level, 0 to 100.
'SET_TIMEZONE': Set the time zone; needs timezone_string.
'SET_WIFI_STATE': Turn Wi-Fi on or off; needs wifi_state (a boolean).
'UNINSTALL': Remove an app; needs package_name.
'UPDATE_DEVICE_CONFIG': Send extra configuration to the device.
'UPDATE_HEARTBEAT': Ask the device to check in.
'UPDATE_LATEST_DPC': Ask the device to update the Esper agent (DPC) to its latest version.
'WIPE': Erase the device (factory reset).
'RESET_LOCKSCREEN_PASSWORD': Change the lock-screen password; needs new_lockscreen_password.
'UPDATE_BLUEPRINT': Apply the blueprint's current version again on the targets.
'CAPTURE_SCREENSHOT': Capture what the screen shows; an optional tag labels the image.
'NOTIFY_DEVICE': Show a message on the device; needs title and message (url optional).
'SET_DEVICE_LANGUAGE': Set the device language from a locale such as en_US (language, optional script, country).
'SET_ETHERNET_SETTINGS': Configure Ethernet, on devices that support it.
'SET_STATIC_IP': Give the device a static IP address; needs the interface, address, subnet mask, gateway, DNS servers and DHCP flag.
'BEEP_DEVICE': Sound a beep on the device for some time.
'SET_APP_NOTIFICATIONS': Turn an app's notifications on or off; needs package_name and app_notifications_state (ENABLED or DISABLED).
'USE_ONLY_SAVED_WIFI_AP': Allow or forbid joining Wi-Fi networks that are not saved; needs use_only_saved_ap (a boolean).
'CONVERGE': Bring the device in line with the newest version of the blueprint assigned to it.
'SYNC_CONTENT': Send a piece of uploaded content to the device; needs content_id."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    V0DeviceCommandEnum = Literal[
        "ADD_TO_WHITELIST",
        "ADD_WIFI_AP",
        "BEEP_DEVICE",
        "CAPTURE_SCREENSHOT",
        "CLEAR_APP_DATA",
        "CONVERGE",
        "INSTALL",
        "LOCK",
        "NOTIFY_DEVICE",
        "REBOOT",
        "REMOVE_FROM_WHITELIST",
        "REMOVE_WIFI_AP",
        "RESET_LOCKSCREEN_PASSWORD",
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
        "SET_NEW_POLICY",
        "SET_ROTATION_STATE",
        "SET_SCREEN_OFF_TIMEOUT",
        "SET_STATIC_IP",
        "SET_STREAM_VOLUME",
        "SET_TIMEZONE",
        "SET_WIFI_STATE",
        "SYNC_CONTENT",
        "UNINSTALL",
        "UPDATE_BLUEPRINT",
        "UPDATE_DEVICE_CONFIG",
        "UPDATE_HEARTBEAT",
        "UPDATE_LATEST_DPC",
        "USE_ONLY_SAVED_WIFI_AP",
        "WIPE",
    ]
else:
    V0DeviceCommandEnum = _rt.documented_literal(
        Literal[
            "ADD_TO_WHITELIST",
            "ADD_WIFI_AP",
            "BEEP_DEVICE",
            "CAPTURE_SCREENSHOT",
            "CLEAR_APP_DATA",
            "CONVERGE",
            "INSTALL",
            "LOCK",
            "NOTIFY_DEVICE",
            "REBOOT",
            "REMOVE_FROM_WHITELIST",
            "REMOVE_WIFI_AP",
            "RESET_LOCKSCREEN_PASSWORD",
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
            "SET_NEW_POLICY",
            "SET_ROTATION_STATE",
            "SET_SCREEN_OFF_TIMEOUT",
            "SET_STATIC_IP",
            "SET_STREAM_VOLUME",
            "SET_TIMEZONE",
            "SET_WIFI_STATE",
            "SYNC_CONTENT",
            "UNINSTALL",
            "UPDATE_BLUEPRINT",
            "UPDATE_DEVICE_CONFIG",
            "UPDATE_HEARTBEAT",
            "UPDATE_LATEST_DPC",
            "USE_ONLY_SAVED_WIFI_AP",
            "WIPE",
        ],
        __doc__,
    )

V0_DEVICE_COMMAND_ENUM_VALUES: set[V0DeviceCommandEnum] = {
    "ADD_TO_WHITELIST",
    "ADD_WIFI_AP",
    "BEEP_DEVICE",
    "CAPTURE_SCREENSHOT",
    "CLEAR_APP_DATA",
    "CONVERGE",
    "INSTALL",
    "LOCK",
    "NOTIFY_DEVICE",
    "REBOOT",
    "REMOVE_FROM_WHITELIST",
    "REMOVE_WIFI_AP",
    "RESET_LOCKSCREEN_PASSWORD",
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
    "SET_NEW_POLICY",
    "SET_ROTATION_STATE",
    "SET_SCREEN_OFF_TIMEOUT",
    "SET_STATIC_IP",
    "SET_STREAM_VOLUME",
    "SET_TIMEZONE",
    "SET_WIFI_STATE",
    "SYNC_CONTENT",
    "UNINSTALL",
    "UPDATE_BLUEPRINT",
    "UPDATE_DEVICE_CONFIG",
    "UPDATE_HEARTBEAT",
    "UPDATE_LATEST_DPC",
    "USE_ONLY_SAVED_WIFI_AP",
    "WIPE",
}


def check_v0_device_command_enum(value: str) -> V0DeviceCommandEnum:
    """Return `value` typed as V0DeviceCommandEnum.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against V0_DEVICE_COMMAND_ENUM_VALUES to tell.
    """
    return cast(V0DeviceCommandEnum, value)
