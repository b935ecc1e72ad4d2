"""Only requests with this kind of schedule."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ListCommandRequestsSchedule = Literal["IMMEDIATE", "RECURRING", "WINDOW"]
else:
    ListCommandRequestsSchedule = _rt.documented_literal(Literal["IMMEDIATE", "RECURRING", "WINDOW"], __doc__)

LIST_COMMAND_REQUESTS_SCHEDULE_VALUES: set[ListCommandRequestsSchedule] = {
    "IMMEDIATE",
    "RECURRING",
    "WINDOW",
}


def check_list_command_requests_schedule(value: str) -> ListCommandRequestsSchedule:
    """Return `value` typed as ListCommandRequestsSchedule.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_COMMAND_REQUESTS_SCHEDULE_VALUES to tell.
    """
    return cast(ListCommandRequestsSchedule, value)
