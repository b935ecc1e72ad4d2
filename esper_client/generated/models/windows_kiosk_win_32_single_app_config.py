from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """WindowsKioskWin32SingleAppConfig's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("auto_launch", "auto_launch", _rt.BOOL),
            _rt.Field("auto_launch_arguments", "auto_launch_arguments", _rt.STR),
            _rt.Field("desktop_app_path", "desktop_app_path", _rt.STR),
            _rt.Field("hide_power_button", "hide_power_button", _rt.BOOL),
            _rt.Field("hide_start_recommended_section", "hide_start_recommended_section", _rt.BOOL),
            _rt.Field("hide_taskbar", "hide_taskbar", _rt.BOOL),
            _rt.Field("name", "name", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class WindowsKioskWin32SingleAppConfig:
    """
    Attributes:
        auto_launch (bool | Unset):  Default: True.
        auto_launch_arguments (str | Unset):  Default: ''.
        desktop_app_path (str | Unset):
        hide_power_button (bool | Unset):  Default: False.
        hide_start_recommended_section (bool | Unset):  Default: True.
        hide_taskbar (bool | Unset):  Default: True.
        name (str | Unset):
    """

    auto_launch: bool | Unset = True
    auto_launch_arguments: str | Unset = ""
    desktop_app_path: str | Unset = UNSET
    hide_power_button: bool | Unset = False
    hide_start_recommended_section: bool | Unset = True
    hide_taskbar: bool | Unset = True
    name: str | Unset = UNSET
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
