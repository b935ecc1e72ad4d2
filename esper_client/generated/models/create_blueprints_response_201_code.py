from typing import Literal, cast

CreateBlueprintsResponse201Code = Literal[201]

CREATE_BLUEPRINTS_RESPONSE_201_CODE_VALUES: set[CreateBlueprintsResponse201Code] = {
    201,
}


def check_create_blueprints_response_201_code(value: int) -> CreateBlueprintsResponse201Code:
    """Return `value` typed as CreateBlueprintsResponse201Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CREATE_BLUEPRINTS_RESPONSE_201_CODE_VALUES to tell.
    """
    return cast(CreateBlueprintsResponse201Code, value)
