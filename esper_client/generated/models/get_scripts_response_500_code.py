from typing import Literal, cast

GetScriptsResponse500Code = Literal[500]

GET_SCRIPTS_RESPONSE_500_CODE_VALUES: set[GetScriptsResponse500Code] = {
    500,
}


def check_get_scripts_response_500_code(value: int) -> GetScriptsResponse500Code:
    """Return `value` typed as GetScriptsResponse500Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_SCRIPTS_RESPONSE_500_CODE_VALUES to tell.
    """
    return cast(GetScriptsResponse500Code, value)
