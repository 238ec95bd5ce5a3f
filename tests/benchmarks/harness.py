"""Timing helpers and the table ``make bench`` prints: median, p95, budget, reference, ratio."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Row:
    name: str
    samples_ms: list[float]
    budget_ms: float | None = None
    reference: str = ""
    reference_ms: float | None = None
    note: str = ""
    #: Which statistic the budget applies to: "median" or "p95".
    budget_on: str = "median"

    @property
    def median(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples_ms)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    @property
    def verdict(self) -> str:
        if self.budget_ms is None:
            return ""
        measured = self.p95 if self.budget_on == "p95" else self.median
        return "ok" if measured <= self.budget_ms else "OVER"


def sample(
    fn: Callable[[], object], runs: int, setup: Callable[[], object] | None = None
) -> list[float]:
    """Milliseconds per call of ``fn``, each after ``setup`` (not timed)."""
    out = []
    for _ in range(runs):
        if setup is not None:
            setup()
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


@dataclass
class Report:
    title: str
    rows: list[Row] = field(default_factory=list)

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        print(f"  measured: {row.name}", flush=True)
        return row

    def render(self) -> str:
        width = max([44] + [len(row.name) for row in self.rows])
        header = (
            f"{'operation':<{width}} {'median':>10} {'p95':>10} {'budget':>14} "
            f"{'reference':<26} {'ratio':>7}  verdict"
        )
        lines = [self.title, "", header, "-" * len(header)]
        for row in self.rows:
            budget = "—"
            if row.budget_ms is not None:
                budget = f"{row.budget_ms:.0f} ms" + (" p95" if row.budget_on == "p95" else "")
            ratio = f"{row.median / row.reference_ms:.2f}x" if row.reference_ms else ""
            ref = (
                f"{row.reference} {row.reference_ms:.1f} ms" if row.reference_ms else row.reference
            )
            lines.append(
                f"{row.name:<{width}} {row.median:>7.1f} ms {row.p95:>7.1f} ms {budget:>14} "
                f"{ref:<26} {ratio:>7}  {row.verdict}"
            )
            if row.note:
                lines.append(f"{'':<4}{row.note}")
        return "\n".join(lines)
