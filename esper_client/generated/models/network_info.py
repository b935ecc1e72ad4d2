from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.network_info_network_type import NetworkInfoNetworkType
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """NetworkInfo's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("ethernet_mac_address", "ethernet_mac_address", _rt.STR),
            _rt.Field("iccid1", "iccid1", _rt.STR),
            _rt.Field("iccid2", "iccid2", _rt.STR),
            _rt.Field("imei1", "imei1", _rt.STR),
            _rt.Field("imei2", "imei2", _rt.STR),
            _rt.Field(
                "network_type",
                "network_type",
                _rt.enum("NetworkInfoNetworkType", ["CELLULAR", "ETHERNET", "OTHER", "WI-FI"]),
            ),
            _rt.Field("phone_number_1", "phone_number_1", _rt.STR),
            _rt.Field("phone_number_2", "phone_number_2", _rt.STR),
            _rt.Field("wifi_mac_address", "wifi_mac_address", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class NetworkInfo:
    """
    Attributes:
        ethernet_mac_address (str | Unset):
        iccid1 (str | Unset):
        iccid2 (str | Unset):
        imei1 (str | Unset):
        imei2 (str | Unset):
        network_type (NetworkInfoNetworkType | Unset):
        phone_number_1 (str | Unset):
        phone_number_2 (str | Unset):
        wifi_mac_address (str | Unset):
    """

    ethernet_mac_address: str | Unset = UNSET
    iccid1: str | Unset = UNSET
    iccid2: str | Unset = UNSET
    imei1: str | Unset = UNSET
    imei2: str | Unset = UNSET
    network_type: NetworkInfoNetworkType | Unset = UNSET
    phone_number_1: str | Unset = UNSET
    phone_number_2: str | Unset = UNSET
    wifi_mac_address: str | Unset = UNSET
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
