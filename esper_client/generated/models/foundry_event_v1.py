from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.foundry_event_v1_actor import FoundryEventV1Actor
    from ..models.foundry_event_v1_meta import FoundryEventV1Meta
    from ..models.foundry_event_v1_resource import FoundryEventV1Resource


T = TypeVar("T", bound="FoundryEventV1")


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

    def to_dict(self) -> dict[str, Any]:
        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        created_timestamp = self.created_timestamp

        enterprise_id = self.enterprise_id

        event_message = self.event_message

        event_type = self.event_type

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        stack = self.stack

        tenant = self.tenant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actor is not UNSET:
            field_dict["actor"] = actor
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if enterprise_id is not UNSET:
            field_dict["enterprise_id"] = enterprise_id
        if event_message is not UNSET:
            field_dict["event_message"] = event_message
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if meta is not UNSET:
            field_dict["meta"] = meta
        if resource is not UNSET:
            field_dict["resource"] = resource
        if stack is not UNSET:
            field_dict["stack"] = stack
        if tenant is not UNSET:
            field_dict["tenant"] = tenant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            FoundryEventV1Actor,
            FoundryEventV1Meta,
            FoundryEventV1Resource,
        ) = _nested_models()

        d = dict(src_dict)
        _actor = d.pop("actor", UNSET)
        actor: FoundryEventV1Actor | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = FoundryEventV1Actor.from_dict(_actor)

        created_timestamp = d.pop("created_timestamp", UNSET)

        enterprise_id = d.pop("enterprise_id", UNSET)

        event_message = d.pop("event_message", UNSET)

        event_type = d.pop("event_type", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: FoundryEventV1Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = FoundryEventV1Meta.from_dict(_meta)

        _resource = d.pop("resource", UNSET)
        resource: FoundryEventV1Resource | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = FoundryEventV1Resource.from_dict(_resource)

        stack = d.pop("stack", UNSET)

        tenant = d.pop("tenant", UNSET)

        foundry_event_v1 = cls(
            actor=actor,
            created_timestamp=created_timestamp,
            enterprise_id=enterprise_id,
            event_message=event_message,
            event_type=event_type,
            meta=meta,
            resource=resource,
            stack=stack,
            tenant=tenant,
        )

        foundry_event_v1.additional_properties = d
        return foundry_event_v1

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
    type[FoundryEventV1Actor],
    type[FoundryEventV1Meta],
    type[FoundryEventV1Resource],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.foundry_event_v1_actor import FoundryEventV1Actor  # noqa: PLC0415
    from ..models.foundry_event_v1_meta import FoundryEventV1Meta  # noqa: PLC0415
    from ..models.foundry_event_v1_resource import FoundryEventV1Resource  # noqa: PLC0415

    return (
        FoundryEventV1Actor,
        FoundryEventV1Meta,
        FoundryEventV1Resource,
    )
