"""CI gate: vnx's people, titles, organisations, locations and events on the development articles must stay at or
above the F1 floors pinned in benchmarks/floors.json (like trafilatura's pinned-gold gate): the DEV split of
corpus/entities, the world-news development half (new-dev) of corpus/entities2, corpus/entities3 (dev3),
corpus/entities5, corpus/entities6, corpus/entities7, corpus/entities9, corpus/entities10 and corpus/entities11 (blind5,
blind6, blind7, blind9, blind10, blind11: development since their blind scoring), and corpus/entities8 (dev8); events and
their arguments also on all 106 development articles with gold events (all-dev) and on the blind event sets
events-heldout9, events-heldout10 and events-heldout11 since their blind scoring.

The held-out splits (test, new-test) are never read here. Articles come from ../shared at run time.
"""
import json
import pathlib

import pytest

import extractor
from benchmarks import scoring

FLOORS = json.loads((pathlib.Path(__file__).resolve().parents[1] / "benchmarks" / "floors.json").read_text(encoding="utf-8"))
GATES = {"dev": (FLOORS["split"], FLOORS["floors"], 22),
         "world_news": (FLOORS["world_news"]["split"], FLOORS["world_news"]["floors"], 7),
         "domestic_news": (FLOORS["domestic_news"]["split"], FLOORS["domestic_news"]["floors"], 8),
         "blind5": (FLOORS["blind5"]["split"], FLOORS["blind5"]["floors"], 8),
         "blind6": (FLOORS["blind6"]["split"], FLOORS["blind6"]["floors"], 5),
         "blind7": (FLOORS["blind7"]["split"], FLOORS["blind7"]["floors"], 27),
         "dev8": (FLOORS["dev8"]["split"], FLOORS["dev8"]["floors"], 18),
         "blind9": (FLOORS["blind9"]["split"], FLOORS["blind9"]["floors"], 12),
         "blind10": (FLOORS["blind10"]["split"], FLOORS["blind10"]["floors"], 12),
         "blind11": (FLOORS["blind11"]["split"], FLOORS["blind11"]["floors"], 12)}


@pytest.fixture(scope="module", params=sorted(GATES))
def gate(request):
    split, floors, n_expected = GATES[request.param]
    assert split in ("dev", "new-dev", "dev3", "blind5", "blind6", "blind7", "dev8", "blind9", "blind10",
                     "blind11"), \
        "the gate must not tune on a held-out split"
    golds = scoring.load_gold(split)
    texts = scoring.load_texts(g["id"] for g in golds)
    records = [extractor.extract(texts[g["id"]], id=g["id"]) for g in golds]
    counts = scoring.total(scoring.score(g, scoring.record_to_gold(r)) for g, r in zip(golds, records))
    return split, floors, n_expected, len(golds), counts


def test_gate_reads_its_pinned_gold_set(gate):
    split, floors, n_expected, n_articles, counts = gate
    assert n_articles == n_expected, split
    for kind in floors:
        assert counts[kind].n_gold > 0, (split, kind)


def test_f1_at_or_above_floors(gate):
    split, floors, _, _, counts = gate
    for kind, floor in floors.items():
        assert 0.0 <= floor <= 1.0
        c = counts[kind]
        assert c.f1 >= floor, (f"{split} {kind}: F1 {c.f1:.3f} (P {c.precision:.3f} R {c.recall:.3f}, "
                               f"{c.tp}/{c.n_pred}/{c.n_gold}) fell below the pinned floor {floor}")


EVENT_GATES = {"all_dev_events": ("all-dev", 106), "officials_events9": ("events-heldout9", 12),
               "officials_events10": ("events-heldout10", 11), "officials_events11": ("events-heldout11", 11)}  # floors.json key -> split, articles with gold events


@pytest.mark.parametrize("key", sorted(EVENT_GATES))
def test_events_and_arguments_on_development_articles_at_or_above_floors(key):
    """The events gates: all 106 development articles with gold events (``benchmarks.events --split all-dev``), and the
    three blind sets of officials' news since their blind scores (events-heldout9, events-heldout10, events-heldout11)."""
    from benchmarks import events

    gate = FLOORS[key]
    split, n_articles = EVENT_GATES[key]
    assert gate["split"] == split and split in events.DEVELOPMENT, "the gate must not tune on a held-out split"
    result = events.run(split)
    assert result["articles"] == n_articles
    arguments = scoring.total([{"all roles": c} for c in result["arguments"].values()])["all roles"]
    for kind, counts in (("EVENT", result["events"]["EVENT"]), ("ARGUMENTS", arguments)):
        assert counts.f1 >= gate["floors"][kind], (f"{split} {kind}: F1 {counts.f1:.3f} (P {counts.precision:.3f} "
                                                   f"R {counts.recall:.3f}) fell below the pinned floor {gate['floors'][kind]}")
