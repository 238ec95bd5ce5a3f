"""The Clients area clicked through: search, the form with its messages, archive, erase."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import audit, clients
from app.clients import ClientInput, GuardianInput
from app.models import ClientStatus
from app.vault import Vault
from ui.clients.clients_page import FILTERS, ClientsPage
from ui.clients.list_model import PAGE, LazyRowsModel
from ui.controller import Controller

from .conftest import FakeClock

PEOPLE = [
    ("Zoë", "Łukasiewicz", date(1990, 3, 2), "(415) 555-2671"),
    ("José", "Álvarez", date(1984, 7, 19), "(415) 555-2672"),
    ("Mara", "Jones", date(1979, 1, 5), "(415) 555-2673"),
    ("Ben", "Jonas", date(2012, 5, 1), ""),
]


@pytest.fixture
def practice_with_clients(closed_vault: Path, passphrase: str, clock: FakeClock) -> Path:
    today = date.fromtimestamp(clock())
    with Vault.open(closed_vault) as vault:
        vault.unlock_with_passphrase(passphrase)
        with vault.session() as session:
            for first, last, dob, phone in PEOPLE:
                guardians = (
                    (GuardianInput("Ann Jonas", "mother", pays=True),) if dob.year > 2010 else ()
                )
                clients.create_client(
                    session,
                    ClientInput(
                        first, last, dob, phone=phone, guardians=guardians, tags=("anxiety",)
                    ),
                    today,
                )
    return closed_vault


@pytest.fixture
def page(
    qtbot: QtBot,
    controller_factory: Callable[[Path], Controller],
    practice_with_clients: Path,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> Iterator[ClientsPage]:
    controller = controller_factory(practice_with_clients)
    controller.start(Vault.open(practice_with_clients))
    type_and_unlock(controller, passphrase)
    assert controller.main_window is not None
    controller.main_window.show_area("Clients")
    yield controller.main_window.clients


def _names(page: ClientsPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_typing_in_the_search_box_filters_the_list(qtbot: QtBot, page: ClientsPage) -> None:
    assert len(_names(page)) == 4
    qtbot.keyClicks(page.search, "jon")
    assert sorted(_names(page)) == ["Jonas, Ben", "Jones, Mara"]
    page.search.clear()
    qtbot.keyClicks(page.search, "zoe luk")  # no accents typed
    assert _names(page) == ["Łukasiewicz, Zoë"]
    page.search.clear()
    qtbot.keyClicks(page.search, "555-2672")
    assert _names(page) == ["Álvarez, José"]
    assert page.count.text() == "1 client found"
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # one match: Enter opens it
    assert page.stack.currentWidget() is page.overview
    assert "Álvarez" in page.overview.name.text()


def test_a_bad_phone_number_is_shown_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, page: ClientsPage
) -> None:
    dialog = page.new_client()
    form = dialog.form
    qtbot.keyClicks(form.legal_first_name, "Ada")
    qtbot.keyClicks(form.legal_last_name, "Okafor")
    form.date_of_birth.set_value(date(1991, 4, 12))
    qtbot.keyClicks(form.phone, "12345")
    dialog.submit()
    assert dialog.isVisible()
    assert "phone number" in form.errors.message("phone")
    assert form.tabs.currentIndex() == 1  # the Contact tab, where the field is
    assert "Nothing was saved" in dialog.message.text()
    with page.ctx.vault.session() as session:
        assert clients.search_ids(session, clients.ClientQuery("okafor")) == []

    form.phone.clear()
    qtbot.keyClicks(form.phone, "415 555 0199")
    dialog.submit()
    assert not dialog.isVisible()
    assert page.stack.currentWidget() is page.overview
    assert page.overview.name.text() == "Okafor, Ada"
    assert "Okafor, Ada" in _names(page)


def test_a_minor_needs_a_guardian_and_a_future_birth_date_is_refused(
    qtbot: QtBot, page: ClientsPage
) -> None:
    dialog = page.new_client()
    form = dialog.form
    qtbot.keyClicks(form.legal_first_name, "Lily")
    qtbot.keyClicks(form.legal_last_name, "Park")
    form.date_of_birth.set_value(date(2040, 1, 1))
    dialog.submit()
    assert "future" in form.errors.message("date_of_birth")
    form.date_of_birth.set_value(date(2015, 6, 1))
    assert "minor" in form.age_label.text()
    dialog.submit()
    assert dialog.isVisible()
    assert "guardian" in form.guardians.errors.text()
    assert form.tabs.currentIndex() == 2
    qtbot.mouseClick(form.guardians.add_button, Qt.MouseButton.LeftButton)
    form.guardians.set_text(0, 0, "Min Park")
    form.guardians.set_text(0, 1, "father")
    dialog.submit()
    assert not dialog.isVisible()
    strip = [label.text() for label in page.overview.attention.findChildren(type(page.count))]
    assert any("Minor (age" in text for text in strip)


def test_a_possible_duplicate_is_pointed_out_before_saving(qtbot: QtBot, page: ClientsPage) -> None:
    dialog = page.new_client()
    asked: list[list[clients.PossibleDuplicate]] = []
    dialog.confirm_duplicate = lambda matches: asked.append(matches) or False
    form = dialog.form
    qtbot.keyClicks(form.legal_first_name, "Mara")
    qtbot.keyClicks(form.legal_last_name, "JONES")
    form.date_of_birth.set_value(date(1979, 1, 5))
    dialog.submit()
    assert asked and asked[0][0].reason == "same name and date of birth"
    assert dialog.isVisible()  # the clinician chose to go back
    dialog.confirm_duplicate = lambda matches: True
    dialog.submit()
    assert not dialog.isVisible()


def test_archived_clients_are_found_only_with_the_archived_filter(
    qtbot: QtBot, page: ClientsPage
) -> None:
    qtbot.keyClicks(page.search, "mara")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    overview = page.overview
    assert overview.record is not None
    overview.apply_archive(True)
    assert "read-only" in overview.attention.findChildren(type(page.count))[-1].text()
    assert not overview.edit_button.isEnabled()
    assert overview.archive_button.text() == "Restore…"

    page.show_list()
    assert _names(page) == []
    page.filter.setCurrentIndex([label for label, _ in FILTERS].index("Archived"))
    assert _names(page) == ["Jones, Mara"]
    page.search.clear()
    assert _names(page) == ["Jones, Mara"]
    with page.ctx.vault.session() as session:
        record = clients.get_client(session, overview.record.id, page.ctx.today())
    assert record.status == ClientStatus.ARCHIVED and record.retention_until is not None

    overview.apply_archive(False)  # restore
    page.filter.setCurrentIndex(0)
    assert "Jones, Mara" in _names(page)


def test_erasing_needs_the_typed_code_and_is_audited(qtbot: QtBot, page: ClientsPage) -> None:
    qtbot.keyClicks(page.search, "ben")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    overview = page.overview
    assert overview.record is not None
    code, client_id = overview.record.data.code, overview.record.id
    overview.erase()
    dialog = overview.erase_dialog
    assert not dialog.erase_button.isEnabled()
    assert not dialog.retention.isEnabled()  # not archived: only "entered by mistake"
    qtbot.keyClicks(dialog.confirmation, "C9999")
    assert not dialog.erase_button.isEnabled()
    dialog.confirmation.clear()
    qtbot.keyClicks(dialog.confirmation, code.lower())
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert page.stack.currentIndex() == 0  # back to the list
    assert "Jonas, Ben" not in _names(page)
    with page.ctx.vault.session() as session:
        last = audit.recent(session, 1)[0]
        assert (last.action, last.record_id, last.detail["code"]) == ("erase", str(client_id), code)
        assert "Jonas" not in str(last.detail)


def test_editing_is_audited_and_shown_in_the_history(qtbot: QtBot, page: ClientsPage) -> None:
    qtbot.keyClicks(page.search, "jose")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    overview = page.overview
    overview.edit()
    dialog = overview.dialog
    qtbot.keyClicks(dialog.form.preferred_name, "Pepe")
    dialog.submit()
    assert not dialog.isVisible()
    assert overview.name.text() == "Álvarez, Pepe (José)"
    history = overview.history
    fields = [history.item(r, 2).text() for r in range(history.rowCount())]
    assert "Preferred name" in fields
    row = fields.index("Preferred name")
    assert (history.item(row, 3).text(), history.item(row, 4).text()) == ("—", "Pepe")


def test_the_list_model_reads_more_rows_only_as_the_view_scrolls(qtbot: QtBot) -> None:
    fetched: list[list[int]] = []

    class Row:
        def __init__(self, i: int) -> None:
            self.id = i

    def fetch(ids: list[int]) -> list[Row]:
        fetched.append(ids)
        return [Row(i) for i in ids]

    model: LazyRowsModel[Row] = LazyRowsModel(["Id"], lambda r, c, role: r.id)
    model.set_ids(range(25_000), fetch)
    assert model.rowCount() == PAGE and len(fetched) == 1
    assert model.canFetchMore() and not model.complete
    assert model.data(model.index(PAGE - 1, 0)) == PAGE - 1
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE and model.fetched_pages() == 2
    assert model.data(model.index(PAGE + 5, 0)) == PAGE + 5
    assert model.row_of(PAGE + 5) == PAGE + 5
    assert model.data(model.index(-1, 0)) is None
    model.set_ids(range(30), fetch)
    assert model.rowCount() == 30 and model.complete and not model.canFetchMore()


def test_the_record_is_saved_as_pdf_and_json_without_the_name_in_the_file_names(
    qtbot: QtBot,
    page: ClientsPage,
    tmp_path: Path,
) -> None:
    page.search.setText("zoe")
    page._open_first()
    overview = page.overview
    assert overview.record is not None
    code = overview.record.data.code
    overview.export()
    dialog = overview.export_dialog
    assert not dialog.include_notes.isChecked()
    folder = tmp_path / "export"
    folder.mkdir()
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.save_to(folder)
    names = sorted(p.name for p in folder.iterdir())
    assert all(code in name for name in names) and len(names) == 2
    assert not any("ukasiewicz" in name for name in names)
    pdf = next(folder.glob("*.pdf")).read_bytes()
    assert pdf.startswith(b"%PDF")
    document = json.loads(next(folder.glob("*.json")).read_text("utf-8"))
    assert document["metadata"]["psychotherapy_notes_included"] is False
    assert "Łukasiewicz" in json.dumps(document, ensure_ascii=False)
    with page.ctx.vault.session() as session:
        last = audit.recent(session, 1)[0]
    assert (last.action, last.detail["kind"]) == ("export", "record_request")
