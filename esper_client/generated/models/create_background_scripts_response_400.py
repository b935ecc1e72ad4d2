from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_background_scripts_response_400_code import (
    CreateBackgroundScriptsResponse400Code,
    check_create_background_scripts_response_400_code,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_background_scripts_response_400_errors_item import CreateBackgroundScriptsResponse400ErrorsItem


T = TypeVar("T", bound="CreateBackgroundScriptsResponse400")


@_attrs_define
class CreateBackgroundScriptsResponse400:
    """
    Attributes:
        code (CreateBackgroundScriptsResponse400Code | Unset):
        errors (list[CreateBackgroundScriptsResponse400ErrorsItem] | Unset):
        message (str | Unset):
    """

    code: CreateBackgroundScriptsResponse400Code | Unset = UNSET
    errors: list[CreateBackgroundScriptsResponse400ErrorsItem] | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if errors is not UNSET:
            field_dict["errors"] = errors
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (CreateBackgroundScriptsResponse400ErrorsItem,) = _nested_models()

        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: CreateBackgroundScriptsResponse400Code | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = check_create_background_scripts_response_400_code(_code)

        _errors = d.pop("errors", UNSET)
        errors: list[CreateBackgroundScriptsResponse400ErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = CreateBackgroundScriptsResponse400ErrorsItem.from_dict(errors_item_data)

                errors.append(errors_item)

        message = d.pop("message", UNSET)

        create_background_scripts_response_400 = cls(
            code=code,
            errors=errors,
            message=message,
        )

        create_background_scripts_response_400.additional_properties = d
        return create_background_scripts_response_400

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
def _nested_models() -> tuple[type[CreateBackgroundScriptsResponse400ErrorsItem],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.create_background_scripts_response_400_errors_item import CreateBackgroundScriptsResponse400ErrorsItem  # noqa: PLC0415

    return (CreateBackgroundScriptsResponse400ErrorsItem,)
