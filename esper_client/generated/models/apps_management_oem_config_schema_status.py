from typing import Literal, cast

AppsManagementOEMConfigSchemaStatus = Literal["ACTIVE", "INACTIVE"]

APPS_MANAGEMENT_OEM_CONFIG_SCHEMA_STATUS_VALUES: set[AppsManagementOEMConfigSchemaStatus] = {
    "ACTIVE",
    "INACTIVE",
}


def check_apps_management_oem_config_schema_status(value: str) -> AppsManagementOEMConfigSchemaStatus:
    """Return `value` typed as AppsManagementOEMConfigSchemaStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPS_MANAGEMENT_OEM_CONFIG_SCHEMA_STATUS_VALUES to tell.
    """
    return cast(AppsManagementOEMConfigSchemaStatus, value)
