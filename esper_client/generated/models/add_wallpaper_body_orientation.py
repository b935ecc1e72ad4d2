"""The screen orientation the image is made for."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    AddWallpaperBodyOrientation = Literal["landscape", "portrait"]
else:
    AddWallpaperBodyOrientation = _rt.documented_literal(Literal["landscape", "portrait"], __doc__)

ADD_WALLPAPER_BODY_ORIENTATION_VALUES: set[AddWallpaperBodyOrientation] = {
    "landscape",
    "portrait",
}


def check_add_wallpaper_body_orientation(value: str) -> AddWallpaperBodyOrientation:
    """Return `value` typed as AddWallpaperBodyOrientation.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ADD_WALLPAPER_BODY_ORIENTATION_VALUES to tell.
    """
    return cast(AddWallpaperBodyOrientation, value)
