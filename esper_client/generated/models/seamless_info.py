from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seamless_info_platform import SeamlessInfoPlatform, check_seamless_info_platform
from ..models.seamless_info_unique_id_type import SeamlessInfoUniqueIdType, check_seamless_info_unique_id_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SeamlessInfo")


@_attrs_define
class SeamlessInfo:
    """
    Attributes:
        unique_id_type (SeamlessInfoUniqueIdType):
        unique_ids (str):
        platform (SeamlessInfoPlatform | Unset):  Default: 'APPLE'.
    """

    unique_id_type: SeamlessInfoUniqueIdType
    unique_ids: str
    platform: SeamlessInfoPlatform | Unset = "APPLE"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_id_type: int = self.unique_id_type

        unique_ids = self.unique_ids

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unique_id_type": unique_id_type,
                "unique_ids": unique_ids,
            }
        )
        if platform is not UNSET:
            field_dict["platform"] = platform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unique_id_type = check_seamless_info_unique_id_type(d.pop("unique_id_type"))

        unique_ids = d.pop("unique_ids")

        _platform = d.pop("platform", UNSET)
        platform: SeamlessInfoPlatform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = check_seamless_info_platform(_platform)

        seamless_info = cls(
            unique_id_type=unique_id_type,
            unique_ids=unique_ids,
            platform=platform,
        )

        seamless_info.additional_properties = d
        return seamless_info

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
