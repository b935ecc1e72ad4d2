from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """GoogleEnterpriseDetails's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("callback_url", "callback_url", _rt.STR, required=True),
            _rt.Field("completion_token", "completion_token", _rt.STR, required=True),
            _rt.Field("enterprise_token", "enterprise_token", _rt.STR, required=True),
            _rt.Field("google_enterprise_id", "google_enterprise_id", _rt.STR, required=True),
            _rt.Field("signup_url", "signup_url", _rt.STR, required=True),
            _rt.Field("state", "state", _rt.INT, required=True),
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("id", "id", _rt.INT),
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
class GoogleEnterpriseDetails:
    """
    Attributes:
        callback_url (str): Where Google sends the admin back to after sign-up.
        completion_token (str): The token that completes the enrollment, from the begin step.
        enterprise_token (str): The token Google returned when sign-up finished.
        google_enterprise_id (str): The id Google gave the enterprise.
        signup_url (str): The Google sign-up URL the admin was sent to.
        state (int): How far the enrollment has gone, as an integer code.
        created_at (datetime.datetime | Unset): When the record was created.
        id (int | Unset): The record's id.
        is_synced_to_scapi (bool | None | Unset): Whether this record has been synced to SCAPI.
        name (str | Unset): The Google enterprise's name.
        tenant_id (str | Unset): The tenant the Google enterprise belongs to.
        updated_at (datetime.datetime | Unset): When the record was last changed.
    """

    callback_url: str
    completion_token: str
    enterprise_token: str
    google_enterprise_id: str
    signup_url: str
    state: int
    created_at: datetime.datetime | Unset = UNSET
    id: int | Unset = UNSET
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
