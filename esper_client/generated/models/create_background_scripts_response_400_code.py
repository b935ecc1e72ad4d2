from typing import Literal, cast

CreateBackgroundScriptsResponse400Code = Literal[400]

CREATE_BACKGROUND_SCRIPTS_RESPONSE_400_CODE_VALUES: set[CreateBackgroundScriptsResponse400Code] = {
    400,
}


def check_create_background_scripts_response_400_code(value: int) -> CreateBackgroundScriptsResponse400Code:
    """Return `value` typed as CreateBackgroundScriptsResponse400Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CREATE_BACKGROUND_SCRIPTS_RESPONSE_400_CODE_VALUES to tell.
    """
    return cast(CreateBackgroundScriptsResponse400Code, value)
