from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_add_target_list_targets_body_type_1_item_args import BulkAddTargetListTargetsBodyType1ItemArgs
    from ..models.bulk_add_target_list_targets_body_type_1_item_device_meta import (
        BulkAddTargetListTargetsBodyType1ItemDeviceMeta,
    )


T = TypeVar("T", bound="BulkAddTargetListTargetsBodyType1Item")


@_attrs_define
class BulkAddTargetListTargetsBodyType1Item:
    """
    Attributes:
        device_id (str):
        args (BulkAddTargetListTargetsBodyType1ItemArgs | Unset):
        device_alias (str | Unset):
        device_meta (BulkAddTargetListTargetsBodyType1ItemDeviceMeta | Unset):
        device_name (str | Unset):
        is_active (bool | Unset):
    """

    device_id: str
    args: BulkAddTargetListTargetsBodyType1ItemArgs | Unset = UNSET
    device_alias: str | Unset = UNSET
    device_meta: BulkAddTargetListTargetsBodyType1ItemDeviceMeta | Unset = UNSET
    device_name: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args.to_dict()

        device_alias = self.device_alias

        device_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_meta, Unset):
            device_meta = self.device_meta.to_dict()

        device_name = self.device_name

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_id": device_id,
            }
        )
        if args is not UNSET:
            field_dict["args"] = args
        if device_alias is not UNSET:
            field_dict["device_alias"] = device_alias
        if device_meta is not UNSET:
            field_dict["device_meta"] = device_meta
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            BulkAddTargetListTargetsBodyType1ItemArgs,
            BulkAddTargetListTargetsBodyType1ItemDeviceMeta,
        ) = _nested_models()

        d = dict(src_dict)
        device_id = d.pop("device_id")

        _args = d.pop("args", UNSET)
        args: BulkAddTargetListTargetsBodyType1ItemArgs | Unset
        if isinstance(_args, Unset):
            args = UNSET
        else:
            args = BulkAddTargetListTargetsBodyType1ItemArgs.from_dict(_args)

        device_alias = d.pop("device_alias", UNSET)

        _device_meta = d.pop("device_meta", UNSET)
        device_meta: BulkAddTargetListTargetsBodyType1ItemDeviceMeta | Unset
        if isinstance(_device_meta, Unset):
            device_meta = UNSET
        else:
            device_meta = BulkAddTargetListTargetsBodyType1ItemDeviceMeta.from_dict(_device_meta)

        device_name = d.pop("device_name", UNSET)

        is_active = d.pop("is_active", UNSET)

        bulk_add_target_list_targets_body_type_1_item = cls(
            device_id=device_id,
            args=args,
            device_alias=device_alias,
            device_meta=device_meta,
            device_name=device_name,
            is_active=is_active,
        )

        bulk_add_target_list_targets_body_type_1_item.additional_properties = d
        return bulk_add_target_list_targets_body_type_1_item

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
    type[BulkAddTargetListTargetsBodyType1ItemArgs],
    type[BulkAddTargetListTargetsBodyType1ItemDeviceMeta],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.bulk_add_target_list_targets_body_type_1_item_args import BulkAddTargetListTargetsBodyType1ItemArgs  # noqa: PLC0415
    from ..models.bulk_add_target_list_targets_body_type_1_item_device_meta import (
        BulkAddTargetListTargetsBodyType1ItemDeviceMeta,  # noqa: PLC0415
    )

    return (
        BulkAddTargetListTargetsBodyType1ItemArgs,
        BulkAddTargetListTargetsBodyType1ItemDeviceMeta,
    )
