"""The kind of device the icon shows."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    AddTileIconBodyCategory = Literal["digital_signage", "kiosk", "mobile", "pos", "rugged", "tablet"]
else:
    AddTileIconBodyCategory = _rt.documented_literal(
        Literal["digital_signage", "kiosk", "mobile", "pos", "rugged", "tablet"], __doc__
    )

ADD_TILE_ICON_BODY_CATEGORY_VALUES: set[AddTileIconBodyCategory] = {
    "digital_signage",
    "kiosk",
    "mobile",
    "pos",
    "rugged",
    "tablet",
}


def check_add_tile_icon_body_category(value: str) -> AddTileIconBodyCategory:
    """Return `value` typed as AddTileIconBodyCategory.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ADD_TILE_ICON_BODY_CATEGORY_VALUES to tell.
    """
    return cast(AddTileIconBodyCategory, value)
