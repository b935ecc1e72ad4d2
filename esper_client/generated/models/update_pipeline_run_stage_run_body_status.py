from typing import Literal, cast

UpdatePipelineRunStageRunBodyStatus = Literal[
    "cancelled", "complete", "failure", "invalid", "pending", "processing", "queued", "running", "success", "timeout"
]

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
