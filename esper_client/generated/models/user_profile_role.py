from typing import Literal, cast

UserProfileRole = Literal[
    "Enterprise Admin", "Enterprise User", "Group Admin", "Group Viewer", "Shoonya Admin", "Viewer"
]

USER_PROFILE_ROLE_VALUES: set[UserProfileRole] = {
    "Enterprise Admin",
    "Enterprise User",
    "Group Admin",
    "Group Viewer",
    "Shoonya Admin",
    "Viewer",
}


def check_user_profile_role(value: str) -> UserProfileRole:
    """Return `value` typed as UserProfileRole.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against USER_PROFILE_ROLE_VALUES to tell.
    """
    return cast(UserProfileRole, value)
