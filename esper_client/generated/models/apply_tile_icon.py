from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.apply_tile_icon_apply_mode import ApplyTileIconApplyMode
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """ApplyTileIcon's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field(
                "icon",
                "icon",
                _rt.union(
                    _rt.UUID_,
                    _rt.NONE,
                ),
                required=True,
            ),
            _rt.Field(
                "apply_mode",
                "apply_mode",
                _rt.enum("ApplyTileIconApplyMode", ["all_devices", "device_model", "devices", "groups"]),
            ),
            _rt.Field(
                "device_model",
                "device_model",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "devices",
                "devices",
                _rt.union(
                    _rt.list_of(_rt.STR),
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "groups",
                "groups",
                _rt.union(
                    _rt.list_of(_rt.STR),
                    _rt.NONE,
                ),
            ),
        ),
        _rt.ANY,
    )


@_attrs_define
class ApplyTileIcon:
    """
    Attributes:
        icon (None | UUID): The tile icon's id (a UUID).
        apply_mode (ApplyTileIconApplyMode | Unset): Which devices get the icon; the ones in devices, every device, the
            ones in groups, or every device of device_model. Default: 'devices'.
        device_model (None | str | Unset): The device model whose devices get the icon (with apply_mode device_model).
        devices (list[str] | None | Unset): The devices (their ids) that get the icon (with apply_mode devices).
        groups (list[str] | None | Unset): The device groups (their ids) whose devices get the icon (with apply_mode
            groups).
    """

    icon: None | UUID
    apply_mode: ApplyTileIconApplyMode | Unset = "devices"
    device_model: None | str | Unset = UNSET
    devices: list[str] | None | Unset = UNSET
    groups: list[str] | None | Unset = UNSET
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
