from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """
    Attributes:
        created_on (datetime.datetime):
        email_ids (list[str]):
        id (int):
        is_subscribed (bool):
        updated_on (datetime.datetime):
    """

    created_on: datetime.datetime
    email_ids: list[str]
    id: int
    is_subscribed: bool
    updated_on: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        email_ids = self.email_ids

        id = self.id

        is_subscribed = self.is_subscribed

        updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_on": created_on,
                "email_ids": email_ids,
                "id": id,
                "is_subscribed": is_subscribed,
                "updated_on": updated_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        email_ids = cast(list[str], d.pop("email_ids"))

        id = d.pop("id")

        is_subscribed = d.pop("is_subscribed")

        updated_on = datetime.datetime.fromisoformat(d.pop("updated_on"))

        subscription = cls(
            created_on=created_on,
            email_ids=email_ids,
            id=id,
            is_subscribed=is_subscribed,
            updated_on=updated_on,
        )

        subscription.additional_properties = d
        return subscription

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
