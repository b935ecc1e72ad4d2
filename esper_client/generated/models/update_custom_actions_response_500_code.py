from typing import Literal, cast

UpdateCustomActionsResponse500Code = Literal[500]

UPDATE_CUSTOM_ACTIONS_RESPONSE_500_CODE_VALUES: set[UpdateCustomActionsResponse500Code] = {
    500,
}


def check_update_custom_actions_response_500_code(value: int) -> UpdateCustomActionsResponse500Code:
    """Return `value` typed as UpdateCustomActionsResponse500Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against UPDATE_CUSTOM_ACTIONS_RESPONSE_500_CODE_VALUES to tell.
    """
    return cast(UpdateCustomActionsResponse500Code, value)
