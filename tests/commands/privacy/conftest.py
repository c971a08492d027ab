"""Start the corpus scan as soon as collection shows the corpus test will run."""

from __future__ import annotations

import pytest

from tests.commands.privacy import test_corpus

_CORPUS_TEST = "test_corpus.py::test_recall_and_false_positives"


def pytest_collection_finish(session: pytest.Session) -> None:
    if any(_CORPUS_TEST in item.nodeid for item in session.items):
        test_corpus.start_scanning()


def pytest_sessionfinish(session: pytest.Session) -> None:
    test_corpus.stop_scanning()  # a run stopped early (-x, Ctrl-C) leaves no workers behind
