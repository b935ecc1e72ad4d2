from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_apps_filter_app_state_type_0_item import (
    DeviceAppsFilterAppStateType0Item,
    check_device_apps_filter_app_state_type_0_item,
)
from ..models.device_apps_filter_device_os_type_0_item import (
    DeviceAppsFilterDeviceOsType0Item,
    check_device_apps_filter_device_os_type_0_item,
)
from ..models.device_apps_filter_platform_type_0_item import (
    DeviceAppsFilterPlatformType0Item,
    check_device_apps_filter_platform_type_0_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceAppsFilter")


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

    def to_dict(self) -> dict[str, Any]:
        app_state: list[str] | None | Unset
        if isinstance(self.app_state, Unset):
            app_state = UNSET
        elif isinstance(self.app_state, list):
            app_state = []
            for app_state_type_0_item_data in self.app_state:
                app_state_type_0_item: str = app_state_type_0_item_data
                app_state.append(app_state_type_0_item)

        else:
            app_state = self.app_state

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        device_os: list[str] | None | Unset
        if isinstance(self.device_os, Unset):
            device_os = UNSET
        elif isinstance(self.device_os, list):
            device_os = []
            for device_os_type_0_item_data in self.device_os:
                device_os_type_0_item: str = device_os_type_0_item_data
                device_os.append(device_os_type_0_item)

        else:
            device_os = self.device_os

        package_name: list[str] | None | Unset
        if isinstance(self.package_name, Unset):
            package_name = UNSET
        elif isinstance(self.package_name, list):
            package_name = self.package_name

        else:
            package_name = self.package_name

        platform: list[str] | None | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        elif isinstance(self.platform, list):
            platform = []
            for platform_type_0_item_data in self.platform:
                platform_type_0_item: str = platform_type_0_item_data
                platform.append(platform_type_0_item)

        else:
            platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_state is not UNSET:
            field_dict["app_state"] = app_state
        if date is not UNSET:
            field_dict["date"] = date
        if device_os is not UNSET:
            field_dict["device_os"] = device_os
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if platform is not UNSET:
            field_dict["platform"] = platform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_app_state(data: object) -> list[DeviceAppsFilterAppStateType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                app_state_type_0 = []
                _app_state_type_0 = data
                for app_state_type_0_item_data in _app_state_type_0:
                    app_state_type_0_item = check_device_apps_filter_app_state_type_0_item(app_state_type_0_item_data)

                    app_state_type_0.append(app_state_type_0_item)

                return app_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeviceAppsFilterAppStateType0Item] | None | Unset, data)

        app_state = _parse_app_state(d.pop("app_state", UNSET))

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_device_os(data: object) -> list[DeviceAppsFilterDeviceOsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                device_os_type_0 = []
                _device_os_type_0 = data
                for device_os_type_0_item_data in _device_os_type_0:
                    device_os_type_0_item = check_device_apps_filter_device_os_type_0_item(device_os_type_0_item_data)

                    device_os_type_0.append(device_os_type_0_item)

                return device_os_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeviceAppsFilterDeviceOsType0Item] | None | Unset, data)

        device_os = _parse_device_os(d.pop("device_os", UNSET))

        def _parse_package_name(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                package_name_type_0 = cast(list[str], data)

                return package_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        package_name = _parse_package_name(d.pop("package_name", UNSET))

        def _parse_platform(data: object) -> list[DeviceAppsFilterPlatformType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                platform_type_0 = []
                _platform_type_0 = data
                for platform_type_0_item_data in _platform_type_0:
                    platform_type_0_item = check_device_apps_filter_platform_type_0_item(platform_type_0_item_data)

                    platform_type_0.append(platform_type_0_item)

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeviceAppsFilterPlatformType0Item] | None | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        device_apps_filter = cls(
            app_state=app_state,
            date=date,
            device_os=device_os,
            package_name=package_name,
            platform=platform,
        )

        device_apps_filter.additional_properties = d
        return device_apps_filter

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
