"""UNSET: "not given" for arguments and "absent" for fields of a body (one instance)."""

from __future__ import annotations

from typing import Literal

__all__ = ["UNSET", "Unset"]


class Unset:
    """The type of UNSET. Falsy, so `if value:` reads "given and truthy"."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # one instance, also after pickling: `x is UNSET` keeps working


UNSET: Unset = Unset()
