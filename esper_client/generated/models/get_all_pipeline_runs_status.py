"""Only runs with this status."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
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
else:
    GetAllPipelineRunsStatus = _rt.documented_literal(
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
            "waiting",
        ],
        __doc__,
    )

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
