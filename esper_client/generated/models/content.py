from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_owner import ContentOwner


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """Content's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.content_owner import ContentOwner  # noqa: PLC0415

    return (
        (
            _rt.Field("id", "id", _rt.INT, required=True),
            _rt.Field("created", "created", _rt.DATETIME),
            _rt.Field(
                "description",
                "description",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("download_url", "download_url", _rt.STR),
            _rt.Field("enterprise", "enterprise", _rt.STR),
            _rt.Field("hash", "hash_", _rt.STR),
            _rt.Field("is_dir", "is_dir", _rt.BOOL),
            _rt.Field("key", "key", _rt.STR),
            _rt.Field(
                "kind",
                "kind",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("modified", "modified", _rt.DATETIME),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("owner", "owner", _rt.model(ContentOwner)),
            _rt.Field("path", "path", _rt.STR),
            _rt.Field("permissions", "permissions", _rt.STR),
            _rt.Field("size", "size", _rt.STR),
            _rt.Field("tags", "tags", _rt.list_of(_rt.STR)),
        ),
        _rt.ANY,
    )


@_attrs_define
class Content:
    """
    Attributes:
        id (int):
        created (datetime.datetime | Unset):
        description (None | str | Unset):
        download_url (str | Unset):
        enterprise (str | Unset):
        hash_ (str | Unset):
        is_dir (bool | Unset):  Default: False.
        key (str | Unset):
        kind (None | str | Unset):
        modified (datetime.datetime | Unset):
        name (str | Unset):
        owner (ContentOwner | Unset):
        path (str | Unset):
        permissions (str | Unset):
        size (str | Unset):
        tags (list[str] | Unset):
    """

    id: int
    created: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    download_url: str | Unset = UNSET
    enterprise: str | Unset = UNSET
    hash_: str | Unset = UNSET
    is_dir: bool | Unset = False
    key: str | Unset = UNSET
    kind: None | str | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    owner: ContentOwner | Unset = UNSET
    path: str | Unset = UNSET
    permissions: str | Unset = UNSET
    size: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
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
