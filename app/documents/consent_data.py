"""What a consent form holds, and its fingerprint: the data behind the consent PDF.

A signed consent must be reproducible byte-for-byte from what is stored, so the
PDF depends on nothing but the :class:`ConsentDocument`. Its fingerprint,
:func:`content_hash`, is a SHA-256 over a canonical JSON of the document's
content (:func:`canonical_json`). This module makes no PDF: the consents
service and the signing screen use it without loading the PDF library.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from app.consent import RenderedSection
from app.practice import ProfileInput

#: The role of the clinician's countersignature.
CLINICIAN = "Clinician"
CLIENT = "Client"
GUARDIAN = "Parent or guardian"

#: Decimal places a stroke point keeps: the hash and the drawing use the same rounded points.
_POINT_PLACES = 4
_HASH_GROUPS = 4


@dataclass(frozen=True)
class Signature:
    """One person's signature.

    ``strokes`` is a drawn signature: strokes of ``(x, y)`` points, x from 0 to
    1 across the pad and y downwards from 0 to the pad's height over its width.
    ``typed`` is a typed full name given instead of a drawing.
    """

    role: str
    name: str
    signed_on: date | None
    strokes: tuple[tuple[tuple[float, float], ...], ...] = ()
    typed: str = ""


@dataclass(frozen=True)
class ConsentDocument:
    """Everything a consent PDF shows; the PDF is a function of this and nothing else.

    ``initials`` maps a section's title to the initials typed for it (absent or
    blank: not initialled). ``blank`` makes a form for signing on paper: empty
    initials boxes and signature lines.
    """

    profile: ProfileInput
    template_name: str
    template_version: int
    audience: str
    sections: Sequence[RenderedSection]
    client_name: str = ""
    client_code: str = ""
    client_date_of_birth: date | None = None
    initials: Mapping[str, str] = field(default_factory=dict)
    signatures: Sequence[Signature] = ()
    blank: bool = False


# ------------------------------------------------------------------ fingerprint


def _point(value: float) -> float:
    return round(float(value), _POINT_PLACES)


def rounded_strokes(signature: Signature) -> list[list[list[float]]]:
    """The drawn strokes with their points rounded, as the hash and the drawing both use them."""
    return [[[_point(x), _point(y)] for x, y in stroke] for stroke in signature.strokes if stroke]


def canonical_json(doc: ConsentDocument) -> str:
    """The document's content as canonical JSON: sorted keys, no spaces, UTF-8 text.

    Dates are ISO strings, stroke points are rounded to four decimals, initials
    are kept only where something was typed, sorted by section title.
    """
    content = {
        "format": "rapport-consent-1",
        "profile": dataclasses.asdict(doc.profile),
        "template_name": doc.template_name,
        "template_version": doc.template_version,
        "audience": doc.audience,
        "sections": [
            {"title": s.title, "text": s.text, "needs_initials": bool(s.needs_initials)}
            for s in doc.sections
        ],
        "client_name": doc.client_name,
        "client_code": doc.client_code,
        "client_date_of_birth": (
            doc.client_date_of_birth.isoformat() if doc.client_date_of_birth else None
        ),
        "initials": [
            [title, text.strip()] for title, text in sorted(doc.initials.items()) if text.strip()
        ],
        "signatures": [
            {
                "role": s.role,
                "name": s.name,
                "signed_on": s.signed_on.isoformat() if s.signed_on else None,
                "strokes": rounded_strokes(s),
                "typed": s.typed,
            }
            for s in doc.signatures
        ],
        "blank": doc.blank,
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(doc: ConsentDocument) -> str:
    """The SHA-256 of :func:`canonical_json`, as 64 lowercase hex digits."""
    return hashlib.sha256(canonical_json(doc).encode("utf-8")).hexdigest()


def short_hash(digest: str) -> str:
    """The fingerprint's first 16 hex digits in groups of four, as the footer prints it."""
    return " ".join(digest[i : i + 4] for i in range(0, 4 * _HASH_GROUPS, 4))
