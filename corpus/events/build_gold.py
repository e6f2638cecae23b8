"""Write corpus/events/<id>.gold.json from the hand annotations of annotations.yaml.

Each event's trigger is located by `at`, a stretch of the article that occurs once and holds the trigger; the gold
file keeps the trigger with its character offsets into the article's `text` in shared/data/news/vietnews-sample.jsonl
(no article text is stored). `split` comes from draw.py's draw, dev (12) or heldout (8), draw2.py's, dev2 (10), draw3.py's,
heldout2 (8; annotated in annotations3.yaml), draw4.py's, heldout3 (8; annotated in annotations4.yaml), draw5.py's,
heldout4 (8; annotated in annotations5.yaml), draw6.py's, heldout5 (8; annotated in annotations6.yaml), draw7.py's, heldout6 (8; annotated in annotations7.yaml), and corpus/entities7/draw.py's, heldout7 (27; annotated in
annotations8.yaml, with their entities in corpus/entities7/annotations.yaml), and corpus/entities9/draw.py's, heldout9
(12; annotated in annotations9.yaml, with their entities in corpus/entities9/annotations.yaml), and
corpus/entities10/draw.py's, heldout10 (12; annotated in annotations10.yaml, with their entities in
corpus/entities10/annotations.yaml), and corpus/entities11/draw.py's, heldout11 (12; annotated in annotations11.yaml,
with their entities in corpus/entities11/annotations.yaml).

The development files then take the additions of the convention pass of session 23 (convention_pass23.py: a letter and
the request it carries, two events), which leaves the annotators' YAML as they typed it.

Run: python corpus/events/build_gold.py [--check]
"""
import importlib.util
import json
import sys
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from benchmarks.scoring import load_texts  # noqa: E402
from convention_pass23 import amend  # noqa: E402
from draw import draw  # noqa: E402
from draw2 import draw2  # noqa: E402
from draw3 import draw3  # noqa: E402
from draw4 import draw4  # noqa: E402
from draw5 import draw5  # noqa: E402
from draw6 import draw6  # noqa: E402
from draw7 import draw7  # noqa: E402


def nfc_index(text: str) -> tuple[str, list[int]]:
    """The text in NFC (the sample mixes composed and decomposed characters), with the raw offset of each character
    of the NFC string and one past the end."""
    out, where, i = [], [], 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        for ch in unicodedata.normalize("NFC", text[i:j]):
            out.append(ch)
            where.append(i)
        i = j
    return "".join(out), where + [len(text)]


def _entity_draw(folder: str):
    """An entity set's draw.py, loaded by path (its module name, ``draw``, is this folder's draw.py's too)."""
    spec = importlib.util.spec_from_file_location(f"draw_{folder}", REPO / "corpus" / folder / "draw.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build() -> dict[str, dict]:
    spec = yaml.safe_load((HERE / "annotations.yaml").read_text(encoding="utf-8"))
    spec |= yaml.safe_load((HERE / "annotations3.yaml").read_text(encoding="utf-8"))  # events-heldout2, round 6
    spec |= yaml.safe_load((HERE / "annotations4.yaml").read_text(encoding="utf-8"))  # events-heldout3, round 7
    spec |= yaml.safe_load((HERE / "annotations5.yaml").read_text(encoding="utf-8"))  # events-heldout4, round 8
    spec |= yaml.safe_load((HERE / "annotations6.yaml").read_text(encoding="utf-8"))  # events-heldout5, round 9
    spec |= yaml.safe_load((HERE / "annotations7.yaml").read_text(encoding="utf-8"))  # events-heldout6, round 10
    spec |= yaml.safe_load((HERE / "annotations8.yaml").read_text(encoding="utf-8"))  # events-heldout7, session 7
    spec |= yaml.safe_load((HERE / "annotations9.yaml").read_text(encoding="utf-8"))  # events-heldout9, session 21
    spec |= yaml.safe_load((HERE / "annotations10.yaml").read_text(encoding="utf-8"))  # events-heldout10, session 22
    spec |= yaml.safe_load((HERE / "annotations11.yaml").read_text(encoding="utf-8"))  # events-heldout11, session 23
    drawn = draw()
    split = ({i: "dev" for i in drawn["dev"]} | {i: "heldout" for i in drawn["heldout"]}
             | {i: "dev2" for i in draw2()["dev2"]} | {i: "heldout2" for i in draw3()["heldout2"]}
             | {i: "heldout3" for i in draw4()["heldout3"]} | {i: "heldout4" for i in draw5()["heldout4"]}
             | {i: "heldout5" for i in draw6()["heldout5"]} | {i: "heldout6" for i in draw7()["heldout6"]}
             | {i: "heldout7" for i in _entity_draw("entities7").draw_blind7()["ids"]}
             | {i: "heldout9" for i in _entity_draw("entities9").draw()["ids"]}
             | {i: "heldout10" for i in _entity_draw("entities10").draw()["ids"]}
             | {i: "heldout11" for i in _entity_draw("entities11").draw()["ids"]})
    assert set(spec) == set(split), set(spec) ^ set(split)
    texts = load_texts(spec)
    sources = {}
    for line in open(REPO.parent / "shared" / "data" / "news" / "vietnews-sample.jsonl", encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in spec:
            sources[row["id"]] = row["source"]
    out = {}
    for aid in sorted(spec):
        text, events = texts[aid], []
        norm, where = nfc_index(text)

        def locate(at, trig, text=text, norm=norm, where=where):
            """The trigger as written in the article and its offsets, found inside ``at``, a stretch that occurs once."""
            at, trig = unicodedata.normalize("NFC", str(at)), unicodedata.normalize("NFC", str(trig))
            assert norm.count(at) == 1, (aid, at, norm.count(at))
            assert trig in at, (aid, trig, at)
            a = norm.index(at) + at.index(trig)
            start, end = where[a], where[a + len(trig)]
            assert unicodedata.normalize("NFC", text[start:end]) == trig
            return text[start:end], start, end

        for ev in spec[aid] or ():
            _, start, end = locate(ev["at"], ev["trigger"])
            events.append({
                "type": ev["type"], "trigger": text[start:end], "start": start, "end": end,
                "date": None if ev.get("date") is None else str(ev["date"]),
                "location": ev.get("location"),
                "participants": [{"role": p["role"], "name": str(p["name"])} for p in ev["participants"]],
                "documents": list(ev.get("documents") or ()),
            })
        if split[aid] != "heldout":  # the convention passes change development files only
            events = amend(aid, events, locate)
        out[aid] = {"id": aid, "source": sources[aid], "split": split[aid], "events": events}
    return out


if __name__ == "__main__":
    golds = build()
    for aid, gold in golds.items():
        path = HERE / f"{aid}.gold.json"
        body = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        if "--check" in sys.argv:
            assert path.read_text(encoding="utf-8") == body, f"{path.name} differs from annotations.yaml"
        else:
            path.write_text(body, encoding="utf-8")
    print(f"{len(golds)} articles, {sum(len(g['events']) for g in golds.values())} events")
