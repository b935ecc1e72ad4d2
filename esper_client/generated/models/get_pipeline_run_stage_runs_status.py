"""Only stage runs with this status."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GetPipelineRunStageRunsStatus = Literal[
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
    ]
else:
    GetPipelineRunStageRunsStatus = _rt.documented_literal(
        Literal[
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
        ],
        __doc__,
    )

GET_PIPELINE_RUN_STAGE_RUNS_STATUS_VALUES: set[GetPipelineRunStageRunsStatus] = {
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


def check_get_pipeline_run_stage_runs_status(value: str) -> GetPipelineRunStageRunsStatus:
    """Return `value` typed as GetPipelineRunStageRunsStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_PIPELINE_RUN_STAGE_RUNS_STATUS_VALUES to tell.
    """
    return cast(GetPipelineRunStageRunsStatus, value)
