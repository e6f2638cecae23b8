"""Shared fixtures: the shared material beside the checkout, and one pipeline per test session."""
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_TEXT = REPO / "corpus" / "seed" / "quang-dien-2024-04-12.txt"
SEED_GOLD = SHARED / "data" / "seed" / "quang-dien-2024-04-12.gold.json"
NEWS = SHARED / "data" / "news" / "vietnews-sample.jsonl"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    if not SEED_GOLD.exists():
        pytest.skip("../shared is not beside the checkout")
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_record(seed_text):
    import extractor

    return extractor.extract(seed_text)


@pytest.fixture(scope="session")
def news() -> dict[str, dict]:
    """The real articles of ../shared/data/news, by id."""
    if not NEWS.exists():
        pytest.skip("../shared is not beside the checkout")
    with NEWS.open(encoding="utf-8") as handle:
        return {row["id"]: row for row in map(json.loads, handle)}


@pytest.fixture(scope="session")
def record_of(news):
    """The record of a sample article, extracted from its text."""
    import extractor

    return lambda article_id: extractor.extract(news[article_id]["text"])


def _sigint_as_in_a_terminal() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture
def terminal_ctrl_c():
    """A ``preexec_fn`` giving a child Ctrl-C as a terminal does: a test run started in the background by a
    non-interactive shell ignores SIGINT, and its children inherit that (vnx then ran to its end, status 0)."""
    return _sigint_as_in_a_terminal
