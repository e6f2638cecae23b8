"""The draw of dev8: entity development articles of the kind blind7 showed vnx to be weakest on (issue #5, session 7).

Pool: the 70 articles of corpus/events annotated for events before session 7 (splits dev, dev2, heldout, heldout2 to
heldout6: varied news drawn by trigger words, not by officials' titles), none of which any entity set annotates.
18 ids by random.Random(7008).sample over the sorted pool, split into three annotation batches of six. Development
only: the entity rules may be tuned on them (they were scored by no one; no figure from them is a blind figure).

Run: ``python corpus/entities8/draw.py`` (prints the ids and batches).
"""
import json
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SPLITS = ("dev", "dev2", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")


def draw_dev8() -> dict:
    pool = sorted(g["id"] for g in (json.loads(f.read_text(encoding="utf-8"))
                                     for f in (REPO / "corpus" / "events").glob("*.gold.json")) if g["split"] in SPLITS)
    taken = {f.name.split(".")[0] for f in (REPO / "corpus").glob("entities*/*.gold.json")}
    pool = [aid for aid in pool if aid not in taken]
    ids = sorted(random.Random(7008).sample(pool, 18))
    return {"pool": len(pool), "dev8": ids, "batches": [ids[0::3], ids[1::3], ids[2::3]]}


if __name__ == "__main__":
    print(json.dumps(draw_dev8(), indent=1))
