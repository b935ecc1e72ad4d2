"""Field to sort by; a leading '-' sorts in descending order."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GetPipelineRunsOrdering = Literal[
        "-ended_at", "-run_number", "-started_at", "-status", "ended_at", "run_number", "started_at", "status"
    ]
else:
    GetPipelineRunsOrdering = _rt.documented_literal(
        Literal["-ended_at", "-run_number", "-started_at", "-status", "ended_at", "run_number", "started_at", "status"],
        __doc__,
    )

GET_PIPELINE_RUNS_ORDERING_VALUES: set[GetPipelineRunsOrdering] = {
    "-ended_at",
    "-run_number",
    "-started_at",
    "-status",
    "ended_at",
    "run_number",
    "started_at",
    "status",
}


def check_get_pipeline_runs_ordering(value: str) -> GetPipelineRunsOrdering:
    """Return `value` typed as GetPipelineRunsOrdering.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_PIPELINE_RUNS_ORDERING_VALUES to tell.
    """
    return cast(GetPipelineRunsOrdering, value)
