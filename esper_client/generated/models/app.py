from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.app_auto_update_mode import AppAutoUpdateMode
from ..models.app_installation_rule import AppInstallationRule
from ..models.app_state import AppState
from ..models.app_type import AppType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_managed_config import AppManagedConfig


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """App's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.app_managed_config import AppManagedConfig  # noqa: PLC0415

    return (
        (
            _rt.Field("app_id", "app_id", _rt.STR, required=True),
            _rt.Field("app_version_id", "app_version_id", _rt.STR, required=True),
            _rt.Field(
                "auto_update_mode",
                "auto_update_mode",
                _rt.enum("AppAutoUpdateMode", ["autoUpdateDefault", "autoUpdateHighPriority", "autoUpdatePostponed"]),
                required=True,
            ),
            _rt.Field(
                "installation_rule",
                "installation_rule",
                _rt.enum("AppInstallationRule", ["DURING PROVISIONING", "POST PROVISIONING"]),
                required=True,
            ),
            _rt.Field("package_name", "package_name", _rt.STR, required=True),
            _rt.Field(
                "state",
                "state",
                _rt.enum("AppState", ["DISABLE", "HIDE", "LAUNCHABLE_BUT_HIDDEN", "SHOW"]),
                required=True,
            ),
            _rt.Field("type", "type_", _rt.enum("AppType", ["ENTERPRISE", "PLAYSTORE", "PRELOADED"]), required=True),
            _rt.Field("managed_config", "managed_config", _rt.model(AppManagedConfig)),
        ),
        _rt.ANY,
    )


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
