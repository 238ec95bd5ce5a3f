"""Fuzzed calendar and questionnaire files are refused cleanly: a typed error, nothing stored.

NULs, byte-order marks, huge fields, impossible dates and wrong encodings are fed
to the .ics import and to the instrument loader; each either reads the file or
raises its own error type — never anything else — and a refused import stores
nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.errors import ValidationError
from app.instruments import InstrumentFileError, load_instrument, shipped_dir
from app.interop.ics import IcsError, import_busy
from app.models import BlockedTime
from app.vault import Vault

NOW = datetime(2027, 1, 15, 8, 0, tzinfo=UTC)
GOOD_EVENT = (
    "BEGIN:VEVENT\r\nUID:fuzz-1@example.org\r\nDTSTAMP:20270101T000000Z\r\n"
    "DTSTART:20270120T090000Z\r\nDTEND:20270120T100000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\n"
)

#: Pieces a damaged or hostile file is made of.
NASTY = st.sampled_from(
    [
        "\x00",
        "\ufeff",
        "\r\n",
        "\n ",
        "BEGIN:VCALENDAR\r\n",
        "END:VCALENDAR\r\n",
        "BEGIN:VEVENT\r\n",
        "END:VEVENT\r\n",
        "DTSTART:20271345T256199Z\r\n",
        "DTSTART;TZID=Nowhere/Never:20270120T090000\r\n",
        "DTEND:00000000T000000\r\n",
        "RRULE:FREQ=SECONDLY;COUNT=999999999\r\n",
        "SUMMARY:" + "x" * 20_000 + "\r\n",
        "X-" + "Y" * 500 + ":;;;\r\n",
        "é",
        "\udcff",
        GOOD_EVENT,
    ]
)


def _calendar_bytes() -> st.SearchStrategy[bytes]:
    text = st.lists(NASTY | st.text(max_size=40), max_size=30).map("".join)
    encoded = st.tuples(text, st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252"])).map(
        lambda pair: pair[0].encode(
            pair[1], errors="surrogateescape" if pair[1] == "utf-8" else "replace"
        )
    )
    return st.one_of(encoded, st.binary(max_size=2_000))


@pytest.fixture(scope="module")
def fuzz_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    from app.practice import ProfileInput
    from app.vault import NewVaultPlan

    data_dir = tmp_path_factory.mktemp("fuzz") / "practice"
    vault = Vault.create(
        data_dir,
        "correct horse battery staple",
        ProfileInput(practice_name="Fuzz", clinician_name="Dr F"),
        plan=NewVaultPlan.make(),
    )
    try:
        yield vault
    finally:
        vault.close()


def _blocked(vault: Vault) -> int:
    with vault.session() as session:
        return int(session.scalar(select(func.count(BlockedTime.id))) or 0)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=_calendar_bytes())
def test_a_fuzzed_calendar_is_read_or_refused_with_nothing_half_stored(
    fuzz_vault: Vault, data: bytes
) -> None:
    before = _blocked(fuzz_vault)
    try:
        with fuzz_vault.session() as session:
            dry = import_busy(session, data, NOW, dry_run=True)
    except (IcsError, ValidationError):
        assert _blocked(fuzz_vault) == before
        return
    assert _blocked(fuzz_vault) == before  # a dry run stores nothing
    try:
        with fuzz_vault.session() as session:
            import_busy(session, data, NOW)
    except (IcsError, ValidationError):
        assert _blocked(fuzz_vault) == before
        return
    assert dry is not None


def _instrument_texts() -> st.SearchStrategy[bytes]:
    base = (shipped_dir() / "phq9.json").read_text("utf-8")
    cut = st.integers(min_value=0, max_value=len(base)).map(lambda n: base[:n])
    spliced = st.tuples(st.integers(0, len(base)), NASTY).map(
        lambda pair: base[: pair[0]] + pair[1] + base[pair[0] :]
    )
    odd_json = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(max_size=12), children, max_size=4)
        ),
        max_leaves=20,
    ).map(json.dumps)
    text = st.one_of(cut, spliced, odd_json, st.just(base.replace('"items"', '"items", "items"')))
    return st.one_of(
        text.map(lambda t: t.encode("utf-8", errors="replace")),
        text.map(lambda t: t.encode("utf-16", errors="surrogatepass")),
        st.binary(max_size=500),
    )


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=_instrument_texts())
def test_a_fuzzed_questionnaire_file_is_loaded_or_refused_by_name(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("instrument") / "fuzzed.json"
    path.write_bytes(data)
    try:
        load_instrument(path)
    except InstrumentFileError as exc:
        assert exc.message.strip()  # a message to show, not a crash
