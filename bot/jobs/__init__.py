"""Work that runs on its own: the broadcast outbox (and, next, the scheduler)."""
