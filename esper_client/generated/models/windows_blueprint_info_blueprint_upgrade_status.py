from typing import Literal, cast

WindowsBlueprintInfoBlueprintUpgradeStatus = Literal["NOT_APPLICABLE"]

WINDOWS_BLUEPRINT_INFO_BLUEPRINT_UPGRADE_STATUS_VALUES: set[WindowsBlueprintInfoBlueprintUpgradeStatus] = {
    "NOT_APPLICABLE",
}


def check_windows_blueprint_info_blueprint_upgrade_status(value: str) -> WindowsBlueprintInfoBlueprintUpgradeStatus:
    """Return `value` typed as WindowsBlueprintInfoBlueprintUpgradeStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against WINDOWS_BLUEPRINT_INFO_BLUEPRINT_UPGRADE_STATUS_VALUES to tell.
    """
    return cast(WindowsBlueprintInfoBlueprintUpgradeStatus, value)
