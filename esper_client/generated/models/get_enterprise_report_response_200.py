from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetEnterpriseReportResponse200")


@_attrs_define
class GetEnterpriseReportResponse200:
    """
    Attributes:
        peak_active_devices (int | Unset):
        provisioned_devices (int | Unset):
        registered_devices (int | Unset):
    """

    peak_active_devices: int | Unset = UNSET
    provisioned_devices: int | Unset = UNSET
    registered_devices: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        peak_active_devices = self.peak_active_devices

        provisioned_devices = self.provisioned_devices

        registered_devices = self.registered_devices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if peak_active_devices is not UNSET:
            field_dict["peak_active_devices"] = peak_active_devices
        if provisioned_devices is not UNSET:
            field_dict["provisioned_devices"] = provisioned_devices
        if registered_devices is not UNSET:
            field_dict["registered_devices"] = registered_devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        peak_active_devices = d.pop("peak_active_devices", UNSET)

        provisioned_devices = d.pop("provisioned_devices", UNSET)

        registered_devices = d.pop("registered_devices", UNSET)

        get_enterprise_report_response_200 = cls(
            peak_active_devices=peak_active_devices,
            provisioned_devices=provisioned_devices,
            registered_devices=registered_devices,
        )

        get_enterprise_report_response_200.additional_properties = d
        return get_enterprise_report_response_200

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
