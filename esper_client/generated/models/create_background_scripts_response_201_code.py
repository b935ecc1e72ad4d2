from typing import Literal, cast

CreateBackgroundScriptsResponse201Code = Literal[201]

CREATE_BACKGROUND_SCRIPTS_RESPONSE_201_CODE_VALUES: set[CreateBackgroundScriptsResponse201Code] = {
    201,
}


def check_create_background_scripts_response_201_code(value: int) -> CreateBackgroundScriptsResponse201Code:
    """Return `value` typed as CreateBackgroundScriptsResponse201Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CREATE_BACKGROUND_SCRIPTS_RESPONSE_201_CODE_VALUES to tell.
    """
    return cast(CreateBackgroundScriptsResponse201Code, value)
