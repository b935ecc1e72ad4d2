from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dep_token_get import DEPTokenGET


T = TypeVar("T", bound="DepTokenUploadResponse200Content")


@_attrs_define
class DepTokenUploadResponse200Content:
    """
    Attributes:
        schema (DEPTokenGET | Unset):
    """

    schema: DEPTokenGET | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (DEPTokenGET,) = _nested_models()

        d = dict(src_dict)
        _schema = d.pop("schema", UNSET)
        schema: DEPTokenGET | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = DEPTokenGET.from_dict(_schema)

        dep_token_upload_response_200_content = cls(
            schema=schema,
        )

        dep_token_upload_response_200_content.additional_properties = d
        return dep_token_upload_response_200_content

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
def _nested_models() -> tuple[type[DEPTokenGET],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.dep_token_get import DEPTokenGET  # noqa: PLC0415

    return (DEPTokenGET,)
