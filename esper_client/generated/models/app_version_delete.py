from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_version_delete_templates_item import AppVersionDeleteTemplatesItem


T = TypeVar("T", bound="AppVersionDelete")


@_attrs_define
class AppVersionDelete:
    """
    Attributes:
        request_id (UUID | Unset):
        templates (list[AppVersionDeleteTemplatesItem] | Unset):
    """

    request_id: UUID | Unset = UNSET
    templates: list[AppVersionDeleteTemplatesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id: str | Unset = UNSET
        if not isinstance(self.request_id, Unset):
            request_id = str(self.request_id)

        templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.templates, Unset):
            templates = []
            for templates_item_data in self.templates:
                templates_item = templates_item_data.to_dict()
                templates.append(templates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if templates is not UNSET:
            field_dict["templates"] = templates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (AppVersionDeleteTemplatesItem,) = _nested_models()

        d = dict(src_dict)
        _request_id = d.pop("request_id", UNSET)
        request_id: UUID | Unset
        if isinstance(_request_id, Unset):
            request_id = UNSET
        else:
            request_id = UUID(_request_id)

        _templates = d.pop("templates", UNSET)
        templates: list[AppVersionDeleteTemplatesItem] | Unset = UNSET
        if _templates is not UNSET:
            templates = []
            for templates_item_data in _templates:
                templates_item = AppVersionDeleteTemplatesItem.from_dict(templates_item_data)

                templates.append(templates_item)

        app_version_delete = cls(
            request_id=request_id,
            templates=templates,
        )

        app_version_delete.additional_properties = d
        return app_version_delete

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
def _nested_models() -> tuple[type[AppVersionDeleteTemplatesItem],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.app_version_delete_templates_item import AppVersionDeleteTemplatesItem  # noqa: PLC0415

    return (AppVersionDeleteTemplatesItem,)
