from typing import Literal, cast

DeleteCustomActionsResponse500Code = Literal[500]

DELETE_CUSTOM_ACTIONS_RESPONSE_500_CODE_VALUES: set[DeleteCustomActionsResponse500Code] = {
    500,
}


def check_delete_custom_actions_response_500_code(value: int) -> DeleteCustomActionsResponse500Code:
    """Return `value` typed as DeleteCustomActionsResponse500Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DELETE_CUSTOM_ACTIONS_RESPONSE_500_CODE_VALUES to tell.
    """
    return cast(DeleteCustomActionsResponse500Code, value)
