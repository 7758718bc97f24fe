"""Drawing time of the pictures the bot sends: the stamp card and the member card, in each of
the four languages, drawn afresh (the cache bypassed) and from the cache.

Target: under 50 ms per card, drawn afresh, on this machine. Baseline, measured in the same
run: the bare QR code PNG that /mycode sent before it had a card (segno alone), so the
ratio says what the card's words, fonts and stamps add. Usage:

    python bench/cards.py [--rounds 40]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import segno

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.i18n import Speaker, Translator
from bot.images.member_card import member_card
from bot.images.stamp_card import stamp_card
from bot.languages import LANGUAGES
from bot.program import load_program
from bot.settings import EXAMPLE_PROGRAM
from handlers.card import card_words
from handlers.member_code import member_words

TARGET_MS = 50.0
LINK = "https://t.me/your_shop_bot?start=m_K7M2QXA"


def timed(draw: Callable[[], bytes], rounds: int) -> list[float]:
    draw()  # fonts and tiles loaded once per process, as in the running bot
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        draw()
        out.append((time.perf_counter() - start) * 1000)
    return out


def bare_qr() -> bytes:
    buffer = io.BytesIO()
    segno.make(LINK, error="m", micro=False).save(buffer, kind="png", scale=8, border=2)
    return buffer.getvalue()


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98] if len(values) >= 2 else values[0]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=40)
    rounds = parser.parse_args().rounds
    program = load_program(EXAMPLE_PROGRAM)
    translator = Translator()
    slots = program.stamps.slots
    print(f"command: python bench/cards.py --rounds {rounds}")
    baseline = statistics.median(timed(bare_qr, rounds))
    print(f"baseline: bare QR code PNG (segno) median {baseline:.2f} ms")
    worst = 0.0
    for language in LANGUAGES:
        speak = Speaker(translator, language, program.shop.tz, program.shop.currency)
        card = card_words(speak, program, 7, slots, 1)
        member, colour = member_words(speak, program, "K7M2QXA", "gold")
        fresh: dict[str, Callable[[], bytes]] = {
            # __wrapped__ is the drawing itself, past the lru_cache: every round draws anew.
            "stamp card": lambda c=card: stamp_card.__wrapped__(program.brand, c, 7, slots),
            "member card": lambda m=member, k=colour: member_card.__wrapped__(
                program.brand, m, k, LINK
            ),
        }
        for name, draw in fresh.items():
            times = timed(draw, rounds)
            median = statistics.median(times)
            worst = max(worst, median)
            print(
                f"{language} {name:<11}: median {median:6.2f} ms, p99 {p99(times):6.2f} ms, "
                f"{median / baseline:5.1f}x the bare QR, {len(draw()) // 1024} KB"
            )
        cached = timed(lambda c=card: stamp_card(program.brand, c, 7, slots), rounds)
        print(f"{language} stamp card from the cache: median {statistics.median(cached):.4f} ms")
    verdict = "met" if worst < TARGET_MS else "NOT met"
    print(f"slowest median {worst:.2f} ms per card; target under {TARGET_MS:.0f} ms: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
