"""Calendar files through the real command-line tool: no client name leaves the vault unasked."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app import clients
from app.calendar import Recurrence, Repeat, expand, rule_for
from app.clients import ClientInput
from app.models import Appointment, AppointmentSeries, BlockedTime, Service
from app.practice import ProfileInput
from app.vault import NewVaultPlan, Vault
from tests.reliability.canary import files_containing, private_home, run_admin

CANARY_FIRST = "Quillonette"
CANARY_LAST = "Zephyrinova"
CANARY_MEMO = "canary memo about the custody hearing"
CANARY_ADDRESS = "31 Vervain Crescent"
THIRD_PARTY = "Dinner with Xanthippe Oddbody"
PASSPHRASE = "correct horse battery staple"
CANARIES = [CANARY_FIRST, CANARY_LAST, CANARY_MEMO, CANARY_ADDRESS, "Xanthippe"]


def _vault_with_a_client(data_dir: Path) -> None:
    """A vault whose one client has canary names, a weekly series and a home visit."""
    profile = ProfileInput(practice_name="Practice", clinician_name="Clinician")
    today = datetime.now(UTC).date()
    vault = Vault.create(data_dir, PASSPHRASE, profile, plan=NewVaultPlan.make())
    with vault, vault.session() as session:
        service = Service(name="Weekly therapy", duration_minutes=50)
        session.add(service)
        session.flush()
        client_id, _ = clients.create_client(
            session,
            ClientInput(
                legal_first_name=CANARY_FIRST,
                legal_last_name=CANARY_LAST,
                date_of_birth=date(1980, 1, 2),
                address=CANARY_ADDRESS,
            ),
            today,
        )
        first = datetime.combine(today + timedelta(days=7), datetime.min.time()).replace(hour=17)
        recurrence = Recurrence(Repeat.WEEKLY, count=4)
        rule = str(rule_for(recurrence, first)).splitlines()[-1].removeprefix("RRULE:")
        series = AppointmentSeries(rule=rule, first_start=first, time_zone="UTC")
        session.add(series)
        session.flush()
        for start in expand(recurrence, first, ZoneInfo("UTC")):
            session.add(
                Appointment(
                    service_id=service.id,
                    client_id=client_id,
                    series_id=series.id,
                    occurrence_utc=start,
                    start_utc=start,
                    end_utc=start + timedelta(minutes=50),
                    memo=CANARY_MEMO,
                )
            )
        visit = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
        session.add(
            Appointment(
                service_id=service.id,
                client_id=client_id,
                start_utc=visit,
                end_utc=visit + timedelta(hours=1),
                location=CANARY_ADDRESS,
                memo=CANARY_MEMO,
            )
        )


def test_calendar_files_through_the_admin_tool_leak_nothing(tmp_path: Path) -> None:
    env, home, _temp = private_home(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    data = home / "practice"
    _vault_with_a_client(data)

    exported = out / "practice.ics"
    made = run_admin(
        ["export-ics", "--data-dir", str(data), "--output", str(exported)], env, PASSPHRASE + "\n"
    )
    assert made.returncode == 0, made.stderr
    assert "Wrote 2 calendar event(s)" in made.stdout
    ics = exported.read_bytes()
    assert b"RRULE:FREQ=WEEKLY;COUNT=4" in ics
    assert b"Weekly therapy \xc2\xb7 C0001" in ics
    assert [p.name for p in out.iterdir()] == ["practice.ics"]  # no temporary file left

    feed = out / "personal.ics"
    start = (datetime.now(UTC) + timedelta(days=3)).strftime("%Y%m%dT100000Z")
    end = (datetime.now(UTC) + timedelta(days=3)).strftime("%Y%m%dT110000Z")
    feed.write_bytes(
        (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:dinner@example.org\r\nDTSTART:{start}\r\nDTEND:{end}\r\n"
            f"SUMMARY:{THIRD_PARTY}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ).encode()
    )
    dry = run_admin(
        ["import-ics", "--data-dir", str(data), str(feed), "--dry-run"], env, PASSPHRASE + "\n"
    )
    assert dry.returncode == 0, dry.stderr
    assert "Would import busy time: 1 created" in dry.stdout
    imported = run_admin(["import-ics", "--data-dir", str(data), str(feed)], env, PASSPHRASE + "\n")
    assert imported.returncode == 0, imported.stderr
    assert "Imported busy time: 1 created, 0 replaced" in imported.stdout
    again = run_admin(["import-ics", "--data-dir", str(data), str(feed)], env, PASSPHRASE + "\n")
    assert "0 created, 1 replaced" in again.stdout

    broken = out / "broken.ics"
    broken.write_bytes(feed.read_bytes().replace(start.encode(), b"2026-01-01 10:00"))
    refused = run_admin(
        ["import-ics", "--data-dir", str(data), str(broken)], env, PASSPHRASE + "\n"
    )
    assert refused.returncode == 2
    assert "Line 6: the value of DTSTART cannot be read." in refused.stderr
    missing = run_admin(
        ["import-ics", "--data-dir", str(data), str(exported.parent / "missing.ics")],
        env,
        PASSPHRASE + "\n",
    )
    assert missing.returncode == 2
    assert "cannot be read" in missing.stderr

    feed.unlink()
    broken.unlink()
    assert files_containing(tmp_path, CANARIES) == []
    for output in (made, dry, imported, again, refused):
        for canary in CANARIES:
            assert canary not in output.stdout + output.stderr
    with Vault.open(data) as vault:
        vault.unlock_with_passphrase(PASSPHRASE)
        with vault.session() as session:
            assert list(session.scalars(select(BlockedTime.summary))) == ["Busy"]

    with_names = out / "with-names.ics"
    named = run_admin(
        ["export-ics", "--data-dir", str(data), "--output", str(with_names), "--names"],
        env,
        PASSPHRASE + "\n",
    )
    assert named.returncode == 0, named.stderr
    assert "names" in named.stderr
    assert CANARY_LAST.encode() in with_names.read_bytes()
    assert CANARY_MEMO.encode() not in with_names.read_bytes()
    assert CANARY_ADDRESS.encode() not in with_names.read_bytes()


def test_appointments_imported_through_the_admin_tool_leak_no_name(tmp_path: Path) -> None:
    env, home, _temp = private_home(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    data = home / "practice"
    _vault_with_a_client(data)

    past = datetime.now(UTC) - timedelta(days=30)
    weekly = datetime.now(UTC) - timedelta(days=20)
    feed = out / "old-software.ics"
    feed.write_bytes(
        (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Old//Software//EN\r\n"
            "BEGIN:VEVENT\r\nUID:past@example.org\r\n"
            f"DTSTART:{past:%Y%m%d}T100000Z\r\nDTEND:{past:%Y%m%d}T105000Z\r\n"
            f"SUMMARY:Session {CANARY_FIRST} {CANARY_LAST} ({CANARY_MEMO})\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:weekly@example.org\r\n"
            f"DTSTART:{weekly:%Y%m%d}T120000Z\r\nDURATION:PT50M\r\n"
            "RRULE:FREQ=WEEKLY;COUNT=3\r\n"
            f"SUMMARY:{CANARY_LAST}\\, {CANARY_FIRST}\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:dinner@example.org\r\n"
            f"DTSTART:{past:%Y%m%d}T190000Z\r\nDTEND:{past:%Y%m%d}T210000Z\r\n"
            f"SUMMARY:{THIRD_PARTY}\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n"
        ).encode()
    )
    command = ["import-ics", "--data-dir", str(data), "--appointments", str(feed)]
    service = ["--service", "weekly therapy"]
    dry = run_admin([*command, *service, "--dry-run"], env, PASSPHRASE + "\n")
    assert dry.returncode == 0, dry.stderr
    assert "4 appointment(s) to create" in dry.stdout
    assert "1 event(s) refused" in dry.stdout
    assert "C0001  Weekly therapy" in dry.stdout
    imported = run_admin([*command, *service, "--mark-past-attended"], env, PASSPHRASE + "\n")
    assert imported.returncode == 0, imported.stderr
    assert "Imported 4 appointment(s)" in imported.stdout
    again = run_admin([*command, *service], env, PASSPHRASE + "\n")
    assert again.returncode == 2
    assert "already imported" in again.stdout and "no appointment to import" in again.stderr
    unknown = run_admin([*command, "--service", "Reiki"], env, PASSPHRASE + "\n")
    assert unknown.returncode == 2 and "No service is called" in unknown.stderr

    feed.unlink()
    assert files_containing(tmp_path, CANARIES) == []
    for output in (dry, imported, again, unknown):
        for canary in CANARIES:
            assert canary not in output.stdout + output.stderr
    with Vault.open(data) as vault:
        vault.unlock_with_passphrase(PASSPHRASE)
        with vault.session() as session:
            uids = set(session.scalars(select(Appointment.external_uid)))
    assert {u for u in uids if u} == {
        "past@example.org",
        *(f"weekly@example.org/{(weekly + timedelta(weeks=k)):%Y%m%d}T120000Z" for k in range(3)),
    }
