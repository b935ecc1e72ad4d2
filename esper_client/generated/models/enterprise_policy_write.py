from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enterprise_policy_data import EnterprisePolicyData


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """EnterprisePolicyWrite's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.enterprise_policy_data import EnterprisePolicyData  # noqa: PLC0415

    return (
        (
            _rt.Field("enterprise", "enterprise", _rt.STR, required=True),
            _rt.Field("name", "name", _rt.STR, required=True),
            _rt.Field("policy", "policy", _rt.model(EnterprisePolicyData), required=True),
            _rt.Field(
                "description",
                "description",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field(
                "google_policy_id",
                "google_policy_id",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("is_active", "is_active", _rt.BOOL),
            _rt.Field("is_template", "is_template", _rt.BOOL),
        ),
        _rt.ANY,
    )


@_attrs_define
class EnterprisePolicyWrite:
    """
    Attributes:
        enterprise (str): The URL of the enterprise the policy belongs to.
        name (str): The policy's name.
        policy (EnterprisePolicyData): The policy's settings (restrictions, apps, passwords, updates and more).
        description (None | str | Unset): Free text about what the policy is for.
        google_policy_id (None | str | Unset): The id of the corresponding policy at Google, if there is one.
        is_active (bool | Unset): Whether the policy is in force.
        is_template (bool | Unset): Whether the policy serves as a template for other policies. Default: False.
    """

    enterprise: str
    name: str
    policy: EnterprisePolicyData
    description: None | str | Unset = UNSET
    google_policy_id: None | str | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_template: bool | Unset = False
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
