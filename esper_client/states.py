"""DeviceOperationState: the nine states of a device operation, and decoding of what the API sends.

The API reports a device operation's state as an integer (10..90), a numeric string or a
name, with or without the `DEVICE_OPERATION_` prefix, and the published description spells
two names its own way (`SUCCEDED`, `FAILED`). `DeviceOperationState.parse` accepts all of
these; anything else is an explicit `UnknownState`, or `errors.UnknownStateError` when strict.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Literal, overload

from .errors import UnknownStateError

__all__ = ["DeviceOperationState", "UnknownState"]

_PREFIX = "DEVICE_OPERATION_"


@dataclass(frozen=True, slots=True)
class UnknownState:
    """A state value the client does not know (e.g. from a newer server), kept as sent."""

    raw: object

    @property
    def is_terminal(self) -> bool:
        # Unknown is not proof of being done: a waiter keeps polling until its timeout.
        return False


class DeviceOperationState(IntEnum):
    """A device operation's state; the integer is what the `state` query filter takes."""

    CREATED = 10
    INITIATED = 20
    DISPATCHED = 30
    PROCESSING = 40
    SUCCESS = 50
    FAILURE = 60
    CANCELLED = 70
    TIMEOUT = 80
    COMPLETED = 90

    @property
    def is_terminal(self) -> bool:
        """True once the state can no longer change."""
        return self >= DeviceOperationState.SUCCESS

    @overload
    @classmethod
    def parse(cls, value: object, strict: Literal[True]) -> DeviceOperationState: ...

    @overload
    @classmethod
    def parse(cls, value: object, strict: bool = False) -> DeviceOperationState | UnknownState: ...

    @classmethod
    def parse(cls, value: object, strict: bool = False) -> DeviceOperationState | UnknownState:
        """Decode an API state value; unknown values give `UnknownState(value)`, or raise
        `errors.UnknownStateError` (a ValueError) when `strict`."""
        state = _decode(value)
        if state is not None:
            return state
        if strict:
            raise UnknownStateError(value)
        return UnknownState(value)


_ALIASES = {
    **{member.name: member for member in DeviceOperationState},
    "SUCCEDED": DeviceOperationState.SUCCESS,  # sic, as in the published description
    "SUCCEEDED": DeviceOperationState.SUCCESS,
    "FAILED": DeviceOperationState.FAILURE,
    "CANCELED": DeviceOperationState.CANCELLED,
}


def _decode(value: object) -> DeviceOperationState | None:
    if isinstance(value, bool):  # a bool is an int to Python, never a state to the API
        return None
    if isinstance(value, str):
        text = value.strip().upper()
        if text.isdecimal():
            try:
                value = int(text)
            except ValueError:  # more digits than int() may convert: no state anyway
                return None
        else:
            return _ALIASES.get(text.removeprefix(_PREFIX))
    if isinstance(value, int):
        try:
            return DeviceOperationState(value)
        except ValueError:
            return None
    return None
