"""What every screen is given: the vault, the change bus, the task runner, the clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from app.vault import Vault
from ui.bus import Bus
from ui.tasks import TaskRunner


@dataclass
class AppContext:
    vault: Vault
    bus: Bus
    tasks: TaskRunner
    clock: Callable[[], float] = field(default=time.time)

    def today(self) -> date:
        """Today's date where the clinician is (the clock is injectable for tests)."""
        return datetime.fromtimestamp(self.clock()).date()
