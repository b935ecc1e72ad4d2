from typing import Literal, cast

CreateCustomActionsResponse409Code = Literal[409]

CREATE_CUSTOM_ACTIONS_RESPONSE_409_CODE_VALUES: set[CreateCustomActionsResponse409Code] = {
    409,
}


def check_create_custom_actions_response_409_code(value: int) -> CreateCustomActionsResponse409Code:
    """Return `value` typed as CreateCustomActionsResponse409Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CREATE_CUSTOM_ACTIONS_RESPONSE_409_CODE_VALUES to tell.
    """
    return cast(CreateCustomActionsResponse409Code, value)
