"""The programme file: the shipped example works; every mistake is named by key and reason."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from bot.program import ProgramError, load_program, parse_program
from bot.settings import EXAMPLE_PROGRAM
from tests.support import example_data


def test_the_shipped_example_is_complete_in_every_language() -> None:
    program = load_program(EXAMPLE_PROGRAM)
    assert [t.key for t in program.tiers.levels] == ["bronze", "silver", "gold", "platinum"]
    for tier in program.tiers.levels:
        assert {tier.name.get(lang) for lang in ("en", "sw", "el", "am")} != {tier.name.en}
    assert program.shop.currency_digits == 2
    assert [b.key for b in program.branches] == ["westlands", "cbd"]


def _broken(mutate: Any) -> str:
    data = copy.deepcopy(example_data())
    mutate(data)
    with pytest.raises(ProgramError) as refused:
        parse_program(data, "program.toml")
    return str(refused.value)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda d: d["tiers"]["levels"][2]["name"].pop("am"),
            "program.toml: tiers.levels[2].name.am: Field required",
        ),
        (
            lambda d: d["rewards"][0].update(cost=0),
            "program.toml: rewards[0].cost: Input should be greater than 0",
        ),
        (
            lambda d: d["tiers"]["levels"][0].update(threshold=10),
            "program.toml: tiers: the first tier must have threshold = 0",
        ),
        (
            lambda d: d["tiers"]["levels"][2].update(threshold=400),
            "program.toml: tiers: tier thresholds must rise strictly",
        ),
        (
            lambda d: d["rewards"][1].update(key="espresso"),
            "program.toml: (top level): reward key 'espresso' is used twice",
        ),
        (
            lambda d: d["shop"].update(currency="XXY"),
            "program.toml: shop.currency: unknown ISO 4217 currency code 'XXY'",
        ),
        (
            lambda d: d["shop"].update(timezone="Mars/Olympus"),
            "program.toml: shop.timezone: unknown time zone 'Mars/Olympus'",
        ),
        (
            lambda d: d["stamps"].update(slotz=8),
            "program.toml: stamps.slotz: Extra inputs are not permitted",
        ),
        (lambda d: d.pop("earn"), "program.toml: earn: Field required"),
        (
            lambda d: d["expiry"].update(policy="sometimes"),
            "program.toml: expiry.policy: Input should be 'none' or 'rolling'",
        ),
        (
            lambda d: d["shop"].update(default_language="fr"),
            "program.toml: shop.default_language: Input should be",
        ),
    ],
)
def test_mistakes_are_refused_with_the_exact_key(mutate: Any, message: str) -> None:
    assert _broken(mutate).startswith(message)


def test_invalid_toml_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "program.toml"
    path.write_text('[shop]\nname = "Café\n', "utf-8")
    with pytest.raises(ProgramError, match=r"program.toml: invalid TOML: .*line 2"):
        load_program(path)


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(ProgramError, match="programme file not found"):
        load_program(tmp_path / "nope.toml")
    latin = tmp_path / "latin.toml"
    latin.write_bytes("name = 'Caf\xe9'".encode("latin-1"))
    with pytest.raises(ProgramError, match="not UTF-8"):
        load_program(latin)


def test_several_mistakes_are_counted() -> None:
    def two(d: dict[str, Any]) -> None:
        d["rewards"][0]["cost"] = -1
        d["rewards"][1]["cost"] = -1

    assert _broken(two).endswith("(and 1 more)")
