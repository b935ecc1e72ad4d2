from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_app_response import TenantAppResponse


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """ListTenantAppsResponse200Content's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.tenant_app_response import TenantAppResponse  # noqa: PLC0415

    return (
        (
            _rt.Field("count", "count", _rt.INT),
            _rt.Field(
                "next",
                "next_",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "prev",
                "prev",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("results", "results", _rt.list_of(_rt.model(TenantAppResponse))),
        ),
        _rt.ANY,
    )


@_attrs_define
class ListTenantAppsResponse200Content:
    """
    Attributes:
        count (int | Unset):
        next_ (None | str | Unset):
        prev (None | str | Unset):
        results (list[TenantAppResponse] | Unset):
    """

    count: int | Unset = UNSET
    next_: None | str | Unset = UNSET
    prev: None | str | Unset = UNSET
    results: list[TenantAppResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)

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
