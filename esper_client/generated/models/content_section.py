from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_section_section_type import ContentSectionSectionType, check_content_section_section_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_section_files_item import ContentSectionFilesItem


T = TypeVar("T", bound="ContentSection")


@_attrs_define
class ContentSection:
    """
    Attributes:
        files (list[ContentSectionFilesItem] | Unset):
        locked (bool | Unset):
        section_type (ContentSectionSectionType | Unset):
    """

    files: list[ContentSectionFilesItem] | Unset = UNSET
    locked: bool | Unset = UNSET
    section_type: ContentSectionSectionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        locked = self.locked

        section_type: str | Unset = UNSET
        if not isinstance(self.section_type, Unset):
            section_type = self.section_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if files is not UNSET:
            field_dict["files"] = files
        if locked is not UNSET:
            field_dict["locked"] = locked
        if section_type is not UNSET:
            field_dict["section_type"] = section_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ContentSectionFilesItem,) = _nested_models()

        d = dict(src_dict)
        _files = d.pop("files", UNSET)
        files: list[ContentSectionFilesItem] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = ContentSectionFilesItem.from_dict(files_item_data)

                files.append(files_item)

        locked = d.pop("locked", UNSET)

        _section_type = d.pop("section_type", UNSET)
        section_type: ContentSectionSectionType | Unset
        if isinstance(_section_type, Unset):
            section_type = UNSET
        else:
            section_type = check_content_section_section_type(_section_type)

        content_section = cls(
            files=files,
            locked=locked,
            section_type=section_type,
        )

        content_section.additional_properties = d
        return content_section

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
def _nested_models() -> tuple[type[ContentSectionFilesItem],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.content_section_files_item import ContentSectionFilesItem  # noqa: PLC0415

    return (ContentSectionFilesItem,)
