from typing import Literal, cast

EsperSettingsAppsSettingsSettingsTimeAndDate = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_TIME_AND_DATE_VALUES: set[EsperSettingsAppsSettingsSettingsTimeAndDate] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_time_and_date(
    value: str,
) -> EsperSettingsAppsSettingsSettingsTimeAndDate:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsTimeAndDate.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_TIME_AND_DATE_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsTimeAndDate, value)
