"""Event records of vnx against the hand-annotated events of ``corpus/entities`` and ``corpus/events`` (held-out split by default).

Prints event P/R/F1 (an event matches when type and time agree and one participant is shared),
argument P/R/F1 per role ((event type, role, participant) triples), and the accuracy of the time and
location of events paired by type and a shared participant. All matching is ``benchmarks.scoring``'s.

Splits: ``dev`` / ``test`` / ``all`` of ``corpus/entities`` (22 + 10 articles); ``events-dev`` / ``events-heldout`` /
``events`` of ``corpus/events`` (12 + 8 articles drawn after the rules were frozen at 54a976a, see its README);
``events-dev2`` (10 more development articles of ``corpus/events``, drawn by ``draw2.py``); ``events-heldout2`` (8 fresh
held-out articles drawn by ``draw3.py`` in round 6, annotated before vnx was run on them; development since its
score at 4fdec2e); ``events-heldout3`` (8 fresh held-out articles drawn by ``draw4.py`` in round 7, annotated the same way;
development since its score at 518ecaf);
``events-heldout4`` (8 fresh held-out articles drawn by ``draw5.py`` in round 8, annotated the same way; development
since its score at 4581e9b); ``events-heldout5`` (8 fresh held-out articles drawn by ``draw6.py`` in round 9, annotated
the same way; development since its score at bc6fc30); ``events-heldout6`` (8 fresh held-out articles drawn by
``draw7.py`` in round 10 from the reserved odd-numbered articles, annotated the same way before vnx was run on them;
development since its score at c2175cf); ``events-heldout7`` (the 27 articles of ``corpus/entities7/draw.py``, the
last unread ones of the sample, annotated in session 7 before vnx was run on them; scored blind at 533ae41 and be7e9da,
event F1 0.22 and argument F1 0.19 both times; development since); ``events-heldout9`` (the 12 articles of
``corpus/entities9/draw.py``, annotated in session 21 before vnx was run on them; scored blind at 6a01b35, event F1 0.43
and argument F1 0.39; development since); ``events-heldout10`` (the 12 articles of ``corpus/entities10/draw.py``,
annotated in session 22 before vnx was run on them; scored blind at 50342c0, event F1 0.29 and argument F1 0.25;
development since); ``events-heldout11`` (the 12 articles of ``corpus/entities11/draw.py``, annotated in session 23
before vnx was run on them; scored blind at 14bb2e3, event F1 0.46 and argument F1 0.50; development since);
``dev+events-dev`` and
``all-dev`` (``dev``, ``events-dev``, ``events-dev2`` and ``events-heldout2`` to ``events-heldout7``)
for the development material together. ``--errors`` lists missed and spurious events per article, on development splits only.

Run: ``python -m benchmarks.events [--split dev|test|all|events-dev|events-dev2|events-heldout|events-heldout2|events-heldout3|
events-heldout4|events-heldout5|events-heldout6|events-heldout7|events-heldout9|events-heldout10|events-heldout11|events|
dev+events-dev|all-dev]
[--errors]``

Blind figures (each held-out set scored once per freeze: 54a976a before any change, then rounds 3 to 10): see
``corpus/events/README.md``. Round 10, frozen at c2175cf (a clean worktree, one run): events-heldout6 event F1 0.19
(P 0.67, R 0.11; 2/3/18), argument 0.23 (3/3/23); test 0.58 (19/36/29), argument 0.59; events-heldout 0.46 (9/16/23),
argument 0.39.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter

import extractor
from benchmarks import scoring


EVENT_GOLD = scoring.REPO / "corpus" / "events"
SPLITS = ("dev", "test", "all", "events-dev", "events-dev2", "events-heldout", "events-heldout2", "events-heldout3",
          "events-heldout4", "events-heldout5", "events-heldout6", "events-heldout7", "events-heldout9", "events-heldout10",
          "events-heldout11", "events",
          "dev+events-dev", "all-dev")
DEVELOPMENT = ("dev", "events-dev", "events-dev2", "events-heldout2", "events-heldout3", "events-heldout4", "events-heldout5",
               "events-heldout6", "events-heldout7", "events-heldout9", "events-heldout10", "events-heldout11",
               "dev+events-dev", "all-dev")


def load_gold(split: str) -> list[dict]:
    """The gold files of a split (see the module's doc)."""
    if split == "dev+events-dev":
        return load_gold("dev") + load_gold("events-dev")
    if split == "all-dev":
        return sum((load_gold(s) for s in ("dev+events-dev", "events-dev2", "events-heldout2", "events-heldout3",
                                           "events-heldout4", "events-heldout5", "events-heldout6", "events-heldout7")),
                   [])
    if split in ("dev", "test", "all"):
        return scoring.load_gold(split)
    if split not in SPLITS:
        raise ValueError(f"split is one of {SPLITS}, not {split!r}")
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(EVENT_GOLD.glob("*.gold.json"))]
    return [g for g in golds if split == "events" or g["split"] == split.removeprefix("events-")]


def run(split: str) -> dict:
    """Extract every article of ``split`` that has gold events and score the events."""
    golds = [g for g in load_gold(split) if g.get("events")]
    texts = scoring.load_texts(g["id"] for g in golds)
    preds = [scoring.record_to_gold(extractor.extract(texts[g["id"]], id=g["id"])) for g in golds]
    attrs: dict[str, list[int]] = {}
    for g, p in zip(golds, preds):
        for key, (ok, n) in scoring.event_attributes(g, p).items():
            attrs.setdefault(key, [0, 0])
            attrs[key][0] += ok
            attrs[key][1] += n
    return {
        "articles": len(golds),
        "events": scoring.total({"EVENT": scoring.score(g, p)["EVENT"]} for g, p in zip(golds, preds)),
        "arguments": scoring.total(scoring.argument_counts(g, p) for g, p in zip(golds, preds)),
        "attributes": attrs,
        "gold_types": Counter(e["type"] for g in golds for e in g["events"]),
        "pred_types": Counter(e["type"] for p in preds for e in p["events"]),
        "golds": golds,
        "preds": preds,
    }


def _show(e: dict) -> str:
    people = "; ".join(f"{p['role']}:{p['name']}" for p in e.get("participants") or ())
    return f"{e['type']:<11} {e['trigger']!r:<28} {e.get('date')!s:<22} {people}"


def errors(golds: list[dict], preds: list[dict]) -> str:
    """Missed (-) and spurious (+) events per article, by the scorer's one-to-one event matching."""
    lines = []
    for g, p in zip(golds, preds):
        pairs = scoring.match(g["events"], p["events"], scoring.event_match)
        missed = [e for i, e in enumerate(g["events"]) if i not in {a for a, _ in pairs}]
        spurious = [e for j, e in enumerate(p["events"]) if j not in {b for _, b in pairs}]
        if missed or spurious:
            lines.append(f"{g['id']}  ({len(pairs)} matched)")
            lines += [f"  - {_show(e)}" for e in missed] + [f"  + {_show(e)}" for e in spurious]
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=SPLITS, default="test")
    ap.add_argument("--errors", action="store_true", help="list missed and spurious events (development splits only)")
    args = ap.parse_args(argv)
    if args.errors and args.split not in DEVELOPMENT:
        ap.error("--errors is for development splits only: held-out errors are not looked at")
    res = run(args.split)
    print(f"split={args.split}: {res['articles']} articles with gold events\n")
    print(scoring.format_table([("vnx events", res["events"])], ["EVENT"]))
    print()
    args_total = scoring.total([{"all roles": c} for c in res["arguments"].values()])
    print(scoring.format_table([("vnx arguments", {**res["arguments"], **args_total})],
                               [*sorted(res["arguments"]), "all roles"]))
    print("\nOn events paired by type and a shared participant (the same trigger first):")
    paired, gold_n = res["attributes"].get("paired", (0, 0))
    print(f"  paired          {paired}/{gold_n} gold events")
    for key in ("time", "location"):
        ok, n = res["attributes"].get(key, (0, 0))
        print(f"  {key + ' accuracy':<15} {ok}/{n}" + (f" = {ok / n:.2f}" if n else " (nothing to compare)"))
    print("\nEvent types, gold vs vnx:")
    for t in scoring.EVENT_TYPES:
        if res["gold_types"][t] or res["pred_types"][t]:
            print(f"  {t:<12} gold {res['gold_types'][t]:3d}   vnx {res['pred_types'][t]:3d}")
    if args.errors:
        print("\nErrors (- missed gold, + spurious vnx):")
        print(errors(res["golds"], res["preds"]))


if __name__ == "__main__":
    main()
