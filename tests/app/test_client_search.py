"""Finding clients: search as you type, the list's rows and order, possible duplicates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app import clients
from app.clients import ClientQuery, SortKey
from app.models import ClientStatus
from app.vault import Vault
from tests.app.people import TODAY, add_client, adult


@pytest.fixture
def practice(vault: Vault) -> dict[str, int]:
    """Four clients with names, phones and e-mails that search has to tell apart."""
    people = {
        "zoe": adult(
            legal_first_name="Zoë",
            legal_last_name="Łukasiewicz",
            phone="(415) 555-2671",
            email="zoe.l@example.org",
            tags=("Anxiety",),
        ),
        "muller": adult(
            legal_first_name="Jonas",
            legal_last_name="Muller",
            preferred_name="Joe",
            phone="617-253-1000",
            email="JONAS@Muller-Family.net",
            tags=("anxiety", "Couples"),
        ),
        "anna": adult(
            legal_first_name="Anna",
            legal_last_name="Berg",
            phone="+44 20 7946 0958",
            email="",
            code="AB-12",
        ),
        "robert": adult(
            legal_first_name="Robert",
            legal_last_name="Åberg",
            phone="",
            email="bob@example.com",
        ),
    }
    return {key: add_client(vault, data) for key, data in people.items()}


def found(vault: Vault, query: ClientQuery) -> list[int]:
    with vault.session() as session:
        return clients.search_ids(session, query)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("zoe lukasiewicz", {"zoe"}),
        ("ZOË", {"zoe"}),
        ("łukas", {"zoe"}),
        ("MÜLLER", {"muller"}),
        ("müller jonas", {"muller"}),
        ("joe", {"muller"}),  # preferred name
        ("ab-12", {"anna"}),  # code typed by hand
        ("c0002", {"muller"}),  # automatic code
        ("555-26", {"zoe"}),
        ("(415) 555", {"zoe"}),
        ("253 1000", {"muller"}),
        ("7946", {"anna"}),
        ("example.org", {"zoe"}),
        ("bob@", {"robert"}),
        ("muller-family", {"muller"}),
        ("berg", {"anna", "robert"}),
        ("berg anna", {"anna"}),  # every word must match
        ("berg zoe", set()),
        ("", {"zoe", "muller", "anna", "robert"}),
        ("nobody", set()),
    ],
)
def test_search_finds_by_any_part(
    vault: Vault, practice: dict[str, int], text: str, who: set[str]
) -> None:
    ids = found(vault, ClientQuery(text=text))
    assert set(ids) == {practice[key] for key in who}


@pytest.mark.parametrize("text", ["%", "_", "a%a", "an_a", "\\", "%berg"])
def test_like_wildcards_in_the_query_are_literal(
    vault: Vault, practice: dict[str, int], text: str
) -> None:
    assert found(vault, ClientQuery(text=text)) == []


def test_a_literal_underscore_is_found(vault: Vault, practice: dict[str, int]) -> None:
    odd = add_client(vault, adult(legal_first_name="Li", email="li_wei@example.org", phone=""))
    assert found(vault, ClientQuery(text="li_w")) == [odd]


def test_archived_clients_are_hidden_unless_asked_for(
    vault: Vault, practice: dict[str, int]
) -> None:
    with vault.session() as session:
        clients.archive(session, practice["anna"], TODAY)

    assert practice["anna"] not in found(vault, ClientQuery())
    assert found(vault, ClientQuery(text="anna")) == []
    assert found(vault, ClientQuery(statuses=frozenset({"archived"}))) == [practice["anna"]]
    everyone = ClientQuery(statuses=frozenset(ClientStatus))
    assert set(found(vault, everyone)) == set(practice.values())


def test_status_filter(vault: Vault, practice: dict[str, int]) -> None:
    with vault.session() as session:
        data = clients.get_client(session, practice["zoe"], TODAY).data
        clients.update_client(session, practice["zoe"], replace(data, status="paused"), TODAY)

    assert found(vault, ClientQuery(statuses=frozenset({"paused"}))) == [practice["zoe"]]
    assert practice["zoe"] not in found(vault, ClientQuery(statuses=frozenset({"active"})))


def test_tag_filter(vault: Vault, practice: dict[str, int]) -> None:
    assert set(found(vault, ClientQuery(tag="Anxiety"))) == {practice["zoe"], practice["muller"]}
    assert found(vault, ClientQuery(tag="Couples")) == [practice["muller"]]
    assert found(vault, ClientQuery(tag="Couples", text="zoe")) == []
    assert found(vault, ClientQuery(tag="Nothing")) == []


def test_sorted_by_last_name_then_the_name_used(vault: Vault, practice: dict[str, int]) -> None:
    # Åberg folds to "aberg", before Berg; Muller goes by Joe.
    assert found(vault, ClientQuery(sort=SortKey.NAME)) == [
        practice["robert"],
        practice["anna"],
        practice["zoe"],
        practice["muller"],
    ]


def test_sorted_by_last_session(vault: Vault, practice: dict[str, int]) -> None:
    with vault.session() as session:
        clients.set_last_service(session, practice["anna"], date(2026, 10, 1))
        clients.set_last_service(session, practice["muller"], date(2026, 11, 20))
        clients.set_last_service(session, practice["anna"], date(2026, 9, 1))  # older: ignored

    ids = found(vault, ClientQuery(sort=SortKey.LAST_SESSION))

    # Most recent first; clients never seen last, by name.
    assert ids == [practice["muller"], practice["anna"], practice["robert"], practice["zoe"]]
    with vault.session() as session:
        [anna] = clients.rows(session, [practice["anna"]], TODAY)
    assert anna.last_service_on == date(2026, 10, 1)


# -------------------------------------------------------------------- rows


def test_rows_follow_the_order_of_the_ids(vault: Vault, practice: dict[str, int]) -> None:
    order = [practice["muller"], practice["robert"], 999, practice["zoe"]]
    with vault.session() as session:
        rows = clients.rows(session, order, TODAY)
        assert clients.rows(session, [], TODAY) == []
    assert [r.id for r in rows] == [practice["muller"], practice["robert"], practice["zoe"]]
    muller = rows[0]
    assert muller.name == "Muller, Joe (Jonas)"
    assert muller.code == "C0002"
    assert muller.phone == "(617) 253-1000"
    assert muller.email == "JONAS@muller-family.net"
    assert muller.tags == "Anxiety, Couples"  # the tag Zoë's record made first
    assert rows[2].name == "Łukasiewicz, Zoë"


@pytest.mark.parametrize(
    ("today", "age", "is_minor"),
    [
        (date(2026, 11, 26), 17, True),  # the day before the 18th birthday
        (date(2026, 11, 27), 18, False),  # the 18th birthday
        (date(2027, 11, 26), 18, False),
    ],
)
def test_row_age_turns_on_the_birthday(vault: Vault, today: date, age: int, is_minor: bool) -> None:
    client_id = add_client(vault, adult(date_of_birth=date(2008, 11, 27)), today=date(2027, 1, 1))
    with vault.session() as session:
        [row] = clients.rows(session, [client_id], today)
        record = clients.get_client(session, client_id, today)
    assert (row.age, row.is_minor) == (age, is_minor)
    assert (record.age, record.is_minor) == (age, is_minor)


def test_leap_day_birthday_counts_from_the_28th(vault: Vault) -> None:
    client_id = add_client(vault, adult(date_of_birth=date(2008, 2, 29)))
    with vault.session() as session:
        [before] = clients.rows(session, [client_id], date(2026, 2, 27))
        [on] = clients.rows(session, [client_id], date(2026, 2, 28))
    assert (before.age, before.is_minor) == (17, True)
    assert (on.age, on.is_minor) == (18, False)


# -------------------------------------------------------------- duplicates


def duplicates_of(vault: Vault, data: clients.ClientInput, exclude: int | None = None) -> dict:
    with vault.session() as session:
        return {d.client_id: d for d in clients.find_duplicates(session, data, exclude)}


def test_same_name_and_birth_date_is_a_possible_duplicate(vault: Vault) -> None:
    existing = add_client(
        vault, adult(legal_first_name="Zoë", legal_last_name="Łukasiewicz", phone="", email="")
    )
    typed = adult(legal_first_name="ZOE", legal_last_name="lukasiewicz", phone="", email="")

    found = duplicates_of(vault, typed)

    assert list(found) == [existing]
    assert found[existing].reason == "same name and date of birth"
    assert found[existing].code == "C0001"
    assert found[existing].name == "Łukasiewicz, Zoë"


def test_preferred_name_counts_as_the_first_name(vault: Vault) -> None:
    existing = add_client(
        vault, adult(legal_first_name="Elizabeth", preferred_name="Liz", phone="", email="")
    )
    assert list(duplicates_of(vault, adult(legal_first_name="liz", phone="", email=""))) == [
        existing
    ]


def test_same_name_other_birth_date_is_not_a_duplicate(vault: Vault) -> None:
    existing = add_client(vault)
    assert duplicates_of(vault, adult(date_of_birth=date(1991, 5, 17), phone="", email="")) == {}
    # Found for the phone and e-mail, but not for the name with another birth date.
    same_contact = adult(date_of_birth=date(1991, 5, 17))
    assert duplicates_of(vault, same_contact)[existing].reason == (
        "same phone number, same e-mail address"
    )


@pytest.mark.parametrize("typed", ["+1 415 555 2671", "415.555.2671", "(415)5552671"])
def test_same_phone_in_another_form_is_a_possible_duplicate(vault: Vault, typed: str) -> None:
    existing = add_client(vault, adult(phone="(415) 555-2671", email=""))
    other_person = adult(
        legal_first_name="Bea",
        legal_last_name="Cho",
        date_of_birth=date(1970, 1, 1),
        phone=typed,
        email="",
    )

    found = duplicates_of(vault, other_person)

    assert found[existing].reason == "same phone number"


def test_same_email_in_another_case_is_a_possible_duplicate(vault: Vault) -> None:
    existing = add_client(vault, adult(phone="", email="ann.lee@example.org"))
    typed = adult(
        legal_first_name="Bea",
        date_of_birth=date(1970, 1, 1),
        phone="",
        email="ANN.LEE@Example.ORG",
    )
    assert duplicates_of(vault, typed)[existing].reason == "same e-mail address"


def test_every_reason_is_given(vault: Vault) -> None:
    existing = add_client(vault)
    assert duplicates_of(vault, adult())[existing].reason == (
        "same name and date of birth, same phone number, same e-mail address"
    )


def test_different_people_are_not_duplicates(vault: Vault) -> None:
    add_client(vault)
    stranger = adult(
        legal_first_name="Bea",
        legal_last_name="Cho",
        date_of_birth=date(1970, 1, 1),
        phone="(617) 253-1000",
        email="bea@example.com",
    )
    assert duplicates_of(vault, stranger) == {}
    assert duplicates_of(vault, adult(date_of_birth=None, phone="", email="")) == {}


def test_the_record_being_edited_is_not_its_own_duplicate(vault: Vault) -> None:
    existing = add_client(vault)
    twin = add_client(vault, adult(code="TWIN"))
    assert set(duplicates_of(vault, adult())) == {existing, twin}
    assert list(duplicates_of(vault, adult(), exclude=existing)) == [twin]


@pytest.mark.parametrize("text", ["", "o", "zzz-no-match"])
def test_count_and_windows_agree_with_the_full_search(
    vault: Vault, practice: dict[str, int], text: str
) -> None:
    query = ClientQuery(text)
    with vault.session() as session:
        everything = clients.search_ids(session, query)
        assert clients.count(session, query) == len(everything)
        windows = [clients.search_page(session, query, start, 2) for start in range(0, 40, 2)]
    assert [i for window in windows for i in window] == everything
