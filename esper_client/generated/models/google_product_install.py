from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.google_product_install_objects import GoogleProductInstallObjects


T = TypeVar("T", bound="GoogleProductInstall")


@_attrs_define
class GoogleProductInstall:
    """
    Attributes:
        created_on (datetime.datetime | Unset):
        device (str | Unset):
        enterprise (str | Unset):
        id (UUID | Unset):
        install_state (str | Unset):
        install_type (int | Unset):
        is_active (bool | Unset):
        is_force_install (bool | Unset):
        objects (GoogleProductInstallObjects | Unset):
        reason_details (str | Unset):
        updated_on (datetime.datetime | Unset):
        version_code (str | Unset):
    """

    created_on: datetime.datetime | Unset = UNSET
    device: str | Unset = UNSET
    enterprise: str | Unset = UNSET
    id: UUID | Unset = UNSET
    install_state: str | Unset = UNSET
    install_type: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_force_install: bool | Unset = UNSET
    objects: GoogleProductInstallObjects | Unset = UNSET
    reason_details: str | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    version_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        device = self.device

        enterprise = self.enterprise

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        install_state = self.install_state

        install_type = self.install_type

        is_active = self.is_active

        is_force_install = self.is_force_install

        objects: dict[str, Any] | Unset = UNSET
        if not isinstance(self.objects, Unset):
            objects = self.objects.to_dict()

        reason_details = self.reason_details

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        version_code = self.version_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if device is not UNSET:
            field_dict["device"] = device
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if id is not UNSET:
            field_dict["id"] = id
        if install_state is not UNSET:
            field_dict["install_state"] = install_state
        if install_type is not UNSET:
            field_dict["install_type"] = install_type
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_force_install is not UNSET:
            field_dict["is_force_install"] = is_force_install
        if objects is not UNSET:
            field_dict["objects"] = objects
        if reason_details is not UNSET:
            field_dict["reason_details"] = reason_details
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if version_code is not UNSET:
            field_dict["version_code"] = version_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (GoogleProductInstallObjects,) = _nested_models()

        d = dict(src_dict)
        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        device = d.pop("device", UNSET)

        enterprise = d.pop("enterprise", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        install_state = d.pop("install_state", UNSET)

        install_type = d.pop("install_type", UNSET)

        is_active = d.pop("is_active", UNSET)

        is_force_install = d.pop("is_force_install", UNSET)

        _objects = d.pop("objects", UNSET)
        objects: GoogleProductInstallObjects | Unset
        if isinstance(_objects, Unset):
            objects = UNSET
        else:
            objects = GoogleProductInstallObjects.from_dict(_objects)

        reason_details = d.pop("reason_details", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        version_code = d.pop("version_code", UNSET)

        google_product_install = cls(
            created_on=created_on,
            device=device,
            enterprise=enterprise,
            id=id,
            install_state=install_state,
            install_type=install_type,
            is_active=is_active,
            is_force_install=is_force_install,
            objects=objects,
            reason_details=reason_details,
            updated_on=updated_on,
            version_code=version_code,
        )

        google_product_install.additional_properties = d
        return google_product_install

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
def _nested_models() -> tuple[type[GoogleProductInstallObjects],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.google_product_install_objects import GoogleProductInstallObjects  # noqa: PLC0415

    return (GoogleProductInstallObjects,)
