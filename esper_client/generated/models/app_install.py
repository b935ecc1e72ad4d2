from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.app_install_state_enum import AppInstallStateEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_install_application import AppInstallApplication


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """AppInstall's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.app_install_application import AppInstallApplication  # noqa: PLC0415

    return (
        (
            _rt.Field("application", "application", _rt.model(AppInstallApplication), required=True),
            _rt.Field("device", "device", _rt.STR, required=True),
            _rt.Field("enterprise", "enterprise", _rt.STR, required=True),
            _rt.Field(
                "install_state",
                "install_state",
                _rt.enum(
                    "AppInstallStateEnum",
                    [
                        "INSTALL_FAILED",
                        "INSTALL_IN_PROGRESS",
                        "INSTALL_SUCCESS",
                        "NOT_INSTALLED",
                        "UNINSTALL_FAILED",
                        "UNINSTALL_IN_PROGRESS",
                        "UNINSTALL_SUCCESS",
                    ],
                ),
                required=True,
            ),
            _rt.Field("created_on", "created_on", _rt.DATETIME),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("is_active", "is_active", _rt.BOOL),
            _rt.Field(
                "reason_details",
                "reason_details",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("updated_on", "updated_on", _rt.DATETIME),
        ),
        _rt.ANY,
    )


@_attrs_define
class AppInstall:
    """
    Attributes:
        application (AppInstallApplication):
        device (str):
        enterprise (str):
        install_state (AppInstallStateEnum): 'NOT_INSTALLED': The app is not on the device.
            'INSTALL_IN_PROGRESS': Being installed.
            'UNINSTALL_IN_PROGRESS': Being removed.
            'INSTALL_SUCCESS': Installed.
            'INSTALL_FAILED': The install did not succeed.
            'UNINSTALL_SUCCESS': Removed.
            'UNINSTALL_FAILED': The removal did not succeed.
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

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)

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
