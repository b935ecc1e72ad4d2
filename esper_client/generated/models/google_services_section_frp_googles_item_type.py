from typing import Literal, cast

GoogleServicesSectionFrpGooglesItemType = Literal["ADMIN", "USER"]

GOOGLE_SERVICES_SECTION_FRP_GOOGLES_ITEM_TYPE_VALUES: set[GoogleServicesSectionFrpGooglesItemType] = {
    "ADMIN",
    "USER",
}


def check_google_services_section_frp_googles_item_type(value: str) -> GoogleServicesSectionFrpGooglesItemType:
    """Return `value` typed as GoogleServicesSectionFrpGooglesItemType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GOOGLE_SERVICES_SECTION_FRP_GOOGLES_ITEM_TYPE_VALUES to tell.
    """
    return cast(GoogleServicesSectionFrpGooglesItemType, value)
