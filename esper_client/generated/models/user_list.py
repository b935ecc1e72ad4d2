from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emm import EMM
    from ..models.user_profile import UserProfile


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """UserList's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.emm import EMM  # noqa: PLC0415
    from ..models.user_profile import UserProfile  # noqa: PLC0415

    return (
        (
            _rt.Field("email", "email", _rt.STR),
            _rt.Field("emm", "emm", _rt.model(EMM)),
            _rt.Field("first_name", "first_name", _rt.STR),
            _rt.Field("full_name", "full_name", _rt.STR),
            _rt.Field("has_emm", "has_emm", _rt.BOOL),
            _rt.Field("id", "id", _rt.INT),
            _rt.Field("is_active", "is_active", _rt.BOOL),
            _rt.Field("is_staff", "is_staff", _rt.BOOL),
            _rt.Field("is_superuser", "is_superuser", _rt.BOOL),
            _rt.Field("last_login", "last_login", _rt.STR),
            _rt.Field("last_name", "last_name", _rt.STR),
            _rt.Field("profile", "profile", _rt.model(UserProfile)),
            _rt.Field("token", "token", _rt.STR),
            _rt.Field("username", "username", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class UserList:
    """
    Attributes:
        email (str | Unset):
        emm (EMM | Unset):
        first_name (str | Unset):
        full_name (str | Unset):
        has_emm (bool | Unset):
        id (int | Unset):
        is_active (bool | Unset):
        is_staff (bool | Unset):
        is_superuser (bool | Unset):
        last_login (str | Unset):
        last_name (str | Unset):
        profile (UserProfile | Unset):
        token (str | Unset):
        username (str | Unset):
    """

    email: str | Unset = UNSET
    emm: EMM | Unset = UNSET
    first_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    has_emm: bool | Unset = UNSET
    id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_staff: bool | Unset = UNSET
    is_superuser: bool | Unset = UNSET
    last_login: str | Unset = UNSET
    last_name: str | Unset = UNSET
    profile: UserProfile | Unset = UNSET
    token: str | Unset = UNSET
    username: str | Unset = UNSET
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
