from typing import Literal, cast

DeleteCustomActionsResponse400Code = Literal[400]

DELETE_CUSTOM_ACTIONS_RESPONSE_400_CODE_VALUES: set[DeleteCustomActionsResponse400Code] = {
    400,
}


def check_delete_custom_actions_response_400_code(value: int) -> DeleteCustomActionsResponse400Code:
    """Return `value` typed as DeleteCustomActionsResponse400Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DELETE_CUSTOM_ACTIONS_RESPONSE_400_CODE_VALUES to tell.
    """
    return cast(DeleteCustomActionsResponse400Code, value)
