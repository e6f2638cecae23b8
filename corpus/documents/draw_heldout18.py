"""The draw of held-out 18 (run once, before its annotation and before any run of vnx on its sentences).

Source: the 800 articles of ``../shared/data/news/vietnews-sample.jsonl``, split into sentences by
``draw_heldout.sentences``, as held-out 17 (the test/val citation pool's symbol-shaped sentences are spent). Left out:
- every article with a sentence in an earlier set (development, held-out 1-17: blind at the article level) and the two
  of ``draw_heldout.SEEN_FRAGMENTS``;
- every sentence that is also in the citation pool (``../shared/data/citations/vietnews-citation-sentences.jsonl``: the
  tenth round listed vnx's output on the pool);
- the 40 articles reserved for the entity and event blind sets: the sample ids named in no file (path or content) under
  tests/, models/, extractor/, benchmarks/ or corpus/ other than corpus/times/, read from git at commit 8707487.
The sentences are classed by ``draw_heldout.classifier`` with the kind words of ``extractor/data/document_kinds.tsv``
at 8707487. Every symbol-shaped (none is left), kind-and-number and capitalised-kind sentence is taken: the material is
too small for a sample (18 kind-and-number sentences, 116 with a capitalised kind word), so no seed is involved.

    python corpus/documents/draw_heldout18.py     # prints the keys drawn and the counts, never sentence text
"""
import hashlib
import json
import re
import subprocess

from draw_heldout import HERE, NEWS, SEEN_FRAGMENTS, SENTENCES, classifier, earlier_sets, sentences

REPO = HERE.parents[1]
FROZEN = "8707487"
SEARCHED = ("tests", "models", "extractor", "benchmarks", "corpus", ":!corpus/times")
ID = re.compile(r"vietnews-\d{6}")


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=True).stdout


def reserved(ids) -> set[str]:
    """The ids among ``ids`` named neither inside nor by the path of any file of the searched folders at FROZEN."""
    inside = _git("grep", "-ohE", r"vietnews-[0-9]{6}", FROZEN, "--", *SEARCHED)
    paths = "\n".join(p for p in _git("ls-tree", "-r", "--name-only", FROZEN, "--", *SEARCHED[:-1]).splitlines()
                      if not p.startswith("corpus/times/"))
    return set(ids) - set(ID.findall(inside)) - set(ID.findall(paths))


def draw():
    articles = {r["article"] for f in earlier_sets(18) for r in map(json.loads, open(HERE / f, encoding="utf-8"))}
    pool = {json.loads(line)["sentence"] for line in open(SENTENCES, encoding="utf-8")}
    news = [json.loads(line) for line in open(NEWS, encoding="utf-8")]
    kept_out = reserved(a["id"] for a in news)
    classify = classifier(_git("show", f"{FROZEN}:extractor/data/document_kinds.tsv"))
    found = {"symbol": set(), "numbered": set(), "kind": set(), None: set()}
    for art in news:
        if (art["id"] in kept_out or art["id"] in articles or art["source"].split("data/", 1)[1] in articles
                or any(f in art["text"] for f in SEEN_FRAGMENTS)):
            continue
        for offset, s in sentences(art["text"]):
            if s not in pool:
                found[classify(s)].add((art["id"], offset, len(s), hashlib.sha1(s.encode("utf-8")).hexdigest()))
    return {"reserved": len(kept_out), **{k: sorted(found[k]) for k in ("symbol", "numbered", "kind")}}


if __name__ == "__main__":
    out = draw()
    print(json.dumps({**out, "counts": {k: len(out[k]) for k in ("symbol", "numbered", "kind")}}))
