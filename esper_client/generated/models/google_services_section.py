from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.google_services_section_section_type import (
    GoogleServicesSectionSectionType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.google_services_section_frp_googles_item import GoogleServicesSectionFrpGooglesItem


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """GoogleServicesSection's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.google_services_section_frp_googles_item import GoogleServicesSectionFrpGooglesItem  # noqa: PLC0415

    return (
        (
            _rt.Field("disable_play_store", "disable_play_store", _rt.BOOL),
            _rt.Field("domains", "domains", _rt.list_of(_rt.STR)),
            _rt.Field("emails", "emails", _rt.list_of(_rt.STR)),
            _rt.Field("frp_googles", "frp_googles", _rt.list_of(_rt.model(GoogleServicesSectionFrpGooglesItem))),
            _rt.Field("google_assistant_disabled", "google_assistant_disabled", _rt.BOOL),
            _rt.Field("locked", "locked", _rt.BOOL),
            _rt.Field("managed_google_play_disabled", "managed_google_play_disabled", _rt.BOOL),
            _rt.Field("max_account", "max_account", _rt.INT),
            _rt.Field(
                "section_type",
                "section_type",
                _rt.enum("GoogleServicesSectionSectionType", ["Independent", "Inherited"]),
            ),
        ),
        _rt.ANY,
    )


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
