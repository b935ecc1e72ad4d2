from typing import Literal, cast

ProvisioningProfileUploadResponseProfileType = Literal["ad-hoc", "app-store", "development", "enterprise"]

PROVISIONING_PROFILE_UPLOAD_RESPONSE_PROFILE_TYPE_VALUES: set[ProvisioningProfileUploadResponseProfileType] = {
    "ad-hoc",
    "app-store",
    "development",
    "enterprise",
}


def check_provisioning_profile_upload_response_profile_type(value: str) -> ProvisioningProfileUploadResponseProfileType:
    """Return `value` typed as ProvisioningProfileUploadResponseProfileType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against PROVISIONING_PROFILE_UPLOAD_RESPONSE_PROFILE_TYPE_VALUES to tell.
    """
    return cast(ProvisioningProfileUploadResponseProfileType, value)
