"""The states the API reports, and decoding of what it sends for them.

`DeviceOperationState`: the nine states of a device operation. The API reports one as an
integer (10..90), a numeric string or a name, with or without the `DEVICE_OPERATION_` prefix,
and the published description spells two names its own way (`SUCCEDED`, `FAILED`).

`CommandState`: the nine states of a Commands V2 command on one device, which the API names
in words (`Command In Progress`, `Command TimeOut`...).

`parse` on either accepts every spelling seen; anything else is an explicit `UnknownState`
(never terminal), or `errors.UnknownStateError` when strict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Literal, overload

from .errors import UnknownStateError

__all__ = ["CommandState", "DeviceOperationState", "UnknownState"]

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


class CommandState(StrEnum):
    """The state of a Commands V2 command on one device; the value is the API's own name."""

    QUEUED = "Command Queued"
    SCHEDULED = "Command Scheduled"
    INITIATED = "Command Initiated"
    ACKNOWLEDGED = "Command Acknowledged"
    IN_PROGRESS = "Command In Progress"
    SUCCESS = "Command Success"
    FAILURE = "Command Failure"
    TIMEOUT = "Command TimeOut"
    CANCELLED = "Command Cancelled"

    @property
    def is_terminal(self) -> bool:
        """True once the command can no longer change on that device."""
        return self in _TERMINAL_COMMAND_STATES

    @overload
    @classmethod
    def parse(cls, value: object, strict: Literal[True]) -> CommandState: ...

    @overload
    @classmethod
    def parse(cls, value: object, strict: bool = False) -> CommandState | UnknownState: ...

    @classmethod
    def parse(cls, value: object, strict: bool = False) -> CommandState | UnknownState:
        """Decode a command state as sent (`Command Success`, `COMMAND_SUCCESS`, `success`,
        `Command Timeout`...); unknown values give `UnknownState(value)`, or raise
        `errors.UnknownStateError` (a ValueError) when `strict`."""
        state = None
        if isinstance(value, str):
            key = _NOT_LETTERS.sub("", value.upper())
            state = _COMMAND_ALIASES.get(key.removeprefix("COMMAND") or key)
        if state is not None:
            return state
        if strict:
            raise UnknownStateError(value, "command")
        return UnknownState(value)


_NOT_LETTERS = re.compile(r"[^A-Z]")
_TERMINAL_COMMAND_STATES = frozenset(
    {CommandState.SUCCESS, CommandState.FAILURE, CommandState.TIMEOUT, CommandState.CANCELLED}
)
_COMMAND_ALIASES = {
    **{_NOT_LETTERS.sub("", member.name): member for member in CommandState},
    "SUCCEEDED": CommandState.SUCCESS,
    "SUCCESSFUL": CommandState.SUCCESS,
    "FAILED": CommandState.FAILURE,
    "TIMEDOUT": CommandState.TIMEOUT,
    "CANCELED": CommandState.CANCELLED,
}
