"""The full export: an encrypted 7z archive of the whole practice, described file by file."""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import py7zr
import pypdfium2
import pytest
from py7zr.io import BytesIOFactory
from sqlalchemy import select

from app import cli, consent, consents, homework, measures, notes
from app.consent import Section
from app.consents import SignatureInput, SigningInput
from app.documents.consent_form import CLIENT, CLINICIAN
from app.errors import DiskFull, ValidationError
from app.instruments import load_all
from app.interop import export
from app.interop.export import ExportCancelled, ExportFailed, ExportReport
from app.interop.export_tables import TABLES
from app.models import AuditEntry
from app.vault import Vault
from tests.app.billing_practice import charge_of, held, invoice, new_client, open_practice, pay
from tests.app.people import TODAY

PASSPHRASE = "a long export passphrase"
FIRST, LAST = "Quorvanthe", "Xyllobriand"
PARTNER_FIRST, PARTNER_LAST = "Belisandre", "Oxtravaine"
PRIVATE_WORDS = "Zephyrine countertransference musings"
PROGRESS_WORDS = "Worried about the exams in June."
SCAN = b"\x89PNG\r\n\x1a\n" + b"scanned consent form"
MONDAY = date(2026, 11, 23)
SIGNER = "Dr Zebulon Canaryfield"


# ------------------------------------------------------------------ the practice


def _write_note(session: Any, client_id: int, template: str, day: date, **texts: str) -> int:
    by_name = {t.name: t.id for t in notes.templates(session)}
    note_id = notes.start_note(session, client_id, by_name[template], day)
    view = notes.get_note(session, note_id)
    sections = [replace(s, text=texts.get(s.key, "")) for s in view.sections]
    notes.save_draft(session, note_id, sections, view.revision, now=datetime.now(UTC))
    return note_id


@pytest.fixture
def practice(vault: Vault) -> dict[str, int]:
    """Two clients: one with the canary name and a bit of everything, one with a paper consent."""
    instruments = load_all().instruments
    moment = datetime(2026, 11, 27, 12, tzinfo=UTC)
    zone = ZoneInfo("Europe/London")
    with vault.session() as session:
        open_practice(session)
        canary = new_client(session, legal_first_name=FIRST, legal_last_name=LAST)
        partner = new_client(session, legal_first_name=PARTNER_FIRST, legal_last_name=PARTNER_LAST)
        appointment = held(session, canary, MONDAY)
        invoice(session, canary, (charge_of(session, appointment).id,))
        pay(session, canary, "120")
        for week, total in enumerate((15, 8)):
            answers = {str(i): min(3, max(0, total - 3 * (i - 1))) for i in range(1, 10)}
            measures.record_administration(
                session,
                canary,
                instruments["phq9"],
                answers,
                at=moment - timedelta(weeks=4 - week),
            )
        notes.ensure_builtin_templates(session)
        progress = _write_note(session, canary, "SOAP", MONDAY, subjective=PROGRESS_WORDS)
        notes.sign(session, progress, SIGNER, moment, zone)
        notes.add_addendum(session, progress, "The exams are on 3 June.", SIGNER, moment)
        private = _write_note(session, canary, "Process notes", MONDAY, process=PRIVATE_WORDS)
        notes.sign(session, private, SIGNER, moment, zone)
        homework.assign_homework(session, canary, "Keep a sleep diary", "", None, MONDAY, private)
        sections = [
            Section("intro", "About therapy", "We work together."),
            Section("consent", "Consent", "I agree to therapy.", needs_initials=True),
        ]
        template = consent.save_new_version(session, "adult", "Agreement", sections)
        signed = consents.sign(
            session,
            SigningInput(
                client_id=canary,
                audience="adult",
                template_id=template,
                initials={"Consent": "QX"},
                signers=(
                    SignatureInput(CLIENT, f"{FIRST} {LAST}", TODAY, typed=f"{FIRST} {LAST}"),
                    SignatureInput(CLINICIAN, SIGNER, TODAY, typed=SIGNER),
                ),
            ),
            TODAY,
        )
        paper = consents.record_paper_signature(
            session, partner, template, SCAN, "image/png", MONDAY
        )
    return {
        "canary": canary,
        "partner": partner,
        "signed": signed,
        "paper": paper,
        "private": private,
    }


def make(vault: Vault, target: Path, **changes: Any) -> ExportReport:
    options: dict[str, Any] = {"psychotherapy_notes": False, "today": TODAY}
    options.update(changes)
    return export.export_practice(vault, target, PASSPHRASE, **options)


def unpack(path: Path, password: str = PASSPHRASE) -> dict[str, bytes]:
    """Every member of the archive, read into memory (nothing is written to disk)."""
    with py7zr.SevenZipFile(path, password=password) as archive:
        names = archive.getnames()
        found = BytesIOFactory(1 << 30)
        archive.extractall(factory=found)
    out = {}
    for name in names:
        member = found.get(name)
        member.seek(0)
        out[name] = member.read()
    return out


def names_with(path: Path, password: str | None) -> list[str] | None:
    """The archive's member names as a reader with ``password`` sees them (None: it cannot)."""
    try:
        with py7zr.SevenZipFile(path, password=password) as archive:
            return list(archive.getnames())
    except Exception:
        return None


def table(files: dict[str, bytes], name: str) -> list[dict[str, str]]:
    data = files[f"csv/{name}.csv"].decode("utf-8")
    return list(csv.DictReader(io.StringIO(data, newline="")))


def pdf_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    return " ".join(page.get_textpage().get_text_range() for page in document)


def canary_copies(root: Path) -> list[str]:
    """Files under ``root`` holding a part of the canary name in UTF-8 or UTF-16."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for word in (FIRST, LAST):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if word.encode(encoding) in data:
                    found.append(f"{path}: {word} ({encoding})")
    return found


# ------------------------------------------------------------------ the archive


def test_the_archive_opens_with_its_passphrase_and_hides_even_its_file_names(
    vault: Vault, practice: dict[str, int], tmp_path: Path
) -> None:
    report = make(vault, tmp_path / "practice export")

    assert report.path == tmp_path / "practice export.7z"
    assert report.encrypted and report.size == report.path.stat().st_size
    inside = names_with(report.path, PASSPHRASE)
    assert inside is not None and "README.txt" in inside
    assert names_with(report.path, None) is None
    assert names_with(report.path, "not the right passphrase") is None
    raw = report.path.read_bytes()
    for visible in (b"README", b"csv/", b"clients/", b"chart.pdf", b"C0001"):
        assert visible not in raw
        assert visible.decode().encode("utf-16-le") not in raw


SEVEN_ZIP = next((found for name in ("7zz", "7z", "7za") if (found := shutil.which(name))), None)


@pytest.mark.skipif(SEVEN_ZIP is None, reason="7-Zip is not installed")
def test_7_zip_itself_opens_the_archive(
    vault: Vault, practice: dict[str, int], tmp_path: Path
) -> None:
    assert SEVEN_ZIP is not None
    # Typed in decomposed form: the archive still opens with the usual (composed) spelling.
    chosen = "Pässwort für die Praxis"
    report = export.export_practice(
        vault,
        tmp_path / "export.7z",
        unicodedata.normalize("NFD", chosen),
        psychotherapy_notes=False,
        today=TODAY,
    )

    def seven_zip(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [SEVEN_ZIP, *args, str(report.path)],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            check=False,
            timeout=120,
        )

    tested = seven_zip("t", f"-p{chosen}")
    assert tested.returncode == 0 and "Everything is Ok" in tested.stdout
    listed = seven_zip("l", "-slt", f"-p{chosen}")
    assert "Path = README.txt" in listed.stdout and "7zAES" in listed.stdout
    assert seven_zip("l", "-pnot the passphrase at all").returncode != 0


def test_every_file_is_described_in_the_readme_and_the_columns_match(
    vault: Vault, practice: dict[str, int], tmp_path: Path
) -> None:
    report = make(vault, tmp_path / "export.7z")
    files = unpack(report.path)
    readme = files["README.txt"].decode("utf-8")

    # The README names each table's file and lists its columns, four spaces in.
    described: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in readme.splitlines():
        if heading := re.fullmatch(r"(csv/\w+\.csv) \(the same rows: json/\w+\.json\)", line):
            current = described.setdefault(heading.group(1), [])
        elif current is not None and (column := re.fullmatch(r" {4}([a-z_0-9]+)", line)):
            current.append(column.group(1))
    assert set(described) == {t.csv_name for t in TABLES}
    for spec in TABLES:
        header = files[spec.csv_name].decode("utf-8").split("\r\n", 1)[0].split(",")
        as_json = json.loads(files[spec.json_name])
        assert header == described[spec.csv_name] == as_json["columns"], spec.name
        assert len(as_json["data"]) == report.rows[spec.name] == len(table(files, spec.name))
        assert all(len(row) == len(header) for row in as_json["data"])
        assert not files[spec.csv_name].startswith(b"\xef\xbb\xbf")

    patterns = [
        r"csv/\w+\.csv",
        r"json/\w+\.json",
        "README\\.txt",
        "manifest\\.json",
        r"clients/[A-Za-z0-9._-]+/chart\.pdf",
        r"clients/[A-Za-z0-9._-]+/consent-\d{4}-\d\d-\d\d-v\d+-\d+\.pdf",
        r"clients/[A-Za-z0-9._-]+/consent-\d{4}-\d\d-\d\d-v\d+-\d+-paper-scan\.(pdf|png|jpg)",
    ]
    for pattern in ("csv/<table>.csv", "json/<table>.json", "clients/<code>/chart.pdf"):
        assert pattern in readme
    assert "clients/<code>/consent-<date signed>-v<version>-<id>.pdf" in readme
    for name in files:
        assert any(re.fullmatch(p, name) for p in patterns), name

    manifest = json.loads(files["manifest.json"])
    assert manifest["format"] == export.FORMAT
    assert manifest["psychotherapy_notes_included"] is False
    assert set(manifest["files"]) == set(files) - {"manifest.json"}
    assert all(manifest["files"][n] == len(files[n]) for n in manifest["files"])


def test_values_are_written_as_the_readme_says(
    vault: Vault, practice: dict[str, int], tmp_path: Path
) -> None:
    files = unpack(make(vault, tmp_path / "export.7z").path)

    (issued,) = table(files, "invoices")
    assert (issued["total"], issued["due"], issued["currency"]) == ("120.00", "0.00", "USD")
    assert issued["issued_on"] == TODAY.isoformat()
    (service,) = [s for s in table(files, "services") if s["kind"] == "individual"]
    assert (service["fee"], service["billable"]) == ("120.00", "true")
    (held_session,) = table(files, "appointments")
    assert held_session["start"] == "2026-11-23T10:00:00+00:00"
    assert held_session["start_local"] == "2026-11-23T10:00:00+00:00"  # London in November
    answers = [a for a in table(files, "administration_answers") if a["item_id"] == "1"]
    assert [a["answer"] for a in answers] == ["3", "3"]
    assert answers[0]["answer_label"] and answers[0]["client_code"] == "C0001"
    clients_json = json.loads(files["json/clients.json"])
    first = dict(zip(clients_json["columns"], clients_json["data"][0], strict=True))
    assert first["legal_first_name"] == FIRST and first["tags"] == []


def test_the_canary_is_inside_the_archive_and_nowhere_on_disk(
    vault: Vault,
    practice: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert tempfile.gettempdir() == str(scratch)
    target = tmp_path / "out"
    target.mkdir()

    report = make(vault, target / "export.7z")

    files = unpack(report.path)
    (client,) = [c for c in table(files, "clients") if c["legal_first_name"] == FIRST]
    assert client["legal_last_name"] == LAST
    assert FIRST in pdf_text(files[f"clients/{client['code']}/chart.pdf"])
    assert canary_copies(tmp_path) == []
    assert canary_copies(scratch) == []
    assert sorted(p.name for p in target.iterdir()) == ["export.7z"]
    assert list(scratch.iterdir()) == []


def test_psychotherapy_notes_are_left_out_unless_asked_for(
    vault: Vault, practice: dict[str, int], tmp_path: Path
) -> None:
    without = unpack(make(vault, tmp_path / "without.7z").path)
    with_notes = unpack(make(vault, tmp_path / "with.7z", psychotherapy_notes=True).path)

    assert {n["kind"] for n in table(without, "notes")} == {"progress"}
    assert not any(PRIVATE_WORDS.encode() in data for data in without.values())
    assert PROGRESS_WORDS in without["csv/notes.csv"].decode()
    (task,) = table(without, "homework")
    assert task["note_id"] == ""
    assert "are NOT included" in without["README.txt"].decode()
    assert json.loads(without["manifest.json"])["psychotherapy_notes_included"] is False

    kinds = {n["kind"] for n in table(with_notes, "notes")}
    assert kinds == {"progress", "psychotherapy"}
    assert PRIVATE_WORDS in with_notes["csv/notes.csv"].decode()
    assert table(with_notes, "homework")[0]["note_id"] == str(practice["private"])
    assert json.loads(with_notes["manifest.json"])["psychotherapy_notes_included"] is True


def test_signed_notes_keep_their_addenda_and_fingerprints(
    vault: Vault, practice: dict[str, int], tmp_path: Path
) -> None:
    files = unpack(make(vault, tmp_path / "export.7z").path)

    (note,) = table(files, "notes")
    assert note["status"] == "signed" and note["signed_by"] == SIGNER
    assert re.fullmatch(r"[0-9a-f]{64}", note["content_hash"])
    assert PROGRESS_WORDS in note["text"]
    (addendum,) = table(files, "note_addenda")
    assert addendum["note_id"] == note["id"] and addendum["text"] == "The exams are on 3 June."


def test_the_chains_can_be_followed_as_the_readme_says(
    vault: Vault, practice: dict[str, int], tmp_path: Path
) -> None:
    files = unpack(make(vault, tmp_path / "export.7z", psychotherapy_notes=True).path)

    links = sorted(
        [*table(files, "notes"), *table(files, "note_addenda")], key=lambda r: int(r["chain_seq"])
    )
    previous = "0" * 64
    for link in links:
        assert link["prev_hash"] == previous
        expected = hashlib.sha256((link["prev_hash"] + link["content_hash"]).encode()).hexdigest()
        assert link["chain_hash"] == expected
        previous = link["chain_hash"]
    previous = "0" * 64
    for signed in sorted(table(files, "consents"), key=lambda r: int(r["id"])):
        assert signed["prev_hash"] == previous
        previous = signed["chain_hash"]
    (paper,) = [c for c in table(files, "consents") if c["on_paper"] == "true"]
    assert paper["content_hash"] == hashlib.sha256(SCAN).hexdigest()


def test_client_folders_are_named_by_code_and_hold_the_chart_and_consents(
    vault: Vault, practice: dict[str, int], tmp_path: Path
) -> None:
    report = make(vault, tmp_path / "export.7z")
    files = unpack(report.path)

    codes = {c["code"] for c in table(files, "clients")}
    folders = {n.split("/")[1] for n in files if n.startswith("clients/")}
    assert folders == codes
    for name in files:
        for word in (FIRST, LAST, PARTNER_FIRST, PARTNER_LAST):
            assert word not in name
    assert report.charts == report.clients == 2
    for code in codes:
        assert files[f"clients/{code}/chart.pdf"].startswith(b"%PDF")
    by_id = {c["id"]: c["code"] for c in table(files, "clients")}
    with vault.session() as session:
        stored = consents.stored_pdf(session, practice["signed"])
    (signed_name,) = [n for n in files if n.endswith(f"-{practice['signed']}.pdf")]
    assert signed_name.startswith(f"clients/{by_id[str(practice['canary'])]}/consent-")
    assert files[signed_name] == stored
    (scan_name,) = [n for n in files if n.endswith("-paper-scan.png")]
    assert scan_name.startswith(f"clients/{by_id[str(practice['partner'])]}/")
    assert files[scan_name] == SCAN
    listed = {c["id"]: json.loads(c["documents"]) for c in table(files, "consents")}
    assert listed == {str(practice["signed"]): [signed_name], str(practice["paper"]): [scan_name]}
    assert report.consent_documents == 2


def test_the_export_is_audited_with_counts_only(
    vault: Vault, practice: dict[str, int], tmp_path: Path
) -> None:
    report = make(vault, tmp_path / "export.7z")

    with vault.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.id.desc())
        ).first()
    assert entry is not None and entry.record_type == "practice"
    assert entry.detail["psychotherapy_notes"] is False and entry.detail["encrypted"] is True
    assert entry.detail["clients"] == 2 and entry.detail["rows"] == sum(report.rows.values())
    assert FIRST not in json.dumps(entry.detail)
    assert str(tmp_path) not in json.dumps(entry.detail)


def test_progress_is_reported_to_the_end(
    vault: Vault, practice: dict[str, int], tmp_path: Path
) -> None:
    seen: list[tuple[int, int, str]] = []

    make(vault, tmp_path / "export.7z", progress=lambda d, t, w: seen.append((d, t, w)))

    totals = {t for _, t, _ in seen}
    assert len(totals) == 1
    (total,) = totals
    assert total == len(TABLES) + 2 + 2  # the tables, each client, README, sealing
    done = [d for d, _, _ in seen]
    assert done == sorted(done) and done[-1] == total
    assert not any(FIRST in what for _, _, what in seen)


# ------------------------------------------------------------------ nothing left behind


def test_cancelling_leaves_nothing_behind(
    vault: Vault, practice: dict[str, int], tmp_path: Path
) -> None:
    steps: list[int] = []

    def cancelled() -> bool:
        return len(steps) >= 12

    with pytest.raises(ExportCancelled):
        make(
            vault,
            tmp_path / "export.7z",
            progress=lambda done, total, what: steps.append(done),
            cancelled=cancelled,
        )
    assert steps and list(tmp_path.glob("*export*")) == []
    assert [p.name for p in tmp_path.iterdir()] == ["vault"]
    with vault.session() as session:
        assert session.scalar(select(AuditEntry.id).where(AuditEntry.action == "export")) is None


def writers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("export-7z")]


def test_the_thread_that_compresses_the_archive_ends_with_the_export(
    vault: Vault, practice: dict[str, int], tmp_path: Path
) -> None:
    make(vault, tmp_path / "done.7z")
    assert writers() == []

    with pytest.raises(ExportCancelled):
        make(vault, tmp_path / "cancelled.7z", cancelled=lambda: bool(writers()))
    assert writers() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["done.7z", "vault"]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT])
def test_a_full_disk_leaves_nothing_behind(
    vault: Vault,
    practice: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
) -> None:
    class FillingDisk(io.FileIO):
        """A new private file whose writes fail once 20 kB have been written."""

        written = 0

        def write(self, data: Any) -> int:
            FillingDisk.written += len(data)
            if FillingDisk.written > 20_000:
                raise OSError(code, "No space left on device")
            return super().write(data)

    def create(path: Path) -> io.FileIO:
        file = FillingDisk(path, "x+")
        path.chmod(0o600)
        return file

    monkeypatch.setattr(export, "_create_private", create)

    with pytest.raises(DiskFull):
        make(vault, tmp_path / "export.7z")
    assert FillingDisk.written > 20_000
    assert [p.name for p in tmp_path.iterdir()] == ["vault"]


def test_what_a_killed_export_left_is_removed_by_the_next(
    vault: Vault, practice: dict[str, int], tmp_path: Path
) -> None:
    leftover = tmp_path / ".plain.999999.partial" / "csv"
    leftover.mkdir(parents=True)
    (leftover / "clients.csv").write_text(f"{FIRST} {LAST}")
    (tmp_path / ".export.7z.999999.partial").write_bytes(b"half an archive")
    (tmp_path / ".export.7z.999998.partial").write_bytes(b"another export, still going")
    two_hours_ago = time.time() - 7200
    for old in (leftover.parent, tmp_path / ".export.7z.999999.partial"):
        os.utime(old, (two_hours_ago, two_hours_ago))

    export.export_practice_to_folder(
        vault, tmp_path / "plain", psychotherapy_notes=False, today=TODAY
    )
    make(vault, tmp_path / "export.7z")

    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".export.7z.999998.partial",
        "export.7z",
        "plain",
        "vault",
    ]


def test_a_failing_write_elsewhere_is_reported_and_leaves_nothing(
    vault: Vault,
    practice: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(path: Path) -> io.FileIO:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(export, "_create_private", refuse)
    with pytest.raises(ExportFailed, match="Permission denied"):
        make(vault, tmp_path / "export.7z")
    assert [p.name for p in tmp_path.iterdir()] == ["vault"]


# ------------------------------------------------------------------ what is refused


@pytest.mark.parametrize("chosen", ["too short", " " * 12, "correct horse battery staple"])
def test_a_weak_passphrase_or_the_practices_own_is_refused(
    vault: Vault, tmp_path: Path, chosen: str
) -> None:
    # "correct horse battery staple" is the test vault's own passphrase (tests/conftest.py).
    with pytest.raises(ValidationError) as refused:
        export.export_practice(
            vault, tmp_path / "export.7z", chosen, psychotherapy_notes=False, today=TODAY
        )
    assert "passphrase" in refused.value.problems
    assert [p.name for p in tmp_path.iterdir()] == ["vault"]


def test_an_existing_file_is_replaced_only_when_asked(
    vault: Vault, practice: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "export.7z"
    target.write_bytes(b"an earlier export")

    with pytest.raises(ExportFailed):
        make(vault, target)
    assert target.read_bytes() == b"an earlier export"

    make(vault, target, replace=True)
    assert "README.txt" in unpack(target)


def test_a_plain_folder_holds_the_same_files_for_its_owner_only(
    vault: Vault, practice: dict[str, int], tmp_path: Path
) -> None:
    archive = unpack(make(vault, tmp_path / "export.7z").path)

    report = export.export_practice_to_folder(
        vault, tmp_path / "plain", psychotherapy_notes=False, today=TODAY
    )

    assert not report.encrypted and report.path == tmp_path / "plain"
    written = {
        p.relative_to(report.path).as_posix(): p for p in report.path.rglob("*") if p.is_file()
    }
    assert set(written) == set(archive)
    assert written["csv/clients.csv"].read_bytes() == archive["csv/clients.csv"]
    assert all(p.stat().st_mode & 0o077 == 0 for p in written.values())
    assert report.path.stat().st_mode & 0o077 == 0
    assert "Opening the archive" not in written["README.txt"].read_text("utf-8")
    with pytest.raises(ExportFailed):
        export.export_practice_to_folder(
            vault, tmp_path / "plain", psychotherapy_notes=False, today=TODAY
        )


# ------------------------------------------------------------------ rapport-admin


@pytest.fixture
def closed_practice(vault: Vault, practice: dict[str, int], data_dir: Path) -> Path:
    vault.lock()
    vault.close()
    return data_dir


@pytest.fixture(autouse=True)
def _quiet_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    """rapport-admin's log file, error hook and umask belong to its own process, not the tests'."""
    monkeypatch.setattr(cli.logs, "configure", lambda *args, **kwargs: None)
    monkeypatch.setattr(cli.logs, "install_excepthook", lambda: None)
    monkeypatch.setattr(cli, "restrict_process_umask", lambda: None)


def run_cli(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setenv(cli.PASSPHRASE_ENV, "correct horse battery staple")
    monkeypatch.setenv(cli.EXPORT_PASSPHRASE_ENV, PASSPHRASE)
    return cli.main(list(args))


def test_rapport_admin_exports_with_the_exports_own_passphrase(
    closed_practice: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "practice.7z"

    status = run_cli(monkeypatch, "export", "--data-dir", str(closed_practice), "--to", str(target))

    assert status == 0
    out = capsys.readouterr().out
    assert "Exported 2 clients" in out and "Psychotherapy notes are not included." in out
    assert {n["kind"] for n in table(unpack(target), "notes")} == {"progress"}


def test_rapport_admin_includes_notes_or_writes_a_folder_only_when_told(
    closed_practice: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "plain"
    status = run_cli(
        monkeypatch,
        "export",
        "--data-dir",
        str(closed_practice),
        "--to",
        str(folder),
        "--plain-folder",
        "--psychotherapy-notes",
    )

    assert status == 0
    assert "plain text" in capsys.readouterr().err
    assert PRIVATE_WORDS in (folder / "csv" / "notes.csv").read_text("utf-8")


def test_rapport_admin_refuses_a_short_export_passphrase(
    closed_practice: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(cli.EXPORT_PASSPHRASE_ENV, "short")
    monkeypatch.setenv(cli.PASSPHRASE_ENV, "correct horse battery staple")

    status = cli.main(["export", "--data-dir", str(closed_practice), "--to", str(tmp_path / "x")])

    assert status == ValidationError.exit_code
    assert "12 characters" in capsys.readouterr().err
    assert not (tmp_path / "x.7z").exists()
