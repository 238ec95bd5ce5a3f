"""The practice profile (letterhead details) and the settings kept inside the vault."""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass, fields
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.changes import Changed
from app.contact import DEFAULT_COUNTRY, format_phone, normalise_email
from app.errors import ValidationError
from app.models import PracticeProfile, Service, ServiceKind, Setting
from app.money import from_minor, parse_amount, parse_money, to_minor
from app.retention import RetentionPolicy
from app.words import marked, said, words


@cache
def time_zones() -> frozenset[str]:
    """The IANA time zone names this computer knows (read once: it scans files)."""
    return frozenset(zoneinfo.available_timezones())


@dataclass(frozen=True)
class ProfileInput:
    """The letterhead details as a form holds them."""

    practice_name: str
    clinician_name: str
    credentials: str = ""
    licence_number: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    country: str = DEFAULT_COUNTRY
    time_zone: str = "UTC"

    def cleaned(self) -> ProfileInput:
        """The same details checked and tidied; ValidationError names each bad field."""
        problems: dict[str, str] = {}
        values = {f.name: str(getattr(self, f.name)).strip() for f in fields(self)}
        if not values["practice_name"]:
            problems["practice_name"] = marked("Enter the practice's name.")
        if not values["clinician_name"]:
            problems["clinician_name"] = marked("Enter the clinician's name.")
        values["country"] = values["country"].upper() or DEFAULT_COUNTRY
        try:
            values["phone"] = format_phone(values["phone"], values["country"])
        except ValueError as exc:
            problems["phone"] = said(exc)
        try:
            values["email"] = normalise_email(values["email"])
        except ValueError as exc:
            problems["email"] = said(exc)
        if values["time_zone"] not in time_zones():
            problems["time_zone"] = marked("Choose a time zone from the list.")
        for name, limit in (("practice_name", 200), ("clinician_name", 200), ("address", 500)):
            if len(values[name]) > limit:
                problems[name] = words("At most {limit} characters.", limit=limit)
        if problems:
            raise ValidationError(problems)
        return ProfileInput(**values)


_PROFILE_FIELDS = [f.name for f in fields(ProfileInput)]


def get_profile(session: Session) -> ProfileInput:
    row = session.scalar(select(PracticeProfile).limit(1))
    if row is None:
        return ProfileInput(practice_name="", clinician_name="")
    values = {name: getattr(row, name) for name in _PROFILE_FIELDS}
    return ProfileInput(**values)


def save_profile(session: Session, profile: ProfileInput) -> Changed:
    """Validate and store the profile, auditing each changed field (old → new)."""
    clean = profile.cleaned()
    row = session.scalar(select(PracticeProfile).limit(1))
    if row is None:
        row = PracticeProfile(**{name: getattr(clean, name) for name in _PROFILE_FIELDS})
        session.add(row)
        session.flush()
        audit.record(session, "create", "practice_profile", row.id)
    else:
        changes = {
            name: (getattr(row, name), getattr(clean, name))
            for name in _PROFILE_FIELDS
            if getattr(row, name) != getattr(clean, name)
        }
        for name, (_, new) in changes.items():
            setattr(row, name, new)
        audit.record_changes(session, "practice_profile", row.id, changes)
    return Changed.PRACTICE


# Settings kept inside the vault, with their defaults. Settings about the screen
# only (window sizes) live in QSettings; anything about the practice lives here.
SETTING_DEFAULTS: dict[str, Any] = {
    "security.auto_lock_minutes": 10,
    "retention.years_after_last_service": 7,
    "retention.years_after_majority": 3,
    "retention.age_of_majority": 18,
    # Fees and policies quoted in the consent form. Amounts are stored in cents;
    # None means "not set yet" (the consent text then says so, never "$0.00").
    "fees.individual_cents": None,
    "fees.couples_cents": None,
    "fees.late_cancel_cents": None,
    "fees.no_show_cents": None,
    "fees.currency_symbol": "$",
    "policy.late_cancel_hours": 24,
    "policy.free_consultation_minutes": 30,
    # Working hours per weekday, Monday first: ["09:00", "17:00"], or None for a day off.
    "calendar.working_hours": [["09:00", "17:00"]] * 5 + [None, None],
    "calendar.min_buffer_minutes": 0,
    # The needs-attention radar's thresholds (app.outcomes.AttentionSettings).
    "radar.sessions_without_improvement": 6,
    "radar.low_evaluation_total": 12,
    "radar.homework_not_done_running": 3,
    "radar.missed_in_last_five": 2,
    "radar.follow_up_open_sessions": 3,
    # Billing (app.billing.BillingSettings): the ISO 4217 currency of every amount
    # billed, the locale amounts are written in, days to pay an invoice, and the
    # identifiers a superbill shows where set (tax id, NPI).
    "billing.currency": "USD",
    "billing.locale": "en_US",
    "billing.payment_terms_days": 14,
    "billing.tax_id": "",
    "billing.npi": "",
    # Backups (app.vault.backup): automatic ones are thinned to the newest of each of
    # the last ``keep_daily`` days and ``keep_weekly`` weeks; each is also written to
    # ``second_folder`` (e.g. an external drive) when that is set.
    "backup.keep_daily": 7,
    "backup.keep_weekly": 8,
    "backup.second_folder": "",
}


def get_setting(session: Session, key: str) -> Any:
    if key not in SETTING_DEFAULTS:
        raise KeyError(key)
    row = session.get(Setting, key)
    return SETTING_DEFAULTS[key] if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> Changed:
    """Store a setting; a changed value is audited."""
    old = get_setting(session, key)
    if old == value:
        return Changed.NOTHING
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    audit.record(session, "settings", "setting", key, {"old": old, "new": value})
    return Changed.SETTINGS


AUTO_LOCK_CHOICES = (1, 2, 5, 10, 15, 20, 30, 45, 60)


def set_auto_lock_minutes(session: Session, minutes: int) -> Changed:
    if not 1 <= minutes <= 60:
        raise ValidationError({"auto_lock_minutes": marked("Choose between 1 and 60 minutes.")})
    return set_setting(session, "security.auto_lock_minutes", int(minutes))


def retention_policy(session: Session) -> RetentionPolicy:
    return RetentionPolicy(
        years_after_last_service=int(get_setting(session, "retention.years_after_last_service")),
        years_after_majority=int(get_setting(session, "retention.years_after_majority")),
        age_of_majority=int(get_setting(session, "retention.age_of_majority")),
    )


def set_retention_policy(session: Session, policy: RetentionPolicy) -> Changed:
    """Store the retention periods; ValidationError names each value out of range."""
    problems = {}
    if not 1 <= policy.years_after_last_service <= 50:
        problems["years_after_last_service"] = marked("Choose between 1 and 50 years.")
    if not 0 <= policy.years_after_majority <= 30:
        problems["years_after_majority"] = marked("Choose between 0 and 30 years.")
    if not 14 <= policy.age_of_majority <= 21:
        problems["age_of_majority"] = marked("Choose an age between 14 and 21.")
    if problems:
        raise ValidationError(problems)
    changed = Changed.NOTHING
    changed |= set_setting(
        session, "retention.years_after_last_service", policy.years_after_last_service
    )
    changed |= set_setting(session, "retention.years_after_majority", policy.years_after_majority)
    changed |= set_setting(session, "retention.age_of_majority", policy.age_of_majority)
    return changed


# ------------------------------------------------------------ fees and policies

MAX_FEE = Decimal("100000.00")
LATE_CANCEL_HOURS_RANGE = (0, 168)
# The free consultation is a service too, so it lasts at least a service's shortest length.
FREE_CONSULTATION_MINUTES_RANGE = (5, 180)
MAX_CURRENCY_SYMBOL_LENGTH = 5

# Field of FeePolicy → the setting that stores it (amounts in cents).
_FEE_KEYS = {
    "fee_individual": "fees.individual_cents",
    "fee_couples": "fees.couples_cents",
    "late_cancel_fee": "fees.late_cancel_cents",
    "no_show_fee": "fees.no_show_cents",
}


@dataclass(frozen=True)
class FeePolicy:
    """The fees and policies a consent form quotes; a fee of None is not set yet."""

    fee_individual: Decimal | None = None
    fee_couples: Decimal | None = None
    late_cancel_fee: Decimal | None = None
    no_show_fee: Decimal | None = None
    late_cancel_hours: int = 24
    free_consultation_minutes: int = 30
    currency_symbol: str = "$"


@dataclass(frozen=True)
class FeePolicyInput:
    """The same as a settings form holds it: text in every field ("" leaves a fee unset)."""

    fee_individual: str = ""
    fee_couples: str = ""
    late_cancel_fee: str = ""
    no_show_fee: str = ""
    late_cancel_hours: str = "24"
    free_consultation_minutes: str = "30"
    currency_symbol: str = "$"

    def cleaned(self, money_locale: str = "en_US") -> FeePolicy:
        """Parse the text into a FeePolicy; ValidationError names each bad field.

        Amounts are read the way ``money_locale`` writes numbers ("75,50" in de_DE).
        """
        problems: dict[str, str] = {}
        amounts: dict[str, Decimal | None] = {}
        for name in _FEE_KEYS:
            text = str(getattr(self, name)).strip()
            if not text:
                amounts[name] = None
                continue
            try:
                amounts[name] = parse_money(text, money_locale)
            except ValueError as exc:
                problems[name] = said(exc)
        whole: dict[str, int] = {}
        for name in ("late_cancel_hours", "free_consultation_minutes"):
            text = str(getattr(self, name)).strip()
            try:
                whole[name] = int(text)
            except ValueError:
                problems[name] = marked("Enter a whole number.")
        if problems:
            raise ValidationError(problems)
        policy = FeePolicy(
            fee_individual=amounts["fee_individual"],
            fee_couples=amounts["fee_couples"],
            late_cancel_fee=amounts["late_cancel_fee"],
            no_show_fee=amounts["no_show_fee"],
            late_cancel_hours=whole["late_cancel_hours"],
            free_consultation_minutes=whole["free_consultation_minutes"],
            currency_symbol=self.currency_symbol.strip(),
        )
        _check_fee_policy(policy)
        return policy


def _check_fee_policy(policy: FeePolicy) -> None:
    problems: dict[str, str] = {}
    for name in _FEE_KEYS:
        amount: Decimal | None = getattr(policy, name)
        if amount is None:
            continue
        try:
            exact = parse_amount(str(amount))
        except ValueError as exc:
            problems[name] = said(exc)
            continue
        if exact < 0:
            problems[name] = marked("A fee cannot be negative.")
        elif exact > MAX_FEE:
            problems[name] = words("At most {amount}.", amount=f"{MAX_FEE:,.2f}")
    low, high = LATE_CANCEL_HOURS_RANGE
    if not low <= policy.late_cancel_hours <= high:
        problems["late_cancel_hours"] = words(
            "Choose between {low} and {high} hours.", low=low, high=high
        )
    low, high = FREE_CONSULTATION_MINUTES_RANGE
    if not low <= policy.free_consultation_minutes <= high:
        problems["free_consultation_minutes"] = words(
            "Choose between {low} and {high} minutes.", low=low, high=high
        )
    symbol = policy.currency_symbol.strip()
    if not symbol:
        problems["currency_symbol"] = marked("Enter the currency symbol, such as $ or €.")
    elif len(symbol) > MAX_CURRENCY_SYMBOL_LENGTH or any(c in symbol for c in "{}\n"):
        problems["currency_symbol"] = words(
            "At most {limit} characters, on one line, without braces.",
            limit=MAX_CURRENCY_SYMBOL_LENGTH,
        )
    if problems:
        raise ValidationError(problems)


# Service kind → the FeePolicy field read from (and written to) that service.
_SERVICE_KINDS = {
    ServiceKind.INDIVIDUAL: "fee_individual",
    ServiceKind.COUPLES: "fee_couples",
    ServiceKind.CONSULTATION: "free_consultation_minutes",
}


def policy_services(session: Session) -> dict[str, Service]:
    """The services whose fee or length the policy quotes: the first of each kind still offered."""
    found: dict[str, Service] = {}
    statement = (
        select(Service)
        .where(Service.archived.is_(False), Service.kind.in_(sorted(_SERVICE_KINDS)))
        .order_by(Service.position, Service.id)
    )
    for service in session.scalars(statement):
        found.setdefault(service.kind, service)
    return found


def fee_policy(session: Session) -> FeePolicy:
    """The fees and policies in force (defaults where nothing was set).

    The session fees and the consultation's length come from the services
    (Settings → Services); the stored settings stand in for a kind of service
    the practice does not offer.
    """
    amounts: dict[str, Decimal | None] = {}
    for name, key in _FEE_KEYS.items():
        cents = get_setting(session, key)
        amounts[name] = None if cents is None else from_minor(int(cents))
    minutes = int(get_setting(session, "policy.free_consultation_minutes"))
    for kind, service in policy_services(session).items():
        if kind == ServiceKind.CONSULTATION:
            minutes = service.duration_minutes
        else:
            fee = None if service.fee_cents is None else from_minor(service.fee_cents)
            amounts[_SERVICE_KINDS[ServiceKind(kind)]] = fee
    return FeePolicy(
        **amounts,
        late_cancel_hours=int(get_setting(session, "policy.late_cancel_hours")),
        free_consultation_minutes=minutes,
        currency_symbol=str(get_setting(session, "fees.currency_symbol")),
    )


def set_fee_policy(session: Session, policy: FeePolicy) -> Changed:
    """Validate and store the fees (as cents) and policies; each changed value is audited.

    The session fees and the consultation's length are written to their
    services as well, so that booking and the consent form quote the same.
    """
    _check_fee_policy(policy)
    changed = Changed.NOTHING
    for name, key in _FEE_KEYS.items():
        amount: Decimal | None = getattr(policy, name)
        changed |= set_setting(session, key, None if amount is None else to_minor(amount))
    changed |= set_setting(session, "policy.late_cancel_hours", int(policy.late_cancel_hours))
    changed |= set_setting(
        session, "policy.free_consultation_minutes", int(policy.free_consultation_minutes)
    )
    changed |= set_setting(session, "fees.currency_symbol", policy.currency_symbol.strip())
    for kind, service in policy_services(session).items():
        changes: dict[str, tuple[Any, Any]] = {}
        if kind == ServiceKind.CONSULTATION:
            minutes = int(policy.free_consultation_minutes)
            if service.duration_minutes != minutes:
                changes["duration_minutes"] = (service.duration_minutes, minutes)
                service.duration_minutes = minutes
        else:
            amount = getattr(policy, _SERVICE_KINDS[ServiceKind(kind)])
            cents = None if amount is None else to_minor(amount)
            if service.fee_cents != cents:
                changes["fee_cents"] = (service.fee_cents, cents)
                service.fee_cents = cents
        if changes:
            audit.record_changes(session, "service", service.id, changes)
            changed |= Changed.SETTINGS | Changed.CALENDAR
    return changed
