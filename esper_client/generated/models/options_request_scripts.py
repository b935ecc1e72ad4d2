from __future__ import annotations

from collections.abc import Mapping
from functools import cache
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
        (PlatformScriptRequest,) = _nested_models()

        d = dict(src_dict)
        linux = PlatformScriptRequest.from_dict(d.pop("linux"))

        options_request_scripts = cls(
            linux=linux,
        )

        return options_request_scripts


@cache
def _nested_models() -> tuple[type[PlatformScriptRequest],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.platform_script_request import PlatformScriptRequest  # noqa: PLC0415

    return (PlatformScriptRequest,)
