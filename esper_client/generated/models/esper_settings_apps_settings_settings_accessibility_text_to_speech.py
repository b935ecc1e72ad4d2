from typing import Literal, cast

EsperSettingsAppsSettingsSettingsAccessibilityTextToSpeech = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_TEXT_TO_SPEECH_VALUES: set[
    EsperSettingsAppsSettingsSettingsAccessibilityTextToSpeech
] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_accessibility_text_to_speech(
    value: str,
) -> EsperSettingsAppsSettingsSettingsAccessibilityTextToSpeech:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsAccessibilityTextToSpeech.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_TEXT_TO_SPEECH_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsAccessibilityTextToSpeech, value)
