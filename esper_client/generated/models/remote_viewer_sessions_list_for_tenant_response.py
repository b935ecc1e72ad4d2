from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_state_enum_android import DeviceStateEnumAndroid, check_device_state_enum_android
from ..models.remote_viewer_sessions_list_for_tenant_response_state import (
    RemoteViewerSessionsListForTenantResponseState,
    check_remote_viewer_sessions_list_for_tenant_response_state,
)
from ..models.remote_viewer_sessions_list_for_tenant_response_video_quality import (
    RemoteViewerSessionsListForTenantResponseVideoQuality,
    check_remote_viewer_sessions_list_for_tenant_response_video_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteViewerSessionsListForTenantResponse")


@_attrs_define
class RemoteViewerSessionsListForTenantResponse:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        device_alias (str | Unset):
        device_id (UUID | Unset):
        device_name (str | Unset):
        device_state (DeviceStateEnumAndroid | Unset):
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

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        device_alias = self.device_alias

        device_id: str | Unset = UNSET
        if not isinstance(self.device_id, Unset):
            device_id = str(self.device_id)

        device_name = self.device_name

        device_state: int | Unset = UNSET
        if not isinstance(self.device_state, Unset):
            device_state = self.device_state

        duration = self.duration

        reason = self.reason

        session_id: str | Unset = UNSET
        if not isinstance(self.session_id, Unset):
            session_id = str(self.session_id)

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        video_quality: str | Unset = UNSET
        if not isinstance(self.video_quality, Unset):
            video_quality = self.video_quality

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if device_alias is not UNSET:
            field_dict["device_alias"] = device_alias
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if device_state is not UNSET:
            field_dict["device_state"] = device_state
        if duration is not UNSET:
            field_dict["duration"] = duration
        if reason is not UNSET:
            field_dict["reason"] = reason
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if state is not UNSET:
            field_dict["state"] = state
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        device_alias = d.pop("device_alias", UNSET)

        _device_id = d.pop("device_id", UNSET)
        device_id: UUID | Unset
        if isinstance(_device_id, Unset):
            device_id = UNSET
        else:
            device_id = UUID(_device_id)

        device_name = d.pop("device_name", UNSET)

        _device_state = d.pop("device_state", UNSET)
        device_state: DeviceStateEnumAndroid | Unset
        if isinstance(_device_state, Unset):
            device_state = UNSET
        else:
            device_state = check_device_state_enum_android(_device_state)

        duration = d.pop("duration", UNSET)

        reason = d.pop("reason", UNSET)

        _session_id = d.pop("session_id", UNSET)
        session_id: UUID | Unset
        if isinstance(_session_id, Unset):
            session_id = UNSET
        else:
            session_id = UUID(_session_id)

        _state = d.pop("state", UNSET)
        state: RemoteViewerSessionsListForTenantResponseState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_remote_viewer_sessions_list_for_tenant_response_state(_state)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: RemoteViewerSessionsListForTenantResponseVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_remote_viewer_sessions_list_for_tenant_response_video_quality(_video_quality)

        remote_viewer_sessions_list_for_tenant_response = cls(
            created_at=created_at,
            created_by=created_by,
            device_alias=device_alias,
            device_id=device_id,
            device_name=device_name,
            device_state=device_state,
            duration=duration,
            reason=reason,
            session_id=session_id,
            state=state,
            updated_at=updated_at,
            updated_by=updated_by,
            video_quality=video_quality,
        )

        remote_viewer_sessions_list_for_tenant_response.additional_properties = d
        return remote_viewer_sessions_list_for_tenant_response

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
