from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceModelV1")


@_attrs_define
class DeviceModelV1:
    """
    Attributes:
        auto_update (bool):
        created_at (datetime.datetime):
        device_model_id (UUID):
        latest (bool):
        locked_build_id (None | UUID):
        manufacturer (None | str):
        model (None | str):
        model_display_name (None | str):
        profile_name (None | str):
        profile_variant (None | str):
        update_compatible_android_api_level_begin (int):
        created_by (str | Unset):
        update_compatible_android_api_level_end (int | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
    """

    auto_update: bool
    created_at: datetime.datetime
    device_model_id: UUID
    latest: bool
    locked_build_id: None | UUID
    manufacturer: None | str
    model: None | str
    model_display_name: None | str
    profile_name: None | str
    profile_variant: None | str
    update_compatible_android_api_level_begin: int
    created_by: str | Unset = UNSET
    update_compatible_android_api_level_end: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_update = self.auto_update

        created_at = self.created_at.isoformat()

        device_model_id = str(self.device_model_id)

        latest = self.latest

        locked_build_id: None | str
        if isinstance(self.locked_build_id, UUID):
            locked_build_id = str(self.locked_build_id)
        else:
            locked_build_id = self.locked_build_id

        manufacturer: None | str
        manufacturer = self.manufacturer

        model: None | str
        model = self.model

        model_display_name: None | str
        model_display_name = self.model_display_name

        profile_name: None | str
        profile_name = self.profile_name

        profile_variant: None | str
        profile_variant = self.profile_variant

        update_compatible_android_api_level_begin = self.update_compatible_android_api_level_begin

        created_by = self.created_by

        update_compatible_android_api_level_end = self.update_compatible_android_api_level_end

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auto_update": auto_update,
                "created_at": created_at,
                "device_model_id": device_model_id,
                "latest": latest,
                "locked_build_id": locked_build_id,
                "manufacturer": manufacturer,
                "model": model,
                "model_display_name": model_display_name,
                "profile_name": profile_name,
                "profile_variant": profile_variant,
                "update_compatible_android_api_level_begin": update_compatible_android_api_level_begin,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if update_compatible_android_api_level_end is not UNSET:
            field_dict["update_compatible_android_api_level_end"] = update_compatible_android_api_level_end
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_update = d.pop("auto_update")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        device_model_id = UUID(d.pop("device_model_id"))

        latest = d.pop("latest")

        def _parse_locked_build_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locked_build_id_type_0 = UUID(data)

                return locked_build_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        locked_build_id = _parse_locked_build_id(d.pop("locked_build_id"))

        def _parse_manufacturer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        manufacturer = _parse_manufacturer(d.pop("manufacturer"))

        def _parse_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model = _parse_model(d.pop("model"))

        def _parse_model_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model_display_name = _parse_model_display_name(d.pop("model_display_name"))

        def _parse_profile_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        profile_name = _parse_profile_name(d.pop("profile_name"))

        def _parse_profile_variant(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        profile_variant = _parse_profile_variant(d.pop("profile_variant"))

        update_compatible_android_api_level_begin = d.pop("update_compatible_android_api_level_begin")

        created_by = d.pop("created_by", UNSET)

        update_compatible_android_api_level_end = d.pop("update_compatible_android_api_level_end", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        device_model_v1 = cls(
            auto_update=auto_update,
            created_at=created_at,
            device_model_id=device_model_id,
            latest=latest,
            locked_build_id=locked_build_id,
            manufacturer=manufacturer,
            model=model,
            model_display_name=model_display_name,
            profile_name=profile_name,
            profile_variant=profile_variant,
            update_compatible_android_api_level_begin=update_compatible_android_api_level_begin,
            created_by=created_by,
            update_compatible_android_api_level_end=update_compatible_android_api_level_end,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        device_model_v1.additional_properties = d
        return device_model_v1

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
