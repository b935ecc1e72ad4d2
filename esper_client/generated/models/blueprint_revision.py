from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.blueprint_revision_type import BlueprintRevisionType
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


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """BlueprintRevision's fields as esper_client._runtime reads them (once, on first use)."""
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
        (
            _rt.Field("application", "application", _rt.model(ApplicationSection)),
            _rt.Field("comments", "comments", _rt.STR),
            _rt.Field("connectivity", "connectivity", _rt.model(ConnectivitySection)),
            _rt.Field("content", "content", _rt.model(ContentSection)),
            _rt.Field("created_by", "created_by", _rt.STR),
            _rt.Field("created_on", "created_on", _rt.DATETIME),
            _rt.Field("current", "current", _rt.BOOL),
            _rt.Field("date_time", "date_time", _rt.model(DateTimeSection)),
            _rt.Field("display_branding", "display_branding", _rt.model(DisplayBrandingSection)),
            _rt.Field("google_services", "google_services", _rt.model(GoogleServicesSection)),
            _rt.Field("hardware_settings", "hardware_settings", _rt.model(HardwareSettingsSection)),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("locked", "locked", _rt.BOOL),
            _rt.Field("revision", "revision", _rt.STR),
            _rt.Field("security", "security", _rt.model(SecuritySection)),
            _rt.Field("settings_app", "settings_app", _rt.model(SettingsAppSection)),
            _rt.Field("sound", "sound", _rt.model(SoundSection)),
            _rt.Field("system_updates", "system_updates", _rt.model(SystemUpdatesSection)),
            _rt.Field("type", "type_", _rt.enum("BlueprintRevisionType", ["Independent", "Inherited"])),
        ),
        _rt.ANY,
    )


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
