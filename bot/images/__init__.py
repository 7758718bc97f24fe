"""Pictures the bot sends: the stamp card, the member card and the /stats chart.

Drawing takes tens of milliseconds of CPU, so it runs in a worker thread and never holds up
other customers' replies; a picture is an extra, so if drawing fails the reply goes as text.

The drawing modules (Pillow, fontTools, segno; matplotlib for the chart) are imported by
their callers when the first picture is drawn, not at start-up: about 7 MB that a worker
process, or a bot whose customers have not yet asked for a card, never holds. What the
callers need before that (the words on each picture, `drawn`) loads none of them.
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
