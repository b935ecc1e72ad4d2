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
    """DeviceGroupUpdate's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("name", "name", _rt.STR, required=True),
            _rt.Field("children_count", "children_count", _rt.INT),
            _rt.Field("created_on", "created_on", _rt.DATETIME),
            _rt.Field("device_count", "device_count", _rt.INT),
            _rt.Field("device_ids", "device_ids", _rt.list_of(_rt.UUID_)),
            _rt.Field("enterprise", "enterprise", _rt.STR),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("parent", "parent", _rt.UUID_),
            _rt.Field("path", "path", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class DeviceGroupUpdate:
    """
    Attributes:
        name (str): The group's name.
        children_count (int | Unset): How many child groups the group has; set by the server.
        created_on (datetime.datetime | Unset): When the group was created; set by the server.
        device_count (int | Unset): How many devices the group holds; set by the server.
        device_ids (list[UUID] | Unset): Ids of devices; on an update, the ones the action applies to.
        enterprise (str | Unset): URL of the enterprise the group belongs to; set by the server.
        id (UUID | Unset): The group's id; set by the server.
        parent (UUID | Unset): Id of the group this one sits under.
        path (str | Unset): Where the group sits in the hierarchy, from the top; set by the server.
    """

    name: str
    children_count: int | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    device_count: int | Unset = UNSET
    device_ids: list[UUID] | Unset = UNSET
    enterprise: str | Unset = UNSET
    id: UUID | Unset = UNSET
    parent: UUID | Unset = UNSET
    path: str | Unset = UNSET
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
