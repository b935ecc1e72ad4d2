from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_request_put_request_status import (
    CommandRequestPUTRequestStatus,
    check_command_request_put_request_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandRequestPUT")


@_attrs_define
class CommandRequestPUT:
    """
    Attributes:
        request_status (CommandRequestPUTRequestStatus | Unset):
    """

    request_status: CommandRequestPUTRequestStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_status: str | Unset = UNSET
        if not isinstance(self.request_status, Unset):
            request_status = self.request_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_status is not UNSET:
            field_dict["request_status"] = request_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _request_status = d.pop("request_status", UNSET)
        request_status: CommandRequestPUTRequestStatus | Unset
        if isinstance(_request_status, Unset):
            request_status = UNSET
        else:
            request_status = check_command_request_put_request_status(_request_status)

        command_request_put = cls(
            request_status=request_status,
        )

        command_request_put.additional_properties = d
        return command_request_put

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
