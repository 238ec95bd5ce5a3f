"""The client import clicked through: a CSV file, its columns and preview, dry run, import."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app import clients
from app.clients import ClientInput
from app.interop.client_import import PRESET_BY_KEY, DateOrder, ImportPlan
from app.models import AuditEntry, Client
from app.vault import Vault
from tests.app.people import count
from tests.app.test_client_import_formats import OPENEMR_EHI
from ui.clients.clients_page import ClientsPage
from ui.clients.import_dialog import ClientImportDialog
from ui.controller import Controller

from .conftest import FakeClock

FILE = (
    "Client no;First Name;Surname;DOB;Mobile;E-mail Address;City\n"
    "1;Harriet;Okafor;03/04/1986;(415) 555-0101;harriet@example.org;Oakland\n"
    "2;Mara;Jones;05/01/1979;;;\n"  # already a client: same name and date of birth
    "3;Priya;Raman;06/07/1995;;;London\n"
)
BAD_ROW = "4;Jonah;Abernathy;2/9/1991;555-12;jonah@;\n"


@pytest.fixture
def practice(closed_vault: Path, passphrase: str, clock: FakeClock) -> Path:
    """A practice with one client, whom the file names again."""
    today = date.fromtimestamp(clock())
    with Vault.open(closed_vault) as vault:
        vault.unlock_with_passphrase(passphrase)
        with vault.session() as session:
            clients.create_client(session, ClientInput("Mara", "Jones", date(1979, 1, 5)), today)
    return closed_vault


@pytest.fixture
def controller(
    controller_factory: Callable[[Path], Controller],
    practice: Path,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> Controller:
    controller = controller_factory(practice)
    controller.start(Vault.open(practice))
    type_and_unlock(controller, passphrase)
    return controller


@pytest.fixture
def page(controller: Controller) -> ClientsPage:
    assert controller.main_window is not None
    controller.main_window.show_area("Clients")
    return controller.main_window.clients


@pytest.fixture
def dialog(qtbot: QtBot, page: ClientsPage) -> Iterator[ClientImportDialog]:
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    opened = page.import_dialog
    qtbot.waitUntil(opened.isVisible)
    yield opened
    page.ctx.tasks.wait(10_000)
    if isValid(opened) and opened.isVisible():
        opened.reject()


def _csv(tmp_path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path = tmp_path / "clients.csv"
    path.write_bytes(text.encode(encoding))
    return path


def _open(qtbot: QtBot, dialog: ClientImportDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.sig_read, timeout=10_000):
        dialog.open_file(path)


def _choose_order(dialog: ClientImportDialog, order: DateOrder) -> None:
    combo = dialog.columns.date_order
    combo.setCurrentIndex(combo.findData(order))


def _preview(dialog: ClientImportDialog) -> list[list[str]]:
    model = dialog.columns.preview_model
    return [[model.text(r, c) for c in range(model.columnCount())] for r in range(model.rowCount())]


def _check(qtbot: QtBot, dialog: ClientImportDialog) -> ImportPlan:
    with qtbot.waitSignal(dialog.sig_checked, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    plan = blocker.args[0]
    assert isinstance(plan, ImportPlan)
    return plan


def _stored(controller: Controller) -> tuple[int, int]:
    assert controller.vault is not None
    with controller.vault.session() as session:
        return count(session, Client), count(session, AuditEntry)


def test_a_file_is_mapped_checked_and_imported(
    qtbot: QtBot,
    dialog: ClientImportDialog,
    page: ClientsPage,
    controller: Controller,
    tmp_path: Path,
) -> None:
    before = _stored(controller)
    _open(qtbot, dialog, _csv(tmp_path, FILE))

    # The columns are matched by their names; the file's character set and separator found.
    assert dialog.step() == 1
    assert dialog.columns.encoding.currentData() == "utf-8-sig"
    assert dialog.columns.delimiter.currentData() == ";"
    assert dialog.columns.mapping_choice() == {
        1: "legal_first_name",
        2: "legal_last_name",
        3: "date_of_birth",
        4: "phone",
        5: "email",
        6: "address",
    }
    # 03/04/1986 could be either: nothing goes on until the clinician says which.
    assert dialog.columns.date_row.isVisibleTo(dialog)
    assert dialog.columns.date_order.currentData() is None
    assert not dialog.next_button.isEnabled()
    assert "day before month" in dialog.columns.problem.text()
    assert _preview(dialog)[0][:2] == [
        "2",
        "Refused — Date of birth: “03/04/1986”: choose "
        "whether the file writes the day or the month first.",
    ]

    _choose_order(dialog, DateOrder.MONTH_FIRST)

    assert dialog.next_button.isEnabled()
    preview = _preview(dialog)
    assert [row[:6] for row in preview] == [
        ["2", "OK", "Harriet", "Okafor", "1986-03-04", "(415) 555-0101"],
        ["3", "OK", "Mara", "Jones", "1979-05-01", ""],
        ["4", "OK", "Priya", "Raman", "1995-06-07", ""],
    ]
    dialog.columns.set_field(0, "code")  # "1", "2", "3" are not codes Rapport accepts
    assert "2 to 12 letters" in _preview(dialog)[0][1]
    dialog.columns.set_field(0, "")
    _choose_order(dialog, DateOrder.DAY_FIRST)

    plan = _check(qtbot, dialog)

    assert dialog.step() == 2
    assert _stored(controller) == before  # the dry run stores nothing
    assert [r.line for r in plan.rows] == [2, 3, 4]
    assert plan.refused == ()
    assert dialog.checking.duplicates_model.rowCount() == 1
    assert dialog.checking.duplicates_model.text(0, 2).startswith("Jones, Mara (C0001): same name")
    assert dialog.checking.tabs.tabText(1) == "Possible duplicates (1)"
    assert dialog.next_button.text() == "Import 3 clients"
    box = dialog.checking.leave_out
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.next_button.text() == "Import 2 clients"

    with qtbot.waitSignal(dialog.sig_imported, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

    ids = blocker.args[0]
    assert dialog.done_title.text() == "2 clients imported"
    assert not dialog.back_button.isVisible()
    assert dialog.close_button.text() == "Close"
    assert _stored(controller)[0] == before[0] + 2
    assert controller.vault is not None
    with controller.vault.session() as session:
        stored = [clients.get_client(session, i, date(2026, 1, 1)).data for i in ids]
    assert [(c.legal_first_name, c.date_of_birth, c.address) for c in stored] == [
        ("Harriet", date(1986, 4, 3), "Oakland"),
        ("Priya", date(1995, 7, 6), "London"),
    ]
    # The list learnt of the new clients through the bus.
    assert page.count.text() == "3 clients"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_refused_row_blocks_the_import_until_the_file_is_corrected(
    qtbot: QtBot, dialog: ClientImportDialog, controller: Controller, tmp_path: Path
) -> None:
    before = _stored(controller)
    path = _csv(tmp_path, FILE + BAD_ROW, "cp1252")
    _open(qtbot, dialog, path)
    assert dialog.columns.encoding.currentData() == "utf-8"  # nothing outside ASCII in this file
    _choose_order(dialog, DateOrder.DAY_FIRST)

    plan = _check(qtbot, dialog)

    assert [r.line for r in plan.refused] == [5]
    assert dialog.checking.title.text() == "1 row cannot be imported, so nothing will be"
    assert dialog.checking.refused_model.text(0, 0) == "5"
    assert dialog.checking.refused_model.text(0, 2).splitlines() == [
        "Phone: This phone number is not valid for US. Check the digits, or start with + "
        "and the country code.",
        "E-mail: This e-mail address is not valid: There must be something after the @-sign.",
    ]
    assert not dialog.next_button.isEnabled()
    assert dialog.checking.reread_button.isVisible()
    assert _stored(controller) == before

    path.write_bytes((FILE + "4;Jonah;Abernathy;2/9/1991;;;\n").encode("cp1252"))
    with qtbot.waitSignal(dialog.sig_read, timeout=10_000):
        qtbot.mouseClick(dialog.checking.reread_button, Qt.MouseButton.LeftButton)
    assert dialog.step() == 1
    assert dialog.columns.date_order.currentData() == DateOrder.DAY_FIRST  # the choices were kept
    plan = _check(qtbot, dialog)
    assert plan.can_import and len(plan.rows) == 4


def test_an_unreadable_file_is_refused_on_the_first_step(
    qtbot: QtBot, dialog: ClientImportDialog, tmp_path: Path
) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(b"First name,Last name,DOB\nAnn,Lee,1990-05-17,extra\n")

    with qtbot.waitSignal(dialog.sig_failed, timeout=10_000) as blocker:
        dialog.open_file(path)

    assert dialog.step() == 0
    assert "Line 2 has 4 fields where the header line has 3" in blocker.args[0]
    assert dialog.file_status.isVisibleTo(dialog)


def test_another_separator_reads_the_file_again(
    qtbot: QtBot, dialog: ClientImportDialog, tmp_path: Path
) -> None:
    _open(qtbot, dialog, _csv(tmp_path, "First name;Last name;DOB,x\nAnn;Lee;1990-05-17,y\n"))
    assert dialog.columns.delimiter.currentData() == ";"
    assert dialog.columns.table is not None and len(dialog.columns.table.headers) == 3

    index = dialog.columns.delimiter.findData(",")
    with qtbot.waitSignal(dialog.sig_read, timeout=10_000):
        dialog.columns.delimiter.setCurrentIndex(index)
        dialog.columns.delimiter.activated.emit(index)

    assert dialog.columns.table.headers == ("First name;Last name;DOB", "x")


def test_locking_closes_the_dialog_and_forgets_the_file(
    qtbot: QtBot, dialog: ClientImportDialog, controller: Controller, tmp_path: Path
) -> None:
    _open(qtbot, dialog, _csv(tmp_path, FILE))

    controller.lock()

    assert not dialog.isVisible()
    assert dialog.columns.table is None
    assert dialog.columns.mapping.rowCount() == 0
    assert dialog.columns.preview_model.rowCount() == 0


def test_locking_during_an_import_stores_nothing(
    qtbot: QtBot,
    dialog: ClientImportDialog,
    controller: Controller,
    passphrase: str,
    tmp_path: Path,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    rows = "".join(f"Ann{i},Lee,1990-05-17\n" for i in range(400))
    _open(qtbot, dialog, _csv(tmp_path, "First name,Last name,DOB\n" + rows))
    _check(qtbot, dialog)
    before = _stored(controller)

    with qtbot.waitSignal(dialog.sig_progress, check_params_cb=lambda done, _total: done >= 25):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    controller.lock()
    type_and_unlock(controller, passphrase)

    assert _stored(controller)[0] == before[0]


def test_what_was_said_about_one_file_is_not_carried_to_the_next(
    qtbot: QtBot, dialog: ClientImportDialog, tmp_path: Path
) -> None:
    _open(qtbot, dialog, _csv(tmp_path, FILE))
    _choose_order(dialog, DateOrder.MONTH_FIRST)
    dialog.columns.guardians_consent.setChecked(True)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.step() == 0

    other = tmp_path / "other.csv"
    other.write_text("First name,Last name,DOB\nBo,Ray,01/02/1990\n")
    _open(qtbot, dialog, other)

    assert dialog.columns.date_order.currentData() is None
    assert not dialog.columns.guardians_consent.isChecked()
    assert not dialog.next_button.isEnabled()


def test_a_known_format_fills_in_the_columns_and_can_still_be_changed(
    qtbot: QtBot, dialog: ClientImportDialog, controller: Controller, tmp_path: Path
) -> None:
    before = _stored(controller)
    _open(qtbot, dialog, _csv(tmp_path, OPENEMR_EHI, "utf-8"))
    columns = dialog.columns
    headers = columns.table.headers if columns.table else ()
    assert not columns.preset_hint.isVisibleTo(dialog)

    index = columns.preset.findData("openemr_ehi")
    columns.preset.setCurrentIndex(index)
    columns.preset.activated.emit(index)

    chosen = {headers[i]: key for i, key in columns.mapping_choice().items()}
    assert chosen == dict(PRESET_BY_KEY["openemr_ehi"].columns)
    assert columns.preset_hint.isVisibleTo(dialog)
    assert "open-emr.org" in columns.preset_hint.text()
    columns.guardians_consent.setChecked(True)  # Pip, 13, comes with a parent
    # OpenEMR's own values are read as the format means them: UNK is "not recorded".
    assert columns.options().values["sex_for_norms"] == {"UNK": ""}

    # A choice the format made may be changed: the home phone instead of the mobile.
    columns.set_field(headers.index("phone_home"), "phone")
    assert "phone_cell" not in {headers[i] for i in columns.mapping_choice()}

    plan = _check(qtbot, dialog)

    assert plan.refused == ()
    assert [(r.data.legal_first_name, r.data.sex_for_norms, r.data.phone) for r in plan.rows] == [
        ("Quentin", "male", "(415) 555-0190"),
        ("Tamsin", "", ""),
        ("Pip", "female", ""),
    ]
    assert plan.rows[2].data.guardians[0].relation == "Mother"
    assert _stored(controller) == before

    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    automatic = columns.preset.findData("automatic")
    columns.preset.setCurrentIndex(automatic)
    columns.preset.activated.emit(automatic)
    assert not columns.preset_hint.isVisibleTo(dialog)
    assert columns.options().values == {}
