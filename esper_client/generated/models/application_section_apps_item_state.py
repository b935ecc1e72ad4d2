from typing import Literal, cast

ApplicationSectionAppsItemState = Literal["DISABLED", "HIDE", "LAUNCHABLE_BUT_HIDDEN", "SHOW"]

APPLICATION_SECTION_APPS_ITEM_STATE_VALUES: set[ApplicationSectionAppsItemState] = {
    "DISABLED",
    "HIDE",
    "LAUNCHABLE_BUT_HIDDEN",
    "SHOW",
}


def check_application_section_apps_item_state(value: str) -> ApplicationSectionAppsItemState:
    """Return `value` typed as ApplicationSectionAppsItemState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLICATION_SECTION_APPS_ITEM_STATE_VALUES to tell.
    """
    return cast(ApplicationSectionAppsItemState, value)
