#!/usr/bin/env python3
"""esper-client end to end, against a local mock of the Esper API (Prism, on loopback).

    python examples/demo.py                     # starts the mock itself (make demo)
    python examples/demo.py --base-url URL      # an already running mock or a real tenant
                                                # (then ESPER_API_KEY and ESPER_ENTERPRISE_ID)
    python examples/demo.py --base-url URL --allow-writes   # also start the operation there

It lists devices page by page, starts an operation (a reboot of the devices it listed), reads
the operation's per-device records with their states decoded, and shows what a typed error
looks like. Against anything but a server on loopback it only reads, unless --allow-writes.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit
from uuid import UUID

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from esper_client import (  # noqa: E402
    DeviceOperationState,
    EsperClient,
    UnknownState,
    errors,
    paginate,
)
from esper_client.generated.api.device_operations import get_device_operations  # noqa: E402
from esper_client.generated.api.devices import get_all_devices  # noqa: E402
from esper_client.generated.api.operations import create_operation  # noqa: E402
from esper_client.generated.models import (  # noqa: E402
    OperationsPOST,
    OperationsPOSTOperationDeviceQuery,
)

DEMO_ENTERPRISE = "5b3ab5bc-a52f-4f1c-9ba8-ee0b0a1b7c0e"


@contextlib.contextmanager
def api_url(base_url: str | None) -> Iterator[str]:
    if base_url:
        yield base_url
        return
    import mock_server

    print("Starting the mock Esper API (Prism) on loopback...")
    with mock_server.prism() as url:
        print(f"  serving openapi/esper.yaml at {url}\n")
        yield url


def writes_allowed(base_url: str, allow_writes: bool) -> bool:
    """Writes go to a server on this machine, or anywhere when the user says so."""
    host = urlsplit(base_url).hostname or ""
    return allow_writes or host in ("127.0.0.1", "::1", "localhost")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="use this API instead of starting the mock")
    parser.add_argument(
        "--allow-writes",
        action="store_true",
        help="start the operation (a reboot) even on a server that is not on loopback",
    )
    args = parser.parse_args()

    with api_url(args.base_url) as url:
        client = EsperClient(
            api_key=os.environ.get("ESPER_API_KEY", "demo-key-not-a-secret")
            if args.base_url
            else "demo-key",
            base_url=url,
            enterprise_id=os.environ.get("ESPER_ENTERPRISE_ID", DEMO_ENTERPRISE),
        )
        with client:
            print(f"client: {client!r}\n")

            print("1. Devices, page by page (paginate follows limit/offset until count is reached)")
            devices = paginate(
                get_all_devices, client=client, enterprise_id=client.enterprise_id, page_size=50
            )
            count = 0
            targets: list[str] = []
            for device in devices:
                count += 1
                if count <= 5:
                    print(f"   - {device.device_name} ({device.id})")
                    if device.id:
                        targets.append(str(device.id))
            print(f"   {count} device(s) in all\n")

            if not writes_allowed(url, args.allow_writes):
                print(f"2. Start an operation: skipped, {url} is not on loopback")
                print("   (the demo only reads there; --allow-writes reboots the listed devices)")
                print("\ndemo finished")
                return 0
            print(f"2. Start an operation: reboot the {len(targets)} device(s) listed, now")
            body = OperationsPOST(
                operation_type="REBOOT",
                schedule_type="IMMEDIATE",
                operation_device_query=OperationsPOSTOperationDeviceQuery(
                    device_ids=",".join(targets)
                ),
            )
            created = create_operation.sync(client=client, body=body)
            operation = created.content
            operation_id = getattr(operation, "id", None)
            print(f"   operation {operation_id}: state {getattr(operation, 'state', '?')}\n")

            print("3. The operation on each device, states decoded")
            seen = 0
            for record in paginate(
                get_device_operations, client=client, operations_id=operation_id
            ):
                seen += 1
                state = DeviceOperationState.parse(record.state)
                print(f"   - device {record.device_id}: raw {record.state!r} -> {state!r}")
            print(f"   {seen} device operation(s)")
            print("   The same decoder reads every spelling the API uses:")
            for raw in (40, "50", "DEVICE_OPERATION_TIMEOUT", "SUCCEDED", "FAILED", 85):
                state = DeviceOperationState.parse(raw)
                if isinstance(state, UnknownState):
                    terminal = "unknown: kept, not a crash"
                else:
                    terminal = "terminal" if state.is_terminal else "still running"
                print(f"     {raw!r:>28} -> {state!r} ({terminal})")
            print()

            print("4. A typed error: an operation id that is not a UUID")
            try:
                get_device_operations.sync(UUID(int=0).hex[:8], client=client)
            except errors.APIStatusError as exc:
                print(f"   caught {type(exc).__name__} (status {exc.status_code}): {exc.message}")
                print("   (the API key appears in no repr, log line or message)")
    print("\ndemo finished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
