"""Release track the version is published on."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    PatchAppVersionBodyReleaseTrack = Literal["Alpha", "Beta", "Production"]
else:
    PatchAppVersionBodyReleaseTrack = _rt.documented_literal(Literal["Alpha", "Beta", "Production"], __doc__)

PATCH_APP_VERSION_BODY_RELEASE_TRACK_VALUES: set[PatchAppVersionBodyReleaseTrack] = {
    "Alpha",
    "Beta",
    "Production",
}


def check_patch_app_version_body_release_track(value: str) -> PatchAppVersionBodyReleaseTrack:
    """Return `value` typed as PatchAppVersionBodyReleaseTrack.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against PATCH_APP_VERSION_BODY_RELEASE_TRACK_VALUES to tell.
    """
    return cast(PatchAppVersionBodyReleaseTrack, value)
