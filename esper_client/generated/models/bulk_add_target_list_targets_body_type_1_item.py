from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_add_target_list_targets_body_type_1_item_args import BulkAddTargetListTargetsBodyType1ItemArgs
    from ..models.bulk_add_target_list_targets_body_type_1_item_device_meta import (
        BulkAddTargetListTargetsBodyType1ItemDeviceMeta,
    )


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """BulkAddTargetListTargetsBodyType1Item's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.bulk_add_target_list_targets_body_type_1_item_args import BulkAddTargetListTargetsBodyType1ItemArgs  # noqa: PLC0415
    from ..models.bulk_add_target_list_targets_body_type_1_item_device_meta import (
        BulkAddTargetListTargetsBodyType1ItemDeviceMeta,  # noqa: PLC0415
    )

    return (
        (
            _rt.Field("device_id", "device_id", _rt.STR, required=True),
            _rt.Field("args", "args", _rt.model(BulkAddTargetListTargetsBodyType1ItemArgs)),
            _rt.Field("device_alias", "device_alias", _rt.STR),
            _rt.Field("device_meta", "device_meta", _rt.model(BulkAddTargetListTargetsBodyType1ItemDeviceMeta)),
            _rt.Field("device_name", "device_name", _rt.STR),
            _rt.Field("is_active", "is_active", _rt.BOOL),
        ),
        _rt.ANY,
    )


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

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)

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
