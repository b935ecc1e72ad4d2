from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.custom_connection_request_strategy import (
    CustomConnectionRequestStrategy,
)

if TYPE_CHECKING:
    from ..models.custom_connection_config_response import CustomConnectionConfigResponse


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """CustomConnectionRequest's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.custom_connection_config_response import CustomConnectionConfigResponse  # noqa: PLC0415

    return (
        (
            _rt.Field("config", "config", _rt.model(CustomConnectionConfigResponse), required=True),
            _rt.Field("display_name", "display_name", _rt.STR, required=True),
            _rt.Field(
                "strategy", "strategy", _rt.enum("CustomConnectionRequestStrategy", ["oidc", "samlp"]), required=True
            ),
        ),
        _rt.ANY,
    )


@_attrs_define
class CustomConnectionRequest:
    """
    Attributes:
        config (CustomConnectionConfigResponse): The identity provider's settings (sign-in and sign-out URLs,
            certificate for SAML, issuer and client id for OIDC).
        display_name (str): The name users see for this sign-in option.
        strategy (CustomConnectionRequestStrategy): The protocol; samlp for SAML, oidc for OpenID Connect.
    """

    config: CustomConnectionConfigResponse
    display_name: str
    strategy: CustomConnectionRequestStrategy
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
