from typing import Literal, cast

UpdateBlueprintsResponse400Code = Literal["3456"]

UPDATE_BLUEPRINTS_RESPONSE_400_CODE_VALUES: set[UpdateBlueprintsResponse400Code] = {
    "3456",
}


def check_update_blueprints_response_400_code(value: str) -> UpdateBlueprintsResponse400Code:
    """Return `value` typed as UpdateBlueprintsResponse400Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against UPDATE_BLUEPRINTS_RESPONSE_400_CODE_VALUES to tell.
    """
    return cast(UpdateBlueprintsResponse400Code, value)
