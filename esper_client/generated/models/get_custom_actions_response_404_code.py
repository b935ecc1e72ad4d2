from typing import Literal, cast

GetCustomActionsResponse404Code = Literal[404]

GET_CUSTOM_ACTIONS_RESPONSE_404_CODE_VALUES: set[GetCustomActionsResponse404Code] = {
    404,
}


def check_get_custom_actions_response_404_code(value: int) -> GetCustomActionsResponse404Code:
    """Return `value` typed as GetCustomActionsResponse404Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_CUSTOM_ACTIONS_RESPONSE_404_CODE_VALUES to tell.
    """
    return cast(GetCustomActionsResponse404Code, value)
