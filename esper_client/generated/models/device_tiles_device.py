from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_tiles_device_groups_item import DeviceTilesDeviceGroupsItem
    from ..models.device_tiles_device_imeis import DeviceTilesDeviceImeis


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """DeviceTilesDevice's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.device_tiles_device_groups_item import DeviceTilesDeviceGroupsItem  # noqa: PLC0415
    from ..models.device_tiles_device_imeis import DeviceTilesDeviceImeis  # noqa: PLC0415

    return (
        (
            _rt.Field("alias_name", "alias_name", _rt.STR),
            _rt.Field("android_version", "android_version", _rt.INT),
            _rt.Field("api_level", "api_level", _rt.INT),
            _rt.Field("device_name", "device_name", _rt.STR),
            _rt.Field("device_type", "device_type", _rt.STR),
            _rt.Field("dpc_version", "dpc_version", _rt.STR),
            _rt.Field("eea_version", "eea_version", _rt.STR),
            _rt.Field("geofence_id", "geofence_id", _rt.UUID_),
            _rt.Field("groups", "groups", _rt.list_of(_rt.model(DeviceTilesDeviceGroupsItem))),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("imeis", "imeis", _rt.model(DeviceTilesDeviceImeis)),
            _rt.Field("manufacturer", "manufacturer", _rt.STR),
            _rt.Field("provisioned_on", "provisioned_on", _rt.DATETIME),
            _rt.Field("serial", "serial", _rt.STR),
            _rt.Field("state", "state", _rt.INT),
            _rt.Field(
                "tags",
                "tags",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("template_name", "template_name", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class DeviceTilesDevice:
    """
    Attributes:
        alias_name (str | Unset):
        android_version (int | Unset):
        api_level (int | Unset):
        device_name (str | Unset):
        device_type (str | Unset):
        dpc_version (str | Unset):
        eea_version (str | Unset):
        geofence_id (UUID | Unset):
        groups (list[DeviceTilesDeviceGroupsItem] | Unset):
        id (UUID | Unset):
        imeis (DeviceTilesDeviceImeis | Unset):
        manufacturer (str | Unset):
        provisioned_on (datetime.datetime | Unset):
        serial (str | Unset):
        state (int | Unset):
        tags (None | str | Unset):
        template_name (str | Unset):
    """

    alias_name: str | Unset = UNSET
    android_version: int | Unset = UNSET
    api_level: int | Unset = UNSET
    device_name: str | Unset = UNSET
    device_type: str | Unset = UNSET
    dpc_version: str | Unset = UNSET
    eea_version: str | Unset = UNSET
    geofence_id: UUID | Unset = UNSET
    groups: list[DeviceTilesDeviceGroupsItem] | Unset = UNSET
    id: UUID | Unset = UNSET
    imeis: DeviceTilesDeviceImeis | Unset = UNSET
    manufacturer: str | Unset = UNSET
    provisioned_on: datetime.datetime | Unset = UNSET
    serial: str | Unset = UNSET
    state: int | Unset = UNSET
    tags: None | str | Unset = UNSET
    template_name: str | Unset = UNSET
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
