from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_connection_response_strategy import (
    CustomConnectionResponseStrategy,
    check_custom_connection_response_strategy,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_connection_config_response import CustomConnectionConfigResponse


T = TypeVar("T", bound="CustomConnectionResponse")


@_attrs_define
class CustomConnectionResponse:
    """
    Attributes:
        callback_url (str | Unset):
        config (CustomConnectionConfigResponse | Unset):
        display_name (str | Unset):
        id (str | Unset):
        name (str | Unset):
        service_provider_acs_url (str | Unset):
        service_provider_entity_id (str | Unset):
        service_provider_logout_url (str | Unset):
        signing_certificate_link (str | Unset):
        strategy (CustomConnectionResponseStrategy | Unset):
    """

    callback_url: str | Unset = UNSET
    config: CustomConnectionConfigResponse | Unset = UNSET
    display_name: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    service_provider_acs_url: str | Unset = UNSET
    service_provider_entity_id: str | Unset = UNSET
    service_provider_logout_url: str | Unset = UNSET
    signing_certificate_link: str | Unset = UNSET
    strategy: CustomConnectionResponseStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback_url = self.callback_url

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        display_name = self.display_name

        id = self.id

        name = self.name

        service_provider_acs_url = self.service_provider_acs_url

        service_provider_entity_id = self.service_provider_entity_id

        service_provider_logout_url = self.service_provider_logout_url

        signing_certificate_link = self.signing_certificate_link

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if config is not UNSET:
            field_dict["config"] = config
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if service_provider_acs_url is not UNSET:
            field_dict["service_provider_acs_url"] = service_provider_acs_url
        if service_provider_entity_id is not UNSET:
            field_dict["service_provider_entity_id"] = service_provider_entity_id
        if service_provider_logout_url is not UNSET:
            field_dict["service_provider_logout_url"] = service_provider_logout_url
        if signing_certificate_link is not UNSET:
            field_dict["signing_certificate_link"] = signing_certificate_link
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (CustomConnectionConfigResponse,) = _nested_models()

        d = dict(src_dict)
        callback_url = d.pop("callback_url", UNSET)

        _config = d.pop("config", UNSET)
        config: CustomConnectionConfigResponse | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = CustomConnectionConfigResponse.from_dict(_config)

        display_name = d.pop("display_name", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        service_provider_acs_url = d.pop("service_provider_acs_url", UNSET)

        service_provider_entity_id = d.pop("service_provider_entity_id", UNSET)

        service_provider_logout_url = d.pop("service_provider_logout_url", UNSET)

        signing_certificate_link = d.pop("signing_certificate_link", UNSET)

        _strategy = d.pop("strategy", UNSET)
        strategy: CustomConnectionResponseStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = check_custom_connection_response_strategy(_strategy)

        custom_connection_response = cls(
            callback_url=callback_url,
            config=config,
            display_name=display_name,
            id=id,
            name=name,
            service_provider_acs_url=service_provider_acs_url,
            service_provider_entity_id=service_provider_entity_id,
            service_provider_logout_url=service_provider_logout_url,
            signing_certificate_link=signing_certificate_link,
            strategy=strategy,
        )

        custom_connection_response.additional_properties = d
        return custom_connection_response

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
def _nested_models() -> tuple[type[CustomConnectionConfigResponse],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.custom_connection_config_response import CustomConnectionConfigResponse  # noqa: PLC0415

    return (CustomConnectionConfigResponse,)
