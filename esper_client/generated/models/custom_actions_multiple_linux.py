from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_action_linux import CustomActionLinux


T = TypeVar("T", bound="CustomActionsMultipleLinux")


@_attrs_define
class CustomActionsMultipleLinux:
    """
    Attributes:
        custom_actions (list[CustomActionLinux] | Unset):
    """

    custom_actions: list[CustomActionLinux] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_actions, Unset):
            custom_actions = []
            for custom_actions_item_data in self.custom_actions:
                custom_actions_item = custom_actions_item_data.to_dict()
                custom_actions.append(custom_actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_actions is not UNSET:
            field_dict["custom_actions"] = custom_actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (CustomActionLinux,) = _nested_models()

        d = dict(src_dict)
        _custom_actions = d.pop("custom_actions", UNSET)
        custom_actions: list[CustomActionLinux] | Unset = UNSET
        if _custom_actions is not UNSET:
            custom_actions = []
            for custom_actions_item_data in _custom_actions:
                custom_actions_item = CustomActionLinux.from_dict(custom_actions_item_data)

                custom_actions.append(custom_actions_item)

        custom_actions_multiple_linux = cls(
            custom_actions=custom_actions,
        )

        custom_actions_multiple_linux.additional_properties = d
        return custom_actions_multiple_linux

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
def _nested_models() -> tuple[type[CustomActionLinux],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.custom_action_linux import CustomActionLinux  # noqa: PLC0415

    return (CustomActionLinux,)
