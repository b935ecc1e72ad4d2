from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_connections_list_response import CustomConnectionsListResponse


T = TypeVar("T", bound="GetConnectionsResponse200")


@_attrs_define
class GetConnectionsResponse200:
    """
    Attributes:
        connections (list[CustomConnectionsListResponse] | Unset):
        count (int | Unset):
    """

    connections: list[CustomConnectionsListResponse] | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connections, Unset):
            connections = []
            for connections_item_data in self.connections:
                connections_item = connections_item_data.to_dict()
                connections.append(connections_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connections is not UNSET:
            field_dict["connections"] = connections
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (CustomConnectionsListResponse,) = _nested_models()

        d = dict(src_dict)
        _connections = d.pop("connections", UNSET)
        connections: list[CustomConnectionsListResponse] | Unset = UNSET
        if _connections is not UNSET:
            connections = []
            for connections_item_data in _connections:
                connections_item = CustomConnectionsListResponse.from_dict(connections_item_data)

                connections.append(connections_item)

        count = d.pop("count", UNSET)

        get_connections_response_200 = cls(
            connections=connections,
            count=count,
        )

        get_connections_response_200.additional_properties = d
        return get_connections_response_200

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
def _nested_models() -> tuple[type[CustomConnectionsListResponse],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.custom_connections_list_response import CustomConnectionsListResponse  # noqa: PLC0415

    return (CustomConnectionsListResponse,)
