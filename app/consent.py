"""Consent templates: sections with placeholders, saved as versions that are never edited.

A template is a list of sections (title, body with placeholders such as
``{fee_individual}``, whether the client initials it). Saving a template always
creates a new version, because a signed consent refers to the exact version the
client read. Placeholders are filled from the practice profile and the fee
settings when a consent is shown or printed, so a changed fee appears in the
text at once.

``ensure_default_templates`` installs the template this project ships
(``resources/consent/default.json``) when the vault has none; it is meant to be
called once after unlock (wired by the application, not at import time).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import cache
from typing import Any, Literal, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.changes import Changed
from app.errors import ValidationError
from app.models import ConsentAudience, ConsentTemplate
from app.money import format_amount
from app.practice import fee_policy, get_profile
from app.resources import resource_path
from app.words import marked, words

#: Every placeholder a section may use, with what it stands for (shown in the editor).
PLACEHOLDERS: dict[str, str] = {
    "practice_name": "The practice's name (Settings → Practice)",
    "clinician_name": "The clinician's name",
    "clinician_credentials": "The clinician's credentials, such as PhD or LCSW",
    "licence_number": "The clinician's licence number",
    "practice_address": "The practice's address",
    "practice_phone": "The practice's telephone number",
    "practice_email": "The practice's email address",
    "practice_website": "The practice's website",
    "fee_individual": "The fee for an individual session, with the currency symbol",
    "fee_couples": "The fee for a couples session, with the currency symbol",
    "late_cancel_hours": "How many hours ahead a session must be cancelled",
    "late_cancel_fee": "The fee for a session cancelled later than that",
    "no_show_fee": "The fee for a session missed without notice",
    "free_consultation_minutes": "The length of the free initial consultation, in minutes",
    "currency_symbol": "The currency symbol, such as $ or €",
}

#: What a consent form says in place of a fee the clinician has not set yet.
FEE_NOT_SET = "[fee not set yet]"
#: What it says in place of a blank profile detail.
DETAIL_NOT_SET = "[not set yet]"

MAX_SECTIONS = 100
MAX_TITLE = 200
MAX_BODY = 20_000
MAX_NAME = 200

_FORMATTER = string.Formatter()
_KEY_PATTERN = re.compile(r"[^a-z0-9]+")

ChangeKind = Literal["added", "removed", "changed", "unchanged"]


@dataclass(frozen=True)
class Section:
    """One section of a consent form, as the editor and the wizard use it."""

    key: str
    title: str
    body: str
    needs_initials: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "body": self.body,
            "needs_initials": self.needs_initials,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Section:
        return cls(
            key=str(data.get("key", "")),
            title=str(data.get("title", "")),
            body=str(data.get("body", "")),
            needs_initials=bool(data.get("needs_initials", False)),
        )


@dataclass(frozen=True)
class TemplateVersion:
    """One stored version of a template, as plain data (safe to hand to another thread)."""

    id: int
    name: str
    audience: ConsentAudience
    version: int
    created_at: datetime
    created_by: str
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class SectionChange:
    """How one section differs between two versions ("what changed" page).

    ``lines`` holds the body's difference as unified-diff lines for a changed
    section; it is empty otherwise.
    """

    kind: ChangeKind
    key: str
    title: str
    old_title: str = ""
    needs_initials: bool = False
    old_needs_initials: bool = False
    lines: tuple[str, ...] = field(default_factory=tuple)


class RenderedSection(NamedTuple):
    """A section with every placeholder filled in: (title, text, needs_initials)."""

    title: str
    text: str
    needs_initials: bool


# ---------------------------------------------------------------- placeholders


def placeholders_in(text: str) -> list[str]:
    """The placeholder names used in ``text``, in order; ValidationError for stray braces.

    ``{{`` and ``}}`` stand for literal braces. Only plain names are allowed:
    no format specifications, conversions, attributes or indexes.
    """
    names: list[str] = []
    for _, name, spec, conversion in _parse(text):
        if name is None:
            continue
        if spec or conversion or not name.isidentifier():
            raise ValidationError(
                {
                    "text": words(
                        "Write placeholders as a plain name in braces, not {placeholder}.",
                        placeholder=f"{{{name}}}",
                    )
                }
            )
        names.append(name)
    return names


def fill(body: str, values: Mapping[str, str]) -> str:
    """Replace each ``{placeholder}`` in ``body``; an unknown one raises ValidationError."""
    parts: list[str] = []
    for literal, name, spec, conversion in _parse(body):
        parts.append(literal)
        if name is None:
            continue
        if spec or conversion or name not in values:
            raise ValidationError(
                {
                    "placeholder": words(
                        "Unknown placeholder {placeholder}", placeholder=f"{{{name}}}"
                    )
                }
            )
        parts.append(values[name])
    return "".join(parts)


def _parse(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    try:
        return list(_FORMATTER.parse(text))
    except ValueError:
        raise ValidationError(
            {"text": marked("A brace is not closed. Write {{ or }} for a literal brace.")}
        ) from None


def _money(symbol: str, amount: Decimal | None) -> str:
    return FEE_NOT_SET if amount is None else f"{symbol}{format_amount(amount)}"


def placeholder_values(session: Session) -> dict[str, str]:
    """Every placeholder's text, from the practice profile and the fee settings."""
    profile = get_profile(session)
    fees = fee_policy(session)
    symbol = fees.currency_symbol

    def detail(value: str) -> str:
        return value.strip() or DETAIL_NOT_SET

    return {
        "practice_name": detail(profile.practice_name),
        "clinician_name": detail(profile.clinician_name),
        "clinician_credentials": profile.credentials.strip(),
        "licence_number": detail(profile.licence_number),
        "practice_address": detail(profile.address),
        "practice_phone": detail(profile.phone),
        "practice_email": detail(profile.email),
        "practice_website": detail(profile.website),
        "fee_individual": _money(symbol, fees.fee_individual),
        "fee_couples": _money(symbol, fees.fee_couples),
        "late_cancel_hours": str(fees.late_cancel_hours),
        "late_cancel_fee": _money(symbol, fees.late_cancel_fee),
        "no_show_fee": _money(symbol, fees.no_show_fee),
        "free_consultation_minutes": str(fees.free_consultation_minutes),
        "currency_symbol": symbol,
    }


# ------------------------------------------------------------------- templates


def _as_info(row: ConsentTemplate) -> TemplateVersion:
    return TemplateVersion(
        id=row.id,
        name=row.name,
        audience=ConsentAudience(row.audience),
        version=row.version,
        created_at=row.created_at,
        created_by=row.created_by,
        sections=tuple(Section.from_json(s) for s in row.sections),
    )


def templates(session: Session) -> list[TemplateVersion]:
    """Every stored version, by audience, newest version first."""
    rows = session.scalars(
        select(ConsentTemplate).order_by(
            ConsentTemplate.audience, ConsentTemplate.version.desc(), ConsentTemplate.id.desc()
        )
    )
    return [_as_info(row) for row in rows]


def current_template(
    session: Session, audience: ConsentAudience | str = ConsentAudience.ADULT
) -> TemplateVersion | None:
    """The newest version for ``audience`` (what a new consent is signed on), if any."""
    row = session.scalar(
        select(ConsentTemplate)
        .where(ConsentTemplate.audience == ConsentAudience(audience).value)
        .order_by(ConsentTemplate.version.desc(), ConsentTemplate.id.desc())
        .limit(1)
    )
    return None if row is None else _as_info(row)


def get_template(session: Session, template_id: int) -> TemplateVersion:
    row = session.get(ConsentTemplate, template_id)
    if row is None:
        raise ValidationError({"template": marked("That consent template no longer exists.")})
    return _as_info(row)


def _key_for(title: str, taken: set[str]) -> str:
    base = _KEY_PATTERN.sub("_", title.lower()).strip("_") or "section"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def clean_sections(sections: Sequence[Section]) -> list[Section]:
    """The sections checked and tidied; ValidationError names each problem.

    A section without a key gets one made from its title (keys let "what
    changed" follow a section whose title was reworded).
    """
    problems: dict[str, str] = {}
    if not sections:
        raise ValidationError(
            {"sections": marked("A consent template needs at least one section.")}
        )
    if len(sections) > MAX_SECTIONS:
        raise ValidationError({"sections": words("At most {limit} sections.", limit=MAX_SECTIONS)})
    cleaned: list[Section] = []
    taken: set[str] = set()
    for index, section in enumerate(sections, start=1):
        title = section.title.strip()
        body = section.body.strip()
        where = f"section {index}"
        if not title:
            problems[f"{where}.title"] = words("Give section {index} a title.", index=index)
        elif len(title) > MAX_TITLE:
            problems[f"{where}.title"] = words(
                "The title of section '{title}' is longer than {limit}.",
                title=title,
                limit=MAX_TITLE,
            )
        if len(body) > MAX_BODY:
            problems[f"{where}.body"] = (
                words(
                    "The text of section '{title}' is longer than {limit}.",
                    title=title,
                    limit=MAX_BODY,
                )
                if title
                else words(
                    "The text of section {index} is longer than {limit}.",
                    index=index,
                    limit=MAX_BODY,
                )
            )
        for part, text in (("title", title), ("body", body)):
            try:
                names = placeholders_in(text)
            except ValidationError as exc:
                problems[f"{where}.{part}"] = (
                    words("{problem} (in section '{title}')", problem=exc.message, title=title)
                    if title
                    else words("{problem} (in section {index})", problem=exc.message, index=index)
                )
                continue
            unknown = [name for name in names if name not in PLACEHOLDERS]
            if unknown:
                pieces = [
                    words(
                        "Unknown placeholder {placeholder} in section '{title}'",
                        placeholder=f"{{{name}}}",
                        title=title,
                    )
                    if title
                    else words(
                        "Unknown placeholder {placeholder} in section {index}",
                        placeholder=f"{{{name}}}",
                        index=index,
                    )
                    for name in dict.fromkeys(unknown)
                ]
                # One piece stays translatable; several are joined in English.
                problems[f"{where}.{part}"] = pieces[0] if len(pieces) == 1 else "; ".join(pieces)
        key = section.key.strip()
        if not key:
            key = _key_for(title, taken)
        elif key in taken:
            problems[f"{where}.key"] = words("Two sections share the key {key}.", key=repr(key))
        taken.add(key)
        cleaned.append(Section(key, title, body, bool(section.needs_initials)))
    if problems:
        raise ValidationError(problems)
    return cleaned


def _digest(sections: Sequence[Section]) -> str:
    canonical = json.dumps(
        [s.as_json() for s in sections], sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def save_new_version(
    session: Session,
    audience: ConsentAudience | str,
    name: str,
    sections: Sequence[Section],
    created_by: str = "",
) -> int:
    """Store the sections as the next version for ``audience``; returns the new template's id.

    Versions count up per audience (1, 2, 3 …) whatever the name; an earlier
    version is never changed. ValidationError names an unknown placeholder, an
    empty title or a template without sections.
    """
    try:
        who = ConsentAudience(audience)
    except ValueError:
        raise ValidationError({"audience": marked("Choose adult or guardian.")}) from None
    clean_name = name.strip()
    if not clean_name:
        raise ValidationError({"name": marked("Give the template a name.")})
    if len(clean_name) > MAX_NAME:
        raise ValidationError({"name": words("At most {limit} characters.", limit=MAX_NAME)})
    cleaned = clean_sections(sections)
    latest = session.scalar(
        select(func.max(ConsentTemplate.version)).where(ConsentTemplate.audience == who.value)
    )
    row = ConsentTemplate(
        name=clean_name,
        audience=who.value,
        version=(latest or 0) + 1,
        created_by=created_by.strip()[:200],
        sections=[s.as_json() for s in cleaned],
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        "create",
        "consent_template",
        row.id,
        {
            "name": row.name,
            "audience": row.audience,
            "version": row.version,
            "sections": len(cleaned),
            "sha256": _digest(cleaned),
        },
    )
    return row.id


# ------------------------------------------------------------ default template


@dataclass(frozen=True)
class DefaultTemplate:
    name: str
    audience: ConsentAudience
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class DefaultTemplates:
    notice: str
    templates: tuple[DefaultTemplate, ...]


DEFAULT_CREATED_BY = (
    "Rapport's default template (a starting point: review it for your jurisdiction)"
)


@cache
def default_templates() -> DefaultTemplates:
    """The templates shipped in ``resources/consent/default.json`` (read once)."""
    data = json.loads(resource_path("consent", "default.json").read_text(encoding="utf-8"))
    return DefaultTemplates(
        notice=str(data["notice"]),
        templates=tuple(
            DefaultTemplate(
                name=str(t["name"]),
                audience=ConsentAudience(t["audience"]),
                sections=tuple(Section.from_json(s) for s in t["sections"]),
            )
            for t in data["templates"]
        ),
    )


def ensure_default_templates(session: Session) -> Changed:
    """Install the shipped templates as version 1 when the vault has no template at all."""
    if session.scalar(select(ConsentTemplate.id).limit(1)) is not None:
        return Changed.NOTHING
    for template in default_templates().templates:
        save_new_version(
            session,
            template.audience,
            template.name,
            template.sections,
            created_by=DEFAULT_CREATED_BY,
        )
    return Changed.CONSENT


# --------------------------------------------------------- comparing, rendering


def _compare(old: Section, new: Section) -> SectionChange:
    same = (old.title, old.body, old.needs_initials) == (new.title, new.body, new.needs_initials)
    lines: tuple[str, ...] = ()
    if old.body != new.body:
        lines = tuple(
            difflib.unified_diff(
                old.body.splitlines(),
                new.body.splitlines(),
                fromfile="before",
                tofile="after",
                lineterm="",
            )
        )
    return SectionChange(
        kind="unchanged" if same else "changed",
        key=new.key,
        title=new.title,
        old_title=old.title,
        needs_initials=new.needs_initials,
        old_needs_initials=old.needs_initials,
        lines=lines,
    )


def _removed(old: Section) -> SectionChange:
    return SectionChange(
        kind="removed",
        key=old.key,
        title=old.title,
        old_title=old.title,
        old_needs_initials=old.needs_initials,
    )


def diff(old_sections: Sequence[Section], new_sections: Sequence[Section]) -> list[SectionChange]:
    """What changed between two versions, section by section (matched by key), in reading order.

    A removed section is listed where it stood in the old version.
    """
    old_by_key = {s.key: s for s in old_sections}
    new_keys = {s.key for s in new_sections}
    removed_after: dict[str | None, list[Section]] = {}
    anchor: str | None = None
    for section in old_sections:
        if section.key in new_keys:
            anchor = section.key
        else:
            removed_after.setdefault(anchor, []).append(section)
    changes = [_removed(s) for s in removed_after.get(None, [])]
    for section in new_sections:
        old = old_by_key.get(section.key)
        if old is None:
            changes.append(
                SectionChange(
                    kind="added",
                    key=section.key,
                    title=section.title,
                    needs_initials=section.needs_initials,
                )
            )
            continue
        changes.append(_compare(old, section))
        changes.extend(_removed(s) for s in removed_after.get(section.key, []))
    return changes


def rendered_sections(session: Session, template_id: int) -> list[RenderedSection]:
    """The template's sections with every placeholder filled from the current settings."""
    template = get_template(session, template_id)
    values = placeholder_values(session)
    return [
        RenderedSection(fill(s.title, values), fill(s.body, values), s.needs_initials)
        for s in template.sections
    ]


def rendered_changes(
    signed: Sequence[RenderedSection], current: Sequence[RenderedSection]
) -> list[SectionChange]:
    """What reads differently now than in a form the client signed (re-consent's first page).

    Compares the texts as the client read them, fees and policies filled in, so
    a changed fee shows even when the template's wording did not change.
    Sections are matched by their title.
    """

    def as_sections(rendered: Sequence[RenderedSection]) -> list[Section]:
        return [Section(s.title, s.title, s.text, s.needs_initials) for s in rendered]

    return diff(as_sections(signed), as_sections(current))


def not_ready_to_sign(session: Session, audience: ConsentAudience | str) -> str:
    """Why the current form for ``audience`` cannot be signed yet, or "" when it can."""
    template = current_template(session, audience)
    if template is None:
        return marked("There is no consent template yet.")
    unset = [s.title for s in rendered_sections(session, template.id) if FEE_NOT_SET in s.text]
    if unset:
        return words(
            "The consent form still says “fee not set yet” in: {sections}. Enter your fees "
            "in Settings → Consent before asking for a signature.",
            sections=", ".join(unset),
        )
    return ""
