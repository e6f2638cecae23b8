"""The gold scorer of benchmarks/scoring.py, on the real seed gold and the corpus/entities gold files."""
import copy
import json
import pathlib

import pytest

from benchmarks import scoring
from benchmarks.scoring import Counts, score

SHARED = pathlib.Path(__file__).resolve().parents[1].parent / "shared"
if not (SHARED / "data" / "seed").is_dir():
    pytest.skip("../shared is not beside the checkout", allow_module_level=True)
SEED = json.loads((SHARED / "data" / "seed" / "quang-dien-2024-04-12.gold.json").read_text(encoding="utf-8"))


def test_seed_against_itself_is_perfect():
    counts = score(SEED, SEED)
    for kind in ("PERSON", "TITLE", "ORGANIZATION", "LOCATION", "TIME", "DOCUMENT", "EVENT"):
        assert counts[kind].n_gold > 0, kind
        assert counts[kind].f1 == 1.0, kind


def test_missing_person_lowers_recall_only():
    pred = copy.deepcopy(SEED)
    pred["people"] = [p for p in pred["people"] if p["name"] != "Trương Duy Hải"]
    c = score(SEED, pred)["PERSON"]
    assert (c.tp, c.n_pred, c.n_gold) == (1, 1, 2)
    assert c.precision == 1.0 and c.recall == 0.5
    # his two titles go with him
    assert score(SEED, pred)["TITLE"].recall == 0.5


def test_names_fold_case_tone_whitespace_and_nfd():
    import unicodedata
    pred = copy.deepcopy(SEED)
    pred["people"][0]["name"] = unicodedata.normalize("NFD", "nguyễn  xuân DƯƠNG")
    pred["organizations"] = [o.replace("ủy", "uỷ") for o in pred["organizations"]]
    c = score(SEED, pred)
    assert c["PERSON"].f1 == 1.0
    assert c["ORGANIZATION"].f1 == 1.0


def test_organisations_and_locations_match_by_containment_one_to_one():
    gold = {"organizations": ["Ban Thường vụ Huyện ủy Quảng Điền", "Bộ Chính trị"], "locations": ["huyện Quảng Điền"]}
    pred = {"organizations": ["Huyện ủy Quảng Điền", "Thường vụ Huyện ủy Quảng Điền", "Chính phủ"],
            "locations": ["Quảng Điền"]}
    c = score(gold, pred)
    # two predictions contained in the same gold name: only one can take it
    assert (c["ORGANIZATION"].tp, c["ORGANIZATION"].n_pred, c["ORGANIZATION"].n_gold) == (1, 3, 2)
    assert c["LOCATION"].f1 == 1.0
    # containment is on whole words: "Điền" alone is not "Quảng Điền" with a syllable cut
    assert not scoring.contains("Quảng Điề", "huyện Quảng Điền")


def test_title_prefix_is_the_same_position_but_a_deputy_is_not():
    assert scoring.title_prefix("Thủ tướng", "Thủ tướng Chính phủ")
    assert not scoring.title_prefix("Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh")
    # dev vietnews-019685: the comma after "Quốc hội" belongs to no word
    assert scoring.title_prefix("Phó chánh Văn phòng Đoàn đại biểu Quốc hội",
                                "Phó chánh Văn phòng Đoàn đại biểu Quốc hội, HĐND và UBND thành phố Đà Nẵng")
    gold = {"people": [{"name": "Nguyễn Xuân Phúc", "titles": ["Thủ tướng Chính phủ", "Thủ tướng"]}]}  # hand-made
    assert scoring.title_pairs(gold) == [("Nguyễn Xuân Phúc", "Thủ tướng Chính phủ")]
    pred = {"people": [{"name": "Nguyễn Xuân Phúc", "titles": ["Phó Thủ tướng"]}]}
    assert score(gold, pred)["TITLE"].tp == 0


def test_title_pairs_are_lenient_on_the_title_but_not_on_the_person():
    pred = {"people": [{"name": "Nguyễn Xuân Dương", "titles": ["Phó Trưởng Ban Dân vận"]},
                       {"name": "Trương Duy Hải", "titles": ["Trưởng Đoàn giám sát 133 của Ban Dân vận Tỉnh ủy"]}]}
    c = score(SEED, pred)["TITLE"]
    assert (c.tp, c.n_pred, c.n_gold) == (1, 2, 4)


def test_times_by_value_with_unknown_year():
    assert scoring.same_time("XXXX-04-12", "2024-04-12")
    assert not scoring.same_time("XXXX-04-12", "2024-04-13")
    assert not scoring.same_time("2024-04", "2024-04-12")
    pred = {"times": [{"text": "12/4", "value": "2024-04-12"}, {"text": "x", "value": "2020"}]}
    c = score(SEED, pred)["TIME"]
    assert (c.tp, c.n_pred, c.n_gold) == (1, 2, 4)


def test_documents_by_symbol_then_attributes():
    pred = {"documents": [{"symbol": "62 - KL/TW", "kind": "Kết luận", "issuer": "Ban Bí thư"}]}
    assert score(SEED, pred)["DOCUMENT"].f1 == 1.0
    attrs = scoring.document_attributes(SEED, pred)
    assert attrs == {"kind": (1, 1), "issuer": (0, 1), "issued_on": (0, 1)}
    assert scoring.symbol_key("12/QĐ-UBND") == scoring.symbol_key("12/QD - UBND")


def test_events_need_type_time_and_a_shared_participant():
    pred = copy.deepcopy(SEED)
    assert score(SEED, pred)["EVENT"].f1 == 1.0
    # wrong date on the meeting, no participants on the inspection
    pred["events"][0]["date"] = "2024-04-13"
    pred["events"][1]["participants"] = []
    c = score(SEED, pred)["EVENT"]
    assert (c.tp, c.n_pred, c.n_gold) == (2, 4, 4)
    attrs = scoring.event_attributes(SEED, pred)
    assert attrs["time"] == (2, 3)
    args = scoring.argument_counts(SEED, pred)
    assert args["agent"].recall == 0.0 and args["chair"].f1 == 1.0


def test_event_attributes_compare_the_event_of_the_same_trigger():
    # hand-made records: two acts against one suspect, the vnx events listed in the other order
    gold = {"events": [
        {"type": "LEGAL", "trigger": "bắt giữ", "date": "2018-01-01", "location": "Singapore",
         "participants": [{"role": "suspect", "name": "Phan Văn Anh Vũ"}]},
        {"type": "LEGAL", "trigger": "khám xét", "date": "2018-01-02", "location": "Đà Nẵng",
         "participants": [{"role": "suspect", "name": "Phan Văn Anh Vũ"}]}]}
    pred = {"events": list(reversed(copy.deepcopy(gold["events"])))}
    assert scoring.event_attributes(gold, pred) == {"time": (2, 2), "location": (2, 2), "paired": (2, 2)}
    for event in pred["events"]:
        event["trigger"] = "xử lý"  # no trigger agrees: paired in order by type and participant, each with the other's place
    assert scoring.event_attributes(gold, pred)["location"] == (0, 2)


def test_counts_edge_cases_and_micro_total():
    assert Counts(0, 0, 0).f1 == 1.0
    assert Counts(0, 0, 3).f1 == 0.0 and Counts(0, 2, 0).precision == 0.0
    t = scoring.total([{"PERSON": Counts(1, 2, 2)}, {"PERSON": Counts(2, 2, 4)}])["PERSON"]
    assert (t.tp, t.n_pred, t.n_gold) == (3, 4, 6)


def test_record_to_gold_reads_a_vnx_record():
    from extractor.records import ArticleRecord
    rec = ArticleRecord(people=[{"name": "Trương Duy Hải", "titles": [{"text": "Chủ tịch HĐND huyện", "start": 0, "end": 19}]}],
                        organizations=[{"name": "Bộ Chính trị"}], locations=[{"name": "huyện Quảng Điền"}])
    c = score(SEED, scoring.record_to_gold(rec))
    assert c["PERSON"].tp == 1 and c["TITLE"].tp == 1 and c["ORGANIZATION"].tp == 1 and c["LOCATION"].f1 == 1.0


# ---------------------------------------------------------------- the corpus/entities gold files

GOLD = scoring.load_gold("all")


def test_gold_set_size_and_split():
    assert len(GOLD) >= 30
    test = [g for g in GOLD if g["split"] == "test"]
    assert len(test) == 10
    assert sum(1 for g in GOLD if g.get("events")) >= 20
    assert sum(1 for g in test if g.get("events")) >= 8


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["id"])
def test_gold_offsets_point_at_their_text(gold):
    text = scoring.load_texts([gold["id"]])[gold["id"]]
    spans = []
    for person in gold["people"]:
        spans += [("PERSON", m) for m in person["mentions"]]
        for title in person["titles"]:
            spans += [("TITLE", m) for m in title["mentions"]]
    for field, label in (("organizations", "ORGANIZATION"), ("locations", "LOCATION")):
        for item in gold[field]:
            assert item["mentions"], (label, item["name"])
            spans += [(label, m) for m in item["mentions"]]
    assert spans
    for label, m in spans:
        assert text[m["start"]:m["end"]] == m["text"], (label, m)
    # every event participant is one of the article's people or organisations
    known = {scoring.name_key(p["name"]) for p in gold["people"]} | {scoring.name_key(o["name"]) for o in gold["organizations"]}
    for event in gold.get("events", ()):
        assert event["type"] in scoring.EVENT_TYPES
        for arg in event["participants"]:
            assert arg["role"] in scoring.ROLES
            assert scoring.name_key(arg["name"]) in known, arg
