from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.google_device import GoogleDevice


T = TypeVar("T", bound="DevicesListResponse")


@_attrs_define
class DevicesListResponse:
    """
    Attributes:
        device (list[GoogleDevice] | Unset):
    """

    device: list[GoogleDevice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = []
            for device_item_data in self.device:
                device_item = device_item_data.to_dict()
                device.append(device_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (GoogleDevice,) = _nested_models()

        d = dict(src_dict)
        _device = d.pop("device", UNSET)
        device: list[GoogleDevice] | Unset = UNSET
        if _device is not UNSET:
            device = []
            for device_item_data in _device:
                device_item = GoogleDevice.from_dict(device_item_data)

                device.append(device_item)

        devices_list_response = cls(
            device=device,
        )

        devices_list_response.additional_properties = d
        return devices_list_response

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
def _nested_models() -> tuple[type[GoogleDevice],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.google_device import GoogleDevice  # noqa: PLC0415

    return (GoogleDevice,)
