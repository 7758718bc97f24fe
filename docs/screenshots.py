"""Screenshots of the dashboard's main pages, for the README: a demo café (the same one as
`python bot.py demo-data`) on a fresh SQLite file, the dashboard served on loopback, and
Debian's Chromium driven by Playwright, at a phone's width.

    python docs/screenshots.py            # writes docs/screenshots/*.png
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from aiohttp import web
from playwright.async_api import async_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.app import open_app
from bot.demo import fill_demo_shop
from bot.migrate import upgrade
from bot.settings import Settings
from bot.web.routes import register

OUT = Path(__file__).parent / "screenshots"
PAGES = (
    ("overview", "/dashboard/overview?days=90"),
    ("programme", "/dashboard/programme"),
    ("pictures", "/dashboard/programme#brand"),
    ("customers", "/dashboard/customers?q=am"),
    ("import", "/dashboard/import"),
    ("campaigns", "/dashboard/campaigns"),
)


async def main() -> None:
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite+aiosqlite:///{folder / 'demo.db'}"
    await asyncio.to_thread(upgrade, url)
    async with open_app(Settings(database_url=url, web_port=8099)) as app:
        await fill_demo_shop(app.db, app.program, customers=200, days=90, end=datetime.now(UTC))
        owner = await app.loyalty.staff.actor_for((await app.loyalty.staff.owners())[0])
        assert owner is not None
        application = web.Application()
        register(application, app.dashboard_deps())
        runner = web.AppRunner(application)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 8099).start()
        token = await app.loyalty.access.login_link(owner)
        chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or "chromium"
        OUT.mkdir(exist_ok=True)
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=chromium, args=["--no-sandbox"]
            )
            page = await browser.new_page(viewport={"width": 390, "height": 844})
            await page.goto(f"http://127.0.0.1:8099/dashboard/login/{token}")
            await page.get_by_role("button").click()
            await page.wait_for_url("**/dashboard/overview")
            for name, path in PAGES:
                await page.goto(f"http://127.0.0.1:8099{path}")
                # Figures still being counted: the page reloads itself until they are there.
                await page.locator("#computing").wait_for(state="detached", timeout=60_000)
                await page.screenshot(path=str(OUT / f"{name}.png"), full_page=False)
                print(f"docs/screenshots/{name}.png")
            await browser.close()
        await runner.cleanup()
    shutil.rmtree(folder)


if __name__ == "__main__":
    asyncio.run(main())
