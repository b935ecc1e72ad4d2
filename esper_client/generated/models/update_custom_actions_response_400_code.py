from typing import Literal, cast

UpdateCustomActionsResponse400Code = Literal[400]

UPDATE_CUSTOM_ACTIONS_RESPONSE_400_CODE_VALUES: set[UpdateCustomActionsResponse400Code] = {
    400,
}


def check_update_custom_actions_response_400_code(value: int) -> UpdateCustomActionsResponse400Code:
    """Return `value` typed as UpdateCustomActionsResponse400Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against UPDATE_CUSTOM_ACTIONS_RESPONSE_400_CODE_VALUES to tell.
    """
    return cast(UpdateCustomActionsResponse400Code, value)
