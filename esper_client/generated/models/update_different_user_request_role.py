from typing import Literal, cast

UpdateDifferentUserRequestRole = Literal[
    "AuthZ Role User", "Enterprise Admin", "Enterprise User", "Group Admin", "Group Viewer", "Shoonya Admin", "Viewer"
]

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
