from typing import Literal, cast

CreateCustomActionsResponse400Code = Literal[400]

CREATE_CUSTOM_ACTIONS_RESPONSE_400_CODE_VALUES: set[CreateCustomActionsResponse400Code] = {
    400,
}


def check_create_custom_actions_response_400_code(value: int) -> CreateCustomActionsResponse400Code:
    """Return `value` typed as CreateCustomActionsResponse400Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CREATE_CUSTOM_ACTIONS_RESPONSE_400_CODE_VALUES to tell.
    """
    return cast(CreateCustomActionsResponse400Code, value)
