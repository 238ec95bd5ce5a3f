"""What every screen is given: the vault, the change bus, the task runner, the clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app.billing import billing_settings
from app.instruments import LoadResult, load_all
from app.practice import get_profile
from app.vault import Vault
from ui.bus import Bus
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.backups import BackupKeeper


@dataclass
class AppContext:
    vault: Vault
    bus: Bus
    tasks: TaskRunner
    clock: Callable[[], float] = field(default=time.time)
    backups: BackupKeeper | None = None
    _instruments: LoadResult | None = field(default=None, init=False, repr=False)

    def instruments(self) -> LoadResult:
        """The shipped instruments and the practice's own (read once per unlock)."""
        if self._instruments is None:
            extra = self.vault.files.data_dir / "instruments"
            self._instruments = load_all([extra])
        return self._instruments

    def today(self) -> date:
        """Today's date where the clinician is (the clock is injectable for tests)."""
        return datetime.fromtimestamp(self.clock()).date()

    def now(self) -> datetime:
        """The current instant (UTC-aware), from the injectable clock."""
        return datetime.fromtimestamp(self.clock(), UTC)

    def zone(self) -> ZoneInfo:
        """The practice's time zone: the calendar's wall clock."""
        with self.vault.session() as session:
            return ZoneInfo(get_profile(session).time_zone)

    def money(self, amount: Decimal) -> str:
        """An amount in the practice's currency, written the practice's way ("$60.00")."""
        with self.vault.session() as session:
            return billing_settings(session).format(amount)

    def money_locale(self) -> str:
        """How the practice writes numbers ("en_US", "de_DE"): typed amounts are read that way."""
        with self.vault.session() as session:
            return billing_settings(session).locale
