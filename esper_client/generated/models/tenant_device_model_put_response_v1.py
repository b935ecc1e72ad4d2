from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantDeviceModelPUTResponseV1")


@_attrs_define
class TenantDeviceModelPUTResponseV1:
    """
    Attributes:
        locked_build_id (None | UUID):
        auto_update (bool | Unset):
        latest (bool | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
    """

    locked_build_id: None | UUID
    auto_update: bool | Unset = UNSET
    latest: bool | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locked_build_id: None | str
        if isinstance(self.locked_build_id, UUID):
            locked_build_id = str(self.locked_build_id)
        else:
            locked_build_id = self.locked_build_id

        auto_update = self.auto_update

        latest = self.latest

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locked_build_id": locked_build_id,
            }
        )
        if auto_update is not UNSET:
            field_dict["auto_update"] = auto_update
        if latest is not UNSET:
            field_dict["latest"] = latest
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        auto_update = d.pop("auto_update", UNSET)

        latest = d.pop("latest", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        tenant_device_model_put_response_v1 = cls(
            locked_build_id=locked_build_id,
            auto_update=auto_update,
            latest=latest,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        tenant_device_model_put_response_v1.additional_properties = d
        return tenant_device_model_put_response_v1

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
