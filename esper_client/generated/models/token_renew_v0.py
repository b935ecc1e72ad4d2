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
    """TokenRenewV0's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("created_on", "created_on", _rt.DATETIME),
            _rt.Field("developerapp", "developerapp", _rt.UUID_),
            _rt.Field("enterprise", "enterprise", _rt.UUID_),
            _rt.Field("expires_at", "expires_at", _rt.DATETIME),
            _rt.Field("id", "id", _rt.STR),
            _rt.Field("scope", "scope", _rt.STR),
            _rt.Field("token", "token", _rt.STR),
            _rt.Field("updated_on", "updated_on", _rt.DATETIME),
            _rt.Field("user", "user", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class TokenRenewV0:
    """
    Attributes:
        created_on (datetime.datetime | Unset):
        developerapp (UUID | Unset):
        enterprise (UUID | Unset):
        expires_at (datetime.datetime | Unset):
        id (str | Unset):
        scope (str | Unset):
        token (str | Unset):
        updated_on (datetime.datetime | Unset):
        user (str | Unset):
    """

    created_on: datetime.datetime | Unset = UNSET
    developerapp: UUID | Unset = UNSET
    enterprise: UUID | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    scope: str | Unset = UNSET
    token: str | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    user: str | Unset = UNSET
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
