"""The fourth entity gold set, corpus/entities4 (split blind4): well-formed files whose offsets slice the shared texts.

Reads the gold files only (never runs vnx): the 6 drawn ids, every mention equal to ``text[start:end]`` of the
article, no id shared with another entity gold set, and the files in step with annotations.yaml (build_gold.py rebuilds
them identically).
"""
import importlib.util
import json
import pathlib

import pytest

REPO = pathlib.Path(__file__).resolve().parents[1]
HERE = REPO / "corpus" / "entities4"
NEWS = REPO.parent / "shared" / "data" / "news" / "vietnews-sample.jsonl"
if not NEWS.is_file():
    pytest.skip("../shared is not beside the checkout", allow_module_level=True)

GOLDS = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(HERE.glob("*.gold.json"))]


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def texts(news):
    """The shared article texts of this set, by id."""
    return {g["id"]: news[g["id"]]["text"] for g in GOLDS}


def test_the_drawn_articles_all_in_blind4():
    build = _load("build_gold3", HERE / "build_gold.py")
    assert {g["id"] for g in GOLDS} == build.BLIND4 and {g["split"] for g in GOLDS} == {"blind4"}


def test_no_article_shared_with_another_entity_gold_set():
    others = {f.name.split(".")[0] for folder in ("entities", "entities2")
              for f in (REPO / "corpus" / folder).glob("*.gold.json")}
    assert not others & {g["id"] for g in GOLDS}


@pytest.mark.parametrize("gold", GOLDS, ids=[g["id"] for g in GOLDS])
def test_every_mention_slices_its_text(gold, texts):
    text = texts[gold["id"]]
    mentions = [m for p in gold["people"] for m in p["mentions"]]
    mentions += [m for p in gold["people"] for t in p["titles"] for m in t["mentions"]]
    mentions += [m for field in ("organizations", "locations") for e in gold[field] for m in e["mentions"]]
    assert mentions
    for m in mentions:
        assert text[m["start"]:m["end"]] == m["text"], m


def test_gold_files_are_built_from_the_annotations(texts):
    import yaml

    build = _load("build_gold3", HERE / "build_gold.py")
    builder = _load("build_gold2", REPO / "corpus" / "entities2" / "build_gold.py")
    offsets = _load("add_offsets", REPO / "corpus" / "entities" / "add_offsets.py")
    annotations = yaml.safe_load((HERE / "annotations.yaml").read_text(encoding="utf-8"))
    assert set(annotations) == build.BLIND4
    for gold in GOLDS:
        rebuilt = builder.gold_of(gold["id"], annotations[gold["id"]], "blind4")
        assert offsets.compute(rebuilt, texts[gold["id"]]) == []
        assert rebuilt == gold, gold["id"]
