from typing import Literal, cast

EnterprisePolicyDataPhonePolicyDialer = Literal["DEFAULT", "SHOONYA"]

ENTERPRISE_POLICY_DATA_PHONE_POLICY_DIALER_VALUES: set[EnterprisePolicyDataPhonePolicyDialer] = {
    "DEFAULT",
    "SHOONYA",
}


def check_enterprise_policy_data_phone_policy_dialer(value: str) -> EnterprisePolicyDataPhonePolicyDialer:
    """Return `value` typed as EnterprisePolicyDataPhonePolicyDialer.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ENTERPRISE_POLICY_DATA_PHONE_POLICY_DIALER_VALUES to tell.
    """
    return cast(EnterprisePolicyDataPhonePolicyDialer, value)
