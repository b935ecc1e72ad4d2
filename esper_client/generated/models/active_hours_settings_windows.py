from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.active_hours_settings_windows_active_hours_end import ActiveHoursSettingsWindowsActiveHoursEnd
    from ..models.active_hours_settings_windows_active_hours_start import ActiveHoursSettingsWindowsActiveHoursStart


T = TypeVar("T", bound="ActiveHoursSettingsWindows")


@_attrs_define
class ActiveHoursSettingsWindows:
    """
    Attributes:
        active_hours_end (ActiveHoursSettingsWindowsActiveHoursEnd):
        active_hours_start (ActiveHoursSettingsWindowsActiveHoursStart):
    """

    active_hours_end: ActiveHoursSettingsWindowsActiveHoursEnd
    active_hours_start: ActiveHoursSettingsWindowsActiveHoursStart
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_hours_end = self.active_hours_end.to_dict()

        active_hours_start = self.active_hours_start.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active_hours_end": active_hours_end,
                "active_hours_start": active_hours_start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            ActiveHoursSettingsWindowsActiveHoursEnd,
            ActiveHoursSettingsWindowsActiveHoursStart,
        ) = _nested_models()

        d = dict(src_dict)
        active_hours_end = ActiveHoursSettingsWindowsActiveHoursEnd.from_dict(d.pop("active_hours_end"))

        active_hours_start = ActiveHoursSettingsWindowsActiveHoursStart.from_dict(d.pop("active_hours_start"))

        active_hours_settings_windows = cls(
            active_hours_end=active_hours_end,
            active_hours_start=active_hours_start,
        )

        active_hours_settings_windows.additional_properties = d
        return active_hours_settings_windows

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
    type[ActiveHoursSettingsWindowsActiveHoursEnd],
    type[ActiveHoursSettingsWindowsActiveHoursStart],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.active_hours_settings_windows_active_hours_end import ActiveHoursSettingsWindowsActiveHoursEnd  # noqa: PLC0415
    from ..models.active_hours_settings_windows_active_hours_start import ActiveHoursSettingsWindowsActiveHoursStart  # noqa: PLC0415

    return (
        ActiveHoursSettingsWindowsActiveHoursEnd,
        ActiveHoursSettingsWindowsActiveHoursStart,
    )
