from typing import Literal, cast

DeleteBlueprintsResponse404Code = Literal["201"]

DELETE_BLUEPRINTS_RESPONSE_404_CODE_VALUES: set[DeleteBlueprintsResponse404Code] = {
    "201",
}


def check_delete_blueprints_response_404_code(value: str) -> DeleteBlueprintsResponse404Code:
    """Return `value` typed as DeleteBlueprintsResponse404Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DELETE_BLUEPRINTS_RESPONSE_404_CODE_VALUES to tell.
    """
    return cast(DeleteBlueprintsResponse404Code, value)
