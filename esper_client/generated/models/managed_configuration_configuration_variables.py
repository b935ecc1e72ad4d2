from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variable_set import VariableSet


T = TypeVar("T", bound="ManagedConfigurationConfigurationVariables")


@_attrs_define
class ManagedConfigurationConfigurationVariables:
    """
    Attributes:
        mcm_id (str | Unset):
        variable_set (list[VariableSet] | Unset):
    """

    mcm_id: str | Unset = UNSET
    variable_set: list[VariableSet] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mcm_id = self.mcm_id

        variable_set: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variable_set, Unset):
            variable_set = []
            for variable_set_item_data in self.variable_set:
                variable_set_item = variable_set_item_data.to_dict()
                variable_set.append(variable_set_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mcm_id is not UNSET:
            field_dict["mcm_id"] = mcm_id
        if variable_set is not UNSET:
            field_dict["variable_set"] = variable_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (VariableSet,) = _nested_models()

        d = dict(src_dict)
        mcm_id = d.pop("mcm_id", UNSET)

        _variable_set = d.pop("variable_set", UNSET)
        variable_set: list[VariableSet] | Unset = UNSET
        if _variable_set is not UNSET:
            variable_set = []
            for variable_set_item_data in _variable_set:
                variable_set_item = VariableSet.from_dict(variable_set_item_data)

                variable_set.append(variable_set_item)

        managed_configuration_configuration_variables = cls(
            mcm_id=mcm_id,
            variable_set=variable_set,
        )

        managed_configuration_configuration_variables.additional_properties = d
        return managed_configuration_configuration_variables

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@cache
def _nested_models() -> tuple[type[VariableSet],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.variable_set import VariableSet  # noqa: PLC0415

    return (VariableSet,)
