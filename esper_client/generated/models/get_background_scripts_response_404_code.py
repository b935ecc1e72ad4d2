from typing import Literal, cast

GetBackgroundScriptsResponse404Code = Literal[404]

GET_BACKGROUND_SCRIPTS_RESPONSE_404_CODE_VALUES: set[GetBackgroundScriptsResponse404Code] = {
    404,
}


def check_get_background_scripts_response_404_code(value: int) -> GetBackgroundScriptsResponse404Code:
    """Return `value` typed as GetBackgroundScriptsResponse404Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_BACKGROUND_SCRIPTS_RESPONSE_404_CODE_VALUES to tell.
    """
    return cast(GetBackgroundScriptsResponse404Code, value)
