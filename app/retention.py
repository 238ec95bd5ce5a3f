"""How long a record is kept after the practice stops serving the client.

The practice's policy (Settings) holds two periods; the record is kept until
the later of: N years after the last service, and M years after a minor client
comes of age. The defaults (7 years; 3 years after 18) follow common guidance
for psychologists' records (e.g. APA Record Keeping Guidelines, 2007: "7 years
after the last date of service … or 3 years after a minor reaches the age of
majority, whichever is later"); the clinician must check their jurisdiction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta


@dataclass(frozen=True)
class RetentionPolicy:
    years_after_last_service: int = 7
    years_after_majority: int = 3
    age_of_majority: int = 18


def age_on(date_of_birth: date, day: date) -> int:
    """Full years of age on ``day``."""
    years: int = relativedelta(day, date_of_birth).years
    return years


def is_minor(date_of_birth: date, day: date, policy: RetentionPolicy | None = None) -> bool:
    majority = (policy or RetentionPolicy()).age_of_majority
    return age_on(date_of_birth, day) < majority


def retention_until(
    date_of_birth: date,
    last_service: date | None,
    archived_on: date,
    policy: RetentionPolicy | None = None,
) -> date:
    """The first day on which the record may be erased under ``policy``.

    With no service recorded, the archiving day counts as the last service.
    """
    policy = policy or RetentionPolicy()
    served = last_service or archived_on
    after_service = served + relativedelta(years=policy.years_after_last_service)
    majority = date_of_birth + relativedelta(years=policy.age_of_majority)
    after_majority = majority + relativedelta(years=policy.years_after_majority)
    latest: date = max(after_service, after_majority)
    return latest
