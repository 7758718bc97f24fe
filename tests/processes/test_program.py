"""The programme file: the shipped example works; every mistake is named by key and reason."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bot.program import ProgramError, load_program, parse_program
from bot.settings import EXAMPLE_PROGRAM
from tests.helpers.programmes import example_data


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


def _numbers(data: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """The path of every number in a programme, defaults included."""
    if isinstance(data, dict):
        return [p for key, value in data.items() for p in _numbers(value, (*path, key))]
    if isinstance(data, list):
        return [p for i, value in enumerate(data) for p in _numbers(value, (*path, i))]
    if isinstance(data, int | float | Decimal) and not isinstance(data, bool):
        return [path]
    return []


def _set(data: Any, path: tuple[str | int, ...], value: object) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


EVERY_NUMBER = _numbers(load_program(EXAMPLE_PROGRAM).model_dump(mode="python"))


@pytest.mark.parametrize("path", EVERY_NUMBER, ids=lambda p: ".".join(map(str, p)))
@pytest.mark.parametrize("huge", [10**30, 1e30])
def test_every_number_in_the_programme_has_a_range_checked_at_load(
    path: tuple[str | int, ...], huge: object
) -> None:
    """1e30 points per shilling or a 999999999-day expiry passed `check`, then broke at run
    time; every number (defaults included) is now bounded when the programme is loaded."""
    data = load_program(EXAMPLE_PROGRAM).model_dump(mode="python", exclude_none=True)
    _set(data, path, huge)
    with pytest.raises(ProgramError) as refused:
        parse_program(data, "program.toml")
    named = str(path[0])
    assert str(refused.value).startswith(f"program.toml: {named}")


def test_the_range_check_reaches_every_section_of_the_programme() -> None:
    assert len(EVERY_NUMBER) > 25  # the walk reaches the whole programme


def test_a_purchase_that_could_earn_past_the_points_range_is_refused() -> None:
    message = _broken(lambda d: d["earn"].update(points_per_unit=1000, maximum_purchase=10**8))
    assert "could earn more than 1,000,000,000 points in one purchase" in message
