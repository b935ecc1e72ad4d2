from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    from ..models.enterprise_policy_data import EnterprisePolicyData


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """EnterprisePolicy's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.enterprise_policy_data import EnterprisePolicyData  # noqa: PLC0415

    return (
        (
            _rt.Field("created_on", "created_on", _rt.DATETIME, required=True),
            _rt.Field(
                "description",
                "description",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
                required=True,
            ),
            _rt.Field("device_count", "device_count", _rt.INT, required=True),
            _rt.Field("enterprise", "enterprise", _rt.STR, required=True),
            _rt.Field(
                "google_policy_id",
                "google_policy_id",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
                required=True,
            ),
            _rt.Field("id", "id", _rt.INT, required=True),
            _rt.Field("is_active", "is_active", _rt.BOOL, required=True),
            _rt.Field("name", "name", _rt.STR, required=True),
            _rt.Field("policy", "policy", _rt.model(EnterprisePolicyData), required=True),
            _rt.Field("updated_on", "updated_on", _rt.DATETIME, required=True),
            _rt.Field("url", "url", _rt.STR, required=True),
            _rt.Field("uuid", "uuid", _rt.UUID_, required=True),
        ),
        _rt.ANY,
    )


@_attrs_define
class EnterprisePolicy:
    """
    Attributes:
        created_on (datetime.datetime):
        description (None | str):
        device_count (int):
        enterprise (str):
        google_policy_id (None | str):
        id (int):
        is_active (bool):
        name (str):
        policy (EnterprisePolicyData):
        updated_on (datetime.datetime):
        url (str):
        uuid (UUID):
    """

    created_on: datetime.datetime
    description: None | str
    device_count: int
    enterprise: str
    google_policy_id: None | str
    id: int
    is_active: bool
    name: str
    policy: EnterprisePolicyData
    updated_on: datetime.datetime
    url: str
    uuid: UUID
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
