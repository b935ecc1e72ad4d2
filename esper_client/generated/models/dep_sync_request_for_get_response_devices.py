from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dep_sync_device_status import DEPSyncDeviceStatus


T = TypeVar("T", bound="DEPSyncRequestForGetResponseDevices")


@_attrs_define
class DEPSyncRequestForGetResponseDevices:
    """
    Attributes:
        failure (list[DEPSyncDeviceStatus] | Unset):
    """

    failure: list[DEPSyncDeviceStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failure: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failure, Unset):
            failure = []
            for failure_item_data in self.failure:
                failure_item = failure_item_data.to_dict()
                failure.append(failure_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failure is not UNSET:
            field_dict["failure"] = failure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (DEPSyncDeviceStatus,) = _nested_models()

        d = dict(src_dict)
        _failure = d.pop("failure", UNSET)
        failure: list[DEPSyncDeviceStatus] | Unset = UNSET
        if _failure is not UNSET:
            failure = []
            for failure_item_data in _failure:
                failure_item = DEPSyncDeviceStatus.from_dict(failure_item_data)

                failure.append(failure_item)

        dep_sync_request_for_get_response_devices = cls(
            failure=failure,
        )

        dep_sync_request_for_get_response_devices.additional_properties = d
        return dep_sync_request_for_get_response_devices

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
def _nested_models() -> tuple[type[DEPSyncDeviceStatus],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.dep_sync_device_status import DEPSyncDeviceStatus  # noqa: PLC0415

    return (DEPSyncDeviceStatus,)
