from typing import Literal, cast

EnterprisePolicyDataPermissionPolicy = Literal[
    "PERMISSION_POLICY_AUTO_DENY", "PERMISSION_POLICY_AUTO_GRANT", "PERMISSION_POLICY_PROMPT"
]

ENTERPRISE_POLICY_DATA_PERMISSION_POLICY_VALUES: set[EnterprisePolicyDataPermissionPolicy] = {
    "PERMISSION_POLICY_AUTO_DENY",
    "PERMISSION_POLICY_AUTO_GRANT",
    "PERMISSION_POLICY_PROMPT",
}


def check_enterprise_policy_data_permission_policy(value: str) -> EnterprisePolicyDataPermissionPolicy:
    """Return `value` typed as EnterprisePolicyDataPermissionPolicy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ENTERPRISE_POLICY_DATA_PERMISSION_POLICY_VALUES to tell.
    """
    return cast(EnterprisePolicyDataPermissionPolicy, value)
