from typing import Literal, cast

AppsManagementOEMConfigSchemaOemType = Literal["DATALOGIC", "HONEYWELL", "SAMSUNG", "SUNMI", "ZEBRA"]

APPS_MANAGEMENT_OEM_CONFIG_SCHEMA_OEM_TYPE_VALUES: set[AppsManagementOEMConfigSchemaOemType] = {
    "DATALOGIC",
    "HONEYWELL",
    "SAMSUNG",
    "SUNMI",
    "ZEBRA",
}


def check_apps_management_oem_config_schema_oem_type(value: str) -> AppsManagementOEMConfigSchemaOemType:
    """Return `value` typed as AppsManagementOEMConfigSchemaOemType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPS_MANAGEMENT_OEM_CONFIG_SCHEMA_OEM_TYPE_VALUES to tell.
    """
    return cast(AppsManagementOEMConfigSchemaOemType, value)
