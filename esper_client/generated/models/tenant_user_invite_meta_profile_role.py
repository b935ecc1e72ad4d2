from typing import Literal, cast

TenantUserInviteMetaProfileRole = Literal[
    "AuthZ Role User", "Enterprise Admin", "Group Admin", "Group Viewer", "Support", "Viewer"
]

TENANT_USER_INVITE_META_PROFILE_ROLE_VALUES: set[TenantUserInviteMetaProfileRole] = {
    "AuthZ Role User",
    "Enterprise Admin",
    "Group Admin",
    "Group Viewer",
    "Support",
    "Viewer",
}


def check_tenant_user_invite_meta_profile_role(value: str) -> TenantUserInviteMetaProfileRole:
    """Return `value` typed as TenantUserInviteMetaProfileRole.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against TENANT_USER_INVITE_META_PROFILE_ROLE_VALUES to tell.
    """
    return cast(TenantUserInviteMetaProfileRole, value)
