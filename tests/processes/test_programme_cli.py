"""`python bot.py program ...`: the programme in the database from the terminal, as a real
subprocess on an embedded database."""

from __future__ import annotations

import sqlite3
import tomllib
from pathlib import Path

import pytest

from bot.program import load_program
from bot.settings import EXAMPLE_PROGRAM
from tests.helpers.processes import run_bot

# Real bot processes: minutes, not seconds (`pytest -m "not slow"` leaves them out).
pytestmark = pytest.mark.slow


def _versions(tmp_path: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(tmp_path / "loyalty.db") as db:
        return db.execute("select id, source from program_versions order by id").fetchall()


def test_export_import_history_and_restore(tmp_path: Path) -> None:
    exported = run_bot("program", "export", "mine.toml", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout == "programme version 1 written to mine.toml\n"
    # The export is a programme file: it loads, and says what the example says.
    assert load_program(tmp_path / "mine.toml") == load_program(EXAMPLE_PROGRAM)
    data = tomllib.loads((tmp_path / "mine.toml").read_text("utf-8"))
    assert data["earn"]["points_per_unit"] == 0.1  # a number, as an owner writes it

    text = (tmp_path / "mine.toml").read_text("utf-8").replace("slots = 10", "slots = 8")
    (tmp_path / "mine.toml").write_text(text, "utf-8")
    dry = run_bot("program", "import", "mine.toml", "--dry-run", cwd=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines() == [
        "changes:",
        "  stamps.slots: 10 → 8",
        "for customers:",
        "  New stamp cards will have 8 stamps instead of 10. No card is in progress.",
        "dry run: nothing saved",
    ]
    assert _versions(tmp_path) == [(1, "file")]
    imported = run_bot("program", "import", "mine.toml", cwd=tmp_path)
    assert imported.stdout.endswith("saved as version 2; running bots take it within seconds\n"), (
        imported.stderr
    )
    restored = run_bot("program", "restore", "1", cwd=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert "  stamps.slots: 8 → 10" in restored.stdout
    history = run_bot("program", "history", cwd=tmp_path).stdout.splitlines()
    assert [line.split()[0] for line in history] == ["3", "2", "1"]
    assert history[0].endswith("restore (version 1)")
    assert history[1].endswith("import (mine.toml)")
    assert _versions(tmp_path) == [(1, "file"), (2, "import"), (3, "restore")]


def test_bad_requests_get_one_line_and_change_nothing(tmp_path: Path) -> None:
    assert run_bot("migrate", cwd=tmp_path).returncode == 0
    assert run_bot("program", "history", cwd=tmp_path).returncode == 0  # version 1 stored
    (tmp_path / "bad.toml").write_text(
        EXAMPLE_PROGRAM.read_text("utf-8").replace("slots = 10", "slots = 0"), "utf-8"
    )
    bad = run_bot("program", "import", "bad.toml", cwd=tmp_path)
    assert (bad.returncode, bad.stdout) == (2, "")
    assert (
        bad.stderr == "error: bad.toml: stamps.slots: Input should be greater than or equal to 1\n"
    )
    missing = run_bot("program", "restore", "9", cwd=tmp_path)
    assert (missing.returncode, missing.stderr) == (
        2,
        "error: no programme version 9 (see: program history)\n",
    )
    assert _versions(tmp_path) == [(1, "file")]


def test_a_programme_file_edited_after_it_was_brought_in_is_named_at_start(
    tmp_path: Path,
) -> None:
    program = tmp_path / "program.toml"
    program.write_text(EXAMPLE_PROGRAM.read_text("utf-8"), "utf-8")
    first = run_bot("program", "history", cwd=tmp_path, PROGRAM_FILE=str(program))
    assert first.returncode == 0 and "changed since" not in first.stderr
    program.write_text(program.read_text("utf-8").replace("slots = 10", "slots = 12"), "utf-8")
    again = run_bot("program", "history", cwd=tmp_path, PROGRAM_FILE=str(program))
    assert f"{program} has changed since it was brought in" in again.stderr
    assert f"python bot.py program import {program}" in again.stderr
    assert _versions(tmp_path) == [(1, "file")]  # the database's version stays in force
