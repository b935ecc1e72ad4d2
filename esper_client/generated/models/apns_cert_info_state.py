from typing import Literal, cast

APNSCertInfoState = Literal["COMPLETED", "CSR_GENERATED"]

APNS_CERT_INFO_STATE_VALUES: set[APNSCertInfoState] = {
    "COMPLETED",
    "CSR_GENERATED",
}


def check_apns_cert_info_state(value: str) -> APNSCertInfoState:
    """Return `value` typed as APNSCertInfoState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APNS_CERT_INFO_STATE_VALUES to tell.
    """
    return cast(APNSCertInfoState, value)
