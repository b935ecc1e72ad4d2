"""What the benchmark modules share: result rows, the table, medians and the machine."""

from __future__ import annotations

import datetime
import os
import platform
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))


@dataclass
class Row:
    """One line of the table: our median, a baseline's median and their ratio.

    `ratio` is always ours / theirs; `better` says which way is good, and `target`
    (a bound on the ratio, or on `ours` itself when `target_on` is "ours") gives the verdict.
    """

    bench: str
    measure: str
    ours: float
    unit: str
    baseline: str = ""
    theirs: float | None = None
    target: float | None = None
    better: str = "lower"  # or "higher"
    target_on: str = "ratio"  # or "ours"
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        if self.theirs is None or self.theirs == 0:
            return None
        return self.ours / self.theirs

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        value = self.ours if self.target_on == "ours" else self.ratio
        if value is None:
            return None
        return value <= self.target if self.better == "lower" else value >= self.target

    def target_text(self) -> str:
        if self.target is None:
            return "report"
        sign = "<=" if self.better == "lower" else ">="
        subject = "ratio" if self.target_on == "ratio" else "ours"
        return f"{subject} {sign} {self.target:.3g}"


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value:.1f} s"
    if unit == "ms":
        return f"{value * 1e3:.1f} ms"
    if unit == "us":
        return f"{value * 1e6:.0f} us"
    if unit == "MiB":
        return f"{value / 2**20:.1f} MiB"
    if unit == "xR":
        return f"{value:.3f} R"
    if unit == "/s":
        return f"{value:.0f}/s"
    if unit == "count":
        return f"{value:.0f}"
    return f"{value:.3g} {unit}"


def table(rows: Sequence[Row]) -> str:
    head = ("benchmark", "measure", "ours", "baseline", "baseline value", "ratio", "target", "")
    lines = []
    for row in rows:
        ratio = row.ratio
        verdict = {True: "met", False: "MISSED", None: ""}[row.met]
        lines.append(
            (
                row.bench,
                row.measure,
                fmt(row.ours, row.unit),
                row.baseline or "-",
                fmt(row.theirs, row.unit),
                "-" if ratio is None else f"{ratio:.2f}",
                row.target_text(),
                verdict,
            )
        )
    widths = [max(len(str(line[i])) for line in [head, *lines]) for i in range(len(head))]

    def render(cells: Sequence[str]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([render(head), rule, *(render(line) for line in lines)])


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def rotation(names: Sequence[str], index: int) -> list[str]:
    """`names` in turn `index`: each one goes first in turn, so none always follows another."""
    shift = index % len(names)
    return [*names[shift:], *names[:shift]]


def interleaved(contenders: dict[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    """Run every contender once per round, rotating who goes first; samples per contender."""
    names = list(contenders)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds):
        for name in rotation(names, index):
            samples[name].append(contenders[name]())
    return samples


def machine() -> dict[str, str]:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": str(len(os.sched_getaffinity(0))),
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
