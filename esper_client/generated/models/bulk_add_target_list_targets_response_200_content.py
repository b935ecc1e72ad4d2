from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_add_target_list_targets_response_200_content_errors_item import (
        BulkAddTargetListTargetsResponse200ContentErrorsItem,
    )


T = TypeVar("T", bound="BulkAddTargetListTargetsResponse200Content")


@_attrs_define
class BulkAddTargetListTargetsResponse200Content:
    """
    Attributes:
        added_count (int | Unset):
        created_count (int | Unset):
        errors (list[BulkAddTargetListTargetsResponse200ContentErrorsItem] | Unset):
        skipped_count (int | Unset):
    """

    added_count: int | Unset = UNSET
    created_count: int | Unset = UNSET
    errors: list[BulkAddTargetListTargetsResponse200ContentErrorsItem] | Unset = UNSET
    skipped_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added_count = self.added_count

        created_count = self.created_count

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        skipped_count = self.skipped_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added_count is not UNSET:
            field_dict["added_count"] = added_count
        if created_count is not UNSET:
            field_dict["created_count"] = created_count
        if errors is not UNSET:
            field_dict["errors"] = errors
        if skipped_count is not UNSET:
            field_dict["skipped_count"] = skipped_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (BulkAddTargetListTargetsResponse200ContentErrorsItem,) = _nested_models()

        d = dict(src_dict)
        added_count = d.pop("added_count", UNSET)

        created_count = d.pop("created_count", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[BulkAddTargetListTargetsResponse200ContentErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = BulkAddTargetListTargetsResponse200ContentErrorsItem.from_dict(errors_item_data)

                errors.append(errors_item)

        skipped_count = d.pop("skipped_count", UNSET)

        bulk_add_target_list_targets_response_200_content = cls(
            added_count=added_count,
            created_count=created_count,
            errors=errors,
            skipped_count=skipped_count,
        )

        bulk_add_target_list_targets_response_200_content.additional_properties = d
        return bulk_add_target_list_targets_response_200_content

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
def _nested_models() -> tuple[type[BulkAddTargetListTargetsResponse200ContentErrorsItem],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.bulk_add_target_list_targets_response_200_content_errors_item import (
        BulkAddTargetListTargetsResponse200ContentErrorsItem,  # noqa: PLC0415
    )

    return (BulkAddTargetListTargetsResponse200ContentErrorsItem,)
