from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..models.bluetooth_settings_bluetooth_state import (
    BluetoothSettingsBluetoothState,
    check_bluetooth_settings_bluetooth_state,
)
from ..models.drift_policy import DriftPolicy, check_drift_policy
from ..types import UNSET, Unset

T = TypeVar("T", bound="BluetoothSettings")


@_attrs_define
class BluetoothSettings:
    """
    Attributes:
        allow_bluetooth (bool):
        apply_policy (ApplyPolicy):
        bluetooth_state (BluetoothSettingsBluetoothState | Unset):
        drift_policy (DriftPolicy | Unset):
    """

    allow_bluetooth: bool
    apply_policy: ApplyPolicy
    bluetooth_state: BluetoothSettingsBluetoothState | Unset = UNSET
    drift_policy: DriftPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_bluetooth = self.allow_bluetooth

        apply_policy: str = self.apply_policy

        bluetooth_state: str | Unset = UNSET
        if not isinstance(self.bluetooth_state, Unset):
            bluetooth_state = self.bluetooth_state

        drift_policy: str | Unset = UNSET
        if not isinstance(self.drift_policy, Unset):
            drift_policy = self.drift_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allow_bluetooth": allow_bluetooth,
                "apply_policy": apply_policy,
            }
        )
        if bluetooth_state is not UNSET:
            field_dict["bluetooth_state"] = bluetooth_state
        if drift_policy is not UNSET:
            field_dict["drift_policy"] = drift_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_bluetooth = d.pop("allow_bluetooth")

        apply_policy = check_apply_policy(d.pop("apply_policy"))

        _bluetooth_state = d.pop("bluetooth_state", UNSET)
        bluetooth_state: BluetoothSettingsBluetoothState | Unset
        if isinstance(_bluetooth_state, Unset):
            bluetooth_state = UNSET
        else:
            bluetooth_state = check_bluetooth_settings_bluetooth_state(_bluetooth_state)

        _drift_policy = d.pop("drift_policy", UNSET)
        drift_policy: DriftPolicy | Unset
        if isinstance(_drift_policy, Unset):
            drift_policy = UNSET
        else:
            drift_policy = check_drift_policy(_drift_policy)

        bluetooth_settings = cls(
            allow_bluetooth=allow_bluetooth,
            apply_policy=apply_policy,
            bluetooth_state=bluetooth_state,
            drift_policy=drift_policy,
        )

        bluetooth_settings.additional_properties = d
        return bluetooth_settings

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
