from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_owner import ContentOwner


T = TypeVar("T", bound="Content")


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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        download_url = self.download_url

        enterprise = self.enterprise

        hash_ = self.hash_

        is_dir = self.is_dir

        key = self.key

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        else:
            kind = self.kind

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        name = self.name

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        path = self.path

        permissions = self.permissions

        size = self.size

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if description is not UNSET:
            field_dict["description"] = description
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if is_dir is not UNSET:
            field_dict["is_dir"] = is_dir
        if key is not UNSET:
            field_dict["key"] = key
        if kind is not UNSET:
            field_dict["kind"] = kind
        if modified is not UNSET:
            field_dict["modified"] = modified
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if path is not UNSET:
            field_dict["path"] = path
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if size is not UNSET:
            field_dict["size"] = size
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ContentOwner,) = _nested_models()

        d = dict(src_dict)
        id = d.pop("id")

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        download_url = d.pop("download_url", UNSET)

        enterprise = d.pop("enterprise", UNSET)

        hash_ = d.pop("hash", UNSET)

        is_dir = d.pop("is_dir", UNSET)

        key = d.pop("key", UNSET)

        def _parse_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        name = d.pop("name", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: ContentOwner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = ContentOwner.from_dict(_owner)

        path = d.pop("path", UNSET)

        permissions = d.pop("permissions", UNSET)

        size = d.pop("size", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        content = cls(
            id=id,
            created=created,
            description=description,
            download_url=download_url,
            enterprise=enterprise,
            hash_=hash_,
            is_dir=is_dir,
            key=key,
            kind=kind,
            modified=modified,
            name=name,
            owner=owner,
            path=path,
            permissions=permissions,
            size=size,
            tags=tags,
        )

        content.additional_properties = d
        return content

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


@cache
def _nested_models() -> tuple[type[ContentOwner],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.content_owner import ContentOwner  # noqa: PLC0415

    return (ContentOwner,)
