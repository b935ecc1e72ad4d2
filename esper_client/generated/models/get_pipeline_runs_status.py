"""Only runs with this status."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GetPipelineRunsStatus = Literal[
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
    GetPipelineRunsStatus = _rt.documented_literal(
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

GET_PIPELINE_RUNS_STATUS_VALUES: set[GetPipelineRunsStatus] = {
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


def check_get_pipeline_runs_status(value: str) -> GetPipelineRunsStatus:
    """Return `value` typed as GetPipelineRunsStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_PIPELINE_RUNS_STATUS_VALUES to tell.
    """
    return cast(GetPipelineRunsStatus, value)
