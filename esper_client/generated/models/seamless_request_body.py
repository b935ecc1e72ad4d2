from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.seamless_info import SeamlessInfo


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """SeamlessRequestBody's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.seamless_info import SeamlessInfo  # noqa: PLC0415

    return (
        (
            _rt.Field("assigned_blueprint_id", "assigned_blueprint_id", _rt.UUID_, required=True),
            _rt.Field("seamless_info", "seamless_info", _rt.model(SeamlessInfo), required=True),
            _rt.Field(
                "alias",
                "alias",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("group_id", "group_id", _rt.UUID_),
            _rt.Field("tags", "tags", _rt.list_of(_rt.STR)),
        ),
        _rt.ANY,
    )


@_attrs_define
class SeamlessRequestBody:
    """
    Attributes:
        assigned_blueprint_id (UUID): Id of the blueprint the devices are provisioned with.
        seamless_info (SeamlessInfo): Which devices to register, how they are identified, and their platform.
        alias (None | str | Unset): Alias name to record with the registration; may be null.
        group_id (UUID | Unset): Id of the group to place the devices in.
        tags (list[str] | Unset): Up to five tags to record with the registration.
    """

    assigned_blueprint_id: UUID
    seamless_info: SeamlessInfo
    alias: None | str | Unset = UNSET
    group_id: UUID | Unset = UNSET
    tags: list[str] | Unset = UNSET
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
