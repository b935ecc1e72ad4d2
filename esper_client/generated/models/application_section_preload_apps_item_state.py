from typing import Literal, cast

ApplicationSectionPreloadAppsItemState = Literal["DISABLED", "HIDE", "LAUNCHABLE_BUT_HIDDEN", "SHOW"]

APPLICATION_SECTION_PRELOAD_APPS_ITEM_STATE_VALUES: set[ApplicationSectionPreloadAppsItemState] = {
    "DISABLED",
    "HIDE",
    "LAUNCHABLE_BUT_HIDDEN",
    "SHOW",
}


def check_application_section_preload_apps_item_state(value: str) -> ApplicationSectionPreloadAppsItemState:
    """Return `value` typed as ApplicationSectionPreloadAppsItemState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLICATION_SECTION_PRELOAD_APPS_ITEM_STATE_VALUES to tell.
    """
    return cast(ApplicationSectionPreloadAppsItemState, value)
