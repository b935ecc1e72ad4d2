from typing import Literal, cast

ConvergeStatus = Literal["FAILURE", "IN_PROGRESS", "PROCESSING", "QUEUED", "SUCCESS"]

CONVERGE_STATUS_VALUES: set[ConvergeStatus] = {
    "FAILURE",
    "IN_PROGRESS",
    "PROCESSING",
    "QUEUED",
    "SUCCESS",
}


def check_converge_status(value: str) -> ConvergeStatus:
    """Return `value` typed as ConvergeStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CONVERGE_STATUS_VALUES to tell.
    """
    return cast(ConvergeStatus, value)
