from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlueprintsBackgroundScriptRead")


@_attrs_define
class BlueprintsBackgroundScriptRead:
    """
    Attributes:
        always_run (bool):
        created_at (datetime.datetime):
        created_by (int):
        id (UUID):
        interpreter (str):
        name (str):
        timeout_in_mins (int):
        updated_at (datetime.datetime):
        updated_by (int):
        description (str | Unset):
        frequency_in_mins (int | None | Unset):
    """

    always_run: bool
    created_at: datetime.datetime
    created_by: int
    id: UUID
    interpreter: str
    name: str
    timeout_in_mins: int
    updated_at: datetime.datetime
    updated_by: int
    description: str | Unset = UNSET
    frequency_in_mins: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        always_run = self.always_run

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        id = str(self.id)

        interpreter = self.interpreter

        name = self.name

        timeout_in_mins = self.timeout_in_mins

        updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        description = self.description

        frequency_in_mins: int | None | Unset
        if isinstance(self.frequency_in_mins, Unset):
            frequency_in_mins = UNSET
        else:
            frequency_in_mins = self.frequency_in_mins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "always_run": always_run,
                "created_at": created_at,
                "created_by": created_by,
                "id": id,
                "interpreter": interpreter,
                "name": name,
                "timeout_in_mins": timeout_in_mins,
                "updated_at": updated_at,
                "updated_by": updated_by,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if frequency_in_mins is not UNSET:
            field_dict["frequency_in_mins"] = frequency_in_mins

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        always_run = d.pop("always_run")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        id = UUID(d.pop("id"))

        interpreter = d.pop("interpreter")

        name = d.pop("name")

        timeout_in_mins = d.pop("timeout_in_mins")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        updated_by = d.pop("updated_by")

        description = d.pop("description", UNSET)

        def _parse_frequency_in_mins(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        frequency_in_mins = _parse_frequency_in_mins(d.pop("frequency_in_mins", UNSET))

        blueprints_background_script_read = cls(
            always_run=always_run,
            created_at=created_at,
            created_by=created_by,
            id=id,
            interpreter=interpreter,
            name=name,
            timeout_in_mins=timeout_in_mins,
            updated_at=updated_at,
            updated_by=updated_by,
            description=description,
            frequency_in_mins=frequency_in_mins,
        )

        blueprints_background_script_read.additional_properties = d
        return blueprints_background_script_read

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
