from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..types import UNSET, Unset

T = TypeVar("T", bound="PowerShellScriptWindows")


@_attrs_define
class PowerShellScriptWindows:
    """
    Attributes:
        alias (str):
        apply_policy (ApplyPolicy):
        interpreter (str):
        script (str):
        description (str | Unset):
    """

    alias: str
    apply_policy: ApplyPolicy
    interpreter: str
    script: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        apply_policy: str = self.apply_policy

        interpreter = self.interpreter

        script = self.script

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alias": alias,
                "apply_policy": apply_policy,
                "interpreter": interpreter,
                "script": script,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = d.pop("alias")

        apply_policy = check_apply_policy(d.pop("apply_policy"))

        interpreter = d.pop("interpreter")

        script = d.pop("script")

        description = d.pop("description", UNSET)

        power_shell_script_windows = cls(
            alias=alias,
            apply_policy=apply_policy,
            interpreter=interpreter,
            script=script,
            description=description,
        )

        power_shell_script_windows.additional_properties = d
        return power_shell_script_windows

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
