from typing import Literal, cast

DeleteCustomActionsResponse404Code = Literal[404]

DELETE_CUSTOM_ACTIONS_RESPONSE_404_CODE_VALUES: set[DeleteCustomActionsResponse404Code] = {
    404,
}


def check_delete_custom_actions_response_404_code(value: int) -> DeleteCustomActionsResponse404Code:
    """Return `value` typed as DeleteCustomActionsResponse404Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DELETE_CUSTOM_ACTIONS_RESPONSE_404_CODE_VALUES to tell.
    """
    return cast(DeleteCustomActionsResponse404Code, value)
