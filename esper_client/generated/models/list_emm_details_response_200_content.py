from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.google_enterprise_details import GoogleEnterpriseDetails


T = TypeVar("T", bound="ListEmmDetailsResponse200Content")


@_attrs_define
class ListEmmDetailsResponse200Content:
    """
    Attributes:
        count (int | Unset):
        next_ (str | Unset):
        prev (str | Unset):
        results (list[GoogleEnterpriseDetails] | Unset):
    """

    count: int | Unset = UNSET
    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    results: list[GoogleEnterpriseDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_ = self.next_

        prev = self.prev

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
        if prev is not UNSET:
            field_dict["prev"] = prev
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (GoogleEnterpriseDetails,) = _nested_models()

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        next_ = d.pop("next", UNSET)

        prev = d.pop("prev", UNSET)

        _results = d.pop("results", UNSET)
        results: list[GoogleEnterpriseDetails] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = GoogleEnterpriseDetails.from_dict(results_item_data)

                results.append(results_item)

        list_emm_details_response_200_content = cls(
            count=count,
            next_=next_,
            prev=prev,
            results=results,
        )

        list_emm_details_response_200_content.additional_properties = d
        return list_emm_details_response_200_content

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
def _nested_models() -> tuple[type[GoogleEnterpriseDetails],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.google_enterprise_details import GoogleEnterpriseDetails  # noqa: PLC0415

    return (GoogleEnterpriseDetails,)
