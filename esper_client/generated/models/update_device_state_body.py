from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_device_state_body_device_settings import UpdateDeviceStateBodyDeviceSettings


T = TypeVar("T", bound="UpdateDeviceStateBody")


@_attrs_define
class UpdateDeviceStateBody:
    """
    Attributes:
        device_settings (UpdateDeviceStateBodyDeviceSettings):
        event_ts (float | Unset):
    """

    device_settings: UpdateDeviceStateBodyDeviceSettings
    event_ts: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_settings = self.device_settings.to_dict()

        event_ts = self.event_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_settings": device_settings,
            }
        )
        if event_ts is not UNSET:
            field_dict["event_ts"] = event_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (UpdateDeviceStateBodyDeviceSettings,) = _nested_models()

        d = dict(src_dict)
        device_settings = UpdateDeviceStateBodyDeviceSettings.from_dict(d.pop("device_settings"))

        event_ts = d.pop("event_ts", UNSET)

        update_device_state_body = cls(
            device_settings=device_settings,
            event_ts=event_ts,
        )

        update_device_state_body.additional_properties = d
        return update_device_state_body

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
def _nested_models() -> tuple[type[UpdateDeviceStateBodyDeviceSettings],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.update_device_state_body_device_settings import UpdateDeviceStateBodyDeviceSettings  # noqa: PLC0415

    return (UpdateDeviceStateBodyDeviceSettings,)
