from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.options_request_scripts import OptionsRequestScripts


T = TypeVar("T", bound="OptionsRequest")


@_attrs_define
class OptionsRequest:
    """
    Attributes:
        key (UUID):
        label (str):
        scripts (OptionsRequestScripts):
    """

    key: UUID
    label: str
    scripts: OptionsRequestScripts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = str(self.key)

        label = self.label

        scripts = self.scripts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "label": label,
                "scripts": scripts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (OptionsRequestScripts,) = _nested_models()

        d = dict(src_dict)
        key = UUID(d.pop("key"))

        label = d.pop("label")

        scripts = OptionsRequestScripts.from_dict(d.pop("scripts"))

        options_request = cls(
            key=key,
            label=label,
            scripts=scripts,
        )

        options_request.additional_properties = d
        return options_request

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
def _nested_models() -> tuple[type[OptionsRequestScripts],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.options_request_scripts import OptionsRequestScripts  # noqa: PLC0415

    return (OptionsRequestScripts,)
