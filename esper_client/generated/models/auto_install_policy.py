from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_install_constraint import AutoInstallConstraint


T = TypeVar("T", bound="AutoInstallPolicy")


@_attrs_define
class AutoInstallPolicy:
    """
    Attributes:
        auto_install_constraint (list[AutoInstallConstraint] | Unset):
        auto_install_mode (str | Unset):
        auto_install_priority (int | Unset):
    """

    auto_install_constraint: list[AutoInstallConstraint] | Unset = UNSET
    auto_install_mode: str | Unset = UNSET
    auto_install_priority: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_install_constraint: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.auto_install_constraint, Unset):
            auto_install_constraint = []
            for auto_install_constraint_item_data in self.auto_install_constraint:
                auto_install_constraint_item = auto_install_constraint_item_data.to_dict()
                auto_install_constraint.append(auto_install_constraint_item)

        auto_install_mode = self.auto_install_mode

        auto_install_priority = self.auto_install_priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_install_constraint is not UNSET:
            field_dict["auto_install_constraint"] = auto_install_constraint
        if auto_install_mode is not UNSET:
            field_dict["auto_install_mode"] = auto_install_mode
        if auto_install_priority is not UNSET:
            field_dict["auto_install_priority"] = auto_install_priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (AutoInstallConstraint,) = _nested_models()

        d = dict(src_dict)
        _auto_install_constraint = d.pop("auto_install_constraint", UNSET)
        auto_install_constraint: list[AutoInstallConstraint] | Unset = UNSET
        if _auto_install_constraint is not UNSET:
            auto_install_constraint = []
            for auto_install_constraint_item_data in _auto_install_constraint:
                auto_install_constraint_item = AutoInstallConstraint.from_dict(auto_install_constraint_item_data)

                auto_install_constraint.append(auto_install_constraint_item)

        auto_install_mode = d.pop("auto_install_mode", UNSET)

        auto_install_priority = d.pop("auto_install_priority", UNSET)

        auto_install_policy = cls(
            auto_install_constraint=auto_install_constraint,
            auto_install_mode=auto_install_mode,
            auto_install_priority=auto_install_priority,
        )

        auto_install_policy.additional_properties = d
        return auto_install_policy

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
def _nested_models() -> tuple[type[AutoInstallConstraint],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.auto_install_constraint import AutoInstallConstraint  # noqa: PLC0415

    return (AutoInstallConstraint,)
