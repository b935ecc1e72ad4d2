from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enterprise_policy_data import EnterprisePolicyData


T = TypeVar("T", bound="EnterprisePolicyPartialUpdate")


@_attrs_define
class EnterprisePolicyPartialUpdate:
    """
    Attributes:
        description (None | str | Unset):
        enterprise (str | Unset):
        google_policy_id (None | str | Unset):
        is_active (bool | Unset):
        is_template (bool | Unset):  Default: False.
        name (str | Unset):
        policy (EnterprisePolicyData | Unset):
    """

    description: None | str | Unset = UNSET
    enterprise: str | Unset = UNSET
    google_policy_id: None | str | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_template: bool | Unset = False
    name: str | Unset = UNSET
    policy: EnterprisePolicyData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enterprise = self.enterprise

        google_policy_id: None | str | Unset
        if isinstance(self.google_policy_id, Unset):
            google_policy_id = UNSET
        else:
            google_policy_id = self.google_policy_id

        is_active = self.is_active

        is_template = self.is_template

        name = self.name

        policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if google_policy_id is not UNSET:
            field_dict["google_policy_id"] = google_policy_id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_template is not UNSET:
            field_dict["is_template"] = is_template
        if name is not UNSET:
            field_dict["name"] = name
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (EnterprisePolicyData,) = _nested_models()

        d = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        enterprise = d.pop("enterprise", UNSET)

        def _parse_google_policy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        google_policy_id = _parse_google_policy_id(d.pop("google_policy_id", UNSET))

        is_active = d.pop("is_active", UNSET)

        is_template = d.pop("is_template", UNSET)

        name = d.pop("name", UNSET)

        _policy = d.pop("policy", UNSET)
        policy: EnterprisePolicyData | Unset
        if isinstance(_policy, Unset):
            policy = UNSET
        else:
            policy = EnterprisePolicyData.from_dict(_policy)

        enterprise_policy_partial_update = cls(
            description=description,
            enterprise=enterprise,
            google_policy_id=google_policy_id,
            is_active=is_active,
            is_template=is_template,
            name=name,
            policy=policy,
        )

        enterprise_policy_partial_update.additional_properties = d
        return enterprise_policy_partial_update

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
