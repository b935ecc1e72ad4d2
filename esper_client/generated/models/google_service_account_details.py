from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """GoogleServiceAccountDetails's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("data", "data", _rt.STR, required=True),
            _rt.Field("google_enterprise_id", "google_enterprise_id", _rt.STR, required=True),
            _rt.Field("is_active", "is_active", _rt.BOOL, required=True),
            _rt.Field("is_set", "is_set", _rt.BOOL, required=True),
            _rt.Field("key_id", "key_id", _rt.STR, required=True),
            _rt.Field("public_data", "public_data", _rt.STR, required=True),
            _rt.Field("type", "type_", _rt.INT, required=True),
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field(
                "is_synced_to_scapi",
                "is_synced_to_scapi",
                _rt.union(
                    _rt.BOOL,
                    _rt.NONE,
                ),
            ),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("tenant_id", "tenant_id", _rt.STR),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
        ),
        _rt.ANY,
    )


@_attrs_define
class GoogleServiceAccountDetails:
    """
    Attributes:
        data (str): The service account's key material.
        google_enterprise_id (str): The id Google gave the enterprise.
        is_active (bool): Whether this service account is the one in use.
        is_set (bool): Whether the service account has been set up.
        key_id (str): The id of the service account's key.
        public_data (str): The public part of the service account's key.
        type_ (int): The kind of service account, as an integer code.
        created_at (datetime.datetime | Unset): When the record was created.
        is_synced_to_scapi (bool | None | Unset): Whether this record has been synced to SCAPI.
        name (str | Unset): The service account's name.
        tenant_id (str | Unset): The tenant the service account belongs to.
        updated_at (datetime.datetime | Unset): When the record was last changed.
    """

    data: str
    google_enterprise_id: str
    is_active: bool
    is_set: bool
    key_id: str
    public_data: str
    type_: int
    created_at: datetime.datetime | Unset = UNSET
    is_synced_to_scapi: bool | None | Unset = UNSET
    name: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
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
