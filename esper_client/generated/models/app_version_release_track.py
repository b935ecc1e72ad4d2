from typing import Literal, cast

AppVersionReleaseTrack = Literal["Alpha", "Beta", "Production"]

APP_VERSION_RELEASE_TRACK_VALUES: set[AppVersionReleaseTrack] = {
    "Alpha",
    "Beta",
    "Production",
}


def check_app_version_release_track(value: str) -> AppVersionReleaseTrack:
    """Return `value` typed as AppVersionReleaseTrack.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_VERSION_RELEASE_TRACK_VALUES to tell.
    """
    return cast(AppVersionReleaseTrack, value)
