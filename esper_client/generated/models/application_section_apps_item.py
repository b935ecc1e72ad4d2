from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_section_apps_item_installation_rule import (
    ApplicationSectionAppsItemInstallationRule,
    check_application_section_apps_item_installation_rule,
)
from ..models.application_section_apps_item_state import (
    ApplicationSectionAppsItemState,
    check_application_section_apps_item_state,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_section_apps_item_managed_config import ApplicationSectionAppsItemManagedConfig


T = TypeVar("T", bound="ApplicationSectionAppsItem")


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

    def to_dict(self) -> dict[str, Any]:
        app_version: str | Unset = UNSET
        if not isinstance(self.app_version, Unset):
            app_version = str(self.app_version)

        app_version_url = self.app_version_url

        download_url = self.download_url

        hash_string = self.hash_string

        installation_rule: str | Unset = UNSET
        if not isinstance(self.installation_rule, Unset):
            installation_rule = self.installation_rule

        is_g_play = self.is_g_play

        managed_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.managed_config, Unset):
            managed_config = self.managed_config.to_dict()

        package_name = self.package_name

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        version_codes: list[str] | Unset = UNSET
        if not isinstance(self.version_codes, Unset):
            version_codes = self.version_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if app_version_url is not UNSET:
            field_dict["app_version_url"] = app_version_url
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if hash_string is not UNSET:
            field_dict["hash_string"] = hash_string
        if installation_rule is not UNSET:
            field_dict["installation_rule"] = installation_rule
        if is_g_play is not UNSET:
            field_dict["is_g_play"] = is_g_play
        if managed_config is not UNSET:
            field_dict["managed_config"] = managed_config
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if state is not UNSET:
            field_dict["state"] = state
        if version_codes is not UNSET:
            field_dict["version_codes"] = version_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ApplicationSectionAppsItemManagedConfig,) = _nested_models()

        d = dict(src_dict)
        _app_version = d.pop("app_version", UNSET)
        app_version: UUID | Unset
        if isinstance(_app_version, Unset):
            app_version = UNSET
        else:
            app_version = UUID(_app_version)

        app_version_url = d.pop("app_version_url", UNSET)

        download_url = d.pop("download_url", UNSET)

        hash_string = d.pop("hash_string", UNSET)

        _installation_rule = d.pop("installation_rule", UNSET)
        installation_rule: ApplicationSectionAppsItemInstallationRule | Unset
        if isinstance(_installation_rule, Unset):
            installation_rule = UNSET
        else:
            installation_rule = check_application_section_apps_item_installation_rule(_installation_rule)

        is_g_play = d.pop("is_g_play", UNSET)

        _managed_config = d.pop("managed_config", UNSET)
        managed_config: ApplicationSectionAppsItemManagedConfig | Unset
        if isinstance(_managed_config, Unset):
            managed_config = UNSET
        else:
            managed_config = ApplicationSectionAppsItemManagedConfig.from_dict(_managed_config)

        package_name = d.pop("package_name", UNSET)

        _state = d.pop("state", UNSET)
        state: ApplicationSectionAppsItemState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_application_section_apps_item_state(_state)

        version_codes = cast(list[str], d.pop("version_codes", UNSET))

        application_section_apps_item = cls(
            app_version=app_version,
            app_version_url=app_version_url,
            download_url=download_url,
            hash_string=hash_string,
            installation_rule=installation_rule,
            is_g_play=is_g_play,
            managed_config=managed_config,
            package_name=package_name,
            state=state,
            version_codes=version_codes,
        )

        application_section_apps_item.additional_properties = d
        return application_section_apps_item

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
def _nested_models() -> tuple[type[ApplicationSectionAppsItemManagedConfig],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.application_section_apps_item_managed_config import ApplicationSectionAppsItemManagedConfig  # noqa: PLC0415

    return (ApplicationSectionAppsItemManagedConfig,)
