"""The draw of corpus/entities9 (blind9 / events-heldout9), run once before any drawn article was read and before vnx
was run on them (session 21, issues #5 and #6).

Rule, fixed before any article was read: articles of shared/data/news/vietnews-sample.jsonl that no entity or event
gold set annotates (no ``*.gold.json`` or annotation file under corpus/entities*/, corpus/events/ or corpus/seed/ names
them at FROZEN), that the read-only testers of sessions 19 and 20 did not read (TESTER_READ: they read vnx's output on
them and helpers fixed what they found), of 900-2,600 characters (annotation budget), whose text holds at least three
whole-word, case-insensitive occurrences of title words of extractor/data/titles.tsv, of at least two distinct words
(the rule of corpus/entities2: officials' news, where (person, title) pairs live). 12 ids by
``random.Random(2121).sample`` over the sorted eligible ids, split into three annotation batches of about equal length
(greedy, longest first).

Exposure: every sample article's records are diffed and partly read by helpers each session, and unannotated sample
articles may be silver training text of the statistical model; none of these was annotated or read by a tester.

Run: ``python corpus/entities9/draw.py`` (prints ids, lengths and batches, never article text).
"""
import json
import random
import re
import subprocess
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
NEWS = REPO.parent / "shared" / "data" / "news" / "vietnews-sample.jsonl"
FROZEN = "1ec65ae"
ID = re.compile(r"vietnews-\d{6}")
BATCHES = 3
# The articles the session-19 and session-20 testers read (their reports, /tmp/s19 and /tmp/s20, name them).
TESTER_READ = """000163 000903 002107 002445 003022 003067 003085 003333 003355 003434 003438 003869 004163 004239 004364 004976 004981
005088 005213 005350 006221 006269 006815 008207 008298 008579 009357 009490 009531 009995 010213 010224 010294 010355
011282 011454 011483 011757 011854 011915 012000 012329 013233 014488 015014 015085 015257 016423 016810 016869 017163
017341 018156 018777 018823 019097 019229 019360 019772 019955 020274 020372 020445 020571 020790 021068 021303 021547
021579 021763 021938 022026 022302 022372 022404""".split()


def _norm(s: str) -> str:
    return unicodedata.normalize("NFC", s).lower()


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=True).stdout


GOLD_FOLDERS = ("corpus/entities", "corpus/entities2", "corpus/entities3", "corpus/entities4", "corpus/entities5",
                "corpus/entities6", "corpus/entities7", "corpus/entities8", "corpus/events", "corpus/seed")


def annotated_ids(frozen: str = FROZEN, folders: tuple[str, ...] = GOLD_FOLDERS) -> set[str]:
    """Ids of every article an entity or event gold set annotates at ``frozen`` (gold file names and annotation files)."""
    paths = _git("ls-tree", "-r", "--name-only", frozen, "--", *folders).split()
    taken = set()
    for path in paths:
        taken |= set(ID.findall(path))
        if Path(path).name.startswith("annotations") or path.endswith(".gold.json"):
            taken |= set(ID.findall(_git("show", f"{frozen}:{path}")))
    return taken


def draw_officials_news(frozen: str, taken: set[str], seed: int) -> dict:
    """The rule of this draw at ``frozen``, outside ``taken``, with ``seed``: 12 articles of officials' news, in batches
    (also corpus/entities10/draw.py's)."""
    rows = [line.split("\t")[0] for line in _git("show", f"{frozen}:extractor/data/titles.tsv").splitlines()
            if line.strip() and not line.startswith("#")][1:]  # skip the header
    words = sorted({_norm(w) for w in rows}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    length, eligible = {}, []
    for line in open(NEWS, encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in taken or not 900 <= len(row["text"]) <= 2600:
            continue
        hits = pattern.findall(_norm(row["text"]))
        if len(hits) >= 3 and len(set(hits)) >= 2:
            eligible.append(row["id"])
            length[row["id"]] = len(row["text"])
    drawn = random.Random(seed).sample(sorted(eligible), 12)
    batches = [[] for _ in range(BATCHES)]
    for aid in sorted(drawn, key=lambda a: (-length[a], a)):
        min(batches, key=lambda b: sum(length[a] for a in b)).append(aid)
    return {"excluded": len(taken), "eligible": len(eligible), "ids": {a: length[a] for a in sorted(drawn)},
            "batches": [sorted(b) for b in batches]}


def draw() -> dict:
    return draw_officials_news(FROZEN, annotated_ids() | {f"vietnews-{n}" for n in TESTER_READ}, 2121)


if __name__ == "__main__":
    print(json.dumps(draw(), indent=1))
