from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shell_script_linux import ShellScriptLinux


T = TypeVar("T", bound="CustomShellScriptsMultiple")


@_attrs_define
class CustomShellScriptsMultiple:
    """
    Attributes:
        shell_scripts (list[ShellScriptLinux] | Unset):
    """

    shell_scripts: list[ShellScriptLinux] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shell_scripts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shell_scripts, Unset):
            shell_scripts = []
            for shell_scripts_item_data in self.shell_scripts:
                shell_scripts_item = shell_scripts_item_data.to_dict()
                shell_scripts.append(shell_scripts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shell_scripts is not UNSET:
            field_dict["shell_scripts"] = shell_scripts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ShellScriptLinux,) = _nested_models()

        d = dict(src_dict)
        _shell_scripts = d.pop("shell_scripts", UNSET)
        shell_scripts: list[ShellScriptLinux] | Unset = UNSET
        if _shell_scripts is not UNSET:
            shell_scripts = []
            for shell_scripts_item_data in _shell_scripts:
                shell_scripts_item = ShellScriptLinux.from_dict(shell_scripts_item_data)

                shell_scripts.append(shell_scripts_item)

        custom_shell_scripts_multiple = cls(
            shell_scripts=shell_scripts,
        )

        custom_shell_scripts_multiple.additional_properties = d
        return custom_shell_scripts_multiple

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
def _nested_models() -> tuple[type[ShellScriptLinux],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.shell_script_linux import ShellScriptLinux  # noqa: PLC0415

    return (ShellScriptLinux,)
