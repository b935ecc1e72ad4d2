from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.google_services_section_section_type import (
    GoogleServicesSectionSectionType,
    check_google_services_section_section_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.google_services_section_frp_googles_item import GoogleServicesSectionFrpGooglesItem


T = TypeVar("T", bound="GoogleServicesSection")


@_attrs_define
class GoogleServicesSection:
    """
    Attributes:
        disable_play_store (bool | Unset):
        domains (list[str] | Unset):
        emails (list[str] | Unset):
        frp_googles (list[GoogleServicesSectionFrpGooglesItem] | Unset):
        google_assistant_disabled (bool | Unset):
        locked (bool | Unset):
        managed_google_play_disabled (bool | Unset):
        max_account (int | Unset):
        section_type (GoogleServicesSectionSectionType | Unset):
    """

    disable_play_store: bool | Unset = UNSET
    domains: list[str] | Unset = UNSET
    emails: list[str] | Unset = UNSET
    frp_googles: list[GoogleServicesSectionFrpGooglesItem] | Unset = UNSET
    google_assistant_disabled: bool | Unset = UNSET
    locked: bool | Unset = UNSET
    managed_google_play_disabled: bool | Unset = UNSET
    max_account: int | Unset = UNSET
    section_type: GoogleServicesSectionSectionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disable_play_store = self.disable_play_store

        domains: list[str] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = self.domains

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        frp_googles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.frp_googles, Unset):
            frp_googles = []
            for frp_googles_item_data in self.frp_googles:
                frp_googles_item = frp_googles_item_data.to_dict()
                frp_googles.append(frp_googles_item)

        google_assistant_disabled = self.google_assistant_disabled

        locked = self.locked

        managed_google_play_disabled = self.managed_google_play_disabled

        max_account = self.max_account

        section_type: str | Unset = UNSET
        if not isinstance(self.section_type, Unset):
            section_type = self.section_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disable_play_store is not UNSET:
            field_dict["disable_play_store"] = disable_play_store
        if domains is not UNSET:
            field_dict["domains"] = domains
        if emails is not UNSET:
            field_dict["emails"] = emails
        if frp_googles is not UNSET:
            field_dict["frp_googles"] = frp_googles
        if google_assistant_disabled is not UNSET:
            field_dict["google_assistant_disabled"] = google_assistant_disabled
        if locked is not UNSET:
            field_dict["locked"] = locked
        if managed_google_play_disabled is not UNSET:
            field_dict["managed_google_play_disabled"] = managed_google_play_disabled
        if max_account is not UNSET:
            field_dict["max_account"] = max_account
        if section_type is not UNSET:
            field_dict["section_type"] = section_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (GoogleServicesSectionFrpGooglesItem,) = _nested_models()

        d = dict(src_dict)
        disable_play_store = d.pop("disable_play_store", UNSET)

        domains = cast(list[str], d.pop("domains", UNSET))

        emails = cast(list[str], d.pop("emails", UNSET))

        _frp_googles = d.pop("frp_googles", UNSET)
        frp_googles: list[GoogleServicesSectionFrpGooglesItem] | Unset = UNSET
        if _frp_googles is not UNSET:
            frp_googles = []
            for frp_googles_item_data in _frp_googles:
                frp_googles_item = GoogleServicesSectionFrpGooglesItem.from_dict(frp_googles_item_data)

                frp_googles.append(frp_googles_item)

        google_assistant_disabled = d.pop("google_assistant_disabled", UNSET)

        locked = d.pop("locked", UNSET)

        managed_google_play_disabled = d.pop("managed_google_play_disabled", UNSET)

        max_account = d.pop("max_account", UNSET)

        _section_type = d.pop("section_type", UNSET)
        section_type: GoogleServicesSectionSectionType | Unset
        if isinstance(_section_type, Unset):
            section_type = UNSET
        else:
            section_type = check_google_services_section_section_type(_section_type)

        google_services_section = cls(
            disable_play_store=disable_play_store,
            domains=domains,
            emails=emails,
            frp_googles=frp_googles,
            google_assistant_disabled=google_assistant_disabled,
            locked=locked,
            managed_google_play_disabled=managed_google_play_disabled,
            max_account=max_account,
            section_type=section_type,
        )

        google_services_section.additional_properties = d
        return google_services_section

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
def _nested_models() -> tuple[type[GoogleServicesSectionFrpGooglesItem],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.google_services_section_frp_googles_item import GoogleServicesSectionFrpGooglesItem  # noqa: PLC0415

    return (GoogleServicesSectionFrpGooglesItem,)
