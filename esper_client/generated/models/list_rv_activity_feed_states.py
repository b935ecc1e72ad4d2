"""Only sessions in this state."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ListRvActivityFeedStates = Literal["ACKNOWLEDGED", "ACTIVE", "FAILED", "INITIATED", "TERMINATED"]
else:
    ListRvActivityFeedStates = _rt.documented_literal(
        Literal["ACKNOWLEDGED", "ACTIVE", "FAILED", "INITIATED", "TERMINATED"], __doc__
    )

LIST_RV_ACTIVITY_FEED_STATES_VALUES: set[ListRvActivityFeedStates] = {
    "ACKNOWLEDGED",
    "ACTIVE",
    "FAILED",
    "INITIATED",
    "TERMINATED",
}


def check_list_rv_activity_feed_states(value: str) -> ListRvActivityFeedStates:
    """Return `value` typed as ListRvActivityFeedStates.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_RV_ACTIVITY_FEED_STATES_VALUES to tell.
    """
    return cast(ListRvActivityFeedStates, value)
