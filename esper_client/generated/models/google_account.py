from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """GoogleAccount's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("account_type", "account_type", _rt.INT, required=True),
            _rt.Field("device_id", "device_id", _rt.UUID_, required=True),
            _rt.Field("google_user_id", "google_user_id", _rt.STR, required=True),
            _rt.Field("tenant_id", "tenant_id", _rt.UUID_, required=True),
            _rt.Field("account_identifier", "account_identifier", _rt.STR),
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("google_authentication_token", "google_authentication_token", _rt.STR),
            _rt.Field("google_device_id", "google_device_id", _rt.STR),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
        ),
        _rt.ANY,
    )


@_attrs_define
class GoogleAccount:
    """
    Attributes:
        account_type (int): Kind of Google account, as a number.
        device_id (UUID): The device the account is for (its id).
        google_user_id (str): Google's id for the user.
        tenant_id (UUID): The tenant the account belongs to (its id).
        account_identifier (str | Unset): The account's identifier.
        created_at (datetime.datetime | Unset): When the account record was made.
        google_authentication_token (str | Unset): The account's Google auth token.
        google_device_id (str | Unset): Google's id for the device.
        updated_at (datetime.datetime | Unset): When the account record was last changed.
    """

    account_type: int
    device_id: UUID
    google_user_id: str
    tenant_id: UUID
    account_identifier: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    google_authentication_token: str | Unset = UNSET
    google_device_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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
