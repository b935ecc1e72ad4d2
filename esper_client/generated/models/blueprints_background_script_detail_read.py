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
    """BlueprintsBackgroundScriptDetailRead's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("always_run", "always_run", _rt.BOOL, required=True),
            _rt.Field("created_at", "created_at", _rt.DATETIME, required=True),
            _rt.Field("created_by", "created_by", _rt.INT, required=True),
            _rt.Field("id", "id", _rt.UUID_, required=True),
            _rt.Field("interpreter", "interpreter", _rt.STR, required=True),
            _rt.Field("name", "name", _rt.STR, required=True),
            _rt.Field("timeout_in_mins", "timeout_in_mins", _rt.INT, required=True),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME, required=True),
            _rt.Field("updated_by", "updated_by", _rt.INT, required=True),
            _rt.Field("script", "script", _rt.STR, required=True),
            _rt.Field("description", "description", _rt.STR),
            _rt.Field(
                "frequency_in_mins",
                "frequency_in_mins",
                _rt.union(
                    _rt.INT,
                    _rt.NONE,
                ),
            ),
        ),
        _rt.ANY,
    )


@_attrs_define
class BlueprintsBackgroundScriptDetailRead:
    """
    Attributes:
        always_run (bool):
        created_at (datetime.datetime):
        created_by (int):
        id (UUID):
        interpreter (str):
        name (str):
        timeout_in_mins (int):
        updated_at (datetime.datetime):
        updated_by (int):
        script (str):
        description (str | Unset):
        frequency_in_mins (int | None | Unset):
    """

    always_run: bool
    created_at: datetime.datetime
    created_by: int
    id: UUID
    interpreter: str
    name: str
    timeout_in_mins: int
    updated_at: datetime.datetime
    updated_by: int
    script: str
    description: str | Unset = UNSET
    frequency_in_mins: int | None | Unset = UNSET
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
