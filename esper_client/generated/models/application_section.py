from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_section_app_mode import ApplicationSectionAppMode, check_application_section_app_mode
from ..models.application_section_permission_policy import (
    ApplicationSectionPermissionPolicy,
    check_application_section_permission_policy,
)
from ..models.application_section_section_type import (
    ApplicationSectionSectionType,
    check_application_section_section_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_section_apps_item import ApplicationSectionAppsItem
    from ..models.application_section_preload_apps_item import ApplicationSectionPreloadAppsItem


T = TypeVar("T", bound="ApplicationSection")


@_attrs_define
class ApplicationSection:
    """
    Attributes:
        app_mode (ApplicationSectionAppMode | Unset):
        app_uninstall_disabled (bool | Unset):
        apps (list[ApplicationSectionAppsItem] | Unset):
        disable_local_app_install (bool | Unset):
        launch_on_start (str | Unset):
        launcher_less_dpc (bool | Unset):
        locked (bool | Unset):
        permission_policy (ApplicationSectionPermissionPolicy | Unset):
        preload_apps (list[ApplicationSectionPreloadAppsItem] | Unset):
        section_type (ApplicationSectionSectionType | Unset):
        start_on_boot (None | str | Unset):
    """

    app_mode: ApplicationSectionAppMode | Unset = UNSET
    app_uninstall_disabled: bool | Unset = UNSET
    apps: list[ApplicationSectionAppsItem] | Unset = UNSET
    disable_local_app_install: bool | Unset = UNSET
    launch_on_start: str | Unset = UNSET
    launcher_less_dpc: bool | Unset = UNSET
    locked: bool | Unset = UNSET
    permission_policy: ApplicationSectionPermissionPolicy | Unset = UNSET
    preload_apps: list[ApplicationSectionPreloadAppsItem] | Unset = UNSET
    section_type: ApplicationSectionSectionType | Unset = UNSET
    start_on_boot: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_mode: str | Unset = UNSET
        if not isinstance(self.app_mode, Unset):
            app_mode = self.app_mode

        app_uninstall_disabled = self.app_uninstall_disabled

        apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apps, Unset):
            apps = []
            for apps_item_data in self.apps:
                apps_item = apps_item_data.to_dict()
                apps.append(apps_item)

        disable_local_app_install = self.disable_local_app_install

        launch_on_start = self.launch_on_start

        launcher_less_dpc = self.launcher_less_dpc

        locked = self.locked

        permission_policy: str | Unset = UNSET
        if not isinstance(self.permission_policy, Unset):
            permission_policy = self.permission_policy

        preload_apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preload_apps, Unset):
            preload_apps = []
            for preload_apps_item_data in self.preload_apps:
                preload_apps_item = preload_apps_item_data.to_dict()
                preload_apps.append(preload_apps_item)

        section_type: str | Unset = UNSET
        if not isinstance(self.section_type, Unset):
            section_type = self.section_type

        start_on_boot: None | str | Unset
        if isinstance(self.start_on_boot, Unset):
            start_on_boot = UNSET
        else:
            start_on_boot = self.start_on_boot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_mode is not UNSET:
            field_dict["app_mode"] = app_mode
        if app_uninstall_disabled is not UNSET:
            field_dict["app_uninstall_disabled"] = app_uninstall_disabled
        if apps is not UNSET:
            field_dict["apps"] = apps
        if disable_local_app_install is not UNSET:
            field_dict["disable_local_app_install"] = disable_local_app_install
        if launch_on_start is not UNSET:
            field_dict["launch_on_start"] = launch_on_start
        if launcher_less_dpc is not UNSET:
            field_dict["launcher_less_dpc"] = launcher_less_dpc
        if locked is not UNSET:
            field_dict["locked"] = locked
        if permission_policy is not UNSET:
            field_dict["permission_policy"] = permission_policy
        if preload_apps is not UNSET:
            field_dict["preload_apps"] = preload_apps
        if section_type is not UNSET:
            field_dict["section_type"] = section_type
        if start_on_boot is not UNSET:
            field_dict["start_on_boot"] = start_on_boot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            ApplicationSectionAppsItem,
            ApplicationSectionPreloadAppsItem,
        ) = _nested_models()

        d = dict(src_dict)
        _app_mode = d.pop("app_mode", UNSET)
        app_mode: ApplicationSectionAppMode | Unset
        if isinstance(_app_mode, Unset):
            app_mode = UNSET
        else:
            app_mode = check_application_section_app_mode(_app_mode)

        app_uninstall_disabled = d.pop("app_uninstall_disabled", UNSET)

        _apps = d.pop("apps", UNSET)
        apps: list[ApplicationSectionAppsItem] | Unset = UNSET
        if _apps is not UNSET:
            apps = []
            for apps_item_data in _apps:
                apps_item = ApplicationSectionAppsItem.from_dict(apps_item_data)

                apps.append(apps_item)

        disable_local_app_install = d.pop("disable_local_app_install", UNSET)

        launch_on_start = d.pop("launch_on_start", UNSET)

        launcher_less_dpc = d.pop("launcher_less_dpc", UNSET)

        locked = d.pop("locked", UNSET)

        _permission_policy = d.pop("permission_policy", UNSET)
        permission_policy: ApplicationSectionPermissionPolicy | Unset
        if isinstance(_permission_policy, Unset):
            permission_policy = UNSET
        else:
            permission_policy = check_application_section_permission_policy(_permission_policy)

        _preload_apps = d.pop("preload_apps", UNSET)
        preload_apps: list[ApplicationSectionPreloadAppsItem] | Unset = UNSET
        if _preload_apps is not UNSET:
            preload_apps = []
            for preload_apps_item_data in _preload_apps:
                preload_apps_item = ApplicationSectionPreloadAppsItem.from_dict(preload_apps_item_data)

                preload_apps.append(preload_apps_item)

        _section_type = d.pop("section_type", UNSET)
        section_type: ApplicationSectionSectionType | Unset
        if isinstance(_section_type, Unset):
            section_type = UNSET
        else:
            section_type = check_application_section_section_type(_section_type)

        def _parse_start_on_boot(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_on_boot = _parse_start_on_boot(d.pop("start_on_boot", UNSET))

        application_section = cls(
            app_mode=app_mode,
            app_uninstall_disabled=app_uninstall_disabled,
            apps=apps,
            disable_local_app_install=disable_local_app_install,
            launch_on_start=launch_on_start,
            launcher_less_dpc=launcher_less_dpc,
            locked=locked,
            permission_policy=permission_policy,
            preload_apps=preload_apps,
            section_type=section_type,
            start_on_boot=start_on_boot,
        )

        application_section.additional_properties = d
        return application_section

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
    type[ApplicationSectionAppsItem],
    type[ApplicationSectionPreloadAppsItem],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.application_section_apps_item import ApplicationSectionAppsItem  # noqa: PLC0415
    from ..models.application_section_preload_apps_item import ApplicationSectionPreloadAppsItem  # noqa: PLC0415

    return (
        ApplicationSectionAppsItem,
        ApplicationSectionPreloadAppsItem,
    )
