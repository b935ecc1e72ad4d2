from typing import Literal, cast

GetBackgroundScriptsResponse200Code = Literal[200]

GET_BACKGROUND_SCRIPTS_RESPONSE_200_CODE_VALUES: set[GetBackgroundScriptsResponse200Code] = {
    200,
}


def check_get_background_scripts_response_200_code(value: int) -> GetBackgroundScriptsResponse200Code:
    """Return `value` typed as GetBackgroundScriptsResponse200Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_BACKGROUND_SCRIPTS_RESPONSE_200_CODE_VALUES to tell.
    """
    return cast(GetBackgroundScriptsResponse200Code, value)
