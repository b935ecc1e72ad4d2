from typing import Literal, cast

DeleteCustomActionsResponse200Code = Literal[200]

DELETE_CUSTOM_ACTIONS_RESPONSE_200_CODE_VALUES: set[DeleteCustomActionsResponse200Code] = {
    200,
}


def check_delete_custom_actions_response_200_code(value: int) -> DeleteCustomActionsResponse200Code:
    """Return `value` typed as DeleteCustomActionsResponse200Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DELETE_CUSTOM_ACTIONS_RESPONSE_200_CODE_VALUES to tell.
    """
    return cast(DeleteCustomActionsResponse200Code, value)
