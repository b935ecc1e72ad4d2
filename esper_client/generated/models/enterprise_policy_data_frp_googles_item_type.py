from typing import Literal, cast

EnterprisePolicyDataFrpGooglesItemType = Literal["ADMIN", "USER"]

ENTERPRISE_POLICY_DATA_FRP_GOOGLES_ITEM_TYPE_VALUES: set[EnterprisePolicyDataFrpGooglesItemType] = {
    "ADMIN",
    "USER",
}


def check_enterprise_policy_data_frp_googles_item_type(value: str) -> EnterprisePolicyDataFrpGooglesItemType:
    """Return `value` typed as EnterprisePolicyDataFrpGooglesItemType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ENTERPRISE_POLICY_DATA_FRP_GOOGLES_ITEM_TYPE_VALUES to tell.
    """
    return cast(EnterprisePolicyDataFrpGooglesItemType, value)
