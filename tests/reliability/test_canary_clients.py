"""Clients' names, phones and diagnoses never reach the disk in plain text."""

from __future__ import annotations

import logging
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest

from app import clients, logs, prospects
from app.clients import ClientInput, DiagnosisInput, GuardianInput
from app.vault import Vault

CANARIES = ["Quintessa", "Vorobyeva-Canary", "canary.client@example.org", "5550143"]


def _leaks(root: Path) -> list[str]:
    needles = [c.encode(e) for c in CANARIES for e in ("utf-8", "utf-16-le")]
    return [
        str(path)
        for path in root.rglob("*")
        if path.is_file() and any(n in path.read_bytes() for n in needles)
    ]


def test_a_client_and_an_enquiry_leave_no_trace_outside_the_vault(
    vault: Vault, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    log_path = logs.configure(tmp_path / "logs")
    today = date(2026, 11, 27)
    with vault.session() as session:
        client_id, _ = clients.create_client(
            session,
            ClientInput(
                "Quintessa",
                "Vorobyeva-Canary",
                date(2011, 2, 3),
                phone="(415) 555-0143",
                email="canary.client@example.org",
                guardians=(GuardianInput("Olga Vorobyeva-Canary", "mother", pays=True),),
                diagnoses=(DiagnosisInput("F43.10"),),
                clinical_summary="Quintessa describes nightmares since the accident.",
            ),
            today,
        )
        prospects.create_prospect(
            session, prospects.ProspectInput("Quintessa Vorobyeva-Canary", phone="415 555 0143")
        )
    with vault.session() as session:
        assert clients.search_ids(session, clients.ClientQuery("quintessa")) == [client_id]
        clients.archive(session, client_id, today)
    logging.getLogger("rapport").info("a technical event")
    vault.close()
    for handler in logging.getLogger().handlers:
        handler.flush()

    assert log_path.exists()
    assert _leaks(data_dir) == []
    assert _leaks(tmp_path) == []
    assert os.listdir(temp) == []
