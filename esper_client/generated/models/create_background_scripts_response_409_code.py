from typing import Literal, cast

CreateBackgroundScriptsResponse409Code = Literal[409]

CREATE_BACKGROUND_SCRIPTS_RESPONSE_409_CODE_VALUES: set[CreateBackgroundScriptsResponse409Code] = {
    409,
}


def check_create_background_scripts_response_409_code(value: int) -> CreateBackgroundScriptsResponse409Code:
    """Return `value` typed as CreateBackgroundScriptsResponse409Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CREATE_BACKGROUND_SCRIPTS_RESPONSE_409_CODE_VALUES to tell.
    """
    return cast(CreateBackgroundScriptsResponse409Code, value)
