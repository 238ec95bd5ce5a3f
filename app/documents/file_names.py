"""The names a document's PDF is offered under: the client's code, never their name.

File names show in folders and in recent-file lists, so a client's name stays
inside the document. Each function gives the name without its extension.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app.instruments import Instrument


def billing_file_stem(kind: str, client_code: str, reference: str) -> str:
    """A file name naming the document, the client code and its number — never the name.

    ``kind`` is "Invoice", "Receipt", "Statement" or "Superbill";
    ``reference`` the invoice or receipt number, or the period.
    """
    return " ".join(part for part in (kind, client_code.strip(), reference.strip()) if part)


def intake_summary_file_stem(client_code: str, today: date) -> str:
    """``Intake summary C0042 2026-11-27``: the client's code, never the name."""
    code = client_code.strip()
    return f"Intake summary {code} {today.isoformat()}" if code else f"Intake summary {today}"


def progress_report_file_stem(client_code: str, today: date) -> str:
    """``Progress report C0042 2026-11-27``: the client's code, never the name."""
    code = client_code.strip()
    return f"Progress report {code} {today.isoformat()}" if code else f"Progress report {today}"


def survey_form_file_stem(instruments: Sequence[Instrument]) -> str:
    """``blank-phq9-gad7``: the questionnaires' ids, never a client's name."""
    return "blank-" + "-".join(i.id for i in instruments)
