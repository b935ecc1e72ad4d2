from typing import Literal, cast

UpdateBlueprintsResponse404Code = Literal["3456"]

UPDATE_BLUEPRINTS_RESPONSE_404_CODE_VALUES: set[UpdateBlueprintsResponse404Code] = {
    "3456",
}


def check_update_blueprints_response_404_code(value: str) -> UpdateBlueprintsResponse404Code:
    """Return `value` typed as UpdateBlueprintsResponse404Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against UPDATE_BLUEPRINTS_RESPONSE_404_CODE_VALUES to tell.
    """
    return cast(UpdateBlueprintsResponse404Code, value)
