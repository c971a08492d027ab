"""Test helpers that are not tests themselves (e.g. the PostgreSQL server for the suite)."""
