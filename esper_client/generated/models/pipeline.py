from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """Pipeline's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("created_by", "created_by", _rt.FLOAT, required=True),
            _rt.Field("name", "name", _rt.STR, required=True),
            _rt.Field("updated_by", "updated_by", _rt.FLOAT, required=True),
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("description", "description", _rt.STR),
            _rt.Field("enterprise_id", "enterprise_id", _rt.STR),
            _rt.Field("id", "id", _rt.STR),
            _rt.Field("is_active", "is_active", _rt.BOOL),
            _rt.Field("is_archived", "is_archived", _rt.BOOL),
            _rt.Field("is_default", "is_default", _rt.BOOL),
            _rt.Field("is_valid", "is_valid", _rt.BOOL),
            _rt.Field("is_visible", "is_visible", _rt.BOOL),
            _rt.Field("timeout_seconds", "timeout_seconds", _rt.FLOAT),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
        ),
        _rt.ANY,
    )


@_attrs_define
class Pipeline:
    """
    Attributes:
        created_by (float):
        name (str):
        updated_by (float):
        created_at (datetime.datetime | Unset):
        description (str | Unset):
        enterprise_id (str | Unset):
        id (str | Unset):
        is_active (bool | Unset):
        is_archived (bool | Unset):
        is_default (bool | Unset):
        is_valid (bool | Unset):
        is_visible (bool | Unset):
        timeout_seconds (float | Unset):
        updated_at (datetime.datetime | Unset):
    """

    created_by: float
    name: str
    updated_by: float
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    enterprise_id: str | Unset = UNSET
    id: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_archived: bool | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_valid: bool | Unset = UNSET
    is_visible: bool | Unset = UNSET
    timeout_seconds: float | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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
