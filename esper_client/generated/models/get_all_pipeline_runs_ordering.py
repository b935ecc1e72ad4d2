"""Field to sort by; a leading '-' sorts in descending order."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GetAllPipelineRunsOrdering = Literal[
        "-ended_at",
        "-pipeline__name",
        "-run_number",
        "-started_at",
        "-status",
        "ended_at",
        "pipeline__name",
        "run_number",
        "started_at",
        "status",
    ]
else:
    GetAllPipelineRunsOrdering = _rt.documented_literal(
        Literal[
            "-ended_at",
            "-pipeline__name",
            "-run_number",
            "-started_at",
            "-status",
            "ended_at",
            "pipeline__name",
            "run_number",
            "started_at",
            "status",
        ],
        __doc__,
    )

GET_ALL_PIPELINE_RUNS_ORDERING_VALUES: set[GetAllPipelineRunsOrdering] = {
    "-ended_at",
    "-pipeline__name",
    "-run_number",
    "-started_at",
    "-status",
    "ended_at",
    "pipeline__name",
    "run_number",
    "started_at",
    "status",
}


def check_get_all_pipeline_runs_ordering(value: str) -> GetAllPipelineRunsOrdering:
    """Return `value` typed as GetAllPipelineRunsOrdering.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_ALL_PIPELINE_RUNS_ORDERING_VALUES to tell.
    """
    return cast(GetAllPipelineRunsOrdering, value)
