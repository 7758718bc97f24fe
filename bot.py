"""Entry point: `python bot.py --help` lists the commands."""

import gc
import sys

# Importing builds many long-lived objects (pydantic's models of the programme, SQLAlchemy's
# tables) and no garbage: the cyclic collector would only walk them again and again, a
# fifth of `bot.py check`'s time (bench/startup.py). Off while importing; then they are set
# aside for good (gc.freeze: never walked again) and collection goes on for the rest.
gc.disable()

from bot.cli import main  # noqa: E402 (after the collector is off)

gc.freeze()
gc.enable()

if __name__ == "__main__":
    sys.exit(main())
