from typing import Literal, cast

AppInstallationRule = Literal["DURING PROVISIONING", "POST PROVISIONING"]

APP_INSTALLATION_RULE_VALUES: set[AppInstallationRule] = {
    "DURING PROVISIONING",
    "POST PROVISIONING",
}


def check_app_installation_rule(value: str) -> AppInstallationRule:
    """Return `value` typed as AppInstallationRule.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_INSTALLATION_RULE_VALUES to tell.
    """
    return cast(AppInstallationRule, value)
