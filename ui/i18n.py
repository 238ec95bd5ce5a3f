"""The window's words in the clinician's language: Qt's translation mechanism.

Every string the window shows is written in English inside :func:`tr`::

    label = QLabel(tr("Hand to {name}: before the session").format(name=first))
    done = tr("%n session(s)", "", count)   # Qt's plural form: %n is the number

A plural is written with ``(s)`` after each word that changes ("%n client(s)
waiting"); the English catalogue (``rapport_en.ts``) holds only the two English
forms, which ``make translations`` writes from that spelling.

Words fixed before the window exists (a module's table of labels) are marked
with :func:`marked`, which lupdate collects, and translated where shown::

    AREAS = {"today": marked("Today")}
    button.setText(tr(AREAS["today"]))

The core's own words (its errors' messages, what is wrong with a field, the
labels of its codes) are marked the same way in ``app/`` (:mod:`app.words`);
:func:`install` has them translated too, so ``error.message`` and
``error.problems`` read in the window's language.

``make translations`` runs ``pyside6-lupdate`` over ``ui/`` to refresh the
catalogues in ``resources/translations/`` (``rapport_de.ts``: German) and
``pyside6-lrelease`` to compile them; a language without a catalogue, or a
string its catalogue lacks, shows the English.

The language follows the system's (``LANGUAGE``/``LC_ALL``/``LANG`` on Linux);
``RAPPORT_LOCALE=de_DE`` chooses one, for screenshots and tests. Dates, times
and numbers follow the same locale (``QLocale.setDefault``); money follows the
practice's own billing locale, so its invoices read the same on any computer.

All strings share one context (lupdate files a bare ``tr()`` under none), so
the same English is translated once; a *disambiguation* tells apart the rare
words whose translation depends on where they stand ("Open" a file, an "Open"
task).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import words
from app.resources import resource_path
from app.words import marked

__all__ = ["Labels", "marked", "tr"]

K = TypeVar("K")

#: The context lupdate gives ``tr()`` calls that are not methods.
CONTEXT = ""
#: How ``make translations`` (``python -m ui.i18n``) runs lupdate: no line numbers
#: (they would change with every edit), no strings the window no longer shows, and
#: :func:`marked` collected like ``QT_TR_NOOP``.
LUPDATE_FLAGS = (
    "-extensions",
    "py",
    "-locations",
    "none",
    "-no-obsolete",
    "-tr-function-alias",
    "QT_TR_NOOP+=marked,QT_TR_NOOP+=words",
)
#: Chooses the language instead of the system's (``de_DE``, ``en_US``).
LOCALE_VARIABLE = "RAPPORT_LOCALE"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language (``%n`` becomes ``n``, in its plural form)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


class Labels(Mapping[K, str]):
    """A table of the core's labels for its codes (``app.labels``), each read in the
    window's language when it is looked up."""

    def __init__(self, labels: Mapping[K, str]) -> None:
        self._labels = labels

    def __getitem__(self, key: K) -> str:
        return tr(self._labels[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)


def catalogue_dir() -> Path:
    return resource_path("translations")


def chosen_locale() -> QLocale:
    """The locale named by ``RAPPORT_LOCALE``, else the system's."""
    name = os.environ.get(LOCALE_VARIABLE, "").strip()
    return QLocale(name) if name else QLocale.system()


def install(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Make ``locale`` the window's: its catalogue, Qt's own (standard buttons), its formats.

    Returns the translators installed (parented to ``app``). A language without a
    catalogue shows English, with the English plural forms.
    """
    locale = locale or chosen_locale()
    QLocale.setDefault(locale)
    installed = []
    ours = QTranslator(app)
    folder = str(catalogue_dir())
    if ours.load(locale, "rapport", "_", folder) or ours.load("rapport_en", folder):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    words.use_translation(tr)  # the core's messages and labels, too
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Back to English (tests)."""
    for translator in translators:
        app.removeTranslator(translator)
    words.use_translation(None)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of a ``%n`` source: "%n client(s)" -> "%n client", "%n clients"."""
    return re.sub(r"\((e?s)\)", "", source), re.sub(r"\((e?s)\)", r"\1", source)


def _tidy(catalogue: Path, english: bool) -> None:
    """Drop the notes lupdate takes from ``#:`` comments (they document code, not words);
    in the English catalogue, write the plural forms (it translates nothing else)."""
    tree = ET.parse(catalogue)
    for message in tree.getroot().iter("message"):
        for note in message.findall("extracomment"):
            message.remove(note)
        translation = message.find("translation")
        if not english or message.get("numerus") != "yes" or translation is None:
            continue
        for form in list(translation):
            translation.remove(form)
        for text in english_forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
    ET.indent(tree, "    ")
    with catalogue.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def update_catalogues() -> None:
    """Collect the strings ``ui/`` and ``app/`` mark into every catalogue, then compile each."""
    tools = Path(sys.executable).parent
    ui_dir = Path(__file__).resolve().parent
    app_dir = ui_dir.parent / "app"
    catalogues = sorted(catalogue_dir().glob("rapport_*.ts"))
    names = [str(path) for path in catalogues]
    lupdate = str(tools / "pyside6-lupdate")
    subprocess.run([lupdate, *LUPDATE_FLAGS, str(ui_dir), str(app_dir), "-ts", *names], check=True)
    for path in catalogues:
        _tidy(path, english=path.name == "rapport_en.ts")
    compile_catalogues(stale_only=False)


def compile_catalogues(stale_only: bool = True) -> None:
    """Compile each catalogue (``.ts``) the app loads as a ``.qm`` beside it."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for path in sorted(catalogue_dir().glob("rapport_*.ts")):
        compiled = path.with_suffix(".qm")
        if stale_only and compiled.exists() and compiled.stat().st_mtime >= path.stat().st_mtime:
            continue
        subprocess.run([str(lrelease), "-silent", str(path), "-qm", str(compiled)], check=True)


if __name__ == "__main__":
    update_catalogues()
