from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_configuration_configuration_variables import ManagedConfigurationConfigurationVariables


T = TypeVar("T", bound="ManagedConfiguration")


@_attrs_define
class ManagedConfiguration:
    """
    Attributes:
        configuration_variables (ManagedConfigurationConfigurationVariables | Unset):
        kind (str | Unset):
    """

    configuration_variables: ManagedConfigurationConfigurationVariables | Unset = UNSET
    kind: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration_variables, Unset):
            configuration_variables = self.configuration_variables.to_dict()

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configuration_variables is not UNSET:
            field_dict["configuration_variables"] = configuration_variables
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ManagedConfigurationConfigurationVariables,) = _nested_models()

        d = dict(src_dict)
        _configuration_variables = d.pop("configuration_variables", UNSET)
        configuration_variables: ManagedConfigurationConfigurationVariables | Unset
        if isinstance(_configuration_variables, Unset):
            configuration_variables = UNSET
        else:
            configuration_variables = ManagedConfigurationConfigurationVariables.from_dict(_configuration_variables)

        kind = d.pop("kind", UNSET)

        managed_configuration = cls(
            configuration_variables=configuration_variables,
            kind=kind,
        )

        managed_configuration.additional_properties = d
        return managed_configuration

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
def _nested_models() -> tuple[type[ManagedConfigurationConfigurationVariables],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.managed_configuration_configuration_variables import ManagedConfigurationConfigurationVariables  # noqa: PLC0415

    return (ManagedConfigurationConfigurationVariables,)
