from typing import Literal, cast

ApplyPolicy = Literal["ALWAYS APPLY", "IGNORE", "PROVISION ONLY"]

APPLY_POLICY_VALUES: set[ApplyPolicy] = {
    "ALWAYS APPLY",
    "IGNORE",
    "PROVISION ONLY",
}


def check_apply_policy(value: str) -> ApplyPolicy:
    """Return `value` typed as ApplyPolicy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPLY_POLICY_VALUES to tell.
    """
    return cast(ApplyPolicy, value)
