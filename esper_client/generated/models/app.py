from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_auto_update_mode import AppAutoUpdateMode, check_app_auto_update_mode
from ..models.app_installation_rule import AppInstallationRule, check_app_installation_rule
from ..models.app_state import AppState, check_app_state
from ..models.app_type import AppType, check_app_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_managed_config import AppManagedConfig


T = TypeVar("T", bound="App")


@_attrs_define
class App:
    """
    Attributes:
        app_id (str):
        app_version_id (str):
        auto_update_mode (AppAutoUpdateMode):
        installation_rule (AppInstallationRule):
        package_name (str):
        state (AppState):
        type_ (AppType):
        managed_config (AppManagedConfig | Unset):
    """

    app_id: str
    app_version_id: str
    auto_update_mode: AppAutoUpdateMode
    installation_rule: AppInstallationRule
    package_name: str
    state: AppState
    type_: AppType
    managed_config: AppManagedConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_version_id = self.app_version_id

        auto_update_mode: str = self.auto_update_mode

        installation_rule: str = self.installation_rule

        package_name = self.package_name

        state: str = self.state

        type_: str = self.type_

        managed_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.managed_config, Unset):
            managed_config = self.managed_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "app_version_id": app_version_id,
                "auto_update_mode": auto_update_mode,
                "installation_rule": installation_rule,
                "package_name": package_name,
                "state": state,
                "type": type_,
            }
        )
        if managed_config is not UNSET:
            field_dict["managed_config"] = managed_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (AppManagedConfig,) = _nested_models()

        d = dict(src_dict)
        app_id = d.pop("app_id")

        app_version_id = d.pop("app_version_id")

        auto_update_mode = check_app_auto_update_mode(d.pop("auto_update_mode"))

        installation_rule = check_app_installation_rule(d.pop("installation_rule"))

        package_name = d.pop("package_name")

        state = check_app_state(d.pop("state"))

        type_ = check_app_type(d.pop("type"))

        _managed_config = d.pop("managed_config", UNSET)
        managed_config: AppManagedConfig | Unset
        if isinstance(_managed_config, Unset):
            managed_config = UNSET
        else:
            managed_config = AppManagedConfig.from_dict(_managed_config)

        app = cls(
            app_id=app_id,
            app_version_id=app_version_id,
            auto_update_mode=auto_update_mode,
            installation_rule=installation_rule,
            package_name=package_name,
            state=state,
            type_=type_,
            managed_config=managed_config,
        )

        app.additional_properties = d
        return app

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
def _nested_models() -> tuple[type[AppManagedConfig],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.app_managed_config import AppManagedConfig  # noqa: PLC0415

    return (AppManagedConfig,)
