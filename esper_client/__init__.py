"""A typed client for the Esper device-management API.

Public names load on first use (module `__getattr__`), so `import esper_client` imports
neither httpx nor any generated module: scripts and CLIs that only need one model stay fast.
"""

from __future__ import annotations

# Not `from typing import TYPE_CHECKING`: importing typing alone would cost more than the
# rest of this module. Type checkers treat this name specially all the same.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from . import errors
    from ._client import EsperClient
    from ._decoding import Deviation, deviations
    from ._retry import RetryPolicy
    from .bulk import BulkOutcome, run_bulk
    from .pagination import apaginate, paginate
    from .states import CommandState, DeviceOperationState, UnknownState
    from .waiting import (
        async_wait_for_command,
        async_wait_for_device_operation,
        wait_for_command,
        wait_for_device_operation,
    )

__all__ = [
    "BulkOutcome",
    "CommandState",
    "Deviation",
    "DeviceOperationState",
    "EsperClient",
    "RetryPolicy",
    "UnknownState",
    "apaginate",
    "async_wait_for_command",
    "async_wait_for_device_operation",
    "deviations",
    "errors",
    "paginate",
    "run_bulk",
    "wait_for_command",
    "wait_for_device_operation",
]

# public name -> the module that defines it
_HOMES = {
    "BulkOutcome": ".bulk",
    "CommandState": ".states",
    "DeviceOperationState": ".states",
    "Deviation": "._decoding",
    "EsperClient": "._client",
    "RetryPolicy": "._retry",
    "UnknownState": ".states",
    "apaginate": ".pagination",
    "async_wait_for_command": ".waiting",
    "async_wait_for_device_operation": ".waiting",
    "deviations": "._decoding",
    "paginate": ".pagination",
    "run_bulk": ".bulk",
    "wait_for_command": ".waiting",
    "wait_for_device_operation": ".waiting",
}


def __getattr__(name: str) -> Any:
    from importlib import import_module

    if name == "errors":
        return import_module(".errors", __name__)
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
