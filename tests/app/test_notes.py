"""Session notes: templates, drafts saved and refused, signing and its chain, addenda, search."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app import calendar, clients, notes
from app.calendar import AppointmentInput, SchedulePolicy
from app.changes import Changed
from app.clients import ArchivedRecord, ArchiveRefused, EraseReason, EraseRefused, GoalInput
from app.errors import ValidationError
from app.instruments import load_all
from app.measures import record_administration
from app.models import Client, ClientStatus, Note, NoteKind, NoteRevision, Service, ServiceKind
from app.notes import NoteLocked, NoteSection, StaleDraft, TemplateSection
from app.practice import get_profile, save_profile
from app.treatment_plan import plan
from app.vault import Vault
from tests.app.people import TODAY, adult, audit_entries, count

LONDON = ZoneInfo("Europe/London")
SIGNER = "Dr Zebulon Canaryfield"
T0 = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    """One transaction on a London practice with the built-in templates."""
    with vault.session() as session:
        save_profile(session, replace(get_profile(session), time_zone="Europe/London"))
        notes.ensure_builtin_templates(session)
        yield session


def new_client(session: Session, **changes: object) -> int:
    client_id, _ = clients.create_client(session, adult(**changes), TODAY)  # type: ignore[arg-type]
    return client_id


def template_id(session: Session, name: str = "SOAP") -> int:
    return next(t.id for t in notes.templates(session) if t.name == name)


def typed(view: notes.NoteView, **texts: str) -> list[NoteSection]:
    """The note's sections with ``texts`` (by key) typed into them."""
    return [replace(s, text=texts.get(s.key, s.text)) for s in view.sections]


def write(session: Session, note_id: int, now: datetime = T0, **texts: str) -> int:
    view = notes.get_note(session, note_id)
    return notes.save_draft(session, note_id, typed(view, **texts), view.revision, now=now)


def book(session: Session, client_id: int, start: datetime) -> int:
    calendar.ensure_default_services(session)
    calendar.set_schedule_policy(session, SchedulePolicy(hours=((time(0), time(23, 59)),) * 7))
    service = session.scalar(select(Service).where(Service.kind == ServiceKind.INDIVIDUAL))
    assert service is not None
    (appointment_id,) = calendar.book(
        session,
        AppointmentInput(
            service_id=service.id,
            start=start,
            duration_minutes=50,
            client_id=client_id,
            accept_consent_warning=True,
        ),
        TODAY,
    )
    return appointment_id


# ---------------------------------------------------------------- templates


def test_builtin_templates_are_installed_once_with_a_measures_section(session: Session) -> None:
    assert notes.ensure_builtin_templates(session) == Changed.NOTHING
    found = {t.name: t for t in notes.templates(session)}
    assert list(found) == [name for name, _, _ in notes.BUILTIN_TEMPLATES]
    for name in ("SOAP", "DAP", "BIRP", "Intake note"):
        assert notes.MEASURES_KEY in [s.key for s in found[name].sections]
    assert found["Process notes"].kind == NoteKind.PSYCHOTHERAPY
    assert all(t.builtin and all(s.prompt for s in t.sections) for t in found.values())


def test_an_own_template_is_validated_saved_and_archived(session: Session) -> None:
    sections = [TemplateSection("", "Focus", "What we worked on"), TemplateSection("", "Focus")]
    own = notes.save_template(session, "Short", NoteKind.PROGRESS, sections)
    info = notes.get_template(session, own)
    assert [s.key for s in info.sections] == ["focus", "focus_2"] and not info.builtin
    with pytest.raises(ValidationError) as raised:
        notes.save_template(session, "short", NoteKind.PROGRESS, sections)
    assert "name" in raised.value.problems
    with pytest.raises(ValidationError) as raised:
        notes.save_template(session, "Empty", NoteKind.PROGRESS, [])
    assert "sections" in raised.value.problems
    with pytest.raises(ValidationError) as raised:
        notes.save_template(session, "Many", NoteKind.PROGRESS, [TemplateSection("", "x")] * 21)
    assert "sections" in raised.value.problems
    with pytest.raises(ValidationError) as raised:
        notes.save_template(session, "Untitled", NoteKind.PROGRESS, [TemplateSection("a", " ")])
    assert "sections.0.title" in raised.value.problems
    assert notes.archive_template(session, own) == Changed.NOTES
    assert own not in [t.id for t in notes.templates(session)]
    assert own in [t.id for t in notes.templates(session, include_archived=True)]


def test_editing_a_builtin_template_saves_a_copy(session: Session) -> None:
    soap = notes.get_template(session, template_id(session))
    copy = notes.save_template(
        session, "SOAP", soap.kind, [*soap.sections, TemplateSection("", "Risk")], soap.id
    )
    assert copy != soap.id
    assert notes.get_template(session, copy).name == "SOAP (own)"
    assert notes.get_template(session, soap.id) == soap


# ---------------------------------------------------------------- drafts


def test_a_note_starts_from_its_template_with_empty_text(session: Session) -> None:
    client_id = new_client(session)
    note_id = notes.start_note(session, client_id, template_id(session), TODAY)
    view = notes.get_note(session, note_id)
    assert view.kind == NoteKind.PROGRESS and view.template_name == "SOAP"
    assert view.status == "draft" and view.revision == 0 and not view.is_signed
    assert view.sections[0].title == "Subjective"
    assert all(s.text == "" and s.prompt for s in view.sections)
    assert [e.action for e in audit_entries(session, "note", note_id)] == ["create"]


def test_an_archived_client_gets_no_new_note(session: Session) -> None:
    client_id = new_client(session)
    clients.archive(session, client_id, TODAY)
    with pytest.raises(ArchivedRecord):
        notes.start_note(session, client_id, template_id(session), TODAY)


def test_one_draft_per_appointment_and_kind(session: Session) -> None:
    client_id = new_client(session)
    appointment_id = book(session, client_id, datetime(2026, 11, 27, 10, tzinfo=LONDON))
    first = notes.start_note(session, client_id, template_id(session), TODAY, appointment_id)
    again = notes.start_note(session, client_id, template_id(session, "DAP"), TODAY, appointment_id)
    process = notes.start_note(
        session, client_id, template_id(session, "Process notes"), TODAY, appointment_id
    )
    assert again == first and process != first
    found = notes.note_for_appointment(session, appointment_id)
    assert found is not None and found.id == first
    private = notes.note_for_appointment(session, appointment_id, NoteKind.PSYCHOTHERAPY)
    assert private is not None and private.id == process
    other = new_client(session, legal_first_name="Bo", email="bo@example.org")
    with pytest.raises(ValidationError):
        notes.start_note(session, other, template_id(session), TODAY, appointment_id)


def test_saving_a_draft_counts_revisions_and_refuses_a_stale_one(session: Session) -> None:
    client_id = new_client(session)
    note_id = notes.start_note(session, client_id, template_id(session), TODAY)
    view = notes.get_note(session, note_id)
    first = notes.save_draft(session, note_id, typed(view, subjective="Slept badly."), 0, now=T0)
    assert first == 1
    # A second window still holding revision 0 may not overwrite it.
    with pytest.raises(StaleDraft):
        notes.save_draft(session, note_id, typed(view, subjective="Other"), 0, now=T0)
    second = notes.save_draft(session, note_id, typed(view, subjective="Slept well."), 1, now=T0)
    saved = notes.get_note(session, note_id)
    assert second == 2 and saved.revision == 2
    assert saved.sections[0].text == "Slept well." and saved.sections[0].prompt


def test_a_draft_names_only_the_clients_own_goals(session: Session) -> None:
    client_id = new_client(session, goals=(GoalInput("Sleep through the night"),))
    other = new_client(session, legal_first_name="Bo", goals=(GoalInput("Other"),))
    own_goal = plan(session, client_id)[0].goal_id
    other_goal = plan(session, other)[0].goal_id
    note_id = notes.start_note(session, client_id, template_id(session), TODAY)
    view = notes.get_note(session, note_id)
    notes.save_draft(session, note_id, typed(view, plan="Keep a diary"), 0, [own_goal], T0)
    assert notes.get_note(session, note_id).goal_ids == (own_goal,)
    with pytest.raises(ValidationError):
        notes.save_draft(session, note_id, view.sections, 1, [other_goal], T0)


def test_a_revision_is_kept_every_few_minutes_until_signing(session: Session) -> None:
    client_id = new_client(session)
    note_id = notes.start_note(session, client_id, template_id(session), TODAY)
    step = timedelta(minutes=notes.REVISION_EVERY_MINUTES)
    for i, moment in enumerate([T0, T0 + step / 2, T0 + step, T0 + step + timedelta(seconds=1)]):
        write(session, note_id, moment, subjective=f"version {i}")
    kept = notes.revisions(session, note_id)
    assert [sections[0].text for _, sections in kept] == ["version 0", "version 2"]
    notes.sign(session, note_id, SIGNER, T0 + 2 * step, LONDON)
    assert notes.revisions(session, note_id) == []
    assert count(session, NoteRevision) == 0


def test_a_draft_can_be_deleted_but_a_signed_note_cannot(session: Session) -> None:
    client_id = new_client(session)
    draft = notes.start_note(session, client_id, template_id(session), TODAY)
    signed = notes.start_note(session, client_id, template_id(session), TODAY)
    write(session, signed, subjective="Low mood.")
    notes.sign(session, signed, SIGNER, T0, LONDON)
    assert notes.delete_draft(session, draft) == Changed.NOTES
    with pytest.raises(notes.NoteNotFound):
        notes.get_note(session, draft)
    with pytest.raises(NoteLocked):
        notes.delete_draft(session, signed)
    assert [e.action for e in audit_entries(session, "note", draft)] == ["create", "delete"]


def test_unsigned_notes_lists_drafts_oldest_session_first(session: Session) -> None:
    client_id = new_client(session)
    newer = notes.start_note(session, client_id, template_id(session), TODAY)
    older = notes.start_note(
        session, client_id, template_id(session, "Process notes"), TODAY - timedelta(days=7)
    )
    done = notes.start_note(session, client_id, template_id(session), TODAY - timedelta(days=14))
    write(session, done, subjective="Calmer.")
    notes.sign(session, done, SIGNER, T0, LONDON)
    rows = notes.unsigned_notes(session)
    assert [r.id for r in rows] == [older, newer]
    assert rows[0].kind == NoteKind.PSYCHOTHERAPY and rows[0].client_name == "Lee, Ann"
    listed = notes.client_notes(session, client_id)
    assert [r.id for r in listed] == [newer, older, done]
    assert [r.id for r in notes.client_notes(session, client_id, include_psychotherapy=False)] == [
        newer,
        done,
    ]


# ---------------------------------------------------------------- signing


def test_signing_hashes_chains_and_locks_the_note(session: Session) -> None:
    client_id = new_client(session)
    note_id = notes.start_note(session, client_id, template_id(session), TODAY)
    write(session, note_id, subjective="Reports panic on the bus.")
    signed = notes.sign(session, note_id, SIGNER, T0, LONDON)
    assert signed.is_signed and signed.status == "signed" and signed.signed_by == SIGNER
    assert len(signed.content_hash) == 64 and not signed.late_entry
    row = session.get(Note, note_id)
    assert row is not None and row.chain_seq == 1 and row.prev_hash == notes.GENESIS
    assert row.chain_hash == notes.chain_value(notes.GENESIS, signed.content_hash)
    second = notes.start_note(session, client_id, template_id(session), TODAY)
    write(session, second, plan="Graded exposure.")
    notes.sign(session, second, SIGNER, T0, LONDON)
    row2 = session.get(Note, second)
    assert row2 is not None and row2.chain_seq == 2 and row2.prev_hash == row.chain_hash
    assert notes.verify_chain(session) is None
    with pytest.raises(NoteLocked):
        notes.save_draft(session, note_id, signed.sections, signed.revision, now=T0)
    with pytest.raises(NoteLocked):
        notes.sign(session, note_id, SIGNER, T0, LONDON)
    detail = audit_entries(session, "note", note_id)[-1].detail
    assert detail["sha256"] == signed.content_hash
    assert "panic" not in str(detail) and "Ann" not in str(detail)


def test_an_empty_note_is_not_signed(session: Session) -> None:
    client_id = new_client(session)
    note_id = notes.start_note(session, client_id, template_id(session), TODAY)
    write(session, note_id, subjective="   \n ")
    with pytest.raises(ValidationError) as raised:
        notes.sign(session, note_id, SIGNER, T0, LONDON)
    assert "note" in raised.value.problems
    with pytest.raises(ValidationError) as raised:
        write(session, note_id, subjective="Something")
        notes.sign(session, note_id, "  ", T0, LONDON)
    assert "signed_by" in raised.value.problems


def test_late_entry_after_exactly_24_hours_from_the_session_end(session: Session) -> None:
    client_id = new_client(session)
    start = datetime(2026, 11, 20, 10, tzinfo=LONDON)
    appointment_id = book(session, client_id, start)
    end = start + timedelta(minutes=50)
    on_time = notes.start_note(
        session, client_id, template_id(session), start.date(), appointment_id
    )
    write(session, on_time, subjective="On time.")
    assert not notes.sign(session, on_time, SIGNER, end + timedelta(hours=24), LONDON).late_entry
    late = notes.start_note(session, client_id, template_id(session), start.date(), appointment_id)
    write(session, late, subjective="Late.")
    moment = end + timedelta(hours=24, seconds=1)
    assert notes.sign(session, late, SIGNER, moment, LONDON).late_entry
    # Without an appointment the session ends at the end of its day, in the practice's zone.
    day_end = datetime(2026, 11, 21, tzinfo=LONDON)
    for seconds, expected in ((0, False), (1, True)):
        note_id = notes.start_note(session, client_id, template_id(session), date(2026, 11, 20))
        write(session, note_id, subjective="Phone call.")
        moment = day_end + timedelta(hours=24, seconds=seconds)
        assert notes.sign(session, note_id, SIGNER, moment, LONDON).late_entry is expected


def test_a_signed_row_refuses_changes_through_the_orm(vault: Vault) -> None:
    with vault.session() as session:
        notes.ensure_builtin_templates(session)
        client_id = new_client(session)
        note_id = notes.start_note(session, client_id, template_id(session), TODAY)
        write(session, note_id, subjective="Original.")
        notes.sign(session, note_id, SIGNER, T0, LONDON)
    with pytest.raises(NoteLocked), vault.session() as session:
        row = session.get(Note, note_id)
        assert row is not None
        row.sections = [{"key": "subjective", "title": "Subjective", "text": "Changed."}]
        session.flush()
    with pytest.raises(NoteLocked), vault.session() as session:
        row = session.get(Note, note_id)
        assert row is not None
        row.status = "draft"
        session.flush()
    with vault.session() as session:
        assert notes.get_note(session, note_id).sections[0].text == "Original."


def test_editing_a_signed_note_with_sql_breaks_the_chain(session: Session) -> None:
    client_id = new_client(session)
    ids = []
    for words in ("First.", "Second.", "Third."):
        note_id = notes.start_note(session, client_id, template_id(session), TODAY)
        write(session, note_id, subjective=words)
        notes.sign(session, note_id, SIGNER, T0, LONDON)
        ids.append(note_id)
    addendum = notes.add_addendum(session, ids[0], "Correction.", SIGNER, T0)
    assert notes.verify_chain(session) is None
    session.execute(
        text("UPDATE note_addendum SET text = 'Other.' WHERE id = :id"), {"id": addendum}
    )
    assert notes.verify_chain(session) == ("addendum", addendum)
    session.execute(
        text("UPDATE note_addendum SET text = 'Correction.' WHERE id = :id"), {"id": addendum}
    )
    assert notes.verify_chain(session) is None
    session.execute(
        text("UPDATE note SET sections = :s WHERE id = :id"),
        {"s": '[{"key": "subjective", "title": "Subjective", "text": "Forged."}]', "id": ids[1]},
    )
    assert notes.verify_chain(session) == ("note", ids[1])
    session.execute(text("UPDATE note SET signed_by = 'Someone' WHERE id = :id"), {"id": ids[0]})
    assert notes.verify_chain(session) == ("note", ids[0])


def test_addenda_are_signed_into_the_same_chain(session: Session) -> None:
    client_id = new_client(session)
    note_id = notes.start_note(session, client_id, template_id(session), TODAY)
    write(session, note_id, subjective="Reported a fall.")
    with pytest.raises(ValidationError):
        notes.add_addendum(session, note_id, "Too early.", SIGNER, T0)
    notes.sign(session, note_id, SIGNER, T0, LONDON)
    with pytest.raises(ValidationError):
        notes.add_addendum(session, note_id, "  ", SIGNER, T0)
    later = T0 + timedelta(days=2)
    addendum_id = notes.add_addendum(session, note_id, "The fall was in 2019.", SIGNER, later)
    view = notes.get_note(session, note_id)
    assert [(a.id, a.text, a.signed_at) for a in view.addenda] == [
        (addendum_id, "The fall was in 2019.", later)
    ]
    other = notes.start_note(session, client_id, template_id(session), TODAY)
    write(session, other, subjective="Next.")
    notes.sign(session, other, SIGNER, later, LONDON)
    row = session.get(Note, other)
    assert row is not None and row.chain_seq == 3
    assert notes.verify_chain(session) is None
    assert [e.action for e in audit_entries(session, "note", note_id)][-1] == "addendum"


def test_psychotherapy_notes_are_their_own_kind(session: Session) -> None:
    client_id = new_client(session)
    note_id = notes.start_note(session, client_id, template_id(session, "Process notes"), TODAY)
    write(session, note_id, process="Felt protective of her.")
    view = notes.sign(session, note_id, SIGNER, T0, LONDON)
    assert view.kind == NoteKind.PSYCHOTHERAPY and view.template_name == "Process notes"
    assert notes.client_notes(session, client_id, include_psychotherapy=False) == []
    hits = notes.search(session, "protective", kind=NoteKind.PSYCHOTHERAPY)
    assert [h.note_id for h in hits] == [note_id]
    assert notes.search(session, "protective", kind=NoteKind.PROGRESS) == []


def test_erasing_a_client_keeps_the_chain_of_the_others(session: Session) -> None:
    gone = new_client(session, legal_first_name="Gone", email="gone@example.org")
    stays = new_client(session)
    for client_id in (gone, stays, gone):
        note_id = notes.start_note(session, client_id, template_id(session), TODAY)
        write(session, note_id, subjective="Xylophonic worries.")
        notes.sign(session, note_id, SIGNER, T0, LONDON)
        notes.add_addendum(session, note_id, "Addendum.", SIGNER, T0)
    assert len(notes.search(session, "xylophonic")) == 3
    code = clients.get_client(session, gone, TODAY).data.code
    with pytest.raises(EraseRefused, match="2 signed notes"):
        clients.erase(session, gone, EraseReason.ENTERED_BY_MISTAKE, code, TODAY)
    clients.archive(session, gone, TODAY)
    until = clients.get_client(session, gone, TODAY).retention_until
    assert until is not None
    with pytest.raises(EraseRefused, match="kept until"):
        clients.erase(session, gone, EraseReason.RETENTION_ENDED, code, until - timedelta(days=1))
    clients.erase(session, gone, EraseReason.RETENTION_ENDED, code, until)
    assert [h.client_id for h in notes.search(session, "xylophonic")] == [stays]
    assert session.execute(text("SELECT count(*) FROM note_fts")).scalar_one() == 1
    assert notes.verify_chain(session) is None
    later = notes.start_note(session, stays, template_id(session), TODAY)
    write(session, later, subjective="After.")
    notes.sign(session, later, SIGNER, T0, LONDON)
    assert notes.verify_chain(session) is None


# ---------------------------------------------------------------- measures


def test_measures_text_reports_the_change_since_the_first(session: Session) -> None:
    client_id = new_client(session)
    instruments = load_all().instruments
    phq9 = instruments["phq9"]

    def give(total: int, at: datetime) -> None:
        answers = {str(i): 0 for i in range(1, 10)}
        for i in range(total):
            answers[str(i % 9 + 1)] += 1
        record_administration(session, client_id, phq9, answers, at=at)

    first = datetime(2026, 2, 3, 10, tzinfo=LONDON)
    give(19, first)
    assert notes.measures_text(session, client_id, first.date()) == "PHQ-9 19 (moderately severe)"
    give(17, datetime(2026, 3, 3, 10, tzinfo=LONDON))
    assert notes.measures_text(session, client_id, date(2026, 3, 3), instruments) == (
        "PHQ-9 17 (moderately severe), down 2 since 3 Feb 2026 (first)"
    )
    give(12, datetime(2026, 11, 27, 10, tzinfo=LONDON))
    assert notes.measures_text(session, client_id, TODAY, instruments) == (
        "PHQ-9 12 (moderate), down 7 since 3 Feb 2026 (first) — reliable improvement"
    )
    assert notes.measures_text(session, client_id, date(2026, 11, 26), instruments) == ""


# ---------------------------------------------------------------- search


def signed_note(session: Session, client_id: int, day: date, words: str) -> int:
    note_id = notes.start_note(session, client_id, template_id(session, "Free-form"), day)
    write(session, note_id, note=words)
    notes.sign(session, note_id, SIGNER, T0, LONDON)
    return note_id


def test_search_folds_accents_matches_prefixes_and_marks_words(session: Session) -> None:
    client_id = new_client(session)
    note_id = signed_note(session, client_id, TODAY, "Talked about the café and her anxiety.")
    for query in ("cafe", "CAFÉ", "anx", "café anxi", "  Anxiety!  "):
        hits = notes.search(session, query)
        assert [h.note_id for h in hits] == [note_id], query
    hit = notes.search(session, "cafe anx")[0]
    assert "\x02café\x03" in hit.snippet and "\x02anxiety\x03" in hit.snippet
    assert hit.client_name == "Lee, Ann" and hit.status == "signed" and hit.session_date == TODAY
    assert notes.search(session, "anxious") == []
    assert notes.search(session, "") == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"café',
        "café AND",
        "AND OR NOT",
        "*",
        "anx*",
        "(café",
        "café)",
        "NEAR(",
        "body:café",
        "^",
        "-",
    ],
)
def test_search_syntax_typed_by_the_user_is_harmless(session: Session, query: str) -> None:
    client_id = new_client(session)
    signed_note(session, client_id, TODAY, "The café was quiet.")
    hits = notes.search(session, query)
    assert isinstance(hits, list)


def test_search_filters_by_client_date_and_leaves_out_archived_clients(session: Session) -> None:
    ann = new_client(session)
    bo = new_client(session, legal_first_name="Bo", email="bo@example.org")
    old = signed_note(session, ann, date(2026, 1, 5), "Insomnia again.")
    new = signed_note(session, ann, date(2026, 6, 5), "Insomnia better.")
    bos = signed_note(session, bo, date(2026, 3, 5), "Insomnia.")
    assert [h.note_id for h in notes.search(session, "insomnia")] == [new, bos, old]
    assert [h.note_id for h in notes.search(session, "insomnia", client_id=ann)] == [new, old]
    since = notes.search(session, "insomnia", since=date(2026, 3, 5), until=date(2026, 6, 4))
    assert [h.note_id for h in since] == [bos]
    assert [h.note_id for h in notes.search(session, "insomnia", limit=1)] == [new]
    clients.archive(session, bo, TODAY)
    assert [h.note_id for h in notes.search(session, "insomnia")] == [new, old]
    with_archived = notes.search(session, "insomnia", include_archived=True)
    assert [h.note_id for h in with_archived] == [new, bos, old]


def test_search_finds_drafts_and_addenda_and_forgets_deleted_drafts(session: Session) -> None:
    client_id = new_client(session)
    draft = notes.start_note(session, client_id, template_id(session), TODAY)
    write(session, draft, subjective="Quokka dreams.")
    assert [(h.note_id, h.status) for h in notes.search(session, "quokka")] == [(draft, "draft")]
    # While typing, the index takes the text at most every FTS_EVERY_SECONDS.
    soon = T0 + timedelta(seconds=notes.FTS_EVERY_SECONDS - 1)
    write(session, draft, soon, subjective="Wombat dreams.")
    assert notes.search(session, "wombat") == []
    later = T0 + timedelta(seconds=notes.FTS_EVERY_SECONDS)
    write(session, draft, later, subjective="Wombat dreams.")
    assert [h.note_id for h in notes.search(session, "wombat")] == [draft]
    assert notes.search(session, "quokka") == []
    signed = signed_note(session, client_id, TODAY, "Plain text.")
    notes.add_addendum(session, signed, "Platypus mentioned.", SIGNER, T0)
    hit = notes.search(session, "platypus")[0]
    assert hit.note_id == signed and "\x02Platypus\x03" in hit.snippet
    notes.delete_draft(session, draft)
    assert notes.search(session, "wombat") == []


def test_signing_indexes_the_latest_text_at_once(session: Session) -> None:
    client_id = new_client(session)
    note_id = notes.start_note(session, client_id, template_id(session), TODAY)
    write(session, note_id, T0, subjective="First words.")
    write(session, note_id, T0 + timedelta(seconds=1), subjective="Echidna at last.")
    assert notes.search(session, "echidna") == []
    notes.sign(session, note_id, SIGNER, T0 + timedelta(seconds=2), LONDON)
    assert [h.note_id for h in notes.search(session, "echidna")] == [note_id]


def test_snippet_is_a_window_around_the_first_match() -> None:
    long_text = " ".join(f"w{i}" for i in range(100)) + " target " + "tail " * 50
    passage = notes.snippet(long_text, ["target"])
    assert passage.startswith("…") and passage.endswith("…") and "\x02target\x03" in passage
    assert notes.snippet("", ["x"]) == ""


def test_an_archived_record_is_read_only_and_never_archived_over_a_draft(
    session: Session,
) -> None:
    client_id = new_client(session)
    signed = notes.start_note(session, client_id, template_id(session), TODAY)
    write(session, signed, subjective="Signed before archiving.")
    notes.sign(session, signed, SIGNER, T0, LONDON)
    draft = notes.start_note(session, client_id, template_id(session), TODAY)
    write(session, draft, subjective="Not signed yet.")
    with pytest.raises(ArchiveRefused, match="1 unsigned note"):
        clients.archive(session, client_id, TODAY)
    notes.delete_draft(session, draft)
    clients.archive(session, client_id, TODAY)
    with pytest.raises(ArchivedRecord):
        notes.add_addendum(session, signed, "Too late.", SIGNER, T0)

    # A draft left from before this rule cannot be changed, signed or deleted either.
    clients.restore(session, client_id)
    leftover = notes.start_note(session, client_id, template_id(session), TODAY)
    write(session, leftover, subjective="Left over.")
    record = session.get(Client, client_id)
    assert record is not None
    record.status = ClientStatus.ARCHIVED
    session.flush()
    view = notes.get_note(session, leftover)
    with pytest.raises(ArchivedRecord):
        notes.save_draft(session, leftover, view.sections, view.revision, now=T0)
    with pytest.raises(ArchivedRecord):
        notes.sign(session, leftover, SIGNER, T0, LONDON)
    with pytest.raises(ArchivedRecord):
        notes.delete_draft(session, leftover)
