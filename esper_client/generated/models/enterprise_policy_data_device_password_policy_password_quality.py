from typing import Literal, cast

EnterprisePolicyDataDevicePasswordPolicyPasswordQuality = Literal[
    "PASSWORD_QUALITY_ALPHABETIC",
    "PASSWORD_QUALITY_ALPHANUMERIC",
    "PASSWORD_QUALITY_BIOMETRIC_WEAK",
    "PASSWORD_QUALITY_COMPLEX",
    "PASSWORD_QUALITY_NUMERIC",
    "PASSWORD_QUALITY_NUMERIC_COMPLEX",
    "PASSWORD_QUALITY_SOMETHING",
    "PASSWORD_QUALITY_UNSPECIFIED",
]

ENTERPRISE_POLICY_DATA_DEVICE_PASSWORD_POLICY_PASSWORD_QUALITY_VALUES: set[
    EnterprisePolicyDataDevicePasswordPolicyPasswordQuality
] = {
    "PASSWORD_QUALITY_ALPHABETIC",
    "PASSWORD_QUALITY_ALPHANUMERIC",
    "PASSWORD_QUALITY_BIOMETRIC_WEAK",
    "PASSWORD_QUALITY_COMPLEX",
    "PASSWORD_QUALITY_NUMERIC",
    "PASSWORD_QUALITY_NUMERIC_COMPLEX",
    "PASSWORD_QUALITY_SOMETHING",
    "PASSWORD_QUALITY_UNSPECIFIED",
}


def check_enterprise_policy_data_device_password_policy_password_quality(
    value: str,
) -> EnterprisePolicyDataDevicePasswordPolicyPasswordQuality:
    """Return `value` typed as EnterprisePolicyDataDevicePasswordPolicyPasswordQuality.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ENTERPRISE_POLICY_DATA_DEVICE_PASSWORD_POLICY_PASSWORD_QUALITY_VALUES to tell.
    """
    return cast(EnterprisePolicyDataDevicePasswordPolicyPasswordQuality, value)
