from typing import Literal, cast

StageRunStatus = Literal[
    "cancelled", "complete", "failure", "invalid", "pending", "processing", "queued", "running", "success", "timeout"
]

STAGE_RUN_STATUS_VALUES: set[StageRunStatus] = {
    "cancelled",
    "complete",
    "failure",
    "invalid",
    "pending",
    "processing",
    "queued",
    "running",
    "success",
    "timeout",
}


def check_stage_run_status(value: str) -> StageRunStatus:
    """Return `value` typed as StageRunStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against STAGE_RUN_STATUS_VALUES to tell.
    """
    return cast(StageRunStatus, value)
