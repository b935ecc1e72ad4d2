from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BeginGoogleEMMEnrollmentResponse")


@_attrs_define
class BeginGoogleEMMEnrollmentResponse:
    """
    Attributes:
        callback_url (str | Unset):
        completion_token (str | Unset):
        signup_url (str | Unset):
        tenant_id (str | Unset):
    """

    callback_url: str | Unset = UNSET
    completion_token: str | Unset = UNSET
    signup_url: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback_url = self.callback_url

        completion_token = self.completion_token

        signup_url = self.signup_url

        tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if completion_token is not UNSET:
            field_dict["completion_token"] = completion_token
        if signup_url is not UNSET:
            field_dict["signup_url"] = signup_url
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        callback_url = d.pop("callback_url", UNSET)

        completion_token = d.pop("completion_token", UNSET)

        signup_url = d.pop("signup_url", UNSET)

        tenant_id = d.pop("tenant_id", UNSET)

        begin_google_emm_enrollment_response = cls(
            callback_url=callback_url,
            completion_token=completion_token,
            signup_url=signup_url,
            tenant_id=tenant_id,
        )

        begin_google_emm_enrollment_response.additional_properties = d
        return begin_google_emm_enrollment_response

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
