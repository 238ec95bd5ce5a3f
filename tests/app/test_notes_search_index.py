"""The notes' search index since 0016: no copy of the text, built again from the notes both ways."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from app import clients, migrations, notes
from app.clients import EraseReason
from app.practice import get_profile, save_profile
from app.vault import Vault
from tests.app.people import TODAY, adult

LONDON = ZoneInfo("Europe/London")
SIGNER = "Dr Zebulon Canaryfield"
T0 = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
LATER = T0 + timedelta(seconds=notes.FTS_EVERY_SECONDS)
#: What a clinician might type: single words, prefixes, accents either way, words
#: found only together (one in a section, one in an addendum), and words of no note.
QUERIES = (
    "insomnia",
    "cafe",
    "CAFÉ anx",
    "naïve",
    "naive",
    "sleep platypus",
    "platypus",
    "fall 2019",
    "protective",
    "quokka",
    "night shift",
    "plan",
    "nowhere",
)
THE_INDEX = ("note_fts", "note_fts_config", "note_fts_data", "note_fts_docsize", "note_fts_idx")


@pytest.fixture
def practice(vault: Vault) -> Vault:
    """A London practice with the built-in templates and no notes yet."""
    with vault.session() as session:
        save_profile(session, replace(get_profile(session), time_zone="Europe/London"))
        notes.ensure_builtin_templates(session)
    return vault


@pytest.fixture(params=["0015", "head"])
def made_at(request: pytest.FixtureRequest, practice: Vault) -> tuple[Vault, dict[str, int]]:
    """A practice whose notes were written at 0015 and then upgraded, or written at the head."""
    if request.param == "0015":
        migrations.downgrade(practice.engine, "0015")
    with practice.session() as session:
        made = write_notes(session)
    if request.param == "0015":
        migrations.upgrade(practice.engine)
    return practice, made


def new_client(session: Session, first_name: str) -> int:
    client_id, _ = clients.create_client(
        session, adult(legal_first_name=first_name, email=f"{first_name}@example.org"), TODAY
    )
    return client_id


def template_id(session: Session, name: str) -> int:
    return next(t.id for t in notes.templates(session) if t.name == name)


def write(session: Session, note_id: int, now: datetime = T0, **texts: str) -> int:
    view = notes.get_note(session, note_id)
    sections = [replace(s, text=texts.get(s.key, s.text)) for s in view.sections]
    return notes.save_draft(session, note_id, sections, view.revision, now=now)


def new_note(session: Session, client_id: int, template: str, **texts: str) -> int:
    note_id = notes.start_note(session, client_id, template_id(session, template), TODAY)
    write(session, note_id, T0, **texts)
    return note_id


def write_notes(session: Session) -> dict[str, int]:
    """Notes of every shape, through the real API: signed and drafts, addenda, a blank one."""
    ann = new_client(session, "Ann")
    bo = new_client(session, "Bo")
    soap = new_note(
        session,
        ann,
        "SOAP",
        subjective="Insomnia since the café closed; anxious about night shifts.",
        objective="   ",
        assessment="A naïve plan,\nbut hers.",
        plan="Sleep diary.",
    )
    notes.sign(session, soap, SIGNER, T0, LONDON)
    notes.add_addendum(session, soap, "The fall was in 2019.", SIGNER, LATER)
    notes.add_addendum(session, soap, "Platypus dreams again.", SIGNER, LATER)
    free = new_note(session, bo, "Free-form", note="Insomnia, and the café again.")
    notes.sign(session, free, SIGNER, T0, LONDON)
    process = new_note(session, ann, "Process notes", process="Felt protective of her.")
    notes.sign(session, process, SIGNER, T0, LONDON)
    draft = new_note(session, bo, "DAP", data="Quokka at the night shift.")
    blank = notes.start_note(session, bo, template_id(session, "SOAP"), TODAY)
    return {
        "ann": ann,
        "bo": bo,
        "soap": soap,
        "free": free,
        "process": process,
        "draft": draft,
        "blank": blank,
    }


def found(vault: Vault) -> dict[str, list[tuple[int, str]]]:
    """Each query's hits (note and snippet), archived clients included."""
    with vault.session() as session:
        return {
            query: [
                (hit.note_id, hit.snippet)
                for hit in notes.search(session, query, include_archived=True)
            ]
            for query in QUERIES
        }


def words(vault: Vault) -> list[tuple[str, int, str, int]]:
    """Every word the index holds: (word, note, column, position in the column)."""
    with vault.session() as session:
        session.execute(
            text("CREATE VIRTUAL TABLE temp.note_words USING fts5vocab(main, note_fts, instance)")
        )
        rows = session.execute(text("SELECT term, doc, col, offset FROM temp.note_words")).all()
        session.execute(text("DROP TABLE temp.note_words"))
    return sorted((str(r[0]), int(r[1]), str(r[2]), int(r[3])) for r in rows)


def index_tables(vault: Vault) -> tuple[str, ...]:
    with vault.session() as session:
        names = session.scalars(
            text("SELECT name FROM sqlite_master WHERE name LIKE 'note\\_fts%' ESCAPE '\\'")
        )
        return tuple(sorted(names))


def assert_index_sound(vault: Vault) -> None:
    with vault.session() as session:
        session.execute(text("INSERT INTO note_fts (note_fts, rank) VALUES ('integrity-check', 0)"))


def matching(session: Session, word: str) -> list[int]:
    """The note ids the index itself returns for ``word`` (no join with the notes)."""
    return list(
        session.scalars(
            text("SELECT rowid FROM note_fts WHERE note_fts MATCH :q ORDER BY rowid"),
            {"q": f'"{word}"'},
        )
    )


# ---------------------------------------------------------------- the index


def test_the_index_keeps_no_copy_of_the_notes_text(practice: Vault) -> None:
    with practice.session() as session:
        made = write_notes(session)
        stored = session.execute(text("SELECT body, addenda FROM note_fts")).all()
        assert len(stored) >= 4 and set(stored) == {(None, None)}
    assert index_tables(practice) == THE_INDEX
    assert "note_fts_content" not in index_tables(practice)
    assert [h[0] for h in found(practice)["sleep platypus"]] == [made["soap"]]
    assert_index_sound(practice)


def test_upgrading_from_0015_finds_the_same_notes_by_the_same_words(practice: Vault) -> None:
    migrations.downgrade(practice.engine, "0015")
    with practice.session() as session:
        made = write_notes(session)
    assert "note_fts_content" in index_tables(practice)
    before, words_before = found(practice), words(practice)
    assert [h[0] for h in before["insomnia"]] == [made["free"], made["soap"]]

    migrations.upgrade(practice.engine)

    with practice.engine.connect() as connection:
        assert migrations.current_revision(connection) == migrations.head_revision()
    assert index_tables(practice) == THE_INDEX
    assert found(practice) == before
    assert words(practice) == words_before
    assert_index_sound(practice)


def test_a_draft_behind_its_typing_is_found_by_its_last_saved_words_once_upgraded(
    practice: Vault,
) -> None:
    migrations.downgrade(practice.engine, "0015")
    with practice.session() as session:
        draft = new_note(session, new_client(session, "Ann"), "SOAP", subjective="Quokka.")
        write(session, draft, T0 + timedelta(seconds=1), subjective="Wombat.")
        assert notes.search(session, "wombat") == []

    migrations.upgrade(practice.engine)

    with practice.session() as session:
        assert [h.note_id for h in notes.search(session, "wombat")] == [draft]
        assert notes.search(session, "quokka") == []


# ---------------------------------------------------------------- changes after 0016


def test_deleted_and_erased_notes_leave_the_results(
    made_at: tuple[Vault, dict[str, int]],
) -> None:
    vault, made = made_at
    with vault.session() as session:
        indexed = session.scalar(text("SELECT count(*) FROM note_fts"))
        assert [h.note_id for h in notes.search(session, "quokka")] == [made["draft"]]
        notes.delete_draft(session, made["draft"])
        assert notes.search(session, "quokka") == []
        assert matching(session, "quokka") == []

        gone = new_client(session, "Cy")
        mistake = new_note(session, gone, "Free-form", note="Wallaby, entered by mistake.")
        assert matching(session, "wallaby") == [mistake]
        code = clients.get_client(session, gone, TODAY).data.code
        clients.erase(session, gone, EraseReason.ENTERED_BY_MISTAKE, code, TODAY)
        assert notes.search(session, "wallaby") == []
        assert matching(session, "wallaby") == []

        assert session.scalar(text("SELECT count(*) FROM note_fts")) == indexed - 1
        assert {h.client_id for h in notes.search(session, "insomnia")} == {made["ann"], made["bo"]}
    assert_index_sound(vault)


def test_an_edited_note_is_found_by_its_new_words_and_not_its_old_ones(
    made_at: tuple[Vault, dict[str, int]],
) -> None:
    vault, made = made_at
    draft = made["draft"]
    with vault.session() as session:
        assert matching(session, "night") == [made["soap"], draft]
        write(session, draft, LATER, data="Wombat at the day shift.")
        assert [h.note_id for h in notes.search(session, "wombat")] == [draft]
        assert notes.search(session, "quokka") == []
        assert matching(session, "quokka") == []
        assert matching(session, "night") == [made["soap"]]

        # Signing indexes the last words typed at once; an addendum keeps the body findable.
        write(session, draft, LATER + timedelta(seconds=1), data="Echidna at the day shift.")
        notes.sign(session, draft, SIGNER, LATER + timedelta(seconds=2), LONDON)
        assert [h.note_id for h in notes.search(session, "echidna")] == [draft]
        assert notes.search(session, "wombat") == []
        notes.add_addendum(session, draft, "Numbat, later.", SIGNER, LATER + timedelta(days=1))
        assert [h.note_id for h in notes.search(session, "echidna numbat")] == [draft]
    assert_index_sound(vault)


# ---------------------------------------------------------------- going back


def test_downgrading_restores_an_index_with_its_own_copy_of_the_text(practice: Vault) -> None:
    with practice.session() as session:
        made = write_notes(session)
    at_head, words_at_head = found(practice), words(practice)

    migrations.downgrade(practice.engine, "0015")

    assert "note_fts_content" in index_tables(practice)
    assert found(practice) == at_head
    assert words(practice) == words_at_head
    assert_index_sound(practice)
    with practice.session() as session:
        stored = session.execute(
            text("SELECT body, addenda FROM note_fts WHERE rowid = :id"), {"id": made["soap"]}
        ).one()
        assert stored == (
            "Insomnia since the café closed; anxious about night shifts.\n"
            "A naïve plan,\nbut hers.\nSleep diary.",
            "The fall was in 2019.\nPlatypus dreams again.",
        )
        # The app's writes and the delete trigger work on the old index as they did.
        write(session, made["draft"], LATER, data="Wombat.")
        assert [h.note_id for h in notes.search(session, "wombat")] == [made["draft"]]
        assert notes.search(session, "quokka") == []
        notes.delete_draft(session, made["draft"])
        assert notes.search(session, "wombat") == []

    migrations.upgrade(practice.engine)
    assert index_tables(practice) == THE_INDEX
    assert [h[0] for h in found(practice)["insomnia"]] == [made["free"], made["soap"]]
