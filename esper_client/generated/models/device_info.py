from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_state_enum import DeviceStateEnum, check_device_state_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_info_audio_constraints import DeviceInfoAudioConstraints
    from ..models.device_info_displays import DeviceInfoDisplays
    from ..models.device_info_hardware_info import DeviceInfoHardwareInfo
    from ..models.device_info_memory_info import DeviceInfoMemoryInfo
    from ..models.device_info_network_info import DeviceInfoNetworkInfo
    from ..models.device_info_software_info import DeviceInfoSoftwareInfo
    from ..models.emm_device import EmmDevice


T = TypeVar("T", bound="DeviceInfo")


@_attrs_define
class DeviceInfo:
    """
    Attributes:
        alias_name (str | Unset):
        api_level (int | Unset):
        audio_constraints (DeviceInfoAudioConstraints | Unset):
        created_on (datetime.datetime | Unset):
        current_app_mode (int | Unset):
        current_command (UUID | Unset):
        device_name (str | Unset):
        device_type (str | Unset):
        directory_record_id (UUID | Unset):
        displays (DeviceInfoDisplays | Unset):
        emm_device (EmmDevice | Unset):
        enterprise (str | Unset):
        esper_cient (str | Unset):
        fcm_id (str | Unset):
        groups (list[str] | Unset):
        hardware_info (DeviceInfoHardwareInfo | Unset):
        has_seamless_info (bool | Unset):
        id (UUID | Unset):
        initialtemplate (str | Unset):
        is_active (bool | Unset):  Default: True.
        is_gms (bool | Unset):  Default: True.
        kiosk_app_name (str | Unset):
        lockdown_state (int | Unset):
        memory_info (DeviceInfoMemoryInfo | Unset):
        mqtt_id (str | Unset):
        network_info (DeviceInfoNetworkInfo | Unset):
        policy (str | Unset):
        policy_name (str | Unset):
        provisioned_on (datetime.datetime | Unset):
        software_info (DeviceInfoSoftwareInfo | Unset):
        state (DeviceStateEnum | Unset):
        status (int | Unset):
        suid (str | Unset):
        tags (list[str] | Unset):
        template_name (str | Unset):
        timezone_string (str | Unset):
        updated_on (datetime.datetime | Unset):
        url (str | Unset):
        user (str | Unset):
    """

    alias_name: str | Unset = UNSET
    api_level: int | Unset = UNSET
    audio_constraints: DeviceInfoAudioConstraints | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    current_app_mode: int | Unset = UNSET
    current_command: UUID | Unset = UNSET
    device_name: str | Unset = UNSET
    device_type: str | Unset = UNSET
    directory_record_id: UUID | Unset = UNSET
    displays: DeviceInfoDisplays | Unset = UNSET
    emm_device: EmmDevice | Unset = UNSET
    enterprise: str | Unset = UNSET
    esper_cient: str | Unset = UNSET
    fcm_id: str | Unset = UNSET
    groups: list[str] | Unset = UNSET
    hardware_info: DeviceInfoHardwareInfo | Unset = UNSET
    has_seamless_info: bool | Unset = UNSET
    id: UUID | Unset = UNSET
    initialtemplate: str | Unset = UNSET
    is_active: bool | Unset = True
    is_gms: bool | Unset = True
    kiosk_app_name: str | Unset = UNSET
    lockdown_state: int | Unset = UNSET
    memory_info: DeviceInfoMemoryInfo | Unset = UNSET
    mqtt_id: str | Unset = UNSET
    network_info: DeviceInfoNetworkInfo | Unset = UNSET
    policy: str | Unset = UNSET
    policy_name: str | Unset = UNSET
    provisioned_on: datetime.datetime | Unset = UNSET
    software_info: DeviceInfoSoftwareInfo | Unset = UNSET
    state: DeviceStateEnum | Unset = UNSET
    status: int | Unset = UNSET
    suid: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    template_name: str | Unset = UNSET
    timezone_string: str | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias_name = self.alias_name

        api_level = self.api_level

        audio_constraints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_constraints, Unset):
            audio_constraints = self.audio_constraints.to_dict()

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        current_app_mode = self.current_app_mode

        current_command: str | Unset = UNSET
        if not isinstance(self.current_command, Unset):
            current_command = str(self.current_command)

        device_name = self.device_name

        device_type = self.device_type

        directory_record_id: str | Unset = UNSET
        if not isinstance(self.directory_record_id, Unset):
            directory_record_id = str(self.directory_record_id)

        displays: dict[str, Any] | Unset = UNSET
        if not isinstance(self.displays, Unset):
            displays = self.displays.to_dict()

        emm_device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emm_device, Unset):
            emm_device = self.emm_device.to_dict()

        enterprise = self.enterprise

        esper_cient = self.esper_cient

        fcm_id = self.fcm_id

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        hardware_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hardware_info, Unset):
            hardware_info = self.hardware_info.to_dict()

        has_seamless_info = self.has_seamless_info

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        initialtemplate = self.initialtemplate

        is_active = self.is_active

        is_gms = self.is_gms

        kiosk_app_name = self.kiosk_app_name

        lockdown_state = self.lockdown_state

        memory_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_info, Unset):
            memory_info = self.memory_info.to_dict()

        mqtt_id = self.mqtt_id

        network_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_info, Unset):
            network_info = self.network_info.to_dict()

        policy = self.policy

        policy_name = self.policy_name

        provisioned_on: str | Unset = UNSET
        if not isinstance(self.provisioned_on, Unset):
            provisioned_on = self.provisioned_on.isoformat()

        software_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.software_info, Unset):
            software_info = self.software_info.to_dict()

        state: int | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        status = self.status

        suid = self.suid

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        template_name = self.template_name

        timezone_string = self.timezone_string

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        url = self.url

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias_name is not UNSET:
            field_dict["alias_name"] = alias_name
        if api_level is not UNSET:
            field_dict["api_level"] = api_level
        if audio_constraints is not UNSET:
            field_dict["audioConstraints"] = audio_constraints
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if current_app_mode is not UNSET:
            field_dict["current_app_mode"] = current_app_mode
        if current_command is not UNSET:
            field_dict["current_command"] = current_command
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if directory_record_id is not UNSET:
            field_dict["directory_record_id"] = directory_record_id
        if displays is not UNSET:
            field_dict["displays"] = displays
        if emm_device is not UNSET:
            field_dict["emm_device"] = emm_device
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if esper_cient is not UNSET:
            field_dict["esper_cient"] = esper_cient
        if fcm_id is not UNSET:
            field_dict["fcm_id"] = fcm_id
        if groups is not UNSET:
            field_dict["groups"] = groups
        if hardware_info is not UNSET:
            field_dict["hardwareInfo"] = hardware_info
        if has_seamless_info is not UNSET:
            field_dict["has_seamlessInfo"] = has_seamless_info
        if id is not UNSET:
            field_dict["id"] = id
        if initialtemplate is not UNSET:
            field_dict["initialtemplate"] = initialtemplate
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_gms is not UNSET:
            field_dict["is_gms"] = is_gms
        if kiosk_app_name is not UNSET:
            field_dict["kiosk_app_name"] = kiosk_app_name
        if lockdown_state is not UNSET:
            field_dict["lockdown_state"] = lockdown_state
        if memory_info is not UNSET:
            field_dict["memoryInfo"] = memory_info
        if mqtt_id is not UNSET:
            field_dict["mqtt_id"] = mqtt_id
        if network_info is not UNSET:
            field_dict["networkInfo"] = network_info
        if policy is not UNSET:
            field_dict["policy"] = policy
        if policy_name is not UNSET:
            field_dict["policy_name"] = policy_name
        if provisioned_on is not UNSET:
            field_dict["provisioned_on"] = provisioned_on
        if software_info is not UNSET:
            field_dict["softwareInfo"] = software_info
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status
        if suid is not UNSET:
            field_dict["suid"] = suid
        if tags is not UNSET:
            field_dict["tags"] = tags
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if timezone_string is not UNSET:
            field_dict["timezone_string"] = timezone_string
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if url is not UNSET:
            field_dict["url"] = url
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            DeviceInfoAudioConstraints,
            DeviceInfoDisplays,
            DeviceInfoHardwareInfo,
            DeviceInfoMemoryInfo,
            DeviceInfoNetworkInfo,
            DeviceInfoSoftwareInfo,
            EmmDevice,
        ) = _nested_models()

        d = dict(src_dict)
        alias_name = d.pop("alias_name", UNSET)

        api_level = d.pop("api_level", UNSET)

        _audio_constraints = d.pop("audioConstraints", UNSET)
        audio_constraints: DeviceInfoAudioConstraints | Unset
        if isinstance(_audio_constraints, Unset):
            audio_constraints = UNSET
        else:
            audio_constraints = DeviceInfoAudioConstraints.from_dict(_audio_constraints)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        current_app_mode = d.pop("current_app_mode", UNSET)

        _current_command = d.pop("current_command", UNSET)
        current_command: UUID | Unset
        if isinstance(_current_command, Unset):
            current_command = UNSET
        else:
            current_command = UUID(_current_command)

        device_name = d.pop("device_name", UNSET)

        device_type = d.pop("device_type", UNSET)

        _directory_record_id = d.pop("directory_record_id", UNSET)
        directory_record_id: UUID | Unset
        if isinstance(_directory_record_id, Unset):
            directory_record_id = UNSET
        else:
            directory_record_id = UUID(_directory_record_id)

        _displays = d.pop("displays", UNSET)
        displays: DeviceInfoDisplays | Unset
        if isinstance(_displays, Unset):
            displays = UNSET
        else:
            displays = DeviceInfoDisplays.from_dict(_displays)

        _emm_device = d.pop("emm_device", UNSET)
        emm_device: EmmDevice | Unset
        if isinstance(_emm_device, Unset):
            emm_device = UNSET
        else:
            emm_device = EmmDevice.from_dict(_emm_device)

        enterprise = d.pop("enterprise", UNSET)

        esper_cient = d.pop("esper_cient", UNSET)

        fcm_id = d.pop("fcm_id", UNSET)

        groups = cast(list[str], d.pop("groups", UNSET))

        _hardware_info = d.pop("hardwareInfo", UNSET)
        hardware_info: DeviceInfoHardwareInfo | Unset
        if isinstance(_hardware_info, Unset):
            hardware_info = UNSET
        else:
            hardware_info = DeviceInfoHardwareInfo.from_dict(_hardware_info)

        has_seamless_info = d.pop("has_seamlessInfo", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        initialtemplate = d.pop("initialtemplate", UNSET)

        is_active = d.pop("is_active", UNSET)

        is_gms = d.pop("is_gms", UNSET)

        kiosk_app_name = d.pop("kiosk_app_name", UNSET)

        lockdown_state = d.pop("lockdown_state", UNSET)

        _memory_info = d.pop("memoryInfo", UNSET)
        memory_info: DeviceInfoMemoryInfo | Unset
        if isinstance(_memory_info, Unset):
            memory_info = UNSET
        else:
            memory_info = DeviceInfoMemoryInfo.from_dict(_memory_info)

        mqtt_id = d.pop("mqtt_id", UNSET)

        _network_info = d.pop("networkInfo", UNSET)
        network_info: DeviceInfoNetworkInfo | Unset
        if isinstance(_network_info, Unset):
            network_info = UNSET
        else:
            network_info = DeviceInfoNetworkInfo.from_dict(_network_info)

        policy = d.pop("policy", UNSET)

        policy_name = d.pop("policy_name", UNSET)

        _provisioned_on = d.pop("provisioned_on", UNSET)
        provisioned_on: datetime.datetime | Unset
        if isinstance(_provisioned_on, Unset):
            provisioned_on = UNSET
        else:
            provisioned_on = datetime.datetime.fromisoformat(_provisioned_on)

        _software_info = d.pop("softwareInfo", UNSET)
        software_info: DeviceInfoSoftwareInfo | Unset
        if isinstance(_software_info, Unset):
            software_info = UNSET
        else:
            software_info = DeviceInfoSoftwareInfo.from_dict(_software_info)

        _state = d.pop("state", UNSET)
        state: DeviceStateEnum | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_device_state_enum(_state)

        status = d.pop("status", UNSET)

        suid = d.pop("suid", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        template_name = d.pop("template_name", UNSET)

        timezone_string = d.pop("timezone_string", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        url = d.pop("url", UNSET)

        user = d.pop("user", UNSET)

        device_info = cls(
            alias_name=alias_name,
            api_level=api_level,
            audio_constraints=audio_constraints,
            created_on=created_on,
            current_app_mode=current_app_mode,
            current_command=current_command,
            device_name=device_name,
            device_type=device_type,
            directory_record_id=directory_record_id,
            displays=displays,
            emm_device=emm_device,
            enterprise=enterprise,
            esper_cient=esper_cient,
            fcm_id=fcm_id,
            groups=groups,
            hardware_info=hardware_info,
            has_seamless_info=has_seamless_info,
            id=id,
            initialtemplate=initialtemplate,
            is_active=is_active,
            is_gms=is_gms,
            kiosk_app_name=kiosk_app_name,
            lockdown_state=lockdown_state,
            memory_info=memory_info,
            mqtt_id=mqtt_id,
            network_info=network_info,
            policy=policy,
            policy_name=policy_name,
            provisioned_on=provisioned_on,
            software_info=software_info,
            state=state,
            status=status,
            suid=suid,
            tags=tags,
            template_name=template_name,
            timezone_string=timezone_string,
            updated_on=updated_on,
            url=url,
            user=user,
        )

        device_info.additional_properties = d
        return device_info

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
    type[DeviceInfoAudioConstraints],
    type[DeviceInfoDisplays],
    type[DeviceInfoHardwareInfo],
    type[DeviceInfoMemoryInfo],
    type[DeviceInfoNetworkInfo],
    type[DeviceInfoSoftwareInfo],
    type[EmmDevice],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.device_info_audio_constraints import DeviceInfoAudioConstraints  # noqa: PLC0415
    from ..models.device_info_displays import DeviceInfoDisplays  # noqa: PLC0415
    from ..models.device_info_hardware_info import DeviceInfoHardwareInfo  # noqa: PLC0415
    from ..models.device_info_memory_info import DeviceInfoMemoryInfo  # noqa: PLC0415
    from ..models.device_info_network_info import DeviceInfoNetworkInfo  # noqa: PLC0415
    from ..models.device_info_software_info import DeviceInfoSoftwareInfo  # noqa: PLC0415
    from ..models.emm_device import EmmDevice  # noqa: PLC0415

    return (
        DeviceInfoAudioConstraints,
        DeviceInfoDisplays,
        DeviceInfoHardwareInfo,
        DeviceInfoMemoryInfo,
        DeviceInfoNetworkInfo,
        DeviceInfoSoftwareInfo,
        EmmDevice,
    )
