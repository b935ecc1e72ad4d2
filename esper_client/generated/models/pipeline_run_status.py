from typing import Literal, cast

PipelineRunStatus = Literal[
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
    "waiting",
]

PIPELINE_RUN_STATUS_VALUES: set[PipelineRunStatus] = {
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
    "waiting",
}


def check_pipeline_run_status(value: str) -> PipelineRunStatus:
    """Return `value` typed as PipelineRunStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against PIPELINE_RUN_STATUS_VALUES to tell.
    """
    return cast(PipelineRunStatus, value)
