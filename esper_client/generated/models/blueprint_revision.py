from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blueprint_revision_type import BlueprintRevisionType, check_blueprint_revision_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_section import ApplicationSection
    from ..models.connectivity_section import ConnectivitySection
    from ..models.content_section import ContentSection
    from ..models.date_time_section import DateTimeSection
    from ..models.display_branding_section import DisplayBrandingSection
    from ..models.google_services_section import GoogleServicesSection
    from ..models.hardware_settings_section import HardwareSettingsSection
    from ..models.security_section import SecuritySection
    from ..models.settings_app_section import SettingsAppSection
    from ..models.sound_section import SoundSection
    from ..models.system_updates_section import SystemUpdatesSection


T = TypeVar("T", bound="BlueprintRevision")


@_attrs_define
class BlueprintRevision:
    """
    Attributes:
        application (ApplicationSection | Unset):
        comments (str | Unset):
        connectivity (ConnectivitySection | Unset):
        content (ContentSection | Unset):
        created_by (str | Unset):
        created_on (datetime.datetime | Unset):
        current (bool | Unset):
        date_time (DateTimeSection | Unset):
        display_branding (DisplayBrandingSection | Unset):
        google_services (GoogleServicesSection | Unset):
        hardware_settings (HardwareSettingsSection | Unset):
        id (UUID | Unset):
        locked (bool | Unset):
        revision (str | Unset):
        security (SecuritySection | Unset):
        settings_app (SettingsAppSection | Unset):
        sound (SoundSection | Unset):
        system_updates (SystemUpdatesSection | Unset):
        type_ (BlueprintRevisionType | Unset):
    """

    application: ApplicationSection | Unset = UNSET
    comments: str | Unset = UNSET
    connectivity: ConnectivitySection | Unset = UNSET
    content: ContentSection | Unset = UNSET
    created_by: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    current: bool | Unset = UNSET
    date_time: DateTimeSection | Unset = UNSET
    display_branding: DisplayBrandingSection | Unset = UNSET
    google_services: GoogleServicesSection | Unset = UNSET
    hardware_settings: HardwareSettingsSection | Unset = UNSET
    id: UUID | Unset = UNSET
    locked: bool | Unset = UNSET
    revision: str | Unset = UNSET
    security: SecuritySection | Unset = UNSET
    settings_app: SettingsAppSection | Unset = UNSET
    sound: SoundSection | Unset = UNSET
    system_updates: SystemUpdatesSection | Unset = UNSET
    type_: BlueprintRevisionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = self.application.to_dict()

        comments = self.comments

        connectivity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connectivity, Unset):
            connectivity = self.connectivity.to_dict()

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        created_by = self.created_by

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        current = self.current

        date_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_time, Unset):
            date_time = self.date_time.to_dict()

        display_branding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_branding, Unset):
            display_branding = self.display_branding.to_dict()

        google_services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google_services, Unset):
            google_services = self.google_services.to_dict()

        hardware_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hardware_settings, Unset):
            hardware_settings = self.hardware_settings.to_dict()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        locked = self.locked

        revision = self.revision

        security: dict[str, Any] | Unset = UNSET
        if not isinstance(self.security, Unset):
            security = self.security.to_dict()

        settings_app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings_app, Unset):
            settings_app = self.settings_app.to_dict()

        sound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sound, Unset):
            sound = self.sound.to_dict()

        system_updates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_updates, Unset):
            system_updates = self.system_updates.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application is not UNSET:
            field_dict["application"] = application
        if comments is not UNSET:
            field_dict["comments"] = comments
        if connectivity is not UNSET:
            field_dict["connectivity"] = connectivity
        if content is not UNSET:
            field_dict["content"] = content
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if current is not UNSET:
            field_dict["current"] = current
        if date_time is not UNSET:
            field_dict["date_time"] = date_time
        if display_branding is not UNSET:
            field_dict["display_branding"] = display_branding
        if google_services is not UNSET:
            field_dict["google_services"] = google_services
        if hardware_settings is not UNSET:
            field_dict["hardware_settings"] = hardware_settings
        if id is not UNSET:
            field_dict["id"] = id
        if locked is not UNSET:
            field_dict["locked"] = locked
        if revision is not UNSET:
            field_dict["revision"] = revision
        if security is not UNSET:
            field_dict["security"] = security
        if settings_app is not UNSET:
            field_dict["settings_app"] = settings_app
        if sound is not UNSET:
            field_dict["sound"] = sound
        if system_updates is not UNSET:
            field_dict["system_updates"] = system_updates
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            ApplicationSection,
            ConnectivitySection,
            ContentSection,
            DateTimeSection,
            DisplayBrandingSection,
            GoogleServicesSection,
            HardwareSettingsSection,
            SecuritySection,
            SettingsAppSection,
            SoundSection,
            SystemUpdatesSection,
        ) = _nested_models()

        d = dict(src_dict)
        _application = d.pop("application", UNSET)
        application: ApplicationSection | Unset
        if isinstance(_application, Unset):
            application = UNSET
        else:
            application = ApplicationSection.from_dict(_application)

        comments = d.pop("comments", UNSET)

        _connectivity = d.pop("connectivity", UNSET)
        connectivity: ConnectivitySection | Unset
        if isinstance(_connectivity, Unset):
            connectivity = UNSET
        else:
            connectivity = ConnectivitySection.from_dict(_connectivity)

        _content = d.pop("content", UNSET)
        content: ContentSection | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = ContentSection.from_dict(_content)

        created_by = d.pop("created_by", UNSET)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        current = d.pop("current", UNSET)

        _date_time = d.pop("date_time", UNSET)
        date_time: DateTimeSection | Unset
        if isinstance(_date_time, Unset):
            date_time = UNSET
        else:
            date_time = DateTimeSection.from_dict(_date_time)

        _display_branding = d.pop("display_branding", UNSET)
        display_branding: DisplayBrandingSection | Unset
        if isinstance(_display_branding, Unset):
            display_branding = UNSET
        else:
            display_branding = DisplayBrandingSection.from_dict(_display_branding)

        _google_services = d.pop("google_services", UNSET)
        google_services: GoogleServicesSection | Unset
        if isinstance(_google_services, Unset):
            google_services = UNSET
        else:
            google_services = GoogleServicesSection.from_dict(_google_services)

        _hardware_settings = d.pop("hardware_settings", UNSET)
        hardware_settings: HardwareSettingsSection | Unset
        if isinstance(_hardware_settings, Unset):
            hardware_settings = UNSET
        else:
            hardware_settings = HardwareSettingsSection.from_dict(_hardware_settings)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        locked = d.pop("locked", UNSET)

        revision = d.pop("revision", UNSET)

        _security = d.pop("security", UNSET)
        security: SecuritySection | Unset
        if isinstance(_security, Unset):
            security = UNSET
        else:
            security = SecuritySection.from_dict(_security)

        _settings_app = d.pop("settings_app", UNSET)
        settings_app: SettingsAppSection | Unset
        if isinstance(_settings_app, Unset):
            settings_app = UNSET
        else:
            settings_app = SettingsAppSection.from_dict(_settings_app)

        _sound = d.pop("sound", UNSET)
        sound: SoundSection | Unset
        if isinstance(_sound, Unset):
            sound = UNSET
        else:
            sound = SoundSection.from_dict(_sound)

        _system_updates = d.pop("system_updates", UNSET)
        system_updates: SystemUpdatesSection | Unset
        if isinstance(_system_updates, Unset):
            system_updates = UNSET
        else:
            system_updates = SystemUpdatesSection.from_dict(_system_updates)

        _type_ = d.pop("type", UNSET)
        type_: BlueprintRevisionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_blueprint_revision_type(_type_)

        blueprint_revision = cls(
            application=application,
            comments=comments,
            connectivity=connectivity,
            content=content,
            created_by=created_by,
            created_on=created_on,
            current=current,
            date_time=date_time,
            display_branding=display_branding,
            google_services=google_services,
            hardware_settings=hardware_settings,
            id=id,
            locked=locked,
            revision=revision,
            security=security,
            settings_app=settings_app,
            sound=sound,
            system_updates=system_updates,
            type_=type_,
        )

        blueprint_revision.additional_properties = d
        return blueprint_revision

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
    type[ApplicationSection],
    type[ConnectivitySection],
    type[ContentSection],
    type[DateTimeSection],
    type[DisplayBrandingSection],
    type[GoogleServicesSection],
    type[HardwareSettingsSection],
    type[SecuritySection],
    type[SettingsAppSection],
    type[SoundSection],
    type[SystemUpdatesSection],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.application_section import ApplicationSection  # noqa: PLC0415
    from ..models.connectivity_section import ConnectivitySection  # noqa: PLC0415
    from ..models.content_section import ContentSection  # noqa: PLC0415
    from ..models.date_time_section import DateTimeSection  # noqa: PLC0415
    from ..models.display_branding_section import DisplayBrandingSection  # noqa: PLC0415
    from ..models.google_services_section import GoogleServicesSection  # noqa: PLC0415
    from ..models.hardware_settings_section import HardwareSettingsSection  # noqa: PLC0415
    from ..models.security_section import SecuritySection  # noqa: PLC0415
    from ..models.settings_app_section import SettingsAppSection  # noqa: PLC0415
    from ..models.sound_section import SoundSection  # noqa: PLC0415
    from ..models.system_updates_section import SystemUpdatesSection  # noqa: PLC0415

    return (
        ApplicationSection,
        ConnectivitySection,
        ContentSection,
        DateTimeSection,
        DisplayBrandingSection,
        GoogleServicesSection,
        HardwareSettingsSection,
        SecuritySection,
        SettingsAppSection,
        SoundSection,
        SystemUpdatesSection,
    )
