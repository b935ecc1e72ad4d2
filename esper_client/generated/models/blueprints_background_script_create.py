from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlueprintsBackgroundScriptCreate")


@_attrs_define
class BlueprintsBackgroundScriptCreate:
    """
    Attributes:
        always_run (bool):
        name (str):
        script (str):
        description (None | str | Unset):
        frequency_in_mins (int | None | Unset):
        interpreter (str | Unset):  Default: 'powershell'.
        timeout_in_mins (int | Unset):  Default: 60.
    """

    always_run: bool
    name: str
    script: str
    description: None | str | Unset = UNSET
    frequency_in_mins: int | None | Unset = UNSET
    interpreter: str | Unset = "powershell"
    timeout_in_mins: int | Unset = 60
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        always_run = self.always_run

        name = self.name

        script = self.script

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        frequency_in_mins: int | None | Unset
        if isinstance(self.frequency_in_mins, Unset):
            frequency_in_mins = UNSET
        else:
            frequency_in_mins = self.frequency_in_mins

        interpreter = self.interpreter

        timeout_in_mins = self.timeout_in_mins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "always_run": always_run,
                "name": name,
                "script": script,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if frequency_in_mins is not UNSET:
            field_dict["frequency_in_mins"] = frequency_in_mins
        if interpreter is not UNSET:
            field_dict["interpreter"] = interpreter
        if timeout_in_mins is not UNSET:
            field_dict["timeout_in_mins"] = timeout_in_mins

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        always_run = d.pop("always_run")

        name = d.pop("name")

        script = d.pop("script")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_frequency_in_mins(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        frequency_in_mins = _parse_frequency_in_mins(d.pop("frequency_in_mins", UNSET))

        interpreter = d.pop("interpreter", UNSET)

        timeout_in_mins = d.pop("timeout_in_mins", UNSET)

        blueprints_background_script_create = cls(
            always_run=always_run,
            name=name,
            script=script,
            description=description,
            frequency_in_mins=frequency_in_mins,
            interpreter=interpreter,
            timeout_in_mins=timeout_in_mins,
        )

        blueprints_background_script_create.additional_properties = d
        return blueprints_background_script_create

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
