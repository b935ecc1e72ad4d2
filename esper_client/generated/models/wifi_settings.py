from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..models.wifi_settings_wifi_state import WifiSettingsWifiState, check_wifi_settings_wifi_state

T = TypeVar("T", bound="WifiSettings")


@_attrs_define
class WifiSettings:
    """
    Attributes:
        allow_wifi (bool):
        apply_policy (ApplyPolicy):
        wifi_state (WifiSettingsWifiState):
    """

    allow_wifi: bool
    apply_policy: ApplyPolicy
    wifi_state: WifiSettingsWifiState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_wifi = self.allow_wifi

        apply_policy: str = self.apply_policy

        wifi_state: str = self.wifi_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allow_wifi": allow_wifi,
                "apply_policy": apply_policy,
                "wifi_state": wifi_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_wifi = d.pop("allow_wifi")

        apply_policy = check_apply_policy(d.pop("apply_policy"))

        wifi_state = check_wifi_settings_wifi_state(d.pop("wifi_state"))

        wifi_settings = cls(
            allow_wifi=allow_wifi,
            apply_policy=apply_policy,
            wifi_state=wifi_state,
        )

        wifi_settings.additional_properties = d
        return wifi_settings

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
