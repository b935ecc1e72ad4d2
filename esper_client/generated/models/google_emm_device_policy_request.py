from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.google_application import GoogleApplication


T = TypeVar("T", bound="GoogleEMMDevicePolicyRequest")


@_attrs_define
class GoogleEMMDevicePolicyRequest:
    """
    Attributes:
        applications (list[GoogleApplication] | Unset):
    """

    applications: list[GoogleApplication] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = []
            for applications_item_data in self.applications:
                applications_item = applications_item_data.to_dict()
                applications.append(applications_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if applications is not UNSET:
            field_dict["applications"] = applications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (GoogleApplication,) = _nested_models()

        d = dict(src_dict)
        _applications = d.pop("applications", UNSET)
        applications: list[GoogleApplication] | Unset = UNSET
        if _applications is not UNSET:
            applications = []
            for applications_item_data in _applications:
                applications_item = GoogleApplication.from_dict(applications_item_data)

                applications.append(applications_item)

        google_emm_device_policy_request = cls(
            applications=applications,
        )

        google_emm_device_policy_request.additional_properties = d
        return google_emm_device_policy_request

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
def _nested_models() -> tuple[type[GoogleApplication],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.google_application import GoogleApplication  # noqa: PLC0415

    return (GoogleApplication,)
