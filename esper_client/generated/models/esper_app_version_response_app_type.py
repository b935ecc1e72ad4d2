from typing import Literal, cast

EsperAppVersionResponseAppType = Literal["ESPER_ANDROID", "ESPER_IOS", "ESPER_LINUX", "ESPER_WINDOWS", "TENANT_IOS"]

ESPER_APP_VERSION_RESPONSE_APP_TYPE_VALUES: set[EsperAppVersionResponseAppType] = {
    "ESPER_ANDROID",
    "ESPER_IOS",
    "ESPER_LINUX",
    "ESPER_WINDOWS",
    "TENANT_IOS",
}


def check_esper_app_version_response_app_type(value: str) -> EsperAppVersionResponseAppType:
    """Return `value` typed as EsperAppVersionResponseAppType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ESPER_APP_VERSION_RESPONSE_APP_TYPE_VALUES to tell.
    """
    return cast(EsperAppVersionResponseAppType, value)
