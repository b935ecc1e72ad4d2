from typing import Literal, cast

LinuxBlueprintInfoBlueprintUpgradeStatus = Literal["NOT_APPLICABLE"]

LINUX_BLUEPRINT_INFO_BLUEPRINT_UPGRADE_STATUS_VALUES: set[LinuxBlueprintInfoBlueprintUpgradeStatus] = {
    "NOT_APPLICABLE",
}


def check_linux_blueprint_info_blueprint_upgrade_status(value: str) -> LinuxBlueprintInfoBlueprintUpgradeStatus:
    """Return `value` typed as LinuxBlueprintInfoBlueprintUpgradeStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LINUX_BLUEPRINT_INFO_BLUEPRINT_UPGRADE_STATUS_VALUES to tell.
    """
    return cast(LinuxBlueprintInfoBlueprintUpgradeStatus, value)
