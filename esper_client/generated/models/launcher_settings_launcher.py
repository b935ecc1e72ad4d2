from typing import Literal, cast

LauncherSettingsLauncher = Literal["DEFAULT", "ESPER"]

LAUNCHER_SETTINGS_LAUNCHER_VALUES: set[LauncherSettingsLauncher] = {
    "DEFAULT",
    "ESPER",
}


def check_launcher_settings_launcher(value: str) -> LauncherSettingsLauncher:
    """Return `value` typed as LauncherSettingsLauncher.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LAUNCHER_SETTINGS_LAUNCHER_VALUES to tell.
    """
    return cast(LauncherSettingsLauncher, value)
