from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.application_section_app_mode import ApplicationSectionAppMode
from ..models.application_section_permission_policy import (
    ApplicationSectionPermissionPolicy,
)
from ..models.application_section_section_type import (
    ApplicationSectionSectionType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_section_apps_item import ApplicationSectionAppsItem
    from ..models.application_section_preload_apps_item import ApplicationSectionPreloadAppsItem


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """ApplicationSection's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.application_section_apps_item import ApplicationSectionAppsItem  # noqa: PLC0415
    from ..models.application_section_preload_apps_item import ApplicationSectionPreloadAppsItem  # noqa: PLC0415

    return (
        (
            _rt.Field("app_mode", "app_mode", _rt.enum("ApplicationSectionAppMode", ["KIOSK", "MULTI_APP"])),
            _rt.Field("app_uninstall_disabled", "app_uninstall_disabled", _rt.BOOL),
            _rt.Field("apps", "apps", _rt.list_of(_rt.model(ApplicationSectionAppsItem))),
            _rt.Field("disable_local_app_install", "disable_local_app_install", _rt.BOOL),
            _rt.Field("launch_on_start", "launch_on_start", _rt.STR),
            _rt.Field("launcher_less_dpc", "launcher_less_dpc", _rt.BOOL),
            _rt.Field("locked", "locked", _rt.BOOL),
            _rt.Field(
                "permission_policy",
                "permission_policy",
                _rt.enum(
                    "ApplicationSectionPermissionPolicy",
                    ["PERMISSION_POLICY_AUTO_DENY", "PERMISSION_POLICY_AUTO_GRANT", "PERMISSION_POLICY_PROMPT"],
                ),
            ),
            _rt.Field("preload_apps", "preload_apps", _rt.list_of(_rt.model(ApplicationSectionPreloadAppsItem))),
            _rt.Field(
                "section_type", "section_type", _rt.enum("ApplicationSectionSectionType", ["Independent", "Inherited"])
            ),
            _rt.Field(
                "start_on_boot",
                "start_on_boot",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
        ),
        _rt.ANY,
    )


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
