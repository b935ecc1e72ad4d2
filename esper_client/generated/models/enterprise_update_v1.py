from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """EnterpriseUpdateV1's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("contact_email", "contact_email", _rt.STR),
            _rt.Field(
                "contact_number",
                "contact_number",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "contact_person",
                "contact_person",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("location", "location", _rt.STR),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("registered_address", "registered_address", _rt.STR),
            _rt.Field("registered_name", "registered_name", _rt.STR),
            _rt.Field("wifi_lte_toggle_flag", "wifi_lte_toggle_flag", _rt.BOOL),
            _rt.Field("zipcode", "zipcode", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class EnterpriseUpdateV1:
    """
    Attributes:
        contact_email (str | Unset): Email address the company can be reached at.
        contact_number (None | str | Unset): Phone number the company can be reached at; may be null.
        contact_person (None | str | Unset): Who to get in touch with at the company; may be null.
        id (UUID | Unset): The enterprise's id; set by the server.
        location (str | Unset): Where the company is, as city, state and country.
        name (str | Unset): The company's name.
        registered_address (str | Unset): The company's official (registered) address.
        registered_name (str | Unset): The company's official (registered) name.
        wifi_lte_toggle_flag (bool | Unset): The Wi-Fi/LTE toggle; offered only to enterprises that have that feature.
        zipcode (str | Unset): The company's postal code, at most 8 characters.
    """

    contact_email: str | Unset = UNSET
    contact_number: None | str | Unset = UNSET
    contact_person: None | str | Unset = UNSET
    id: UUID | Unset = UNSET
    location: str | Unset = UNSET
    name: str | Unset = UNSET
    registered_address: str | Unset = UNSET
    registered_name: str | Unset = UNSET
    wifi_lte_toggle_flag: bool | Unset = UNSET
    zipcode: str | Unset = UNSET
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
