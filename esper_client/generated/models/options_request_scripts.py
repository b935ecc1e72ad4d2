from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    from ..models.platform_script_request import PlatformScriptRequest


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """OptionsRequestScripts's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.platform_script_request import PlatformScriptRequest  # noqa: PLC0415

    return (
        (_rt.Field("linux", "linux", _rt.model(PlatformScriptRequest), required=True),),
        None,
    )


@_attrs_define
class OptionsRequestScripts:
    """What the option runs, by platform; only a linux entry is accepted.

    Attributes:
        linux (PlatformScriptRequest):
    """

    linux: PlatformScriptRequest

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)
