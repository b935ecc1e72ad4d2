from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.custom_connection_response_strategy import (
    CustomConnectionResponseStrategy,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_connection_config_response import CustomConnectionConfigResponse


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """CustomConnectionResponse's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.custom_connection_config_response import CustomConnectionConfigResponse  # noqa: PLC0415

    return (
        (
            _rt.Field("callback_url", "callback_url", _rt.STR),
            _rt.Field("config", "config", _rt.model(CustomConnectionConfigResponse)),
            _rt.Field("display_name", "display_name", _rt.STR),
            _rt.Field("id", "id", _rt.STR),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("service_provider_acs_url", "service_provider_acs_url", _rt.STR),
            _rt.Field("service_provider_entity_id", "service_provider_entity_id", _rt.STR),
            _rt.Field("service_provider_logout_url", "service_provider_logout_url", _rt.STR),
            _rt.Field("signing_certificate_link", "signing_certificate_link", _rt.STR),
            _rt.Field("strategy", "strategy", _rt.enum("CustomConnectionResponseStrategy", ["oidc", "samlp"])),
        ),
        _rt.ANY,
    )


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
