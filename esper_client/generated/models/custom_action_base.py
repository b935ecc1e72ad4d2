from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_action_base_position_in_blueprints import (
    CustomActionBasePositionInBlueprints,
    check_custom_action_base_position_in_blueprints,
)
from ..models.custom_action_base_position_in_device_settings import (
    CustomActionBasePositionInDeviceSettings,
    check_custom_action_base_position_in_device_settings,
)
from ..models.custom_action_base_state import CustomActionBaseState, check_custom_action_base_state
from ..models.custom_action_base_type import CustomActionBaseType, check_custom_action_base_type

if TYPE_CHECKING:
    from ..models.custom_action_base_properties import CustomActionBaseProperties


T = TypeVar("T", bound="CustomActionBase")


@_attrs_define
class CustomActionBase:
    """
    Attributes:
        name (str):
        position_in_blueprints (CustomActionBasePositionInBlueprints):
        position_in_device_settings (CustomActionBasePositionInDeviceSettings):
        properties (CustomActionBaseProperties):
        state (CustomActionBaseState):
        type_ (CustomActionBaseType):
    """

    name: str
    position_in_blueprints: CustomActionBasePositionInBlueprints
    position_in_device_settings: CustomActionBasePositionInDeviceSettings
    properties: CustomActionBaseProperties
    state: CustomActionBaseState
    type_: CustomActionBaseType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        position_in_blueprints: str = self.position_in_blueprints

        position_in_device_settings: str = self.position_in_device_settings

        properties = self.properties.to_dict()

        state: str = self.state

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "position_in_blueprints": position_in_blueprints,
                "position_in_device_settings": position_in_device_settings,
                "properties": properties,
                "state": state,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (CustomActionBaseProperties,) = _nested_models()

        d = dict(src_dict)
        name = d.pop("name")

        position_in_blueprints = check_custom_action_base_position_in_blueprints(d.pop("position_in_blueprints"))

        position_in_device_settings = check_custom_action_base_position_in_device_settings(
            d.pop("position_in_device_settings")
        )

        properties = CustomActionBaseProperties.from_dict(d.pop("properties"))

        state = check_custom_action_base_state(d.pop("state"))

        type_ = check_custom_action_base_type(d.pop("type"))

        custom_action_base = cls(
            name=name,
            position_in_blueprints=position_in_blueprints,
            position_in_device_settings=position_in_device_settings,
            properties=properties,
            state=state,
            type_=type_,
        )

        custom_action_base.additional_properties = d
        return custom_action_base

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
def _nested_models() -> tuple[type[CustomActionBaseProperties],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.custom_action_base_properties import CustomActionBaseProperties  # noqa: PLC0415

    return (CustomActionBaseProperties,)
