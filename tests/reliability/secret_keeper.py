"""Changes the passphrase and makes backups over and over, for the kill test.

``python -m tests.reliability.secret_keeper DIR MODE``: opens the vault in ``DIR``
(the passphrase comes on stdin) and, in MODE ``passphrase``, switches the
passphrase between two values, printing ``ack <passphrase>`` once each change
has returned; in MODE ``rotate``, replaces the data key again and again,
printing ``ack <number>`` once each replacement has returned (each is in the
audit log); in MODE ``backup``, makes automatic backups into ``DIR/backups``,
printing ``ack <file name>`` after each.
"""

from __future__ import annotations

import itertools
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.vault import Vault
from app.vault.backup import automatic_backup

FIRST = "correct horse battery staple"
SECOND = "another horse, another staple"


def main(data_dir: Path, mode: str, passphrase: str) -> None:
    vault = Vault.open(data_dir)
    vault.unlock_with_passphrase(passphrase)
    print("ready", flush=True)
    if mode == "passphrase":
        for new in itertools.cycle((SECOND, FIRST)):
            if new == passphrase:
                continue
            vault.set_passphrase(new)
            passphrase = new
            print(f"ack {new}", flush=True)
    if mode == "rotate":
        for n in itertools.count(1):
            vault.rotate_data_key(passphrase)
            print(f"ack {n}", flush=True)
    start = datetime(2027, 1, 1, tzinfo=UTC)
    for n in itertools.count():
        info = automatic_backup(vault, vault.files.backups, start + timedelta(hours=n))
        print(f"ack {info.path.name}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.stdin.readline().rstrip("\n"))
