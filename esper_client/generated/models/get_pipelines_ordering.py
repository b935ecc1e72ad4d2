"""Field to sort by; a leading '-' sorts in descending order."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GetPipelinesOrdering = Literal["-name", "name"]
else:
    GetPipelinesOrdering = _rt.documented_literal(Literal["-name", "name"], __doc__)

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
