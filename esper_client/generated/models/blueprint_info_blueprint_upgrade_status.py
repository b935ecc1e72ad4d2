from typing import Literal, cast

BlueprintInfoBlueprintUpgradeStatus = Literal[
    "NOT_APPLICABLE", "NOT_UPGRADABLE", "UPGRADABLE", "UPGRADED", "UPGRADE_FAILED", "UPGRADE_INITIATED"
]

BLUEPRINT_INFO_BLUEPRINT_UPGRADE_STATUS_VALUES: set[BlueprintInfoBlueprintUpgradeStatus] = {
    "NOT_APPLICABLE",
    "NOT_UPGRADABLE",
    "UPGRADABLE",
    "UPGRADED",
    "UPGRADE_FAILED",
    "UPGRADE_INITIATED",
}


def check_blueprint_info_blueprint_upgrade_status(value: str) -> BlueprintInfoBlueprintUpgradeStatus:
    """Return `value` typed as BlueprintInfoBlueprintUpgradeStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against BLUEPRINT_INFO_BLUEPRINT_UPGRADE_STATUS_VALUES to tell.
    """
    return cast(BlueprintInfoBlueprintUpgradeStatus, value)
