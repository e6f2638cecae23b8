"""The statistical entity model (``vnx_statistical_entities``) alone and merged with the rules.

Scores the gold articles of ``corpus/entities`` three ways, with ``benchmarks.scoring`` (records by
name, and mention offsets): the rules (``vnx_entities``), the CRF's spans alone, and the merge the
model card recommends (``merge`` with ``MERGE_LABELS``, ``MIN_CONFIDENCE``, ``COVER``: places only):
a confident CRF span of those labels that overlaps no rule entity (of any label, titles included) is
added, and one that strictly contains rule entities of other labels replaces them (a person's name
inside a market's name); an added name that the article's records already hold becomes a mention of
that record instead of a new one. Throughput is characters per second of the pipeline with and
without the component (the merge itself is not timed).

The shipped model was trained on the gold of every development split (``gold_splits`` of
``models/train_entities.json``), so its scores there are not a fair estimate:
the fair figures are the cross-validated ones printed by ``python -m models.train_entities``, and, for
the pipeline's own merge (``vnx_statistical_entities`` with ``merge``, records and events included),
``--folds DIR``: each cross-validated article is tagged by the fold model that
``python -m models.train_entities --keep-folds DIR`` kept for it (``DIR/fold{k}/held_out.txt``, a
model that never saw its gold), and the rules are compared with the rules + CRF pipeline, event
scores included.

Run: ``python -m benchmarks.statistical_entities [--split SPLIT] [--folds DIR]`` (the splits of
``benchmarks.entities``; ``test`` and ``new-test`` are the ones the model never trained on)
"""
from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable
from pathlib import Path

from extractor import pipeline, statistical_entities
from extractor.api import make_doc, record_from_doc
from benchmarks import scoring

ALL_LABELS = ("PERSON", "ORGANIZATION", "LOCATION")
# The recommended merge, chosen on the cross-validated dev predictions of models/train_entities.py
# (the pipeline's merge uses the same values: extractor.statistical_entities).
MERGE_LABELS = statistical_entities.MERGE_LABELS
MIN_CONFIDENCE = statistical_entities.MIN_CONFIDENCE
COVER = statistical_entities.COVER
TYPES = ("PERSON", "TITLE", "ORGANIZATION", "LOCATION")
_FIELDS = {"ORGANIZATION": "organizations", "LOCATION": "locations"}
# The gold splits the shipped model trained on (models/train_entities.json).
TRAINING = json.loads((Path(__file__).resolve().parents[1] / "models" / "train_entities.json").read_text(encoding="utf-8"))["training"]


def _is_person_form(name: str, known: str) -> bool:
    """``name`` is ``known`` or its last words ("Dương" of "Nguyễn Xuân Dương")."""
    a, b = scoring.name_key(name).split(), scoring.name_key(known).split()
    return 0 < len(a) <= len(b) and b[-len(a):] == a


def merge(record: dict, rule_spans: Iterable[tuple[str, int, int]], stat_spans: Iterable[tuple], text: str,
          labels: Iterable[str] = MERGE_LABELS, min_confidence: float = MIN_CONFIDENCE, cover: bool = COVER):
    """The rules' record (gold format) and mention set, corrected and completed by the CRF.

    ``rule_spans``: (label, start, end) of every rule entity, titles included; ``stat_spans``:
    (label, start, end, text, confidence) of the CRF, used from ``min_confidence`` on; ``text``:
    the article. A CRF span of ``labels`` is added where it overlaps no rule entity; with
    ``cover``, a CRF organisation or location that strictly contains rule entities of other labels
    only (not titles) replaces them — "Trường tiểu học [Nguyễn Thị Minh Khai]" is a school, not a
    person — and a record left without mentions is dropped. Returns (record, spans).
    """
    rule_spans = sorted(rule_spans)
    names = {(label, a, b): name for label, a, b, name, _ in stat_spans}
    # the pipeline's own decision (extractor.statistical_entities.Merger), so the two cannot drift apart
    merger = statistical_entities.Merger(labels, min_confidence, cover)
    added, removed = merger.decide(rule_spans, [(l, a, b, c) for l, a, b, _, c in stat_spans])
    added = [(label, a, b, names[(label, a, b)]) for label, a, b in added]
    kept = [r for r in rule_spans if r not in removed]
    out = {**record, "people": list(record.get("people") or ()),
           **{f: list(record.get(f) or ()) for f in _FIELDS.values()}}
    for label, a, b in removed:
        forms = [text[x:y] for lab, x, y in kept if lab == label]
        if label == "PERSON":
            out["people"] = [p for p in out["people"] if not _is_person_form(text[a:b], p["name"])
                             or any(_is_person_form(f, p["name"]) for f in forms)]
        elif label in _FIELDS:
            out[_FIELDS[label]] = [n for n in out[_FIELDS[label]] if not scoring.contains(text[a:b], n)
                                   or any(scoring.contains(f, n) for f in forms)]
    # Longer names first, so a short form joins the full name written elsewhere in the article.
    for label, _start, _end, name in sorted(added, key=lambda s: -len(s[3])):
        if label == "PERSON":
            if not any(_is_person_form(name, p["name"]) for p in out["people"]):
                out["people"].append({"name": name, "titles": []})
        else:
            field = _FIELDS[label]
            if not any(scoring.same_name(name, n) or scoring.contains(name, n) for n in out[field]):
                out[field].append(name)
    spans = {(lab, a, b) for lab, a, b in kept} | {(lab, a, b) for lab, a, b, _ in added}
    return out, spans


def outputs(nlp, doc_text: str, doc_id: str | None = None):
    """(rules' record in gold format, rule spans, CRF spans, text) of one article."""
    doc = nlp(make_doc(doc_text, id=doc_id, nlp=nlp))
    record = record_from_doc(doc)
    rule_spans = scoring.record_spans(record)
    stat = [(s.label_, s.start_char, s.end_char, s.text, s._.confidence) for s in doc.spans.get("statistical", ())]
    return scoring.record_to_gold(record), rule_spans, stat, doc_text


def score_systems(golds: list[dict], results: list[tuple[dict, set, list]],
                  variants: dict[str, tuple[Iterable[str], float, bool]] | None = None,
                  alone: str = "CRF alone") -> dict[str, tuple[dict, dict]]:
    """(record counts, span counts) per system: rules, the model alone and each merge variant.

    ``variants``: name -> (labels, minimum confidence, cover), the arguments of ``merge``.
    """
    variants = variants or {"rules + CRF (recommended merge)": (MERGE_LABELS, MIN_CONFIDENCE, COVER)}
    systems: dict[str, list] = {"rules": [], alone: [], **{name: [] for name in variants}}
    for gold, (record, rule_spans, stat, text) in zip(golds, results):
        systems["rules"].append((record, rule_spans))
        crf_record = {"people": [], "organizations": [], "locations": []}
        systems[alone].append(merge(crf_record, [], stat, text, ALL_LABELS, 0.0))
        for name, (labels, min_confidence, cover) in variants.items():
            systems[name].append(merge(record, rule_spans, stat, text, labels, min_confidence, cover))
    out = {}
    for name, rows in systems.items():
        recs = scoring.total(scoring.score(g, r) for g, (r, _) in zip(golds, rows))
        spans = scoring.total(scoring.span_counts(scoring.gold_spans(g), s) for g, (_, s) in zip(golds, rows))
        out[name] = (recs, spans)
    return out


def print_tables(scores: dict[str, tuple[dict, dict]]) -> None:
    names = list(scores)
    print("Records (names; organisations/locations lenient; titles as (person, title) pairs)")
    print(scoring.format_table([(n, scores[n][0]) for n in names], TYPES))
    print("\nMentions (exact character offsets)")
    print(scoring.format_table([(n, scores[n][1]) for n in names], TYPES))


def fair_dev(folds_dir: Path, config: dict | None = None) -> None:
    """Rules vs the rules + CRF pipeline on the cross-validated gold articles, each tagged by the fold model
    that never saw its gold (``DIR/fold{k}/held_out.txt`` lists the articles fold k tags)."""
    folds = {k: path.joinpath("held_out.txt").read_text(encoding="utf-8").split()
             for k, path in enumerate(sorted(folds_dir.glob("fold*")))}
    by_id = {g["id"]: g for split in scoring.ENTITY_SPLITS if split not in ("all", "new")
             for g in scoring.load_gold(split)}
    golds = sorted((by_id[i] for ids in folds.values() for i in ids), key=lambda g: g["id"])
    order = {g["id"]: i for i, g in enumerate(golds)}
    texts = scoring.load_texts(order)
    n_folds = len(folds)
    rules = pipeline.load(statistical=False)
    rows: dict[str, list] = {"rules": [], "rules + CRF (pipeline merge)": []}
    seconds = {name: 0.0 for name in rows}
    for k, ids in folds.items():
        nlp = pipeline.load(statistical=False)
        nlp.add_pipe("vnx_statistical_entities", after="vnx_entities",
                     config={"model": str(folds_dir / f"fold{k}"), "merge": True, **(config or {})})
        for doc_id in ids:
            for name, model in (("rules", rules), ("rules + CRF (pipeline merge)", nlp)):
                started = time.perf_counter()
                record = record_from_doc(model(make_doc(texts[doc_id], id=doc_id, nlp=model)))
                seconds[name] += time.perf_counter() - started
                for m in (*record.organizations, *record.locations, *record.people):
                    assert all(texts[doc_id][x.start:x.end] == x.text for x in m.mentions)
                rows[name].append((order[doc_id], record))
    n_chars = sum(len(texts[g["id"]]) for g in golds)
    print(f"cross-validated gold articles, {n_folds}-fold models from {folds_dir}: {len(golds)} articles, {n_chars} characters "
          f"(the first article of each run includes loading)\n")
    tables = {}
    for name, items in rows.items():
        items.sort(key=lambda x: x[0])
        preds = [scoring.record_to_gold(r) for _, r in items]
        recs = scoring.total(scoring.score(g, p) for g, p in zip(golds, preds))
        spans = scoring.total(scoring.span_counts(scoring.gold_spans(g), scoring.record_spans(r))
                              for g, (_, r) in zip(golds, items))
        tables[name] = (recs, spans)
    print("Records (names; organisations/locations lenient; titles as (person, title) pairs; events)")
    print(scoring.format_table([(n, t[0]) for n, t in tables.items()], (*TYPES, "EVENT")))
    print("\nMentions (exact character offsets)")
    print(scoring.format_table([(n, t[1]) for n, t in tables.items()], TYPES))
    print("\nSpeed (whole pipeline, events included)")
    for name in rows:
        print(f"{name:<30} {n_chars / seconds[name]:10.0f} chars/s")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=scoring.ENTITY_SPLITS, default="test")
    ap.add_argument("--folds", type=Path, default=None,
                    help="dev only: score the pipeline merge with the cross-validation models kept in this directory")
    ap.add_argument("--min-confidence", type=float, default=None, help="with --folds: the merge's confidence floor")
    args = ap.parse_args(argv)
    if args.folds:
        if args.split != "dev":
            ap.error("--folds scores the dev split only")
        config = {} if args.min_confidence is None else {"min_confidence": args.min_confidence}
        fair_dev(args.folds, config)
        return
    golds = scoring.load_gold(args.split)
    texts = scoring.load_texts(g["id"] for g in golds)
    n_chars = sum(len(texts[g["id"]]) for g in golds)

    rules_only = pipeline.load(exclude=("vnx_events",), statistical=False)
    nlp = pipeline.load(exclude=("vnx_events",), statistical=False)
    nlp.add_pipe("vnx_statistical_entities", after="vnx_entities")
    for model in (rules_only, nlp):  # load everything before timing
        model(make_doc(texts[golds[0]["id"]], nlp=model))

    started = time.perf_counter()
    for gold in golds:
        rules_only(make_doc(texts[gold["id"]], nlp=rules_only))
    rules_seconds = time.perf_counter() - started
    started = time.perf_counter()
    results = [outputs(nlp, texts[g["id"]], g["id"]) for g in golds]
    both_seconds = time.perf_counter() - started
    component = nlp.get_pipe("vnx_statistical_entities")
    docs = [nlp.make_doc(texts[g["id"]]) for g in golds]
    started = time.perf_counter()
    for doc in docs:
        component(doc)
    crf_seconds = time.perf_counter() - started

    trained_on = {g["id"] for split in TRAINING["gold_splits"] for g in scoring.load_gold(split)}
    seen = sum(g["id"] in trained_on for g in golds)
    note = f" ({seen} of them training text of the shipped model: not a fair estimate)" if seen else ""
    print(f"split={args.split}: {len(golds)} articles, {n_chars} characters{note}\n")
    print_tables(score_systems(golds, results))
    print("\nSpeed (pipeline without vnx_events)")
    print(f"{'rules':<28} {n_chars / rules_seconds:10.0f} chars/s")
    print(f"{'rules + statistical':<28} {n_chars / both_seconds:10.0f} chars/s")
    print(f"{'statistical component alone':<28} {n_chars / crf_seconds:10.0f} chars/s (on tokenised docs)")


if __name__ == "__main__":
    main()
