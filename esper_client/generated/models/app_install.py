from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_install_state_enum import AppInstallStateEnum, check_app_install_state_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_install_application import AppInstallApplication


T = TypeVar("T", bound="AppInstall")


@_attrs_define
class AppInstall:
    """
    Attributes:
        application (AppInstallApplication):
        device (str):
        enterprise (str):
        install_state (AppInstallStateEnum):
        created_on (datetime.datetime | Unset):
        id (UUID | Unset):
        is_active (bool | Unset):
        reason_details (None | str | Unset):
        updated_on (datetime.datetime | Unset):
    """

    application: AppInstallApplication
    device: str
    enterprise: str
    install_state: AppInstallStateEnum
    created_on: datetime.datetime | Unset = UNSET
    id: UUID | Unset = UNSET
    is_active: bool | Unset = UNSET
    reason_details: None | str | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application.to_dict()

        device = self.device

        enterprise = self.enterprise

        install_state: str = self.install_state

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_active = self.is_active

        reason_details: None | str | Unset
        if isinstance(self.reason_details, Unset):
            reason_details = UNSET
        else:
            reason_details = self.reason_details

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
                "device": device,
                "enterprise": enterprise,
                "install_state": install_state,
            }
        )
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if reason_details is not UNSET:
            field_dict["reason_details"] = reason_details
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (AppInstallApplication,) = _nested_models()

        d = dict(src_dict)
        application = AppInstallApplication.from_dict(d.pop("application"))

        device = d.pop("device")

        enterprise = d.pop("enterprise")

        install_state = check_app_install_state_enum(d.pop("install_state"))

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        is_active = d.pop("is_active", UNSET)

        def _parse_reason_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason_details = _parse_reason_details(d.pop("reason_details", UNSET))

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        app_install = cls(
            application=application,
            device=device,
            enterprise=enterprise,
            install_state=install_state,
            created_on=created_on,
            id=id,
            is_active=is_active,
            reason_details=reason_details,
            updated_on=updated_on,
        )

        app_install.additional_properties = d
        return app_install

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
def _nested_models() -> tuple[type[AppInstallApplication],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.app_install_application import AppInstallApplication  # noqa: PLC0415

    return (AppInstallApplication,)
