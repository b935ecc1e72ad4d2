from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_tile_icon_apply_mode import ApplyTileIconApplyMode, check_apply_tile_icon_apply_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyTileIcon")


@_attrs_define
class ApplyTileIcon:
    """
    Attributes:
        icon (None | UUID):
        apply_mode (ApplyTileIconApplyMode | Unset):  Default: 'devices'.
        device_model (None | str | Unset):
        devices (list[str] | None | Unset):
        groups (list[str] | None | Unset):
    """

    icon: None | UUID
    apply_mode: ApplyTileIconApplyMode | Unset = "devices"
    device_model: None | str | Unset = UNSET
    devices: list[str] | None | Unset = UNSET
    groups: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        icon: None | str
        if isinstance(self.icon, UUID):
            icon = str(self.icon)
        else:
            icon = self.icon

        apply_mode: str | Unset = UNSET
        if not isinstance(self.apply_mode, Unset):
            apply_mode = self.apply_mode

        device_model: None | str | Unset
        if isinstance(self.device_model, Unset):
            device_model = UNSET
        else:
            device_model = self.device_model

        devices: list[str] | None | Unset
        if isinstance(self.devices, Unset):
            devices = UNSET
        elif isinstance(self.devices, list):
            devices = self.devices

        else:
            devices = self.devices

        groups: list[str] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = self.groups

        else:
            groups = self.groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "icon": icon,
            }
        )
        if apply_mode is not UNSET:
            field_dict["apply_mode"] = apply_mode
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if devices is not UNSET:
            field_dict["devices"] = devices
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_icon(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                icon_type_0 = UUID(data)

                return icon_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        icon = _parse_icon(d.pop("icon"))

        _apply_mode = d.pop("apply_mode", UNSET)
        apply_mode: ApplyTileIconApplyMode | Unset
        if isinstance(_apply_mode, Unset):
            apply_mode = UNSET
        else:
            apply_mode = check_apply_tile_icon_apply_mode(_apply_mode)

        def _parse_device_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_model = _parse_device_model(d.pop("device_model", UNSET))

        def _parse_devices(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                devices_type_0 = cast(list[str], data)

                return devices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        devices = _parse_devices(d.pop("devices", UNSET))

        def _parse_groups(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = cast(list[str], data)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        groups = _parse_groups(d.pop("groups", UNSET))

        apply_tile_icon = cls(
            icon=icon,
            apply_mode=apply_mode,
            device_model=device_model,
            devices=devices,
            groups=groups,
        )

        apply_tile_icon.additional_properties = d
        return apply_tile_icon

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
