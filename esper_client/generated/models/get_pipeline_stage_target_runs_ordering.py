from typing import Literal, cast

GetPipelineStageTargetRunsOrdering = Literal["-status", "status"]

GET_PIPELINE_STAGE_TARGET_RUNS_ORDERING_VALUES: set[GetPipelineStageTargetRunsOrdering] = {
    "-status",
    "status",
}


def check_get_pipeline_stage_target_runs_ordering(value: str) -> GetPipelineStageTargetRunsOrdering:
    """Return `value` typed as GetPipelineStageTargetRunsOrdering.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_PIPELINE_STAGE_TARGET_RUNS_ORDERING_VALUES to tell.
    """
    return cast(GetPipelineStageTargetRunsOrdering, value)
