from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.defer_os_updates_windows_feature_updates import DeferOsUpdatesWindowsFeatureUpdates
    from ..models.defer_os_updates_windows_quality_updates import DeferOsUpdatesWindowsQualityUpdates


T = TypeVar("T", bound="DeferOsUpdatesWindows")


@_attrs_define
class DeferOsUpdatesWindows:
    """
    Attributes:
        feature_updates (DeferOsUpdatesWindowsFeatureUpdates):
        quality_updates (DeferOsUpdatesWindowsQualityUpdates):
    """

    feature_updates: DeferOsUpdatesWindowsFeatureUpdates
    quality_updates: DeferOsUpdatesWindowsQualityUpdates
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_updates = self.feature_updates.to_dict()

        quality_updates = self.quality_updates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_updates": feature_updates,
                "quality_updates": quality_updates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            DeferOsUpdatesWindowsFeatureUpdates,
            DeferOsUpdatesWindowsQualityUpdates,
        ) = _nested_models()

        d = dict(src_dict)
        feature_updates = DeferOsUpdatesWindowsFeatureUpdates.from_dict(d.pop("feature_updates"))

        quality_updates = DeferOsUpdatesWindowsQualityUpdates.from_dict(d.pop("quality_updates"))

        defer_os_updates_windows = cls(
            feature_updates=feature_updates,
            quality_updates=quality_updates,
        )

        defer_os_updates_windows.additional_properties = d
        return defer_os_updates_windows

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
    type[DeferOsUpdatesWindowsFeatureUpdates],
    type[DeferOsUpdatesWindowsQualityUpdates],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.defer_os_updates_windows_feature_updates import DeferOsUpdatesWindowsFeatureUpdates  # noqa: PLC0415
    from ..models.defer_os_updates_windows_quality_updates import DeferOsUpdatesWindowsQualityUpdates  # noqa: PLC0415

    return (
        DeferOsUpdatesWindowsFeatureUpdates,
        DeferOsUpdatesWindowsQualityUpdates,
    )
