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
    """Webclip's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.STR),
            _rt.Field(
                "icon_url",
                "icon_url",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("is_full_screen", "is_full_screen", _rt.BOOL),
            _rt.Field("is_removable", "is_removable", _rt.BOOL),
            _rt.Field("label", "label", _rt.STR),
            _rt.Field("target_bundle_id", "target_bundle_id", _rt.STR),
            _rt.Field("target_bundle_name", "target_bundle_name", _rt.STR),
            _rt.Field("tenant_id", "tenant_id", _rt.UUID_),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
            _rt.Field("updated_by", "updated_by", _rt.STR),
            _rt.Field("url", "url", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class Webclip:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        icon_url (None | str | Unset):
        id (UUID | Unset):
        is_full_screen (bool | Unset):
        is_removable (bool | Unset):
        label (str | Unset):
        target_bundle_id (str | Unset):
        target_bundle_name (str | Unset):
        tenant_id (UUID | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
        url (str | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    icon_url: None | str | Unset = UNSET
    id: UUID | Unset = UNSET
    is_full_screen: bool | Unset = UNSET
    is_removable: bool | Unset = UNSET
    label: str | Unset = UNSET
    target_bundle_id: str | Unset = UNSET
    target_bundle_name: str | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    url: str | Unset = UNSET
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
