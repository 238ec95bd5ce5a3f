"""The packaging files agree with the app: one version, one desktop id, valid metadata, icons."""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import __version__
from ui.main import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
DESKTOP_FILE = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# ------------------------------------------------------------------ one version


def test_pyproject_takes_the_version_from_app_version() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "app._version.__version__"
    }
    assert "pyinstaller>=6" in pyproject["project"]["optional-dependencies"]["package"]


def test_the_newest_release_in_the_metainfo_is_this_version() -> None:
    releases = ET.parse(METAINFO).getroot().find("releases")
    assert releases is not None

    newest = releases.find("release")

    assert newest is not None
    assert newest.get("version") == __version__


def test_windows_and_macos_take_the_version_from_the_build_not_a_copy() -> None:
    iss = (PACKAGING / "windows" / "rapport.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss
    assert "#error" in iss  # refuses to build without /DAppVersion=
    assert __version__ not in iss

    with (PACKAGING / "macos" / "Info.plist").open("rb") as handle:
        plist = plistlib.load(handle)
    assert "CFBundleShortVersionString" not in plist  # added by rapport.spec
    spec = (PACKAGING / "rapport.spec").read_text(encoding="utf-8")
    assert '"app" / "_version.py"' in spec
    assert 'info_plist["CFBundleShortVersionString"] = VERSION' in spec


# ------------------------------------------------------------------ one desktop id


def test_every_packaging_file_names_the_same_desktop_id() -> None:
    binary = {".png", ".ico", ".icns", ".pyc"}
    files = [p for p in PACKAGING.rglob("*") if p.is_file() and p.suffix not in binary]
    files += [ROOT / "Makefile", ROOT / "ui" / "main.py"]
    ids = {
        (match, path.relative_to(ROOT).as_posix())
        for path in files
        for match in re.findall(r"\borg\.[A-Za-z0-9_]+\.Rapport\b", path.read_text("utf-8"))
    }

    assert {found for found, _path in ids} == {DESKTOP_ID}, sorted(ids)
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    with (PACKAGING / "macos" / "Info.plist").open("rb") as handle:
        assert plistlib.load(handle)["CFBundleIdentifier"] == DESKTOP_ID


def test_the_desktop_entry_starts_rapport_with_its_icon() -> None:
    entry = dict(
        line.split("=", 1)
        for line in DESKTOP_FILE.read_text(encoding="utf-8").splitlines()
        if "=" in line
    )

    assert entry["Exec"] == "rapport"  # install.sh points it at the installed program
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Categories"] == "Office;MedicalSoftware;"


# ------------------------------------------------------------------ validators


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert "error:" not in done.stdout + done.stderr
    assert "warning:" not in done.stdout + done.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="needs appstream")
def test_the_metainfo_passes_appstreamcli_validate() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )

    assert done.returncode == 0, done.stdout + done.stderr


# ------------------------------------------------------------------ icons


def test_the_icon_set_is_rendered_from_the_apps_own_svg() -> None:
    hicolor = LINUX / "icons" / "hicolor"

    for size in ICON_SIZES:
        assert png_size(hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png") == (size, size)
    scalable = hicolor / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "rapport.svg").read_bytes()


def test_the_windows_icon_holds_every_size_as_png() -> None:
    data = (PACKAGING / "windows" / "rapport.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)

    sizes = []
    for index in range(count):
        width, _h, _c, _r, _planes, _bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert data[offset : offset + 4] == b"\x89PNG"
        assert offset + length <= len(data)
        sizes.append(width or 256)

    assert tuple(sizes) == ICO_SIZES


# ------------------------------------------------------------------ install.sh


def fake_bundle(folder: Path) -> Path:
    """What make package puts in dist/rapport, with stand-ins for the two programs."""
    bundle = folder / "rapport"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("rapport", "rapport-admin"):
        program = bundle / name
        program.write_text(f"#!/bin/sh\necho {name} {__version__}\n")
        program.chmod(0o755)
    share = bundle / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy(DESKTOP_FILE, share / "applications")
    shutil.copy(METAINFO, share / "metainfo")
    shutil.copytree(LINUX / "icons", share / "icons")
    shutil.copy(LINUX / "install.sh", bundle)
    return bundle


@pytest.mark.skipif(sys.platform == "win32" or not shutil.which("sh"), reason="needs a POSIX sh")
def test_install_sh_installs_for_the_user_and_uninstalls_all_it_installed(
    tmp_path: Path,
) -> None:
    bundle = fake_bundle(tmp_path)
    prefix = tmp_path / "home with space" / ".local"
    env = {**os.environ, "HOME": str(tmp_path / "home")}

    subprocess.run(["sh", str(bundle / "install.sh"), "--prefix", str(prefix)], check=True, env=env)

    lib = prefix / "lib" / "rapport"
    assert (lib / "rapport").is_file() and (lib / "_internal").is_dir()
    admin = subprocess.run(
        [str(prefix / "bin" / "rapport-admin")], capture_output=True, text=True, check=True
    )
    assert admin.stdout.strip() == f"rapport-admin {__version__}"
    desktop = (prefix / "share" / "applications" / DESKTOP_FILE.name).read_text()
    assert f'Exec="{lib}/rapport"' in desktop.splitlines()
    assert (prefix / "share" / "metainfo" / METAINFO.name).is_file()
    for size in ICON_SIZES:
        icon = prefix / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        assert (icon / f"{DESKTOP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        installed = prefix / "share" / "applications" / DESKTOP_FILE.name
        subprocess.run(["desktop-file-validate", str(installed)], check=True)

    subprocess.run(
        ["sh", str(bundle / "install.sh"), "--prefix", str(prefix), "--uninstall"],
        check=True,
        env=env,
    )

    caches = {"mimeinfo.cache", "icon-theme.cache"}
    left = [p for p in tmp_path.joinpath("home with space").rglob("*") if p.is_file()]
    assert [p for p in left if p.name not in caches] == []


def test_install_sh_refuses_a_folder_name_it_cannot_write_into_a_desktop_entry(
    tmp_path: Path,
) -> None:
    if sys.platform == "win32" or not shutil.which("sh"):
        pytest.skip("needs a POSIX sh")
    bundle = fake_bundle(tmp_path)

    done = subprocess.run(
        ["sh", str(bundle / "install.sh"), "--prefix", str(tmp_path / "a$b")],
        capture_output=True,
        text=True,
    )

    assert done.returncode == 2
    assert "may not contain" in done.stderr
    assert not (tmp_path / "a$b").exists()


def test_build_output_stays_out_of_git() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()

    assert "build/" in ignored
    assert "dist/" in ignored
