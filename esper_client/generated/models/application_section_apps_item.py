from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.application_section_apps_item_installation_rule import (
    ApplicationSectionAppsItemInstallationRule,
)
from ..models.application_section_apps_item_state import (
    ApplicationSectionAppsItemState,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_section_apps_item_managed_config import ApplicationSectionAppsItemManagedConfig


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """ApplicationSectionAppsItem's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.application_section_apps_item_managed_config import ApplicationSectionAppsItemManagedConfig  # noqa: PLC0415

    return (
        (
            _rt.Field("app_version", "app_version", _rt.UUID_),
            _rt.Field("app_version_url", "app_version_url", _rt.STR),
            _rt.Field("download_url", "download_url", _rt.STR),
            _rt.Field("hash_string", "hash_string", _rt.STR),
            _rt.Field(
                "installation_rule",
                "installation_rule",
                _rt.enum("ApplicationSectionAppsItemInstallationRule", ["DURING", "POST"]),
            ),
            _rt.Field("is_g_play", "is_g_play", _rt.BOOL),
            _rt.Field("managed_config", "managed_config", _rt.model(ApplicationSectionAppsItemManagedConfig)),
            _rt.Field("package_name", "package_name", _rt.STR),
            _rt.Field(
                "state",
                "state",
                _rt.enum("ApplicationSectionAppsItemState", ["DISABLED", "HIDE", "LAUNCHABLE_BUT_HIDDEN", "SHOW"]),
            ),
            _rt.Field("version_codes", "version_codes", _rt.list_of(_rt.STR)),
        ),
        _rt.ANY,
    )


@_attrs_define
class ApplicationSectionAppsItem:
    """
    Attributes:
        app_version (UUID | Unset):
        app_version_url (str | Unset):
        download_url (str | Unset):
        hash_string (str | Unset):
        installation_rule (ApplicationSectionAppsItemInstallationRule | Unset):
        is_g_play (bool | Unset):
        managed_config (ApplicationSectionAppsItemManagedConfig | Unset):
        package_name (str | Unset):
        state (ApplicationSectionAppsItemState | Unset):
        version_codes (list[str] | Unset):
    """

    app_version: UUID | Unset = UNSET
    app_version_url: str | Unset = UNSET
    download_url: str | Unset = UNSET
    hash_string: str | Unset = UNSET
    installation_rule: ApplicationSectionAppsItemInstallationRule | Unset = UNSET
    is_g_play: bool | Unset = UNSET
    managed_config: ApplicationSectionAppsItemManagedConfig | Unset = UNSET
    package_name: str | Unset = UNSET
    state: ApplicationSectionAppsItemState | Unset = UNSET
    version_codes: list[str] | Unset = UNSET
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
