"""The ``world`` fixture (a demo table on the test's database) for these tests."""

from __future__ import annotations

from tests.factories import world

__all__ = ["world"]
