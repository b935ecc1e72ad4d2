from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.foundry_event_v1 import FoundryEventV1


T = TypeVar("T", bound="ListFoundryEventsResponse200Content")


@_attrs_define
class ListFoundryEventsResponse200Content:
    """
    Attributes:
        count (int):
        next_ (None | str):
        prev (None | str):
        results (list[FoundryEventV1]):
    """

    count: int
    next_: None | str
    prev: None | str
    results: list[FoundryEventV1]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_: None | str
        next_ = self.next_

        prev: None | str
        prev = self.prev

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "next": next_,
                "prev": prev,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (FoundryEventV1,) = _nested_models()

        d = dict(src_dict)
        count = d.pop("count")

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))

        def _parse_prev(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prev = _parse_prev(d.pop("prev"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = FoundryEventV1.from_dict(results_item_data)

            results.append(results_item)

        list_foundry_events_response_200_content = cls(
            count=count,
            next_=next_,
            prev=prev,
            results=results,
        )

        list_foundry_events_response_200_content.additional_properties = d
        return list_foundry_events_response_200_content

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
def _nested_models() -> tuple[type[FoundryEventV1],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.foundry_event_v1 import FoundryEventV1  # noqa: PLC0415

    return (FoundryEventV1,)
