"""The draws of held-out sets 4-16 (each run once, before its annotation): 48 symbol-shaped and 12 kind-word-only
sentences, ``random.Random(seed).sample`` over the sorted (article, sha1) keys of the test and val splits, leaving
out every sentence of the earlier sets and, from held-out 5 on, every sentence of an ARTICLE that has a sentence in
an earlier set, so that the set is blind at the article level.

    python corpus/documents/draw_heldout.py N      # N = 4 … 17: prints the draw of held-out N

Held-out 17 is drawn from another source: the test/val pool of symbol-shaped sentences was spent by held-out 16, so its
sentences come from the 800 articles of ``../shared/data/news/vietnews-sample.jsonl`` (vietnews test split) that have no
sentence in any earlier set, split into sentences here (``sentences``); the gold rows name a sentence by the article id,
its offset and length in the article's text and its sha1. The symbol-shaped sentences of those articles are all taken (none
is in the citation pool: look-alikes), then 48 sentences where a kind word is followed by a number ("Nghị định 64", "quyết
định số 1085") or, within eight words, by a year ("Luật Đất đai năm 2013") and 12 other sentences with a capitalised kind
word, each ``random.Random(17017).sample`` over the sorted (id, offset) keys. Two articles are left out whose document
records an earlier session looked at (tests/test_documents.py, ``test_law_names_inside_other_phrases``).
"""
import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SENTENCES = HERE.parents[1].parent / "shared" / "data" / "citations" / "vietnews-citation-sentences.jsonl"
NEWS = HERE.parents[1].parent / "shared" / "data" / "news" / "vietnews-sample.jsonl"
KINDS = HERE.parents[1] / "extractor" / "data" / "document_kinds.tsv"
SHAPE = re.compile(r"\d\s*[/-]\s*(?:\d{4}\s*[/-]\s*)?[A-ZĐ]")
# held-out set -> (seed, code frozen when it was drawn); the earlier sets are the development set and held-out 1 … N-1
DRAWS = {4: (4404, "ccc2242"), 5: (5505, "a9b2c67"), 6: (6606, "733c51f"), 7: (7707, "3b67474"), 8: (8808, "fad89ab"), 9: (9909, "3b1c55d"),
         10: (10010, "c1ce3c0"), 11: (11011, "ea47f73"),
         12: (12012, "1434e61"), 13: (13013, "1434e61"), 14: (14014, "1acb82d"),
         15: (15015, "e80f223"), 16: (16016, "3998063"), 17: (17017, "04895f0")}
# a sentence ends at ".", "!", "?" or "…" before a capital, a digit, a quote or a bracket
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[^\W\d_a-zđ]|[“\"(0-9])")
# the articles whose document records were looked at before (fragments quoted in tests/test_documents.py)
SEEN_FRAGMENTS = ("so với Luật Đặc xá năm 2007", "thảo luận Luật giáo dục ĐH sửa đổi vào năm 2018")


def earlier_sets(n: int) -> list[str]:
    return ["gold.jsonl", "heldout.jsonl", *(f"heldout{i}.jsonl" for i in range(2, n))]


def sentences(text: str):
    """(offset, sentence) of an article's text: its paragraphs split at a sentence end."""
    pos = 0
    for para in text.split("\n"):
        start = pos
        for m in [*_SENTENCE_END.finditer(para), None]:
            end = m.start() if m else len(para)
            if para[start - pos:end].strip():
                yield start, para[start - pos:end]
            if m:
                start = pos + m.end()
        pos += len(para) + 1


def classifier(kinds_tsv: str):
    """A sentence's class for the sample draws, from the kind words of a ``document_kinds.tsv`` text: "symbol"
    (symbol-shaped), "numbered" (a kind word followed by a number, or by a year within eight words), "kind" (another
    capitalised kind word) or None."""
    lines = [x for x in kinds_tsv.splitlines() if x and not x.startswith("#")]
    kinds = sorted({x.split("\t")[0] for x in lines[1:]}, key=len, reverse=True)  # the first line is the header
    kind = "|".join(map(re.escape, kinds))
    cited = re.compile(rf"(?<!\w)(?:{kind})\s+(?:số\s*:?\s*)?\d|(?<!\w)(?:{kind})\s+(?:[^\W\d_]+\s+){{0,8}}?(?:năm\s+)?(?:19|20)\d\d(?!\d)",
                       re.IGNORECASE)
    capital = re.compile(rf"(?<!\w)(?=[A-ZĐ])(?i:{kind})(?!\w)")

    def classify(s: str):
        if SHAPE.search(s):
            return "symbol"
        if cited.search(s):
            return "numbered"
        return "kind" if capital.search(s) else None
    return classify


def draw_news(seed: int):
    """Held-out 17: symbol-shaped, kind-and-number and capitalised-kind sentences of sample articles in no set."""
    rows = [r for f in earlier_sets(17) for r in map(json.loads, open(HERE / f, encoding="utf-8"))]
    articles = {r["article"] for r in rows}
    classify = classifier(open(KINDS, encoding="utf-8").read())
    found = {"symbol": set(), "numbered": set(), "kind": set(), None: set()}
    for line in open(NEWS, encoding="utf-8"):
        art = json.loads(line)
        if art["source"].split("data/", 1)[1] in articles or any(f in art["text"] for f in SEEN_FRAGMENTS):
            continue
        for offset, s in sentences(art["text"]):
            key = (art["id"], offset, len(s), hashlib.sha1(s.encode("utf-8")).hexdigest())
            found[classify(s)].add(key)
    symbol, numbered, other = found["symbol"], found["numbered"], found["kind"]
    rng = random.Random(seed)
    return sorted(symbol), rng.sample(sorted(numbered), 48), rng.sample(sorted(other), 12), [len(symbol), len(numbered), len(other)]


def draw(n: int):
    seed, _ = DRAWS[n]
    if n == 17:
        return draw_news(seed)
    rows = [r for f in earlier_sets(n) for r in map(json.loads, open(HERE / f, encoding="utf-8"))]
    taken = {(r["article"], r["sha1"]) for r in rows}
    articles = {r["article"] for r in rows} if n >= 5 else set()
    symbol, kind = set(), set()
    for line in open(SENTENCES, encoding="utf-8"):
        row = json.loads(line)
        key = (row["article"], hashlib.sha1(row["sentence"].encode("utf-8")).hexdigest())
        if not row["article"].startswith(("test", "val")) or key in taken or row["article"] in articles:
            continue
        (symbol if SHAPE.search(row["sentence"]) else kind).add(key)
    rng = random.Random(seed)
    # from held-out 16 on the pool may hold fewer than 48 symbol-shaped sentences: all of them are taken (the same call
    # as before for the earlier draws, which had more)
    return rng.sample(sorted(symbol), min(48, len(symbol))), rng.sample(sorted(kind), 12), len(symbol), len(kind)


if __name__ == "__main__":
    if sys.argv[1] == "17":
        sym, num, kin, counts = draw(17)
        print(json.dumps({"symbol": sym, "numbered": num, "kind": kin, "candidates": counts}))
    else:
        sym, kin, n_sym, n_kind = draw(int(sys.argv[1]))
        print(json.dumps({"symbol": sym, "kind": kin, "candidates": [n_sym, n_kind]}))
