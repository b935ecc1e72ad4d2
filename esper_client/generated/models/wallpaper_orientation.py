from typing import Literal, cast

WallpaperOrientation = Literal["landscape", "portrait"]

WALLPAPER_ORIENTATION_VALUES: set[WallpaperOrientation] = {
    "landscape",
    "portrait",
}


def check_wallpaper_orientation(value: str) -> WallpaperOrientation:
    """Return `value` typed as WallpaperOrientation.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against WALLPAPER_ORIENTATION_VALUES to tell.
    """
    return cast(WallpaperOrientation, value)
