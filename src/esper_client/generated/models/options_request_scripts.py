from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.platform_script_request import PlatformScriptRequest


T = TypeVar("T", bound="OptionsRequestScripts")


@_attrs_define
class OptionsRequestScripts:
    """
    Attributes:
        linux (PlatformScriptRequest):
    """

    linux: PlatformScriptRequest

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
        from ..models.platform_script_request import PlatformScriptRequest  # noqa: PLC0415

        d = dict(src_dict)
        linux = PlatformScriptRequest.from_dict(d.pop("linux"))

        options_request_scripts = cls(
            linux=linux,
        )

        return options_request_scripts
