from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_policy import ProductPolicy


T = TypeVar("T", bound="Policy")


@_attrs_define
class Policy:
    """
    Attributes:
        auto_update_policy (str | Unset):
        device_report_policy (str | Unset):
        product_availability_policy (str | Unset):
        product_policy (list[ProductPolicy] | Unset):
    """

    auto_update_policy: str | Unset = UNSET
    device_report_policy: str | Unset = UNSET
    product_availability_policy: str | Unset = UNSET
    product_policy: list[ProductPolicy] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_update_policy = self.auto_update_policy

        device_report_policy = self.device_report_policy

        product_availability_policy = self.product_availability_policy

        product_policy: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_policy, Unset):
            product_policy = []
            for product_policy_item_data in self.product_policy:
                product_policy_item = product_policy_item_data.to_dict()
                product_policy.append(product_policy_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_update_policy is not UNSET:
            field_dict["auto_update_policy"] = auto_update_policy
        if device_report_policy is not UNSET:
            field_dict["device_report_policy"] = device_report_policy
        if product_availability_policy is not UNSET:
            field_dict["product_availability_policy"] = product_availability_policy
        if product_policy is not UNSET:
            field_dict["product_policy"] = product_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ProductPolicy,) = _nested_models()

        d = dict(src_dict)
        auto_update_policy = d.pop("auto_update_policy", UNSET)

        device_report_policy = d.pop("device_report_policy", UNSET)

        product_availability_policy = d.pop("product_availability_policy", UNSET)

        _product_policy = d.pop("product_policy", UNSET)
        product_policy: list[ProductPolicy] | Unset = UNSET
        if _product_policy is not UNSET:
            product_policy = []
            for product_policy_item_data in _product_policy:
                product_policy_item = ProductPolicy.from_dict(product_policy_item_data)

                product_policy.append(product_policy_item)

        policy = cls(
            auto_update_policy=auto_update_policy,
            device_report_policy=device_report_policy,
            product_availability_policy=product_availability_policy,
            product_policy=product_policy,
        )

        policy.additional_properties = d
        return policy

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
def _nested_models() -> tuple[type[ProductPolicy],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.product_policy import ProductPolicy  # noqa: PLC0415

    return (ProductPolicy,)
