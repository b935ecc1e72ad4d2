from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.device_apps_filter_app_state_type_0_item import (
    DeviceAppsFilterAppStateType0Item,
)
from ..models.device_apps_filter_device_os_type_0_item import (
    DeviceAppsFilterDeviceOsType0Item,
)
from ..models.device_apps_filter_platform_type_0_item import (
    DeviceAppsFilterPlatformType0Item,
)
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """DeviceAppsFilter's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field(
                "app_state",
                "app_state",
                _rt.union(
                    _rt.list_of(
                        _rt.enum(
                            "DeviceAppsFilterAppStateType0Item", ["DISABLE", "HIDE", "LAUNCHABLE_BUT_HIDDEN", "SHOW"]
                        )
                    ),
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "date",
                "date",
                _rt.union(
                    _rt.DATE,
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "device_os",
                "device_os",
                _rt.union(
                    _rt.list_of(_rt.enum("DeviceAppsFilterDeviceOsType0Item", ["Android", "iOS"])),
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "package_name",
                "package_name",
                _rt.union(
                    _rt.list_of(_rt.STR),
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "platform",
                "platform",
                _rt.union(
                    _rt.list_of(
                        _rt.enum("DeviceAppsFilterPlatformType0Item", ["Android", "Apple", "Linux", "Windows"])
                    ),
                    _rt.NONE,
                ),
            ),
        ),
        _rt.ANY,
    )


@_attrs_define
class DeviceAppsFilter:
    """
    Attributes:
        app_state (list[DeviceAppsFilterAppStateType0Item] | None | Unset):
        date (datetime.date | None | Unset):
        device_os (list[DeviceAppsFilterDeviceOsType0Item] | None | Unset):
        package_name (list[str] | None | Unset):
        platform (list[DeviceAppsFilterPlatformType0Item] | None | Unset):
    """

    app_state: list[DeviceAppsFilterAppStateType0Item] | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    device_os: list[DeviceAppsFilterDeviceOsType0Item] | None | Unset = UNSET
    package_name: list[str] | None | Unset = UNSET
    platform: list[DeviceAppsFilterPlatformType0Item] | None | Unset = UNSET
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
