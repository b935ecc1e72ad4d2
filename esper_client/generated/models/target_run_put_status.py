"""The status to give the target run."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    TargetRunPUTStatus = Literal[
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
    ]
else:
    TargetRunPUTStatus = _rt.documented_literal(
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
        ],
        __doc__,
    )

TARGET_RUN_PUT_STATUS_VALUES: set[TargetRunPUTStatus] = {
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
}


def check_target_run_put_status(value: str) -> TargetRunPUTStatus:
    """Return `value` typed as TargetRunPUTStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against TARGET_RUN_PUT_STATUS_VALUES to tell.
    """
    return cast(TargetRunPUTStatus, value)
