from typing import Literal, cast

GetScriptsResponse403Code = Literal[403]

GET_SCRIPTS_RESPONSE_403_CODE_VALUES: set[GetScriptsResponse403Code] = {
    403,
}


def check_get_scripts_response_403_code(value: int) -> GetScriptsResponse403Code:
    """Return `value` typed as GetScriptsResponse403Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_SCRIPTS_RESPONSE_403_CODE_VALUES to tell.
    """
    return cast(GetScriptsResponse403Code, value)
