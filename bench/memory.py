"""Memory: `paginate` over 10,000 and 100,000 devices keeps peak RSS flat.

Each case runs in a fresh interpreter (`python memory.py --child URL ITEMS`) that imports
the client, walks every item of `get_all_devices` with `paginate` (100 per page) from a
local `pages` server, keeps nothing, and reports its peak RSS: `VmHWM` from
/proc/self/status (the high-water mark of this process's own memory; `ru_maxrss` would
carry the parent's peak across fork and exec on Linux), else `ru_maxrss`. The ratio of the
large case to the small one should be close to 1: memory does not grow with the listing.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import common
from common import Row
from server import Server

HERE = Path(__file__).resolve()
PAGE_SIZE = 100


def peak_rss_kib() -> int:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(url: str, items: int) -> None:
    import data

    from esper_client import EsperClient, paginate
    from esper_client.generated.api.devices import get_all_devices

    with EsperClient(api_key=data.API_KEY, base_url=f"{url}/api") as client:
        baseline = peak_rss_kib()
        started = time.perf_counter()
        seen = 0
        last = None
        for device in paginate(
            get_all_devices, client=client, enterprise_id=data.ENTERPRISE_ID, page_size=PAGE_SIZE
        ):
            seen += 1
            last = device
        elapsed = time.perf_counter() - started
    assert seen == items, (seen, items)
    assert last is not None and last.device_name == f"ESR-{items - 1:012d}"
    peak = peak_rss_kib()
    print(json.dumps({"items": seen, "peak_kib": peak, "before_kib": baseline, "s": elapsed}))


def measure(items: int) -> dict[str, float]:
    pages = items // PAGE_SIZE + 2
    with Server("pages", max_requests=pages + 5, max_seconds=300, total=items) as server:
        out = subprocess.run(
            [sys.executable, str(HERE), "--child", server.url, str(items)],
            capture_output=True,
            text=True,
            check=True,
        )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def run(quick: bool = False) -> list[Row]:
    small, large = (2_000, 20_000) if quick else (10_000, 100_000)
    low, high = measure(small), measure(large)
    note = (
        f"peak RSS before paginating {low['before_kib'] / 1024:.1f} MiB; "
        f"{large} items in {high['s']:.1f} s ({large / high['s']:.0f} items/s)"
    )
    return [
        Row("5 memory", f"paginate peak RSS, {large} vs {small} items", high["peak_kib"] * 1024,
            "MiB", f"{small} items", low["peak_kib"] * 1024, target=1.1, notes=[note]),
    ]  # fmt: skip


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        sys.path.insert(0, str(HERE.parent))
        child(sys.argv[2], int(sys.argv[3]))
    else:
        print(common.table(run("--quick" in sys.argv)))
