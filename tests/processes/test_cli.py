"""The operator's command line, run as a real subprocess the way the README says."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from bot.settings import PROJECT_DIR
from tests.helpers.processes import modules_imported, run_bot

# Real bot processes: minutes, not seconds (`pytest -m "not slow"` leaves them out).
pytestmark = pytest.mark.slow


def run(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return run_bot(*args, cwd=cwd, **env)


def test_help_lists_the_commands(tmp_path: Path) -> None:
    result = run("--help", cwd=tmp_path)
    assert result.returncode == 0
    for command in ("migrate", "demo-data", "check"):
        assert command in result.stdout


def test_migrate_then_demo_data_fills_an_embedded_database(tmp_path: Path) -> None:
    assert run("migrate", cwd=tmp_path).returncode == 0
    result = run("demo-data", "--customers", "25", "--days", "30", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "customers 25" in result.stdout
    with sqlite3.connect(tmp_path / "loyalty.db") as db:
        staff_and_customers = db.execute("select count(*) from customers").fetchone()[0]
        purchases = db.execute(
            "select count(*) from ledger_entries where kind = 'earn'"
        ).fetchone()[0]
        mismatched = db.execute(
            "select count(*) from customers c where c.points_balance != "
            "(select coalesce(sum(amount), 0) from ledger_entries l where l.customer_id = c.id)"
        ).fetchone()[0]
    assert staff_and_customers == 25 + 5  # the owner and four baristas are people too
    assert purchases > 25
    assert mismatched == 0
    again = run("demo-data", cwd=tmp_path)
    assert again.returncode == 2
    assert again.stderr.startswith("error: the database already has 30 customers")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"DATABASE_URL": "mysql://x@y/z"}, "error: DATABASE_URL: unsupported database 'mysql'"),
        ({"DATABASE_URL": "::nonsense::"}, "error: DATABASE_URL: not a database URL"),
        ({"PROGRAM_FILE": "/no/such/program.toml"}, "error: PROGRAM_FILE: no such file"),
        ({"LOG_LEVEL": "LOUD"}, "error: LOG_LEVEL: Input should be"),
        (
            {"WHATSAPP_PHONE_NUMBER_ID": "1234"},
            "error: settings: WhatsApp needs WHATSAPP_ACCESS_TOKEN, WHATSAPP_APP_SECRET, "
            "WHATSAPP_VERIFY_TOKEN as well",
        ),
        # An empty signing key once counted as configured, and accepted bodies signed with "".
        (
            {
                "WHATSAPP_PHONE_NUMBER_ID": "1234",
                "WHATSAPP_ACCESS_TOKEN": "token",
                "WHATSAPP_APP_SECRET": "",
                "WHATSAPP_VERIFY_TOKEN": "verify",
            },
            "error: settings: WhatsApp needs WHATSAPP_APP_SECRET as well",
        ),
        (
            {"TELEGRAM_WEBHOOK_SECRET": "has spaces!"},
            "error: TELEGRAM_WEBHOOK_SECRET: use 1 to 256 letters, digits, _ or -",
        ),
    ],
)
def test_a_bad_setting_stops_with_one_line_naming_it(
    tmp_path: Path, env: dict[str, str], expected: str
) -> None:
    result = run("migrate", cwd=tmp_path, **env)
    assert result.returncode == 2
    assert result.stderr.startswith(expected)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_bad_programme_file_names_the_key(tmp_path: Path) -> None:
    broken = (
        (PROJECT_DIR / "program.example.toml")
        .read_text("utf-8")
        .replace("threshold = 500", "threshold = -5")
    )
    (tmp_path / "program.toml").write_text(broken, "utf-8")
    result = run("check", cwd=tmp_path)
    assert result.returncode == 2
    assert (
        result.stderr
        == "error: program.toml: tiers.levels[1].threshold: Input should be greater than or equal to 0\n"
    )


def test_an_unreachable_database_is_one_line(tmp_path: Path) -> None:
    result = run("migrate", cwd=tmp_path, DATABASE_URL="postgresql://nobody@127.0.0.1:9/none")
    assert result.returncode == 2
    assert result.stderr.startswith("error: database unavailable:")
    assert "Traceback" not in result.stderr


def test_a_env_file_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    (tmp_path / ".env").write_bytes("SHOP=Caf\u00e9\n".encode("latin-1"))
    result = run("check", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (
        2,
        "error: .env: not UTF-8 text (save it as UTF-8)\n",
    )


def test_a_deeply_nested_programme_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "program.toml").write_text("x = " + "[" * 50_000 + "]" * 50_000 + "\n", "utf-8")
    result = run("check", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "error: program.toml: nested too deeply to be a programme file\n"


def test_env_file_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DATABASE_URL=sqlite:///from-dotenv.db\n", "utf-8")
    assert run("migrate", cwd=tmp_path).returncode == 0
    assert (tmp_path / "from-dotenv.db").exists()


def test_add_owner_by_chat_identity_or_member_code(tmp_path: Path) -> None:
    joined = run_bot("shell", cwd=tmp_path, stdin="1\nOwner\n1\n2\n")  # joins as shell:local
    assert joined.returncode == 0, joined.stderr
    result = run("add-owner", "shell:local", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Owner (") and result.stdout.endswith("is now an owner\n")
    with sqlite3.connect(tmp_path / "loyalty.db") as db:
        (role,) = db.execute("select role from staff_members").fetchone()
        (told,) = db.execute("select message from deliveries where key like 'team-in:%'")
    assert role == "owner"
    assert told == ("dashboard-now-owner",)  # their chat is told, by the next bot to run
    unknown = run("add-owner", "telegram:424242", cwd=tmp_path)
    assert unknown.returncode == 2
    assert (
        unknown.stderr
        == "error: telegram:424242: no member with this code or chat id; they must /start the bot first\n"
    )


def test_whatsapp_templates_prints_what_to_submit_in_each_language(tmp_path: Path) -> None:
    result = run("whatsapp-templates", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "loyalty_offer  (category MARKETING; offers, campaigns, we-miss-you)" in out
    assert "  sw: Habari kutoka Baraka Café: {{1}}" in out
    assert "  el: Υπενθύμιση από το Baraka Café: {{1}}" in out
    assert (
        "example for {{1}}: ☕ Umebakiza muhuri mmoja tu kupata zawadi ya kadi yako: Kahawa" in out
    )
    assert "  am: uses the en template (Meta has none in am)" in out


def _imported(*args: str, cwd: Path) -> set[str]:
    """The modules `python -X importtime bot.py <args>` loaded (the report is on stderr)."""
    result = run_bot(*args, cwd=cwd, PYTHONPROFILEIMPORTTIME="1")
    assert result.returncode == 0, result.stderr[-2000:]
    return modules_imported(result.stderr)


def test_commands_load_only_what_they_use(tmp_path: Path) -> None:
    """`check` is quick because it loads no engine, database layer, Alembic or HTTP client;
    commands that do not talk to Telegram or WhatsApp never import aiogram or pywa."""
    checked = _imported("check", cwd=tmp_path)
    assert "bot.program" in checked  # the report is real: it sees what `check` needs
    for heavy in ("aiogram", "pywa", "httpx", "alembic", "bot.app", "bot.loyalty", "PIL.ImageDraw"):
        assert heavy not in checked, heavy
    loaded_by: dict[tuple[str, ...], set[str]] = {}
    for command in (("migrate",), ("whatsapp-templates",), ("program", "history")):
        loaded_by[command] = loaded = _imported(*command, cwd=tmp_path)
        assert not {"aiogram", "pywa", "pywa_async"} & loaded, command
    # A new database is made from the models, and a current one only read: no Alembic.
    assert "alembic" not in loaded_by[("migrate",)]
    assert "alembic" not in loaded_by[("program", "history")]
