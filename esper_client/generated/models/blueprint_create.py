from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settings_v2 import SettingsV2


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """BlueprintCreate's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.settings_v2 import SettingsV2  # noqa: PLC0415

    return (
        (
            _rt.Field("comments", "comments", _rt.STR),
            _rt.Field("description", "description", _rt.STR),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("settings", "settings", _rt.model(SettingsV2)),
        ),
        _rt.ANY,
    )


@_attrs_define
class BlueprintCreate:
    """
    Attributes:
        comments (str | Unset): Free-text comments kept with the blueprint.
        description (str | Unset): Free text about what the blueprint is for.
        name (str | Unset): The blueprint's name.
        settings (SettingsV2 | Unset): The configuration itself, one section per platform (android, ios, linux,
            windows).
    """

    comments: str | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    settings: SettingsV2 | Unset = UNSET
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
