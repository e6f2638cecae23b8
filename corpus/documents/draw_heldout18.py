"""The draw of held-out 18 (run once, before its annotation and before any run of vnx on its sentences).

Source: the 800 articles of ``../shared/data/news/vietnews-sample.jsonl``, split into sentences by
``draw_heldout.sentences``, as held-out 17 (the test/val citation pool's symbol-shaped sentences are spent). Left out:
- every article with a sentence in the development set or held-out 1-16 and the two of ``draw_heldout.SEEN_FRAGMENTS``;
- every sentence of held-out 17;
- every sentence that is also in the citation pool (``../shared/data/citations/vietnews-citation-sentences.jsonl``: the
  tenth round listed vnx's output on the pool);
- the 40 articles reserved for the entity and event blind sets: the sample ids named in no file (path or content) under
  tests/, models/, extractor/, benchmarks/ or corpus/ other than corpus/times/, read from git at commit 8707487.
The sentences are classed by ``draw_heldout.classifier`` with the kind words of ``extractor/data/document_kinds.tsv``
at 8707487. Every symbol-shaped (none is left), kind-and-number and capitalised-kind sentence is taken: the material is
too small for a sample, so no seed is involved. Two strata, scored apart as well as together: "new", the articles with
no sentence in any earlier set (blind at the article level: 18 kind-and-number sentences, 116 with a capitalised kind
word, about ten citations), and "h17", the other sentences of held-out 17's articles (blind at the sentence level only:
held-out 17's errors were fixed after its scoring, and an article cites the same document again), taken because the
first stratum alone holds too few citations.

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
    articles = {r["article"] for f in earlier_sets(17) for r in map(json.loads, open(HERE / f, encoding="utf-8"))}
    heldout17 = [json.loads(line) for line in open(HERE / "heldout17.jsonl", encoding="utf-8")]
    taken17 = {(r["article"], r["offset"]) for r in heldout17}
    articles17 = {r["article"] for r in heldout17}
    pool = {json.loads(line)["sentence"] for line in open(SENTENCES, encoding="utf-8")}
    news = [json.loads(line) for line in open(NEWS, encoding="utf-8")]
    kept_out = reserved(a["id"] for a in news)
    classify = classifier(_git("show", f"{FROZEN}:extractor/data/document_kinds.tsv"))
    found = {(stratum, group): set() for stratum in ("new", "h17") for group in ("symbol", "numbered", "kind", None)}
    for art in news:
        if (art["id"] in kept_out or art["source"].split("data/", 1)[1] in articles
                or any(f in art["text"] for f in SEEN_FRAGMENTS)):
            continue
        stratum = "h17" if art["id"] in articles17 else "new"
        for offset, s in sentences(art["text"]):
            if (art["id"], offset) not in taken17 and s not in pool:
                found[stratum, classify(s)].add((art["id"], offset, len(s), hashlib.sha1(s.encode("utf-8")).hexdigest()))
    return {"reserved": len(kept_out),
            **{f"{stratum} {group}": sorted(keys) for (stratum, group), keys in found.items() if group}}


if __name__ == "__main__":
    out = draw()
    print(json.dumps({**out, "counts": {k: len(v) for k, v in out.items() if k != "reserved"}}))
