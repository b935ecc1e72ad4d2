"""Only target runs with this status."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GetPipelineStageTargetRunsStatus = Literal[
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
else:
    GetPipelineStageTargetRunsStatus = _rt.documented_literal(
        Literal[
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
        ],
        __doc__,
    )

GET_PIPELINE_STAGE_TARGET_RUNS_STATUS_VALUES: set[GetPipelineStageTargetRunsStatus] = {
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


def check_get_pipeline_stage_target_runs_status(value: str) -> GetPipelineStageTargetRunsStatus:
    """Return `value` typed as GetPipelineStageTargetRunsStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_PIPELINE_STAGE_TARGET_RUNS_STATUS_VALUES to tell.
    """
    return cast(GetPipelineStageTargetRunsStatus, value)
