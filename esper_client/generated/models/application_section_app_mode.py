from typing import Literal, cast

ApplicationSectionAppMode = Literal["KIOSK", "MULTI_APP"]

APPLICATION_SECTION_APP_MODE_VALUES: set[ApplicationSectionAppMode] = {
    "KIOSK",
    "MULTI_APP",
}


def check_application_section_app_mode(value: str) -> ApplicationSectionAppMode:
    """Return `value` typed as ApplicationSectionAppMode.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLICATION_SECTION_APP_MODE_VALUES to tell.
    """
    return cast(ApplicationSectionAppMode, value)
