from typing import Literal, cast

UserProfileCreateRole = Literal[
    "Enterprise Admin", "Enterprise User", "Group Admin", "Group Viewer", "Shoonya Admin", "Viewer"
]

USER_PROFILE_CREATE_ROLE_VALUES: set[UserProfileCreateRole] = {
    "Enterprise Admin",
    "Enterprise User",
    "Group Admin",
    "Group Viewer",
    "Shoonya Admin",
    "Viewer",
}


def check_user_profile_create_role(value: str) -> UserProfileCreateRole:
    """Return `value` typed as UserProfileCreateRole.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against USER_PROFILE_CREATE_ROLE_VALUES to tell.
    """
    return cast(UserProfileCreateRole, value)
