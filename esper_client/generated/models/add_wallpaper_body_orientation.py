from typing import Literal, cast

AddWallpaperBodyOrientation = Literal["landscape", "portrait"]

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
