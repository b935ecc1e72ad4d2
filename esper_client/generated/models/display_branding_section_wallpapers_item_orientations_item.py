from typing import Literal, cast

DisplayBrandingSectionWallpapersItemOrientationsItem = Literal["LANDSCAPE", "PORTRAIT"]

DISPLAY_BRANDING_SECTION_WALLPAPERS_ITEM_ORIENTATIONS_ITEM_VALUES: set[
    DisplayBrandingSectionWallpapersItemOrientationsItem
] = {
    "LANDSCAPE",
    "PORTRAIT",
}


def check_display_branding_section_wallpapers_item_orientations_item(
    value: str,
) -> DisplayBrandingSectionWallpapersItemOrientationsItem:
    """Return `value` typed as DisplayBrandingSectionWallpapersItemOrientationsItem.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DISPLAY_BRANDING_SECTION_WALLPAPERS_ITEM_ORIENTATIONS_ITEM_VALUES to tell.
    """
    return cast(DisplayBrandingSectionWallpapersItemOrientationsItem, value)
