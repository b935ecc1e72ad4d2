from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_connection_list import CustomConnectionList


T = TypeVar("T", bound="CustomConnectionsListResponse")


@_attrs_define
class CustomConnectionsListResponse:
    """
    Attributes:
        connection (CustomConnectionList | Unset):
        connection_id (str | Unset):
    """

    connection: CustomConnectionList | Unset = UNSET
    connection_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection, Unset):
            connection = self.connection.to_dict()

        connection_id = self.connection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection is not UNSET:
            field_dict["connection"] = connection
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (CustomConnectionList,) = _nested_models()

        d = dict(src_dict)
        _connection = d.pop("connection", UNSET)
        connection: CustomConnectionList | Unset
        if isinstance(_connection, Unset):
            connection = UNSET
        else:
            connection = CustomConnectionList.from_dict(_connection)

        connection_id = d.pop("connection_id", UNSET)

        custom_connections_list_response = cls(
            connection=connection,
            connection_id=connection_id,
        )

        custom_connections_list_response.additional_properties = d
        return custom_connections_list_response

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
def _nested_models() -> tuple[type[CustomConnectionList],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.custom_connection_list import CustomConnectionList  # noqa: PLC0415

    return (CustomConnectionList,)
