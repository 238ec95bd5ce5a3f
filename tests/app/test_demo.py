"""The synthetic demo practice: deterministic, realistic, and searchable like typed-in records."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from app import audit, clients, diagnoses, prospects
from app.demo import DEMO_TODAY, create_demo_vault, generated
from app.models import AuditEntry, Client, Prospect, ProspectStatus
from app.retention import retention_until
from app.text import fold
from app.vault import Vault

TODAY = DEMO_TODAY


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
    return [tuple(r) for r in people] + [tuple(r) for r in enquiries]


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
    assert not [kind for _, kind in entries if kind in ("client", "prospect")]


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
