from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from .. import types
from ..models.add_tile_icon_body_category import AddTileIconBodyCategory
from ..types import UNSET, File, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """AddTileIconBody's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("device_model", "device_model", _rt.STR, required=True),
            _rt.Field("enterprise", "enterprise", _rt.UUID_, required=True),
            _rt.Field("icon_file", "icon_file", _rt.FILE, required=True),
            _rt.Field(
                "category",
                "category",
                _rt.enum("AddTileIconBodyCategory", ["digital_signage", "kiosk", "mobile", "pos", "rugged", "tablet"]),
            ),
            _rt.Field("custom", "custom", _rt.BOOL),
        ),
        _rt.ANY,
    )


@_attrs_define
class AddTileIconBody:
    """
    Attributes:
        device_model (str): The device model the icon is for.
        enterprise (UUID): The enterprise's id (a UUID), the same as in the path.
        icon_file (File): The image file.
        category (AddTileIconBodyCategory | Unset): The kind of device the icon shows.
        custom (bool | Unset): Whether this is the enterprise's own icon rather than a built-in one.
    """

    device_model: str
    enterprise: UUID
    icon_file: File
    category: AddTileIconBodyCategory | Unset = UNSET
    custom: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    def to_multipart(self) -> types.RequestFiles:
        """This model as multipart/form-data parts: files as files, text as text, the rest as JSON."""
        return _rt.multipart_model(self)  # type: ignore[return-value]

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
