from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.platform_script_response import PlatformScriptResponse


T = TypeVar("T", bound="OptionsResponseScripts")


@_attrs_define
class OptionsResponseScripts:
    """
    Attributes:
        linux (PlatformScriptResponse):
    """

    linux: PlatformScriptResponse

    def to_dict(self) -> dict[str, Any]:
        linux = self.linux.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "linux": linux,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_script_response import PlatformScriptResponse  # noqa: PLC0415

        d = dict(src_dict)
        linux = PlatformScriptResponse.from_dict(d.pop("linux"))

        options_response_scripts = cls(
            linux=linux,
        )

        return options_response_scripts
