"""Known formats of other practice programs: each documented, each read through the dry run."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.clients import GuardianInput
from app.interop.client_import import (
    FORMATS_FILE,
    PRESET_BY_KEY,
    PRESETS,
    ImportOptions,
    Preset,
    PresetFileError,
    auto_mapping,
    check_rows,
    import_rules,
    load_presets,
    plan_import,
    read_table,
)
from app.vault import Vault
from tests.app.people import TODAY

# A made-up patient_data.csv as OpenEMR's EHI export writes it: the table's columns
# in the table's order (a few of its many columns left out), dates year first. Every
# person, address and number is invented.
OPENEMR_EHI = (
    "id,uuid,title,language,fname,lname,mname,DOB,street,postal_code,city,state,"
    "country_code,ss,phone_home,phone_biz,phone_contact,phone_cell,status,"
    "contact_relationship,sex,email,pubpid,pid,referral_source,guardiansname,"
    "guardianrelationship,guardianphone,guardianemail,street_line_2,preferred_name\n"
    "1,9a1c0e6e-1111-4000-8000-000000000001,Mr.,English,Quentin,Marlowe-Ashby,J,"
    "1984-02-29,14 Larkspur Row,94612,Oakland,CA,USA,,(415) 555-0190,,"
    "(415) 555-0191,(415) 555-0142,married,Ines Marlowe,Male,q.marlowe@example.org,"
    "1,1,Walk-In,,,,,Apt 2,Quin\n"
    "2,9a1c0e6e-1111-4000-8000-000000000002,Ms.,English,Tamsin,Oyelaran,,"
    "1991-10-03,7 Fernbrook Lane,94607,Oakland,CA,USA,,,,,,single,,UNK,"
    "tamsin.o@example.org,2,2,,,,,,,\n"
    "3,9a1c0e6e-1111-4000-8000-000000000003,,English,Pip,Ferrant,,2013-06-21,"
    "3 Quarry Court,94610,Oakland,CA,USA,,,,,,,,Female,,3,3,,Odile Ferrant,mother,"
    "415-555-0177,odile.ferrant@example.org,,\n"
)

#: A synthetic file for every format of the data file: a format without one fails here.
SAMPLES: dict[str, str] = {"openemr_ehi": OPENEMR_EHI}


def _vendor_presets() -> list[Preset]:
    return [p for p in PRESETS if p.key not in {"automatic", "rapport"}]


def test_every_known_format_names_where_its_columns_are_documented() -> None:
    vendors = _vendor_presets()

    assert vendors, "the shipped file of formats is read"
    for preset in vendors:
        assert preset.addresses and all(a.startswith("https://") for a in preset.addresses)
        assert all(address in preset.source for address in preset.addresses)
    assert {p.key for p in vendors} == set(SAMPLES)


@pytest.mark.parametrize("key", sorted(SAMPLES))
def test_a_sample_of_each_known_format_passes_the_dry_run(vault: Vault, key: str) -> None:
    preset = PRESET_BY_KEY[key]
    table = read_table(SAMPLES[key].encode("utf-8"))
    mapping = auto_mapping(table.headers, preset)
    options = ImportOptions(
        date_order=preset.date_order, guardians_can_consent=True, values=preset.values
    )

    with vault.session() as session:
        plan = plan_import(session, table, mapping, TODAY, options)

    assert plan.refused == ()
    assert len(plan.rows) == len(table.rows)
    # Every column the preset names is in its sample, so that the sample tests all of it.
    assert {table.headers[i] for i in mapping} == set(preset.columns)


def test_openemr_s_ehi_patient_data_is_read_column_by_column(vault: Vault) -> None:
    preset = PRESET_BY_KEY["openemr_ehi"]
    table = read_table(OPENEMR_EHI.encode("utf-8"))
    mapping = auto_mapping(table.headers, "openemr_ehi")
    options = ImportOptions(guardians_can_consent=True, values=preset.values)

    with vault.session() as session:
        plan = plan_import(session, table, mapping, TODAY, options)

    named = {table.headers[i]: key for i, key in mapping.items()}
    # OpenEMR's marital status, its numeric IDs, the middle name and the other phones
    # are left out: they are not the client's status, code, name or (one) phone.
    assert not {"status", "pubpid", "pid", "mname", "phone_home", "phone_biz"} & set(named)
    quentin, tamsin, pip = (row.data for row in plan.rows)
    assert (quentin.legal_first_name, quentin.legal_last_name, quentin.preferred_name) == (
        "Quentin",
        "Marlowe-Ashby",
        "Quin",
    )
    assert quentin.date_of_birth == date(1984, 2, 29)
    assert quentin.sex_for_norms == "male"
    assert quentin.phone == "(415) 555-0142"  # the mobile, not the home phone
    assert quentin.address == "14 Larkspur Row, 94612, Oakland, CA, Apt 2"
    assert (quentin.emergency_contact_name, quentin.emergency_contact_phone) == (
        "Ines Marlowe",
        "(415) 555-0191",
    )
    assert quentin.referral_source == "Walk-In"
    assert quentin.status == "active"
    assert quentin.code == ""  # Rapport gives its own
    assert tamsin.sex_for_norms == ""  # OpenEMR's UNK: not recorded
    assert pip.guardians == (
        GuardianInput(
            "Odile Ferrant", "Mother", "(415) 555-0177", "odile.ferrant@example.org", True
        ),
    )


def test_a_format_s_values_are_read_only_when_that_format_is_chosen(vault: Vault) -> None:
    table = read_table(b"First name,Last name,DOB,Sex\nTamsin,Oyelaran,1991-10-03,unk\n")
    mapping = auto_mapping(table.headers)
    with vault.session() as session:
        rules = import_rules(session)

    usual = check_rows(table, mapping, ImportOptions(), rules, TODAY)
    known = check_rows(
        table, mapping, ImportOptions(values=PRESET_BY_KEY["openemr_ehi"].values), rules, TODAY
    )

    assert "sex_for_norms" in usual[0].problems
    assert known[0].data is not None and known[0].data.sex_for_norms == ""


def test_the_format_s_columns_are_matched_by_name_case_aside_and_nothing_else() -> None:
    headers = ["First name", "fname", "FNAME", "Surname", "dob"]

    # Usual names are not the format's; a field taking one column takes the first.
    assert auto_mapping(headers, "openemr_ehi") == {1: "legal_first_name", 4: "date_of_birth"}


def _entry(**changes: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "key": "example_pms",
        "name": "Example PMS client export",
        "product": "Example PMS",
        "file": "clients.csv",
        "note": "Made up for a test.",
        "sources": ["https://example.org/docs/client-export"],
        "date_order": "month_first",
        "columns": {
            "First": "legal_first_name",
            "Last": "legal_last_name",
            "Born": "date_of_birth",
        },
        "values": {"status": {"Inactive": "discharged"}},
    }
    entry.update(changes)
    return {key: value for key, value in entry.items() if value is not None}


def _write(tmp_path: Path, *entries: dict[str, Any], version: int = 1) -> Path:
    path = tmp_path / "formats.json"
    path.write_text(json.dumps({"format": version, "presets": list(entries)}), encoding="utf-8")
    return path


def test_a_format_file_is_read_with_its_order_and_values(tmp_path: Path) -> None:
    (preset,) = load_presets(_write(tmp_path, _entry()))

    assert preset.key == "example_pms"
    assert preset.date_order == "month_first"
    assert preset.values == {"status": {"Inactive": "discharged"}}
    assert preset.addresses == ("https://example.org/docs/client-export",)
    assert "Example PMS: clients.csv." in preset.source
    assert auto_mapping(["Born", "First", "Last"], preset) == {
        0: "date_of_birth",
        1: "legal_first_name",
        2: "legal_last_name",
    }


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (_entry(extra="x"), "unknown field(s) extra"),
        (_entry(key="rapport"), "not a free key"),
        (_entry(sources=[]), "sources: list the https addresses"),
        (_entry(sources=["http://example.org"]), "sources: list the https addresses"),
        (_entry(date_order="year_first"), "date_order"),
        (_entry(columns={"First": "first_name"}), "columns.First: “first_name” is not a field"),
        (_entry(columns={"Tel": "phone", "Mobile": "phone"}), "takes one column is named twice"),
        (_entry(values={"mood": {}}), "values.mood: not a field"),
        (_entry(note=""), "note: write it as text"),
    ],
)
def test_a_wrong_format_file_is_refused_naming_the_field(
    tmp_path: Path, entry: dict[str, Any], message: str
) -> None:
    with pytest.raises(PresetFileError, match=re.escape(message)):
        load_presets(_write(tmp_path, entry))


def test_a_format_file_of_another_version_or_with_a_key_twice_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PresetFileError, match="format: 1 is expected"):
        load_presets(_write(tmp_path, _entry(), version=2))
    with pytest.raises(PresetFileError, match="same key"):
        load_presets(_write(tmp_path, _entry(), _entry()))


def test_the_shipped_file_is_the_one_read() -> None:
    assert tuple(_vendor_presets()) == load_presets(FORMATS_FILE)
