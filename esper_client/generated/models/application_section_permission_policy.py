from typing import Literal, cast

ApplicationSectionPermissionPolicy = Literal[
    "PERMISSION_POLICY_AUTO_DENY", "PERMISSION_POLICY_AUTO_GRANT", "PERMISSION_POLICY_PROMPT"
]

APPLICATION_SECTION_PERMISSION_POLICY_VALUES: set[ApplicationSectionPermissionPolicy] = {
    "PERMISSION_POLICY_AUTO_DENY",
    "PERMISSION_POLICY_AUTO_GRANT",
    "PERMISSION_POLICY_PROMPT",
}


def check_application_section_permission_policy(value: str) -> ApplicationSectionPermissionPolicy:
    """Return `value` typed as ApplicationSectionPermissionPolicy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLICATION_SECTION_PERMISSION_POLICY_VALUES to tell.
    """
    return cast(ApplicationSectionPermissionPolicy, value)
