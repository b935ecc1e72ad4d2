from typing import Literal, cast

GetAllPipelineRunsStatus = Literal[
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

GET_ALL_PIPELINE_RUNS_STATUS_VALUES: set[GetAllPipelineRunsStatus] = {
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


def check_get_all_pipeline_runs_status(value: str) -> GetAllPipelineRunsStatus:
    """Return `value` typed as GetAllPipelineRunsStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_ALL_PIPELINE_RUNS_STATUS_VALUES to tell.
    """
    return cast(GetAllPipelineRunsStatus, value)
