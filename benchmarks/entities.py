"""People, (person, title) pairs, organisations and locations: vnx against underthesea's ``ner``.

Both systems read the same gold articles of ``corpus/entities`` (held-out split by default) in the
same run. vnx is scored three times: its rules alone (``vnx_entities``, the whole pipeline as ``extractor.load()``
runs it), the entity layer alone (the same rules without the documents, times and events components: the same
entities, timed for the work underthesea's ``ner`` does), and the rules combined with the
statistical model (``vnx_statistical_entities`` with ``merge``: the CRF's confident organisations and
places added to / correcting the rules' records, see its model card); ``extractor.pipeline.STATISTICAL_BY_DEFAULT``
says which of the rules and the combination ``extractor.load()`` runs by default. Scores are computed by
``benchmarks.scoring`` twice: on the article's records (names, the shared README's conventions) and
on mention offsets (exact start/end per label). Throughput is characters of article text per
second of wall time, after each system has loaded its models. The shipped CRF was trained with the
dev gold, so the combined system's dev figures are optimistic: the fair dev figures are
``python -m benchmarks.statistical_entities --split dev --folds DIR`` (cross-validated models).

Splits: ``dev`` / ``test`` / ``all`` of ``corpus/entities`` (22 + 10 articles); ``new-dev`` / ``new-test`` / ``new``
of the second, independent set ``corpus/entities2`` (7 + 7 articles, see its README; its new-dev errors are
listed in ``corpus/entities2/new-dev-errors.md``); ``dev3`` of the third set ``corpus/entities3`` (8 articles, scored
blind once, then development); ``blind4`` of the fourth set ``corpus/entities4`` (6 articles, scored blind once, then
development); ``blind5`` of the fifth set ``corpus/entities5`` (8 articles, scored blind once, then development); ``blind6`` of the
sixth set ``corpus/entities6`` (5 articles, scored blind once, then development); ``blind7`` of the seventh set
``corpus/entities7`` (27 articles, the last unread ones of the sample, scored blind at 533ae41 and be7e9da, then
development); ``dev8`` of the eighth
set ``corpus/entities8`` (18 development articles of varied news); ``blind9`` of the ninth set ``corpus/entities9`` (12
officials' news articles, scored blind at 6a01b35, then development); ``blind10`` of the tenth set ``corpus/entities10``
(12 more officials' news articles, scored blind at 50342c0 in session 22, then development); ``blind11`` of the
eleventh set ``corpus/entities11`` (12 more officials' news articles, scored blind at 14bb2e3 in session 23, then development).

Run: ``python -m benchmarks.entities [--split dev|test|all|new-dev|new-test|new|dev3|blind4|blind5|blind6|blind7|dev8|blind9|blind10|blind11]``;
``--errors`` lists vnx's misses (FN) and false outputs (FP) article by article instead, on development splits only.
"""
from __future__ import annotations

import argparse
import time

from underthesea import ner, sent_tokenize

from benchmarks import scoring
from extractor import pipeline
from extractor.api import make_doc, record_from_doc

LABELS = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"}
RECORD_TYPES = ("PERSON", "TITLE", "ORGANIZATION", "LOCATION")
SPAN_TYPES = ("PERSON", "TITLE", "ORGANIZATION", "LOCATION")


def _sentences(text: str):
    """(sentence, start offset) for every sentence of every paragraph, as underthesea splits them."""
    cursor = 0
    for paragraph in text.split("\n"):
        for sentence in sent_tokenize(paragraph) if paragraph.strip() else ():
            start = text.find(sentence, cursor)
            if start < 0:  # sent_tokenize changed the sentence: score its entities by name only
                yield sentence, None
                continue
            cursor = start + len(sentence)
            yield sentence, start


def underthesea_entities(text: str) -> list[tuple[str, str, int | None, int | None]]:
    """(label, text, start, end) of the PER/ORG/LOC entities underthesea's ``ner`` tags, sentence by sentence.

    underthesea returns word tokens without offsets; each token is found again in its sentence
    from left to right to recover the offsets (None when a token cannot be found verbatim).
    """
    found = []
    for sentence, base in _sentences(text):
        current = None  # [label, words, start, end]
        pos = 0
        for word, _pos, _chunk, tag in ner(sentence):
            at = sentence.find(word, pos)
            start, end = (None, None) if at < 0 or base is None else (base + at, base + at + len(word))
            if at >= 0:
                pos = at + len(word)
            label = LABELS.get(tag[2:]) if tag != "O" else None
            if tag.startswith("I-") and current and current[0] == label:
                current[1].append(word)
                current[3] = end if end is not None and current[3] is not None else None
                continue
            if current:
                found.append(current)
            # conlleval's reading: an I- tag that does not continue an entity starts one
            current = [label, [word], start, end] if label else None
        if current:
            found.append(current)
    out = []
    for label, words, start, end in found:
        name = text[start:end] if start is not None and end is not None else " ".join(words)
        out.append((label, name, start, end))
    return out


def underthesea_record(entities) -> dict:
    """underthesea's entities in the gold format (it has no titles)."""
    by_label = {lab: [name for label, name, _, _ in entities if label == lab] for lab in LABELS.values()}
    return {"people": [{"name": n, "titles": []} for n in by_label["PERSON"]],
            "organizations": by_label["ORGANIZATION"], "locations": by_label["LOCATION"]}


SYSTEMS = ("vnx rules", "vnx entity layer", "vnx rules + CRF", "underthesea")
# What the entity layer needs (tokenizer, layout, entities): the same people, organisations and places as the whole
# pipeline, without the documents, times and events that underthesea's ``ner`` does not produce either.
NOT_ENTITY_LAYER = ("vnx_documents", "vnx_times", "vnx_events")
DEVELOPMENT_SPLITS = ("dev", "new-dev", "dev3", "blind4", "blind5", "blind6", "blind7", "dev8", "blind9",
                      "blind10", "blind11")  # blind*: development since their blind scoring


def errors(split: str) -> list[str]:
    """Lines listing, per development article and type, the gold items vnx misses (FN) and its outputs the gold
    lacks (FP), as the scorer pairs them."""
    if split not in DEVELOPMENT_SPLITS:
        raise ValueError(f"errors are listed on development splits only {DEVELOPMENT_SPLITS}, not {split!r}")
    golds = scoring.load_gold(split)
    texts = scoring.load_texts(g["id"] for g in golds)
    nlp = pipeline.load()
    lines = []
    for gold in golds:
        record = scoring.record_to_gold(record_from_doc(nlp(make_doc(texts[gold["id"]], id=gold["id"], nlp=nlp))))
        lines.append(f"## {gold['id']}")
        for kind, (items, exact, lenient) in scoring.ENTITY_COMPARISONS.items():
            g_items, p_items = items(gold), items(record)
            paired = scoring.match(g_items, p_items, exact, lenient)
            lines += [f"{kind} FN {g_items[i]}" for i in range(len(g_items)) if i not in {a for a, _ in paired}]
            lines += [f"{kind} FP {p_items[j]}" for j in range(len(p_items)) if j not in {b for _, b in paired}]
    return lines


def run(split: str, repeat: int = 3) -> dict:
    """Score the systems on ``split``; returns the tables' data (counts and timings). The systems take turns
    over ``repeat`` passes and each keeps its fastest, so a busy machine disturbs the ratio less."""
    golds = scoring.load_gold(split)
    texts = scoring.load_texts(g["id"] for g in golds)
    n_chars = sum(len(texts[g["id"]]) for g in golds)

    models = {"vnx rules": pipeline.load(statistical=False),
              "vnx entity layer": pipeline.load(statistical=False, exclude=NOT_ENTITY_LAYER),
              "vnx rules + CRF": pipeline.load(statistical=True)}
    for nlp in models.values():  # load the pipelines before timing
        nlp(make_doc(texts[golds[0]["id"]], nlp=nlp))
    ner("Ông Nguyễn Văn A làm việc tại Hà Nội.")  # load underthesea's model before timing

    results, fastest = {}, {}
    for system in [name for _ in range(repeat) for name in SYSTEMS]:
        outputs, started = [], time.perf_counter()  # only the systems' own work is timed, not the scoring
        for gold in golds:
            text = texts[gold["id"]]
            if system in models:
                nlp = models[system]
                outputs.append(record_from_doc(nlp(make_doc(text, id=gold["id"], nlp=nlp))))
            else:
                outputs.append(underthesea_entities(text))
        seconds = fastest[system] = min(fastest.get(system, float("inf")), time.perf_counter() - started)
        if system in models:
            records = [scoring.record_to_gold(record) for record in outputs]
            spans = [scoring.record_spans(record) for record in outputs]
        else:
            records = [underthesea_record(ents) for ents in outputs]
            spans = [{(lab, s, e) for lab, _, s, e in ents if s is not None} for ents in outputs]
        results[system] = {
            "records": scoring.total(scoring.score(g, r) for g, r in zip(golds, records)),
            "spans": scoring.total(scoring.span_counts(scoring.gold_spans(g), s) for g, s in zip(golds, spans)),
            "seconds": seconds,
            "chars_per_second": n_chars / seconds if seconds else float("inf"),
        }
    results["vnx"] = results["vnx rules + CRF" if pipeline.STATISTICAL_BY_DEFAULT else "vnx rules"]
    results["articles"], results["chars"] = len(golds), n_chars
    return results


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=scoring.ENTITY_SPLITS, default="test")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per system (the fastest counts)")
    ap.add_argument("--errors", action="store_true", help="list vnx's errors per article (development splits only)")
    args = ap.parse_args(argv)
    if args.errors:
        print("\n".join(errors(args.split)))
        return
    res = run(args.split, args.repeat)
    systems = [(name, res[name]) for name in SYSTEMS]
    default = "vnx rules + CRF" if pipeline.STATISTICAL_BY_DEFAULT else "vnx rules"
    print(f"split={args.split}: {res['articles']} articles, {res['chars']} characters; "
          f"extractor.load() runs '{default}'")
    if args.split in ("dev", "all"):
        print("(the shipped CRF was trained with the dev gold: 'vnx rules + CRF' is optimistic here)")
    print("\nRecords (names; organisations/locations lenient; titles as (person, title) pairs)")
    print(scoring.format_table([(name, r["records"]) for name, r in systems], RECORD_TYPES))
    print("\nMentions (exact character offsets)")
    print(scoring.format_table([(name, r["spans"]) for name, r in systems], SPAN_TYPES))
    print("\nSpeed")
    for name, r in systems:
        print(f"{name:<16} {r['seconds']:8.2f} s  {r['chars_per_second']:10.0f} chars/s")
    for name in models_of(systems):
        ratio = res[name]["chars_per_second"] / res["underthesea"]["chars_per_second"]
        print(f"{name} / underthesea throughput: {ratio:.2f}x")
    ratio = res["vnx rules + CRF"]["chars_per_second"] / res["vnx rules"]["chars_per_second"]
    print(f"vnx rules + CRF / vnx rules throughput: {ratio:.2f}x")


def models_of(systems):
    return [name for name, _ in systems if name != "underthesea"]


if __name__ == "__main__":
    main()
