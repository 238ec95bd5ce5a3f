"""Rapport's entry point: arguments, Qt application, the vault, the first window."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from app import __version__, logs
from app.errors import RapportError, VaultNotFound
from app.paths import resolve_data_dir, restrict_process_umask
from ui import platform_check

log = logging.getLogger("rapport")

#: The reverse-DNS id of the desktop entry and AppStream metainfo in packaging/linux/.
DESKTOP_ID = "org.rapport_app.Rapport"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rapport", description="Rapport practice software")
    parser.add_argument("--data-dir", help="the practice's data folder (or $RAPPORT_DATA_DIR)")
    parser.add_argument("--version", action="version", version=f"Rapport {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="unlock the demo practice in the data folder, open every area once, and quit "
        "(exit code 0 when all went well; prints no practice data)",
    )
    return parser


def _single_instance() -> ModuleType | None:
    """ui.single_instance, or None in a build without Qt's local sockets (QtNetwork)."""
    try:
        from ui import single_instance
    except ImportError as exc:
        log.warning("Starting Rapport twice will only say it is open (%s)", exc)
        return None
    return single_instance


def forward_to_running_instance(data_dir: Path, timeout_ms: int | None = None) -> bool:
    """Whether a Rapport already running for ``data_dir`` has brought its window forward.

    False when none listens, or it did not answer in time: the caller goes on and
    opening the practice says "already open" if it is.
    """
    single_instance = _single_instance()
    if single_instance is None:
        return False
    name = single_instance.server_name(data_dir)
    if timeout_ms is None:
        timeout_ms = single_instance.ANSWER_MS
    if not single_instance.ask_running_instance(name, timeout_ms):
        return False
    log.info("Rapport is already open for this data folder: its window was brought forward")
    return True


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    restrict_process_umask()
    problem = platform_check.problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    try:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication, QMessageBox
    except ImportError as exc:
        print(
            f"Rapport could not load its window toolkit ({exc}).\n"
            "On Debian or Ubuntu: sudo apt install libegl1 libgl1 libfontconfig1",
            file=sys.stderr,
        )
        return 1

    from app.vault import Vault
    from ui import i18n, style
    from ui.controller import Controller
    from ui.errors import ErrorReporter
    from ui.i18n import tr
    from ui.window_state import WindowState

    log_path = logs.configure()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Rapport")
    app.setOrganizationName("Rapport")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    i18n.install(app)
    style.apply(app)
    data_dir = resolve_data_dir(args.data_dir)
    if args.self_test:
        from ui import self_test

        return self_test.run(app, data_dir, log_path)
    if forward_to_running_instance(data_dir):
        return 0
    ErrorReporter(log_path).install()

    try:
        vault: Vault | None = Vault.open(data_dir)
    except (VaultNotFound, RapportError) as exc:
        if isinstance(exc, VaultNotFound) or not data_dir.exists():
            vault = None
        else:
            QMessageBox.critical(None, tr("Rapport cannot open the practice"), exc.message)
            return exc.exit_code
    # Window sizes only (ui/window_state.py): QSettings is a plain file, never client data.
    controller = Controller(data_dir, window_state=WindowState(QSettings()))
    controller.start(vault)
    single_instance = _single_instance()
    server = None
    if single_instance is not None:
        # Listens while Rapport runs, so that a second start brings this window forward.
        server = single_instance.InstanceServer(single_instance.server_name(data_dir), app)
        server.sig_raise_requested.connect(controller.bring_forward)
        server.listen()
    log.info("Rapport %s started", __version__)
    code = int(app.exec())
    if server is not None:
        server.close()
    if controller.vault is not None:
        controller.vault.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
