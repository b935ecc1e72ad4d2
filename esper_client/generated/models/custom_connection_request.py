from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_connection_request_strategy import (
    CustomConnectionRequestStrategy,
    check_custom_connection_request_strategy,
)

if TYPE_CHECKING:
    from ..models.custom_connection_config_response import CustomConnectionConfigResponse


T = TypeVar("T", bound="CustomConnectionRequest")


@_attrs_define
class CustomConnectionRequest:
    """
    Attributes:
        config (CustomConnectionConfigResponse):
        display_name (str):
        strategy (CustomConnectionRequestStrategy):
    """

    config: CustomConnectionConfigResponse
    display_name: str
    strategy: CustomConnectionRequestStrategy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = self.config.to_dict()

        display_name = self.display_name

        strategy: str = self.strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "display_name": display_name,
                "strategy": strategy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (CustomConnectionConfigResponse,) = _nested_models()

        d = dict(src_dict)
        config = CustomConnectionConfigResponse.from_dict(d.pop("config"))

        display_name = d.pop("display_name")

        strategy = check_custom_connection_request_strategy(d.pop("strategy"))

        custom_connection_request = cls(
            config=config,
            display_name=display_name,
            strategy=strategy,
        )

        custom_connection_request.additional_properties = d
        return custom_connection_request

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
