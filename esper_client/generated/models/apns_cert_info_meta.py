from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="APNSCertInfoMeta")


@_attrs_define
class APNSCertInfoMeta:
    """
    Attributes:
        cert_created_at (datetime.datetime | Unset):
        cert_expiry_on (datetime.datetime | Unset):
        topic (str | Unset):
    """

    cert_created_at: datetime.datetime | Unset = UNSET
    cert_expiry_on: datetime.datetime | Unset = UNSET
    topic: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cert_created_at: str | Unset = UNSET
        if not isinstance(self.cert_created_at, Unset):
            cert_created_at = self.cert_created_at.isoformat()

        cert_expiry_on: str | Unset = UNSET
        if not isinstance(self.cert_expiry_on, Unset):
            cert_expiry_on = self.cert_expiry_on.isoformat()

        topic = self.topic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cert_created_at is not UNSET:
            field_dict["cert_created_at"] = cert_created_at
        if cert_expiry_on is not UNSET:
            field_dict["cert_expiry_on"] = cert_expiry_on
        if topic is not UNSET:
            field_dict["topic"] = topic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cert_created_at = d.pop("cert_created_at", UNSET)
        cert_created_at: datetime.datetime | Unset
        if isinstance(_cert_created_at, Unset):
            cert_created_at = UNSET
        else:
            cert_created_at = datetime.datetime.fromisoformat(_cert_created_at)

        _cert_expiry_on = d.pop("cert_expiry_on", UNSET)
        cert_expiry_on: datetime.datetime | Unset
        if isinstance(_cert_expiry_on, Unset):
            cert_expiry_on = UNSET
        else:
            cert_expiry_on = datetime.datetime.fromisoformat(_cert_expiry_on)

        topic = d.pop("topic", UNSET)

        apns_cert_info_meta = cls(
            cert_created_at=cert_created_at,
            cert_expiry_on=cert_expiry_on,
            topic=topic,
        )

        apns_cert_info_meta.additional_properties = d
        return apns_cert_info_meta

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
