"""Pictures the bot sends: the stamp card, the member card and the /stats chart.

Drawing takes tens of milliseconds of CPU, so it runs in a worker thread and never holds up
other customers' replies; a picture is an extra, so if drawing fails the reply goes as text.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import ParamSpec

P = ParamSpec("P")
log = logging.getLogger(__name__)


async def drawn(draw: Callable[P, bytes], /, *args: P.args, **kwargs: P.kwargs) -> bytes | None:
    try:
        return await asyncio.to_thread(draw, *args, **kwargs)
    except Exception:
        # The text of the reply says everything the picture shows; never lose it for this.
        log.exception("could not draw %s", getattr(draw, "__name__", draw))
        return None
