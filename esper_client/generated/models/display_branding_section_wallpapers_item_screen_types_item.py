from typing import Literal, cast

DisplayBrandingSectionWallpapersItemScreenTypesItem = Literal["HOMESCREEN", "LOCKSCREEN"]

DISPLAY_BRANDING_SECTION_WALLPAPERS_ITEM_SCREEN_TYPES_ITEM_VALUES: set[
    DisplayBrandingSectionWallpapersItemScreenTypesItem
] = {
    "HOMESCREEN",
    "LOCKSCREEN",
}


def check_display_branding_section_wallpapers_item_screen_types_item(
    value: str,
) -> DisplayBrandingSectionWallpapersItemScreenTypesItem:
    """Return `value` typed as DisplayBrandingSectionWallpapersItemScreenTypesItem.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DISPLAY_BRANDING_SECTION_WALLPAPERS_ITEM_SCREEN_TYPES_ITEM_VALUES to tell.
    """
    return cast(DisplayBrandingSectionWallpapersItemScreenTypesItem, value)
