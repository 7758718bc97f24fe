"""Programme variants for tests: the shipped example with sections overridden."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

from bot.program import Program, parse_program
from bot.settings import EXAMPLE_PROGRAM


def example_data() -> dict[str, Any]:
    return tomllib.loads(EXAMPLE_PROGRAM.read_text("utf-8"))


def make_program(**overrides: Any) -> Program:
    """The shipped example with sections overridden, e.g. make_program(limits={...})."""
    data = copy.deepcopy(example_data())
    for section, value in overrides.items():
        if isinstance(value, dict) and isinstance(data.get(section), dict):
            data[section] = {**data[section], **value}
        else:
            data[section] = value
    return parse_program(data, "test-program")


def program_without_quiet_hours(tmp_path: Path) -> Path:
    """The example programme as a file in `tmp_path`, with quiet hours off: tests that run
    a real bot process run at any hour, and the example's 21:00-08:00 would hold messages."""
    text = EXAMPLE_PROGRAM.read_text("utf-8")
    text = text.replace("quiet_start = 21:00:00", "quiet_start = 00:00:00")
    text = text.replace("quiet_end = 08:00:00", "quiet_end = 00:00:00")
    path = tmp_path / "program.toml"
    path.write_text(text, "utf-8")
    return path


HAIRCUTS = {"en": "3 haircuts", "sw": "Kunyoa mara 3", "el": "3 κουρέματα", "am": "3 የፀጉር ቆረጣ"}
WASHES = {"en": "5 car washes", "sw": "Kuosha gari mara 5", "el": "5 πλυσίματα αυτοκινήτου",
          "am": "5 የመኪና እጥበት"}  # fmt: skip


def with_bundles(*extra: dict[str, Any]) -> Program:
    """The example with two bundles on sale: 3 haircuts (30 days, a price) and 5 car washes."""
    return make_program(
        bundles=[
            {"key": "haircuts", "name": HAIRCUTS, "uses": 3, "valid_days": 30, "price": 1200},
            {"key": "washes", "name": WASHES, "uses": 5, "valid_days": 60},
            *extra,
        ]
    )


def _text(en: str, sw: str, el: str, am: str) -> dict[str, str]:
    return {"en": en, "sw": sw, "el": el, "am": am}


COFFEE = _text("Coffee card", "Kadi ya kahawa", "Κάρτα καφέ", "የቡና ካርድ")
LUNCH = _text("Lunch card", "Kadi ya chakula cha mchana", "Κάρτα μεσημεριανού", "የምሳ ካርድ")
COOKIE = _text("A cookie", "Biskuti", "Ένα μπισκότο", "ብስኩት")
CAKE = _text("A slice of cake", "Kipande cha keki", "Ένα κομμάτι κέικ", "አንድ ቁራጭ ኬክ")
FREE_LUNCH = _text("A free lunch", "Chakula cha mchana bure", "Δωρεάν μεσημεριανό", "ነፃ ምሳ")
DRINK = _text("A cold drink", "Kinywaji baridi", "Ένα κρύο ρόφημα", "ቀዝቃዛ መጠጥ")


def with_cards(**overrides: Any) -> Program:
    """The example with two cards: coffee (10 slots, a cookie at 3, cake at 6) and lunch (5
    slots, a cold drink at 2); no cool-down, three stamps a day."""
    stamps = {**example_data()["stamps"], "slots": 10, "name": COFFEE}
    sections: dict[str, Any] = {
        "stamps": stamps | {"steps": [{"at": 3, "reward": COOKIE}, {"at": 6, "reward": CAKE}]},
        "cards": [
            {
                "key": "lunch",
                "name": LUNCH,
                "slots": 5,
                "reward": FREE_LUNCH,
                "steps": [{"at": 2, "reward": DRINK}],
            }
        ],
        "limits": {"stamps_per_customer_per_day": 3, "stamp_cooldown_minutes": 10},
    }
    return make_program(**(sections | overrides))
