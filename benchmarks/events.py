"""Event records of vnx against the hand-annotated events of ``corpus/entities`` (held-out split by default).

Prints event P/R/F1 (an event matches when type and time agree and one participant is shared),
argument P/R/F1 per role ((event type, role, participant) triples), and the accuracy of the time and
location of events paired by type and a shared participant. All matching is ``benchmarks.scoring``'s.

Run: ``python -m benchmarks.events [--split dev|test|all]``
"""
from __future__ import annotations

import argparse
from collections import Counter

import extractor
from benchmarks import scoring


def run(split: str) -> dict:
    """Extract every article of ``split`` that has gold events and score the events."""
    golds = [g for g in scoring.load_gold(split) if g.get("events")]
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
    }


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="test")
    args = ap.parse_args(argv)
    res = run(args.split)
    print(f"split={args.split}: {res['articles']} articles with gold events\n")
    print(scoring.format_table([("vnx events", res["events"])], ["EVENT"]))
    print()
    args_total = scoring.total([{"all roles": c} for c in res["arguments"].values()])
    print(scoring.format_table([("vnx arguments", {**res["arguments"], **args_total})],
                               [*sorted(res["arguments"]), "all roles"]))
    print("\nOn events paired by type and a shared participant:")
    paired, gold_n = res["attributes"].get("paired", (0, 0))
    print(f"  paired          {paired}/{gold_n} gold events")
    for key in ("time", "location"):
        ok, n = res["attributes"].get(key, (0, 0))
        print(f"  {key + ' accuracy':<15} {ok}/{n}" + (f" = {ok / n:.2f}" if n else " (nothing to compare)"))
    print("\nEvent types, gold vs vnx:")
    for t in scoring.EVENT_TYPES:
        if res["gold_types"][t] or res["pred_types"][t]:
            print(f"  {t:<12} gold {res['gold_types'][t]:3d}   vnx {res['pred_types'][t]:3d}")


if __name__ == "__main__":
    main()
