from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_actions_multiple_linux import CustomActionsMultipleLinux
    from ..models.custom_shell_scripts_multiple import CustomShellScriptsMultiple
    from ..models.linux_file import LinuxFile


T = TypeVar("T", bound="LinuxSettings")


@_attrs_define
class LinuxSettings:
    """
    Attributes:
        custom_actions_multiple (CustomActionsMultipleLinux | Unset):
        custom_shell_scripts_multiple (CustomShellScriptsMultiple | Unset):
        files (list[LinuxFile] | Unset):
    """

    custom_actions_multiple: CustomActionsMultipleLinux | Unset = UNSET
    custom_shell_scripts_multiple: CustomShellScriptsMultiple | Unset = UNSET
    files: list[LinuxFile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_actions_multiple: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_actions_multiple, Unset):
            custom_actions_multiple = self.custom_actions_multiple.to_dict()

        custom_shell_scripts_multiple: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_shell_scripts_multiple, Unset):
            custom_shell_scripts_multiple = self.custom_shell_scripts_multiple.to_dict()

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for componentsschemaslinux_files_item_data in self.files:
                componentsschemaslinux_files_item = componentsschemaslinux_files_item_data.to_dict()
                files.append(componentsschemaslinux_files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_actions_multiple is not UNSET:
            field_dict["custom_actions_multiple"] = custom_actions_multiple
        if custom_shell_scripts_multiple is not UNSET:
            field_dict["custom_shell_scripts_multiple"] = custom_shell_scripts_multiple
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            CustomActionsMultipleLinux,
            CustomShellScriptsMultiple,
            LinuxFile,
        ) = _nested_models()

        d = dict(src_dict)
        _custom_actions_multiple = d.pop("custom_actions_multiple", UNSET)
        custom_actions_multiple: CustomActionsMultipleLinux | Unset
        if isinstance(_custom_actions_multiple, Unset):
            custom_actions_multiple = UNSET
        else:
            custom_actions_multiple = CustomActionsMultipleLinux.from_dict(_custom_actions_multiple)

        _custom_shell_scripts_multiple = d.pop("custom_shell_scripts_multiple", UNSET)
        custom_shell_scripts_multiple: CustomShellScriptsMultiple | Unset
        if isinstance(_custom_shell_scripts_multiple, Unset):
            custom_shell_scripts_multiple = UNSET
        else:
            custom_shell_scripts_multiple = CustomShellScriptsMultiple.from_dict(_custom_shell_scripts_multiple)

        _files = d.pop("files", UNSET)
        files: list[LinuxFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for componentsschemaslinux_files_item_data in _files:
                componentsschemaslinux_files_item = LinuxFile.from_dict(componentsschemaslinux_files_item_data)

                files.append(componentsschemaslinux_files_item)

        linux_settings = cls(
            custom_actions_multiple=custom_actions_multiple,
            custom_shell_scripts_multiple=custom_shell_scripts_multiple,
            files=files,
        )

        linux_settings.additional_properties = d
        return linux_settings

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
    type[CustomActionsMultipleLinux],
    type[CustomShellScriptsMultiple],
    type[LinuxFile],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.custom_actions_multiple_linux import CustomActionsMultipleLinux  # noqa: PLC0415
    from ..models.custom_shell_scripts_multiple import CustomShellScriptsMultiple  # noqa: PLC0415
    from ..models.linux_file import LinuxFile  # noqa: PLC0415

    return (
        CustomActionsMultipleLinux,
        CustomShellScriptsMultiple,
        LinuxFile,
    )
