from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """TargetList's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.FLOAT),
            _rt.Field("id", "id", _rt.STR),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("pipeline_id", "pipeline_id", _rt.STR),
            _rt.Field("target_list_type", "target_list_type", _rt.STR),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
            _rt.Field("updated_by", "updated_by", _rt.FLOAT),
        ),
        _rt.ANY,
    )


@_attrs_define
class TargetList:
    """
    Attributes:
        created_at (datetime.datetime | Unset): When the target list was created.
        created_by (float | Unset): The id of the user who created it.
        id (str | Unset): The target list's id (set by the server).
        name (str | Unset): The target list's name.
        pipeline_id (str | Unset): The pipeline (its id) that the list belongs to.
        target_list_type (str | Unset): What the list holds; DEVICES, GROUPS (device groups) or COLLECTIONS.
        updated_at (datetime.datetime | Unset): When the target list was last changed.
        updated_by (float | Unset): The id of the user who last changed it.
    """

    created_at: datetime.datetime | Unset = UNSET
    created_by: float | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    pipeline_id: str | Unset = UNSET
    target_list_type: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: float | Unset = UNSET
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
