from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_action_update_position_in_blueprints import (
    CustomActionUpdatePositionInBlueprints,
    check_custom_action_update_position_in_blueprints,
)
from ..models.custom_action_update_position_in_device_settings import (
    CustomActionUpdatePositionInDeviceSettings,
    check_custom_action_update_position_in_device_settings,
)
from ..models.custom_action_update_state import CustomActionUpdateState, check_custom_action_update_state
from ..models.custom_action_update_type import CustomActionUpdateType, check_custom_action_update_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_action_update_properties import CustomActionUpdateProperties
    from ..models.options_request import OptionsRequest


T = TypeVar("T", bound="CustomActionUpdate")


@_attrs_define
class CustomActionUpdate:
    """
    Attributes:
        name (str | Unset):
        options (list[OptionsRequest] | Unset):
        position_in_blueprints (CustomActionUpdatePositionInBlueprints | Unset):
        position_in_device_settings (CustomActionUpdatePositionInDeviceSettings | Unset):
        properties (CustomActionUpdateProperties | Unset):
        state (CustomActionUpdateState | Unset):
        type_ (CustomActionUpdateType | Unset):
    """

    name: str | Unset = UNSET
    options: list[OptionsRequest] | Unset = UNSET
    position_in_blueprints: CustomActionUpdatePositionInBlueprints | Unset = UNSET
    position_in_device_settings: CustomActionUpdatePositionInDeviceSettings | Unset = UNSET
    properties: CustomActionUpdateProperties | Unset = UNSET
    state: CustomActionUpdateState | Unset = UNSET
    type_: CustomActionUpdateType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        position_in_blueprints: str | Unset = UNSET
        if not isinstance(self.position_in_blueprints, Unset):
            position_in_blueprints = self.position_in_blueprints

        position_in_device_settings: str | Unset = UNSET
        if not isinstance(self.position_in_device_settings, Unset):
            position_in_device_settings = self.position_in_device_settings

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if options is not UNSET:
            field_dict["options"] = options
        if position_in_blueprints is not UNSET:
            field_dict["position_in_blueprints"] = position_in_blueprints
        if position_in_device_settings is not UNSET:
            field_dict["position_in_device_settings"] = position_in_device_settings
        if properties is not UNSET:
            field_dict["properties"] = properties
        if state is not UNSET:
            field_dict["state"] = state
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            CustomActionUpdateProperties,
            OptionsRequest,
        ) = _nested_models()

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _options = d.pop("options", UNSET)
        options: list[OptionsRequest] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = OptionsRequest.from_dict(options_item_data)

                options.append(options_item)

        _position_in_blueprints = d.pop("position_in_blueprints", UNSET)
        position_in_blueprints: CustomActionUpdatePositionInBlueprints | Unset
        if isinstance(_position_in_blueprints, Unset):
            position_in_blueprints = UNSET
        else:
            position_in_blueprints = check_custom_action_update_position_in_blueprints(_position_in_blueprints)

        _position_in_device_settings = d.pop("position_in_device_settings", UNSET)
        position_in_device_settings: CustomActionUpdatePositionInDeviceSettings | Unset
        if isinstance(_position_in_device_settings, Unset):
            position_in_device_settings = UNSET
        else:
            position_in_device_settings = check_custom_action_update_position_in_device_settings(
                _position_in_device_settings
            )

        _properties = d.pop("properties", UNSET)
        properties: CustomActionUpdateProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = CustomActionUpdateProperties.from_dict(_properties)

        _state = d.pop("state", UNSET)
        state: CustomActionUpdateState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_custom_action_update_state(_state)

        _type_ = d.pop("type", UNSET)
        type_: CustomActionUpdateType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_custom_action_update_type(_type_)

        custom_action_update = cls(
            name=name,
            options=options,
            position_in_blueprints=position_in_blueprints,
            position_in_device_settings=position_in_device_settings,
            properties=properties,
            state=state,
            type_=type_,
        )

        custom_action_update.additional_properties = d
        return custom_action_update

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
def _nested_models() -> tuple[
    type[CustomActionUpdateProperties],
    type[OptionsRequest],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.custom_action_update_properties import CustomActionUpdateProperties  # noqa: PLC0415
    from ..models.options_request import OptionsRequest  # noqa: PLC0415

    return (
        CustomActionUpdateProperties,
        OptionsRequest,
    )
