"""Memory a job freed goes back to the system (bot/memory.py), not kept for good by malloc."""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

from bot.memory import give_back

ROOT = Path(__file__).resolve().parents[2]

# In a fresh process, so what else the test run holds cannot blur the figures: 48 MB in
# blocks of 64 KB (below malloc's threshold for a mapping of their own, so they come from
# its heap), each followed by a small block that is still held when they are freed, as a
# job leaves what it built and dropped among what lives on: the heap cannot shrink from its
# top by itself. What the process holds is measured before and after.
SCRIPT = """
import sys
sys.path.insert(0, ".")
from bot.memory import give_back

def resident_mb():
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024

blocks, kept = [], []
for _ in range(768):
    blocks.append(bytearray(64 * 1024))
    kept.append(bytearray(1024))
del blocks
before = resident_mb()
trimmed = give_back()
print(trimmed, round(before - resident_mb()))
"""


def test_memory_freed_in_the_middle_of_the_heap_goes_back_to_the_system() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True
    )
    trimmed, given_back_mb = done.stdout.split()
    assert trimmed == "True"
    # Without give_back() the 48 MB stay with the process (0 MB given back).
    assert int(given_back_mb) >= 40


def test_giving_back_says_whether_the_c_library_can() -> None:
    # glibc has malloc_trim; musl (Alpine) and macOS have none, and nothing is done there.
    assert give_back() is (platform.libc_ver()[0] == "glibc")
