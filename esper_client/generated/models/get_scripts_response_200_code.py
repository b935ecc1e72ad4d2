from typing import Literal, cast

GetScriptsResponse200Code = Literal[200]

GET_SCRIPTS_RESPONSE_200_CODE_VALUES: set[GetScriptsResponse200Code] = {
    200,
}


def check_get_scripts_response_200_code(value: int) -> GetScriptsResponse200Code:
    """Return `value` typed as GetScriptsResponse200Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_SCRIPTS_RESPONSE_200_CODE_VALUES to tell.
    """
    return cast(GetScriptsResponse200Code, value)
