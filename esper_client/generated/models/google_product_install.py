from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.google_product_install_objects import GoogleProductInstallObjects


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """GoogleProductInstall's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.google_product_install_objects import GoogleProductInstallObjects  # noqa: PLC0415

    return (
        (
            _rt.Field("created_on", "created_on", _rt.DATETIME),
            _rt.Field("device", "device", _rt.STR),
            _rt.Field("enterprise", "enterprise", _rt.STR),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("install_state", "install_state", _rt.STR),
            _rt.Field("install_type", "install_type", _rt.INT),
            _rt.Field("is_active", "is_active", _rt.BOOL),
            _rt.Field("is_force_install", "is_force_install", _rt.BOOL),
            _rt.Field("objects", "objects", _rt.model(GoogleProductInstallObjects)),
            _rt.Field("reason_details", "reason_details", _rt.STR),
            _rt.Field("updated_on", "updated_on", _rt.DATETIME),
            _rt.Field("version_code", "version_code", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class GoogleProductInstall:
    """
    Attributes:
        created_on (datetime.datetime | Unset):
        device (str | Unset):
        enterprise (str | Unset):
        id (UUID | Unset):
        install_state (str | Unset):
        install_type (int | Unset):
        is_active (bool | Unset):
        is_force_install (bool | Unset):
        objects (GoogleProductInstallObjects | Unset):
        reason_details (str | Unset):
        updated_on (datetime.datetime | Unset):
        version_code (str | Unset):
    """

    created_on: datetime.datetime | Unset = UNSET
    device: str | Unset = UNSET
    enterprise: str | Unset = UNSET
    id: UUID | Unset = UNSET
    install_state: str | Unset = UNSET
    install_type: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_force_install: bool | Unset = UNSET
    objects: GoogleProductInstallObjects | Unset = UNSET
    reason_details: str | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    version_code: str | Unset = UNSET
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
