"""The core's words for the clinician: marked for translation, and translated where shown."""

from __future__ import annotations

import ast
import pickle
import string
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from app import words
from app.errors import TooManyAttempts, ValidationError, VaultInUse, WrongPassphrase
from app.instruments import InstrumentFileError
from app.words import Words, marked, translated

APP = Path(__file__).resolve().parents[2] / "app"
#: Their words are not the window's: the command-line tool speaks English, the demo is data.
NOT_SHOWN = ("cli.py", "demo", "migrations", "__main__.py")
MARKERS = {"marked", "words"}


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(APP.rglob("*.py")):
        relative = path.relative_to(APP).as_posix()
        if relative.startswith(NOT_SHOWN):
            continue
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _error_classes(modules: list[tuple[Path, ast.Module]]) -> set[str]:
    """Every exception class of the core's own (RapportError and what derives from it)."""
    names = {"RapportError"}
    classes = [node for _path, tree in modules for node in ast.walk(tree)]
    classes = [node for node in classes if isinstance(node, ast.ClassDef)]
    grown = True
    while grown:
        grown = False
        for node in classes:
            bases = {base.id for base in node.bases if isinstance(base, ast.Name)}
            if node.name not in names and bases & names:
                names.add(node.name)
                grown = True
    return names


def _is_text(node: ast.AST | None) -> bool:
    """A string written out (plain, f-string, or joined with +) rather than marked."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value.strip())
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_text(node.left) or _is_text(node.right)
    return False


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _unmarked(tree: ast.Module, errors: set[str]) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called(node) in errors:
            if node.args and _is_text(node.args[0]):
                yield node.lineno, f"{_called(node)}(…) with unmarked text"
            for argument in node.args[:1]:
                if isinstance(argument, ast.Dict):
                    for value in argument.values:
                        if _is_text(value):
                            yield value.lineno, "a problem's unmarked text"
        if isinstance(node, ast.ClassDef):
            for statement in node.body:
                if (
                    isinstance(statement, ast.Assign)
                    and any(
                        isinstance(t, ast.Name) and t.id == "default_message"
                        for t in statement.targets
                    )
                    and _is_text(statement.value)
                ):
                    yield statement.lineno, "default_message unmarked"
        if isinstance(node, ast.Assign) and _is_text(node.value):
            for target in node.targets:
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and "problem" in target.value.id
                ):
                    yield node.lineno, f"{target.value.id}[…] = unmarked text"
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "setdefault"
            and isinstance(node.func.value, ast.Name)
            and "problem" in node.func.value.id
            and len(node.args) == 2
            and _is_text(node.args[1])
        ):
            yield node.lineno, f"{node.func.value.id}.setdefault(…, unmarked text)"


def test_every_message_of_the_core_is_marked_for_translation() -> None:
    modules = list(_modules())
    errors = _error_classes(modules)
    assert {"ValidationError", "BackupInvalid", "WrongPassphrase"} <= errors
    found = [
        f"{path.relative_to(APP.parent)}:{line}: {what}"
        for path, tree in modules
        for line, what in _unmarked(tree, errors)
    ]
    assert not found, "\n".join(found)


def test_the_check_finds_an_unmarked_message() -> None:
    tree = ast.parse(
        "class Odd(RapportError):\n"
        "    default_message = 'Odd.'\n"
        "raise Odd(f'{name} is odd')\n"
        "raise ValidationError({'name': 'Too long.'})\n"
        "problems['date'] = 'Not a date.'\n"
        "problems.setdefault('date', 'Not a date.')\n"
        "raise Odd(marked('Fine.'))\n"
    )
    errors = {"RapportError", "Odd", "ValidationError"}
    assert sorted(line for line, _what in _unmarked(tree, errors)) == [2, 3, 4, 5, 6]


def test_each_template_names_the_values_it_is_given() -> None:
    """A ``words()`` template and its values agree (a missing one would fail only when shown)."""
    found = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "words"
                and node.args
            ):
                continue
            template = node.args[0]
            if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
                continue  # a template marked where it is written (a table of them)
            fields = {name for _t, name, _s, _c in string.Formatter().parse(template.value) if name}
            given = {keyword.arg for keyword in node.keywords}
            if fields != given:
                found.append(f"{path.name}:{node.lineno}: {sorted(fields)} ≠ {sorted(given)}")
    assert not found, "\n".join(found)


@pytest.fixture
def shouting() -> Iterator[None]:
    """A stand-in translation: every template in capitals (its fields kept)."""

    def translate(text: str) -> str:
        return "".join(
            literal.upper() + ("" if field is None else "{" + field + "}")
            for literal, field, _spec, _conversion in string.Formatter().parse(text)
        )

    words.use_translation(translate)
    yield
    words.use_translation(None)


def test_words_keep_their_template_and_values() -> None:
    text = words.words("{name} exists already.", name="March.rapport-backup")
    assert text == "March.rapport-backup exists already."
    assert isinstance(text, Words)
    assert (text.template, text.values) == (
        "{name} exists already.",
        {"name": "March.rapport-backup"},
    )
    copy = pickle.loads(pickle.dumps(text))
    assert (copy, copy.template, copy.values) == (text, text.template, text.values)
    assert marked("Plain.") == "Plain." and translated("Plain.") == "Plain."


def test_messages_and_problems_read_in_the_window_language(shouting: None) -> None:
    assert translated(words.words("{name} exists already.", name="x.y")) == "x.y EXISTS ALREADY."
    assert WrongPassphrase().message == "THAT PASSPHRASE DOES NOT OPEN THIS PRACTICE."
    waited = TooManyAttempts(4.2)
    assert waited.message == "TOO MANY FAILED ATTEMPTS. PLEASE WAIT 4 SECONDS."
    assert str(waited) == "Too many failed attempts. Please wait 4 seconds."  # the log's English
    in_use = VaultInUse("pid 12")
    assert "(pid 12)" in in_use.message and in_use.message.startswith("THIS PRACTICE")
    problems = ValidationError({"name": marked("Too long."), "": words.words("{n} left", n=3)})
    assert problems.problems == {"name": "TOO LONG.", "": "3 LEFT"}
    assert problems.message == "TOO LONG.; 3 LEFT"
    assert str(problems) == "Too long.; 3 left"
    nested = words.words("{who} got {change}", who="Ada", change=words.words("better"))
    assert translated(nested) == "Ada GOT BETTER"  # a piece made by words(), not a name


def test_a_translation_whose_fields_differ_falls_back_to_english() -> None:
    words.use_translation(lambda text: "{other} broken")
    try:
        assert translated(words.words("{name} exists.", name="x")) == "x exists."
    finally:
        words.use_translation(None)


def test_days_inside_messages_read_in_the_window_language(shouting: None) -> None:
    day = words.day_words(date(2026, 3, 3))
    assert str.__str__(day) == "3 Mar 2026"
    assert translated(day) == "3 MAR 2026"
    when = words.when_words(datetime(2026, 3, 3, 17, 0), datetime(2026, 3, 3, 17, 50))
    assert str.__str__(when) == "Tue 3 Mar 2026, 17:00–17:50"
    assert translated(when) == "TUE 3 MAR 2026, 17:00–17:50"


def test_an_instrument_file_problem_is_translated_piece_by_piece(shouting: None) -> None:
    problem = InstrumentFileError(
        "bad.json",
        words.words("line {line} column {column}", line=1, column=3),
        words.words("invalid JSON ({reason})", reason="Expecting value"),
    )
    assert str(problem) == "bad.json: line 1 column 3: invalid JSON (Expecting value)"
    assert problem.message == "bad.json: LINE 1 COLUMN 3: INVALID JSON (Expecting value)"
    field = InstrumentFileError("bad.json", "items[3].id", words.marked("is missing"))
    assert field.message == "bad.json: items[3].id: IS MISSING"  # a field's path as written
