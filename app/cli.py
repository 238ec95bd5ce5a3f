"""``rapport-admin``: create, check and fill a practice vault from a script or a terminal.

Passphrases are read from ``RAPPORT_PASSPHRASE`` or standard input, never from
the command line (where other users and shell histories could see them).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app import __version__, billing_reports, calendar, consents, logs, notes
from app.demo import DEFAULT_SEED, DEMO_PASSPHRASE, SCALES, create_demo_vault, generated
from app.errors import RapportError, ValidationError
from app.interop import export, ics, ics_appointments
from app.paths import atomic_write, resolve_data_dir, restrict_process_umask
from app.practice import ProfileInput, get_profile
from app.vault import NewVaultPlan, Vault, backup

PASSPHRASE_ENV = "RAPPORT_PASSPHRASE"
EXPORT_PASSPHRASE_ENV = "RAPPORT_EXPORT_PASSPHRASE"


def _read_passphrase(prompt: str, confirm: bool = False) -> str:
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env is not None:
        return from_env
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat the passphrase: ") != first:
            raise ValidationError({"confirmation": "The two passphrases are not the same."})
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _read_export_passphrase() -> str:
    """The full export's own passphrase: never the vault's, asked for separately."""
    from_env = os.environ.get(EXPORT_PASSPHRASE_ENV)
    if from_env is not None:
        return from_env
    if sys.stdin.isatty():
        first = getpass.getpass("A new passphrase for the export (at least 12 characters): ")
        if getpass.getpass("Repeat the export's passphrase: ") != first:
            raise ValidationError({"confirmation": "The two passphrases are not the same."})
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _cmd_init(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    passphrase = _read_passphrase("New passphrase (at least 12 characters): ", confirm=True)
    plan = NewVaultPlan.make()
    profile = ProfileInput(
        practice_name=args.practice_name,
        clinician_name=args.clinician_name,
        country=args.country,
        time_zone=args.time_zone,
    )
    with Vault.create(data_dir, passphrase, profile, plan=plan):
        pass
    print(f"Created a practice vault in {data_dir}.")
    print()
    print("Recovery code (shown only this once; write it down and keep it safe):")
    print(f"    {plan.recovery_code}")
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    with Vault.open(data_dir) as vault:
        report = vault.unlock_with_passphrase(_read_passphrase("Passphrase: "))
        problems = vault.check_integrity()
        with vault.session() as session:
            broken = consents.verify_chain(session)
            broken_note = notes.verify_chain(session)
        if broken is not None:
            problems.append(f"The signed consents' chain does not fit at consent {broken}.")
        if broken_note is not None:
            kind, ident = broken_note
            problems.append(f"The signed notes' chain does not fit at {kind} {ident}.")
        if report.failed_attempts:
            print(f"Note: {len(report.failed_attempts)} failed unlock attempt(s) since last time.")
        if problems:
            for problem in problems:
                print(f"Problem: {problem}", file=sys.stderr)
            return 7
        print(
            f"All checks passed: database integrity, page authentication, "
            f"an unbroken audit log of {report.audit_entries + 1} entries, "
            "and the chains of signed consents and signed notes."
        )
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    started = time.perf_counter()
    with create_demo_vault(data_dir, args.scale, args.seed) as vault:
        made = generated(vault) or {}
    seconds = time.perf_counter() - started
    print(f"Created a {args.scale} demo practice in {data_dir} ({seconds:.1f} s).")
    if made:
        statuses = made.get("client_statuses", {})
        print(
            f"  {made['clients']:,} clients ({made['minors']:,} minors, "
            f"{statuses.get('archived', 0):,} archived) and {made['prospects']:,} enquiries."
        )
        if made.get("consents"):
            print(
                f"  {made['consents']:,} signed consents ({made.get('outdated_consents', 0):,} "
                f"on an older version, {made.get('paper_consents', 0):,} on paper, "
                f"{made.get('revoked_consents', 0):,} revoked)."
            )
        if made.get("invoices"):
            print(
                f"  {made['invoices']:,} invoices ({made.get('open_invoices', 0):,} still due, "
                f"{made.get('void_invoices', 0):,} voided), {made.get('payments', 0):,} payments, "
                f"{made.get('write_offs', 0):,} written off."
            )
    print(f"Its passphrase is: {DEMO_PASSPHRASE}")
    return 0


def _cmd_export_ics(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    output = Path(args.output).expanduser()
    if not output.parent.is_dir():
        raise ValidationError({"output": f"The folder {output.parent} does not exist."})
    if output.is_dir():
        raise ValidationError({"output": f"{output} is a folder; give a file name."})
    with Vault.open(data_dir) as vault:
        vault.unlock_with_passphrase(_read_passphrase("Passphrase: "))
        with vault.session() as session:
            today = datetime.now(ZoneInfo(get_profile(session).time_zone)).date()
            data = ics.export_ics(session, today, show_names=args.names)
            try:
                atomic_write(output, data)
            except OSError as exc:
                raise ValidationError({"output": f"{output} cannot be written."}) from exc
    events = data.count(b"BEGIN:VEVENT")
    print(f"Wrote {events} calendar event(s) from {today.isoformat()} on to {output}.")
    if args.names:
        print(
            "Warning: the file holds your clients' names. Keep it private, "
            "and delete it once it has been imported.",
            file=sys.stderr,
        )
    return 0


def _read_calendar_file(name: str) -> bytes:
    source = Path(name).expanduser()
    try:
        if source.stat().st_size > ics.MAX_IMPORT_BYTES:
            raise ics.IcsError(
                f"The calendar file is larger than {ics.MAX_IMPORT_BYTES // (1024 * 1024)} MB."
            )
        return source.read_bytes()
    except OSError as exc:
        raise ValidationError({"file": f"The file {source} cannot be read."}) from exc


def _cmd_import_ics(args: argparse.Namespace) -> int:
    if args.appointments:
        return _import_appointments(args)
    if args.service is not None or args.mark_past_attended:
        raise ValidationError(
            {"appointments": "--service and --mark-past-attended go with --appointments."}
        )
    data_dir = resolve_data_dir(args.data_dir)
    data = _read_calendar_file(args.file)
    with Vault.open(data_dir) as vault:
        vault.unlock_with_passphrase(_read_passphrase("Passphrase: "))
        with vault.session() as session:
            result = ics.import_busy(session, data, datetime.now(UTC), dry_run=args.dry_run)
    verb = "Would import" if args.dry_run else "Imported"
    print(
        f"{verb} busy time: {result.created} created, {result.replaced} replaced, "
        f"{result.removed} removed, {len(result.skipped)} event(s) skipped."
    )
    shown = 20
    for reason in result.skipped[:shown]:
        print(f"  skipped {reason}")
    if len(result.skipped) > shown:
        print(f"  … and {len(result.skipped) - shown} more skipped.")
    return 0


def _service_id(session: Session, name: str | None) -> int | None:
    if name is None:
        return None
    offered = [s for s in calendar.services(session) if not s.archived]
    for service in offered:
        if service.name.casefold() == name.strip().casefold():
            return service.id
    names = ", ".join(s.name for s in offered)
    raise ValidationError({"service": f"No service is called “{name}”. The services: {names}."})


def _local(moment: datetime | date | None, zone: ZoneInfo) -> str:
    if isinstance(moment, datetime):
        return f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"
    if isinstance(moment, date):
        return f"{moment.isoformat()} (all day)"
    return "—"


def _import_appointments(args: argparse.Namespace) -> int:
    """Appointments from another program's calendar file: client codes only are printed."""
    data_dir = resolve_data_dir(args.data_dir)
    data = _read_calendar_file(args.file)
    with Vault.open(data_dir) as vault:
        vault.unlock_with_passphrase(_read_passphrase("Passphrase: "))
        with vault.session() as session:
            plan = ics_appointments.plan_appointment_import(
                session,
                data,
                default_service_id=_service_id(session, args.service),
                mark_past_attended=args.mark_past_attended,
            )
            _print_plan(plan)
            if args.dry_run:
                return 0
            result = ics_appointments.import_appointments(session, plan)
    attended = f" ({result.attended} marked attended)" if result.attended else ""
    print(f"Imported {result.created} appointment(s){attended}; none was charged.")
    return 0


def _print_plan(plan: ics_appointments.AppointmentImportPlan) -> None:
    zone = ZoneInfo(plan.time_zone)
    attended = f", {plan.attended} of them marked attended" if plan.attended else ""
    print(
        f"{len(plan.appointments)} appointment(s) to create ({plan.past} in the past{attended}), "
        f"{len(plan.refused)} event(s) refused, {len(plan.skipped)} skipped."
    )
    shown = 20
    for row in plan.appointments[:shown]:
        print(f"  create {_local(row.start, zone)}  {row.codes}  {row.service_name}")
    if len(plan.appointments) > shown:
        print(f"  … and {len(plan.appointments) - shown} more to create.")
    for label, items in (("refused", plan.refused), ("skipped", plan.skipped)):
        for item in items[:shown]:
            print(f"  {label} line {item.line}, {_local(item.start, zone)}: {item.describe()}")
        if len(items) > shown:
            print(f"  … and {len(items) - shown} more {label}.")


def _cmd_export_billing(args: argparse.Namespace) -> int:
    if not 1900 <= args.year <= 9999:
        raise ValidationError({"year": "Give a year such as 2027."})
    output = Path(args.out).expanduser() if args.out else None
    if output is not None and not output.parent.is_dir():
        raise ValidationError({"out": f"The folder {output.parent} does not exist."})
    if output is not None and output.is_dir():
        raise ValidationError({"out": f"{output} is a folder; give a file name."})
    data_dir = resolve_data_dir(args.data_dir)
    with Vault.open(data_dir) as vault:
        vault.unlock_with_passphrase(_read_passphrase("Passphrase: "))
        with vault.session() as session:
            text = billing_reports.export_csv(session, args.year)
    rows = text.count("\n") - 1
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return 0
    try:
        atomic_write(output, text.encode("utf-8"))
    except OSError as exc:
        raise ValidationError({"out": f"{output} cannot be written."}) from exc
    print(f"Wrote {rows} billing record(s) of {args.year} to {output}.")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    target = Path(args.to).expanduser()
    data_dir = resolve_data_dir(args.data_dir)
    with Vault.open(data_dir) as vault:
        vault.unlock_with_passphrase(_read_passphrase("Passphrase: "))
        with vault.session() as session:
            today = datetime.now(ZoneInfo(get_profile(session).time_zone)).date()
        if args.plain_folder:
            report = export.export_practice_to_folder(
                vault, target, psychotherapy_notes=args.psychotherapy_notes, today=today
            )
        else:
            report = export.export_practice(
                vault,
                target,
                _read_export_passphrase(),
                psychotherapy_notes=args.psychotherapy_notes,
                today=today,
            )
    rows = sum(report.rows.values())
    kind = "an encrypted archive" if report.encrypted else "a plain folder"
    print(
        f"Exported {report.clients:,} clients ({rows:,} rows, {len(report.files):,} files) "
        f"as {kind} of {report.size / 1e6:.1f} MB in {report.seconds:.0f} s: {report.path}"
    )
    if report.charts_beside:
        print(f"{report.charts_beside:,} chart summaries were drawn by a second process.")
    if not report.psychotherapy_notes:
        print("Psychotherapy notes are not included.")
    if not report.encrypted:
        print(
            "Warning: the folder holds every record in plain text. Keep it on an encrypted "
            "drive, and delete it once it has been copied where it is needed.",
            file=sys.stderr,
        )
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    now = datetime.now(UTC)
    with Vault.open(data_dir) as vault:
        vault.unlock_with_passphrase(_read_passphrase("Passphrase: "))
        if args.to:
            info = backup.make_backup(vault, Path(args.to).expanduser(), now)
        else:
            info = backup.automatic_backup(vault, vault.files.backups, now)
    rows = info.manifest.total_rows
    print(f"Backed up and checked ({rows:,} rows, {info.size / 1e6:.1f} MB): {info.path}")
    return 0


def _cmd_verify_backup(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    secret = _read_passphrase("Recovery code: " if args.recovery_code else "Passphrase: ")
    scratch = Path(tempfile.gettempdir())
    info = backup.verify_backup(path, secret, scratch, recovery=args.recovery_code)
    made = info.manifest.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(
        f"The backup of {made} is sound: it opens, every page is authentic, and its "
        f"{info.manifest.total_rows:,} rows are all there."
    )
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    path = Path(args.file).expanduser()
    secret = _read_passphrase(
        "The backup's recovery code: " if args.recovery_code else "The backup's passphrase: "
    )
    report = backup.restore_backup(
        data_dir, path, secret, datetime.now(UTC), recovery=args.recovery_code
    )
    made = report.manifest.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(f"Restored the backup of {made} into {data_dir}.")
    if report.kept_aside is not None:
        print(f"The practice it replaced is kept in {report.kept_aside}.")
    if not report.same_practice and report.kept_aside is not None:
        print("Note: the backup is of a different practice than the one it replaced.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rapport-admin",
        description="Create, check and fill Rapport practice vaults.",
        epilog=f"Passphrases are read from ${PASSPHRASE_ENV} or standard input.",
    )
    parser.add_argument("--version", action="version", version=f"rapport-admin {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--data-dir", help="the practice's data folder")
        return sub

    init = add("init", "create a new practice vault and print its recovery code once")
    init.add_argument("--practice-name", required=True)
    init.add_argument("--clinician-name", required=True)
    init.add_argument("--country", default="US", help="two-letter country code (default US)")
    init.add_argument("--time-zone", default="UTC", help="e.g. Europe/London (default UTC)")
    init.set_defaults(run=_cmd_init)

    verify = add("verify", "unlock and check the database, its encryption and the audit log")
    verify.set_defaults(run=_cmd_verify)

    export_ics = add("export-ics", "write the coming appointments to an iCalendar (.ics) file")
    export_ics.add_argument("--output", required=True, help="the .ics file to write")
    export_ics.add_argument(
        "--names", action="store_true", help="show clients' names instead of their codes"
    )
    export_ics.set_defaults(run=_cmd_export_ics)

    import_ics = add(
        "import-ics",
        "block the busy times of a personal calendar (.ics file), or import appointments "
        "from another program's calendar (--appointments)",
    )
    import_ics.add_argument("file", help="the .ics file to read")
    import_ics.add_argument(
        "--dry-run", action="store_true", help="only report what would be imported"
    )
    import_ics.add_argument(
        "--appointments",
        action="store_true",
        help="import the events as appointments of the clients whose code or full name "
        "their titles hold (all or nothing), instead of as busy time",
    )
    import_ics.add_argument(
        "--service",
        metavar="NAME",
        help="with --appointments: the service of events whose title names none",
    )
    import_ics.add_argument(
        "--mark-past-attended",
        action="store_true",
        help="with --appointments: store past appointments as attended (never charged)",
    )
    import_ics.set_defaults(run=_cmd_import_ics)

    export_billing = add(
        "export-billing",
        "write a year's invoices, payments and write-offs as CSV for an accountant "
        "(client codes, no names, no clinical content)",
    )
    export_billing.add_argument("--year", type=int, required=True, help="e.g. 2027")
    export_billing.add_argument("--out", help="the .csv file to write (default: standard output)")
    export_billing.set_defaults(run=_cmd_export_billing)

    full_export = add(
        "export",
        "export the whole practice (CSV, JSON, a chart and the consents of each client) "
        "into a 7z archive encrypted with its own passphrase "
        f"(${EXPORT_PASSPHRASE_ENV} or a second prompt)",
    )
    full_export.add_argument("--to", required=True, help="the .7z file to write")
    full_export.add_argument(
        "--psychotherapy-notes",
        action="store_true",
        help="include psychotherapy notes (left out unless asked for)",
    )
    full_export.add_argument(
        "--plain-folder",
        action="store_true",
        help="write an unencrypted folder instead of an archive (anyone who can read it "
        "reads every record)",
    )
    full_export.set_defaults(run=_cmd_export)

    make_backup = add(
        "backup",
        "make a checked, encrypted backup (into the data folder's backups, rotated, "
        "unless --to names a file)",
    )
    make_backup.add_argument("--to", help="the backup file to write")
    make_backup.set_defaults(run=_cmd_backup)

    verify_backup = add(
        "verify-backup", "check that a backup file opens and holds everything it should"
    )
    verify_backup.add_argument("file", help="the .rapport-backup file")
    verify_backup.add_argument(
        "--recovery-code", action="store_true", help="open it with its recovery code"
    )
    verify_backup.set_defaults(run=_cmd_verify_backup)

    restore = add(
        "restore",
        "put a backup in place of the practice (which is kept aside); the app must be closed",
    )
    restore.add_argument("file", help="the .rapport-backup file")
    restore.add_argument(
        "--recovery-code", action="store_true", help="open it with its recovery code"
    )
    restore.set_defaults(run=_cmd_restore)

    demo = add("demo", "create a synthetic demo practice")
    demo.add_argument("--scale", choices=sorted(SCALES), default="small")
    demo.add_argument("--seed", type=int, default=DEFAULT_SEED)
    demo.set_defaults(run=_cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    restrict_process_umask()
    args = build_parser().parse_args(argv)
    logs.configure()
    logs.install_excepthook()
    try:
        return int(args.run(args))
    except RapportError as exc:
        print(f"rapport-admin: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("rapport-admin: interrupted.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
