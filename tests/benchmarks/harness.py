"""Timing helpers and the table ``make bench`` prints: median, p95, budget, reference, ratio.

The same table is written as JSON (:meth:`Report.write_json`) for tools.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


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
    #: What the samples count: milliseconds, or megabytes for memory.
    unit: str = "ms"

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
        return "PASS" if measured <= self.budget_ms else "FAIL"

    @property
    def ratio(self) -> float | None:
        return self.median / self.reference_ms if self.reference_ms else None

    def as_json(self) -> dict[str, Any]:
        return {
            "operation": self.name,
            "unit": self.unit,
            "median": round(self.median, 3),
            "p95": round(self.p95, 3),
            "runs": len(self.samples_ms),
            "budget": self.budget_ms,
            "budget_on": self.budget_on if self.budget_ms is not None else None,
            "reference": self.reference or None,
            "reference_value": self.reference_ms,
            "ratio": round(self.ratio, 3) if self.ratio is not None else None,
            "verdict": self.verdict or None,
            "note": self.note,
        }


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
            unit = row.unit
            budget = "—"
            if row.budget_ms is not None:
                budget = f"{row.budget_ms:.0f} {unit}" + (" p95" if row.budget_on == "p95" else "")
            ratio = f"{row.ratio:.2f}x" if row.ratio is not None else ""
            ref = (
                f"{row.reference} {row.reference_ms:.1f} {unit}"
                if row.reference_ms
                else row.reference
            )
            lines.append(
                f"{row.name:<{width}} {row.median:>7.1f} {unit:<2} {row.p95:>7.1f} {unit:<2} "
                f"{budget:>14} {ref:<26} {ratio:>7}  {row.verdict}"
            )
            if row.note:
                lines.append(f"{'':<4}{row.note}")
        passed = sum(row.verdict == "PASS" for row in self.rows)
        failed = [row.name for row in self.rows if row.verdict == "FAIL"]
        summary = f"{passed} PASS, {len(failed)} FAIL"
        lines += ["", summary + (": " + "; ".join(failed) if failed else "")]
        return "\n".join(lines)

    def write_json(self, path: Path) -> None:
        doc = {"title": self.title, "rows": [row.as_json() for row in self.rows]}
        path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
