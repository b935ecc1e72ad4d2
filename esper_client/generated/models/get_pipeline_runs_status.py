from typing import Literal, cast

GetPipelineRunsStatus = Literal[
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

GET_PIPELINE_RUNS_STATUS_VALUES: set[GetPipelineRunsStatus] = {
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


def check_get_pipeline_runs_status(value: str) -> GetPipelineRunsStatus:
    """Return `value` typed as GetPipelineRunsStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_PIPELINE_RUNS_STATUS_VALUES to tell.
    """
    return cast(GetPipelineRunsStatus, value)
