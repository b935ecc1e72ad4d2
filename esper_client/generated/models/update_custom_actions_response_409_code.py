from typing import Literal, cast

UpdateCustomActionsResponse409Code = Literal[409]

UPDATE_CUSTOM_ACTIONS_RESPONSE_409_CODE_VALUES: set[UpdateCustomActionsResponse409Code] = {
    409,
}


def check_update_custom_actions_response_409_code(value: int) -> UpdateCustomActionsResponse409Code:
    """Return `value` typed as UpdateCustomActionsResponse409Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against UPDATE_CUSTOM_ACTIONS_RESPONSE_409_CODE_VALUES to tell.
    """
    return cast(UpdateCustomActionsResponse409Code, value)
