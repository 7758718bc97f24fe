"""A full disk: the person is told to try again, nothing is half-written, /healthz says 503
until writes go through again. On a real SQLite file in a real (small) file system."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import App, open_app
from bot.clock import ManualClock
from bot.db import Database
from bot.runner import health
from bot.settings import Settings
from models import Customer, StaffRole
from tests.helpers.chat import Chat
from tests.helpers.databases import balance


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs: filled up by the test, as a server's disk fills up with logs."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root (CI runs as root)")
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path) -> Path:
    """Write until the file system has no byte left, as a growing log file would."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)
    with pytest.raises(OSError, match="No space left") as full:
        (disk / "probe").write_bytes(b"\0" * 4096)
    assert full.value.errno == errno.ENOSPC
    return filler


@pytest.fixture
async def app_on_small_disk(small_disk: Path, clock: ManualClock) -> AsyncIterator[App]:
    url = f"sqlite+aiosqlite:///{small_disk / 'loyalty.db'}"
    db = Database(url)
    await db.create_schema()
    await db.dispose()
    async with open_app(Settings(database_url=url), clock=clock) as app:
        yield app


async def test_a_full_disk_is_answered_changes_nothing_and_fails_the_health_check(
    app_on_small_disk: App, small_disk: Path
) -> None:
    app = app_on_small_disk
    healthz = health(app, "all")
    owner = Chat(app, "1")
    eleni = await owner.join("en", name="Eleni")
    await app.loyalty.staff.appoint(eleni, StaffRole.OWNER, by=None)
    customer = Chat(app, "2")
    amina = await customer.join("sw", name="Amina")
    code = (await app.loyalty.customers.get(amina)).member_code
    assert (await healthz(None)).status == 200  # type: ignore[arg-type]

    filler = _fill(small_disk)
    recorded = 0
    refused = False
    for receipt in range(400):  # SQLite reuses its log's space for a while: until it cannot
        await owner.say(f"/award {code} 100 R-{receipt}")
        if owner.text.startswith(app.translator("en", "error-not-recorded")):
            refused = True
            break
        recorded += 10
    assert refused, "the disk never filled up"
    assert await balance(app, amina) == recorded  # the refused purchase left no trace
    assert app.db.writes_failing
    response = await healthz(None)  # type: ignore[arg-type]
    assert response.status == 503
    await customer.say("/balance")  # reading still works on a full disk
    assert str(recorded) in customer.text

    filler.unlink()
    assert (await healthz(None)).status == 200  # type: ignore[arg-type]
    assert not app.db.writes_failing
    await owner.say(f"/award {code} 100 R-again")
    assert await balance(app, amina) == recorded + 10
    async with app.db.read() as session:
        cached = await session.scalar(select(Customer.points_balance).where(Customer.id == amina))
    assert cached == recorded + 10
