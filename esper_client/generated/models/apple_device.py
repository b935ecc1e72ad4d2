from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apple_device_dep_profile_status import AppleDeviceDepProfileStatus, check_apple_device_dep_profile_status
from ..models.apple_device_device_source import AppleDeviceDeviceSource, check_apple_device_device_source
from ..models.apple_device_managed_by import AppleDeviceManagedBy, check_apple_device_managed_by
from ..models.apple_device_os import AppleDeviceOs, check_apple_device_os
from ..models.apple_device_platform import AppleDevicePlatform, check_apple_device_platform
from ..models.device_state_enum_apple import DeviceStateEnumApple, check_device_state_enum_apple
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apple_device_enrolment_info import AppleDeviceEnrolmentInfo
    from ..models.apple_device_tokens import AppleDeviceTokens
    from ..models.blueprint_info import BlueprintInfo
    from ..models.hardware_info import HardwareInfo
    from ..models.memory_info import MemoryInfo
    from ..models.network_info import NetworkInfo
    from ..models.software_info import SoftwareInfo


T = TypeVar("T", bound="AppleDevice")


@_attrs_define
class AppleDevice:
    """
    Attributes:
        alias (str | Unset):
        blueprint_info (BlueprintInfo | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        dep_profile (str | Unset):
        dep_profile_assign_time (datetime.datetime | Unset):
        dep_profile_push_time (datetime.datetime | Unset):
        dep_profile_status (AppleDeviceDepProfileStatus | Unset):
        device_source (AppleDeviceDeviceSource | Unset):
        enrolment_info (AppleDeviceEnrolmentInfo | Unset):
        global_device_id (str | Unset):
        group_id (UUID | Unset):
        hardware_info (HardwareInfo | Unset):
        id (UUID | Unset):
        is_ddm_enabled (bool | Unset):
        is_seamless (bool | Unset):
        is_supervised (bool | Unset):
        last_seen (datetime.datetime | Unset):
        managed_by (AppleDeviceManagedBy | Unset):
        memory_info (MemoryInfo | Unset):
        name (str | Unset):
        network_info (NetworkInfo | Unset):
        onboarded_on (datetime.datetime | Unset):
        os (AppleDeviceOs | Unset):
        os_version (str | Unset):
        platform (AppleDevicePlatform | Unset):
        provisioned_on (datetime.datetime | Unset):
        serial (str | Unset):
        software_info (SoftwareInfo | Unset):
        state (DeviceStateEnumApple | Unset):
        tenant_id (UUID | Unset):
        tokens (AppleDeviceTokens | Unset):
        udid (str | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
    """

    alias: str | Unset = UNSET
    blueprint_info: BlueprintInfo | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    dep_profile: str | Unset = UNSET
    dep_profile_assign_time: datetime.datetime | Unset = UNSET
    dep_profile_push_time: datetime.datetime | Unset = UNSET
    dep_profile_status: AppleDeviceDepProfileStatus | Unset = UNSET
    device_source: AppleDeviceDeviceSource | Unset = UNSET
    enrolment_info: AppleDeviceEnrolmentInfo | Unset = UNSET
    global_device_id: str | Unset = UNSET
    group_id: UUID | Unset = UNSET
    hardware_info: HardwareInfo | Unset = UNSET
    id: UUID | Unset = UNSET
    is_ddm_enabled: bool | Unset = UNSET
    is_seamless: bool | Unset = UNSET
    is_supervised: bool | Unset = UNSET
    last_seen: datetime.datetime | Unset = UNSET
    managed_by: AppleDeviceManagedBy | Unset = UNSET
    memory_info: MemoryInfo | Unset = UNSET
    name: str | Unset = UNSET
    network_info: NetworkInfo | Unset = UNSET
    onboarded_on: datetime.datetime | Unset = UNSET
    os: AppleDeviceOs | Unset = UNSET
    os_version: str | Unset = UNSET
    platform: AppleDevicePlatform | Unset = UNSET
    provisioned_on: datetime.datetime | Unset = UNSET
    serial: str | Unset = UNSET
    software_info: SoftwareInfo | Unset = UNSET
    state: DeviceStateEnumApple | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    tokens: AppleDeviceTokens | Unset = UNSET
    udid: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        blueprint_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blueprint_info, Unset):
            blueprint_info = self.blueprint_info.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        dep_profile = self.dep_profile

        dep_profile_assign_time: str | Unset = UNSET
        if not isinstance(self.dep_profile_assign_time, Unset):
            dep_profile_assign_time = self.dep_profile_assign_time.isoformat()

        dep_profile_push_time: str | Unset = UNSET
        if not isinstance(self.dep_profile_push_time, Unset):
            dep_profile_push_time = self.dep_profile_push_time.isoformat()

        dep_profile_status: str | Unset = UNSET
        if not isinstance(self.dep_profile_status, Unset):
            dep_profile_status = self.dep_profile_status

        device_source: str | Unset = UNSET
        if not isinstance(self.device_source, Unset):
            device_source = self.device_source

        enrolment_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enrolment_info, Unset):
            enrolment_info = self.enrolment_info.to_dict()

        global_device_id = self.global_device_id

        group_id: str | Unset = UNSET
        if not isinstance(self.group_id, Unset):
            group_id = str(self.group_id)

        hardware_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hardware_info, Unset):
            hardware_info = self.hardware_info.to_dict()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_ddm_enabled = self.is_ddm_enabled

        is_seamless = self.is_seamless

        is_supervised = self.is_supervised

        last_seen: str | Unset = UNSET
        if not isinstance(self.last_seen, Unset):
            last_seen = self.last_seen.isoformat()

        managed_by: str | Unset = UNSET
        if not isinstance(self.managed_by, Unset):
            managed_by = self.managed_by

        memory_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_info, Unset):
            memory_info = self.memory_info.to_dict()

        name = self.name

        network_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_info, Unset):
            network_info = self.network_info.to_dict()

        onboarded_on: str | Unset = UNSET
        if not isinstance(self.onboarded_on, Unset):
            onboarded_on = self.onboarded_on.isoformat()

        os: str | Unset = UNSET
        if not isinstance(self.os, Unset):
            os = self.os

        os_version = self.os_version

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform

        provisioned_on: str | Unset = UNSET
        if not isinstance(self.provisioned_on, Unset):
            provisioned_on = self.provisioned_on.isoformat()

        serial = self.serial

        software_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.software_info, Unset):
            software_info = self.software_info.to_dict()

        state: int | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        tenant_id: str | Unset = UNSET
        if not isinstance(self.tenant_id, Unset):
            tenant_id = str(self.tenant_id)

        tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens.to_dict()

        udid = self.udid

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias
        if blueprint_info is not UNSET:
            field_dict["blueprint_info"] = blueprint_info
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if dep_profile is not UNSET:
            field_dict["dep_profile"] = dep_profile
        if dep_profile_assign_time is not UNSET:
            field_dict["dep_profile_assign_time"] = dep_profile_assign_time
        if dep_profile_push_time is not UNSET:
            field_dict["dep_profile_push_time"] = dep_profile_push_time
        if dep_profile_status is not UNSET:
            field_dict["dep_profile_status"] = dep_profile_status
        if device_source is not UNSET:
            field_dict["device_source"] = device_source
        if enrolment_info is not UNSET:
            field_dict["enrolment_info"] = enrolment_info
        if global_device_id is not UNSET:
            field_dict["global_device_id"] = global_device_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if hardware_info is not UNSET:
            field_dict["hardware_info"] = hardware_info
        if id is not UNSET:
            field_dict["id"] = id
        if is_ddm_enabled is not UNSET:
            field_dict["is_ddm_enabled"] = is_ddm_enabled
        if is_seamless is not UNSET:
            field_dict["is_seamless"] = is_seamless
        if is_supervised is not UNSET:
            field_dict["is_supervised"] = is_supervised
        if last_seen is not UNSET:
            field_dict["last_seen"] = last_seen
        if managed_by is not UNSET:
            field_dict["managed_by"] = managed_by
        if memory_info is not UNSET:
            field_dict["memory_info"] = memory_info
        if name is not UNSET:
            field_dict["name"] = name
        if network_info is not UNSET:
            field_dict["network_info"] = network_info
        if onboarded_on is not UNSET:
            field_dict["onboarded_on"] = onboarded_on
        if os is not UNSET:
            field_dict["os"] = os
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if platform is not UNSET:
            field_dict["platform"] = platform
        if provisioned_on is not UNSET:
            field_dict["provisioned_on"] = provisioned_on
        if serial is not UNSET:
            field_dict["serial"] = serial
        if software_info is not UNSET:
            field_dict["software_info"] = software_info
        if state is not UNSET:
            field_dict["state"] = state
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if udid is not UNSET:
            field_dict["udid"] = udid
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            AppleDeviceEnrolmentInfo,
            AppleDeviceTokens,
            BlueprintInfo,
            HardwareInfo,
            MemoryInfo,
            NetworkInfo,
            SoftwareInfo,
        ) = _nested_models()

        d = dict(src_dict)
        alias = d.pop("alias", UNSET)

        _blueprint_info = d.pop("blueprint_info", UNSET)
        blueprint_info: BlueprintInfo | Unset
        if isinstance(_blueprint_info, Unset):
            blueprint_info = UNSET
        else:
            blueprint_info = BlueprintInfo.from_dict(_blueprint_info)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        dep_profile = d.pop("dep_profile", UNSET)

        _dep_profile_assign_time = d.pop("dep_profile_assign_time", UNSET)
        dep_profile_assign_time: datetime.datetime | Unset
        if isinstance(_dep_profile_assign_time, Unset):
            dep_profile_assign_time = UNSET
        else:
            dep_profile_assign_time = datetime.datetime.fromisoformat(_dep_profile_assign_time)

        _dep_profile_push_time = d.pop("dep_profile_push_time", UNSET)
        dep_profile_push_time: datetime.datetime | Unset
        if isinstance(_dep_profile_push_time, Unset):
            dep_profile_push_time = UNSET
        else:
            dep_profile_push_time = datetime.datetime.fromisoformat(_dep_profile_push_time)

        _dep_profile_status = d.pop("dep_profile_status", UNSET)
        dep_profile_status: AppleDeviceDepProfileStatus | Unset
        if isinstance(_dep_profile_status, Unset):
            dep_profile_status = UNSET
        else:
            dep_profile_status = check_apple_device_dep_profile_status(_dep_profile_status)

        _device_source = d.pop("device_source", UNSET)
        device_source: AppleDeviceDeviceSource | Unset
        if isinstance(_device_source, Unset):
            device_source = UNSET
        else:
            device_source = check_apple_device_device_source(_device_source)

        _enrolment_info = d.pop("enrolment_info", UNSET)
        enrolment_info: AppleDeviceEnrolmentInfo | Unset
        if isinstance(_enrolment_info, Unset):
            enrolment_info = UNSET
        else:
            enrolment_info = AppleDeviceEnrolmentInfo.from_dict(_enrolment_info)

        global_device_id = d.pop("global_device_id", UNSET)

        _group_id = d.pop("group_id", UNSET)
        group_id: UUID | Unset
        if isinstance(_group_id, Unset):
            group_id = UNSET
        else:
            group_id = UUID(_group_id)

        _hardware_info = d.pop("hardware_info", UNSET)
        hardware_info: HardwareInfo | Unset
        if isinstance(_hardware_info, Unset):
            hardware_info = UNSET
        else:
            hardware_info = HardwareInfo.from_dict(_hardware_info)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        is_ddm_enabled = d.pop("is_ddm_enabled", UNSET)

        is_seamless = d.pop("is_seamless", UNSET)

        is_supervised = d.pop("is_supervised", UNSET)

        _last_seen = d.pop("last_seen", UNSET)
        last_seen: datetime.datetime | Unset
        if isinstance(_last_seen, Unset):
            last_seen = UNSET
        else:
            last_seen = datetime.datetime.fromisoformat(_last_seen)

        _managed_by = d.pop("managed_by", UNSET)
        managed_by: AppleDeviceManagedBy | Unset
        if isinstance(_managed_by, Unset):
            managed_by = UNSET
        else:
            managed_by = check_apple_device_managed_by(_managed_by)

        _memory_info = d.pop("memory_info", UNSET)
        memory_info: MemoryInfo | Unset
        if isinstance(_memory_info, Unset):
            memory_info = UNSET
        else:
            memory_info = MemoryInfo.from_dict(_memory_info)

        name = d.pop("name", UNSET)

        _network_info = d.pop("network_info", UNSET)
        network_info: NetworkInfo | Unset
        if isinstance(_network_info, Unset):
            network_info = UNSET
        else:
            network_info = NetworkInfo.from_dict(_network_info)

        _onboarded_on = d.pop("onboarded_on", UNSET)
        onboarded_on: datetime.datetime | Unset
        if isinstance(_onboarded_on, Unset):
            onboarded_on = UNSET
        else:
            onboarded_on = datetime.datetime.fromisoformat(_onboarded_on)

        _os = d.pop("os", UNSET)
        os: AppleDeviceOs | Unset
        if isinstance(_os, Unset):
            os = UNSET
        else:
            os = check_apple_device_os(_os)

        os_version = d.pop("os_version", UNSET)

        _platform = d.pop("platform", UNSET)
        platform: AppleDevicePlatform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = check_apple_device_platform(_platform)

        _provisioned_on = d.pop("provisioned_on", UNSET)
        provisioned_on: datetime.datetime | Unset
        if isinstance(_provisioned_on, Unset):
            provisioned_on = UNSET
        else:
            provisioned_on = datetime.datetime.fromisoformat(_provisioned_on)

        serial = d.pop("serial", UNSET)

        _software_info = d.pop("software_info", UNSET)
        software_info: SoftwareInfo | Unset
        if isinstance(_software_info, Unset):
            software_info = UNSET
        else:
            software_info = SoftwareInfo.from_dict(_software_info)

        _state = d.pop("state", UNSET)
        state: DeviceStateEnumApple | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_device_state_enum_apple(_state)

        _tenant_id = d.pop("tenant_id", UNSET)
        tenant_id: UUID | Unset
        if isinstance(_tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = UUID(_tenant_id)

        _tokens = d.pop("tokens", UNSET)
        tokens: AppleDeviceTokens | Unset
        if isinstance(_tokens, Unset):
            tokens = UNSET
        else:
            tokens = AppleDeviceTokens.from_dict(_tokens)

        udid = d.pop("udid", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        apple_device = cls(
            alias=alias,
            blueprint_info=blueprint_info,
            created_at=created_at,
            created_by=created_by,
            dep_profile=dep_profile,
            dep_profile_assign_time=dep_profile_assign_time,
            dep_profile_push_time=dep_profile_push_time,
            dep_profile_status=dep_profile_status,
            device_source=device_source,
            enrolment_info=enrolment_info,
            global_device_id=global_device_id,
            group_id=group_id,
            hardware_info=hardware_info,
            id=id,
            is_ddm_enabled=is_ddm_enabled,
            is_seamless=is_seamless,
            is_supervised=is_supervised,
            last_seen=last_seen,
            managed_by=managed_by,
            memory_info=memory_info,
            name=name,
            network_info=network_info,
            onboarded_on=onboarded_on,
            os=os,
            os_version=os_version,
            platform=platform,
            provisioned_on=provisioned_on,
            serial=serial,
            software_info=software_info,
            state=state,
            tenant_id=tenant_id,
            tokens=tokens,
            udid=udid,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        apple_device.additional_properties = d
        return apple_device

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


@cache
def _nested_models() -> tuple[
    type[AppleDeviceEnrolmentInfo],
    type[AppleDeviceTokens],
    type[BlueprintInfo],
    type[HardwareInfo],
    type[MemoryInfo],
    type[NetworkInfo],
    type[SoftwareInfo],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.apple_device_enrolment_info import AppleDeviceEnrolmentInfo  # noqa: PLC0415
    from ..models.apple_device_tokens import AppleDeviceTokens  # noqa: PLC0415
    from ..models.blueprint_info import BlueprintInfo  # noqa: PLC0415
    from ..models.hardware_info import HardwareInfo  # noqa: PLC0415
    from ..models.memory_info import MemoryInfo  # noqa: PLC0415
    from ..models.network_info import NetworkInfo  # noqa: PLC0415
    from ..models.software_info import SoftwareInfo  # noqa: PLC0415

    return (
        AppleDeviceEnrolmentInfo,
        AppleDeviceTokens,
        BlueprintInfo,
        HardwareInfo,
        MemoryInfo,
        NetworkInfo,
        SoftwareInfo,
    )
