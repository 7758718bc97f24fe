"""The real bot process (`python bot.py run`, `web` or `worker`) started and stopped by tests."""

from __future__ import annotations

import asyncio
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tests.helpers.fake_telegram import FakeTelegram
from tests.helpers.processes import BOT_PY, bot_env


@dataclass
class BotProcess:
    process: asyncio.subprocess.Process
    db_path: Path
    log_path: Path
    log_file: BinaryIO

    def log(self) -> str:
        return self.log_path.read_text("utf-8", errors="replace")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def start_bot(
    fake: FakeTelegram | None,
    tmp_path: Path,
    command: str = "run",
    name: str = "bot",
    **env: str,
) -> BotProcess:
    """`python bot.py <command>` in the background, logging to `<name>.log`; on the fake Bot
    API unless `fake` is None; on `tmp_path/bot.db` unless env sets DATABASE_URL."""
    db_path = tmp_path / "bot.db"
    log_path = tmp_path / f"{name}.log"
    telegram = {"TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE": fake.base} if fake else {}
    environment = bot_env(DATABASE_URL=f"sqlite+aiosqlite:///{db_path}", **telegram)
    # Every bot process listens (the dashboard, the health check): on a port of its own.
    environment.update(WEB_HOST="127.0.0.1", WEB_PORT=str(free_port()))
    environment.update(env)
    log_file = log_path.open("wb")
    process = await asyncio.create_subprocess_exec(
        *BOT_PY,
        command,
        cwd=tmp_path,
        env=environment,
        stdout=log_file,
        stderr=asyncio.subprocess.STDOUT,
    )
    return BotProcess(process, db_path, log_path, log_file)


async def stop_bot(bot: BotProcess) -> None:
    if bot.process.returncode is None:
        bot.process.terminate()
        await asyncio.wait_for(bot.process.wait(), 20)
    bot.log_file.close()
    assert bot.process.returncode == 0, bot.log()
    assert "Traceback" not in bot.log(), bot.log()
