from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.custom_action_base_position_in_blueprints import (
    CustomActionBasePositionInBlueprints,
)
from ..models.custom_action_base_position_in_device_settings import (
    CustomActionBasePositionInDeviceSettings,
)
from ..models.custom_action_base_state import CustomActionBaseState
from ..models.custom_action_base_type import CustomActionBaseType

if TYPE_CHECKING:
    from ..models.custom_action_base_properties import CustomActionBaseProperties


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """CustomActionBase's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.custom_action_base_properties import CustomActionBaseProperties  # noqa: PLC0415

    return (
        (
            _rt.Field("name", "name", _rt.STR, required=True),
            _rt.Field(
                "position_in_blueprints",
                "position_in_blueprints",
                _rt.enum(
                    "CustomActionBasePositionInBlueprints",
                    [
                        "blueprints_apps_and_configuration",
                        "blueprints_connectivity",
                        "blueprints_device_security",
                        "blueprints_display_and_branding",
                        "blueprints_esper_settings",
                        "blueprints_files",
                        "blueprints_hardware_settings",
                        "blueprints_platform_services",
                        "blueprints_scripts",
                        "blueprints_sound",
                        "blueprints_system_updates",
                        "blueprints_time_and_date",
                        "none",
                    ],
                ),
                required=True,
            ),
            _rt.Field(
                "position_in_device_settings",
                "position_in_device_settings",
                _rt.enum("CustomActionBasePositionInDeviceSettings", ["device_quick_settings", "none"]),
                required=True,
            ),
            _rt.Field("properties", "properties", _rt.model(CustomActionBaseProperties), required=True),
            _rt.Field(
                "state", "state", _rt.enum("CustomActionBaseState", ["active", "draft", "inactive"]), required=True
            ),
            _rt.Field(
                "type",
                "type_",
                _rt.enum("CustomActionBaseType", ["button", "dropdown", "radio", "toggle"]),
                required=True,
            ),
        ),
        _rt.ANY,
    )


@_attrs_define
class CustomActionBase:
    """
    Attributes:
        name (str): The action's name, 1 to 50 characters.
        position_in_blueprints (CustomActionBasePositionInBlueprints): Which blueprint section shows the action, or
            none.
        position_in_device_settings (CustomActionBasePositionInDeviceSettings): Whether the device's quick settings show
            the action (device_quick_settings) or nothing does (none).
        properties (CustomActionBaseProperties): Texts shown with the action (description, info_message,
            tooltip_message).
        state (CustomActionBaseState): The action's life-cycle state: draft, active or inactive; only an active action
            reaches Linux devices.
        type_ (CustomActionBaseType): Which console control the action is: button, toggle, radio or dropdown.
    """

    name: str
    position_in_blueprints: CustomActionBasePositionInBlueprints
    position_in_device_settings: CustomActionBasePositionInDeviceSettings
    properties: CustomActionBaseProperties
    state: CustomActionBaseState
    type_: CustomActionBaseType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)

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
