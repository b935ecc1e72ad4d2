"""The status to give the stage run."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    UpdatePipelineRunStageRunBodyStatus = Literal[
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
    UpdatePipelineRunStageRunBodyStatus = _rt.documented_literal(
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

UPDATE_PIPELINE_RUN_STAGE_RUN_BODY_STATUS_VALUES: set[UpdatePipelineRunStageRunBodyStatus] = {
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


def check_update_pipeline_run_stage_run_body_status(value: str) -> UpdatePipelineRunStageRunBodyStatus:
    """Return `value` typed as UpdatePipelineRunStageRunBodyStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against UPDATE_PIPELINE_RUN_STAGE_RUN_BODY_STATUS_VALUES to tell.
    """
    return cast(UpdatePipelineRunStageRunBodyStatus, value)
