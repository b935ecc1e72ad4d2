from typing import Literal, cast

TargetRunStatus = Literal[
    "cancelled",
    "complete",
    "dispatched",
    "failure",
    "invalid",
    "pending",
    "processing",
    "queued",
    "running",
    "success",
    "timeout",
]

TARGET_RUN_STATUS_VALUES: set[TargetRunStatus] = {
    "cancelled",
    "complete",
    "dispatched",
    "failure",
    "invalid",
    "pending",
    "processing",
    "queued",
    "running",
    "success",
    "timeout",
}


def check_target_run_status(value: str) -> TargetRunStatus:
    """Return `value` typed as TargetRunStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against TARGET_RUN_STATUS_VALUES to tell.
    """
    return cast(TargetRunStatus, value)
