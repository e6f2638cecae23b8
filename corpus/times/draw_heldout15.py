"""Draw held-out 15 (unread) from the sample articles that no earlier time set used or touched.

The day-month + year rule of held-out 9-14 is used up (one article left), so this draw takes every article of the
sample that:

- is in no split of gold.jsonl and in no earlier draw (``annotations/*_ids.json``), nor one of the articles read and
  dropped for held-out 5 (011686, 019830, 020450, 001383; they are in no id file);
- holds a written date or year cue, a day-month ``\\b\\d{1,2}[/-]\\d{1,2}\\b`` or a year ``\\b(19|20)\\d\\d\\b``, so that it
  has time expressions to annotate (articles whose only times are words such as "hôm qua" are left out);
- was not touched by the development of vnx's times: not named by id in ``tests/``, the commit messages or the grammar,
  and holding none of the quoted fragments (at least 12 characters) of ``tests/test_times.py``,
  ``extractor/data/time_words.yaml`` or the commit messages that changed ``extractor/times.py``, ``time_words.yaml`` or
  ``tests/test_times.py`` (earlier rounds read vnx's output on sample articles outside the draws and quoted what they fixed there).

Each drawn article is then annotated by hand from its text alone. Its anchor follows the README's anchor rules where
the text gives the publication date's year (a lead date with the latest year written, or a year the text implies);
where it does not, the article is annotated with ``anchor null``: every value keeps what the publication date would
have given as X ("Chiều 12/4" -> XXXX-04-12, "hôm qua" -> XXXX-XX-XX, "năm ngoái" -> XXXX), and the benchmark runs vnx
without an anchor and dateparser with its default base on it, and compares those values exactly (an X matches only X:
filling it in is the guess the issue forbids).

The pool is computed from the repository as at BASE (the commit before the draw), so running the script again draws
the same articles. As the 20 first drawn hold only 88 expressions (earlier sets held 110-190), 10 more were drawn, unread,
by the same rule from the articles left (``EXTRA_SEED``), after the 20 were annotated and before any was scored.

    python corpus/times/draw_heldout15.py   # writes annotations/heldout15_ids.json and heldout15_extra_ids.json
"""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.scoring import NEWS  # noqa: E402

BASE = "e534e4f"  # the repository when the draw was made: the pool is computed from it, so the draw can be repeated
SEED, SIZE = 2038, 20
EXTRA_SEED, EXTRA_SIZE = 2039, 10
DROPPED_FOR_5 = {"vietnews-011686", "vietnews-019830", "vietnews-020450", "vietnews-001383"}
CUE = re.compile(r"\b\d{1,2}[/-]\d{1,2}\b|\b(19|20)\d\d\b")
QUOTED = re.compile(r"[\"'“‘]([^\"'”’\n]{12,}?)[\"'”’]")


def _fold(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).lower().split())


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def _at_base(path: str) -> str:
    return _git("show", f"{BASE}:{path}")


def _touched() -> tuple[set[str], set[str]]:
    """Article ids named in the tests, and the quoted fragments of the times tests, the time grammar and the commit
    messages of the times code: what development of the times wrote down (as at BASE)."""
    log = _git("log", BASE, "--format=%B", "--", "extractor/times.py", "extractor/data/time_words.yaml", "tests/test_times.py")
    times = [log] + [_at_base(p) for p in ("tests/test_times.py", "extractor/data/time_words.yaml")]
    tests = [_at_base(p) for p in _git("ls-tree", "--name-only", BASE, "tests/").split() if p.endswith(".py")]
    named = {aid for t in times + tests for aid in re.findall(r"vietnews-\d{6}", t)}
    return named, {_fold(m[1]) for t in times for m in QUOTED.finditer(t) if re.search(r"\w{3}", m[1])}


def pool() -> list[str]:
    used = {json.loads(line)["id"] for line in _at_base("corpus/times/gold.jsonl").splitlines()}
    for f in _git("ls-tree", "--name-only", BASE, "corpus/times/annotations/").split():
        if f.endswith("_ids.json"):
            used |= set(json.loads(_at_base(f)))
    used |= DROPPED_FOR_5
    named, frags = _touched()
    out = []
    for line in NEWS.read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        if a["id"] in used or a["id"] in named or not CUE.search(a["text"]):
            continue
        text = _fold(a["text"])
        if any(f in text for f in frags):
            continue
        out.append(a["id"])
    return sorted(out)


def main() -> None:
    ids = pool()
    drawn = random.Random(SEED).sample(ids, SIZE)
    (HERE / "annotations" / "heldout15_ids.json").write_text(json.dumps(drawn) + "\n", encoding="utf-8")
    print(len(ids), "articles in the pool; drawn:", drawn)
    rest = [aid for aid in ids if aid not in drawn]
    extra = random.Random(EXTRA_SEED).sample(rest, EXTRA_SIZE)
    (HERE / "annotations" / "heldout15_extra_ids.json").write_text(json.dumps(extra) + "\n", encoding="utf-8")
    print(len(rest), "left; drawn as well:", extra)


if __name__ == "__main__":
    main()
