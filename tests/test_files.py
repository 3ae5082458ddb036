"""Atomic saving: through links, into folders, and after a killed save."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import argmap
from argmap.cli import main
from argmap.files import STALE_AFTER, remove_stale_temporaries, write_atomic


def _map(title: str = "On acting") -> argmap.ArgumentMap:
    b = argmap.MapBuilder(title=title)
    b.thesis("Act now")
    return b.build()


def test_saving_through_a_link_writes_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "maps" / "real.yaml"
    real.parent.mkdir()
    argmap.save(_map("old"), real)
    os.chmod(real, 0o640)
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    argmap.save(_map("new"), link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert argmap.load(real).source.title == "new"
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["real.yaml"]


def test_a_chain_of_links_and_a_dangling_link_are_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    (tmp_path / "b.json").symlink_to(real)  # dangling until the save
    (tmp_path / "a.json").symlink_to(tmp_path / "b.json")
    argmap.save(_map(), tmp_path / "a.json")
    assert (tmp_path / "a.json").is_symlink() and (tmp_path / "b.json").is_symlink()
    assert argmap.load(real) == _map()


def test_the_cli_writes_through_a_link_too(tmp_path: Path) -> None:
    src = tmp_path / "m.yaml"
    argmap.save(_map(), src)
    real = tmp_path / "real.json"
    out = tmp_path / "out.json"
    out.symlink_to(real)
    assert main(["convert", str(src), str(out)]) == 0
    assert out.is_symlink() and argmap.load(real) == argmap.load(src)


def test_a_link_to_the_map_being_drawn_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "m.yaml"
    argmap.save(_map(), src)
    before = src.read_bytes()
    (tmp_path / "m.svg").symlink_to(src)
    assert main(["render", str(src), "-o", str(tmp_path / "m.svg")]) == 2
    assert src.read_bytes() == before


def test_saving_onto_a_folder_names_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "m.yaml"
    folder.mkdir()
    with pytest.raises(IsADirectoryError) as info:
        argmap.save(_map(), folder)
    assert info.value.filename == str(folder)
    src = tmp_path / "src.json"
    argmap.save(_map(), src)
    assert main(["convert", str(src), str(folder), "--to", "yaml"]) in (0, 2)
    err = capsys.readouterr().err
    assert ".tmp" not in err and "argmap-tmp" not in err
    assert list(tmp_path.glob(".*")) == []


def test_a_failed_rename_names_the_file_asked_for(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    target = locked / "m.yaml"
    os.chmod(locked, 0o500)
    try:
        if os.access(locked, os.W_OK):  # running as root: permissions do not apply
            write_atomic(target, "x")
            assert target.read_text() == "x"
            return
        with pytest.raises(PermissionError) as info:
            write_atomic(target, "x")
        assert info.value.filename == str(target)
    finally:
        os.chmod(locked, 0o700)


# A save killed after writing its temporary file and before renaming it.
KILLED = """
import os, sys, tempfile
prefix = ".map.json.%d." % os.getpid()
fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".argmap-tmp", dir=sys.argv[1])
os.write(fd, b"x" * 1_000_000)
print(tmp, flush=True)
"""


def _killed_save(folder: Path) -> Path:
    done = subprocess.run(
        [sys.executable, "-c", KILLED, str(folder)], capture_output=True, text=True, check=True
    )
    return Path(done.stdout.strip())


def test_the_next_save_removes_what_a_killed_save_left(tmp_path: Path) -> None:
    left = _killed_save(tmp_path)
    assert left.stat().st_size == 1_000_000
    old = time.time() - STALE_AFTER - 5
    os.utime(left, (old, old))
    other = tmp_path / ".other.json.1.x.argmap-tmp"  # another file's: not touched
    other.write_text("x")
    os.utime(other, (old, old))
    argmap.save(_map(), tmp_path / "map.json")
    assert not left.exists() and other.exists()
    assert argmap.load(tmp_path / "map.json") == _map()


def test_a_recent_or_running_save_is_left_alone(tmp_path: Path) -> None:
    recent = _killed_save(tmp_path)  # process gone, but written just now
    old = time.time() - STALE_AFTER - 5
    running = tmp_path / f".map.json.{os.getpid()}.abc.argmap-tmp"  # this process: running
    running.write_text("x")
    os.utime(running, (old, old))
    assert remove_stale_temporaries(tmp_path / "map.json") == []
    assert recent.exists() and running.exists()
