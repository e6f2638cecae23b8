"""CI gate: vnx's people, titles, organisations, locations and events on the DEV split of corpus/entities
must stay at or above the F1 floors pinned in benchmarks/floors.json (like trafilatura's pinned-gold gate).

The held-out test split is never read here. Articles come from ../shared at run time.
"""
import json
import pathlib

import pytest

import extractor
from benchmarks import scoring

FLOORS = json.loads((pathlib.Path(__file__).resolve().parents[1] / "benchmarks" / "floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dev_counts():
    assert FLOORS["split"] == "dev", "the gate must not tune on the held-out split"
    golds = scoring.load_gold("dev")
    texts = scoring.load_texts(g["id"] for g in golds)
    records = [extractor.extract(texts[g["id"]], id=g["id"]) for g in golds]
    return len(golds), scoring.total(scoring.score(g, scoring.record_to_gold(r)) for g, r in zip(golds, records))


def test_dev_split_is_the_pinned_gold_set(dev_counts):
    n_articles, counts = dev_counts
    assert n_articles == 22
    for kind in FLOORS["floors"]:
        assert counts[kind].n_gold > 0, kind


@pytest.mark.parametrize("kind", sorted(FLOORS["floors"]))
def test_f1_at_or_above_floor(dev_counts, kind):
    floor = FLOORS["floors"][kind]
    assert 0.0 <= floor <= 1.0
    c = dev_counts[1][kind]
    assert c.f1 >= floor, f"{kind}: F1 {c.f1:.3f} (P {c.precision:.3f} R {c.recall:.3f}, {c.tp}/{c.n_pred}/{c.n_gold}) fell below the pinned floor {floor}"
