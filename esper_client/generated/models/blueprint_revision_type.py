from typing import Literal, cast

BlueprintRevisionType = Literal["Independent", "Inherited"]

BLUEPRINT_REVISION_TYPE_VALUES: set[BlueprintRevisionType] = {
    "Independent",
    "Inherited",
}


def check_blueprint_revision_type(value: str) -> BlueprintRevisionType:
    """Return `value` typed as BlueprintRevisionType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against BLUEPRINT_REVISION_TYPE_VALUES to tell.
    """
    return cast(BlueprintRevisionType, value)
