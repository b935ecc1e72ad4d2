"""Only profiles of this distribution kind."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ListProvisioningProfilesProfileType = Literal["ad-hoc", "app-store", "development", "enterprise"]
else:
    ListProvisioningProfilesProfileType = _rt.documented_literal(
        Literal["ad-hoc", "app-store", "development", "enterprise"], __doc__
    )

LIST_PROVISIONING_PROFILES_PROFILE_TYPE_VALUES: set[ListProvisioningProfilesProfileType] = {
    "ad-hoc",
    "app-store",
    "development",
    "enterprise",
}


def check_list_provisioning_profiles_profile_type(value: str) -> ListProvisioningProfilesProfileType:
    """Return `value` typed as ListProvisioningProfilesProfileType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_PROVISIONING_PROFILES_PROFILE_TYPE_VALUES to tell.
    """
    return cast(ListProvisioningProfilesProfileType, value)
