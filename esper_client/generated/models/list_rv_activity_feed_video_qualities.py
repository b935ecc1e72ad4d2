"""Only sessions streamed at this video quality."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ListRvActivityFeedVideoQualities = Literal["DATA_SAVER", "STANDARD"]
else:
    ListRvActivityFeedVideoQualities = _rt.documented_literal(Literal["DATA_SAVER", "STANDARD"], __doc__)

LIST_RV_ACTIVITY_FEED_VIDEO_QUALITIES_VALUES: set[ListRvActivityFeedVideoQualities] = {
    "DATA_SAVER",
    "STANDARD",
}


def check_list_rv_activity_feed_video_qualities(value: str) -> ListRvActivityFeedVideoQualities:
    """Return `value` typed as ListRvActivityFeedVideoQualities.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_RV_ACTIVITY_FEED_VIDEO_QUALITIES_VALUES to tell.
    """
    return cast(ListRvActivityFeedVideoQualities, value)
