from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.device_state_enum_android import DeviceStateEnumAndroid
from ..models.remote_viewer_sessions_list_for_tenant_response_state import (
    RemoteViewerSessionsListForTenantResponseState,
)
from ..models.remote_viewer_sessions_list_for_tenant_response_video_quality import (
    RemoteViewerSessionsListForTenantResponseVideoQuality,
)
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """RemoteViewerSessionsListForTenantResponse's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.STR),
            _rt.Field("device_alias", "device_alias", _rt.STR),
            _rt.Field("device_id", "device_id", _rt.UUID_),
            _rt.Field("device_name", "device_name", _rt.STR),
            _rt.Field(
                "device_state",
                "device_state",
                _rt.enum(
                    "DeviceStateEnumAndroid",
                    [0, 1, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200],
                ),
            ),
            _rt.Field("duration", "duration", _rt.STR),
            _rt.Field("reason", "reason", _rt.STR),
            _rt.Field("session_id", "session_id", _rt.UUID_),
            _rt.Field(
                "state",
                "state",
                _rt.enum(
                    "RemoteViewerSessionsListForTenantResponseState",
                    ["ACKNOWLEDGED", "ACTIVE", "FAILED", "INITIATED", "TERMINATED"],
                ),
            ),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
            _rt.Field("updated_by", "updated_by", _rt.STR),
            _rt.Field(
                "video_quality",
                "video_quality",
                _rt.enum("RemoteViewerSessionsListForTenantResponseVideoQuality", ["DATA_SAVER", "STANDARD"]),
            ),
        ),
        _rt.ANY,
    )


@_attrs_define
class RemoteViewerSessionsListForTenantResponse:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        device_alias (str | Unset):
        device_id (UUID | Unset):
        device_name (str | Unset):
        device_state (DeviceStateEnumAndroid | Unset): 0: State not known.
            1: Online.
            20: Disabled (the device was wiped, or taken off the Esper console).
            30: Provisioning has started.
            40: Provisioning, setting up Google Play.
            50: Provisioning, applying policies and installing apps.
            60: Offline.
            70: Factory reset under way (started from the console).
            80: Onboarding under way.
            90: Onboarding failed.
            100: Onboarded in Esper.
            110: Provisioning step done: Android for Work account set up.
            120: Provisioning step done: apps installed.
            130: Provisioning step done: branding.
            140: Provisioning step done: permission policy.
            150: Provisioning step done: device policy.
            160: Provisioning step done: device settings.
            170: Provisioning step done: security policy.
            180: Provisioning step done: phone policy.
            190: Provisioning step done: custom settings.
            200: Registered.
        duration (str | Unset):
        reason (str | Unset):
        session_id (UUID | Unset):
        state (RemoteViewerSessionsListForTenantResponseState | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
        video_quality (RemoteViewerSessionsListForTenantResponseVideoQuality | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    device_alias: str | Unset = UNSET
    device_id: UUID | Unset = UNSET
    device_name: str | Unset = UNSET
    device_state: DeviceStateEnumAndroid | Unset = UNSET
    duration: str | Unset = UNSET
    reason: str | Unset = UNSET
    session_id: UUID | Unset = UNSET
    state: RemoteViewerSessionsListForTenantResponseState | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    video_quality: RemoteViewerSessionsListForTenantResponseVideoQuality | Unset = UNSET
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
