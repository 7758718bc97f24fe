"""Customers brought in from a CSV file: paper stamp cards, a spreadsheet, another app.

1. upload: the file is kept (at most 5 MB and 20 000 lines) and its columns are guessed;
2. check (the dry run): every line is read as it would be imported, and said to create a
   customer, to duplicate an existing member or an earlier line (same phone number), or to
   be wrong, and why; nothing is written;
3. run: the lines that create a customer are written in batches, each batch in one
   transaction, each line once (a run resumed after a crash skips the lines already done).

An imported customer has no chat yet. Their balance enters the ledger as an opening
balance (`opening`: not earned in the tier window; `opening-earned` when the owner says it
counts), their stamps as a card in progress. The first chat identity whose number the
platform vouches for (WhatsApp's own number, a contact shared on Telegram) claims them
(bot/loyalty/customers.py).
"""

from __future__ import annotations

import asyncio
import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from bot.clock import Clock
from bot.db import Database
from bot.languages import Language, as_language
from bot.loyalty import ledger, search_words
from bot.loyalty.codes import MEMBER_CODE_LENGTH, REFERRAL_CODE_LENGTH, new_code
from bot.loyalty.context import Actor, EngineContext
from bot.loyalty.customers import phone_key
from bot.loyalty.errors import ImportRefused
from bot.program import MAX_POINTS
from bot.text import plain_text
from models import (
    Customer,
    CustomerImport,
    ImportedLine,
    LedgerKind,
    StampCard,
    StampCardStatus,
    TierAchievement,
)

FIELDS = ("name", "phone", "language", "points", "stamps", "joined", "birthday")
MAX_BYTES = 5 * 1024 * 1024
DONE, FORGOTTEN = "done", "forgotten"
# A file uploaded and never imported (or an import never finished) is forgotten after this.
KEPT_UNFINISHED = timedelta(days=7)
MAX_LINES = 20_000
BATCH = 250
CODE_ATTEMPTS = 5
# Column headers an owner's file is likely to have, in the four languages, per field.
_HEADERS = {
    "name": ("name", "full name", "customer", "jina", "όνομα", "ονοματεπώνυμο", "ስም"),
    "phone": ("phone", "mobile", "telephone", "simu", "namba ya simu", "τηλέφωνο", "κινητό", "ስልክ"),
    "language": ("language", "lang", "lugha", "γλώσσα", "ቋንቋ"),
    "points": ("points", "balance", "pointi", "πόντοι", "ነጥብ", "ነጥቦች"),
    "stamps": ("stamps", "mihuri", "σφραγίδες", "ማህተም", "ማህተሞች"),
    "joined": ("joined", "member since", "alijiunga", "εγγραφή", "ተቀላቀለ"),
    "birthday": ("birthday", "date of birth", "siku ya kuzaliwa", "γενέθλια", "ልደት"),
}
_LANGUAGE_NAMES = {
    "english": "en",
    "kiingereza": "en",
    "kiswahili": "sw",
    "swahili": "sw",
    "ελληνικά": "el",
    "greek": "el",
    "አማርኛ": "am",
    "amharic": "am",
}


@dataclass(frozen=True, slots=True)
class Line:
    """One data line as it would be imported. `number` is the line in the file (the
    header is line 1), as a spreadsheet shows it."""

    number: int
    status: str  # "create", "duplicate" or "error"
    name: str | None = None
    phone: str | None = None
    language: Language | None = None
    points: int = 0
    stamps: int = 0
    joined: date | None = None
    birthday: date | None = None
    # Why it is not created: a Fluent id (locales/*/imports.ftl) and its values.
    problem: str | None = None
    problem_args: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Upload:
    import_id: int
    headers: tuple[str, ...]
    mapping: dict[str, str]


@dataclass(frozen=True, slots=True)
class Progress:
    import_id: int
    status: str
    total: int
    done: int
    created: int
    skipped: int
    filename: str


def read_table(content: bytes) -> tuple[list[str], list[list[str]]]:
    """The header and the rows of a CSV file: UTF-8 (with or without a BOM, as Excel
    writes it) or Windows' Latin; comma, semicolon or tab between the values."""
    if len(content) > MAX_BYTES:
        raise ImportRefused("too-large")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = content.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise ImportRefused("not-csv")
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]
    if len(rows) < 2:
        raise ImportRefused("empty")
    if len(rows) - 1 > MAX_LINES:
        raise ImportRefused("too-many-lines")
    return [h.strip() for h in rows[0]], rows[1:]


def guess_mapping(headers: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for field, names in _HEADERS.items():
        for header in headers:
            if header.strip().casefold() in names and header not in mapping.values():
                mapping[field] = header
                break
    return mapping


def _day(text: str) -> date | None:
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, pattern).date()  # noqa: DTZ007 (a calendar day)
        except ValueError:
            continue
    return None


class ImportService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def upload(self, filename: str, content: bytes, *, actor: Actor) -> Upload:
        headers, rows = read_table(content)
        async with self._ctx.db.write() as session:
            row = CustomerImport(
                staff_id=actor.staff_id,
                filename=plain_text(filename)[:200] or "customers.csv",
                content=content,
                mapping=guess_mapping(headers),
                total=len(rows),
                created_at=self._ctx.clock.now(),
            )
            session.add(row)
            await session.flush()
            return Upload(row.id, tuple(headers), dict(row.mapping))

    async def _load(self, import_id: int) -> CustomerImport:
        async with self._ctx.db.read() as session:
            row = await session.get(CustomerImport, import_id)
        if row is None:
            raise ImportRefused("unknown")
        return row

    async def _file(self, import_id: int) -> CustomerImport:
        """The import with its file, which is kept only until the import is done."""
        row = await self._load(import_id)
        if row.status in (DONE, FORGOTTEN):
            raise ImportRefused("unknown")
        return row

    async def headers(self, import_id: int) -> Upload:
        row = await self._file(import_id)
        headers, _ = read_table(row.content)
        return Upload(row.id, tuple(headers), dict(row.mapping))

    async def configure(
        self, import_id: int, mapping: dict[str, str], *, counts_for_tiers: bool
    ) -> None:
        row = await self._file(import_id)
        headers, _ = read_table(row.content)
        chosen = {f: h for f, h in mapping.items() if f in FIELDS and h in headers}
        async with self._ctx.db.write() as session:
            await session.execute(
                update(CustomerImport)
                .where(CustomerImport.id == import_id, CustomerImport.status == "uploaded")
                .values(mapping=chosen, counts_for_tiers=counts_for_tiers)
            )

    async def check(self, import_id: int) -> list[Line]:
        """The dry run: every line as it would be imported. Writes nothing."""
        row = await self._file(import_id)
        headers, rows = read_table(row.content)
        columns = {field: headers.index(h) for field, h in row.mapping.items() if h in headers}
        slots = self._ctx.program.stamps.slots
        lines = [
            self._read(number, values, columns, slots)
            for number, values in enumerate(rows, start=2)
        ]
        keys = {phone_key(line.phone) for line in lines if line.status == "create"}
        known = await self._members_with(keys - {None})
        seen: dict[str, int] = {}
        out: list[Line] = []
        for read in lines:
            key = phone_key(read.phone)
            checked = read
            if read.status == "create" and key in known:
                checked = _duplicate(read, "import-duplicate-member", {"code": known[key]})
            elif read.status == "create" and key in seen:
                checked = _duplicate(read, "import-duplicate-line", {"line": str(seen[key])})
            if key is not None and key not in seen:
                seen[key] = read.number
            out.append(checked)
        return out

    def _read(self, number: int, values: list[str], columns: dict[str, int], slots: int) -> Line:
        def get(field: str) -> str:
            index = columns.get(field)
            return values[index].strip() if index is not None and index < len(values) else ""

        def wrong(message: str, **args: str) -> Line:
            return Line(number, "error", problem=message, problem_args=tuple(args.items()))

        name = plain_text(get("name"))[:100] or None
        phone = get("phone")
        if phone_key(phone) is None or any(c.isalpha() for c in phone):
            return wrong("import-error-phone", value=phone[:40])
        language: Language | None = None
        if get("language"):
            text = get("language").casefold()
            found = as_language(_LANGUAGE_NAMES.get(text, text))
            if found is None:
                return wrong("import-error-language", value=get("language")[:40])
            language = found
        points = get("points") or "0"
        if not points.isdigit() or int(points) > MAX_POINTS:
            return wrong("import-error-points", value=points[:40])
        stamps = get("stamps") or "0"
        if not stamps.isdigit() or int(stamps) > slots:
            return wrong("import-error-stamps", value=stamps[:40], slots=str(slots))
        joined = _day(get("joined")) if get("joined") else None
        if get("joined") and (joined is None or joined > self._today()):
            return wrong("import-error-date", value=get("joined")[:40])
        birthday = _day(get("birthday")) if get("birthday") else None
        if get("birthday") and birthday is None:
            return wrong("import-error-date", value=get("birthday")[:40])
        return Line(
            number,
            "create",
            name=name,
            phone="".join(c for c in phone if c.isdigit() or c == "+")[:32],
            language=language,
            points=int(points),
            stamps=int(stamps),
            joined=joined,
            birthday=birthday,
        )

    def _today(self) -> date:
        return self._ctx.clock.now().astimezone(self._ctx.program.shop.tz).date()

    async def _members_with(self, keys: set[str | None]) -> dict[str, str]:
        found: dict[str, str] = {}
        wanted = [k for k in keys if k is not None]
        async with self._ctx.db.read() as session:
            for start in range(0, len(wanted), 500):
                rows = await session.execute(
                    select(Customer.phone_key, Customer.member_code).where(
                        Customer.phone_key.in_(wanted[start : start + 500]),
                        Customer.erased_at.is_(None),
                    )
                )
                found.update({str(k): str(code) for k, code in rows})
        return found

    async def progress(self, import_id: int) -> Progress:
        row = await self._load(import_id)
        return Progress(
            row.id, row.status, row.total, row.done, row.created, row.skipped, row.filename
        )

    async def run(
        self,
        import_id: int,
        *,
        actor: Actor,
        stop: asyncio.Event | None = None,
    ) -> Progress:
        """Write the lines that create a customer; safe to run again after a crash. Once
        `stop` is set (the process is stopping) it ends after the batch it is writing and
        the import stays "running" until it is continued. An import already done does
        nothing more (a second press)."""
        if (await self._load(import_id)).status == DONE:
            return await self.progress(import_id)
        lines = await self.check(import_id)
        row = await self._file(import_id)
        async with self._ctx.db.write() as session:
            await session.execute(
                update(CustomerImport)
                .where(CustomerImport.id == import_id)
                .values(status="running", total=len(lines))
            )
            done_before = set(
                await session.scalars(
                    select(ImportedLine.line).where(ImportedLine.import_id == import_id)
                )
            )
        kind = LedgerKind.OPENING_EARNED if row.counts_for_tiers else LedgerKind.OPENING
        pending = [line for line in lines if line.number not in done_before]
        for start in range(0, len(pending), BATCH):
            batch = pending[start : start + BATCH]
            if stop is not None and stop.is_set():
                return await self.progress(import_id)
            for attempt in range(CODE_ATTEMPTS):
                try:
                    await self._write(import_id, batch, kind, actor)
                    break
                except IntegrityError:
                    # A drawn member or invitation code that someone already has (at a
                    # million members, one batch in a hundred): the batch was rolled back
                    # whole; it is written again with fresh codes.
                    if attempt == CODE_ATTEMPTS - 1:
                        raise
        async with self._ctx.db.write() as session:
            created = await session.scalar(
                select(func.count()).where(
                    ImportedLine.import_id == import_id, ImportedLine.customer_id.is_not(None)
                )
            )
            await session.execute(
                update(CustomerImport)
                .where(CustomerImport.id == import_id)
                .values(
                    status=DONE,
                    # The file names every customer in it: once they are members, the
                    # members' own rows are what is kept (and what erasure clears).
                    content=b"",
                    done=len(lines),
                    created=int(created or 0),
                    skipped=len(lines) - int(created or 0),
                    finished_at=self._ctx.clock.now(),
                )
            )
        return await self.progress(import_id)

    async def _write(
        self, import_id: int, batch: list[Line], kind: LedgerKind, actor: Actor
    ) -> None:
        program = self._ctx.program
        now = self._ctx.clock.now()
        tz = program.shop.tz
        async with self._ctx.db.write() as session:
            created = 0
            searchable: list[tuple[int, str | None, str | None]] = []
            for line in batch:
                customer_id: int | None = None
                if line.status == "create":
                    joined = (
                        datetime.combine(line.joined, time(12), tzinfo=tz) if line.joined else now
                    )
                    qualifying = line.points if kind is LedgerKind.OPENING_EARNED else 0
                    tier = program.tier_for(qualifying)
                    customer = Customer(
                        member_code=new_code(MEMBER_CODE_LENGTH),
                        referral_code=new_code(REFERRAL_CODE_LENGTH),
                        name=line.name,
                        phone=line.phone,
                        phone_key=phone_key(line.phone),
                        language=line.language or program.shop.default_language,
                        birthday=line.birthday,
                        # Not a change made today: a birthday bonus is not held back for it.
                        birthday_set_at=joined if line.birthday else None,
                        marketing_consent=False,  # consent is asked in the chat, not assumed
                        points_balance=0,
                        tier_key=tier.key,
                        joined_at=joined,
                        imported_at=now,
                    )
                    session.add(customer)
                    await session.flush()
                    customer_id = customer.id
                    searchable.append((customer_id, line.name, line.phone))
                    session.add(
                        TierAchievement(customer_id=customer.id, tier_key=tier.key, reached_at=now)
                    )
                    if line.points:
                        await ledger.post(
                            session,
                            customer,
                            kind=kind,
                            amount=line.points,
                            now=now,
                            key=f"import:{import_id}:{line.number}",
                            actor=actor,
                            note="opening balance",
                        )
                    if line.stamps:
                        full = line.stamps == program.stamps.slots
                        session.add(
                            StampCard(
                                customer_id=customer.id,
                                slots=program.stamps.slots,
                                stamps=line.stamps,
                                status=StampCardStatus.COMPLETED
                                if full
                                else StampCardStatus.ACTIVE,
                                started_at=now,
                                completed_at=now if full else None,
                            )
                        )
                    created += 1
                session.add(
                    ImportedLine(import_id=import_id, line=line.number, customer_id=customer_id)
                )
            await search_words.index_many(session, searchable)
            await session.execute(
                update(CustomerImport)
                .where(CustomerImport.id == import_id)
                .values(
                    done=CustomerImport.done + len(batch),
                    created=CustomerImport.created + created,
                    skipped=CustomerImport.skipped + len(batch) - created,
                )
            )


def _duplicate(line: Line, message: str, args: dict[str, str]) -> Line:
    return Line(line.number, "duplicate", problem=message, problem_args=tuple(args.items()))


async def forget_unfinished(db: Database, clock: Clock) -> int:
    """Files uploaded more than `KEPT_UNFINISHED` ago and not imported: their names and
    numbers are not kept waiting for an import nobody finishes. Returns how many."""
    async with db.write() as session:
        result = await session.execute(
            update(CustomerImport)
            .where(
                CustomerImport.status.not_in((DONE, FORGOTTEN)),
                CustomerImport.created_at < clock.now() - KEPT_UNFINISHED,
            )
            .values(status=FORGOTTEN, content=b"")
            .execution_options(synchronize_session=False)
        )
    return int(getattr(result, "rowcount", 0) or 0)
