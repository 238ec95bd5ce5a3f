"""Chart summaries drawn by a second process: the same files, whatever happens to it."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from app.demo import DEMO_TODAY
from app.interop import export
from app.interop.chart_process import ChartProcess
from app.models import Client
from app.vault import Vault, begin_reading


def exported(vault: Vault, folder: Path) -> dict[str, bytes]:
    """Every file of a folder export but those that say when it was made (or that the one
    before was)."""
    export.export_practice_to_folder(vault, folder, psychotherapy_notes=True, today=DEMO_TODAY)
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        and path.name not in (export.README_NAME, export.MANIFEST_NAME)
        and not path.name.startswith("audit_log.")
    }


@pytest.fixture(scope="module")
def drawn_here(demo: Vault, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return exported(demo, tmp_path_factory.mktemp("here") / "export")


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[ChartProcess]:
    """Every export draws its charts in a second process; the processes started."""
    processes: list[ChartProcess] = []
    original = ChartProcess.__init__

    def start(self: ChartProcess, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        processes.append(self)

    monkeypatch.setattr(export, "CHART_PROCESS_CLIENTS", 1)
    monkeypatch.setattr(ChartProcess, "__init__", start)
    return processes


def test_a_second_process_draws_the_same_chart_summaries(
    demo: Vault, drawn_here: dict[str, bytes], tmp_path: Path, started: list[ChartProcess]
) -> None:
    files = exported(demo, tmp_path / "export")

    assert len(started) == 1
    assert not started[0].process.is_alive()
    assert sum(name.endswith(export.CHART_NAME) for name in files) > 20
    assert files.keys() == drawn_here.keys()
    assert files == drawn_here


def test_a_cancelled_export_stops_the_second_process(
    demo: Vault, tmp_path: Path, started: list[ChartProcess]
) -> None:
    steps: list[str] = []
    target = tmp_path / "export"
    with pytest.raises(export.ExportCancelled):
        export.export_practice_to_folder(
            demo,
            target,
            psychotherapy_notes=True,
            today=DEMO_TODAY,
            progress=lambda _done, _total, what: steps.append(what),
            cancelled=lambda: len(steps) > 5,
        )
    assert len(started) == 1
    assert not started[0].process.is_alive()
    assert not target.exists()


def test_charts_the_second_process_cannot_draw_are_drawn_here(
    demo: Vault, drawn_here: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process given the wrong key fails to read the practice: the export goes on without it."""
    reader = demo.reader()
    failed: list[str] = []
    original = export._begin_reading

    def begin(*args: Any) -> ChartProcess | None:
        drawer = original(*args)
        failed.append("failed" if drawer is None else "drew")
        return drawer

    monkeypatch.setattr(export, "CHART_PROCESS_CLIENTS", 1)
    monkeypatch.setattr(export, "_begin_reading", begin)
    monkeypatch.setattr(
        Vault, "reader", lambda _self: dataclasses.replace(reader, key=bytes(len(reader.key)))
    )
    assert exported(demo, tmp_path / "export") == drawn_here
    assert failed == ["failed"]


def test_charts_a_process_that_stops_midway_did_not_draw_are_drawn_here(
    demo: Vault, drawn_here: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    killed: list[ChartProcess] = []

    def killing(original: Callable[[ChartProcess], Iterator[tuple[int, bytes]]]) -> Any:
        def taken(self: ChartProcess) -> Iterator[tuple[int, bytes]]:
            for chart in original(self):
                yield chart
                if not killed:  # killed once it has drawn a chart: the others come from here
                    self.process.kill()
                    killed.append(self)

        return taken

    monkeypatch.setattr(export, "CHART_PROCESS_CLIENTS", 1)
    # The first chart is taken while the export is busy, or when it waits for the rest.
    monkeypatch.setattr(ChartProcess, "arrived", killing(ChartProcess.arrived))
    monkeypatch.setattr(ChartProcess, "rest", killing(ChartProcess.rest))
    assert exported(demo, tmp_path / "export") == drawn_here
    assert killed


def test_a_change_saved_while_writes_wait_is_seen_by_neither_reader(demo: Vault) -> None:
    """Readers that begin while writes wait see the practice as it was before the change."""
    with demo.session() as session:
        client_id = session.scalars(select(Client.id).order_by(Client.id)).first()
        before = session.get(Client, client_id).preferred_name  # type: ignore[union-attr]
    saved = threading.Event()

    def change() -> None:
        with demo.session() as session:
            session.execute(
                text("UPDATE client SET preferred_name = 'Changed' WHERE id = :id"),
                {"id": client_id},
            )
            session.commit()
        saved.set()

    writer = threading.Thread(target=change)
    with demo.session() as reading:
        with demo.writes_waiting():
            writer.start()
            assert not saved.wait(0.3)  # the change waits for the lock
            begin_reading(reading)
        writer.join(10)
        assert saved.is_set()
        seen = reading.execute(
            text("SELECT preferred_name FROM client WHERE id = :id"), {"id": client_id}
        ).scalar()
        assert seen == before
    with demo.session() as session:
        session.execute(
            text("UPDATE client SET preferred_name = :name WHERE id = :id"),
            {"name": before, "id": client_id},
        )
        session.commit()


def test_the_report_counts_the_charts_a_second_process_drew(
    demo: Vault, tmp_path: Path, started: list[ChartProcess]
) -> None:
    report = export.export_practice_to_folder(
        demo, tmp_path / "export", psychotherapy_notes=True, today=DEMO_TODAY
    )
    assert report.charts > 20
    assert report.charts_beside == report.charts


def test_a_small_practice_draws_its_charts_itself(demo: Vault, tmp_path: Path) -> None:
    report = export.export_practice_to_folder(
        demo, tmp_path / "export", psychotherapy_notes=False, today=DEMO_TODAY
    )
    assert report.charts > 20
    assert report.charts_beside == 0


def test_the_practice_size_for_a_second_process_can_be_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("RAPPORT_CHART_PROCESS_CLIENTS", raising=False)
    assert export._chart_process_clients() == 400
    monkeypatch.setenv("RAPPORT_CHART_PROCESS_CLIENTS", "1")
    assert export._chart_process_clients() == 1
    monkeypatch.setenv("RAPPORT_CHART_PROCESS_CLIENTS", "many")
    assert export._chart_process_clients() == 400
