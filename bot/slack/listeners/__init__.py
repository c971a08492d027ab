"""Bolt listeners, one kind of Slack request per module, each with ``register``."""
