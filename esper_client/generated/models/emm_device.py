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
    """EmmDevice's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("created_on", "created_on", _rt.DATETIME),
            _rt.Field("device", "device", _rt.UUID_),
            _rt.Field("google_device_id", "google_device_id", _rt.STR),
            _rt.Field("google_user", "google_user", _rt.INT),
            _rt.Field("id", "id", _rt.INT),
            _rt.Field("is_active", "is_active", _rt.BOOL),
            _rt.Field("managementType", "management_type", _rt.STR),
            _rt.Field("policy", "policy", _rt.INT),
            _rt.Field("updated_on", "updated_on", _rt.DATETIME),
        ),
        _rt.ANY,
    )


@_attrs_define
class EmmDevice:
    """
    Attributes:
        created_on (datetime.datetime | Unset):
        device (UUID | Unset):
        google_device_id (str | Unset):
        google_user (int | Unset):
        id (int | Unset):
        is_active (bool | Unset):  Default: True.
        management_type (str | Unset):
        policy (int | Unset):
        updated_on (datetime.datetime | Unset):
    """

    created_on: datetime.datetime | Unset = UNSET
    device: UUID | Unset = UNSET
    google_device_id: str | Unset = UNSET
    google_user: int | Unset = UNSET
    id: int | Unset = UNSET
    is_active: bool | Unset = True
    management_type: str | Unset = UNSET
    policy: int | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
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
