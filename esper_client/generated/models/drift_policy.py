from typing import Literal, cast

DriftPolicy = Literal["CRITICAL", "IGNORE", "LOG ONLY", "MAJOR", "MINOR"]

DRIFT_POLICY_VALUES: set[DriftPolicy] = {
    "CRITICAL",
    "IGNORE",
    "LOG ONLY",
    "MAJOR",
    "MINOR",
}


def check_drift_policy(value: str) -> DriftPolicy:
    """Return `value` typed as DriftPolicy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DRIFT_POLICY_VALUES to tell.
    """
    return cast(DriftPolicy, value)
