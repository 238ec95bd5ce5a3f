"""Clients from a CSV file: any common encoding, columns matched, a dry run, all or nothing."""

from __future__ import annotations

import codecs
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app import clients
from app.errors import ValidationError
from app.interop import client_import
from app.interop.client_import import (
    PRESETS,
    ClientImportError,
    DateOrder,
    ImportOptions,
    ImportPlan,
    ImportStopped,
    Table,
    auto_mapping,
    check_rows,
    date_orders,
    dob_values,
    import_rules,
    mapping_problems,
    parse_date,
    plan_import,
    read_table,
    run_import,
)
from app.models import AuditEntry, Client
from app.vault import Vault
from tests.app.people import TODAY, add_client, adult, audit_count, count
from tests.reliability.canary import files_containing

HEADER = "First name,Last name,Date of birth,Phone,E-mail"
ROWS = [
    "Renée,Dubé,1984-07-19,(415) 555-2680,renee@example.org",
    "Marcus,Holt,1979-01-05,415 555 2681,",
]
CSV = "\n".join([HEADER, *ROWS]) + "\n"


def _plan(
    vault: Vault, text: str | bytes, options: ImportOptions | None = None
) -> tuple[Table, ImportPlan]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    table = read_table(data)
    with vault.session() as session:
        return table, plan_import(session, table, auto_mapping(table.headers), TODAY, options)


def _import(vault: Vault, text: str, options: ImportOptions | None = None) -> list[int]:
    _table, plan = _plan(vault, text, options)
    with vault.session() as session:
        ids, _changed = run_import(session, plan, TODAY)
    return ids


def _stored(vault: Vault) -> tuple[int, int]:
    with vault.session() as session:
        return count(session, Client), audit_count(session)


# ------------------------------------------------------------------ reading


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
        ("utf-32", "utf-32"),
        ("cp1252", "cp1252"),
    ],
)
def test_the_file_s_encoding_is_found_and_accents_survive(encoding: str, detected: str) -> None:
    table = read_table(CSV.encode(encoding))

    assert table.encoding == detected
    assert table.headers == ("First name", "Last name", "Date of birth", "Phone", "E-mail")
    assert table.rows[0][:2] == ("Renée", "Dubé")
    assert table.lines == (2, 3)


def test_a_byte_order_mark_never_becomes_part_of_the_first_column_s_name() -> None:
    table = read_table(codecs.BOM_UTF8 + CSV.encode("utf-8"))

    assert table.headers[0] == "First name"
    assert auto_mapping(table.headers)[0] == "legal_first_name"


def test_an_encoding_chosen_by_hand_wins_and_a_wrong_one_is_refused_with_its_line() -> None:
    data = CSV.encode("cp1252")

    assert read_table(data, encoding="cp1250").rows[0][0] == "Renée"  # é is the same there
    with pytest.raises(ClientImportError, match="Line 2 holds characters that are not UTF-8"):
        read_table(data, encoding="utf-8")


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_the_separator_is_found(delimiter: str) -> None:
    text = CSV.replace(",", delimiter) if delimiter != "," else CSV

    table = read_table(text.encode())

    assert table.delimiter == delimiter
    assert len(table.headers) == 5
    assert table.rows[1] == ("Marcus", "Holt", "1979-01-05", "415 555 2681", "")


def test_excel_s_separator_line_is_obeyed_and_not_a_row() -> None:
    table = read_table(b"sep=;\r\nFirst name;Last name,x\r\nAnn;Lee,y\r\n")

    assert table.delimiter == ";"
    assert table.headers == ("First name", "Last name,x")
    assert table.lines == (3,)


def test_a_semicolon_file_whose_values_hold_commas_is_read_by_its_semicolons() -> None:
    text = "Name;Address;Date of birth\nLee, Ann;1 Main St, Springfield;1990-05-17\n"

    table = read_table(text.encode())

    assert table.delimiter == ";"
    assert table.rows == (("Lee, Ann", "1 Main St, Springfield", "1990-05-17"),)


def test_quoted_values_may_hold_separators_quotes_and_line_breaks() -> None:
    text = (
        "First name,Last name,Date of birth,Address,Clinical summary\r\n"
        'Ann,Lee,1990-05-17,"1 Main St\r\nSpringfield, IL","Says ""fine"",\nthen cries"\r\n'
        "\r\n"
        "Bo,Ray,1991-02-03,,\r\n"
    )

    table = read_table(text.encode())

    assert table.rows[0][3] == "1 Main St\r\nSpringfield, IL"
    assert table.rows[0][4] == 'Says "fine",\nthen cries'
    assert table.lines == (2, 6)  # the second client's row begins on the file's sixth line
    assert table.blank == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty"),
        (b"\n\n ,, \n", "The file is empty"),
        (b"a,b\n", "a header line but no rows"),
        (b"a,b\n1,2\n1,2,3\n", "Line 3 has 3 fields where the header line has 2"),
        (b"a,b\n1,2\n\n1\n", "Line 4 has 1 field where the header line has 2"),
        (b'a,b\n1,"open\n2,3\n', "quote that opens on line 2 is never closed"),
        (b'a,b\n"x"y,1\n', "Line 2 cannot be read"),
        (b"a,b\n1,\x002\n", "Line 2 holds a NUL character"),
        (b"a,b\n" + b"1," + b"x" * 200_000 + b"\n", "longer than 131,072 characters"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_naming_the_line(data: bytes, message: str) -> None:
    with pytest.raises(ClientImportError, match=message):
        read_table(data)


def test_a_file_too_large_is_refused_before_it_is_read() -> None:
    data = b"a,b\n" + b"1,2\n" * (client_import.MAX_IMPORT_BYTES // 4)

    with pytest.raises(ClientImportError, match="larger than 20 MB"):
        read_table(data)


def test_a_file_with_too_many_rows_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_import, "MAX_ROWS", 3)

    assert len(read_table(b"a,b\n1,2\n1,2\n1,2\n").rows) == 3
    with pytest.raises(ClientImportError, match="more than 3 rows"):
        read_table(b"a,b\n1,2\n1,2\n1,2\n1,2\n")


# ------------------------------------------------------------------ matching columns


def test_usual_column_names_are_matched_and_the_rest_ignored() -> None:
    headers = [
        "Client ID",
        "Given name",
        "Surname",
        "DOB",
        "Mobile",
        "E-mail Address",
        "Street",
        "City",
        "Postcode",
        "Gender",
        "Parent / Guardian",
        "Parent phone",
        "Phone",
    ]

    mapping = auto_mapping(headers)

    assert mapping == {
        1: "legal_first_name",
        2: "legal_last_name",
        3: "date_of_birth",
        4: "phone",  # the first phone column; the later one is left for the clinician
        5: "email",
        6: "address",
        7: "address",
        8: "address",
        10: "guardian_name",
        11: "guardian_phone",
    }


def test_rapport_s_own_export_is_a_preset_matched_by_exact_names() -> None:
    headers = ["id", "code", "legal_first_name", "legal_last_name", "date_of_birth", "tags"]

    mapping = auto_mapping(headers, "rapport")

    assert mapping == {
        1: "code",
        2: "legal_first_name",
        3: "legal_last_name",
        4: "date_of_birth",
        5: "tags",
    }
    assert auto_mapping(["First name"], "rapport") == {}
    assert all(preset.source for preset in PRESETS)


def test_several_columns_fill_the_address_in_the_file_s_order(vault: Vault) -> None:
    text = (
        "First name,Last name,DOB,Street,City,State,Zip\n"
        "Ann,Lee,1990-05-17,1 Main St,Springfield,IL,62701\n"
    )
    _table, plan = _plan(vault, text)

    assert plan.rows[0].data.address == "1 Main St, Springfield, IL, 62701"


def test_what_must_still_be_chosen_is_listed() -> None:
    table = read_table(b"Name,Born\nAnn Lee,03/04/1990\n")

    problems = mapping_problems(table, {0: "legal_first_name", 1: "date_of_birth"}, ImportOptions())

    assert problems == [
        "Choose the column that goes into “Legal last name”.",
        "Choose how the file writes dates of birth such as 03/04/2001: "
        "day before month, or month before day.",
    ]
    twice = mapping_problems(table, {0: "legal_first_name", 1: "legal_first_name"}, ImportOptions())
    assert "Only one column can go into “Legal first name”." in twice


# ------------------------------------------------------------------ dates of birth


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("1990-05-17", None, date(1990, 5, 17)),
        ("1990/5/7", None, date(1990, 5, 7)),
        ("1990-05-17 00:00:00", None, date(1990, 5, 17)),
        ("17 May 1990", None, date(1990, 5, 17)),
        ("17-may-1990", None, date(1990, 5, 17)),
        ("May 17, 1990", None, date(1990, 5, 17)),
        ("Sept. 3rd, 2001", None, date(2001, 9, 3)),
        ("03/04/2001", DateOrder.DAY_FIRST, date(2001, 4, 3)),
        ("03/04/2001", DateOrder.MONTH_FIRST, date(2001, 3, 4)),
        ("17.05.1990", DateOrder.DAY_FIRST, date(1990, 5, 17)),
    ],
)
def test_dates_of_birth_in_common_forms(text: str, order: DateOrder | None, expected: date) -> None:
    assert parse_date(text, order) == expected


@pytest.mark.parametrize(
    ("text", "order", "message"),
    [
        ("03/04/2001", None, "choose whether the file writes the day or the month first"),
        ("17/05/1990", DateOrder.MONTH_FIRST, "has no month 17: does the file write the day first"),
        ("1/2/90", DateOrder.DAY_FIRST, "year with four digits"),
        ("1990-02-30", None, "not a date of the calendar"),
        ("31 Foo 1990", None, "not the name of a month"),
        ("32874", None, "spreadsheet's number for a date"),
        ("yesterday", None, "is not a date"),
    ],
)
def test_a_date_that_cannot_be_read_says_why(
    text: str, order: DateOrder | None, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        parse_date(text, order)


def test_the_order_of_day_and_month_is_read_from_the_file_only_when_it_shows() -> None:
    assert date_orders(["1990-05-17", "17 May 1990"]) is None
    assert date_orders(["03/04/2001", "05/06/1990"]) == {
        DateOrder.DAY_FIRST,
        DateOrder.MONTH_FIRST,
    }
    assert date_orders(["03/04/2001", "25/06/1990"]) == {DateOrder.DAY_FIRST}
    assert date_orders(["03/04/2001", "06/25/1990"]) == {DateOrder.MONTH_FIRST}
    assert date_orders(["13/04/2001", "06/25/1990"]) == set()


def test_an_ambiguous_date_order_must_be_chosen_before_the_dry_run(vault: Vault) -> None:
    text = "First name,Last name,DOB\nAnn,Lee,03/04/2001\nBo,Ray,25/12/1990\n"
    table = read_table(text.encode())
    mapping = auto_mapping(table.headers)
    assert date_orders(dob_values(table, mapping)) == {DateOrder.DAY_FIRST}

    with vault.session() as session, pytest.raises(ClientImportError, match="day before month"):
        plan_import(session, table, mapping, TODAY)
    _table, plan = _plan(vault, text, ImportOptions(DateOrder.DAY_FIRST))
    assert [r.data.date_of_birth for r in plan.rows] == [date(2001, 4, 3), date(1990, 12, 25)]

    _table, plan = _plan(vault, text, ImportOptions(DateOrder.MONTH_FIRST))
    assert [r.line for r in plan.rows] == [2]
    assert plan.refused[0].line == 3
    assert "no month 25" in plan.refused[0].problems["date_of_birth"]


# ------------------------------------------------------------------ the dry run


def test_the_dry_run_stores_nothing_and_shows_the_clients_as_they_would_be_stored(
    vault: Vault,
) -> None:
    before = _stored(vault)

    _table, plan = _plan(vault, CSV)

    assert _stored(vault) == before
    assert plan.can_import
    assert [(r.line, r.data.legal_last_name) for r in plan.rows] == [(2, "Dubé"), (3, "Holt")]
    assert plan.rows[1].data.phone == "(415) 555-2681"  # written the practice's way
    assert plan.refused == () and plan.duplicates == ()


def test_every_refused_row_is_listed_with_its_line_and_each_field_s_reason(vault: Vault) -> None:
    text = (
        "First name,Last name,DOB,Phone,E-mail,Sex,Status\n"
        "Ann,Lee,1990-05-17,,,F,Active\n"
        ",Ray,2090-01-01,12,not-an-address,X,Paused\n"
        "Cy,Fox,1988-02-03,,,,archived\n"
        "Dee,Moss,2015-06-01,,,,\n"
    )
    before = _stored(vault)

    _table, plan = _plan(vault, text)

    assert _stored(vault) == before
    assert not plan.can_import
    assert [r.line for r in plan.rows] == [2]
    assert plan.rows[0].data.sex_for_norms == "female"
    refused = {r.line: r for r in plan.refused}
    assert set(refused) == {3, 4, 5}
    assert set(refused[3].problems) == {
        "legal_first_name",
        "date_of_birth",
        "phone",
        "email",
        "sex_for_norms",
    }
    assert refused[3].problems["date_of_birth"] == "The date of birth cannot be in the future."
    assert "Legal first name: Enter the client's legal first name." in refused[3].describe()
    assert "archived client cannot be imported" in refused[4].problems["status"]
    assert refused[5].name == "Moss, Dee"
    assert refused[5].problems == {
        "guardians": "The client is under 18: add at least one guardian who can consent."
    }


def test_a_minor_comes_in_with_a_guardian_only_if_the_file_s_guardians_may_consent(
    vault: Vault,
) -> None:
    text = (
        "First name,Last name,DOB,Parent,Guardian relationship,Parent phone\n"
        "Theo,Park,2014-03-02,Dana Park,mother,212 555 0123\n"
    )

    _table, plan = _plan(vault, text)
    assert plan.refused[0].problems == {
        "guardians": "The client is under 18: add at least one guardian who can consent."
    }

    ids = _import(vault, text, ImportOptions(guardians_can_consent=True))
    with vault.session() as session:
        record = clients.get_client(session, ids[0], TODAY)
    assert record.is_minor
    assert record.data.guardians == (
        clients.GuardianInput("Dana Park", "mother", "(212) 555-0123", "", True, False),
    )


def test_values_too_long_or_not_text_are_refused(vault: Vault) -> None:
    text = (
        "First name,Last name,DOB,Pronouns,Address\n"
        f"Ann,Lee,1990-05-17,{'x' * 41},ok\n"
        "Bo,Ray\x07,1990-05-17,,ok\n"
        'Cy,"Fox\nJr",1990-05-17,,ok\n'
        'Di,Hu,1990-05-17,,"1 Main St\r\nSpringfield"\n'
    )

    _table, plan = _plan(vault, text)

    refused = {r.line: r.problems for r in plan.refused}
    assert refused[2] == {"pronouns": "At most 40 characters (this one has 41)."}
    assert refused[3] == {"legal_last_name": "Holds control characters that are not text."}
    assert refused[4] == {"legal_last_name": "Must be on one line."}
    assert [(r.line, r.data.address) for r in plan.rows] == [(6, "1 Main St\nSpringfield")]


def test_possible_duplicates_are_flagged_not_refused(vault: Vault) -> None:
    add_client(vault, adult(code="C0100"))
    text = (
        "First name,Last name,DOB,Phone,E-mail\n"
        "Ann,Lee,1990-05-17,,\n"  # same name and date of birth
        "Zed,Other,1970-01-01,(415) 555-2671,\n"  # same phone as Ann Lee
        "Yan,Else,1971-01-01,,ANN.LEE@example.org\n"  # same e-mail
        "Xia,New,1972-01-01,,xia@example.org\n"
        "Xia,New,1972-01-01,,\n"  # the row above, again
    )

    _table, plan = _plan(vault, text)

    assert plan.can_import
    found = {d.line: d.describe() for d in plan.duplicates}
    assert found == {
        2: "Lee, Ann (C0100): same name and date of birth",
        3: "Lee, Ann (C0100): same phone number",
        4: "Lee, Ann (C0100): same e-mail address",
        6: "line 5 of this file: same name and date of birth",
    }


def test_a_file_sharing_one_phone_number_names_only_the_first_few_matches(vault: Vault) -> None:
    rows = "".join(f"Ann{i},Lee,1990-05-17,(415) 555-2671\n" for i in range(800))

    _table, plan = _plan(vault, "First name,Last name,DOB,Phone\n" + rows)

    assert len(plan.duplicates) == 799
    last = plan.duplicates[-1].matches
    assert len(last) == client_import.MAX_MATCHES + 1
    assert last[-1] == "794 more: same phone number"


def test_codes_of_the_file_must_be_free_and_unique(vault: Vault) -> None:
    add_client(vault, adult(code="C0100"))
    text = (
        "Code,First name,Last name,DOB\n"
        "c0100,Ann,Lee,1991-05-17\n"
        "C0200,Bo,Ray,1990-01-01\n"
        "C0200,Cy,Fox,1990-01-01\n"
    )

    _table, plan = _plan(vault, text)

    assert [(r.line, r.problems) for r in plan.refused] == [
        (2, {"code": "C0100 is already another client's code."}),
        (4, {"code": "C0200 is also the code on line 3."}),
    ]


# ------------------------------------------------------------------ importing


def test_an_import_creates_every_client_audited_as_if_typed(vault: Vault) -> None:
    text = (
        "Code,First name,Last name,DOB,Tags,Address,City\n"
        ",Ann,Lee,1990-05-17,anxiety; couples,1 Main St,Springfield\n"
        'C0001,Bo,Ray,1991-02-03,"[""grief""]",,\n'
        ",Cy,Fox,1992-03-04,,,\n"
    )
    audit_before = _stored(vault)[1]

    ids = _import(vault, text)

    with vault.session() as session:
        records = [clients.get_client(session, i, TODAY) for i in ids]
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.id > audit_before)))
    assert [r.data.legal_first_name for r in records] == ["Ann", "Bo", "Cy"]
    # The file's own code is kept; automatic codes never take it.
    assert [r.data.code for r in records] == ["C0002", "C0001", "C0003"]
    assert records[0].data.tags == ("anxiety", "couples")
    assert records[0].data.address == "1 Main St, Springfield"
    assert records[1].data.tags == ("grief",)
    assert [e.action for e in entries] == ["create", "create", "create", "import"]
    assert entries[-1].detail == {
        "format": "csv",
        "created": 3,
        "left_out_as_duplicates": 0,
        "client_ids": ids,
    }
    with vault.session() as session:  # found by search like any client
        assert clients.search_ids(session, clients.ClientQuery("ray bo")) == [ids[1]]


def test_a_refused_row_refuses_the_whole_import_and_stores_nothing(vault: Vault) -> None:
    text = CSV + "Bad,Row,not a date,,\n"
    _table, plan = _plan(vault, text)
    before = _stored(vault)

    with (
        pytest.raises(ClientImportError, match="1 row of the file cannot be imported"),
        vault.session() as session,
    ):
        run_import(session, plan, TODAY)

    assert _stored(vault) == before


def test_a_row_the_vault_refuses_after_the_dry_run_rolls_back_every_row(vault: Vault) -> None:
    text = "Code,First name,Last name,DOB\n,Ann,Lee,1990-05-17\nC0500,Bo,Ray,1990-01-01\n"
    _table, plan = _plan(vault, text)
    add_client(vault, adult(legal_first_name="Other", code="C0500"))  # taken meanwhile
    before = _stored(vault)

    with (
        pytest.raises(ClientImportError, match="Line 3: The code C0500 is already used"),
        vault.session() as session,
    ):
        run_import(session, plan, TODAY)

    assert _stored(vault) == before


def test_duplicates_may_be_left_out(vault: Vault) -> None:
    add_client(vault)
    _table, plan = _plan(vault, "First name,Last name,DOB\nAnn,Lee,1990-05-17\nBo,Ray,1990-01-01\n")

    with vault.session() as session:
        ids, _changed = run_import(session, plan, TODAY, leave_out_duplicates=True)
        names = [clients.get_client(session, i, TODAY).data.legal_first_name for i in ids]

    assert names == ["Bo"]


def test_stopping_an_import_stores_nothing_and_progress_is_told(vault: Vault) -> None:
    rows = "".join(f"Ann{i},Lee,1990-05-17\n" for i in range(60))
    _table, plan = _plan(vault, "First name,Last name,DOB\n" + rows)
    before = _stored(vault)
    told: list[tuple[int, int]] = []

    def stop_after_30() -> bool:
        return bool(told) and told[-1][0] >= 25

    with pytest.raises(ImportStopped), vault.session() as session:
        run_import(
            session,
            plan,
            TODAY,
            progress=lambda d, t: told.append((d, t)),
            should_stop=stop_after_30,
        )

    assert _stored(vault) == before
    assert told == [(0, 60), (25, 60)]


def test_what_is_previewed_is_what_is_imported(vault: Vault) -> None:
    table = read_table(CSV.encode())
    mapping = auto_mapping(table.headers)
    with vault.session() as session:
        rules = import_rules(session)
    preview = check_rows(table, mapping, ImportOptions(), rules, TODAY, limit=1)

    ids = _import(vault, CSV)

    with vault.session() as session:
        stored = clients.get_client(session, ids[0], TODAY).data
    assert len(preview) == 1
    assert preview[0].data is not None
    assert stored == replace(preview[0].data, code="C0001")  # the code is given on import


# ------------------------------------------------------------------ hostile files


_CELLS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "",
            "\x00",
            "\ufeff",
            '"',
            '""',
            "\n",
            "\r",
            "1990-02-30",
            "31/31/1990",
            "03/04/2001",
            "0000-00-00",
            "9999-12-31",
            "99999",
            "+999999999999999999999",
            "a" * 5_000,
            "@@",
            "C0001",
            "archived",
            "[1, 2]",
            "[",
        ]
    ),
)
_HEADERS = st.lists(
    st.sampled_from(["Phone", "Email", "Code", "Tags", "Status", "Sex", "Parent", "City", "x"]),
    max_size=5,
).flatmap(lambda extra: st.permutations(["First name", "Last name", "DOB", *extra]))


#: Cells a file of clients would hold, so that some fuzzed files get imported too.
_VALID = {
    "First name": st.sampled_from(["Ann", "Zoë", "José"]),
    "Last name": st.sampled_from(["Lee", "Łukasiewicz", "O'Brien"]),
    "DOB": st.sampled_from(["1990-05-17", "17 May 1980", "03/04/2001"]),
    "Phone": st.sampled_from(["", "(415) 555-2671", "+44 20 7946 0958"]),
    "Email": st.sampled_from(["", "ann@example.org"]),
    "Parent": st.sampled_from(["", "Dana Park"]),
}
_MOSTLY = st.sampled_from([True] * 9 + [False])


@st.composite
def _csv_files(draw: st.DrawFn) -> bytes:
    headers = draw(_HEADERS)
    rows = [
        [draw(_VALID.get(h, st.just("")) if draw(_MOSTLY) else _CELLS) for h in headers]
        for _row in range(draw(st.integers(0, 6)))
    ]
    delimiter = draw(st.sampled_from([",", ";", "\t"]))

    def quoted(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"' if draw(st.booleans()) else cell

    text = "\n".join(delimiter.join(quoted(c) for c in row) for row in [headers, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 3)) == 0:
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=8)) + data[cut:]
    return data


class _RollBack(Exception):
    """Ends a transaction the test wants undone."""


def _plan_anything(vault: Vault, data: bytes, order: DateOrder | None) -> ImportPlan | None:
    """Read, plan and (when the plan allows) import ``data``, then undo the import."""
    try:
        table = read_table(data)
        with vault.session() as session:
            plan = plan_import(
                session, table, auto_mapping(table.headers), TODAY, ImportOptions(order, True)
            )
            if plan.can_import:
                run_import(session, plan, TODAY)
                raise _RollBack
            return plan
    except (ClientImportError, ValidationError):
        return None
    except _RollBack:
        return plan


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.one_of(st.binary(max_size=400), _csv_files()), order=st.sampled_from([None, *DateOrder])
)
def test_hostile_files_raise_only_import_errors_and_store_nothing(
    vault: Vault, data: bytes, order: DateOrder | None
) -> None:
    before = _stored(vault)

    _plan_anything(vault, data, order)

    assert _stored(vault) == before


# ------------------------------------------------------------------ nothing on disk

CANARY_FIRST = "Quillonia"
CANARY_LAST = "Canarywhistle"


def test_an_imported_client_s_name_reaches_no_file_in_plain_text(
    vault: Vault, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    for name in ("TMPDIR", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    text = (
        "First name,Last name,DOB,E-mail,Clinical summary\n"
        f"{CANARY_FIRST},{CANARY_LAST},1985-04-03,{CANARY_FIRST.lower()}@example.org,"
        f'"{CANARY_FIRST} {CANARY_LAST} sleeps badly"\n'
    )
    for encoding in ("utf-8", "utf-16"):
        _table, plan = _plan(vault, text.encode(encoding))
        assert plan.can_import
    ids = _import(vault, text)
    with vault.session() as session:
        assert clients.search_ids(session, clients.ClientQuery(CANARY_LAST)) == ids
    vault.close()

    assert files_containing(tmp_path, [CANARY_FIRST, CANARY_LAST]) == []
    assert list(temp.iterdir()) == []
    assert data_dir.exists()
