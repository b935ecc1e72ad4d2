from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_install_version import AppInstallVersion


T = TypeVar("T", bound="AppInstallApplication")


@_attrs_define
class AppInstallApplication:
    """
    Attributes:
        application_name (str | Unset):
        is_enabled (bool | Unset):
        package_name (str | Unset):
        version (AppInstallVersion | Unset):
    """

    application_name: str | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    package_name: str | Unset = UNSET
    version: AppInstallVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_name = self.application_name

        is_enabled = self.is_enabled

        package_name = self.package_name

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (AppInstallVersion,) = _nested_models()

        d = dict(src_dict)
        application_name = d.pop("application_name", UNSET)

        is_enabled = d.pop("is_enabled", UNSET)

        package_name = d.pop("package_name", UNSET)

        _version = d.pop("version", UNSET)
        version: AppInstallVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = AppInstallVersion.from_dict(_version)

        app_install_application = cls(
            application_name=application_name,
            is_enabled=is_enabled,
            package_name=package_name,
            version=version,
        )

        app_install_application.additional_properties = d
        return app_install_application

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
def _nested_models() -> tuple[type[AppInstallVersion],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.app_install_version import AppInstallVersion  # noqa: PLC0415

    return (AppInstallVersion,)
