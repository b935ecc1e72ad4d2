from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_report_response_download_content_status import (
    GetReportResponseDownloadContentStatus,
    check_get_report_response_download_content_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_report_response_download_content_schema import GetReportResponseDownloadContentSchema


T = TypeVar("T", bound="GetReportResponseDownloadContent")


@_attrs_define
class GetReportResponseDownloadContent:
    """
    Attributes:
        id (UUID):
        status (GetReportResponseDownloadContentStatus):
        external_link (str | Unset):
        schema (GetReportResponseDownloadContentSchema | Unset):
    """

    id: UUID
    status: GetReportResponseDownloadContentStatus
    external_link: str | Unset = UNSET
    schema: GetReportResponseDownloadContentSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status: str = self.status

        external_link = self.external_link

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if external_link is not UNSET:
            field_dict["external_link"] = external_link
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (GetReportResponseDownloadContentSchema,) = _nested_models()

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = check_get_report_response_download_content_status(d.pop("status"))

        external_link = d.pop("external_link", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: GetReportResponseDownloadContentSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = GetReportResponseDownloadContentSchema.from_dict(_schema)

        get_report_response_download_content = cls(
            id=id,
            status=status,
            external_link=external_link,
            schema=schema,
        )

        get_report_response_download_content.additional_properties = d
        return get_report_response_download_content

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
def _nested_models() -> tuple[type[GetReportResponseDownloadContentSchema],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.get_report_response_download_content_schema import GetReportResponseDownloadContentSchema  # noqa: PLC0415

    return (GetReportResponseDownloadContentSchema,)
