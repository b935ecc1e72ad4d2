from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceApp")


@_attrs_define
class DeviceApp:
    """
    Attributes:
        app_name (str):
        device (UUID):
        package_name (str):
        app_type (str | Unset):
        created_on (datetime.datetime | Unset):
        id (UUID | Unset):
        is_active (bool | Unset):
        is_data_clearable (bool | Unset):
        is_esper_controlled (bool | Unset):
        is_kiosk_app (bool | Unset):
        is_uninstallable (bool | Unset):
        product_id (None | str | Unset):
        state (str | Unset):
        updated_on (datetime.datetime | Unset):
        version_code (None | str | Unset):
        version_name (None | str | Unset):
        whitelisted (bool | Unset):
    """

    app_name: str
    device: UUID
    package_name: str
    app_type: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    id: UUID | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_data_clearable: bool | Unset = UNSET
    is_esper_controlled: bool | Unset = UNSET
    is_kiosk_app: bool | Unset = UNSET
    is_uninstallable: bool | Unset = UNSET
    product_id: None | str | Unset = UNSET
    state: str | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    version_code: None | str | Unset = UNSET
    version_name: None | str | Unset = UNSET
    whitelisted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_name = self.app_name

        device = str(self.device)

        package_name = self.package_name

        app_type = self.app_type

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_active = self.is_active

        is_data_clearable = self.is_data_clearable

        is_esper_controlled = self.is_esper_controlled

        is_kiosk_app = self.is_kiosk_app

        is_uninstallable = self.is_uninstallable

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        state = self.state

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        version_code: None | str | Unset
        if isinstance(self.version_code, Unset):
            version_code = UNSET
        else:
            version_code = self.version_code

        version_name: None | str | Unset
        if isinstance(self.version_name, Unset):
            version_name = UNSET
        else:
            version_name = self.version_name

        whitelisted = self.whitelisted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_name": app_name,
                "device": device,
                "package_name": package_name,
            }
        )
        if app_type is not UNSET:
            field_dict["app_type"] = app_type
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_data_clearable is not UNSET:
            field_dict["is_data_clearable"] = is_data_clearable
        if is_esper_controlled is not UNSET:
            field_dict["is_esper_controlled"] = is_esper_controlled
        if is_kiosk_app is not UNSET:
            field_dict["is_kiosk_app"] = is_kiosk_app
        if is_uninstallable is not UNSET:
            field_dict["is_uninstallable"] = is_uninstallable
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if state is not UNSET:
            field_dict["state"] = state
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if version_code is not UNSET:
            field_dict["version_code"] = version_code
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if whitelisted is not UNSET:
            field_dict["whitelisted"] = whitelisted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_name = d.pop("app_name")

        device = UUID(d.pop("device"))

        package_name = d.pop("package_name")

        app_type = d.pop("app_type", UNSET)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        is_active = d.pop("is_active", UNSET)

        is_data_clearable = d.pop("is_data_clearable", UNSET)

        is_esper_controlled = d.pop("is_esper_controlled", UNSET)

        is_kiosk_app = d.pop("is_kiosk_app", UNSET)

        is_uninstallable = d.pop("is_uninstallable", UNSET)

        def _parse_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

        state = d.pop("state", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        def _parse_version_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_code = _parse_version_code(d.pop("version_code", UNSET))

        def _parse_version_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_name = _parse_version_name(d.pop("version_name", UNSET))

        whitelisted = d.pop("whitelisted", UNSET)

        device_app = cls(
            app_name=app_name,
            device=device,
            package_name=package_name,
            app_type=app_type,
            created_on=created_on,
            id=id,
            is_active=is_active,
            is_data_clearable=is_data_clearable,
            is_esper_controlled=is_esper_controlled,
            is_kiosk_app=is_kiosk_app,
            is_uninstallable=is_uninstallable,
            product_id=product_id,
            state=state,
            updated_on=updated_on,
            version_code=version_code,
            version_name=version_name,
            whitelisted=whitelisted,
        )

        device_app.additional_properties = d
        return device_app

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
