from typing import Literal, cast

ListCommandRequestsSchedule = Literal["IMMEDIATE", "RECURRING", "WINDOW"]

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
