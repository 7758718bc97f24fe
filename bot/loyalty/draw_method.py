"""How a prize draw picks its winners, so that anyone can check it afterwards.

When a draw opens, the bot makes a secret seed and publishes only its commitment (the
SHA-256 of the seed), so the seed cannot be chosen later to favour anyone. At the draw it
reveals the seed; the winners follow from the seed and the published, ordered entry list
alone, so the same inputs always give the same winners and anyone can recompute them:

    digest = sha256(the entry lines joined by "\\n")     # "<number> <ticket> <entrant>"
    round r = 0, 1, ...: pick = int(sha256(f"{seed}:{digest}:{r}")) mod (tickets left)
    the picked ticket wins; every ticket of its entrant leaves the pot (one prize each)

A 256-bit number taken modulo a few thousand tickets is uniform to within 2^-240: no ticket
is measurably likelier than another. Pure functions, no database: `bot.py draw-check` and
the tests use them as the engine does.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

SEED_BYTES = 32


@dataclass(frozen=True, slots=True)
class Entry:
    number: int  # the entry's place in the list, from 1
    ticket: str  # the ticket code its holder was given
    entrant: int  # the holder, as a number private to this draw (1 = who entered first)

    @property
    def line(self) -> str:
        return f"{self.number} {self.ticket} {self.entrant}"


def new_seed() -> str:
    return secrets.token_hex(SEED_BYTES)


def commitment(seed: str) -> str:
    return hashlib.sha256(seed.encode("ascii")).hexdigest()


def entries_digest(entries: Sequence[Entry]) -> str:
    return hashlib.sha256("\n".join(e.line for e in entries).encode("ascii")).hexdigest()


def pick_winners(seed: str, entries: Sequence[Entry], count: int) -> list[Entry]:
    """The winning entries, in the order drawn; fewer than `count` if fewer people entered."""
    digest = entries_digest(entries)
    pot = list(entries)
    winners: list[Entry] = []
    draw_round = 0
    while pot and len(winners) < count:
        roll = hashlib.sha256(f"{seed}:{digest}:{draw_round}".encode("ascii")).digest()
        won = pot[int.from_bytes(roll, "big") % len(pot)]
        winners.append(won)
        pot = [e for e in pot if e.entrant != won.entrant]
        draw_round += 1
    return winners


def parse_entry(line: str) -> Entry:
    """An entry line as published ("12 K7M2Q 5"); ValueError if it is not one."""
    number, ticket, entrant = line.split()
    return Entry(int(number), ticket, int(entrant))


@dataclass(frozen=True, slots=True)
class RecordCheck:
    sealed: bool  # the revealed seed hashes to the published commitment
    winners: tuple[str, ...]  # recomputed from the seed and the entries
    published: tuple[str, ...]  # what the record says won

    @property
    def holds(self) -> bool:
        return self.sealed and self.winners == self.published


def check_record(text: str) -> RecordCheck:
    """Check a draw's public record (DrawService.published) from its own lines alone;
    ValueError if it is not a drawn draw's record."""
    head, _, body = text.partition("\n\n")
    fields = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    if "seed" not in fields or "winning" not in fields:
        raise ValueError("not the record of a drawn draw (no seed or winning line)")
    entries = [parse_entry(line) for line in body.splitlines() if line.strip()]
    seed = fields["seed"]
    won = pick_winners(seed, entries, int(fields.get("winners", "1")))
    published = tuple(t for t in fields["winning"].split() if t != "-")
    return RecordCheck(
        commitment(seed) == fields.get("commitment"), tuple(e.ticket for e in won), published
    )
