from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.enterprise_policy_data import EnterprisePolicyData


T = TypeVar("T", bound="EnterprisePolicy")


@_attrs_define
class EnterprisePolicy:
    """
    Attributes:
        created_on (datetime.datetime):
        description (None | str):
        device_count (int):
        enterprise (str):
        google_policy_id (None | str):
        id (int):
        is_active (bool):
        name (str):
        policy (EnterprisePolicyData):
        updated_on (datetime.datetime):
        url (str):
        uuid (UUID):
    """

    created_on: datetime.datetime
    description: None | str
    device_count: int
    enterprise: str
    google_policy_id: None | str
    id: int
    is_active: bool
    name: str
    policy: EnterprisePolicyData
    updated_on: datetime.datetime
    url: str
    uuid: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        description: None | str
        description = self.description

        device_count = self.device_count

        enterprise = self.enterprise

        google_policy_id: None | str
        google_policy_id = self.google_policy_id

        id = self.id

        is_active = self.is_active

        name = self.name

        policy = self.policy.to_dict()

        updated_on = self.updated_on.isoformat()

        url = self.url

        uuid = str(self.uuid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_on": created_on,
                "description": description,
                "device_count": device_count,
                "enterprise": enterprise,
                "google_policy_id": google_policy_id,
                "id": id,
                "is_active": is_active,
                "name": name,
                "policy": policy,
                "updated_on": updated_on,
                "url": url,
                "uuid": uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (EnterprisePolicyData,) = _nested_models()

        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        device_count = d.pop("device_count")

        enterprise = d.pop("enterprise")

        def _parse_google_policy_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        google_policy_id = _parse_google_policy_id(d.pop("google_policy_id"))

        id = d.pop("id")

        is_active = d.pop("is_active")

        name = d.pop("name")

        policy = EnterprisePolicyData.from_dict(d.pop("policy"))

        updated_on = datetime.datetime.fromisoformat(d.pop("updated_on"))

        url = d.pop("url")

        uuid = UUID(d.pop("uuid"))

        enterprise_policy = cls(
            created_on=created_on,
            description=description,
            device_count=device_count,
            enterprise=enterprise,
            google_policy_id=google_policy_id,
            id=id,
            is_active=is_active,
            name=name,
            policy=policy,
            updated_on=updated_on,
            url=url,
            uuid=uuid,
        )

        enterprise_policy.additional_properties = d
        return enterprise_policy

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
def _nested_models() -> tuple[type[EnterprisePolicyData],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.enterprise_policy_data import EnterprisePolicyData  # noqa: PLC0415

    return (EnterprisePolicyData,)
