"""Which questionnaires a client is given before and after their sessions."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped


class MeasurementPlan(Timestamped, Base):
    """A client's own measurement plan; a client without one follows the practice's default.

    ``before`` and ``after`` are lists of ``{"instrument_id": str, "every": int}``:
    the instrument is due at sessions 1, 1 + every, 1 + 2·every, …
    """

    __tablename__ = "measurement_plan"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), unique=True)
    before: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    after: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
