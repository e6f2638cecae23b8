"""Rebuild corpus/times/gold.jsonl from the annotation records in corpus/times/annotations/.

dev:     vnx's output at the time (dev_preannotation.jsonl), every item then checked by hand, with the
         hand edits in dev_edits.txt (del / val / repl / add / anchor).
heldout: annotated by hand from the article text alone (heldout.txt, only add / anchor), before vnx was
         run on these articles; vnx was then improved on its errors there.
heldout2: annotated the same way (heldout2.txt), scored blind once (commit ba56b20), then used for fixes too.
heldout3: annotated the same way (heldout3.txt) after the last change to vnx, scored blind once (commit 80c352f), then used for fixes too.
heldout4: annotated the same way (heldout4.txt) after the last change to vnx (commit 35bd9e3), scored once.
heldout5: annotated the same way (heldout5.txt) after the code was frozen (commit c23aede), scored once; a wider draw
         rule (see the file's header) because held-out 4 used up the articles with a lead date.
heldout6: annotated the same way (heldout6.txt) after the code was frozen (commit 2ae3dfd), scored once; the rule of
         held-out 5 with random.Random(2028).
heldout7: annotated the same way (heldout7.txt) after the code was frozen (commit fd0548c), scored once; the rule of
         held-out 5 with random.Random(2029).
heldout8: annotated the same way (heldout8.txt) after the code was frozen (commit b4e591c), scored once; the rule of
         held-out 5 with random.Random(2030) (all 15 articles left); heldout8_ids.json is the draw, the articles
         dropped there (no anchor line in heldout8.txt, see its header) are left out.
heldout9: annotated the same way (heldout9.txt) with the code frozen at commit 2268c35, scored once; a wider rule (dashed
         day-months count too) with random.Random(2031); heldout9_ids.json is the draw, dropped articles left out as for 8.
heldout10: annotated the same way (heldout10.txt) with the code frozen at commit 56dee60, scored once; the rule of 9 with
         random.Random(2032) (heldout10_ids.json) and 5 more with random.Random(2033) (heldout10_extra_ids.json).
heldout11: annotated the same way (heldout11.txt) with the code frozen at commit 126910e, scored once; the rule of 9 and
         10 with random.Random(2034) (heldout11_ids.json).
heldout12: annotated the same way (heldout12.txt) with the code frozen at commit 39e929c, scored once; the rule of 9-11
         with random.Random(2035) (heldout12_ids.json).
heldout13: annotated the same way (heldout13.txt) with the code frozen at commit 9a5363d, scored once; the rule of 9-12
         with random.Random(2036) (heldout13_ids.json).
heldout14: annotated the same way (heldout14.txt) with the code frozen at commit 077504e, scored once; the rule of 9-13
         with random.Random(2037) (heldout14_ids.json).
heldout15: annotated the same way (heldout15.txt), drawn by draw_heldout15.py (heldout15_ids.json, heldout15_extra_ids.json); an article whose text
         gives no publication year has ``anchor ID null reason`` (anchor None: values keep what it would give as X).
heldout16: annotated the same way (heldout16.txt) with the code frozen at commit 88ae737, drawn by draw_heldout16.py.
heldout17: annotated the same way (heldout17.txt) with the times code frozen at commit 6f439cc, drawn by draw_heldout17.py.
heldout18: annotated the same way (heldout18.txt) with the times code unchanged since 7a0105e, drawn by draw_heldout18.py
         (heldout18_ids.json, heldout18_extra_ids.json).
heldout19: annotated the same way (heldout19.txt) with the times code frozen at 2a5e1e3, drawn by draw_heldout19.py
         (heldout19_ids.json).
Edit lines: ``add ID "text" VALUE GRANULARITY [n]`` (n-th whole-word occurrence of text in the article),
``del ID "text" [n]`` (the n-th item with that text), ``val ID "text" VALUE GRANULARITY``, ``repl ID "old" "new" VALUE GRANULARITY [n]``,
``anchor ID YYYY-MM-DD reason`` (or ``anchor ID null reason``). ``LUNAR:d/m/yyyy`` in a value is a Vietnamese lunar date, converted
with lunar_vn (UTC+7 calendar). Article texts are read from ../shared and never written here.

    python corpus/times/build_gold.py
"""
from __future__ import annotations

import json
import re
import shlex
import sys
from collections import Counter
from pathlib import Path

import lunar_vn

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.scoring import NEWS  # noqa: E402
from benchmarks.times import family  # noqa: E402
from extractor.text import normalize  # noqa: E402

ANN = HERE / "annotations"


def _edits(name: str) -> list[list[str]]:
    out = []
    for line in (ANN / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(line.split(None, 3) if line.startswith("anchor") else shlex.split(line))
    return out


def _anchored(edits: list[list[str]], id_files: list[str]) -> list[str]:
    """The drawn article ids (in draw order) that have an anchor line in ``edits``; the others were dropped."""
    anchored = {e[1] for e in edits if e[0] == "anchor"}
    return [aid for name in id_files for aid in json.loads((ANN / name).read_text(encoding="utf-8")) if aid in anchored]


def _nth(text: str, s: str, n: int) -> tuple[int, int]:
    """Input offsets of the n-th whole-word occurrence of ``s``, matched in the matching form (the texts mix NFC and NFD)."""
    norm = normalize(text)
    hits = [m.span() for m in re.finditer(r"(?<![\w/])" + re.escape(normalize(s).text) + r"(?![\w/])", norm.text)]
    return norm.to_source(*hits[n - 1]) if len(hits) >= n else (-1, -1)


def _lunar(value: str) -> str:
    return re.sub(r"LUNAR:(\d+)/(\d+)/(\d{4})",
                  lambda m: lunar_vn.convert_lunar_to_solar(int(m[1]), int(m[2]), int(m[3])).isoformat(), value)


def build() -> list[dict]:
    arts = {}
    with NEWS.open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            arts[a["id"]] = a["text"]
    pre = [json.loads(line) for line in (ANN / "dev_preannotation.jsonl").read_text(encoding="utf-8").splitlines()]
    held = json.loads((ANN / "heldout_ids.json").read_text(encoding="utf-8"))
    held2 = json.loads((ANN / "heldout2_ids.json").read_text(encoding="utf-8"))
    held3 = json.loads((ANN / "heldout3_ids.json").read_text(encoding="utf-8"))
    held4 = json.loads((ANN / "heldout4_ids.json").read_text(encoding="utf-8"))
    held5 = json.loads((ANN / "heldout5_ids.json").read_text(encoding="utf-8"))
    held6 = json.loads((ANN / "heldout6_ids.json").read_text(encoding="utf-8"))
    held7 = json.loads((ANN / "heldout7_ids.json").read_text(encoding="utf-8"))
    # held-out 8 onwards: the draw (one or more id files) less the articles dropped there (no anchor line in the edits)
    drawn = {8: ["heldout8_ids.json"], 9: ["heldout9_ids.json"], 10: ["heldout10_ids.json", "heldout10_extra_ids.json"],
             11: ["heldout11_ids.json"], 12: ["heldout12_ids.json"], 13: ["heldout13_ids.json"], 14: ["heldout14_ids.json"],
             15: ["heldout15_ids.json", "heldout15_extra_ids.json"], 16: ["heldout16_ids.json"],
             17: ["heldout17_ids.json"], 18: ["heldout18_ids.json", "heldout18_extra_ids.json"],
             19: ["heldout19_ids.json"]}
    later_edits = {k: _edits(f"heldout{k}.txt") for k in drawn}
    later = {k: _anchored(later_edits[k], files) for k, files in drawn.items()}
    edits = (_edits("dev_edits.txt") + _edits("heldout.txt") + _edits("heldout2.txt") + _edits("heldout3.txt") + _edits("heldout4.txt")
             + _edits("heldout5.txt") + _edits("heldout6.txt") + _edits("heldout7.txt") + [e for k in drawn for e in later_edits[k]])
    work = ([(p["id"], "dev", p) for p in pre] + [(aid, "heldout", None) for aid in held]
            + [(aid, "heldout2", None) for aid in held2] + [(aid, "heldout3", None) for aid in held3]
            + [(aid, "heldout4", None) for aid in held4] + [(aid, "heldout5", None) for aid in held5]
            + [(aid, "heldout6", None) for aid in held6] + [(aid, "heldout7", None) for aid in held7]
            + [(aid, f"heldout{k}", None) for k in drawn for aid in later[k]])
    out, problems = [], []
    for aid, split, p in work:
        text = arts[aid]
        if p is not None:
            anchor = p["anchor"]
            reason = f'lead date "{p["lead"]}" of the first paragraph with the latest year written in the article ({max(p["years"])})'
            items = [dict(x) for x in p["pred"]]
        else:
            anchor, reason, items = "", None, []
        for e in (e for e in edits if e[1] == aid):
            op = e[0]
            if op == "anchor":
                anchor, reason = (None if e[2] == "null" else e[2]), e[3].strip()
                continue
            if op in ("del", "val", "repl"):
                nth = int(e[3]) if op == "del" and len(e) > 3 else 1  # "del ID text n": the n-th item with that text
                hits = sorted((x for x in items if x["text"] == e[2]), key=lambda x: x["start"])
                hit = hits[nth - 1] if len(hits) >= nth else None
                if hit is None:  # vnx changed since the edit was written: checked by hand, see git history
                    problems.append(e)
                    continue
                if op == "del":
                    items.remove(hit)
                    continue
                if op == "val":
                    hit["value"], hit["granularity"] = e[3], e[4]
                    continue
                items.remove(hit)
                e = e[:2] + e[3:]
            span, value, gran = e[2], _lunar(e[3]), e[4]
            start, end = _nth(text, span, int(e[5]) if len(e) > 5 else 1)
            if start < 0:
                raise SystemExit(f"not found: {e}")
            same = [x for x in items if (x["start"], x["end"]) == (start, end)]
            if same:
                same[0]["value"], same[0]["granularity"] = value, gran
            else:
                items.append(dict(text=text[start:end], start=start, end=end, value=value, granularity=gran))
        assert anchor != "", aid
        items.sort(key=lambda x: x["start"])
        for x in items:
            assert text[x["start"]:x["end"]] == x["text"] and x["value"], (aid, x)
            x["family"] = family(x["text"], x["value"], x["granularity"])
        for a, b in zip(items, items[1:]):
            assert a["end"] <= b["start"], (aid, a, b)
        out.append(dict(id=aid, split=split, anchor=anchor, anchor_reason=reason, times=items))
    for e in problems:
        print("edit already reflected in the pre-annotation:", e)
    return out


def main() -> None:
    gold = build()
    with (HERE / "gold.jsonl").open("w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    for split in ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19"):
        arts = [g for g in gold if g["split"] == split]
        fam = Counter(t["family"] for g in arts for t in g["times"])
        print(split, len(arts), "articles", sum(fam.values()), "expressions", dict(fam))


if __name__ == "__main__":
    main()
