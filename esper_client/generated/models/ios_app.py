from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ios_app_app_type import IosAppAppType, check_ios_app_app_type
from ..models.ios_app_state import IosAppState, check_ios_app_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="IosApp")


@_attrs_define
class IosApp:
    """
    Attributes:
        app_id (str):
        app_type (IosAppAppType):
        app_version_id (str):
        state (IosAppState):
        base64_app_config (str | Unset):
    """

    app_id: str
    app_type: IosAppAppType
    app_version_id: str
    state: IosAppState
    base64_app_config: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_type: str = self.app_type

        app_version_id = self.app_version_id

        state: str = self.state

        base64_app_config = self.base64_app_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "app_type": app_type,
                "app_version_id": app_version_id,
                "state": state,
            }
        )
        if base64_app_config is not UNSET:
            field_dict["base64_app_config"] = base64_app_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("app_id")

        app_type = check_ios_app_app_type(d.pop("app_type"))

        app_version_id = d.pop("app_version_id")

        state = check_ios_app_state(d.pop("state"))

        base64_app_config = d.pop("base64_app_config", UNSET)

        ios_app = cls(
            app_id=app_id,
            app_type=app_type,
            app_version_id=app_version_id,
            state=state,
            base64_app_config=base64_app_config,
        )

        ios_app.additional_properties = d
        return ios_app

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
