"""QR codes as PNG bytes (segno: pure Python, no image library needed)."""

from __future__ import annotations

import io

import segno


def qr_png(content: str, *, scale: int = 8) -> bytes:
    # Medium error correction survives a scratched phone screen under a till scanner.
    code = segno.make(content, error="m", micro=False)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()
