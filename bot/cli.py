"""`python bot.py <command>`: the operator's entry point.

Operator output (this terminal) is English; everything customers and staff see in the chat
comes from locales/. Configuration problems end in one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import signal
import sys
from collections.abc import Callable, Coroutine, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from bot.channels.errors import ChannelError
from bot.cli_parsers import claim_code_parser, programme_parser
from bot.program import ProgramError, load_program
from bot.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from bot.app import App
    from bot.runner import Role

# Each command imports what it uses when it runs (the engine, the database layer, Alembic,
# the HTTP clients, the pictures): `check`, the one an operator runs most, loads none of
# them, and no command that does not talk to Telegram or WhatsApp imports aiogram or pywa.


class CommandError(Exception):
    """A failure the operator can fix; printed as one line."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bot.py", description="Loyalty programme bot for small businesses."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="<command>")
    commands.add_parser("migrate", help="upgrade the database to the newest schema")
    demo = commands.add_parser(
        "demo-data", help="fill the database with a realistic demo shop (migrates first)"
    )
    demo.add_argument("--customers", type=int, default=200, help="how many customers (200)")
    demo.add_argument("--days", type=int, default=90, help="how many days of history (90)")
    demo.add_argument("--seed", type=int, default=7, help="random seed, for repeatable data")
    commands.add_parser("check", help="validate the settings and the programme file, then exit")
    commands.add_parser(
        "run",
        help="run the bot: Telegram (polling, or webhook when TELEGRAM_WEBHOOK_URL is set) "
        "and/or WhatsApp (webhook), with the scheduler and the sender",
    )
    commands.add_parser(
        "web",
        help="serve only the webhooks (Telegram and/or WhatsApp) and /healthz; run several "
        "behind a load balancer, with one or more `worker`s",
    )
    commands.add_parser(
        "worker",
        help="run only the scheduler and the sender of campaigns, reminders and notices "
        "(and /healthz); two or more share the work without sending anything twice",
    )
    backup = commands.add_parser(
        "backup", help="copy the SQLite database, consistently, while the bot runs"
    )
    backup.add_argument("file", type=Path, help="the copy to write (must not exist yet)")
    owner = commands.add_parser(
        "add-owner", help="make a member an owner (by member code, or channel:id like telegram:123)"
    )
    owner.add_argument("who", help="member code, or channel:id of someone who has joined")
    commands.add_parser(
        "whatsapp-templates",
        help="print the WhatsApp message templates to submit to Meta, in each language",
    )
    pictures = commands.add_parser(
        "pictures",
        help="draw the stamp card, member card and /stats chart in every language, with "
        "made-up figures, from the programme file (see your colours and logo)",
    )
    pictures.add_argument("folder", type=Path, help="where to write the PNG files")
    shell = commands.add_parser("shell", help="talk to the bot in this terminal, as a customer")
    shell.add_argument(
        "--user", default="local", help="who you are in the shell (several customers)"
    )
    commands.add_parser(
        "setup-link",
        help="print a one-time link that makes whoever opens it in the bot the first owner",
    )
    check = commands.add_parser(
        "draw-check",
        help="check a prize draw's record (the draw-N.txt that /draw attaches): the seed "
        "against the commitment, and the winners recomputed from the entries",
    )
    check.add_argument("file", type=Path, help="the record")
    programme_parser(commands)
    claim_code_parser(commands)
    return parser


def upgrade(database_url: str) -> None:
    from bot.migrate import upgrade as migrate

    migrate(database_url)


def open_app(settings: Settings) -> contextlib.AbstractAsyncContextManager[App]:
    from bot.app import open_app as opened

    return opened(settings)


async def _setup_link(settings: Settings) -> None:
    from bot.bot_name import bot_username
    from bot.setup_text import setup_instructions

    await asyncio.to_thread(upgrade, settings.database_url)
    async with open_app(settings) as app:
        token = await app.loyalty.access.setup_link()
    if token is None:
        raise CommandError("the shop has an owner already; owners invite others from the dashboard")
    print(setup_instructions(token, await bot_username(settings)))


async def _program(settings: Settings, args: argparse.Namespace) -> None:
    from bot import programme_cli

    await asyncio.to_thread(upgrade, settings.database_url)
    async with open_app(settings) as app:
        try:
            print(await programme_cli.run(app, args))
        except LookupError as exc:
            raise CommandError(str(exc).strip("'\"")) from None


async def _claim_code(settings: Settings, args: argparse.Namespace) -> None:
    from bot import receipt_cli

    await asyncio.to_thread(upgrade, settings.database_url)
    async with open_app(settings) as app:
        try:
            print(await receipt_cli.run(app, settings, args))
        except LookupError as exc:
            raise CommandError(str(exc).strip("'\"")) from None


def _migrate(settings: Settings) -> None:
    upgrade(settings.database_url)
    print(f"database is at the newest schema ({_where(settings)})")


def _check(settings: Settings) -> None:
    program = load_program(settings.resolved_program_file)
    tiers = ", ".join(f"{t.name.en} ({t.threshold})" for t in program.tiers.levels)
    print(f"programme file: {settings.resolved_program_file}")
    print(f"shop: {program.shop.name}, {program.shop.currency}, {program.shop.timezone}")
    print(f"tiers over {program.tiers.window_days} days: {tiers}")
    print(f"rewards: {len(program.rewards)}, stamp card: {program.stamps.slots} slots")
    print(f"database: {_where(settings)}")
    print("settings and programme are valid")


async def _demo(settings: Settings, customers: int, days: int, seed: int) -> None:
    from sqlalchemy import func, select

    from bot.demo import fill_demo_shop
    from models import Customer

    if customers < 1 or days < 1:
        raise CommandError("--customers and --days must be at least 1")
    await asyncio.to_thread(upgrade, settings.database_url)
    async with open_app(settings) as app:
        async with app.db.read() as session:
            existing = await session.scalar(select(func.count(Customer.id)))
        if existing:
            raise CommandError(
                f"the database already has {existing} customers; demo data goes into an empty "
                "database (set DATABASE_URL to a new file, e.g. sqlite+aiosqlite:///demo.db)"
            )
        print(
            f"building a demo shop: {customers} customers over {days} days (about 40 s at the defaults)..."
        )
        report = await fill_demo_shop(
            app.db, app.program, customers=customers, days=days, seed=seed, end=datetime.now(UTC)
        )
    print(f"demo shop '{app.program.shop.name}' written to {_where(settings)}")
    print(f"  customers {report.customers} (referred by a friend: {report.referrals})")
    print(
        f"  purchases {report.purchases}, stamps {report.stamps}, redemptions {report.redemptions}"
    )
    print(
        f"  points issued {report.points_issued}, redeemed {report.points_redeemed},"
        f" expired {report.points_expired}"
    )
    print("  tiers " + ", ".join(f"{k} {v}" for k, v in sorted(report.tiers.items())))


async def _run(settings: Settings, role: Role = "all") -> None:
    if settings.telegram_bot_token is None and not settings.whatsapp_enabled:
        raise CommandError(
            "TELEGRAM_BOT_TOKEN: not set, and WhatsApp is not configured either. Create a bot "
            "with @BotFather and put its token in .env, or set the WHATSAPP_* settings (see "
            "README), or try the bot in this terminal with: python bot.py shell"
        )
    if role != "all" and settings.database_url.startswith("sqlite"):
        raise CommandError(
            f"DATABASE_URL: `{role}` shares one database with other processes; use "
            "PostgreSQL (an SQLite file is for one process: python bot.py run)"
        )
    if role == "web" and settings.telegram_bot_token and not settings.telegram_webhook_url:
        raise CommandError(
            "TELEGRAM_WEBHOOK_URL: not set; `web` serves webhooks only (Telegram's long "
            "polling runs in one process: python bot.py run)"
        )
    # Start-up imports aiogram (~300 pydantic models) and builds the app: long-lived objects
    # and no garbage, so the cyclic collector is off until serve() has set them aside (and
    # on again here whatever happens).
    gc.disable()
    try:
        await _serve_until_stopped(settings, role)
    finally:
        gc.enable()


async def _serve_until_stopped(settings: Settings, role: Role) -> None:
    # Caught from the very start, so a stop during start-up is as clean as one later on.
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await asyncio.to_thread(upgrade, settings.database_url)
    if stop.is_set():
        return
    from bot.runner import serve

    async with open_app(settings) as app:
        await serve(app, stop, role)


async def _add_owner(settings: Settings, who: str) -> None:
    from bot.loyalty.errors import UnknownMemberCode
    from models import StaffRole

    await asyncio.to_thread(upgrade, settings.database_url)
    async with open_app(settings) as app:
        customers = app.loyalty.customers
        channel, _, external_id = who.partition(":")
        customer = await customers.find_by_identity(channel, external_id) if external_id else None
        if customer is None:
            try:
                customer = await customers.find_by_member_code(who)
            except UnknownMemberCode:
                raise CommandError(
                    f"{who}: no member with this code or chat id; they must /start the bot first"
                ) from None
        await app.loyalty.staff.appoint(customer.customer_id, StaffRole.OWNER, by=None, tell=True)
    print(f"{customer.name or customer.member_code} ({customer.member_code}) is now an owner")


async def _shell(settings: Settings, user: str) -> None:
    from bot.channels.shell import run_shell, terminal_language

    await asyncio.to_thread(upgrade, settings.database_url)
    async with open_app(settings) as app:
        # The scheduler and sender run here too, so what the outbox holds for shell users
        # (a tier upgrade, a campaign) appears in the terminal as it would in a chat.
        jobs = app.jobs()
        jobs.start()
        try:
            await run_shell(
                app.conversation,
                app.notifier,
                user_id=user,
                stdin=sys.stdin,
                stdout=sys.stdout,
                language_hint=terminal_language(),
            )
        finally:
            await jobs.stop()


def _until_signalled(coroutine: Coroutine[Any, Any, None]) -> None:
    """Run until done or until SIGINT/SIGTERM, then shut down cleanly (no traceback)."""

    async def main() -> None:
        task = asyncio.ensure_future(coroutine)
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, task.cancel)
        with contextlib.suppress(asyncio.CancelledError):
            await task

    asyncio.run(main())


def _configure_logging(settings: Settings, *, quiet: bool = False) -> None:
    from bot.logs import configure_logging

    configure_logging("WARNING" if quiet else settings.log_level, settings.log_format)


def _backup(settings: Settings, target: Path) -> None:
    from bot.backup import BackupError, backup_sqlite

    try:
        size = backup_sqlite(settings.database_url, target)
    except BackupError as exc:
        raise CommandError(str(exc)) from None
    print(f"backup of {_where(settings)} written to {target} ({size // 1024} KB)")


def _pictures(settings: Settings, folder: Path) -> None:
    from bot.samples import write_pictures

    program = load_program(settings.resolved_program_file)
    try:
        written = write_pictures(program, folder)
    except OSError as exc:
        raise CommandError(f"cannot write to {folder}: {exc.strerror or exc}") from None
    print(f"{len(written)} pictures written to {folder}")


def _where(settings: Settings) -> str:
    return make_url(settings.database_url).render_as_string(hide_password=True)


def _serve(settings: Settings, args: argparse.Namespace) -> None:
    _configure_logging(settings)
    role: Role = "all" if args.command == "run" else args.command
    asyncio.run(_run(settings, role))


def _templates(settings: Settings, _: argparse.Namespace) -> None:
    from bot.i18n import Translator
    from bot.whatsapp_templates import describe as describe_templates

    program = load_program(settings.resolved_program_file)
    print(describe_templates(program, Translator()), end="")


def _draw_check(_: Settings, args: argparse.Namespace) -> None:
    from bot.loyalty.draw_method import check_record

    try:
        checked = check_record(args.file.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise CommandError(f"{args.file}: {exc}") from None
    print("seed matches the commitment" if checked.sealed else "SEED DOES NOT MATCH THE COMMITMENT")
    print(f"winners recomputed: {' '.join(checked.winners) or '-'}")
    print(f"winners published:  {' '.join(checked.published) or '-'}")
    if not checked.holds:
        raise CommandError("the record does not hold: the draw cannot be confirmed")
    print("the draw holds")


def _shell_command(settings: Settings, args: argparse.Namespace) -> None:
    _configure_logging(settings, quiet=True)
    _until_signalled(_shell(settings, args.user))


_COMMANDS: dict[str, Callable[[Settings, argparse.Namespace], None]] = {
    "migrate": lambda settings, _: _migrate(settings),
    "check": lambda settings, _: _check(settings),
    "demo-data": lambda s, a: asyncio.run(_demo(s, a.customers, a.days, a.seed)),
    "add-owner": lambda s, a: asyncio.run(_add_owner(s, a.who)),
    "whatsapp-templates": _templates,
    "pictures": lambda s, a: _pictures(s, a.folder),
    "run": _serve,
    "web": _serve,
    "worker": _serve,
    "program": lambda s, a: asyncio.run(_program(s, a)),
    "setup-link": lambda s, _: asyncio.run(_setup_link(s)),
    "claim-code": lambda s, a: asyncio.run(_claim_code(s, a)),
    "backup": lambda s, a: _backup(s, a.file),
    "shell": _shell_command,
    "draw-check": _draw_check,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        _COMMANDS[args.command](settings, args)
    except (SettingsError, ProgramError, CommandError, ChannelError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (OperationalError, DBAPIError, OSError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        print(f"error: database unavailable: {reason}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0
