"""Field to sort by; a leading '-' sorts in descending order."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GetPipelineStageTargetRunsOrdering = Literal["-status", "status"]
else:
    GetPipelineStageTargetRunsOrdering = _rt.documented_literal(Literal["-status", "status"], __doc__)

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
