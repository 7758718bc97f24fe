"""Scheduled jobs (campaigns, reminders, the broadcast outbox)."""
