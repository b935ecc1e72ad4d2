from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """ItunesAppInfoV2's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("app_id", "app_id", _rt.UUID_),
            _rt.Field("app_name", "app_name", _rt.STR),
            _rt.Field("app_size", "app_size", _rt.INT),
            _rt.Field("app_version_id", "app_version_id", _rt.UUID_),
            _rt.Field("apple_app_id", "apple_app_id", _rt.STR),
            _rt.Field("apple_app_version", "apple_app_version", _rt.STR),
            _rt.Field("bundle_id", "bundle_id", _rt.STR),
            _rt.Field("description", "description", _rt.STR),
            _rt.Field("developer", "developer", _rt.STR),
            _rt.Field("device_families", "device_families", _rt.list_of(_rt.STR)),
            _rt.Field("genres", "genres", _rt.list_of(_rt.STR)),
            _rt.Field("icon_url", "icon_url", _rt.STR),
            _rt.Field("itunes_url", "itunes_url", _rt.STR),
            _rt.Field("last_updated_date", "last_updated_date", _rt.STR),
            _rt.Field("minimum_os_version", "minimum_os_version", _rt.STR),
            _rt.Field("price", "price", _rt.FLOAT),
            _rt.Field("pricing_param", "pricing_param", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class ItunesAppInfoV2:
    """
    Attributes:
        app_id (UUID | Unset):
        app_name (str | Unset):
        app_size (int | Unset):
        app_version_id (UUID | Unset):
        apple_app_id (str | Unset):
        apple_app_version (str | Unset):
        bundle_id (str | Unset):
        description (str | Unset):
        developer (str | Unset):
        device_families (list[str] | Unset):
        genres (list[str] | Unset):
        icon_url (str | Unset):
        itunes_url (str | Unset):
        last_updated_date (str | Unset):
        minimum_os_version (str | Unset):
        price (float | Unset):
        pricing_param (str | Unset):
    """

    app_id: UUID | Unset = UNSET
    app_name: str | Unset = UNSET
    app_size: int | Unset = UNSET
    app_version_id: UUID | Unset = UNSET
    apple_app_id: str | Unset = UNSET
    apple_app_version: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    description: str | Unset = UNSET
    developer: str | Unset = UNSET
    device_families: list[str] | Unset = UNSET
    genres: list[str] | Unset = UNSET
    icon_url: str | Unset = UNSET
    itunes_url: str | Unset = UNSET
    last_updated_date: str | Unset = UNSET
    minimum_os_version: str | Unset = UNSET
    price: float | Unset = UNSET
    pricing_param: str | Unset = UNSET
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
