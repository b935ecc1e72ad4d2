"""The user's built-in role."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    UpdateDifferentUserRequestRole = Literal[
        "AuthZ Role User",
        "Enterprise Admin",
        "Enterprise User",
        "Group Admin",
        "Group Viewer",
        "Shoonya Admin",
        "Viewer",
    ]
else:
    UpdateDifferentUserRequestRole = _rt.documented_literal(
        Literal[
            "AuthZ Role User",
            "Enterprise Admin",
            "Enterprise User",
            "Group Admin",
            "Group Viewer",
            "Shoonya Admin",
            "Viewer",
        ],
        __doc__,
    )

UPDATE_DIFFERENT_USER_REQUEST_ROLE_VALUES: set[UpdateDifferentUserRequestRole] = {
    "AuthZ Role User",
    "Enterprise Admin",
    "Enterprise User",
    "Group Admin",
    "Group Viewer",
    "Shoonya Admin",
    "Viewer",
}


def check_update_different_user_request_role(value: str) -> UpdateDifferentUserRequestRole:
    """Return `value` typed as UpdateDifferentUserRequestRole.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against UPDATE_DIFFERENT_USER_REQUEST_ROLE_VALUES to tell.
    """
    return cast(UpdateDifferentUserRequestRole, value)
