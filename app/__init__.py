"""Rapport's practice core: every rule of the practice, with no user interface."""

from app._version import __version__

__all__ = ["__version__"]
