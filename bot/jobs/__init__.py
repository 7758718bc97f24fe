"""Work that runs on its own: the scheduler (when to look) and the outbox's sender."""
