from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """DeviceModelV1's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("auto_update", "auto_update", _rt.BOOL, required=True),
            _rt.Field("created_at", "created_at", _rt.DATETIME, required=True),
            _rt.Field("device_model_id", "device_model_id", _rt.UUID_, required=True),
            _rt.Field("latest", "latest", _rt.BOOL, required=True),
            _rt.Field(
                "locked_build_id",
                "locked_build_id",
                _rt.union(
                    _rt.UUID_,
                    _rt.NONE,
                ),
                required=True,
            ),
            _rt.Field(
                "manufacturer",
                "manufacturer",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
                required=True,
            ),
            _rt.Field(
                "model",
                "model",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
                required=True,
            ),
            _rt.Field(
                "model_display_name",
                "model_display_name",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
                required=True,
            ),
            _rt.Field(
                "profile_name",
                "profile_name",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
                required=True,
            ),
            _rt.Field(
                "profile_variant",
                "profile_variant",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
                required=True,
            ),
            _rt.Field(
                "update_compatible_android_api_level_begin",
                "update_compatible_android_api_level_begin",
                _rt.INT,
                required=True,
            ),
            _rt.Field("created_by", "created_by", _rt.STR),
            _rt.Field("update_compatible_android_api_level_end", "update_compatible_android_api_level_end", _rt.INT),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
            _rt.Field("updated_by", "updated_by", _rt.STR),
        ),
        _rt.ANY,
    )


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
