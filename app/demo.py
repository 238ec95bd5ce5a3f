"""A deterministic synthetic practice, for the demo and the benchmarks.

Everything is made from a seeded random generator, so the same scale and seed
always give the same practice. No real person's data is involved. Each
capability of the practice adds its records here as it is built.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from app.practice import ProfileInput, save_profile, set_auto_lock_minutes
from app.vault import KdfPolicy, Vault

DEMO_PASSPHRASE = "demo practice passphrase"
DEFAULT_SEED = 20261127


@dataclass(frozen=True)
class DemoScale:
    """How big the synthetic practice is."""

    name: str
    years: int
    clients: int
    appointments_per_client_year: int


SCALES = {
    # A year of a new practice: enough to click through every screen.
    "small": DemoScale("small", years=1, clients=80, appointments_per_client_year=30),
    # DESIGN.md's ten-year practice: the reference for every performance budget.
    "10y": DemoScale("10y", years=10, clients=2_500, appointments_per_client_year=30),
    # Ten years with ten times the people, to show the lists stay smooth.
    "large": DemoScale("large", years=10, clients=25_000, appointments_per_client_year=3),
}

_PRACTICES = [
    ("Harbour Light Counselling", "Dr. Maya Okafor", "PsyD, Licensed Psychologist", "PSY 31842"),
    ("Cedar Street Therapy", "Jonas Whitfield", "LCSW", "LCS 88213"),
    ("Quiet River Psychotherapy", "Dr. Elena Marsh", "PhD, Clinical Psychologist", "PSY 27719"),
]


def demo_profile(rng: random.Random) -> ProfileInput:
    practice, clinician, credentials, licence = rng.choice(_PRACTICES)
    return ProfileInput(
        practice_name=practice,
        clinician_name=clinician,
        credentials=credentials,
        licence_number=licence,
        address=(
            f"{rng.randint(10, 990)} Harbor Way, Suite {rng.randint(2, 9)}0\nSan Diego, CA 92101"
        ),
        phone=f"(619) 555-01{rng.randint(10, 99)}",
        email="office@example.org",
        website="www.example.org",
        country="US",
        time_zone="America/Los_Angeles",
    )


def populate(vault: Vault, scale: DemoScale, seed: int = DEFAULT_SEED) -> None:
    """Fill an unlocked, empty vault with the synthetic practice."""
    rng = random.Random(seed)
    with vault.session() as session:
        save_profile(session, demo_profile(rng))
        set_auto_lock_minutes(session, 30)


def create_demo_vault(
    data_dir: Path,
    scale: str = "small",
    seed: int = DEFAULT_SEED,
    policy: KdfPolicy | None = None,
) -> Vault:
    """Create a demo vault (passphrase :data:`DEMO_PASSPHRASE`) and return it unlocked."""
    chosen = SCALES[scale]
    rng = random.Random(seed)
    vault = Vault.create(data_dir, DEMO_PASSPHRASE, demo_profile(rng), policy=policy, demo=True)
    try:
        populate(vault, chosen, seed)
    except BaseException:
        vault.close()
        raise
    return vault
