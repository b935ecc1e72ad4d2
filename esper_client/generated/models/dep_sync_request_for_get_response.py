from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.dep_sync_request_for_get_response_status import (
    DEPSyncRequestForGetResponseStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dep_sync_request_for_get_response_devices import DEPSyncRequestForGetResponseDevices


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """DEPSyncRequestForGetResponse's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.dep_sync_request_for_get_response_devices import DEPSyncRequestForGetResponseDevices  # noqa: PLC0415

    return (
        (
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.STR),
            _rt.Field("devices", "devices", _rt.model(DEPSyncRequestForGetResponseDevices)),
            _rt.Field("failure_reason", "failure_reason", _rt.STR),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field(
                "status",
                "status",
                _rt.enum(
                    "DEPSyncRequestForGetResponseStatus", ["COMPLETE", "FAILURE", "INPROGRESS", "QUEUED", "SUCCESS"]
                ),
            ),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
        ),
        _rt.ANY,
    )


@_attrs_define
class DEPSyncRequestForGetResponse:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        devices (DEPSyncRequestForGetResponseDevices | Unset):
        failure_reason (str | Unset):
        id (UUID | Unset):
        status (DEPSyncRequestForGetResponseStatus | Unset):
        updated_at (datetime.datetime | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    devices: DEPSyncRequestForGetResponseDevices | Unset = UNSET
    failure_reason: str | Unset = UNSET
    id: UUID | Unset = UNSET
    status: DEPSyncRequestForGetResponseStatus | Unset = UNSET
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
