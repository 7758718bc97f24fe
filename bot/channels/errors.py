"""What stops a channel from starting, said in one line; in a module of its own so the
command line can name it without importing the chat libraries."""

from __future__ import annotations


class ChannelError(Exception):
    """The channel cannot start; str() is one line for the operator."""
