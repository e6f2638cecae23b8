"""The second entity gold set, corpus/entities2: well-formed files whose offsets slice the shared article texts.

Reads the gold files only (never runs vnx): ids in the shared sample, the 7/7 split, every mention of a person,
title, organisation and location equal to ``text[start:end]`` of the article, no article text stored, no id shared
with the first entity set, and the files in step with annotations.yaml (build_gold.py rebuilds them identically).
"""
import importlib.util
import json
import pathlib

import pytest

REPO = pathlib.Path(__file__).resolve().parents[1]
HERE = REPO / "corpus" / "entities2"
NEWS = REPO.parent / "shared" / "data" / "news" / "vietnews-sample.jsonl"
if not NEWS.is_file():
    pytest.skip("../shared is not beside the checkout", allow_module_level=True)

FILES = sorted(HERE.glob("*.gold.json"))
GOLDS = [json.loads(f.read_text(encoding="utf-8")) for f in FILES]


@pytest.fixture(scope="module")
def texts(news):
    """The shared articles of this set, by id."""
    return {g["id"]: news[g["id"]] for g in GOLDS if g["id"] in news}


def _mentions(gold):
    for field in ("people", "organizations", "locations"):
        for ent in gold[field]:
            yield field, ent["name"], ent["mentions"]
    for person in gold["people"]:
        for title in person["titles"]:
            yield "titles", title["text"], title["mentions"]


def test_fourteen_articles_split_seven_and_seven():
    assert len(GOLDS) == 14
    assert sorted(g["split"] for g in GOLDS) == ["new-dev"] * 7 + ["new-test"] * 7
    for f, g in zip(FILES, GOLDS):
        assert f.name == f"{g['id']}.gold.json"


def test_no_overlap_with_the_first_entity_set():
    first = {p.name.split(".")[0] for p in (REPO / "corpus" / "entities").glob("*.gold.json")}
    assert not first & {g["id"] for g in GOLDS}


@pytest.mark.parametrize("gold", GOLDS, ids=[g["id"] for g in GOLDS])
def test_offsets_slice_the_article_text(gold, texts):
    assert gold["id"] in texts
    row = texts[gold["id"]]
    assert gold["source"] == row["source"]
    text = row["text"]
    assert "text" not in gold
    for person in gold["people"]:
        assert person["name"].strip() and isinstance(person["titles"], list)
    for field, name, mentions in _mentions(gold):
        assert name.strip(), field
        if field != "titles":
            assert mentions, f"{field} {name!r} has no mention"
        for m in mentions:
            assert 0 <= m["start"] < m["end"] <= len(text)
            assert text[m["start"]:m["end"]] == m["text"], (field, name, m)


@pytest.mark.parametrize("gold", GOLDS, ids=[g["id"] for g in GOLDS])
def test_entity_mentions_do_not_overlap_within_a_category(gold):
    for field in ("people", "organizations", "locations"):
        spans = sorted((m["start"], m["end"]) for ent in gold[field] for m in ent["mentions"])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (field, s1, e1, s2, e2)


def test_gold_files_are_built_from_the_annotations(texts):
    import yaml

    def load(name, path):
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    build = load("build_gold", HERE / "build_gold.py")
    offsets = load("add_offsets", REPO / "corpus" / "entities" / "add_offsets.py")
    annotations = yaml.safe_load((HERE / "annotations.yaml").read_text(encoding="utf-8"))
    assert set(annotations) == {g["id"] for g in GOLDS}
    for gold in GOLDS:
        rebuilt = build.gold_of(gold["id"], annotations[gold["id"]])
        assert offsets.compute(rebuilt, texts[gold["id"]]["text"]) == []
        assert rebuilt == gold, gold["id"]
