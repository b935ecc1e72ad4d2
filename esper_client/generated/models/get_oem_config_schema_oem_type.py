"""The device manufacturer whose OEMConfig app it is."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GetOemConfigSchemaOemType = Literal["DATALOGIC", "HONEYWELL", "SAMSUNG", "SUNMI", "ZEBRA"]
else:
    GetOemConfigSchemaOemType = _rt.documented_literal(
        Literal["DATALOGIC", "HONEYWELL", "SAMSUNG", "SUNMI", "ZEBRA"], __doc__
    )

GET_OEM_CONFIG_SCHEMA_OEM_TYPE_VALUES: set[GetOemConfigSchemaOemType] = {
    "DATALOGIC",
    "HONEYWELL",
    "SAMSUNG",
    "SUNMI",
    "ZEBRA",
}


def check_get_oem_config_schema_oem_type(value: str) -> GetOemConfigSchemaOemType:
    """Return `value` typed as GetOemConfigSchemaOemType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_OEM_CONFIG_SCHEMA_OEM_TYPE_VALUES to tell.
    """
    return cast(GetOemConfigSchemaOemType, value)
