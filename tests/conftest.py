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
