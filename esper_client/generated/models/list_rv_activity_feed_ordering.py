"""Field to sort by; a leading '-' sorts in descending order."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ListRvActivityFeedOrdering = Literal[
        "created_at", "created_by", "device_name", "duration", "reason", "state", "updated_at", "video_quality"
    ]
else:
    ListRvActivityFeedOrdering = _rt.documented_literal(
        Literal[
            "created_at", "created_by", "device_name", "duration", "reason", "state", "updated_at", "video_quality"
        ],
        __doc__,
    )

LIST_RV_ACTIVITY_FEED_ORDERING_VALUES: set[ListRvActivityFeedOrdering] = {
    "created_at",
    "created_by",
    "device_name",
    "duration",
    "reason",
    "state",
    "updated_at",
    "video_quality",
}


def check_list_rv_activity_feed_ordering(value: str) -> ListRvActivityFeedOrdering:
    """Return `value` typed as ListRvActivityFeedOrdering.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_RV_ACTIVITY_FEED_ORDERING_VALUES to tell.
    """
    return cast(ListRvActivityFeedOrdering, value)
