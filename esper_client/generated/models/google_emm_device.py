from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy import Policy


T = TypeVar("T", bound="GoogleEMMDevice")


@_attrs_define
class GoogleEMMDevice:
    """
    Attributes:
        android_id (str | Unset):
        management_type (str | Unset):
        policy (Policy | Unset):
    """

    android_id: str | Unset = UNSET
    management_type: str | Unset = UNSET
    policy: Policy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        android_id = self.android_id

        management_type = self.management_type

        policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if android_id is not UNSET:
            field_dict["android_id"] = android_id
        if management_type is not UNSET:
            field_dict["management_type"] = management_type
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (Policy,) = _nested_models()

        d = dict(src_dict)
        android_id = d.pop("android_id", UNSET)

        management_type = d.pop("management_type", UNSET)

        _policy = d.pop("policy", UNSET)
        policy: Policy | Unset
        if isinstance(_policy, Unset):
            policy = UNSET
        else:
            policy = Policy.from_dict(_policy)

        google_emm_device = cls(
            android_id=android_id,
            management_type=management_type,
            policy=policy,
        )

        google_emm_device.additional_properties = d
        return google_emm_device

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
def _nested_models() -> tuple[type[Policy],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.policy import Policy  # noqa: PLC0415

    return (Policy,)
