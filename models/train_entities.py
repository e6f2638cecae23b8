"""Rebuild the vnx statistical entity model (a CRF trained with underthesea_core's ``CRFTrainer``).

Training data (``models/train_entities.json`` configures features and training):

* gold: the mentions of the development splits named by ``gold_splits`` (every entity split that is
  development material; never ``test`` or ``new-test``), repeated ``gold_weight`` times;
* silver, only with ``training.silver`` true (the shipped model has none: distilled from the rules, a
  model knows what they know): the spans of the rules alone (``vnx_entities``, never merged with a CRF:
  ``pipeline.load(statistical=False)``; PERSON, ORGANIZATION, LOCATION; titles are dropped) on the
  articles of ``shared/data/news/vietnews-sample.jsonl`` that may be training text (``silver_pool``):
  not an article of any ``corpus/entities*`` gold set, not an article of the events' still held-out
  split, not one of the reserved pool kept for blind sets (``models/reserved_ids.txt``), and no
  near-duplicate of one.

Steps: (1) ``--cv`` folds of those gold articles (sorted ids, round robin): for each fold a model is
trained on (silver +) the other folds' gold and tags the fold, so every development article is scored
by a model that never saw its gold; the rules, the CRF alone and the rule/CRF merges of
``benchmarks.statistical_entities`` are scored on those predictions (the honest dev figures).
``--silver-only`` also scores a model trained without gold. (2) The final model is trained on
(silver +) all the gold and written to ``extractor/data/models/<name>/`` (``model.crf``,
``features.json``). Models are trained ``--jobs`` at a time in worker processes.

Deterministic: articles in id order, fixed folds, OWL-QN from zero weights (the same predictions;
the byte order of ``model.crf`` may differ). The features read the lexicons and the silver is the
rules' output as they are in the working tree, so rebuild after the rules or lexicons change.

Run from the repository root: ``python -m models.train_entities [--cv 4] [--silver-only] [--no-final]
[--cache FILE] [--dump FILE] [--keep-folds DIR] [--out DIR]``
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from collections import Counter
from concurrent.futures import ProcessPoolExecutor

from underthesea_core import CRFFeaturizer, CRFTrainer

from benchmarks import scoring
from benchmarks import statistical_entities as bench
from extractor import pipeline
from extractor.api import make_doc
from extractor.inputs import InputError
from extractor.statistical_entities import LABELS, Featurizer

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "models" / "train_entities.json"
# Sample articles named in no file of tests/, models/, extractor/, benchmarks/ or corpus/ (corpus/times aside) at
# commit 8707487: the pool the blind entity sets are drawn from, never training text.
RESERVED = ROOT / "models" / "reserved_ids.txt"
# A silver article sharing this share of its 8-word shingles with a never-train article is left out too.
NEAR_DUPLICATE = 0.05
TAG = {v: k for k, v in LABELS.items()}


def bio(doc, sequences, spans) -> list[list[str]]:
    """BIO tags of the token sequences for (label, start_char, end_char) spans; overlaps: the longer wins."""
    tag = {}
    for label, a, b in sorted(spans, key=lambda s: (s[1] - s[2], s[1])):
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or label not in TAG or any(i in tag for i in range(span.start, span.end)):
            continue
        for i in range(span.start, span.end):
            tag[i] = ("B-" if i == span.start else "I-") + TAG[label]
    return [[tag.get(t.i, "O") for t in seq] for seq in sequences]


def gold_mentions(gold: dict) -> list[tuple[str, int, int]]:
    """(label, start, end) of the gold PERSON / ORGANIZATION / LOCATION mentions."""
    return [s for s in scoring.gold_spans(gold) if s[0] in TAG]


def reserved_ids() -> set[str]:
    """The reserved pool (``models/reserved_ids.txt``; ``#`` starts a comment)."""
    lines = (line.partition("#")[0].strip() for line in RESERVED.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line}


def never_train_ids() -> set[str]:
    """Sample articles whose text is never training text: every article of a ``corpus/entities*`` gold set
    (the development splits' gold is read as gold, not as silver), of the events' held-out split, and of the
    reserved pool."""
    ids = {g["id"] for path in sorted(ROOT.glob("corpus/entities*/*.gold.json"))
           for g in [json.loads(path.read_text(encoding="utf-8"))]}
    ids |= {g["id"] for path in sorted(ROOT.glob("corpus/events/*.gold.json"))
            for g in [json.loads(path.read_text(encoding="utf-8"))] if g["split"] == "heldout"}
    return ids | reserved_ids()


def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = text.lower().split()
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def silver_pool(articles: list[dict], excluded: set[str]) -> list[dict]:
    """The articles the silver is made from: every article except those of ``excluded`` and those sharing
    ``NEAR_DUPLICATE`` or more of their 8-word shingles with one of them (the same story told twice)."""
    banned = [s for a in articles if a["id"] in excluded and (s := _shingles(a["text"]))]
    pool = []
    for article in articles:
        if article["id"] in excluded:
            continue
        own = _shingles(article["text"])
        if not any(len(own & other) >= NEAR_DUPLICATE * min(len(own), len(other)) for other in banned if own):
            pool.append(article)
    return pool


def silver_examples(nlp, featurizer, articles, cache: Path | None):
    """(rows, tags) sequences of the rules' output on ``articles`` (read from / written to ``cache``)."""
    if cache and cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    rows, tags = [], []
    for n, art in enumerate(articles):
        try:
            doc = nlp(make_doc(art["text"], id=art["id"], nlp=nlp))
        except (InputError, ValueError) as err:  # not an article, or the tokenizer cannot align it
            print(f"silver: skipped {art['id']}: {str(err)[:80]}", file=sys.stderr)
            continue
        spans = [(s.label_, s.start_char, s.end_char) for s in doc.spans["entities"]]
        sequences = featurizer.sequences(doc)
        rows += featurizer.rows(doc, sequences)
        tags += bio(doc, sequences, spans)
        if n % 100 == 0:
            print(f"silver: {n}/{len(articles)} articles", file=sys.stderr)
    if cache:
        cache.write_text(json.dumps([rows, tags], ensure_ascii=False), encoding="utf-8")
    return rows, tags


def train(rows, tags, out_dir: Path, config: dict) -> Path:
    """Train a CRF on (rows, tags) and write ``model.crf`` + ``features.json`` into ``out_dir``."""
    params = config["training"]
    trainer = CRFTrainer()
    trainer.set_l1_penalty(params["c1"])
    trainer.set_l2_penalty(params["c2"])
    trainer.set_max_iterations(params["max_iterations"])
    started = time.perf_counter()
    x = CRFFeaturizer(config["templates"], set()).process(rows)
    # Attributes seen fewer than min_attribute_count times are dropped: the model file stores every
    # attribute it was trained with, and the rare ones (about 70 %) carry no reliable weight.
    counts = Counter(a for seq in x for token in seq for a in token)
    keep = {a for a, n in counts.items() if n >= params["min_attribute_count"]}
    model = trainer.train([[[a for a in token if a in keep] for token in seq] for seq in x], tags)
    print(f"trained on {len(rows)} sequences, {sum(map(len, rows))} tokens in "
          f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save(str(out_dir / "model.crf"))
    features = {k: config[k] for k in ("name", "lexicons", "templates")}
    features["labels"] = sorted({t for seq in tags for t in seq})
    (out_dir / "features.json").write_text(json.dumps(features, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out_dir


def with_gold(rows, tags, dev_data: dict, ids, weight: int):
    """The silver sequences plus the gold sequences of the dev articles ``ids``, each ``weight`` times."""
    rows, tags = list(rows), list(tags)
    for _ in range(weight):
        for i in ids:
            rows += dev_data[i][0]
            tags += dev_data[i][1]
    return rows, tags


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", type=int, default=None, help="dev folds (default: the config's cv_folds; 0 = skip)")
    ap.add_argument("--no-final", action="store_true", help="only cross-validate; do not write the model")
    ap.add_argument("--cache", type=Path, default=None, help="JSON file caching the silver sequences")
    ap.add_argument("--out", type=Path, default=None, help="model directory (default: extractor/data/models/<name>)")
    ap.add_argument("--silver-only", action="store_true", help="also score a model trained without any gold")
    ap.add_argument("--dump", type=Path, default=None, help="write the cross-validated dev predictions to this JSON file")
    ap.add_argument("--jobs", type=int, default=2, help="models trained in parallel")
    ap.add_argument("--keep-folds", type=Path, default=None,
                    help="keep the cross-validation models in this directory (fold0, fold1, ...) instead of a temporary one, "
                         "for scoring the merged pipeline fairly: python -m benchmarks.statistical_entities --split dev --folds DIR")
    args = ap.parse_args(argv)
    config = json.loads(CONFIG.read_text(encoding="utf-8"))
    params = config["training"]
    folds = params["cv_folds"] if args.cv is None else args.cv
    dev_data: dict[str, tuple[list, list]] = {}
    out_dir = args.out or ROOT / "extractor" / "data" / "models" / config["name"]

    dev = sorted((g for split in params["gold_splits"] for g in scoring.load_gold(split)), key=lambda g: g["id"])
    with scoring.NEWS.open(encoding="utf-8") as fh:
        articles = sorted((json.loads(line) for line in fh), key=lambda a: a["id"])
    dev_texts = {a["id"]: a["text"] for a in articles if a["id"] in {g["id"] for g in dev}}

    nlp = pipeline.load(exclude=("vnx_events",), statistical=False)
    featurizer = Featurizer(nlp, config)
    if params["silver"]:
        silver_articles = silver_pool(articles, never_train_ids())
        rows, tags = silver_examples(nlp, featurizer, silver_articles, args.cache)
    elif args.silver_only:
        sys.exit("--silver-only: this configuration trains without silver (training.silver is false)")
    else:
        rows, tags, silver_articles = [], [], []
    print(f"silver: {len(silver_articles)} of {len(articles)} articles, {len(rows)} sequences, "
          f"{sum(map(len, rows))} tokens; gold: {len(dev)} articles of {params['gold_splits']}", file=sys.stderr)

    for g in dev:
        doc = nlp(make_doc(dev_texts[g["id"]], id=g["id"], nlp=nlp))
        sequences = featurizer.sequences(doc)
        dev_data[g["id"]] = (featurizer.rows(doc, sequences), bio(doc, sequences, gold_mentions(g)))

    def evaluate(model_dir: Path, articles: list[dict]) -> list:
        tagger = pipeline.load(exclude=("vnx_events",), statistical=False)
        tagger.add_pipe("vnx_statistical_entities", after="vnx_entities", config={"model": str(model_dir)})
        return [bench.outputs(tagger, dev_texts[g["id"]], g["id"]) for g in articles]

    weight = params["gold_weight"]
    with tempfile.TemporaryDirectory() as tmp_dir, ProcessPoolExecutor(max_workers=args.jobs) as pool:
        jobs = {}
        tmp = args.keep_folds or tmp_dir
        for k in range(folds):
            other = [g["id"] for i, g in enumerate(dev) if i % folds != k]
            jobs[k] = pool.submit(train, *with_gold(rows, tags, dev_data, other, weight), Path(tmp) / f"fold{k}", config)
        if args.silver_only:
            jobs["silver"] = pool.submit(train, rows, tags, Path(tmp) / "silver-only", config)
        if not args.no_final:
            jobs["final"] = pool.submit(train, *with_gold(rows, tags, dev_data, dev_data, weight), out_dir, config)
        order, results = [], []
        for k in range(folds):
            held = [g for i, g in enumerate(dev) if i % folds == k]
            order += held
            results += evaluate(jobs[k].result(), held)
            (Path(tmp) / f"fold{k}" / "held_out.txt").write_text("".join(g["id"] + "\n" for g in held), encoding="utf-8")
        if folds:
            source = "silver + " if params["silver"] else ""
            report(f"Dev, {folds}-fold cross-validation ({source}the other folds' gold x{weight}; "
                   f"{len(dev)} articles, each tagged by a model that never saw its gold)", order, results, args.dump)
        if args.silver_only:
            report(f"Dev, silver-only model (no gold at all; {len(dev)} articles)",
                   dev, evaluate(jobs["silver"].result(), dev), None)
        if not args.no_final:
            jobs["final"].result()
            size = sum(f.stat().st_size for f in out_dir.iterdir())
            print(f"\nwrote {out_dir.relative_to(ROOT) if out_dir.is_relative_to(ROOT) else out_dir} ({size / 1e6:.1f} MB)")


def report(heading: str, golds: list[dict], results: list, dump: Path | None) -> None:
    """Print the rules / CRF / merge tables for the merge variants; optionally dump the predictions."""
    print(f"\n{heading}")
    bench.print_tables(bench.score_systems(golds, results, VARIANTS))
    if dump:
        dump.write_text(json.dumps([{"id": g["id"], "record": r[0], "rule_spans": sorted(r[1]), "crf": r[2]}
                                    for g, r in zip(golds, results)], ensure_ascii=False), encoding="utf-8")


VARIANTS = {
    "rules + CRF (add PER)": (("PERSON",), 0.0, False),
    "rules + CRF (add all)": (bench.ALL_LABELS, 0.0, False),
    "rules + CRF (add all, conf>=0.9)": (bench.ALL_LABELS, 0.9, False),
    "rules + CRF (ORG + LOC, conf>=0.7)": (("ORGANIZATION", "LOCATION"), 0.7, True),
    "rules + CRF (recommended)": (bench.MERGE_LABELS, bench.MIN_CONFIDENCE, bench.COVER),
}

if __name__ == "__main__":
    main()
