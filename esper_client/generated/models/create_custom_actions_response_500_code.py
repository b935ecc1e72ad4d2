from typing import Literal, cast

CreateCustomActionsResponse500Code = Literal[500]

CREATE_CUSTOM_ACTIONS_RESPONSE_500_CODE_VALUES: set[CreateCustomActionsResponse500Code] = {
    500,
}


def check_create_custom_actions_response_500_code(value: int) -> CreateCustomActionsResponse500Code:
    """Return `value` typed as CreateCustomActionsResponse500Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CREATE_CUSTOM_ACTIONS_RESPONSE_500_CODE_VALUES to tell.
    """
    return cast(CreateCustomActionsResponse500Code, value)
