"""The window's words go through Qt's translation mechanism, and the catalogues are sound.

* no English is handed to a widget without :func:`ui.i18n.tr` (read from the source);
* the catalogues hold every string ``ui/`` marks (``make translations`` refreshes them);
* a translation keeps its source's placeholders (``{name}``, ``%n``, ``%1``);
* every catalogue compiles and loads.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
#: The core marks its messages and labels for the same catalogues (app/words.py).
APP = ROOT / "app"
CATALOGUES = sorted(i18n.catalogue_dir().glob("rapport_*.ts"))
BIN = Path(sys.executable).parent

#: Methods whose string arguments a person reads.
SHOWN_BY_METHOD = {
    "addAction",
    "addItem",
    "addMenu",
    "addRow",
    "addTab",
    "critical",
    "information",
    "insertTab",
    "question",
    "setAccessibleDescription",
    "setAccessibleName",
    "setButtonText",
    "setDetailedText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setInformativeText",
    "setLabelText",
    "setPlaceholderText",
    "setPrefix",
    "setSpecialValueText",
    "setStatusTip",
    "setSubTitle",
    "setSuffix",
    "setTabText",
    "setTabToolTip",
    "setText",
    "setTitle",
    "setToolTip",
    "setWhatsThis",
    "setWindowTitle",
    "showMessage",
    "warning",
}
#: Widgets whose constructor's string is shown.
SHOWN_BY_CONSTRUCTOR = {
    "QAction",
    "QCheckBox",
    "QGroupBox",
    "QLabel",
    "QMenu",
    "QPushButton",
    "QRadioButton",
    "QToolButton",
}
LOGGERS = {"log", "logger", "logging"}
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%L?\d+")


def _untranslated(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") in LOGGERS:
            continue  # log.warning(...) is for the log file, not the window
        if name not in SHOWN_BY_METHOD and name not in SHOWN_BY_CONSTRUCTOR:
            continue
        for arg in node.args:
            if isinstance(arg, ast.JoinedStr) or (
                isinstance(arg, ast.Constant)
                and isinstance(arg.value, str)
                and re.search(r"[A-Za-z]{2}", arg.value)
            ):
                found.append((node.lineno, f"{name}({ast.unparse(arg)[:60]})"))
    return found


def test_no_english_reaches_a_widget_without_tr() -> None:
    problems = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        problems += [
            f"{path.relative_to(ROOT)}:{line}: {call}" for line, call in _untranslated(tree)
        ]
    assert not problems, "shown without tr():\n" + "\n".join(problems)


def _messages(catalogue: Path) -> list[ET.Element]:
    return list(ET.parse(catalogue).getroot().iter("message"))


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return []
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.name)
def test_translations_keep_the_placeholders_of_their_source(catalogue: Path) -> None:
    problems = []
    for message in _messages(catalogue):
        source = message.findtext("source") or ""
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in _translations(message):
            if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"{source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.name)
def test_the_catalogue_holds_every_string_the_window_marks(catalogue: Path, tmp_path: Path) -> None:
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    fresh = tmp_path / catalogue.name
    shutil.copy(catalogue, fresh)
    subprocess.run(
        [str(lupdate), *i18n.LUPDATE_FLAGS, str(UI), str(APP), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    known = {(m.findtext("source"), m.findtext("comment")) for m in _messages(catalogue)}
    marked = {(m.findtext("source"), m.findtext("comment")) for m in _messages(fresh)}
    missing = sorted(str(source) for source, _ in marked - known)
    assert not missing, (
        f"{len(missing)} strings are not in {catalogue.name}; run `make translations`:\n"
        + "\n".join(missing[:20])
    )


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.name)
def test_every_catalogue_compiles_and_loads(catalogue: Path, tmp_path: Path) -> None:
    lrelease = BIN / "pyside6-lrelease"
    if not lrelease.exists():
        lrelease = Path(shutil.which("pyside6-lrelease") or "pyside6-lrelease")
    compiled = tmp_path / catalogue.with_suffix(".qm").name
    subprocess.run(
        [str(lrelease), "-silent", str(catalogue), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert QTranslator().load(str(compiled))


def test_the_german_catalogue_translates_every_string() -> None:
    """German is complete: a string added to the window needs its German too."""
    catalogue = next(path for path in CATALOGUES if path.name == "rapport_de.ts")
    untranslated = [
        str(message.findtext("source"))
        for message in _messages(catalogue)
        if not any(text.strip() for text in _translations(message))
    ]
    assert not untranslated, f"{len(untranslated)} without German:\n" + "\n".join(untranslated[:20])
