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
    from ..models.settings_v2 import SettingsV2


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """BlueprintV2's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.settings_v2 import SettingsV2  # noqa: PLC0415

    return (
        (
            _rt.Field("comments", "comments", _rt.STR),
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.STR),
            _rt.Field("description", "description", _rt.STR),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("minor_version_number", "minor_version_number", _rt.INT),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("publish", "publish", _rt.BOOL),
            _rt.Field("settings", "settings", _rt.model(SettingsV2)),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
            _rt.Field("updated_by", "updated_by", _rt.STR),
            _rt.Field("version_id", "version_id", _rt.UUID_),
            _rt.Field("version_number", "version_number", _rt.INT),
        ),
        _rt.ANY,
    )


@_attrs_define
class BlueprintV2:
    """
    Attributes:
        comments (str | Unset): Free-text comments kept with the blueprint.
        created_at (datetime.datetime | Unset): When the blueprint was created; set by the server.
        created_by (str | Unset): Who created the blueprint (a user id); set by the server.
        description (str | Unset): Free text about what the blueprint is for.
        id (UUID | Unset): The blueprint's id; set by the server.
        minor_version_number (int | Unset): Minor number of this version; set by the server.
        name (str | Unset): The blueprint's name.
        publish (bool | Unset): Whether this version is published; set by the server.
        settings (SettingsV2 | Unset): The configuration itself, one section per platform (android, ios, linux,
            windows).
        updated_at (datetime.datetime | Unset): When the blueprint was last changed; set by the server.
        updated_by (str | Unset): Who last changed the blueprint (a user id); set by the server.
        version_id (UUID | Unset): Id of this version of the blueprint; set by the server.
        version_number (int | Unset): Number of this version; set by the server.
    """

    comments: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    description: str | Unset = UNSET
    id: UUID | Unset = UNSET
    minor_version_number: int | Unset = UNSET
    name: str | Unset = UNSET
    publish: bool | Unset = UNSET
    settings: SettingsV2 | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    version_id: UUID | Unset = UNSET
    version_number: int | Unset = UNSET
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
