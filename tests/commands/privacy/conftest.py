"""Start the corpus scan as soon as collection shows the corpus test will run, and run that
test last: it waits on the scan, and the rest of the suite runs meanwhile."""

from __future__ import annotations

import sys

import pytest

_CORPUS_TEST = "test_corpus.py::test_recall_and_false_positives"
_CORPUS_MODULE = "tests.commands.privacy.test_corpus"  # imported here only when it will run


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: _CORPUS_TEST in item.nodeid)  # stable: the rest keep order


def pytest_collection_finish(session: pytest.Session) -> None:
    if any(_CORPUS_TEST in item.nodeid for item in session.items):
        from tests.commands.privacy import test_corpus

        test_corpus.start_scanning()


def pytest_sessionfinish(session: pytest.Session) -> None:
    loaded = sys.modules.get(_CORPUS_MODULE)
    if loaded is not None:
        loaded.stop_scanning()  # a run stopped early (-x, Ctrl-C) leaves no workers behind
