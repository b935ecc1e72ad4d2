from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_post_operation_type import OperationPOSTOperationType, check_operation_post_operation_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operation_post_args import OperationPOSTArgs


T = TypeVar("T", bound="OperationPOST")


@_attrs_define
class OperationPOST:
    """
    Attributes:
        args (OperationPOSTArgs | Unset):
        operation_type (OperationPOSTOperationType | Unset):
    """

    args: OperationPOSTArgs | Unset = UNSET
    operation_type: OperationPOSTOperationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args.to_dict()

        operation_type: str | Unset = UNSET
        if not isinstance(self.operation_type, Unset):
            operation_type = self.operation_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if args is not UNSET:
            field_dict["args"] = args
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (OperationPOSTArgs,) = _nested_models()

        d = dict(src_dict)
        _args = d.pop("args", UNSET)
        args: OperationPOSTArgs | Unset
        if isinstance(_args, Unset):
            args = UNSET
        else:
            args = OperationPOSTArgs.from_dict(_args)

        _operation_type = d.pop("operation_type", UNSET)
        operation_type: OperationPOSTOperationType | Unset
        if isinstance(_operation_type, Unset):
            operation_type = UNSET
        else:
            operation_type = check_operation_post_operation_type(_operation_type)

        operation_post = cls(
            args=args,
            operation_type=operation_type,
        )

        operation_post.additional_properties = d
        return operation_post

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
def _nested_models() -> tuple[type[OperationPOSTArgs],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.operation_post_args import OperationPOSTArgs  # noqa: PLC0415

    return (OperationPOSTArgs,)
