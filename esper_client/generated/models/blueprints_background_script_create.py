from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """BlueprintsBackgroundScriptCreate's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("always_run", "always_run", _rt.BOOL, required=True),
            _rt.Field("name", "name", _rt.STR, required=True),
            _rt.Field("script", "script", _rt.STR, required=True),
            _rt.Field(
                "description",
                "description",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "frequency_in_mins",
                "frequency_in_mins",
                _rt.union(
                    _rt.INT,
                    _rt.NONE,
                ),
            ),
            _rt.Field("interpreter", "interpreter", _rt.STR),
            _rt.Field("timeout_in_mins", "timeout_in_mins", _rt.INT),
        ),
        _rt.ANY,
    )


@_attrs_define
class BlueprintsBackgroundScriptCreate:
    """
    Attributes:
        always_run (bool): True: the script runs without stopping, and frequency_in_mins has to be left null.
        name (str): Name of the script, 1 to 50 characters.
        script (str): The script's source text.
        description (None | str | Unset): Free text about the script, at most 300 characters.
        frequency_in_mins (int | None | Unset): Minutes between two runs; needed when always_run is false, and null when
            it is true.
        interpreter (str | Unset): What runs the script; powershell is the only one accepted for now. Default:
            'powershell'.
        timeout_in_mins (int | Unset): Minutes one run may last before it is stopped; at least 1. Default: 60.
    """

    always_run: bool
    name: str
    script: str
    description: None | str | Unset = UNSET
    frequency_in_mins: int | None | Unset = UNSET
    interpreter: str | Unset = "powershell"
    timeout_in_mins: int | Unset = 60
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
