"""The export's quick way of writing its tables makes the same bytes as the plain way.

The plain way is each column's ``get`` on rows read with their Python types,
written by ``csv.writer`` and ``json.JSONEncoder`` (as the export first did); the
quick way reads what SQLite holds and makes whole columns at a time. Both run on
the small demo practice with values made to be awkward: formula characters, quotes,
commas, line breaks, non-ASCII and control characters, NULLs, JSON stored in other
spellings, instants without microseconds.
"""

from __future__ import annotations

import csv
import gc
import io
import itertools
import json
import sys
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from reportlab import rl_config
from sqlalchemy import select, type_coerce, update
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from app.demo import DEMO_TODAY
from app.instruments import Instrument, load_all
from app.interop import export, export_charts, export_tables
from app.interop.export_tables import TABLES, Run, Stored, Table, csv_lines, prepare
from app.models import (
    Administration,
    Appointment,
    Charge,
    Client,
    Guardian,
    Intake,
    Note,
    Payment,
    Tag,
)
from app.models.client import client_tag
from app.vault import Vault

#: Text that a spreadsheet, a CSV reader or a JSON writer each has to take care with.
AWKWARD = [
    "=SUM(A1:A9)",
    "+1 555 0100",
    "-minus",
    "@handle",
    "\ttabbed",
    "\rreturned",
    'She said "no", then left',
    "two\nlines",
    "line\r\nends",
    "Zoë, Łódź and 日本語",
    "nul \x00 and bell \x07 and delete \x7f",
    "line separator \u2028 here",
    " leading space",
    "",
]


@pytest.fixture(scope="module")
def instruments(demo: Vault) -> Mapping[str, Instrument]:
    return load_all([demo.files.data_dir / "instruments"]).instruments


def _ids(session: Session, model: Any, count: int) -> list[int]:
    return list(session.scalars(select(model.id).order_by(model.id).limit(count)))


def make_awkward(session: Session) -> None:
    """Awkward values in the practice, as the app stores them and as it never would."""
    for client_id, word in zip(_ids(session, Client, len(AWKWARD)), AWKWARD, strict=False):
        session.execute(
            update(Client)
            .where(Client.id == client_id)
            .values(legal_first_name=word, preferred_name=word[:3], clinical_summary=word * 2)
        )
    first = _ids(session, Client, 1)[0]
    session.execute(update(Client).where(Client.id == first).values(code="=C0001"))
    tag_id = session.scalar(select(Tag.id).limit(1))
    if tag_id is None:
        tag_id = session.execute(Tag.__table__.insert().values(name="x")).inserted_primary_key[0]
    session.execute(update(Tag).where(Tag.id == tag_id).values(name='a, "b"\nc'))
    tagged = set(
        session.scalars(select(client_tag.c.client_id).where(client_tag.c.tag_id == tag_id))
    )
    for client_id in [c for c in _ids(session, Client, 10) if c not in tagged][:3]:
        session.execute(client_tag.insert().values(client_id=client_id, tag_id=tag_id))
    for note_id, word in zip(_ids(session, Note, len(AWKWARD)), AWKWARD, strict=False):
        sections = [
            {"key": "a", "title": word, "text": f"{word} — ünïcode {word}"},
            {"key": "b", "title": "", "text": "  "},
            {"key": "c", "title": "Plan", "text": word or "x"},
        ]
        session.execute(update(Note).where(Note.id == note_id).values(sections=sections))
    for appointment_id, word in zip(
        _ids(session, Appointment, len(AWKWARD)), AWKWARD, strict=False
    ):
        session.execute(
            update(Appointment)
            .where(Appointment.id == appointment_id)
            .values(memo=word, location=word, external_uid=None, fee_owed_cents=None)
        )
    administrations = _ids(session, Administration, 12)
    odd_answers: list[dict[str, Any]] = [
        {"1": 'an open answer, "quoted"', "2": None, "3": 2.5, "4": True, "zz": 1},
        {"9": 3, "1": 0},
        {},
    ]
    for administration_id, answers in zip(administrations, odd_answers, strict=False):
        session.execute(
            update(Administration)
            .where(Administration.id == administration_id)
            .values(
                answers=answers,
                comments={"1": "=cmd", "2": "start \x00 of a line", "zz": "Zoë"},
                total=15.0,
                at_or_above_cutoff=None,
                risk=[{"item": "9", "said": 'Ünïcode, "quoted"'}],
            )
        )
    session.execute(
        update(Administration).where(Administration.id == administrations[4]).values(total=12.5)
    )
    for guardian_id in _ids(session, Guardian, 2):
        session.execute(update(Guardian).where(Guardian.id == guardian_id).values(name="+x"))
    for charge_id in _ids(session, Charge, 2):
        session.execute(update(Charge).where(Charge.id == charge_id).values(amount_minor=-8550))
    for payment_id in _ids(session, Payment, 2):
        session.execute(
            update(Payment).where(Payment.id == payment_id).values(reference="-1,5", reason="@")
        )
    # Spelled otherwise than the app stores them: the quick way must notice, and read them
    # as the column type does.
    raw: list[tuple[Any, str, Any, int]] = [
        (Client, "created_at", "2026-01-02 03:04:05", first),
        (Client, "last_service_on", "2001-W05-6", first),
        # Last: each change of a client sets its updated_at.
        (Client, "updated_at", "2026-01-02 03:04:05.123456", first),
        (Administration, "risk", " [1, 2] ", administrations[5]),
        (Administration, "answers", '{"1":1,"2": 2}', administrations[6]),
        (Administration, "comments", '{"1": "\\u00e9t\\u00e9"}', administrations[7]),
        (Administration, "total", 7, administrations[8]),
    ]
    for model, column, value, ident in raw:
        # Stored as given: past the column type's own writing.
        session.execute(
            update(model).where(model.id == ident).values({column: type_coerce(value, NullType())})
        )
    intake_id = session.scalar(select(Intake.id).limit(1))
    if intake_id is not None:
        spelled = '{"b" : 1, "a": [1.0, 2e3, "x\\ty"], "c": {"z": null}}'
        session.execute(
            update(Intake)
            .where(Intake.id == intake_id)
            .values(data=type_coerce(spelled, NullType()))
        )


def reference_files(table: Table, run: Run) -> tuple[bytes, bytes]:
    """The table's files as the export first wrote them: a row at a time, by the stdlib."""
    csv_out = io.StringIO(newline="")
    writer = csv.writer(csv_out, lineterminator="\r\n")
    encoder = json.JSONEncoder(ensure_ascii=False, default=export_tables.json_value)
    names = [c.name for c in table.columns]
    writer.writerow(names)
    head = encoder.encode({"table": table.name, "columns": names})[:-1] + ', "data": ['
    rows = []
    for row in table.rows(run):
        values = [column.get(row, run) for column in table.columns]
        writer.writerow([export_tables.csv_cell(v) for v in values])
        rows.append(encoder.encode(values))
    body = ("\n  " + ",\n  ".join(rows) + "\n]}\n") if rows else "]}\n"
    return csv_out.getvalue().encode("utf-8"), (head + body).encode("utf-8")


@pytest.mark.parametrize("psychotherapy_notes", [True, False])
def test_the_quick_way_writes_the_same_files_as_the_plain_way(
    demo: Vault, instruments: Mapping[str, Instrument], psychotherapy_notes: bool
) -> None:
    with demo.session() as session:
        make_awkward(session)
        written: dict[str, tuple[bytes, bytes]] = {}
        run = prepare(session, instruments, psychotherapy_notes, DEMO_TODAY)
        for spec in TABLES:
            csv_data, json_data, count = export._table_files(spec, run)
            written[spec.name] = (csv_data, json_data)
            assert len(json.loads(json_data)["data"]) == count
        plain = prepare(session, instruments, psychotherapy_notes, DEMO_TODAY)
        for spec in TABLES:
            assert reference_files(spec, plain) == written[spec.name], spec.name
        session.rollback()
    # The awkward values made it into the files (else this test would prove little).
    clients = written["clients"][0].decode("utf-8")
    assert "'=SUM(A1:A9)" in clients and '"She said ""no"", then left"' in clients
    assert "'=C0001" in clients and "2026-01-02T03:04:05+00:00" in clients
    assert "2026-01-02T03:04:05.123456+00:00" in clients and "2001-02-03" in clients
    answers = json.loads(written["administration_answers"][1])["data"]
    assert any(row[7] == 2.5 for row in answers) and any(row[7] is True for row in answers)
    assert any("\x00" in row[9] for row in answers)


def test_every_table_read_from_the_vault_is_written_the_quick_way(
    demo: Vault, instruments: Mapping[str, Instrument]
) -> None:
    with demo.session() as session:
        run = prepare(session, instruments, True, DEMO_TODAY)
        for spec in TABLES:
            if isinstance(spec.rows, Stored):
                assert export_tables._stored_lines(spec, spec.rows, run) is not None, spec.name
            else:
                big = spec.name == "administration_answers"
                assert (spec.batches is not None) == big, spec.name
        session.rollback()


def test_csv_lines_are_what_the_csv_module_writes() -> None:
    cells: list[Any] = [*AWKWARD, "plain", None, 0, -5, 1.5, 2.0, True, Decimal("-1.50")]
    rows = [list(pair) for pair in itertools.product(cells, repeat=2)]
    expected = io.StringIO(newline="")
    csv.writer(expected, lineterminator="\r\n").writerows(rows)
    assert csv_lines(list(zip(*rows, strict=True))) == expected.getvalue()


def test_json_texts_are_what_json_dumps_writes() -> None:
    values: list[Any] = [*AWKWARD, None, 0, -7, 1.5, 2.0, float("inf"), True, [1, "é"]]
    as_json = [json.dumps(v, ensure_ascii=False) for v in values]
    assert export_tables._json_texts(values) == as_json
    assert export_tables._json_floats(values) == as_json
    assert export_tables._json_numbers(values) == as_json
    assert export_tables.json_row(values) == json.dumps(values, ensure_ascii=False)
    mapping = {"b": [1, {"d": 2, "c": "ü"}], "a": None}
    compact = json.dumps(mapping, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert export_tables.json_cell(mapping) == compact


def test_the_settings_the_export_changes_are_put_back(
    demo: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = (rl_config.shapeChecking, sys.getswitchinterval(), gc.get_threshold())
    export.export_practice(
        demo,
        tmp_path / "export.7z",
        "a long export passphrase",
        psychotherapy_notes=False,
        today=DEMO_TODAY,
    )
    assert (rl_config.shapeChecking, sys.getswitchinterval(), gc.get_threshold()) == before

    def fails(*_args: Any) -> Any:
        assert sys.getswitchinterval() == export._SWITCH_SECONDS
        assert gc.get_threshold()[0] >= export._YOUNG_OBJECTS
        raise RuntimeError("stopped")

    monkeypatch.setattr(export, "_table_files", fails)
    with pytest.raises(RuntimeError):
        export.export_practice(
            demo,
            tmp_path / "failed.7z",
            "a long export passphrase",
            psychotherapy_notes=False,
            today=DEMO_TODAY,
        )
    assert (rl_config.shapeChecking, sys.getswitchinterval(), gc.get_threshold()) == before


def test_a_setting_changed_by_two_at_once_is_put_back_when_both_are_done() -> None:
    values = {"now": "first"}
    setting = export_charts.ProcessSetting(lambda: values["now"], lambda v: values.update(now=v))
    one, two = setting.changed_to("changed"), setting.changed_to("changed")
    one.__enter__()
    two.__enter__()
    one.__exit__(None, None, None)
    assert values["now"] == "changed"
    two.__exit__(None, None, None)
    assert values["now"] == "first"
