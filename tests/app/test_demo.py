"""The synthetic demo practice: deterministic, realistic, and searchable like typed-in records."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app import audit, clients, diagnoses, prospects
from app.demo import DEMO_TIME_ZONE, DEMO_TODAY, create_demo_vault, generated
from app.instruments import load_all
from app.intake import DEFAULT_SCREENS, TRAUMA_CHOICES, IntakeData
from app.models import (
    Administration,
    AuditEntry,
    Client,
    FollowUp,
    FollowUpStatus,
    Intake,
    Prospect,
    ProspectStatus,
    Tag,
)
from app.models.client import client_tag
from app.retention import age_on, retention_until
from app.scoring import score
from app.text import fold
from app.vault import Vault
from tests.app.people import count

TODAY = DEMO_TODAY
ZONE = ZoneInfo(DEMO_TIME_ZONE)


def local_day(instant: datetime) -> date:
    """The practice's calendar day of ``instant``."""
    return instant.astimezone(ZONE).date()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault = create_demo_vault(tmp_path_factory.mktemp("demo") / "vault", "small")
    try:
        yield vault
    finally:
        vault.close()


def _fingerprint(vault: Vault) -> list[tuple[object, ...]]:
    with vault.session() as session:
        people = session.execute(
            select(
                Client.code,
                Client.legal_first_name,
                Client.legal_last_name,
                Client.date_of_birth,
                Client.phone,
                Client.email,
                Client.status,
            ).order_by(Client.code)
        ).all()
        enquiries = session.execute(
            select(Prospect.name, Prospect.status).order_by(Prospect.id)
        ).all()
        intakes = session.execute(select(Intake.client_id, Intake.data).order_by(Intake.id)).all()
        screens = session.execute(
            select(
                Administration.client_id, Administration.instrument_id, Administration.answers
            ).order_by(Administration.id)
        ).all()
        follow_ups = session.execute(
            select(FollowUp.administration_id, FollowUp.status, FollowUp.resolved_at).order_by(
                FollowUp.id
            )
        ).all()
    return [tuple(r) for rows in (people, enquiries, intakes, screens, follow_ups) for r in rows]


def test_the_same_seed_makes_the_same_practice(demo: Vault, tmp_path: Path) -> None:
    with create_demo_vault(tmp_path / "again", "small") as again:
        assert _fingerprint(again) == _fingerprint(demo)
    with create_demo_vault(tmp_path / "other", "small", seed=7) as other:
        assert _fingerprint(other) != _fingerprint(demo)


def test_the_practice_has_the_expected_size_and_one_audit_entry(demo: Vault) -> None:
    made = generated(demo)
    assert made is not None
    assert made["clients"] == 80
    assert made["prospects"] == 40
    assert made["today"] == TODAY.isoformat()
    with demo.session() as session:
        assert audit.verify(session).ok
        entries = session.execute(select(AuditEntry.action, AuditEntry.record_type)).all()
    assert [action for action, _ in entries].count("demo_generated") == 1
    # Not one entry per record.
    per_record = ("client", "prospect", "intake", "administration", "follow_up")
    assert not [kind for _, kind in entries if kind in per_record]
    assert made["intakes"] == 80
    with demo.session() as session:
        assert made["administrations"] == count(session, Administration)
        assert made["follow_ups"] == count(session, FollowUp)


def test_every_client_is_valid_and_minors_have_a_consenting_guardian(demo: Vault) -> None:
    minors = 0
    with demo.session() as session:
        for client_id in session.scalars(select(Client.id)):
            record = clients.get_client(session, client_id, TODAY)
            data = record.data
            editable = replace(data, status="discharged" if record.is_archived else data.status)
            checked = clients.clean(editable, TODAY, "US")
            # Stored exactly as the form would store it.
            assert (checked.phone, checked.email) == (data.phone, data.email)
            assert checked.emergency_contact_phone == data.emergency_contact_phone
            for d in data.diagnoses:
                found = diagnoses.lookup(d.code)
                assert found is not None and found.description == d.description
            assert sum(d.is_primary for d in data.diagnoses) == (1 if data.diagnoses else 0)
            if record.is_minor:
                minors += 1
                assert any(g.can_consent for g in data.guardians)
                assert sum(g.pays for g in data.guardians) == 1
                assert 1 <= len(data.guardians) <= 2
    assert 5 <= minors <= 15  # about 12 %


def test_archived_clients_keep_a_retention_date(demo: Vault) -> None:
    with demo.session() as session:
        archived = list(session.scalars(select(Client).where(Client.status == "archived")))
        assert len(archived) == 8  # a tenth
        for client in archived:
            assert client.archived_at is not None and client.retention_until is not None
            assert client.last_service_on is not None
            # The practice's default policy: 7 years after the last service, or 3 after 18.
            assert client.retention_until == retention_until(
                client.date_of_birth, client.last_service_on, client.archived_at.date()
            )


def test_prospects_are_in_every_status_and_converted_ones_link_their_client(
    demo: Vault,
) -> None:
    with demo.session() as session:
        enquiries = list(session.scalars(select(Prospect)))
        assert {p.status for p in enquiries} == set(ProspectStatus)
        for p in enquiries:
            if p.status == ProspectStatus.DID_NOT_PROCEED:
                assert p.not_proceeding_reason
            if p.status == ProspectStatus.BECAME_CLIENT:
                assert p.client_id is not None
                client = session.get(Client, p.client_id)
                assert client is not None
                assert p.name.endswith(client.legal_last_name)
                assert [r.id for r in prospects.prospects_of_client(session, client.id)] == [p.id]
            else:
                assert p.client_id is None


def test_search_finds_a_client_by_the_name_typed_without_accents(demo: Vault) -> None:
    with demo.session() as session:
        accented = [
            c
            for c in session.scalars(select(Client).order_by(Client.code))
            if fold(c.legal_last_name) != c.legal_last_name.casefold()
        ]
        assert accented, "the demo has names with diacritics"
        client = accented[0]
        typed = f"{fold(client.legal_first_name)} {fold(client.legal_last_name)}"
        statuses = frozenset({"active", "paused", "discharged", "archived"})
        found = clients.search_ids(session, clients.ClientQuery(typed, statuses=statuses))
        assert client.id in found
        if client.phone:
            number = clients.search_ids(
                session, clients.ClientQuery(client.phone[-8:], statuses=statuses)
            )
            assert client.id in number


# ------------------------------------------------------------------ intakes

INSTRUMENTS = load_all().instruments
INTAKE_KEYS = set(IntakeData(client=clients.ClientInput("A", "B", None)).without_screens())


def test_every_client_has_an_intake_with_the_screens_their_age_allows(demo: Vault) -> None:
    with demo.session() as session:
        people = {c.id: c for c in session.scalars(select(Client))}
        intakes = list(session.scalars(select(Intake)))
        given: dict[int, list[str]] = defaultdict(list)
        times: dict[int, set[datetime]] = defaultdict(set)
        for a in session.scalars(select(Administration).order_by(Administration.id)):
            given[a.client_id].append(a.instrument_id)
            times[a.client_id].add(a.administered_at)

    assert sorted(i.client_id for i in intakes) == sorted(people)
    for intake in intakes:
        client = people[intake.client_id]
        assert set(intake.data) == INTAKE_KEYS
        assert intake.data["why_now"] and intake.data["hopes"] and intake.data["tried_before"]
        assert intake.data["trauma_exposure"] in TRAUMA_CHOICES[1:]
        assert intake.completed_at == client.created_at
        age = age_on(client.date_of_birth, local_day(intake.completed_at))
        if age >= 18:
            assert given[client.id] == list(DEFAULT_SCREENS)
        elif age >= 12:
            assert given[client.id] == ["phq9", "gad7"]
        else:
            assert given[client.id] == []  # no self-report screens for young children
        if given[client.id]:
            assert times[client.id] == {intake.completed_at}


def test_stored_scores_are_what_the_app_computes_from_the_answers(demo: Vault) -> None:
    checked = 0
    with demo.session() as session:
        sexes = dict(session.execute(select(Client.id, Client.sex_for_norms)).all())
        for a in session.scalars(select(Administration)):
            instrument = INSTRUMENTS[a.instrument_id]
            fresh = score(instrument, a.answers, sexes[a.client_id] or None)
            assert a.instrument_version == instrument.version
            assert (a.total, a.valid, a.prorated) == (fresh.total, fresh.valid, fresh.prorated)
            assert (a.band, a.at_or_above_cutoff) == (fresh.band or "", fresh.at_or_above_cutoff)
            assert [r["message"] for r in a.risk] == [f.message for f in fresh.risk]
            checked += 1
    assert checked > 200


def test_positive_screens_raise_follow_ups_mostly_resolved_for_older_clients(demo: Vault) -> None:
    settled = open_settled = 0
    with demo.session() as session:
        expected = set()
        risky = set()
        for a in session.scalars(select(Administration)):
            instrument = INSTRUMENTS[a.instrument_id]
            if a.at_or_above_cutoff:
                expected.add((a.id, "screen", instrument.positive_screen))
            for flag in a.risk:
                expected.add((a.id, "risk", f"{instrument.short_name}: {flag['message']}"))
                risky.add(a.client_id)
        items = list(session.scalars(select(FollowUp)))
        acknowledged = {
            i.client_id for i in session.scalars(select(Intake)) if i.risk_acknowledgement
        }
        intake_day = dict(session.execute(select(Intake.client_id, Intake.completed_at)).all())

    assert {(f.administration_id, f.kind, f.title) for f in items} == expected
    assert len(items) == len(expected)
    assert any(kind == "risk" for _, kind, _ in expected)
    assert acknowledged == risky  # an intake with a risk answer cannot finish without it
    for item in items:
        older = DEMO_TODAY - local_day(intake_day[item.client_id]) >= timedelta(days=28)
        if item.status == FollowUpStatus.OPEN:
            assert item.resolved_at is None and item.resolution_note == ""
        else:
            assert item.resolution_note
            assert item.resolved_at is not None
            # Resolved before the demo's "today" began, in the practice's time zone.
            assert item.created_at <= item.resolved_at < datetime.combine(DEMO_TODAY, time(), ZONE)
        settled += older
        open_settled += older and item.status == FollowUpStatus.OPEN
    assert open_settled <= 0.2 * settled


def test_screens_fit_the_presenting_theme(demo: Vault) -> None:
    with demo.session() as session:
        tagged: dict[int, set[str]] = defaultdict(set)
        for client_id, name in session.execute(
            select(client_tag.c.client_id, Tag.name).join(Tag, Tag.id == client_tag.c.tag_id)
        ):
            tagged[client_id].add(name)
        results = [
            (a.client_id, a.instrument_id, a.total, a.at_or_above_cutoff, a.answers)
            for a in session.scalars(select(Administration))
        ]

    def of(
        instrument_id: str, tag: str, has: bool = True
    ) -> list[tuple[float, bool, dict[str, int]]]:
        return [
            (total, positive, answers)
            for client_id, i, total, positive, answers in results
            if i == instrument_id and (tag in tagged[client_id]) == has
        ]

    drinking = of("auditc", "substance use")
    assert drinking and all(positive for _, positive, _ in drinking)
    trauma = of("pcptsd5", "trauma")
    assert trauma and all(answers["exposure"] == 1 for _, _, answers in trauma)
    assert sum(positive for _, positive, _ in trauma) > len(trauma) / 2
    depressed = of("phq9", "depression")
    assert statistics.mean(t for t, _, _ in depressed) > statistics.mean(
        t for t, _, _ in of("phq9", "depression", has=False)
    )
    assert sum(positive for _, positive, _ in depressed) > 0.75 * len(depressed)
