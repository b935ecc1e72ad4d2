from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_user_invite_meta import TenantUserInviteMeta


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """TenantUserInviteRequest's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.tenant_user_invite_meta import TenantUserInviteMeta  # noqa: PLC0415

    return (
        (
            _rt.Field("email", "email", _rt.STR, required=True),
            _rt.Field("meta", "meta", _rt.model(TenantUserInviteMeta), required=True),
            _rt.Field("connection_id", "connection_id", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class TenantUserInviteRequest:
    """
    Attributes:
        email (str): The e-mail address the invitation goes to.
        meta (TenantUserInviteMeta): What the user gets on joining; their e-mail and profile (enterprise, role, groups).
        connection_id (str | Unset): The sign-in (SSO) connection (its id) the invited user signs in with.
    """

    email: str
    meta: TenantUserInviteMeta
    connection_id: str | Unset = UNSET
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
