from typing import Literal, cast

ApplicationSectionAppsItemInstallationRule = Literal["DURING", "POST"]

APPLICATION_SECTION_APPS_ITEM_INSTALLATION_RULE_VALUES: set[ApplicationSectionAppsItemInstallationRule] = {
    "DURING",
    "POST",
}


def check_application_section_apps_item_installation_rule(value: str) -> ApplicationSectionAppsItemInstallationRule:
    """Return `value` typed as ApplicationSectionAppsItemInstallationRule.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLICATION_SECTION_APPS_ITEM_INSTALLATION_RULE_VALUES to tell.
    """
    return cast(ApplicationSectionAppsItemInstallationRule, value)
