from typing import Literal, cast

CreateBlueprintsResponse400Code = Literal[400]

CREATE_BLUEPRINTS_RESPONSE_400_CODE_VALUES: set[CreateBlueprintsResponse400Code] = {
    400,
}


def check_create_blueprints_response_400_code(value: int) -> CreateBlueprintsResponse400Code:
    """Return `value` typed as CreateBlueprintsResponse400Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CREATE_BLUEPRINTS_RESPONSE_400_CODE_VALUES to tell.
    """
    return cast(CreateBlueprintsResponse400Code, value)
