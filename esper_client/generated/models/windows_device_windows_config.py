from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WindowsDeviceWindowsConfig")


@_attrs_define
class WindowsDeviceWindowsConfig:
    """
    Attributes:
        channel_updated_at (datetime.datetime | Unset):
        channel_uri (str | Unset):
    """

    channel_updated_at: datetime.datetime | Unset = UNSET
    channel_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_updated_at: str | Unset = UNSET
        if not isinstance(self.channel_updated_at, Unset):
            channel_updated_at = self.channel_updated_at.isoformat()

        channel_uri = self.channel_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_updated_at is not UNSET:
            field_dict["channel_updated_at"] = channel_updated_at
        if channel_uri is not UNSET:
            field_dict["channel_uri"] = channel_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _channel_updated_at = d.pop("channel_updated_at", UNSET)
        channel_updated_at: datetime.datetime | Unset
        if isinstance(_channel_updated_at, Unset):
            channel_updated_at = UNSET
        else:
            channel_updated_at = datetime.datetime.fromisoformat(_channel_updated_at)

        channel_uri = d.pop("channel_uri", UNSET)

        windows_device_windows_config = cls(
            channel_updated_at=channel_updated_at,
            channel_uri=channel_uri,
        )

        windows_device_windows_config.additional_properties = d
        return windows_device_windows_config

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
