from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apps_management_itunes_app_info_v2 import AppsManagementItunesAppInfoV2


T = TypeVar("T", bound="CreateItunesappsRefreshVersionResponse200")


@_attrs_define
class CreateItunesappsRefreshVersionResponse200:
    """
    Attributes:
        content (AppsManagementItunesAppInfoV2 | Unset):
    """

    content: AppsManagementItunesAppInfoV2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (AppsManagementItunesAppInfoV2,) = _nested_models()

        d = dict(src_dict)
        _content = d.pop("content", UNSET)
        content: AppsManagementItunesAppInfoV2 | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = AppsManagementItunesAppInfoV2.from_dict(_content)

        create_itunesapps_refresh_version_response_200 = cls(
            content=content,
        )

        create_itunesapps_refresh_version_response_200.additional_properties = d
        return create_itunesapps_refresh_version_response_200

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
def _nested_models() -> tuple[type[AppsManagementItunesAppInfoV2],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.apps_management_itunes_app_info_v2 import AppsManagementItunesAppInfoV2  # noqa: PLC0415

    return (AppsManagementItunesAppInfoV2,)
