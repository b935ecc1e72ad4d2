from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_run import TargetRun


T = TypeVar("T", bound="GetPipelineStageTargetRunResponse200")


@_attrs_define
class GetPipelineStageTargetRunResponse200:
    """
    Attributes:
        code (int | Unset):
        content (TargetRun | Unset):
        message (str | Unset):
    """

    code: int | Unset = UNSET
    content: TargetRun | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if content is not UNSET:
            field_dict["content"] = content
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (TargetRun,) = _nested_models()

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        _content = d.pop("content", UNSET)
        content: TargetRun | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = TargetRun.from_dict(_content)

        message = d.pop("message", UNSET)

        get_pipeline_stage_target_run_response_200 = cls(
            code=code,
            content=content,
            message=message,
        )

        get_pipeline_stage_target_run_response_200.additional_properties = d
        return get_pipeline_stage_target_run_response_200

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
def _nested_models() -> tuple[type[TargetRun],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.target_run import TargetRun  # noqa: PLC0415

    return (TargetRun,)
