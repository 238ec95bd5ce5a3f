"""The intake: page checks, drafts kept in the vault, and finishing it all or nothing."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app import clients, intake, measures, prospects
from app.changes import Changed
from app.clients import DiagnosisInput, GoalInput, GuardianInput
from app.errors import RapportError, ValidationError
from app.instruments import load_all
from app.intake import IntakeData, RiskNotAcknowledged, ScreenAnswers
from app.models import (
    Administration,
    Client,
    FollowUp,
    Intake,
    IntakeDraft,
    Prospect,
    ProspectStatus,
)
from app.prospects import ProspectInput
from app.vault import Vault
from tests.app.people import TODAY, adult, audit_entries, count, minor

INSTRUMENTS = load_all().instruments
WHEN = datetime(2026, 11, 27, 18, 30, tzinfo=UTC)


def phq9(total: int = 0, item9: int = 0) -> ScreenAnswers:
    """A complete PHQ-9 adding up to ``total`` (item 9 included), filled from item 1."""
    answers: dict[str, int | None] = {}
    left = total - item9
    for item_id in INSTRUMENTS["phq9"].scoring_items[:-1]:
        answers[item_id] = min(3, left)
        left -= answers[item_id] or 0
    assert left == 0
    return ScreenAnswers("phq9", {**answers, "9": item9, "difficulty": 1})


def screens(phq9_total: int = 12, item9: int = 0) -> tuple[ScreenAnswers, ...]:
    """The default screens: PHQ-9 as given, GAD-7 5 (below 8), AUDIT-C 1, PC-PTSD-5 "no"."""
    return (
        phq9(phq9_total, item9),
        ScreenAnswers("gad7", {"1": 1, "2": 1, "3": 1, "4": 1, "5": 1, "6": 0, "7": 0}),
        ScreenAnswers("auditc", {"1": 1, "2": 0, "3": 0}, answered_by="client"),
        ScreenAnswers("pcptsd5", {"exposure": 0}),
    )


def answers(**changes: Any) -> IntakeData:
    """A complete intake of an adult, changed by ``changes``."""
    base = IntakeData(
        client=adult(sex_for_norms="female"),
        why_now="Sleep has fallen apart since the redundancy in September.",
        hopes="To feel like myself again and to go back to work.",
        tried_before="Sleeping pills from the GP; running.",
        earlier_therapy="Six sessions of CBT in 2019.",
        trauma_exposure="no",
        screens=screens(),
    )
    return replace(base, **changes)


def everything() -> IntakeData:
    """An intake that uses every kind of field (for the draft round trip)."""
    client = minor(
        preferred_name="Teddy",
        pronouns="he/him",
        sex_for_norms="male",
        tags=("school", "anxiety"),
        guardians=(
            GuardianInput("Dana Park", "mother", "212 555 0123", "dana@example.org", True, True),
            GuardianInput("Lee Park", "stepfather", "", "", can_consent=False),
        ),
        diagnoses=(
            DiagnosisInput("F93.0", "Separation anxiety", True, date(2026, 10, 1)),
            DiagnosisInput("F41.1"),
        ),
        goals=(
            GoalInput("Attend school every day", "", date(2027, 2, 1)),
            GoalInput("Sleep in own bed", status="achieved"),
        ),
    )
    return IntakeData(
        client=client,
        why_now="Refuses school since the move — “I can’t”.",
        hopes="Back in class by spring.",
        medication="none",
        trauma_exposure="not asked",
        screens=(
            phq9(6),
            ScreenAnswers("pcptsd5", {"exposure": 1, "1": 1, "2": None}, answered_by="client"),
        ),
        risk_acknowledgement="",
    )


def finish(vault: Vault, data: IntakeData, **options: Any) -> int:
    with vault.session() as session:
        client_id, _ = intake.finish(session, data, INSTRUMENTS, TODAY, at=WHEN, **options)
    return client_id


def counts(vault: Vault) -> dict[str, int]:
    """How many rows a finished intake writes, read in a fresh session."""
    with vault.session() as session:
        return {
            model.__name__: count(session, model)
            for model in (Client, Intake, Administration, FollowUp)
        }


NOTHING = {"Client": 0, "Intake": 0, "Administration": 0, "FollowUp": 0}


# ---------------------------------------------------------------- serialising


def test_the_data_round_trips_exactly_through_json() -> None:
    data = everything()

    stored = json.loads(json.dumps(intake.data_to_json(data)))

    assert stored["client"]["date_of_birth"] == "2014-03-02"
    assert stored["client"]["diagnoses"][0]["noted_on"] == "2026-10-01"
    assert intake.data_from_json(stored) == data


def test_a_bare_intake_round_trips_too() -> None:
    data = IntakeData(client=replace(adult(), date_of_birth=None, legal_first_name=""))

    assert intake.data_from_json(json.loads(json.dumps(intake.data_to_json(data)))) == data


# --------------------------------------------------------------------- drafts


def test_a_draft_is_saved_listed_resumed_and_deleted(vault: Vault) -> None:
    data = everything()
    with vault.session() as session:
        draft_id = intake.save_draft(session, data, page=3)

    with vault.session() as session:
        [row] = intake.drafts(session)
        resumed, page, prospect_id = intake.load_draft(session, draft_id)
        [entry] = audit_entries(session, "intake_draft", draft_id)

    assert (row.id, row.label, row.page, row.prospect_id) == (draft_id, "Theo Park", 3, None)
    assert (resumed, page, prospect_id) == (data, 3, None)
    assert (entry.action, entry.detail) == ("draft", {"page": 3})

    with vault.session() as session:
        intake.delete_draft(session, draft_id)
    with vault.session() as session:
        assert intake.drafts(session) == []
        assert audit_entries(session, "intake_draft", draft_id)[-1].action == "delete"
        with pytest.raises(RapportError):
            intake.load_draft(session, draft_id)


def test_saving_again_updates_the_same_draft(vault: Vault) -> None:
    with vault.session() as session:
        draft_id = intake.save_draft(session, answers(), page=1)
    later = answers(client=adult(legal_first_name="Annie"), why_now="Changed my mind.")

    with vault.session() as session:
        assert intake.save_draft(session, later, page=4, draft_id=draft_id) == draft_id

    with vault.session() as session:
        [row] = intake.drafts(session)
        assert (row.label, row.page) == ("Annie Lee", 4)
        assert intake.load_draft(session, draft_id)[:2] == (later, 4)


def test_drafts_are_listed_newest_first_and_unnamed_ones_say_so(vault: Vault) -> None:
    nameless = IntakeData(client=adult(legal_first_name="", legal_last_name=""))
    with vault.session() as session:
        first = intake.save_draft(session, answers(), page=0)
        second = intake.save_draft(session, nameless, page=0)

    with vault.session() as session:
        rows = intake.drafts(session)

    assert [(r.id, r.label) for r in rows] == [(second, "Unnamed intake"), (first, "Ann Lee")]


def test_a_draft_remembers_its_enquiry(vault: Vault) -> None:
    with vault.session() as session:
        prospect_id, _ = prospects.create_prospect(
            session, ProspectInput("Ann Lee", "415.555.2671")
        )
        draft_id = intake.save_draft(session, answers(), page=2, prospect_id=prospect_id)

    with vault.session() as session:
        assert intake.load_draft(session, draft_id)[2] == prospect_id
        assert intake.drafts(session)[0].prospect_id == prospect_id


CANARY = "Quorvanthe Xyllobriand"


def plain_text_copies(root: Path, canary: str) -> list[str]:
    """Every file under ``root`` that holds ``canary`` readably."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            for part in canary.split():
                if part.encode(encoding) in data:
                    found.append(f"{path.name}: {part} ({encoding})")
    return found


def test_a_draft_lives_only_inside_the_vault(vault: Vault, data_dir: Path) -> None:
    first, last = CANARY.split()
    data = answers(
        client=adult(legal_first_name=first, legal_last_name=last),
        why_now=f"{CANARY} cannot sleep",
    )
    with vault.session() as session:
        draft_id = intake.save_draft(session, data, page=2)
    with vault.session() as session:
        assert intake.load_draft(session, draft_id)[0] == data
        assert intake.drafts(session)[0].label == CANARY  # it is there …

    assert plain_text_copies(data_dir, CANARY) == []  # … but not readable on disk, WAL included
    vault.lock()
    assert plain_text_copies(data_dir, CANARY) == []


# ---------------------------------------------------------------- page checks


def problems_on(page: str, data: IntakeData, majority: int = 18) -> set[str]:
    try:
        intake.validate_page(page, data, TODAY, "US", majority)
    except ValidationError as exc:
        return set(exc.problems)
    return set()


BROKEN_CLIENT = adult(
    legal_first_name="",
    date_of_birth=date(2030, 1, 1),
    sex_for_norms="other",
    code="no spaces allowed",
    phone="12",
    email="not an address",
    guardians=(GuardianInput("", phone="999"),),
    diagnoses=(DiagnosisInput("NOT-A-CODE"),),
    goals=(GoalInput(""),),
)


def test_the_identity_page_reports_only_identity_fields() -> None:
    data = answers(client=BROKEN_CLIENT)

    assert problems_on("identity", data) == {
        "legal_first_name",
        "date_of_birth",
        "sex_for_norms",
        "code",
    }


def test_the_contacts_page_reports_phone_email_and_guardians() -> None:
    data = answers(client=BROKEN_CLIENT)

    assert problems_on("contacts", data) == {
        "phone",
        "email",
        "guardians.0.name",
        "guardians.0.phone",
    }


def test_a_minor_without_a_consenting_guardian_is_a_contacts_problem() -> None:
    data = answers(client=minor(guardians=(GuardianInput("Lee Park", can_consent=False),)))

    assert problems_on("identity", data) == set()
    assert problems_on("contacts", data) == {"guardians"}
    assert problems_on("contacts", data, majority=12) == set()  # the practice's age of majority


def test_contact_problems_do_not_stop_the_identity_page() -> None:
    data = answers(client=adult(phone="12", email="nope"))

    assert problems_on("identity", data) == set()
    assert problems_on("contacts", data) == {"phone", "email"}


@pytest.mark.parametrize("why_now", ["", "  \n "])
def test_the_reasons_page_needs_why_now(why_now: str) -> None:
    assert problems_on("reasons", answers(why_now=why_now)) == {"why_now"}
    assert problems_on("reasons", answers(why_now="Panic at work.")) == set()


@pytest.mark.parametrize(
    ("trauma", "ok"),
    [("", False), ("maybe", False), ("yes", True), ("no", True), ("not asked", True)],
)
def test_the_history_page_needs_trauma_exposure(trauma: str, ok: bool) -> None:
    found = problems_on("history", answers(trauma_exposure=trauma))

    assert found == (set() if ok else {"trauma_exposure"})


def test_the_screening_page_refuses_a_questionnaire_given_twice() -> None:
    twice = answers(screens=(phq9(3), phq9(14)))

    assert problems_on("screening", twice) == {"screens"}
    assert problems_on("screening", answers()) == set()
    assert problems_on("screening", answers(screens=())) == set()


def test_the_screening_page_refuses_an_unknown_answerer() -> None:
    odd = answers(screens=(replace(phq9(3), answered_by="neighbour"),))

    assert problems_on("screening", odd) == {"screens"}


def test_with_screen_replaces_the_same_questionnaire() -> None:
    data = intake.with_screen(answers(), phq9(20))

    assert [s.instrument_id for s in data.screens] == ["gad7", "auditc", "pcptsd5", "phq9"]
    assert problems_on("screening", data) == set()


# ---------------------------------------------------------------- the summary


def test_screen_results_score_each_screen_for_the_clients_sex() -> None:
    drinking = ScreenAnswers("auditc", {"1": 1, "2": 1, "3": 1})
    data = answers(screens=(phq9(12), drinking, ScreenAnswers("not_installed", {"1": 1})))

    as_woman = intake.screen_results(data, INSTRUMENTS)
    as_man = intake.screen_results(replace(data, client=adult(sex_for_norms="male")), INSTRUMENTS)

    assert [(r.instrument.id, r.score.total) for r in as_woman] == [("phq9", 12), ("auditc", 3)]
    assert [r.score.at_or_above_cutoff for r in as_woman] == [True, True]
    assert [r.score.at_or_above_cutoff for r in as_man] == [True, False]
    assert as_woman[0].answered_by == "clinician"


# -------------------------------------------------------------------- finishing


def test_finishing_creates_the_client_intake_screens_and_follow_ups(vault: Vault) -> None:
    data = answers()

    with vault.session() as session:
        client_id, changed = intake.finish(session, data, INSTRUMENTS, TODAY, at=WHEN)

    assert Changed.CLIENTS in changed and Changed.MEASURES in changed
    with vault.session() as session:
        record = clients.get_client(session, client_id, TODAY)
        assert (record.data.legal_last_name, record.data.sex_for_norms) == ("Lee", "female")
        stored = session.scalars(select(Intake)).one()
        assert stored.client_id == client_id and stored.completed_at == WHEN
        assert stored.data == data.without_screens()
        assert stored.data["why_now"] == data.why_now and "screens" not in stored.data
        assert stored.risk_acknowledgement == ""
        given = measures.administrations(session, client_id)
        [item] = measures.follow_ups(session, client_id)
    assert [(a.instrument_id, a.total, a.administered_at) for a in given] == [
        ("phq9", 12, WHEN),
        ("gad7", 5, WHEN),
        ("auditc", 1, WHEN),
        ("pcptsd5", 0, WHEN),
    ]
    assert [a.answered_by for a in given] == ["clinician", "clinician", "client", "clinician"]
    assert (item.kind, item.title) == ("screen", INSTRUMENTS["phq9"].positive_screen)


def test_every_positive_screen_opens_its_follow_up(vault: Vault) -> None:
    positive = (
        phq9(16),
        ScreenAnswers("gad7", {"1": 2, "2": 2, "3": 2, "4": 1, "5": 1, "6": 0, "7": 0}),
        ScreenAnswers("auditc", {"1": 2, "2": 1, "3": 0}),  # 3: positive for a woman
        ScreenAnswers("pcptsd5", {"exposure": 1, "1": 1, "2": 1, "3": 1, "4": 1, "5": 0}),
    )

    client_id = finish(vault, answers(screens=positive))

    with vault.session() as session:
        titles = [f.title for f in measures.follow_ups(session, client_id)]
    assert titles == [INSTRUMENTS[s.instrument_id].positive_screen for s in positive]


def test_finishing_from_an_enquiry_converts_it(vault: Vault) -> None:
    with vault.session() as session:
        prospect_id, _ = prospects.create_prospect(
            session, ProspectInput("Ann Lee", "415.555.2671")
        )
        start = intake.start_from_prospect(session, prospect_id)
    assert (start.client.legal_first_name, start.client.phone) == ("Ann", "(415) 555-2671")

    with vault.session() as session:
        client_id, changed = intake.finish(
            session, answers(), INSTRUMENTS, TODAY, prospect_id=prospect_id
        )

    assert Changed.PROSPECTS in changed
    with vault.session() as session:
        prospect = session.get(Prospect, prospect_id)
        assert prospect is not None
        assert (prospect.status, prospect.client_id) == (ProspectStatus.BECAME_CLIENT, client_id)
        assert [p.id for p in prospects.prospects_of_client(session, client_id)] == [prospect_id]


def test_finishing_deletes_the_draft(vault: Vault) -> None:
    data = answers()
    with vault.session() as session:
        draft_id = intake.save_draft(session, data, page=5)
        other = intake.save_draft(session, answers(client=adult(legal_first_name="Bo")), page=1)

    finish(vault, data, draft_id=draft_id)

    with vault.session() as session:
        assert [d.id for d in intake.drafts(session)] == [other]
        assert session.get(IntakeDraft, draft_id) is None


def finish_refused(vault: Vault, data: IntakeData, error: type[Exception], **options: Any) -> Any:
    """Finish in a transaction that is committed even though finishing fails.

    (As a screen might do if it catches the error and carries on:) finishing must
    refuse before it writes anything, not rely on the caller rolling back.
    """
    with vault.session() as session, pytest.raises(error) as raised:
        intake.finish(session, data, INSTRUMENTS, TODAY, **options)
    return raised.value


@pytest.mark.parametrize("acknowledgement", ["", "   \n"])
def test_a_risk_answer_must_be_acknowledged_and_nothing_is_left_behind(
    vault: Vault, acknowledgement: str
) -> None:
    with vault.session() as session:
        prospect_id, _ = prospects.create_prospect(
            session, ProspectInput("Ann Lee", "415.555.2671")
        )
        draft_id = intake.save_draft(session, answers(), page=5, prospect_id=prospect_id)
    data = answers(screens=screens(phq9_total=14, item9=1), risk_acknowledgement=acknowledgement)

    finish_refused(vault, data, RiskNotAcknowledged, prospect_id=prospect_id, draft_id=draft_id)

    assert counts(vault) == NOTHING
    with vault.session() as session:
        prospect = session.get(Prospect, prospect_id)
        assert prospect is not None and prospect.status == ProspectStatus.NEW
        assert prospect.client_id is None
        assert [d.id for d in intake.drafts(session)] == [draft_id]


def test_an_acknowledged_risk_finishes_and_is_kept(vault: Vault) -> None:
    data = answers(
        screens=screens(phq9_total=14, item9=1),
        risk_acknowledgement="  Asked directly: passive thoughts, no plan. Safety plan made.  ",
    )

    client_id = finish(vault, data)

    with vault.session() as session:
        stored = session.scalars(select(Intake)).one()
        assert stored.risk_acknowledgement == (
            "Asked directly: passive thoughts, no plan. Safety plan made."
        )
        kinds = [f.kind for f in measures.follow_ups(session, client_id)]
    assert kinds == ["risk", "screen"]
    assert counts(vault) == {"Client": 1, "Intake": 1, "Administration": 4, "FollowUp": 2}


def test_an_invalid_client_is_refused_and_nothing_is_left_behind(vault: Vault) -> None:
    no_guardian = answers(client=minor(guardians=()))

    error = finish_refused(vault, no_guardian, ValidationError)

    assert "guardians" in error.problems
    assert counts(vault) == NOTHING


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"why_now": ""}, "why_now"),
        ({"trauma_exposure": ""}, "trauma_exposure"),
        ({"screens": (phq9(3), phq9(4))}, "screens"),
        ({"screens": (replace(phq9(3), answered_by="nobody"),)}, "screens"),
    ],
)
def test_any_page_with_a_problem_stops_finishing(
    vault: Vault, changes: dict[str, Any], field: str
) -> None:
    error = finish_refused(vault, answers(**changes), ValidationError)

    assert set(error.problems) == {field}
    assert counts(vault) == NOTHING
