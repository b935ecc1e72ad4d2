from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.android_device_v2_managed_by import AndroidDeviceV2ManagedBy, check_android_device_v2_managed_by
from ..models.android_device_v2_os import AndroidDeviceV2Os, check_android_device_v2_os
from ..models.android_device_v2_platform import AndroidDeviceV2Platform, check_android_device_v2_platform
from ..models.android_device_v2_provisioned_with import (
    AndroidDeviceV2ProvisionedWith,
    check_android_device_v2_provisioned_with,
)
from ..models.device_state_enum_android import DeviceStateEnumAndroid, check_device_state_enum_android
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.android_device_v2_battery_stats import AndroidDeviceV2BatteryStats
    from ..models.android_device_v2_policy_type_0 import AndroidDeviceV2PolicyType0
    from ..models.blueprint_info import BlueprintInfo
    from ..models.hardware_info import HardwareInfo
    from ..models.location_stats import LocationStats
    from ..models.memory_info import MemoryInfo
    from ..models.memory_stats import MemoryStats
    from ..models.network_info import NetworkInfo
    from ..models.network_stats_v2 import NetworkStatsV2
    from ..models.software_info import SoftwareInfo


T = TypeVar("T", bound="AndroidDeviceV2")


@_attrs_define
class AndroidDeviceV2:
    """
    Attributes:
        alias (str | Unset):
        battery_stats (AndroidDeviceV2BatteryStats | Unset):
        blueprint_info (BlueprintInfo | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        dpc_version (None | str | Unset):
        eea_version (None | str | Unset):
        fcm_id (str | Unset):
        global_device_id (str | Unset):
        group_id (UUID | Unset):
        hardware_info (HardwareInfo | Unset):
        id (UUID | Unset):
        is_esper_managed (bool | None | Unset):
        is_gms (bool | Unset):
        is_seamless (bool | Unset):
        location_stats (LocationStats | Unset):
        managed_by (AndroidDeviceV2ManagedBy | Unset):
        memory_info (MemoryInfo | Unset):
        memory_stats (MemoryStats | Unset):
        mqtt_topic (str | Unset):
        name (str | Unset):
        network_info (NetworkInfo | Unset):
        network_stats (NetworkStatsV2 | Unset):
        os (AndroidDeviceV2Os | Unset):
        os_version (str | Unset):
        platform (AndroidDeviceV2Platform | Unset):
        policy (AndroidDeviceV2PolicyType0 | None | Unset):
        provisioned_on (datetime.datetime | Unset):
        provisioned_with (AndroidDeviceV2ProvisionedWith | Unset):
        serial (str | Unset):
        software_info (SoftwareInfo | Unset):
        state (DeviceStateEnumAndroid | Unset):
        tags (list[UUID] | Unset):
        template_name (None | str | Unset):
        tenant_id (UUID | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
    """

    alias: str | Unset = UNSET
    battery_stats: AndroidDeviceV2BatteryStats | Unset = UNSET
    blueprint_info: BlueprintInfo | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    dpc_version: None | str | Unset = UNSET
    eea_version: None | str | Unset = UNSET
    fcm_id: str | Unset = UNSET
    global_device_id: str | Unset = UNSET
    group_id: UUID | Unset = UNSET
    hardware_info: HardwareInfo | Unset = UNSET
    id: UUID | Unset = UNSET
    is_esper_managed: bool | None | Unset = UNSET
    is_gms: bool | Unset = UNSET
    is_seamless: bool | Unset = UNSET
    location_stats: LocationStats | Unset = UNSET
    managed_by: AndroidDeviceV2ManagedBy | Unset = UNSET
    memory_info: MemoryInfo | Unset = UNSET
    memory_stats: MemoryStats | Unset = UNSET
    mqtt_topic: str | Unset = UNSET
    name: str | Unset = UNSET
    network_info: NetworkInfo | Unset = UNSET
    network_stats: NetworkStatsV2 | Unset = UNSET
    os: AndroidDeviceV2Os | Unset = UNSET
    os_version: str | Unset = UNSET
    platform: AndroidDeviceV2Platform | Unset = UNSET
    policy: AndroidDeviceV2PolicyType0 | None | Unset = UNSET
    provisioned_on: datetime.datetime | Unset = UNSET
    provisioned_with: AndroidDeviceV2ProvisionedWith | Unset = UNSET
    serial: str | Unset = UNSET
    software_info: SoftwareInfo | Unset = UNSET
    state: DeviceStateEnumAndroid | Unset = UNSET
    tags: list[UUID] | Unset = UNSET
    template_name: None | str | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            AndroidDeviceV2BatteryStats,
            AndroidDeviceV2PolicyType0,
            BlueprintInfo,
            HardwareInfo,
            LocationStats,
            MemoryInfo,
            MemoryStats,
            NetworkInfo,
            NetworkStatsV2,
            SoftwareInfo,
        ) = _nested_models()

        alias = self.alias

        battery_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.battery_stats, Unset):
            battery_stats = self.battery_stats.to_dict()

        blueprint_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blueprint_info, Unset):
            blueprint_info = self.blueprint_info.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        dpc_version: None | str | Unset
        if isinstance(self.dpc_version, Unset):
            dpc_version = UNSET
        else:
            dpc_version = self.dpc_version

        eea_version: None | str | Unset
        if isinstance(self.eea_version, Unset):
            eea_version = UNSET
        else:
            eea_version = self.eea_version

        fcm_id = self.fcm_id

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

        is_esper_managed: bool | None | Unset
        if isinstance(self.is_esper_managed, Unset):
            is_esper_managed = UNSET
        else:
            is_esper_managed = self.is_esper_managed

        is_gms = self.is_gms

        is_seamless = self.is_seamless

        location_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_stats, Unset):
            location_stats = self.location_stats.to_dict()

        managed_by: str | Unset = UNSET
        if not isinstance(self.managed_by, Unset):
            managed_by = self.managed_by

        memory_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_info, Unset):
            memory_info = self.memory_info.to_dict()

        memory_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_stats, Unset):
            memory_stats = self.memory_stats.to_dict()

        mqtt_topic = self.mqtt_topic

        name = self.name

        network_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_info, Unset):
            network_info = self.network_info.to_dict()

        network_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_stats, Unset):
            network_stats = self.network_stats.to_dict()

        os: str | Unset = UNSET
        if not isinstance(self.os, Unset):
            os = self.os

        os_version = self.os_version

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform

        policy: dict[str, Any] | None | Unset
        if isinstance(self.policy, Unset):
            policy = UNSET
        elif isinstance(self.policy, AndroidDeviceV2PolicyType0):
            policy = self.policy.to_dict()
        else:
            policy = self.policy

        provisioned_on: str | Unset = UNSET
        if not isinstance(self.provisioned_on, Unset):
            provisioned_on = self.provisioned_on.isoformat()

        provisioned_with: str | Unset = UNSET
        if not isinstance(self.provisioned_with, Unset):
            provisioned_with = self.provisioned_with

        serial = self.serial

        software_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.software_info, Unset):
            software_info = self.software_info.to_dict()

        state: int | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = str(tags_item_data)
                tags.append(tags_item)

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        tenant_id: str | Unset = UNSET
        if not isinstance(self.tenant_id, Unset):
            tenant_id = str(self.tenant_id)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias
        if battery_stats is not UNSET:
            field_dict["battery_stats"] = battery_stats
        if blueprint_info is not UNSET:
            field_dict["blueprint_info"] = blueprint_info
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if dpc_version is not UNSET:
            field_dict["dpc_version"] = dpc_version
        if eea_version is not UNSET:
            field_dict["eea_version"] = eea_version
        if fcm_id is not UNSET:
            field_dict["fcm_id"] = fcm_id
        if global_device_id is not UNSET:
            field_dict["global_device_id"] = global_device_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if hardware_info is not UNSET:
            field_dict["hardware_info"] = hardware_info
        if id is not UNSET:
            field_dict["id"] = id
        if is_esper_managed is not UNSET:
            field_dict["is_esper_managed"] = is_esper_managed
        if is_gms is not UNSET:
            field_dict["is_gms"] = is_gms
        if is_seamless is not UNSET:
            field_dict["is_seamless"] = is_seamless
        if location_stats is not UNSET:
            field_dict["location_stats"] = location_stats
        if managed_by is not UNSET:
            field_dict["managed_by"] = managed_by
        if memory_info is not UNSET:
            field_dict["memory_info"] = memory_info
        if memory_stats is not UNSET:
            field_dict["memory_stats"] = memory_stats
        if mqtt_topic is not UNSET:
            field_dict["mqtt_topic"] = mqtt_topic
        if name is not UNSET:
            field_dict["name"] = name
        if network_info is not UNSET:
            field_dict["network_info"] = network_info
        if network_stats is not UNSET:
            field_dict["network_stats"] = network_stats
        if os is not UNSET:
            field_dict["os"] = os
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if platform is not UNSET:
            field_dict["platform"] = platform
        if policy is not UNSET:
            field_dict["policy"] = policy
        if provisioned_on is not UNSET:
            field_dict["provisioned_on"] = provisioned_on
        if provisioned_with is not UNSET:
            field_dict["provisioned_with"] = provisioned_with
        if serial is not UNSET:
            field_dict["serial"] = serial
        if software_info is not UNSET:
            field_dict["software_info"] = software_info
        if state is not UNSET:
            field_dict["state"] = state
        if tags is not UNSET:
            field_dict["tags"] = tags
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            AndroidDeviceV2BatteryStats,
            AndroidDeviceV2PolicyType0,
            BlueprintInfo,
            HardwareInfo,
            LocationStats,
            MemoryInfo,
            MemoryStats,
            NetworkInfo,
            NetworkStatsV2,
            SoftwareInfo,
        ) = _nested_models()

        d = dict(src_dict)
        alias = d.pop("alias", UNSET)

        _battery_stats = d.pop("battery_stats", UNSET)
        battery_stats: AndroidDeviceV2BatteryStats | Unset
        if isinstance(_battery_stats, Unset):
            battery_stats = UNSET
        else:
            battery_stats = AndroidDeviceV2BatteryStats.from_dict(_battery_stats)

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

        def _parse_dpc_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dpc_version = _parse_dpc_version(d.pop("dpc_version", UNSET))

        def _parse_eea_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        eea_version = _parse_eea_version(d.pop("eea_version", UNSET))

        fcm_id = d.pop("fcm_id", UNSET)

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

        def _parse_is_esper_managed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_esper_managed = _parse_is_esper_managed(d.pop("is_esper_managed", UNSET))

        is_gms = d.pop("is_gms", UNSET)

        is_seamless = d.pop("is_seamless", UNSET)

        _location_stats = d.pop("location_stats", UNSET)
        location_stats: LocationStats | Unset
        if isinstance(_location_stats, Unset):
            location_stats = UNSET
        else:
            location_stats = LocationStats.from_dict(_location_stats)

        _managed_by = d.pop("managed_by", UNSET)
        managed_by: AndroidDeviceV2ManagedBy | Unset
        if isinstance(_managed_by, Unset):
            managed_by = UNSET
        else:
            managed_by = check_android_device_v2_managed_by(_managed_by)

        _memory_info = d.pop("memory_info", UNSET)
        memory_info: MemoryInfo | Unset
        if isinstance(_memory_info, Unset):
            memory_info = UNSET
        else:
            memory_info = MemoryInfo.from_dict(_memory_info)

        _memory_stats = d.pop("memory_stats", UNSET)
        memory_stats: MemoryStats | Unset
        if isinstance(_memory_stats, Unset):
            memory_stats = UNSET
        else:
            memory_stats = MemoryStats.from_dict(_memory_stats)

        mqtt_topic = d.pop("mqtt_topic", UNSET)

        name = d.pop("name", UNSET)

        _network_info = d.pop("network_info", UNSET)
        network_info: NetworkInfo | Unset
        if isinstance(_network_info, Unset):
            network_info = UNSET
        else:
            network_info = NetworkInfo.from_dict(_network_info)

        _network_stats = d.pop("network_stats", UNSET)
        network_stats: NetworkStatsV2 | Unset
        if isinstance(_network_stats, Unset):
            network_stats = UNSET
        else:
            network_stats = NetworkStatsV2.from_dict(_network_stats)

        _os = d.pop("os", UNSET)
        os: AndroidDeviceV2Os | Unset
        if isinstance(_os, Unset):
            os = UNSET
        else:
            os = check_android_device_v2_os(_os)

        os_version = d.pop("os_version", UNSET)

        _platform = d.pop("platform", UNSET)
        platform: AndroidDeviceV2Platform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = check_android_device_v2_platform(_platform)

        def _parse_policy(data: object) -> AndroidDeviceV2PolicyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                policy_type_0 = AndroidDeviceV2PolicyType0.from_dict(data)

                return policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AndroidDeviceV2PolicyType0 | None | Unset, data)

        policy = _parse_policy(d.pop("policy", UNSET))

        _provisioned_on = d.pop("provisioned_on", UNSET)
        provisioned_on: datetime.datetime | Unset
        if isinstance(_provisioned_on, Unset):
            provisioned_on = UNSET
        else:
            provisioned_on = datetime.datetime.fromisoformat(_provisioned_on)

        _provisioned_with = d.pop("provisioned_with", UNSET)
        provisioned_with: AndroidDeviceV2ProvisionedWith | Unset
        if isinstance(_provisioned_with, Unset):
            provisioned_with = UNSET
        else:
            provisioned_with = check_android_device_v2_provisioned_with(_provisioned_with)

        serial = d.pop("serial", UNSET)

        _software_info = d.pop("software_info", UNSET)
        software_info: SoftwareInfo | Unset
        if isinstance(_software_info, Unset):
            software_info = UNSET
        else:
            software_info = SoftwareInfo.from_dict(_software_info)

        _state = d.pop("state", UNSET)
        state: DeviceStateEnumAndroid | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_device_state_enum_android(_state)

        _tags = d.pop("tags", UNSET)
        tags: list[UUID] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = UUID(tags_item_data)

                tags.append(tags_item)

        def _parse_template_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_name = _parse_template_name(d.pop("template_name", UNSET))

        _tenant_id = d.pop("tenant_id", UNSET)
        tenant_id: UUID | Unset
        if isinstance(_tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = UUID(_tenant_id)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        android_device_v2 = cls(
            alias=alias,
            battery_stats=battery_stats,
            blueprint_info=blueprint_info,
            created_at=created_at,
            created_by=created_by,
            dpc_version=dpc_version,
            eea_version=eea_version,
            fcm_id=fcm_id,
            global_device_id=global_device_id,
            group_id=group_id,
            hardware_info=hardware_info,
            id=id,
            is_esper_managed=is_esper_managed,
            is_gms=is_gms,
            is_seamless=is_seamless,
            location_stats=location_stats,
            managed_by=managed_by,
            memory_info=memory_info,
            memory_stats=memory_stats,
            mqtt_topic=mqtt_topic,
            name=name,
            network_info=network_info,
            network_stats=network_stats,
            os=os,
            os_version=os_version,
            platform=platform,
            policy=policy,
            provisioned_on=provisioned_on,
            provisioned_with=provisioned_with,
            serial=serial,
            software_info=software_info,
            state=state,
            tags=tags,
            template_name=template_name,
            tenant_id=tenant_id,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        android_device_v2.additional_properties = d
        return android_device_v2

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
    type[AndroidDeviceV2BatteryStats],
    type[AndroidDeviceV2PolicyType0],
    type[BlueprintInfo],
    type[HardwareInfo],
    type[LocationStats],
    type[MemoryInfo],
    type[MemoryStats],
    type[NetworkInfo],
    type[NetworkStatsV2],
    type[SoftwareInfo],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.android_device_v2_battery_stats import AndroidDeviceV2BatteryStats  # noqa: PLC0415
    from ..models.android_device_v2_policy_type_0 import AndroidDeviceV2PolicyType0  # noqa: PLC0415
    from ..models.blueprint_info import BlueprintInfo  # noqa: PLC0415
    from ..models.hardware_info import HardwareInfo  # noqa: PLC0415
    from ..models.location_stats import LocationStats  # noqa: PLC0415
    from ..models.memory_info import MemoryInfo  # noqa: PLC0415
    from ..models.memory_stats import MemoryStats  # noqa: PLC0415
    from ..models.network_info import NetworkInfo  # noqa: PLC0415
    from ..models.network_stats_v2 import NetworkStatsV2  # noqa: PLC0415
    from ..models.software_info import SoftwareInfo  # noqa: PLC0415

    return (
        AndroidDeviceV2BatteryStats,
        AndroidDeviceV2PolicyType0,
        BlueprintInfo,
        HardwareInfo,
        LocationStats,
        MemoryInfo,
        MemoryStats,
        NetworkInfo,
        NetworkStatsV2,
        SoftwareInfo,
    )
