from typing import Literal, cast

EsperSettingsAppsSettingsSettingsAccessibilityMonoAudio = Literal["ADMIN", "BOTH", "NONE", "USER"]

ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_MONO_AUDIO_VALUES: set[
    EsperSettingsAppsSettingsSettingsAccessibilityMonoAudio
] = {
    "ADMIN",
    "BOTH",
    "NONE",
    "USER",
}


def check_esper_settings_apps_settings_settings_accessibility_mono_audio(
    value: str,
) -> EsperSettingsAppsSettingsSettingsAccessibilityMonoAudio:
    """Return `value` typed as EsperSettingsAppsSettingsSettingsAccessibilityMonoAudio.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_SETTINGS_APPS_SETTINGS_SETTINGS_ACCESSIBILITY_MONO_AUDIO_VALUES to tell.
    """
    return cast(EsperSettingsAppsSettingsSettingsAccessibilityMonoAudio, value)
