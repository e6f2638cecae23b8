"""Draw held-out 18 (unread): the pool of held-out 17 (``draw_heldout17.py``: the rule and pool of held-out 15 as at
e534e4f, less held-out 15's and 16's articles and less the 178 the events round read) less held-out 17's 30 articles,
and less the 40 sample articles reserved for the blind entity and event sets of other components: those whose id is
named by no file (path or content) under tests/, models/, extractor/, benchmarks/ or corpus/ other than corpus/times/
at RESERVED_AT (8707487, the repository when this draw was made; the rule of ``corpus/entities5/draw.py``). Drawn with
``random.Random(2042)``, after held-out 17 was scored, with the times code unchanged since 7a0105e (the draw's first
commit said 6f439cc, the last change before held-out 17 was scored; 6cfe424 and 7a0105e changed it since, the latter
with identical output). As the 30 held about 100 expressions (held-out 17's 30 held 111), 8 more were drawn by the same
rule from the 81 left (``EXTRA_SEED``), after the 30 were read and annotated and before any was scored or run.

    python corpus/times/draw_heldout18.py   # writes annotations/heldout18_ids.json and heldout18_extra_ids.json;
                                            # prints ids and counts only
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

from draw_heldout15 import NEWS, _git, pool
from draw_heldout17 import events_read

HERE = Path(__file__).resolve().parent
SEED, SIZE = 2042, 30
EXTRA_SEED, EXTRA_SIZE = 2043, 8
RESERVED_AT = "8707487"
SEARCHED = ("tests", "models", "extractor", "benchmarks", "corpus", ":!corpus/times")
ID = re.compile(r"vietnews-\d{6}")


def reserved() -> set[str]:
    """The sample articles named by no file of SEARCHED (path or content) at RESERVED_AT: kept for other blind sets."""
    inside = _git("grep", "-ohE", r"vietnews-[0-9]{6}", RESERVED_AT, "--", *SEARCHED)
    paths = [p for p in _git("ls-tree", "-r", "--name-only", RESERVED_AT, "--", *SEARCHED[:-1]).splitlines()
             if not p.startswith("corpus/times/")]
    named = set(ID.findall(inside)) | set(ID.findall("\n".join(paths)))
    ids = [json.loads(line)["id"] for line in NEWS.read_text(encoding="utf-8").splitlines()]
    return {aid for aid in ids if aid not in named}


def main() -> None:
    ann = HERE / "annotations"
    drawn_before = {aid for f in ("heldout15_ids.json", "heldout15_extra_ids.json", "heldout16_ids.json",
                                  "heldout17_ids.json")
                    for aid in json.loads((ann / f).read_text(encoding="utf-8"))}
    read = events_read()
    left = [aid for aid in pool() if aid not in drawn_before and aid not in read]
    kept = reserved()
    rest = sorted(aid for aid in left if aid not in kept)
    drawn = random.Random(SEED).sample(rest, SIZE)
    (ann / "heldout18_ids.json").write_text(json.dumps(drawn) + "\n", encoding="utf-8")
    print(len(left), "articles left by the rule of held-out 17 less its draw;", len(kept), "reserved for other blind sets,",
          len(left) - len(rest), "of them in it;", len(rest), "in the pool; drawn:", drawn)
    rest = [aid for aid in rest if aid not in drawn]
    extra = random.Random(EXTRA_SEED).sample(rest, EXTRA_SIZE)
    (ann / "heldout18_extra_ids.json").write_text(json.dumps(extra) + "\n", encoding="utf-8")
    print(len(rest), "left; drawn as well:", extra)


if __name__ == "__main__":
    main()
