"""A date field that may be left empty, showing dates with a four-digit year."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

_EMPTY = QDate(1900, 1, 1)


def long_year_format() -> str:
    """The locale's short date format with the whole year (no "1/2/03" for a birth date).

    Without a real locale (the "C" locale) dates are entered as 2026-11-27.
    """
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def display_format() -> str:
    """How dates are shown (not typed): the month as a word, so 3/4 is never ambiguous.

    The locale's long date without the weekday, its month shortened: "MMM d, yyyy"
    in the United States, "d MMM yyyy" in Britain, "d. MMM yyyy" in Germany.
    """
    long = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    fmt = _WEEKDAY.sub("", long).replace("MMMM", "MMM").strip(" ,")
    return fmt if "d" in fmt and "y" in fmt else "d MMM yyyy"


#: The weekday of a date format, with the comma and spaces that join it to the date.
_WEEKDAY = re.compile(r"\s*,?\s*dddd,?\s*")


class DateEdit(QDateEdit):
    """A date field that Tab always leaves.

    Qt's own keeps Tab for ever while it shows its special value text ("—", "any
    date"): the keyboard could not get past an empty date of birth.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.specialValueText() and self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


class OptionalDateEdit(DateEdit):
    """``value()`` is a :class:`date` or None; "—" stands for no date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(long_year_format())
        self.setMinimumDate(_EMPTY)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText("—")
        self.set_value(None)

    def value(self) -> date | None:
        current = self.date()
        if current == _EMPTY:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(_EMPTY)
        else:
            self.setDate(QDate(value.year, value.month, value.day))
