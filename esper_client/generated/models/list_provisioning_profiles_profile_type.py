from typing import Literal, cast

ListProvisioningProfilesProfileType = Literal["ad-hoc", "app-store", "development", "enterprise"]

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
