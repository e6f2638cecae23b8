"""The entity gold sets drawn later, corpus/entities3 (split dev3), corpus/entities4 (split blind4),
corpus/entities5 (split blind5), corpus/entities6 (split blind6), corpus/entities7 (split blind7),
corpus/entities8 (split dev8), corpus/entities9 (split blind9), corpus/entities10 (split blind10) and corpus/entities11 (split blind11): well-formed files whose offsets slice the shared texts.

Reads the gold files only (never runs vnx): the drawn ids, every mention equal to ``text[start:end]`` of the article,
no id shared with another entity gold set, and the files in step with annotations.yaml (each set's build_gold.py,
with corpus/entities2's builder, rebuilds them identically).
"""
import importlib.util
import json
import pathlib

import pytest

REPO = pathlib.Path(__file__).resolve().parents[1]
NEWS = REPO.parent / "shared" / "data" / "news" / "vietnews-sample.jsonl"
if not NEWS.is_file():
    pytest.skip("../shared is not beside the checkout", allow_module_level=True)

SETS = {"entities3": ("dev3", "DEV3"), "entities4": ("blind4", "BLIND4"), "entities5": ("blind5", "BLIND5"),
        "entities6": ("blind6", "BLIND6"), "entities7": ("blind7", "BLIND7"),
        "entities8": ("dev8", "DEV8"), "entities9": ("blind9", "BLIND9"),
        "entities10": ("blind10", "BLIND10"), "entities11": ("blind11", "BLIND11")}  # folder -> split, build_gold's id set
ENTITY_FOLDERS = ("entities", "entities2", "entities3", "entities4", "entities5", "entities6", "entities7", "entities8",
                  "entities9", "entities10", "entities11")


def _golds(folder):
    return [json.loads(f.read_text(encoding="utf-8")) for f in sorted((REPO / "corpus" / folder).glob("*.gold.json"))]


GOLDS = [(folder, gold) for folder in SETS for gold in _golds(folder)]


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _drawn(folder):
    split, name = SETS[folder]
    return split, getattr(_load(f"build_{folder}", REPO / "corpus" / folder / "build_gold.py"), name)


@pytest.mark.parametrize("folder", SETS)
def test_the_drawn_articles_all_in_their_split(folder):
    split, drawn = _drawn(folder)
    golds = _golds(folder)
    assert {g["id"] for g in golds} == drawn and {g["split"] for g in golds} == {split}


@pytest.mark.parametrize("folder", SETS)
def test_no_article_shared_with_another_entity_gold_set(folder):
    others = {f.name.split(".")[0] for other in ENTITY_FOLDERS if other != folder
              for f in (REPO / "corpus" / other).glob("*.gold.json")}
    assert not others & {g["id"] for g in _golds(folder)}


@pytest.mark.parametrize("folder,gold", GOLDS, ids=[f"{folder}/{gold['id']}" for folder, gold in GOLDS])
def test_every_mention_slices_its_text(folder, gold, news):
    text = news[gold["id"]]["text"]
    mentions = [m for p in gold["people"] for m in p["mentions"]]
    mentions += [m for p in gold["people"] for t in p["titles"] for m in t["mentions"]]
    mentions += [m for field in ("organizations", "locations") for e in gold[field] for m in e["mentions"]]
    assert mentions
    for m in mentions:
        assert text[m["start"]:m["end"]] == m["text"], m


@pytest.mark.parametrize("folder", SETS)
def test_gold_files_are_built_from_the_annotations(folder, news):
    import yaml

    split, drawn = _drawn(folder)
    builder = _load("build_gold2", REPO / "corpus" / "entities2" / "build_gold.py")
    offsets = _load("add_offsets", REPO / "corpus" / "entities" / "add_offsets.py")
    annotations = yaml.safe_load((REPO / "corpus" / folder / "annotations.yaml").read_text(encoding="utf-8"))
    assert set(annotations) == drawn
    for gold in _golds(folder):
        rebuilt = builder.gold_of(gold["id"], annotations[gold["id"]], split)
        assert offsets.compute(rebuilt, news[gold["id"]]["text"]) == []
        assert rebuilt == gold, gold["id"]
