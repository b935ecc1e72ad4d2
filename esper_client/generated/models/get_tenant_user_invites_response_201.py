from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_user_invite_response import TenantUserInviteResponse


T = TypeVar("T", bound="GetTenantUserInvitesResponse201")


@_attrs_define
class GetTenantUserInvitesResponse201:
    """
    Attributes:
        count (int | Unset):
        userinvites (list[TenantUserInviteResponse] | Unset):
    """

    count: int | Unset = UNSET
    userinvites: list[TenantUserInviteResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        userinvites: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.userinvites, Unset):
            userinvites = []
            for userinvites_item_data in self.userinvites:
                userinvites_item = userinvites_item_data.to_dict()
                userinvites.append(userinvites_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if userinvites is not UNSET:
            field_dict["userinvites"] = userinvites

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (TenantUserInviteResponse,) = _nested_models()

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        _userinvites = d.pop("userinvites", UNSET)
        userinvites: list[TenantUserInviteResponse] | Unset = UNSET
        if _userinvites is not UNSET:
            userinvites = []
            for userinvites_item_data in _userinvites:
                userinvites_item = TenantUserInviteResponse.from_dict(userinvites_item_data)

                userinvites.append(userinvites_item)

        get_tenant_user_invites_response_201 = cls(
            count=count,
            userinvites=userinvites,
        )

        get_tenant_user_invites_response_201.additional_properties = d
        return get_tenant_user_invites_response_201

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
def _nested_models() -> tuple[type[TenantUserInviteResponse],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.tenant_user_invite_response import TenantUserInviteResponse  # noqa: PLC0415

    return (TenantUserInviteResponse,)
