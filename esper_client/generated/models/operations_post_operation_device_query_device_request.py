from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """OperationsPOSTOperationDeviceQueryDeviceRequest's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("group_multi", "group_multi", _rt.STR),
            _rt.Field("state", "state", _rt.STR),
        ),
        _rt.STR,
    )


@_attrs_define
class OperationsPOSTOperationDeviceQueryDeviceRequest:
    """The devices to act on, chosen by the filters of the device listing instead of by id (every filter given must match).

    Attributes:
        group_multi (str | Unset): Devices in any of these groups, given as group ids (UUIDs) joined by commas.
        state (str | Unset): Devices in this state, as its number (1 is online); see DeviceStateEnum.
    """

    group_multi: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

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

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
