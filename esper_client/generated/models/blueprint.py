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
    from ..models.blueprint_revision import BlueprintRevision


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """Blueprint's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.blueprint_revision import BlueprintRevision  # noqa: PLC0415

    return (
        (
            _rt.Field("created_on", "created_on", _rt.DATETIME),
            _rt.Field("description", "description", _rt.STR),
            _rt.Field("group", "group", _rt.UUID_),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("latest_revision", "latest_revision", _rt.model(BlueprintRevision)),
            _rt.Field("locked", "locked", _rt.BOOL),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("updated_on", "updated_on", _rt.DATETIME),
        ),
        _rt.ANY,
    )


@_attrs_define
class Blueprint:
    """
    Attributes:
        created_on (datetime.datetime | Unset): When the blueprint was created; set by the server.
        description (str | Unset): Free text about the blueprint.
        group (UUID | Unset): The device group that owns the blueprint (its id).
        id (UUID | Unset): The blueprint's id; set by the server.
        latest_revision (BlueprintRevision | Unset): The blueprint's newest revision, which holds its settings.
        locked (bool | Unset): Whether the blueprint is locked.
        name (str | Unset): The blueprint's name.
        updated_on (datetime.datetime | Unset): When the blueprint was last changed; set by the server.
    """

    created_on: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    group: UUID | Unset = UNSET
    id: UUID | Unset = UNSET
    latest_revision: BlueprintRevision | Unset = UNSET
    locked: bool | Unset = UNSET
    name: str | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
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
