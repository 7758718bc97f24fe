"""How long commands take to start, against importing the two libraries they build on.

Each command runs as the operator runs it, a fresh `python` process, in a folder of its
own with the shipped programme; the baseline is `python -c "import sqlalchemy, pydantic"`
in the same run, interleaved with the commands (so a busy moment of the machine falls on
all of them alike). Prints the median of --runs runs of each and its ratio to the
baseline. Target: `bot.py check` within 1.5x. Also a shop's first start, on a new
database each time: `bot.py migrate` (made from the models) against Alembic running every
migration since the first, as it did before. Usage:

    python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

COMMANDS: dict[str, list[str]] = {
    'python -c "import sqlalchemy, pydantic"': ["-c", "import sqlalchemy, pydantic"],
    "bot.py check": [str(ROOT / "bot.py"), "check"],
    "bot.py program history": [str(ROOT / "bot.py"), "program", "history"],
    "bot.py whatsapp-templates": [str(ROOT / "bot.py"), "whatsapp-templates"],
}

FIRST_START: dict[str, list[str]] = {
    "bot.py migrate, a new database": [str(ROOT / "bot.py"), "migrate"],
    "every migration, a new database": [
        *("-m", "alembic", "-c", str(ROOT / "alembic.ini"), "upgrade", "head")
    ],
}


def once(args: list[str], folder: str, environment: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, *args], cwd=folder, env=environment, check=True, capture_output=True
    )
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(f"command: python bench/startup.py --runs {args.runs}")
    with tempfile.TemporaryDirectory() as folder:
        environment = {
            **os.environ,
            "DATABASE_URL": f"sqlite+aiosqlite:///{folder}/shop.db",
            "PROGRAM_FILE": str(ROOT / "program.example.toml"),
        }
        # The database exists and is current, as on a running shop.
        subprocess.run(
            [sys.executable, str(ROOT / "bot.py"), "migrate"],
            cwd=folder,
            env=environment,
            check=True,
            capture_output=True,
        )
        times: dict[str, list[float]] = {name: [] for name in COMMANDS | FIRST_START}
        for run in range(args.runs):
            for name, command in COMMANDS.items():
                times[name].append(once(command, folder, environment))
            for n, (name, command) in enumerate(FIRST_START.items()):
                new = {**environment, "DATABASE_URL": f"sqlite+aiosqlite:///{folder}/{run}-{n}.db"}
                times[name].append(once(command, folder, new))
    baseline_name = next(iter(COMMANDS))
    baseline = statistics.median(times[baseline_name])
    for name, spent in times.items():
        median = statistics.median(spent)
        print(f"{name:<42} median {median:5.2f} s, {median / baseline:4.2f}x the baseline")
    check = statistics.median(times["bot.py check"]) / baseline
    print(f"ratio: bot.py check at {check:.2f}x the baseline (target at most 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
