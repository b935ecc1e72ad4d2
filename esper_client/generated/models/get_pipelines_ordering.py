from typing import Literal, cast

GetPipelinesOrdering = Literal["-name", "name"]

GET_PIPELINES_ORDERING_VALUES: set[GetPipelinesOrdering] = {
    "-name",
    "name",
}


def check_get_pipelines_ordering(value: str) -> GetPipelinesOrdering:
    """Return `value` typed as GetPipelinesOrdering.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_PIPELINES_ORDERING_VALUES to tell.
    """
    return cast(GetPipelinesOrdering, value)
