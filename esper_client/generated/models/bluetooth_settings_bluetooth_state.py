from typing import Literal, cast

BluetoothSettingsBluetoothState = Literal["DISABLE", "ENABLE"]

BLUETOOTH_SETTINGS_BLUETOOTH_STATE_VALUES: set[BluetoothSettingsBluetoothState] = {
    "DISABLE",
    "ENABLE",
}


def check_bluetooth_settings_bluetooth_state(value: str) -> BluetoothSettingsBluetoothState:
    """Return `value` typed as BluetoothSettingsBluetoothState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against BLUETOOTH_SETTINGS_BLUETOOTH_STATE_VALUES to tell.
    """
    return cast(BluetoothSettingsBluetoothState, value)
