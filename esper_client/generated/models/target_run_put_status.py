from typing import Literal, cast

TargetRunPUTStatus = Literal[
    "cancelled", "complete", "dispatched", "failure", "invalid", "pending", "processing", "queued", "running", "success"
]

TARGET_RUN_PUT_STATUS_VALUES: set[TargetRunPUTStatus] = {
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
}


def check_target_run_put_status(value: str) -> TargetRunPUTStatus:
    """Return `value` typed as TargetRunPUTStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against TARGET_RUN_PUT_STATUS_VALUES to tell.
    """
    return cast(TargetRunPUTStatus, value)
