from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.converge_command import ConvergeCommand


T = TypeVar("T", bound="ListConvergeCommandsResponse200Content")


@_attrs_define
class ListConvergeCommandsResponse200Content:
    """
    Attributes:
        count (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):
        results (list[ConvergeCommand] | Unset):
    """

    count: int | Unset = UNSET
    next_: str | Unset = UNSET
    previous: str | Unset = UNSET
    results: list[ConvergeCommand] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_ = self.next_

        previous = self.previous

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ConvergeCommand,) = _nested_models()

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        next_ = d.pop("next", UNSET)

        previous = d.pop("previous", UNSET)

        _results = d.pop("results", UNSET)
        results: list[ConvergeCommand] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = ConvergeCommand.from_dict(results_item_data)

                results.append(results_item)

        list_converge_commands_response_200_content = cls(
            count=count,
            next_=next_,
            previous=previous,
            results=results,
        )

        list_converge_commands_response_200_content.additional_properties = d
        return list_converge_commands_response_200_content

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
def _nested_models() -> tuple[type[ConvergeCommand],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.converge_command import ConvergeCommand  # noqa: PLC0415

    return (ConvergeCommand,)
