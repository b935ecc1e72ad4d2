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
    """DeviceApp's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("app_name", "app_name", _rt.STR, required=True),
            _rt.Field("device", "device", _rt.UUID_, required=True),
            _rt.Field("package_name", "package_name", _rt.STR, required=True),
            _rt.Field("app_type", "app_type", _rt.STR),
            _rt.Field("created_on", "created_on", _rt.DATETIME),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("is_active", "is_active", _rt.BOOL),
            _rt.Field("is_data_clearable", "is_data_clearable", _rt.BOOL),
            _rt.Field("is_esper_controlled", "is_esper_controlled", _rt.BOOL),
            _rt.Field("is_kiosk_app", "is_kiosk_app", _rt.BOOL),
            _rt.Field("is_uninstallable", "is_uninstallable", _rt.BOOL),
            _rt.Field(
                "product_id",
                "product_id",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("state", "state", _rt.STR),
            _rt.Field("updated_on", "updated_on", _rt.DATETIME),
            _rt.Field(
                "version_code",
                "version_code",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "version_name",
                "version_name",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("whitelisted", "whitelisted", _rt.BOOL),
        ),
        _rt.ANY,
    )


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
