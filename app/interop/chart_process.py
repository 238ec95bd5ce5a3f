"""The export's chart summaries, drawn in a process of their own beside its tables.

Drawing a chart summary and writing the tables are both work for the
interpreter, which one process does one thing at a time: a second process
draws the charts while the export writes its tables (and a thread compresses
what both make). It reads the practice with the practice's key, given to it
through a pipe, never on disk or on its command line.

Both read the practice as it was at one moment: the export's own reading
and the second process's begin while writers wait (a few milliseconds;
:meth:`app.vault.Vault.writes_waiting`), so every file of the export shows
the same practice. If the second process cannot start, or stops, the export
draws the charts it did not get itself.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import threading
from collections.abc import Iterator, Mapping
from datetime import date
from multiprocessing.connection import Connection
from typing import Any

from sqlalchemy.orm import Session

from app.instruments import Instrument
from app.vault import Reader, begin_reading

#: Seconds the second process may take to start (import its modules, open the practice).
START_SECONDS = 60.0
#: How far the second process stands back for the others when the cores are busy.
NICENESS = 10


class ChartProcess:
    """A second process that draws the clients' chart summaries, as :func:`chart_summaries`.

    Made, it starts and opens the practice (:meth:`wait_ready`); :meth:`begin` has it
    begin reading (while writers wait); :meth:`arrived` and :meth:`rest` give each client's id
    and PDF as they come. :meth:`close` stops it, finished or not.
    """

    def __init__(
        self,
        reader: Reader,
        instruments: Mapping[str, Instrument],
        psychotherapy_notes: bool,
        today: date,
    ) -> None:
        context = multiprocessing.get_context("spawn")
        # One-way pipes (not a socket pair): orders go in, charts come out.
        self._orders_in, self._orders = context.Pipe(duplex=False)
        self._results, results_out = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_draw,
            args=(
                reader,
                dict(instruments),
                psychotherapy_notes,
                today,
                self._orders_in,
                results_out,
            ),
            name="rapport-charts",
            daemon=True,
        )
        self.process.start()
        results_out.close()
        self._orders_in.close()
        #: What the process sent, as it came: taken off the pipe by a thread of its own,
        #: so that the process never waits for the export to take a chart.
        self._arrived: queue.SimpleQueue[tuple[Any, ...]] = queue.SimpleQueue()
        self._receiver: threading.Thread | None = None
        self.finished = False

    def wait_ready(self) -> None:
        """Wait until the process has started and opened the practice."""
        self._message("ready", START_SECONDS)

    def begin(self) -> None:
        """Have the process (ready) begin reading the practice, and wait until it has."""
        self._orders.send("begin")
        self._message("reading", START_SECONDS)
        self._receiver = threading.Thread(target=self._receive, name="rapport-charts-in")
        self._receiver.start()

    def arrived(self) -> Iterator[tuple[int, bytes]]:
        """The charts drawn so far and not yet taken, without waiting for more."""
        while not self.finished:
            try:
                message = self._arrived.get_nowait()
            except queue.Empty:
                return
            found = self._chart(message)
            if found is not None:
                yield found

    def rest(self) -> Iterator[tuple[int, bytes]]:
        """Every chart not yet taken, waiting for each."""
        while not self.finished:
            found = self._chart(self._arrived.get())
            if found is not None:
                yield found

    def close(self) -> None:
        """Stop the process (finished or not) and let go of its pipes."""
        self.finished = True
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        if self._receiver is not None:
            self._receiver.join()  # the pipe ended with the process
        for end in (self._orders, self._results):
            end.close()

    def _receive(self) -> None:
        while True:
            try:
                message = self._results.recv()
            except (EOFError, OSError):
                self._arrived.put(("stopped",))
                return
            self._arrived.put(message)
            if message[0] != "chart":
                return

    def _chart(self, message: tuple[Any, ...]) -> tuple[int, bytes] | None:
        if message[0] == "chart":
            return message[1], message[2]
        self.finished = True
        if message[0] == "stopped":
            raise ChartProcessFailed("the chart process stopped")
        if message[0] != "done":
            raise ChartProcessFailed(f"the chart process failed ({message[1]})")
        return None

    def _message(self, kind: str, seconds: float) -> tuple[Any, ...]:
        if not self._results.poll(seconds):
            raise ChartProcessFailed(f"the chart process did not start in {seconds:.0f} s")
        try:
            message = self._results.recv()
        except EOFError as exc:
            raise ChartProcessFailed("the chart process stopped") from exc
        if message[0] != kind:
            raise ChartProcessFailed(f"the chart process failed ({message[1]})")
        return tuple(message[1:])


class ChartProcessFailed(Exception):
    """The second process could not draw the charts; the export draws the rest itself."""


def _draw(
    reader: Reader,
    instruments: dict[str, Instrument],
    psychotherapy_notes: bool,
    today: date,
    orders: Connection,
    results: Connection,
) -> None:
    """The second process: open the practice, wait for the order to begin, draw every chart."""
    # It draws in the time the export's own threads (and the window) leave it.
    with contextlib.suppress(AttributeError, OSError):  # no os.nice on Windows
        os.nice(NICENESS)
    try:
        from app.interop.export_charts import chart_summaries
        from app.interop.export_tables import prepare
        from app.vault.engine import make_engine

        engine = make_engine(reader.database, reader.key, reader.page_size)
        try:
            with Session(engine) as session:
                results.send(("ready",))
                if orders.recv() != "begin":
                    return
                begin_reading(session)
                results.send(("reading",))
                run = prepare(session, instruments, psychotherapy_notes, today)
                for client, pdf in chart_summaries(run):
                    results.send(("chart", client.id, pdf))
                results.send(("done",))
        finally:
            engine.dispose()
    except EOFError:
        return  # the export stopped before the order came
    except BaseException as exc:  # what went wrong goes back by its kind only: no record's text
        with contextlib.suppress(OSError):
            results.send(("failed", type(exc).__name__))
