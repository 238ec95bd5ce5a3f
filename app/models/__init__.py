"""Typed SQLAlchemy models, one module per aggregate; importing this loads them all."""

from app.models.audit import AuditEntry
from app.models.base import Base
from app.models.practice import PracticeProfile, Setting

__all__ = ["AuditEntry", "Base", "PracticeProfile", "Setting"]
