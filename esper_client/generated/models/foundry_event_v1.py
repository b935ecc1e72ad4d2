from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.foundry_event_v1_actor import FoundryEventV1Actor
    from ..models.foundry_event_v1_meta import FoundryEventV1Meta
    from ..models.foundry_event_v1_resource import FoundryEventV1Resource


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """FoundryEventV1's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.foundry_event_v1_actor import FoundryEventV1Actor  # noqa: PLC0415
    from ..models.foundry_event_v1_meta import FoundryEventV1Meta  # noqa: PLC0415
    from ..models.foundry_event_v1_resource import FoundryEventV1Resource  # noqa: PLC0415

    return (
        (
            _rt.Field("actor", "actor", _rt.model(FoundryEventV1Actor)),
            _rt.Field("created_timestamp", "created_timestamp", _rt.INT),
            _rt.Field("enterprise_id", "enterprise_id", _rt.STR),
            _rt.Field("event_message", "event_message", _rt.STR),
            _rt.Field("event_type", "event_type", _rt.STR),
            _rt.Field("meta", "meta", _rt.model(FoundryEventV1Meta)),
            _rt.Field("resource", "resource", _rt.model(FoundryEventV1Resource)),
            _rt.Field("stack", "stack", _rt.STR),
            _rt.Field("tenant", "tenant", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class FoundryEventV1:
    """
    Attributes:
        actor (FoundryEventV1Actor | Unset):
        created_timestamp (int | Unset):
        enterprise_id (str | Unset):
        event_message (str | Unset):
        event_type (str | Unset):
        meta (FoundryEventV1Meta | Unset):
        resource (FoundryEventV1Resource | Unset):
        stack (str | Unset):
        tenant (str | Unset):
    """

    actor: FoundryEventV1Actor | Unset = UNSET
    created_timestamp: int | Unset = UNSET
    enterprise_id: str | Unset = UNSET
    event_message: str | Unset = UNSET
    event_type: str | Unset = UNSET
    meta: FoundryEventV1Meta | Unset = UNSET
    resource: FoundryEventV1Resource | Unset = UNSET
    stack: str | Unset = UNSET
    tenant: str | Unset = UNSET
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
