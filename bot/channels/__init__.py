"""Transport adapters: each turns its platform's events into Incoming and renders Replies."""
