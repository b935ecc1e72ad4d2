"""The status to give the run."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    PipelineRunPUTStatus = Literal[
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
    PipelineRunPUTStatus = _rt.documented_literal(
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

PIPELINE_RUN_PUT_STATUS_VALUES: set[PipelineRunPUTStatus] = {
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


def check_pipeline_run_put_status(value: str) -> PipelineRunPUTStatus:
    """Return `value` typed as PipelineRunPUTStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against PIPELINE_RUN_PUT_STATUS_VALUES to tell.
    """
    return cast(PipelineRunPUTStatus, value)
