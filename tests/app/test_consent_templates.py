"""Consent templates: fees from settings, placeholders checked, versions kept, changes shown."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from app import audit, consent
from app.consent import Section
from app.errors import ValidationError
from app.models import AuditEntry, Base, ConsentAudience, ConsentTemplate
from app.practice import (
    FeePolicy,
    FeePolicyInput,
    fee_policy,
    get_setting,
    set_fee_policy,
)
from app.vault import Vault

FEES = FeePolicyInput(
    fee_individual="120",
    fee_couples="1,150.50",
    late_cancel_fee="60.00",
    no_show_fee="$120",
    late_cancel_hours="48",
    free_consultation_minutes="20",
    currency_symbol="€",
)

SECTIONS = [
    Section("intro", "About therapy", "We work together at {practice_name}."),
    Section("fees", "Fees", "A session costs {fee_individual}.", needs_initials=True),
    Section("records", "Records", "You may ask for a copy.\nWe keep records securely."),
]


def entries(vault: Vault, record_type: str) -> list[AuditEntry]:
    with vault.session() as session:
        return list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.record_type == record_type)
                .order_by(AuditEntry.id)
            )
        )


# ------------------------------------------------------------------- settings


def test_fee_settings_default_until_set(vault: Vault) -> None:
    with vault.session() as session:
        assert fee_policy(session) == FeePolicy()
        values = consent.placeholder_values(session)
    assert values["late_cancel_hours"] == "24"
    assert values["free_consultation_minutes"] == "30"
    assert values["fee_individual"] == consent.FEE_NOT_SET


def test_fee_settings_round_trip_as_cents(vault: Vault) -> None:
    with vault.session() as session:
        set_fee_policy(session, FEES.cleaned())
    with vault.session() as session:
        stored = fee_policy(session)
        assert get_setting(session, "fees.couples_cents") == 115050
        assert get_setting(session, "fees.no_show_cents") == 12000
    assert stored == FeePolicy(
        fee_individual=Decimal("120.00"),
        fee_couples=Decimal("1150.50"),
        late_cancel_fee=Decimal("60.00"),
        no_show_fee=Decimal("120.00"),
        late_cancel_hours=48,
        free_consultation_minutes=20,
        currency_symbol="€",
    )
    assert all(
        isinstance(getattr(stored, name), Decimal)
        for name in ("fee_individual", "fee_couples", "late_cancel_fee", "no_show_fee")
    )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"fee_individual": "-5"}, "fee_individual"),
        ({"fee_couples": "100.005"}, "fee_couples"),
        ({"late_cancel_fee": "sixty"}, "late_cancel_fee"),
        ({"no_show_fee": "1000000"}, "no_show_fee"),
        ({"late_cancel_hours": "-1"}, "late_cancel_hours"),
        ({"late_cancel_hours": "1.5"}, "late_cancel_hours"),
        ({"free_consultation_minutes": "500"}, "free_consultation_minutes"),
        ({"currency_symbol": " "}, "currency_symbol"),
        ({"currency_symbol": "{x}"}, "currency_symbol"),
    ],
)
def test_bad_fee_settings_are_refused(change: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        replace(FEES, **change).cleaned()
    assert field in refused.value.problems


@pytest.mark.parametrize(
    "policy",
    [
        FeePolicy(fee_individual=Decimal("-0.01")),
        FeePolicy(late_cancel_fee=Decimal("12.345")),
        FeePolicy(late_cancel_hours=500),
    ],
)
def test_setter_refuses_bad_values_and_stores_nothing(vault: Vault, policy: FeePolicy) -> None:
    with vault.session() as session:
        with pytest.raises(ValidationError):
            set_fee_policy(session, policy)
        assert fee_policy(session) == FeePolicy()


def test_fee_changes_are_audited_old_to_new(vault: Vault) -> None:
    with vault.session() as session:
        set_fee_policy(session, FeePolicy(fee_individual=Decimal("100")))
    with vault.session() as session:
        set_fee_policy(session, FeePolicy(fee_individual=Decimal("110.50")))
    changes = [
        e.detail for e in entries(vault, "setting") if e.record_id == "fees.individual_cents"
    ]
    assert changes == [{"old": None, "new": 10000}, {"old": 10000, "new": 11050}]


# ---------------------------------------------------------------- placeholders


def test_fill_replaces_placeholders_and_keeps_escaped_braces() -> None:
    text = consent.fill("{{literal}} costs {fee}.", {"fee": "$10.00"})
    assert text == "{literal} costs $10.00."


@pytest.mark.parametrize("body", ["Pay {fee_individul} now.", "{fee!r}", "{fee:>9}", "a { b"])
def test_fill_refuses_unknown_or_malformed_placeholders(body: str) -> None:
    with pytest.raises(ValidationError):
        consent.fill(body, {"fee": "$10.00"})


def test_unknown_placeholder_is_named() -> None:
    with pytest.raises(ValidationError, match=r"Unknown placeholder \{fee_individul\}"):
        consent.fill("Pay {fee_individul}.", {"fee_individual": "$1.00"})


def test_changed_fee_shows_in_the_consent_text(vault: Vault) -> None:
    with vault.session() as session:
        template_id = consent.save_new_version(session, "adult", "Agreement", SECTIONS)
        set_fee_policy(session, FeePolicy(fee_individual=Decimal("95")))
        before = consent.rendered_sections(session, template_id)
        set_fee_policy(session, FeePolicy(fee_individual=Decimal("1250.5"), currency_symbol="£"))
        after = consent.rendered_sections(session, template_id)

    assert before[1] == ("Fees", "A session costs $95.00.", True)
    assert after[1].text == "A session costs £1,250.50."
    assert after[0].text == "We work together at Canary Practice ZQX."


# ------------------------------------------------------------------ templates


def test_unknown_placeholder_refuses_to_save_naming_it(vault: Vault) -> None:
    sections = [*SECTIONS[:1], Section("fees", "Fees", "A session costs {fee_individul}.")]
    with vault.session() as session:
        with pytest.raises(ValidationError) as refused:
            consent.save_new_version(session, "adult", "Agreement", sections)
        assert consent.templates(session) == []
    assert "Unknown placeholder {fee_individul} in section 'Fees'" in refused.value.message


@pytest.mark.parametrize(
    ("sections", "expected"),
    [
        ([], "at least one section"),
        ([Section("a", "  ", "Text")], "title"),
        ([Section("a", "A", "x"), Section("a", "B", "y")], "share the key"),
        ([Section("a", "A", "Unclosed { brace")], "brace"),
    ],
)
def test_invalid_templates_are_refused(
    vault: Vault, sections: list[Section], expected: str
) -> None:
    with vault.session() as session, pytest.raises(ValidationError, match=expected):
        consent.save_new_version(session, "adult", "Agreement", sections)


def test_saving_creates_a_new_version_and_keeps_the_old(vault: Vault) -> None:
    edited = [SECTIONS[0], replace(SECTIONS[1], body="Each session costs {fee_individual}.")]
    with vault.session() as session:
        first = consent.save_new_version(session, "adult", "Agreement", SECTIONS)
        v1 = consent.get_template(session, first)
        second = consent.save_new_version(session, ConsentAudience.ADULT, "Agreement", edited)
    with vault.session() as session:
        current = consent.current_template(session, "adult")
        assert consent.get_template(session, first) == v1
        assert consent.current_template(session, "guardian") is None
        versions = [(t.audience, t.version) for t in consent.templates(session)]
        rows = session.scalars(select(ConsentTemplate)).all()

    assert v1.version == 1
    assert v1.sections == tuple(SECTIONS)
    assert current is not None
    assert (current.id, current.version) == (second, 2)
    assert current.sections[1].body == "Each session costs {fee_individual}."
    assert versions == [("adult", 2), ("adult", 1)]
    assert len(rows) == 2


def test_sections_without_a_key_get_one_from_their_title(vault: Vault) -> None:
    with vault.session() as session:
        template_id = consent.save_new_version(
            session, "guardian", "Minor", [Section("", "What therapy is", "Text.")]
        )
        assert consent.get_template(session, template_id).sections[0].key == "what_therapy_is"


def test_diff_finds_added_removed_and_changed_sections() -> None:
    new = [
        Section("welcome", "Welcome", "Hello."),
        SECTIONS[0],
        replace(SECTIONS[1], body="A session costs {fee_individual}.\nPay by card."),
    ]
    changes = consent.diff(SECTIONS, new)

    assert [(c.kind, c.key) for c in changes] == [
        ("added", "welcome"),
        ("unchanged", "intro"),
        ("changed", "fees"),
        ("removed", "records"),
    ]
    fee_lines = changes[2].lines
    assert "+Pay by card." in fee_lines
    assert not any(line.startswith("-") and "costs" in line for line in fee_lines)


def test_diff_shows_a_renamed_title_and_initials_as_a_change() -> None:
    new = [replace(SECTIONS[0], title="About our work"), replace(SECTIONS[2], needs_initials=True)]
    changes = consent.diff(SECTIONS[::2], new)
    assert [c.kind for c in changes] == ["changed", "changed"]
    assert changes[0].old_title == "About therapy"
    assert changes[0].lines == ()
    assert (changes[1].old_needs_initials, changes[1].needs_initials) == (False, True)


def test_default_templates_install_once_and_fill_every_placeholder(vault: Vault) -> None:
    with vault.session() as session:
        set_fee_policy(session, FEES.cleaned())
        consent.ensure_default_templates(session)
        consent.ensure_default_templates(session)
    with vault.session() as session:
        installed = consent.templates(session)
        rendered = {t.audience: consent.rendered_sections(session, t.id) for t in installed}

    assert sorted((t.audience, t.version) for t in installed) == [("adult", 1), ("guardian", 1)]
    assert all("review it for your jurisdiction" in t.created_by for t in installed)
    for sections in rendered.values():
        for title, text, _ in sections:
            assert not re.search(r"[{}]", title + text), title
            assert "[fee not set yet]" not in text
    adult = {title: text for title, text, _ in rendered[ConsentAudience.ADULT]}
    assert "€120.00" in adult["Fees and payment"]
    assert "48 hours" in adult["Cancellations and missed sessions"]
    assert "20 minutes" in adult["The free first consultation"]


def test_default_template_covers_what_the_practice_promises() -> None:
    shipped = consent.default_templates()
    assert "starting point" in shipped.notice.lower()
    assert "jurisdiction" in shipped.notice
    by_audience = {t.audience: t for t in shipped.templates}
    assert set(by_audience) == {ConsentAudience.ADULT, ConsentAudience.GUARDIAN}
    for template in shipped.templates:
        keys = {s.key for s in template.sections}
        assert {
            "therapy",
            "consultation",
            "fees",
            "cancellation",
            "confidentiality",
            "contact",
            "homework",
            "surveys",
            "records",
            "ending",
            "consent",
        } <= keys
        initialled = {s.key for s in template.sections if s.needs_initials}
        assert {"fees", "cancellation", "confidentiality", "homework", "surveys"} <= initialled
        assert consent.clean_sections(template.sections) == list(template.sections)
    adult = {s.key: s for s in by_audience[ConsentAudience.ADULT].sections}
    limits = adult["confidentiality"].body
    assert "harm" in limits and "abuse" in limits and "court" in limits
    assert (
        "not a straight line" in adult["therapy"].body or "straight line" in adult["therapy"].body
    )


def test_audit_log_records_each_template_version(vault: Vault) -> None:
    with vault.session() as session:
        first = consent.save_new_version(session, "adult", "Agreement", SECTIONS)
        second = consent.save_new_version(session, "adult", "Agreement", SECTIONS[:2])
        assert audit.verify(session).ok
    logged = entries(vault, "consent_template")
    assert [(e.action, e.record_id, e.detail["version"]) for e in logged] == [
        ("create", str(first), 1),
        ("create", str(second), 2),
    ]
    assert logged[0].detail["sections"] == 3
    assert logged[0].detail["sha256"] != logged[1].detail["sha256"]


def _not_the_search_index(name: str | None, kind: str, parent: object) -> bool:
    """The notes' FTS5 table and its shadow tables are made by the migration, not the models."""
    return not (kind == "table" and name is not None and name.startswith("note_fts"))


def test_models_match_the_migrations(vault: Vault) -> None:
    with vault.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": _not_the_search_index}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
