from typing import Literal, cast

GetScriptsResponse404Code = Literal[404]

GET_SCRIPTS_RESPONSE_404_CODE_VALUES: set[GetScriptsResponse404Code] = {
    404,
}


def check_get_scripts_response_404_code(value: int) -> GetScriptsResponse404Code:
    """Return `value` typed as GetScriptsResponse404Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_SCRIPTS_RESPONSE_404_CODE_VALUES to tell.
    """
    return cast(GetScriptsResponse404Code, value)
