from typing import Literal, cast

GetCustomActionsResponse200Code = Literal[200]

GET_CUSTOM_ACTIONS_RESPONSE_200_CODE_VALUES: set[GetCustomActionsResponse200Code] = {
    200,
}


def check_get_custom_actions_response_200_code(value: int) -> GetCustomActionsResponse200Code:
    """Return `value` typed as GetCustomActionsResponse200Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_CUSTOM_ACTIONS_RESPONSE_200_CODE_VALUES to tell.
    """
    return cast(GetCustomActionsResponse200Code, value)
