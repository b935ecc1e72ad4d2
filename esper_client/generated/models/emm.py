from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authentication_token import AuthenticationToken


T = TypeVar("T", bound="EMM")


@_attrs_define
class EMM:
    """
    Attributes:
        account_identifier (str | Unset):
        account_type (str | Unset):
        authentication_token (AuthenticationToken | Unset):
        created_on (datetime.datetime | Unset):
        display_name (str | Unset):
        google_enterprise (int | Unset):
        google_user_id (str | Unset):
        id (int | Unset):
        is_active (bool | Unset):
        updated_on (datetime.datetime | Unset):
        user (int | Unset):
    """

    account_identifier: str | Unset = UNSET
    account_type: str | Unset = UNSET
    authentication_token: AuthenticationToken | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    display_name: str | Unset = UNSET
    google_enterprise: int | Unset = UNSET
    google_user_id: str | Unset = UNSET
    id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    user: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_identifier = self.account_identifier

        account_type = self.account_type

        authentication_token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authentication_token, Unset):
            authentication_token = self.authentication_token.to_dict()

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        display_name = self.display_name

        google_enterprise = self.google_enterprise

        google_user_id = self.google_user_id

        id = self.id

        is_active = self.is_active

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_identifier is not UNSET:
            field_dict["account_identifier"] = account_identifier
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if authentication_token is not UNSET:
            field_dict["authentication_token"] = authentication_token
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if google_enterprise is not UNSET:
            field_dict["google_enterprise"] = google_enterprise
        if google_user_id is not UNSET:
            field_dict["google_user_id"] = google_user_id
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (AuthenticationToken,) = _nested_models()

        d = dict(src_dict)
        account_identifier = d.pop("account_identifier", UNSET)

        account_type = d.pop("account_type", UNSET)

        _authentication_token = d.pop("authentication_token", UNSET)
        authentication_token: AuthenticationToken | Unset
        if isinstance(_authentication_token, Unset):
            authentication_token = UNSET
        else:
            authentication_token = AuthenticationToken.from_dict(_authentication_token)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        display_name = d.pop("display_name", UNSET)

        google_enterprise = d.pop("google_enterprise", UNSET)

        google_user_id = d.pop("google_user_id", UNSET)

        id = d.pop("id", UNSET)

        is_active = d.pop("is_active", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        user = d.pop("user", UNSET)

        emm = cls(
            account_identifier=account_identifier,
            account_type=account_type,
            authentication_token=authentication_token,
            created_on=created_on,
            display_name=display_name,
            google_enterprise=google_enterprise,
            google_user_id=google_user_id,
            id=id,
            is_active=is_active,
            updated_on=updated_on,
            user=user,
        )

        emm.additional_properties = d
        return emm

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
def _nested_models() -> tuple[type[AuthenticationToken],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.authentication_token import AuthenticationToken  # noqa: PLC0415

    return (AuthenticationToken,)
