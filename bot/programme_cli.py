"""`python bot.py program ...`: the programme in the database, from the terminal.

- `export [file]` writes the version in force as TOML (the programme file's format);
- `import <file>` checks a file as start-up would, says what it changes and what that does
  to customers, and saves it as a new version (`--dry-run`: only says);
- `history` lists the versions; `restore <n>` brings version n back as a new version.
Running processes take a new version within seconds, with no restart.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from typing import Any

import tomli_w

from bot.app import App
from bot.i18n import Speaker
from bot.loyalty.programme import Plan, file_hash
from bot.program import Program, load_program
from bot.programme_texts import change_lines, consequence_lines


async def run(app: App, args: argparse.Namespace) -> str:
    """What to print; raises ProgramError or CommandError-worthy LookupError (one line)."""
    versions = app.loyalty.programme
    if args.action == "export":
        text = as_toml(app.program)
        if args.file is None:
            return text.rstrip("\n")
        args.file.write_text(text, encoding="utf-8")
        return f"programme version {app.live.version} written to {args.file}"
    if args.action == "history":
        lines = []
        for version in await versions.history():
            note = f" ({version.note})" if version.note else ""
            when = version.created_at.strftime("%Y-%m-%d %H:%M UTC")
            lines.append(f"{version.number:>4}  {when}  {version.source}{note}")
        return "\n".join(lines) or "no programme version saved yet"
    if args.action == "restore":
        earlier = await versions.load(args.version)
        if earlier is None:
            raise LookupError(f"no programme version {args.version} (see: program history)")
        new, source, note, sha = earlier.program, "restore", f"version {args.version}", None
    else:
        new, source, note = load_program(args.file), "import", args.file.name
        sha = file_hash(args.file.read_bytes())
    before = app.program
    plan = await versions.plan(new)
    lines = _described(app, before, plan)
    if getattr(args, "dry_run", False):
        return "\n".join([*lines, "dry run: nothing saved"])
    saved = await versions.save(new, actor=None, source=source, note=note, file_sha256=sha)
    return "\n".join(
        [*lines, f"saved as version {saved.number}; running bots take it within seconds"]
    )


def as_toml(program: Program) -> str:
    """The programme file's own format: numbers as numbers, times and dates as TOML's."""
    return tomli_w.dumps(_plain(program.model_dump(mode="python", exclude_none=True)))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Path):
        return str(value)
    return value


def _described(app: App, before: Program, plan: Plan) -> list[str]:
    after = plan.program
    speak = Speaker(app.translator, "en", after.shop.tz, after.shop.currency)
    changes = change_lines(plan.changes) or ["(nothing)"]
    said = consequence_lines(speak, before, after, plan.consequences)
    return [
        "changes:",
        *(f"  {line}" for line in changes),
        "for customers:",
        *(f"  {line}" for line in said),
    ]
