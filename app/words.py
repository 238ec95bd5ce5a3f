"""Words the core gives a clinician to read, in the window's language.

The core speaks English and knows nothing of Qt. What it says to a clinician
— an error's message, what is wrong with a field, a label for one of its
codes — is marked where it is written, so that ``make translations`` collects
it into the window's catalogues::

    raise BackupInvalid(marked("The backup file is damaged."))
    raise BackupInvalid(words("{name} exists already; choose another name.", name=target.name))

:func:`marked` returns its text unchanged; :func:`words` returns the English
made from its template and values, a ``str`` that remembers both. The window
installs its translation with :func:`use_translation`, and :func:`translated`
gives any such text in the window's language: the template translated, then
filled with the same values (a value made by :func:`marked` or :func:`words` is
translated too, so a sentence may hold a translatable piece:
``words("{who} is {change}", who=name, change=marked("better"))``; any other
value — a name, a date — is shown as it is). Without one (the command-line tool, the log, a
test) everything stays English; ``str(error)`` is always the English.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any


class Words(str):
    """English text made from a template and its values, which it keeps for translation."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Words:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template = template
        made.values = values
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return _remade, (self.template, self.values)


def _remade(template: str, values: dict[str, Any]) -> Words:
    return Words(template, **values)


def marked(text: str) -> str:
    """``text`` as it is, collected for the catalogues (shown through :func:`translated`).

    It is a :class:`Words` without values, so that inside a sentence made by
    :func:`words` it is translated with the sentence.
    """
    return Words(text)


def said(exc: BaseException) -> str:
    """What an exception says, still translatable (``str(exc)`` is a plain copy of the English)."""
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, str) else str(exc)


def words(template: str, **values: Any) -> Words:
    """The English of ``template`` filled with ``values`` (``{name}`` fields), kept translatable."""
    return Words(template, **values)


def _untranslated(text: str) -> str:
    return text


_translation: Callable[[str], str] = _untranslated


def use_translation(translate: Callable[[str], str] | None) -> None:
    """Have :func:`translated` look English texts up with ``translate`` (None: English again)."""
    global _translation
    _translation = translate or _untranslated


def translated(text: str) -> str:
    """``text`` in the window's language where its catalogue has it, else as it is."""
    if isinstance(text, Words):
        values = {
            name: translated(value) if isinstance(value, Words) else value
            for name, value in text.values.items()
        }
        try:
            return _translation(text.template).format(**values)
        except (KeyError, IndexError, ValueError):  # a catalogue's fields that do not match
            return str.__str__(text)
    return _translation(text)


_MONTHS = (
    marked("Jan"),
    marked("Feb"),
    marked("Mar"),
    marked("Apr"),
    marked("May"),
    marked("Jun"),
    marked("Jul"),
    marked("Aug"),
    marked("Sep"),
    marked("Oct"),
    marked("Nov"),
    marked("Dec"),
)
_WEEKDAYS = (
    marked("Mon"),
    marked("Tue"),
    marked("Wed"),
    marked("Thu"),
    marked("Fri"),
    marked("Sat"),
    marked("Sun"),
)


def day_words(day: date) -> Words:
    """``3 Mar 2026``, in the window's language where shown (a date inside a message)."""
    return words("{day} {month} {year}", day=day.day, month=_MONTHS[day.month - 1], year=day.year)


def when_words(start: datetime, end: datetime) -> Words:
    """``Tue 3 Mar 2026, 17:00–17:50`` for two moments of one day (given in local time)."""
    return words(
        "{weekday} {day}, {start}–{end}",
        weekday=_WEEKDAYS[start.weekday()],
        day=day_words(start.date()),
        start=f"{start:%H:%M}",
        end=f"{end:%H:%M}",
    )
