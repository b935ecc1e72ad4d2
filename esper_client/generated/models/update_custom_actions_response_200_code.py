from typing import Literal, cast

UpdateCustomActionsResponse200Code = Literal[200]

UPDATE_CUSTOM_ACTIONS_RESPONSE_200_CODE_VALUES: set[UpdateCustomActionsResponse200Code] = {
    200,
}


def check_update_custom_actions_response_200_code(value: int) -> UpdateCustomActionsResponse200Code:
    """Return `value` typed as UpdateCustomActionsResponse200Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against UPDATE_CUSTOM_ACTIONS_RESPONSE_200_CODE_VALUES to tell.
    """
    return cast(UpdateCustomActionsResponse200Code, value)
