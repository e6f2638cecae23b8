"""The spaCy NER alternative to the CRF, trained on the same silver data, for the comparison in the model card.

Trains spaCy's transition-based NER (``spacy train``, the CPU "efficiency" config of ``spacy init
config`` with ``max_steps`` cut to ``--steps``) on the silver sequences of
``models/train_entities.py`` (rules' output on the news sample minus the 32 gold articles; the
last 5 % of sequences serve as spaCy's own dev set), then scores it on the dev gold articles
alone and merged with the rules, side by side with a silver-only CRF trained by the same run.
No gold is used for training, so both models are scored fairly on the whole dev split; the test
split is never read. Nothing is shipped from here.

Run from the repository root: ``python -m models.spacy_ner_baseline [--cache FILE] [--steps 3000]``
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

from benchmarks import scoring
from benchmarks import statistical_entities as bench
from extractor import pipeline
from extractor.api import make_doc, record_from_doc
from extractor.statistical_entities import LABELS, Featurizer
from models.train_entities import CONFIG, silver_examples, train


def docbin(vocab, rows, tags) -> DocBin:
    """One spaCy Doc per silver sequence: its syllables and BIO tags (labels as vnx names them)."""
    out = DocBin()
    for seq_rows, seq_tags in zip(rows, tags):
        ents = [t[:2] + LABELS[t[2:]] if t != "O" else t for t in seq_tags]
        out.add(Doc(vocab, words=[r[0] for r in seq_rows], ents=ents))
    return out


def spacy_spans(ner_nlp, doc, featurizer) -> list[Span]:
    """The spaCy NER spans of a vnx Doc, line by line on the same syllable tokens as the CRF."""
    spans = []
    for seq in featurizer.sequences(doc):
        tagged = ner_nlp(Doc(ner_nlp.vocab, words=[t.text for t in seq]))
        spans += [Span(doc, seq[e.start].i, seq[e.end - 1].i + 1, label=e.label_) for e in tagged.ents]
    return spans


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=None, help="JSON file caching the silver sequences")
    ap.add_argument("--steps", type=int, default=3000)
    args = ap.parse_args(argv)
    config = json.loads(CONFIG.read_text(encoding="utf-8"))
    golds = scoring.load_gold("all")
    dev = [g for g in golds if g["split"] == "dev"]
    gold_ids = {g["id"] for g in golds}
    with scoring.NEWS.open(encoding="utf-8") as fh:
        articles = sorted((json.loads(line) for line in fh), key=lambda a: a["id"])
    texts = {a["id"]: a["text"] for a in articles}
    nlp = pipeline.load(exclude=("vnx_events",), statistical=False)
    featurizer = Featurizer(nlp, config)
    rows, tags = silver_examples(nlp, featurizer, [a for a in articles if a["id"] not in gold_ids], args.cache)

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        cut = len(rows) * 95 // 100
        blank = spacy.blank("xx")
        docbin(blank.vocab, rows[:cut], tags[:cut]).to_disk(tmp / "train.spacy")
        docbin(blank.vocab, rows[cut:], tags[cut:]).to_disk(tmp / "dev.spacy")
        subprocess.run([sys.executable, "-m", "spacy", "init", "config", str(tmp / "ner.cfg"), "--lang", "xx",
                        "--pipeline", "ner", "--optimize", "efficiency"], check=True)
        subprocess.run([sys.executable, "-m", "spacy", "train", str(tmp / "ner.cfg"), "--output", str(tmp / "out"),
                        "--paths.train", str(tmp / "train.spacy"), "--paths.dev", str(tmp / "dev.spacy"),
                        "--training.max_steps", str(args.steps), "--training.eval_frequency", "500"], check=True)
        ner_nlp = spacy.load(tmp / "out" / "model-best")
        size = sum(f.stat().st_size for f in (tmp / "out" / "model-best").rglob("*") if f.is_file())
        train(rows, tags, tmp / "crf", config)

        crf_nlp = pipeline.load(exclude=("vnx_events",), statistical=False)
        crf_nlp.add_pipe("vnx_statistical_entities", after="vnx_entities", config={"model": str(tmp / "crf")})
        crf_results = [bench.outputs(crf_nlp, texts[g["id"]], g["id"]) for g in dev]
        spacy_results = []
        for g in dev:
            doc = nlp(make_doc(texts[g["id"]], id=g["id"], nlp=nlp))
            record = record_from_doc(doc)
            stat = [(s.label_, s.start_char, s.end_char, s.text, 1.0) for s in spacy_spans(ner_nlp, doc, featurizer)]
            spacy_results.append((scoring.record_to_gold(record), scoring.record_spans(record), stat, texts[g["id"]]))
    variants = {"rules + model (PER)": (("PERSON",), 0.0, False), "rules + model (all)": (bench.ALL_LABELS, 0.0, False)}
    print(f"\nDev ({len(dev)} articles), spaCy NER trained on silver only ({args.steps} steps, {size / 1e6:.1f} MB)")
    bench.print_tables(bench.score_systems(dev, spacy_results, variants, alone="spaCy alone"))
    print(f"\nDev ({len(dev)} articles), CRF trained on silver only")
    bench.print_tables(bench.score_systems(dev, crf_results, variants))


if __name__ == "__main__":
    main()
