from typing import Literal, cast

ListCustomActionsResponse400Code = Literal[400]

LIST_CUSTOM_ACTIONS_RESPONSE_400_CODE_VALUES: set[ListCustomActionsResponse400Code] = {
    400,
}


def check_list_custom_actions_response_400_code(value: int) -> ListCustomActionsResponse400Code:
    """Return `value` typed as ListCustomActionsResponse400Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_CUSTOM_ACTIONS_RESPONSE_400_CODE_VALUES to tell.
    """
    return cast(ListCustomActionsResponse400Code, value)
