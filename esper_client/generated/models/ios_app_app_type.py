from typing import Literal, cast

IosAppAppType = Literal["ESPER_IOS", "PRELOADED", "TENANT_IOS", "VPP", "WEBCLIP"]

IOS_APP_APP_TYPE_VALUES: set[IosAppAppType] = {
    "ESPER_IOS",
    "PRELOADED",
    "TENANT_IOS",
    "VPP",
    "WEBCLIP",
}


def check_ios_app_app_type(value: str) -> IosAppAppType:
    """Return `value` typed as IosAppAppType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against IOS_APP_APP_TYPE_VALUES to tell.
    """
    return cast(IosAppAppType, value)
