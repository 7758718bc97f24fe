"""Conversation flows: incoming events in, channel-neutral replies out."""
