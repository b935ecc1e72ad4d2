from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="WebclipCreateRequest")


@_attrs_define
class WebclipCreateRequest:
    """
    Attributes:
        esper_name (str):
        is_full_screen (bool):
        is_removable (bool):
        label (str):
        target_bundle_id (str):
        target_bundle_name (str):
        url (str):
        icon (File | Unset):
    """

    esper_name: str
    is_full_screen: bool
    is_removable: bool
    label: str
    target_bundle_id: str
    target_bundle_name: str
    url: str
    icon: File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        esper_name = self.esper_name

        is_full_screen = self.is_full_screen

        is_removable = self.is_removable

        label = self.label

        target_bundle_id = self.target_bundle_id

        target_bundle_name = self.target_bundle_name

        url = self.url

        icon: FileTypes | Unset = UNSET
        if not isinstance(self.icon, Unset):
            icon = self.icon.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "esper_name": esper_name,
                "is_full_screen": is_full_screen,
                "is_removable": is_removable,
                "label": label,
                "target_bundle_id": target_bundle_id,
                "target_bundle_name": target_bundle_name,
                "url": url,
            }
        )
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("esper_name", (None, str(self.esper_name).encode(), "text/plain")))

        files.append(("is_full_screen", (None, str(self.is_full_screen).encode(), "text/plain")))

        files.append(("is_removable", (None, str(self.is_removable).encode(), "text/plain")))

        files.append(("label", (None, str(self.label).encode(), "text/plain")))

        files.append(("target_bundle_id", (None, str(self.target_bundle_id).encode(), "text/plain")))

        files.append(("target_bundle_name", (None, str(self.target_bundle_name).encode(), "text/plain")))

        files.append(("url", (None, str(self.url).encode(), "text/plain")))

        if not isinstance(self.icon, Unset):
            files.append(("icon", self.icon.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        esper_name = d.pop("esper_name")

        is_full_screen = d.pop("is_full_screen")

        is_removable = d.pop("is_removable")

        label = d.pop("label")

        target_bundle_id = d.pop("target_bundle_id")

        target_bundle_name = d.pop("target_bundle_name")

        url = d.pop("url")

        _icon = d.pop("icon", UNSET)
        icon: File | Unset
        if isinstance(_icon, Unset):
            icon = UNSET
        else:
            icon = File(payload=BytesIO(_icon))

        webclip_create_request = cls(
            esper_name=esper_name,
            is_full_screen=is_full_screen,
            is_removable=is_removable,
            label=label,
            target_bundle_id=target_bundle_id,
            target_bundle_name=target_bundle_name,
            url=url,
            icon=icon,
        )

        webclip_create_request.additional_properties = d
        return webclip_create_request

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
