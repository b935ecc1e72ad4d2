from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.connectivity_section_section_type import (
    ConnectivitySectionSectionType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connectivity_section_ethernet_settings import ConnectivitySectionEthernetSettings
    from ..models.connectivity_section_incoming_numbers_with_tags_item import (
        ConnectivitySectionIncomingNumbersWithTagsItem,
    )
    from ..models.connectivity_section_outgoing_numbers_with_tags_item import (
        ConnectivitySectionOutgoingNumbersWithTagsItem,
    )
    from ..models.connectivity_section_wifi_settings_item import ConnectivitySectionWifiSettingsItem


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """ConnectivitySection's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.connectivity_section_ethernet_settings import ConnectivitySectionEthernetSettings  # noqa: PLC0415
    from ..models.connectivity_section_incoming_numbers_with_tags_item import (
        ConnectivitySectionIncomingNumbersWithTagsItem,  # noqa: PLC0415
    )
    from ..models.connectivity_section_outgoing_numbers_with_tags_item import (
        ConnectivitySectionOutgoingNumbersWithTagsItem,  # noqa: PLC0415
    )
    from ..models.connectivity_section_wifi_settings_item import ConnectivitySectionWifiSettingsItem  # noqa: PLC0415

    return (
        (
            _rt.Field("enable_bluetooth", "enable_bluetooth", _rt.BOOL),
            _rt.Field("ethernet_settings", "ethernet_settings", _rt.model(ConnectivitySectionEthernetSettings)),
            _rt.Field(
                "incoming_numbers_with_tags",
                "incoming_numbers_with_tags",
                _rt.list_of(_rt.model(ConnectivitySectionIncomingNumbersWithTagsItem)),
            ),
            _rt.Field("locked", "locked", _rt.BOOL),
            _rt.Field("nfc_beam_disabled", "nfc_beam_disabled", _rt.BOOL),
            _rt.Field(
                "outgoing_numbers_with_tags",
                "outgoing_numbers_with_tags",
                _rt.list_of(_rt.model(ConnectivitySectionOutgoingNumbersWithTagsItem)),
            ),
            _rt.Field(
                "section_type", "section_type", _rt.enum("ConnectivitySectionSectionType", ["Independent", "Inherited"])
            ),
            _rt.Field("sms_disabled", "sms_disabled", _rt.BOOL),
            _rt.Field("wifi_settings", "wifi_settings", _rt.list_of(_rt.model(ConnectivitySectionWifiSettingsItem))),
            _rt.Field("wifi_state", "wifi_state", _rt.BOOL),
        ),
        _rt.ANY,
    )


@_attrs_define
class ConnectivitySection:
    """
    Attributes:
        enable_bluetooth (bool | Unset):
        ethernet_settings (ConnectivitySectionEthernetSettings | Unset):
        incoming_numbers_with_tags (list[ConnectivitySectionIncomingNumbersWithTagsItem] | Unset):
        locked (bool | Unset):
        nfc_beam_disabled (bool | Unset):
        outgoing_numbers_with_tags (list[ConnectivitySectionOutgoingNumbersWithTagsItem] | Unset):
        section_type (ConnectivitySectionSectionType | Unset):
        sms_disabled (bool | Unset):
        wifi_settings (list[ConnectivitySectionWifiSettingsItem] | Unset):
        wifi_state (bool | Unset):
    """

    enable_bluetooth: bool | Unset = UNSET
    ethernet_settings: ConnectivitySectionEthernetSettings | Unset = UNSET
    incoming_numbers_with_tags: list[ConnectivitySectionIncomingNumbersWithTagsItem] | Unset = UNSET
    locked: bool | Unset = UNSET
    nfc_beam_disabled: bool | Unset = UNSET
    outgoing_numbers_with_tags: list[ConnectivitySectionOutgoingNumbersWithTagsItem] | Unset = UNSET
    section_type: ConnectivitySectionSectionType | Unset = UNSET
    sms_disabled: bool | Unset = UNSET
    wifi_settings: list[ConnectivitySectionWifiSettingsItem] | Unset = UNSET
    wifi_state: bool | Unset = UNSET
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
