from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_version_v1 import ApplicationVersionV1


T = TypeVar("T", bound="ApplicationV1")


@_attrs_define
class ApplicationV1:
    """
    Attributes:
        application_name (str):
        enterprise (str):
        package_name (str):
        id (UUID | Unset):
        is_hidden (bool | Unset):
        latest_version (ApplicationVersionV1 | Unset):
    """

    application_name: str
    enterprise: str
    package_name: str
    id: UUID | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    latest_version: ApplicationVersionV1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_name = self.application_name

        enterprise = self.enterprise

        package_name = self.package_name

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_hidden = self.is_hidden

        latest_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_version, Unset):
            latest_version = self.latest_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_name": application_name,
                "enterprise": enterprise,
                "package_name": package_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden
        if latest_version is not UNSET:
            field_dict["latest_version"] = latest_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ApplicationVersionV1,) = _nested_models()

        d = dict(src_dict)
        application_name = d.pop("application_name")

        enterprise = d.pop("enterprise")

        package_name = d.pop("package_name")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        is_hidden = d.pop("is_hidden", UNSET)

        _latest_version = d.pop("latest_version", UNSET)
        latest_version: ApplicationVersionV1 | Unset
        if isinstance(_latest_version, Unset):
            latest_version = UNSET
        else:
            latest_version = ApplicationVersionV1.from_dict(_latest_version)

        application_v1 = cls(
            application_name=application_name,
            enterprise=enterprise,
            package_name=package_name,
            id=id,
            is_hidden=is_hidden,
            latest_version=latest_version,
        )

        application_v1.additional_properties = d
        return application_v1

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
def _nested_models() -> tuple[type[ApplicationVersionV1],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.application_version_v1 import ApplicationVersionV1  # noqa: PLC0415

    return (ApplicationVersionV1,)
