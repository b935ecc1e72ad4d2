from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settings_v2 import SettingsV2


T = TypeVar("T", bound="BlueprintCreate")


@_attrs_define
class BlueprintCreate:
    """
    Attributes:
        comments (str | Unset):
        description (str | Unset):
        name (str | Unset):
        settings (SettingsV2 | Unset):
    """

    comments: str | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    settings: SettingsV2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comments = self.comments

        description = self.description

        name = self.name

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comments is not UNSET:
            field_dict["comments"] = comments
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (SettingsV2,) = _nested_models()

        d = dict(src_dict)
        comments = d.pop("comments", UNSET)

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: SettingsV2 | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = SettingsV2.from_dict(_settings)

        blueprint_create = cls(
            comments=comments,
            description=description,
            name=name,
            settings=settings,
        )

        blueprint_create.additional_properties = d
        return blueprint_create

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
def _nested_models() -> tuple[type[SettingsV2],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.settings_v2 import SettingsV2  # noqa: PLC0415

    return (SettingsV2,)
