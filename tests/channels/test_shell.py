"""`python bot.py shell`: the whole journey typed at a terminal, in each of the four languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.i18n import Translator
from bot.languages import LANGUAGES
from tests.helpers.processes import run_bot

# Real bot processes: minutes, not seconds (`pytest -m "not slow"` leaves them out).
pytestmark = pytest.mark.slow


def shell(tmp_path: Path, typed: list[str], *, lang: str = "C.UTF-8", user: str = "local") -> str:
    result = run_bot(
        "shell",
        "--user",
        user,
        cwd=tmp_path,
        stdin="\n".join(typed) + "\n",
        DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'shell.db'}",
        LANG=lang,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_journey_in_the_terminal(tmp_path: Path, language: str) -> None:
    t = Translator()
    choice = str(LANGUAGES.index(language) + 1)
    # language, name, skip the phone (choice 1), yes to offers (choice 1), then commands
    out = shell(tmp_path, [choice, "Amina", "1", "1", "/balance", "/rewards", "/mycode"])
    assert "1) English\n  2) Kiswahili\n  3) Ελληνικά\n  4) አማርኛ" in out
    assert t(language, "join-ask-name") in out  # type: ignore[arg-type]
    assert t(language, "join-ask-consent") in out  # type: ignore[arg-type]
    assert t(language, "balance-points", points=0) in out  # type: ignore[arg-type]
    assert t(language, "rewards-title", points=0) in out  # type: ignore[arg-type]
    assert t(language, "menu-balance") in out  # type: ignore[arg-type]


def test_the_terminal_language_preselects_and_the_account_persists(tmp_path: Path) -> None:
    t = Translator()
    first = shell(tmp_path, ["3", "Νίκος", "1", "2"], lang="el_GR.UTF-8")
    assert first.startswith(t("el", "join-welcome", shop="Baraka Café"))
    again = shell(tmp_path, ["/balance"], lang="el_GR.UTF-8")
    assert again.startswith(t("el", "welcome-back", name="Νίκος"))
    other = shell(tmp_path, [], user="someone-else")
    assert t("sw", "join-choose-language") in other  # a new pretend customer, shop language
