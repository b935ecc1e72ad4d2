from typing import Literal, cast

UpdateCustomActionsResponse404Code = Literal[404]

UPDATE_CUSTOM_ACTIONS_RESPONSE_404_CODE_VALUES: set[UpdateCustomActionsResponse404Code] = {
    404,
}


def check_update_custom_actions_response_404_code(value: int) -> UpdateCustomActionsResponse404Code:
    """Return `value` typed as UpdateCustomActionsResponse404Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against UPDATE_CUSTOM_ACTIONS_RESPONSE_404_CODE_VALUES to tell.
    """
    return cast(UpdateCustomActionsResponse404Code, value)
