"""vnx_statistical_entities: the shipped CRF loads offline from the package and tags real text."""
import json
import time
import unicodedata

import pytest

from benchmarks.statistical_entities import merge
from extractor import pipeline
from extractor.statistical_entities import DEFAULT_MODEL, model_path
from extractor.text import fold


@pytest.fixture(scope="module")
def nlp():
    nlp = pipeline.load(exclude=("vnx_events",))
    nlp.add_pipe("vnx_statistical_entities", after="vnx_entities")
    return nlp


@pytest.fixture(scope="module")
def seed_sentence(seed_text):
    """The seed article's line that introduces đồng chí Nguyễn Xuân Dương and his titles."""
    return next(line for line in seed_text.splitlines() if line.startswith("Chiều 12/4, tại Huyện ủy Quảng Điền"))


def _spans(doc):
    return [(s.label_, s.start_char, s.end_char, s.text) for s in doc.spans["statistical"]]


def test_model_ships_as_package_data_without_pickle():
    path = model_path(DEFAULT_MODEL)
    features = json.loads(path.joinpath("features.json").read_text(encoding="utf-8"))
    assert features["name"] == DEFAULT_MODEL
    assert set(features["labels"]) == {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}
    head = path.joinpath("model.crf").read_bytes()[:4]
    assert head == b"lCRF"  # underthesea_core's CRF format, not a pickle stream
    assert sum(f.stat().st_size for f in (path.joinpath(n) for n in ("model.crf", "features.json"))) < 20e6


def test_seed_sentence_person_organisations_place(nlp, seed_sentence):
    doc = nlp(seed_sentence)
    spans = _spans(doc)
    for label, start, end, text in spans:
        assert seed_sentence[start:end] == text
        assert label in {"PERSON", "ORGANIZATION", "LOCATION"}
    people = [text for label, _, _, text in spans if label == "PERSON"]
    assert people == ["Nguyễn Xuân Dương"]
    orgs = {fold(text) for label, _, _, text in spans if label == "ORGANIZATION"}
    assert fold("Bộ Chính trị") in orgs
    assert fold("Trưởng Đoàn") not in {fold(t) for _, _, _, t in spans}


def test_offsets_on_nfd_input(nlp, seed_sentence):
    text = unicodedata.normalize("NFD", seed_sentence)
    doc = nlp(text)
    people = [(s.start_char, s.end_char) for s in doc.spans["statistical"] if s.label_ == "PERSON"]
    assert len(people) == 1
    start, end = people[0]
    assert fold(text[start:end]) == fold("Nguyễn Xuân Dương")


def test_bylines_are_not_tagged(nlp, seed_text, seed_gold):
    doc = nlp(seed_text)
    assert fold(seed_gold["article"]["author"]) not in {fold(s.text) for s in doc.spans["statistical"]}


def test_component_is_fast(nlp, seed_text):
    component = nlp.get_pipe("vnx_statistical_entities")
    doc = nlp.make_doc(seed_text)
    started = time.perf_counter()
    for _ in range(5):
        component(doc)
    per_char = (time.perf_counter() - started) / (5 * len(seed_text))
    assert per_char < 1 / 20_000  # measured ~140,000/s; underthesea ner runs at ~7,000 characters a second


def _at(text, phrase, label, confidence=None):
    start = text.index(phrase)
    return (label, start, start + len(phrase)) + ((phrase, confidence) if confidence is not None else ())


def test_merge_adds_what_the_rules_missed_and_fixes_names_inside_names():
    # hand-made: rules found a person, a title and (wrongly) a person inside a school name
    text = "Ông Nguyễn Văn An, Hiệu trưởng Trường tiểu học Nguyễn Thị Minh Khai, gặp ông An và ông Lê Văn Bình."
    record = {"people": [{"name": "Nguyễn Văn An", "titles": ["Hiệu trưởng"]}, {"name": "Nguyễn Thị Minh Khai", "titles": []}],
              "organizations": [], "locations": []}
    rules = [_at(text, "Nguyễn Văn An", "PERSON"), _at(text, "Hiệu trưởng", "TITLE"), _at(text, "Nguyễn Thị Minh Khai", "PERSON")]
    crf = [_at(text, "Trường tiểu học Nguyễn Thị Minh Khai", "ORGANIZATION", 0.95),
           ("PERSON", text.index("An và"), text.index("An và") + 2, "An", 0.99), _at(text, "Lê Văn Bình", "PERSON", 0.98)]
    merged, spans = merge(record, rules, crf, text, labels=("PERSON", "ORGANIZATION"), min_confidence=0.5)
    assert [p["name"] for p in merged["people"]] == ["Nguyễn Văn An", "Lê Văn Bình"]
    assert merged["organizations"] == ["Trường tiểu học Nguyễn Thị Minh Khai"]
    assert _at(text, "Nguyễn Thị Minh Khai", "PERSON") not in spans
    assert _at(text, "Lê Văn Bình", "PERSON") in spans
    assert len(record["people"]) == 2  # the input is left as it was
    unsure, _ = merge(record, rules, crf, text, labels=("PERSON", "ORGANIZATION"), min_confidence=0.99)
    assert [p["name"] for p in unsure["people"]] == ["Nguyễn Văn An", "Nguyễn Thị Minh Khai"]
