from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v0_command_status_1_meta_device import V0CommandStatus1MetaDevice


T = TypeVar("T", bound="V0CommandStatus1Meta")


@_attrs_define
class V0CommandStatus1Meta:
    """
    Attributes:
        device (V0CommandStatus1MetaDevice | Unset):
    """

    device: V0CommandStatus1MetaDevice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (V0CommandStatus1MetaDevice,) = _nested_models()

        d = dict(src_dict)
        _device = d.pop("device", UNSET)
        device: V0CommandStatus1MetaDevice | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = V0CommandStatus1MetaDevice.from_dict(_device)

        v0_command_status_1_meta = cls(
            device=device,
        )

        v0_command_status_1_meta.additional_properties = d
        return v0_command_status_1_meta

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
def _nested_models() -> tuple[type[V0CommandStatus1MetaDevice],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.v0_command_status_1_meta_device import V0CommandStatus1MetaDevice  # noqa: PLC0415

    return (V0CommandStatus1MetaDevice,)
