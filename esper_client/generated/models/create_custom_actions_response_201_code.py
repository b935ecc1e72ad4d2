from typing import Literal, cast

CreateCustomActionsResponse201Code = Literal[201]

CREATE_CUSTOM_ACTIONS_RESPONSE_201_CODE_VALUES: set[CreateCustomActionsResponse201Code] = {
    201,
}


def check_create_custom_actions_response_201_code(value: int) -> CreateCustomActionsResponse201Code:
    """Return `value` typed as CreateCustomActionsResponse201Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CREATE_CUSTOM_ACTIONS_RESPONSE_201_CODE_VALUES to tell.
    """
    return cast(CreateCustomActionsResponse201Code, value)
