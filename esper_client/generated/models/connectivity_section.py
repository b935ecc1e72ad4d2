from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connectivity_section_section_type import (
    ConnectivitySectionSectionType,
    check_connectivity_section_section_type,
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


T = TypeVar("T", bound="ConnectivitySection")


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

    def to_dict(self) -> dict[str, Any]:
        enable_bluetooth = self.enable_bluetooth

        ethernet_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ethernet_settings, Unset):
            ethernet_settings = self.ethernet_settings.to_dict()

        incoming_numbers_with_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.incoming_numbers_with_tags, Unset):
            incoming_numbers_with_tags = []
            for incoming_numbers_with_tags_item_data in self.incoming_numbers_with_tags:
                incoming_numbers_with_tags_item = incoming_numbers_with_tags_item_data.to_dict()
                incoming_numbers_with_tags.append(incoming_numbers_with_tags_item)

        locked = self.locked

        nfc_beam_disabled = self.nfc_beam_disabled

        outgoing_numbers_with_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outgoing_numbers_with_tags, Unset):
            outgoing_numbers_with_tags = []
            for outgoing_numbers_with_tags_item_data in self.outgoing_numbers_with_tags:
                outgoing_numbers_with_tags_item = outgoing_numbers_with_tags_item_data.to_dict()
                outgoing_numbers_with_tags.append(outgoing_numbers_with_tags_item)

        section_type: str | Unset = UNSET
        if not isinstance(self.section_type, Unset):
            section_type = self.section_type

        sms_disabled = self.sms_disabled

        wifi_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wifi_settings, Unset):
            wifi_settings = []
            for wifi_settings_item_data in self.wifi_settings:
                wifi_settings_item = wifi_settings_item_data.to_dict()
                wifi_settings.append(wifi_settings_item)

        wifi_state = self.wifi_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_bluetooth is not UNSET:
            field_dict["enable_bluetooth"] = enable_bluetooth
        if ethernet_settings is not UNSET:
            field_dict["ethernet_settings"] = ethernet_settings
        if incoming_numbers_with_tags is not UNSET:
            field_dict["incoming_numbers_with_tags"] = incoming_numbers_with_tags
        if locked is not UNSET:
            field_dict["locked"] = locked
        if nfc_beam_disabled is not UNSET:
            field_dict["nfc_beam_disabled"] = nfc_beam_disabled
        if outgoing_numbers_with_tags is not UNSET:
            field_dict["outgoing_numbers_with_tags"] = outgoing_numbers_with_tags
        if section_type is not UNSET:
            field_dict["section_type"] = section_type
        if sms_disabled is not UNSET:
            field_dict["sms_disabled"] = sms_disabled
        if wifi_settings is not UNSET:
            field_dict["wifi_settings"] = wifi_settings
        if wifi_state is not UNSET:
            field_dict["wifi_state"] = wifi_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            ConnectivitySectionEthernetSettings,
            ConnectivitySectionIncomingNumbersWithTagsItem,
            ConnectivitySectionOutgoingNumbersWithTagsItem,
            ConnectivitySectionWifiSettingsItem,
        ) = _nested_models()

        d = dict(src_dict)
        enable_bluetooth = d.pop("enable_bluetooth", UNSET)

        _ethernet_settings = d.pop("ethernet_settings", UNSET)
        ethernet_settings: ConnectivitySectionEthernetSettings | Unset
        if isinstance(_ethernet_settings, Unset):
            ethernet_settings = UNSET
        else:
            ethernet_settings = ConnectivitySectionEthernetSettings.from_dict(_ethernet_settings)

        _incoming_numbers_with_tags = d.pop("incoming_numbers_with_tags", UNSET)
        incoming_numbers_with_tags: list[ConnectivitySectionIncomingNumbersWithTagsItem] | Unset = UNSET
        if _incoming_numbers_with_tags is not UNSET:
            incoming_numbers_with_tags = []
            for incoming_numbers_with_tags_item_data in _incoming_numbers_with_tags:
                incoming_numbers_with_tags_item = ConnectivitySectionIncomingNumbersWithTagsItem.from_dict(
                    incoming_numbers_with_tags_item_data
                )

                incoming_numbers_with_tags.append(incoming_numbers_with_tags_item)

        locked = d.pop("locked", UNSET)

        nfc_beam_disabled = d.pop("nfc_beam_disabled", UNSET)

        _outgoing_numbers_with_tags = d.pop("outgoing_numbers_with_tags", UNSET)
        outgoing_numbers_with_tags: list[ConnectivitySectionOutgoingNumbersWithTagsItem] | Unset = UNSET
        if _outgoing_numbers_with_tags is not UNSET:
            outgoing_numbers_with_tags = []
            for outgoing_numbers_with_tags_item_data in _outgoing_numbers_with_tags:
                outgoing_numbers_with_tags_item = ConnectivitySectionOutgoingNumbersWithTagsItem.from_dict(
                    outgoing_numbers_with_tags_item_data
                )

                outgoing_numbers_with_tags.append(outgoing_numbers_with_tags_item)

        _section_type = d.pop("section_type", UNSET)
        section_type: ConnectivitySectionSectionType | Unset
        if isinstance(_section_type, Unset):
            section_type = UNSET
        else:
            section_type = check_connectivity_section_section_type(_section_type)

        sms_disabled = d.pop("sms_disabled", UNSET)

        _wifi_settings = d.pop("wifi_settings", UNSET)
        wifi_settings: list[ConnectivitySectionWifiSettingsItem] | Unset = UNSET
        if _wifi_settings is not UNSET:
            wifi_settings = []
            for wifi_settings_item_data in _wifi_settings:
                wifi_settings_item = ConnectivitySectionWifiSettingsItem.from_dict(wifi_settings_item_data)

                wifi_settings.append(wifi_settings_item)

        wifi_state = d.pop("wifi_state", UNSET)

        connectivity_section = cls(
            enable_bluetooth=enable_bluetooth,
            ethernet_settings=ethernet_settings,
            incoming_numbers_with_tags=incoming_numbers_with_tags,
            locked=locked,
            nfc_beam_disabled=nfc_beam_disabled,
            outgoing_numbers_with_tags=outgoing_numbers_with_tags,
            section_type=section_type,
            sms_disabled=sms_disabled,
            wifi_settings=wifi_settings,
            wifi_state=wifi_state,
        )

        connectivity_section.additional_properties = d
        return connectivity_section

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
    type[ConnectivitySectionEthernetSettings],
    type[ConnectivitySectionIncomingNumbersWithTagsItem],
    type[ConnectivitySectionOutgoingNumbersWithTagsItem],
    type[ConnectivitySectionWifiSettingsItem],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.connectivity_section_ethernet_settings import ConnectivitySectionEthernetSettings  # noqa: PLC0415
    from ..models.connectivity_section_incoming_numbers_with_tags_item import (
        ConnectivitySectionIncomingNumbersWithTagsItem,  # noqa: PLC0415
    )
    from ..models.connectivity_section_outgoing_numbers_with_tags_item import (
        ConnectivitySectionOutgoingNumbersWithTagsItem,  # noqa: PLC0415
    )
    from ..models.connectivity_section_wifi_settings_item import ConnectivitySectionWifiSettingsItem  # noqa: PLC0415

    return (
        ConnectivitySectionEthernetSettings,
        ConnectivitySectionIncomingNumbersWithTagsItem,
        ConnectivitySectionOutgoingNumbersWithTagsItem,
        ConnectivitySectionWifiSettingsItem,
    )
