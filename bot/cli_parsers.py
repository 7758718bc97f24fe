"""The commands' arguments, apart from the commands themselves: building the parser
imports nothing heavy, so `bot.py check` (or `--help`) does not load the engine, the
database layer or the HTTP clients that other commands use."""

from __future__ import annotations

import argparse
from pathlib import Path


def programme_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    program = commands.add_parser(
        "program", help="the programme in the database: export, import, history, restore"
    )
    actions = program.add_subparsers(dest="action", required=True, metavar="<action>")
    export = actions.add_parser("export", help="write the programme in force as TOML")
    export.add_argument("file", type=Path, nargs="?", help="where to write it (default: print)")
    imported = actions.add_parser(
        "import", help="check a programme file and save it as the new version"
    )
    imported.add_argument("file", type=Path)
    imported.add_argument(
        "--dry-run", action="store_true", help="say what would change; save nothing"
    )
    actions.add_parser("history", help="list the saved versions, newest first")
    restore = actions.add_parser("restore", help="bring an earlier version back as a new one")
    restore.add_argument("version", type=int)


def claim_code_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    claim = commands.add_parser(
        "claim-code",
        help="make a receipt code: the customer who sends it gets the purchase's points, once",
    )
    claim.add_argument("amount", help="the receipt's total, as the till would type it")
    claim.add_argument("receipt", help="the receipt's number (one code per receipt)")
    claim.add_argument("--branch", help="the branch's key, when the programme has branches")
    claim.add_argument("--qr", type=Path, help="also write the link's QR code to this PNG file")
