from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_install_policy import AutoInstallPolicy
    from ..models.managed_configuration import ManagedConfiguration


T = TypeVar("T", bound="ProductPolicy")


@_attrs_define
class ProductPolicy:
    """
    Attributes:
        auto_install_policy (AutoInstallPolicy | Unset):
        auto_update_mode (str | Unset):
        managed_configuration (ManagedConfiguration | Unset):
        product_id (str | Unset):
    """

    auto_install_policy: AutoInstallPolicy | Unset = UNSET
    auto_update_mode: str | Unset = UNSET
    managed_configuration: ManagedConfiguration | Unset = UNSET
    product_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_install_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_install_policy, Unset):
            auto_install_policy = self.auto_install_policy.to_dict()

        auto_update_mode = self.auto_update_mode

        managed_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.managed_configuration, Unset):
            managed_configuration = self.managed_configuration.to_dict()

        product_id = self.product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_install_policy is not UNSET:
            field_dict["auto_install_policy"] = auto_install_policy
        if auto_update_mode is not UNSET:
            field_dict["auto_update_mode"] = auto_update_mode
        if managed_configuration is not UNSET:
            field_dict["managed_configuration"] = managed_configuration
        if product_id is not UNSET:
            field_dict["product_id"] = product_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            AutoInstallPolicy,
            ManagedConfiguration,
        ) = _nested_models()

        d = dict(src_dict)
        _auto_install_policy = d.pop("auto_install_policy", UNSET)
        auto_install_policy: AutoInstallPolicy | Unset
        if isinstance(_auto_install_policy, Unset):
            auto_install_policy = UNSET
        else:
            auto_install_policy = AutoInstallPolicy.from_dict(_auto_install_policy)

        auto_update_mode = d.pop("auto_update_mode", UNSET)

        _managed_configuration = d.pop("managed_configuration", UNSET)
        managed_configuration: ManagedConfiguration | Unset
        if isinstance(_managed_configuration, Unset):
            managed_configuration = UNSET
        else:
            managed_configuration = ManagedConfiguration.from_dict(_managed_configuration)

        product_id = d.pop("product_id", UNSET)

        product_policy = cls(
            auto_install_policy=auto_install_policy,
            auto_update_mode=auto_update_mode,
            managed_configuration=managed_configuration,
            product_id=product_id,
        )

        product_policy.additional_properties = d
        return product_policy

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
def _nested_models() -> tuple[
    type[AutoInstallPolicy],
    type[ManagedConfiguration],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.auto_install_policy import AutoInstallPolicy  # noqa: PLC0415
    from ..models.managed_configuration import ManagedConfiguration  # noqa: PLC0415

    return (
        AutoInstallPolicy,
        ManagedConfiguration,
    )
