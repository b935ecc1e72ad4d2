from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchSubscriptionReportBody")


@_attrs_define
class PatchSubscriptionReportBody:
    """
    Attributes:
        email_ids (list[str] | Unset):
        is_subscribed (bool | Unset):
    """

    email_ids: list[str] | Unset = UNSET
    is_subscribed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_ids: list[str] | Unset = UNSET
        if not isinstance(self.email_ids, Unset):
            email_ids = self.email_ids

        is_subscribed = self.is_subscribed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_ids is not UNSET:
            field_dict["email_ids"] = email_ids
        if is_subscribed is not UNSET:
            field_dict["is_subscribed"] = is_subscribed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_ids = cast(list[str], d.pop("email_ids", UNSET))

        is_subscribed = d.pop("is_subscribed", UNSET)

        patch_subscription_report_body = cls(
            email_ids=email_ids,
            is_subscribed=is_subscribed,
        )

        patch_subscription_report_body.additional_properties = d
        return patch_subscription_report_body

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
