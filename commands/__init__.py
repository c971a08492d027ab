"""Platform-neutral use cases of hubbot: what the bot does, never how a platform draws it."""
