"""vnx_times: values, offsets and negatives on real text (seed, vietnews gold) and marked hand-made sentences."""
import importlib.util
import json
import unicodedata
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from extractor.times import TimeTagger, find_times

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "seed" / "quang-dien-2024-04-12.txt"
ICT = timezone(timedelta(hours=7))
SEED_ANCHOR = datetime(2024, 4, 12, 17, 19, tzinfo=ICT)

# The CI gate: pinned floors on corpus/times/gold.jsonl (measured values in README "Time expressions").
FLOORS = {"heldout": {"f1": 0.97, "value": 0.95}, "all": {"f1": 0.98, "value": 0.97}}


def _values(text, anchor):
    return {t.text: t.value for t in find_times(text, anchor)}


# -- the seed article (real text) -------------------------------------------------

def test_seed_times_against_dateline():
    found = {t.text: t for t in find_times(SEED.read_text(encoding="utf-8"), SEED_ANCHOR)}
    assert found["12/04/2024 17:19"].value == "2024-04-12T17:19"
    assert found["12/04/2024 17:19"].granularity == "minute"
    chieu = found["Chiều 12/4"]
    assert (chieu.value, chieu.granularity, chieu.part_of_day, chieu.anchor) == ("2024-04-12", "day", "afternoon", True)
    assert found["ngày 08/12/2009"].value == "2009-12-08" and not found["ngày 08/12/2009"].anchor
    assert found["từ tháng 01/2021 đến 12/2023"].value == "2021-01/2023-12"
    # "Trong thời gian tới" (in the time ahead) has no value: deliberately not tagged
    assert not any("thời gian" in t for t in found)
    assert set(found) == {"12/04/2024 17:19", "Chiều 12/4", "ngày 08/12/2009", "từ tháng 01/2021 đến 12/2023"}


def test_anchor_counts_by_its_day_in_vietnam(news):
    """A real sentence anchored on one instant written in UTC and in Vietnam time (UTC+7): 20:00 UTC on 12 April is
    03:00 on 13 April in Vietnam, so "chiều nay" is the 13th either way."""
    sentence = _sentence(news, "vietnews-000109", "chiều nay")
    utc = datetime(2024, 4, 12, 20, 0, tzinfo=timezone.utc)
    assert _found(sentence, utc) == _found(sentence, utc.astimezone(ICT))
    assert ("chiều nay", "2024-04-13", "day", None) in _found(sentence, utc)


def test_seed_without_anchor_keeps_unknown_year():
    found = {t.text: t for t in find_times(SEED.read_text(encoding="utf-8"), None)}
    assert found["Chiều 12/4"].value == "XXXX-04-12" and not found["Chiều 12/4"].anchor


@pytest.mark.parametrize("sentence,expected", [
    # hand-made sentences: with no anchor what the publication date would give stays X, at the expression's granularity
    ("Hôm qua, ông nói.", ("Hôm qua", "XXXX-XX-XX", "day")),
    ("Thứ Hai tuần trước đoàn đến.", ("Thứ Hai tuần trước", "XXXX-XX-XX", "day")),
    ("Tuần tới sẽ họp.", ("Tuần tới", "XXXX-WXX", "week")),
    ("Giá tăng từ tháng trước.", ("tháng trước", "XXXX-XX", "month")),
    ("Năm ngoái giá tăng.", ("Năm ngoái", "XXXX", "year")),
    ("Doanh thu 6 tháng đầu năm nay tăng.", ("6 tháng đầu năm nay", "XXXX-H1", "half")),
    ("Lợi nhuận 3 quý đầu năm tăng.", ("3 quý đầu năm", "XXXX-Q1/XXXX-Q3", "quarter")),
    ("Cách đây sáu tháng anh bị ốm.", ("Cách đây sáu tháng", "XXXX-XX", "month")),
    ("Giá vàng hôm nay (7/11) tăng.", ("hôm nay (7/11)", "XXXX-11-07", "day")),
    ("Từ năm 2015 đến nay đã xây 3 cầu.", ("Từ năm 2015 đến nay", "2015/XXXX-XX-XX", "year")),
    # a fronted year still frames a day-month
    ("Năm 2012, ông thắng trong cuộc bầu cử ngày 6/11.", ("ngày 6/11", "2012-11-06", "day")),
])
def test_without_anchor_unknown_parts_stay_x(sentence, expected):
    found = {(t.text, t.value, t.granularity) for t in find_times(sentence, None)}
    assert expected in found, found
    assert all(t.value for t in find_times(sentence, None))


@pytest.mark.parametrize("dateline,clock", [
    ("12/04/2024 17:19 (GMT+07:00)", "12/04/2024 17:19"),
    ("12/04/2024 17:19 GMT+07:00", "12/04/2024 17:19"),
    ("2024-04-12 17:19 UTC+7", "2024-04-12 17:19"),
    ("12/4/2024 5:19 PM", "12/4/2024 5:19 PM"),
])
def test_seed_under_other_newspapers_datelines(dateline, clock):
    """The seed with its dateline rewritten by hand as other papers print it: the page's publication time anchors
    the article ("Chiều 12/4" is 2024), and the zone's "07:00" is no time of day."""
    import extractor

    text = SEED.read_text(encoding="utf-8").replace("Cập nhật lúc : 12/04/2024 17:19", dateline)
    record = extractor.extract(text)
    assert record.published_at == SEED_ANCHOR
    values = {t.text: t.value for t in record.times}
    assert values[clock] == "2024-04-12T17:19" and values["Chiều 12/4"] == "2024-04-12"
    assert not any("07:00" in t.text or t.text in ("7", "+7") for t in record.times)


@pytest.mark.parametrize("sentence,expected", [
    ("Lúc 5:19 PM, đoàn đến.", ("5:19 PM", "XXXX-XX-XXT17:19")),
    ("Lúc 5:19 CH, đoàn đến.", ("5:19 CH", "XXXX-XX-XXT17:19")),
    ("Lúc 5:19 SA, đoàn đến.", ("5:19 SA", "XXXX-XX-XXT05:19")),
    ("Lúc 12:15 AM, đoàn đến.", ("12:15 AM", "XXXX-XX-XXT00:15")),
    ("Lúc 12:15 PM, đoàn đến.", ("12:15 PM", "XXXX-XX-XXT12:15")),
    ("Lúc 5h sa thải 3 người.", ("5h", "XXXX-XX-XXT05")),  # "sa" in lower case is a word, no mark
    ("Lúc 20h (GMT+7) ngày 3/4, đoàn đến.", ("20h", "2024-04-03T20")),
])
def test_twelve_hour_clock_and_utc_offsets(sentence, expected):  # hand-made
    found = {(t.text, t.value) for t in find_times(sentence, date(2024, 4, 12) if "3/4" in sentence else None)}
    assert expected in found, found
    assert not any(text in ("7", "+7", "07:00") for text, _ in found)


def test_seed_offsets_survive_nfd_and_crlf():
    text = unicodedata.normalize("NFD", SEED.read_text(encoding="utf-8")).replace("\n", "\r\n")
    times = find_times(text, SEED_ANCHOR)
    assert [t.value for t in times] == ["2024-04-12T17:19", "2024-04-12", "2009-12-08", "2021-01/2023-12"]
    for t in times:
        assert text[t.start:t.end] == t.text


def test_component_skips_boilerplate_and_document_symbols():
    from extractor.pipeline import PIPELINE, load

    nlp = load(exclude=PIPELINE)  # the vnx tokenizer only; regions and document spans are set by hand below
    text = "863\nCập nhật lúc : 12/04/2024 17:19\nTheo Nghị định 30/2020/NĐ-CP, ngày 08/12/2009 và chiều 12/4.\n"  # hand-made
    doc = nlp.make_doc(text)
    lines = [(0, 3, "boilerplate"), (4, 36, "dateline"), (37, len(text) - 1, "body")]
    doc._.regions = lines
    doc._.published_at = SEED_ANCHOR
    ref = text.index("Nghị định 30/2020/NĐ-CP")
    doc.spans["documents"] = [doc.char_span(ref, ref + len("Nghị định 30/2020/NĐ-CP"), alignment_mode="expand")]
    doc = TimeTagger()(doc)
    assert [(t.text, t.value) for t in doc._.times] == [
        ("12/04/2024 17:19", "2024-04-12T17:19"), ("ngày 08/12/2009", "2009-12-08"), ("chiều 12/4", "2024-04-12")]
    assert [s.label_ for s in doc.spans["times"]] == ["TIME"] * 3


# -- the forms the issue lists (hand-made sentences, anchor 12/04/2024) ------------

@pytest.mark.parametrize("text,value", [
    ("08/12/2009", "2009-12-08"), ("8-12-2009", "2009-12-08"), ("08.12.2009", "2009-12-08"),
    ("ngày 8 tháng 12 năm 2009", "2009-12-08"), ("ngày 01-10-1997", "1997-10-01"), ("2009-12-08", "2009-12-08"),
    ("mồng 3 tháng 2", "2024-02-03"), ("sáng nay", "2024-04-12"), ("tối qua", "2024-04-11"), ("hôm qua", "2024-04-11"),
    ("ngày mai", "2024-04-13"), ("thứ Hai tuần trước", "2024-04-01"), ("tuần tới", "2024-W16"), ("đầu tháng 3", "2024-03"),
    ("cuối năm", "2024"), ("năm ngoái", "2023"), ("tháng trước", "2024-03"), ("17h19", "XXXX-XX-XXT17:19"),
    ("17 giờ 19 phút", "XXXX-XX-XXT17:19"), ("8 giờ tối", "XXXX-XX-XXT20"), ("20 giờ ngày 5/6/2024", "2024-06-05T20"),
    ("tháng 01/2021", "2021-01"), ("quý I/2024", "2024-Q1"), ("6 tháng đầu năm 2024", "2024-H1"), ("năm 2023", "2023"),
    ("giai đoạn 2021-2025", "2021/2025"), ("nhiệm kỳ 2020-2025", "2020/2025"), ("thập niên 90", "199X"),
    ("từ ngày 10 đến 15/5", "2024-05-10/2024-05-15"), ("24-31/7", "2024-07-24/2024-07-31"),
    ("hơn 10 năm", "P10Y"), ("kéo dài 2 giờ 15 phút", "PT2H15M"), ("từ năm 2015 đến nay", "2015/2024-04-12"),
])
def test_issue_forms(text, value):  # hand-made
    (found,) = [t for t in find_times(f"Theo báo cáo, {text}, đoàn đã làm việc.", SEED_ANCHOR)]
    assert found.value == value, (text, found)


@pytest.mark.parametrize("text", [
    "Nghị định 30/2020/NĐ-CP", "Kết luận 62-KL/TW", "Nghị định 30/2020", "thắng với tỷ số 3-1", "2/3 số đại biểu",
    "ông 34 tuổi", "gọi 0905.123.456", "phiên bản 3.1", "cháu bé 2 tháng tuổi", "lần thứ hai",
])
def test_not_times(text):  # hand-made
    assert find_times(f"Ông cho biết {text} là đúng.", SEED_ANCHOR) == []


def test_day_month_takes_the_nearest_plausible_year():  # hand-made
    report = date(2024, 1, 2)
    assert _values("Ngày 28/12, tỉnh đã họp.", report) == {"Ngày 28/12": "2023-12-28"}
    assert _values("Ngày 5/1 tỉnh sẽ họp.", report) == {"Ngày 5/1": "2024-01-05"}


def test_lunar_dates_use_the_vietnamese_calendar():  # hand-made
    # Tết 1985 fell on 21 January in Vietnam (UTC+7) but on 20 February in China (UTC+8).
    assert _values("Mùng 1 Tết năm ấy trời rét.", date(1985, 1, 10)) == {"Mùng 1 Tết": "1985-01-21"}
    assert _values("Lễ hội diễn ra vào rằm tháng Giêng.", date(2024, 2, 1)) == {"rằm tháng Giêng": "2024-02-24"}
    assert _values("Chợ họp ngày 30 tháng Chạp.", date(2024, 1, 20)) == {"ngày 30 tháng Chạp": "2024-02-09"}


def test_forms_found_in_held_out_16():  # hand-made sentences, after held-out 16 was scored
    anchor = date(2017, 12, 25)
    # a clock time on a bare day opening a range whose end gives the month
    assert _values("Học sinh nghỉ từ 12h ngày 25 đến hết ngày 26-12 để tránh bão.", anchor) == {
        "từ 12h ngày 25 đến hết ngày 26-12": "2017-12-25T12/2017-12-26"}
    assert _values("Lúc 12h ngày 25, đoàn đến.", anchor) == {"12h ngày 25": "2017-12-25T12"}
    # a quarter with its modifier
    assert _found("Tổng tài sản tính đến cuối quý I / 2017 đạt 4.200 tỷ đồng.") == {("cuối quý I / 2017", "2017-Q1", "quarter", "end")}
    # count words without a number before a unit and a relative word: vague
    assert _found("Anh bị ốm vài tháng nay, các tuần qua ông đi nhiều nơi.", anchor) == set()


def test_ago_with_bounds_is_a_point():  # hand-made sentences
    anchor = date(2018, 7, 20)
    assert _values("Anh phát bệnh cách đây khoảng gần 3 năm.", anchor) == {"cách đây khoảng gần 3 năm": "2015"}
    assert _values("Cây cầu được xây cách đây hơn 10 năm.", anchor) == {"cách đây hơn 10 năm": "2008"}
    assert _values("Anh làm việc ở đây suốt 3 năm.", anchor) == {"3 năm": "P3Y"}


def test_lunar_year_written_after_its_cycle_name_needs_no_anchor():  # hand-made
    found = {t.text: t for t in find_times("Tết Mậu Tuất 2018 đến sớm, từ đêm 30 đến mồng 2 Tết Kỷ Hợi 2019 trời rét.", None)}
    assert found["Tết Mậu Tuất 2018"].value == "2018-02-16" and not found["Tết Mậu Tuất 2018"].anchor
    assert found["từ đêm 30 đến mồng 2 Tết Kỷ Hợi 2019"].value == "2019-02-04/2019-02-06"


def test_numbered_term_is_a_period_when_tied_to_years():
    citations = REPO.parent / "shared" / "data" / "citations" / "vietnews-citation-sentences.jsonl"
    if not citations.exists():
        pytest.skip("../shared is not beside the checkout")
    sentences = [json.loads(line)["sentence"] for line in citations.read_text(encoding="utf-8").splitlines()]
    real = [s for s in sentences if "khoá XIII (nhiệm kỳ 2019-2024)" in s]
    assert real
    for sentence in real:
        assert ("khoá XIII (nhiệm kỳ 2019-2024)", "2019/2024") in {(t.text, t.value) for t in find_times(sentence, None)}
    assert find_times("Ban Chấp hành Trung ương khóa XIII họp.", SEED_ANCHOR) == []  # hand-made: no years, no value


def test_real_lunar_sentence(news):
    text = news["vietnews-019736"]["text"]
    found = _values(text, date(2018, 2, 22))
    assert found["mùng 9 Tết"] == "2018-02-24"  # the article itself says "ngày 24/2 (mùng 9 Tết Nguyên đán)"


# -- CI gate on the gold set -------------------------------------------------------

def _bench():
    spec = importlib.util.spec_from_file_location("bench_times", REPO / "benchmarks" / "times.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("split", ["heldout", "all"])
def test_gold_gate(split, news):
    bench = _bench()
    gold = bench.load_gold()
    if split != "all":
        gold = [g for g in gold if g["split"] == split]
    _, _, f1, value = bench.metrics(bench.score(gold, bench.vnx_predict)["all"])
    assert f1 >= FLOORS[split]["f1"] and value >= FLOORS[split]["value"], (split, f1, value)


def test_value_comparison_without_an_anchor():
    # hand-made values: with an anchor a gold X is any character; without one it must stay X (no guessed year)
    same = _bench().same_value
    assert same("XXXX-04-12", "2026-04-12") and same("XXXX-04-12", "XXXX-04-12")
    assert not same("XXXX-04-12", "2026-04-12", anchored=False) and same("XXXX-04-12", "XXXX-04-12", anchored=False)
    assert not same("XXXX-XX-XX", None, anchored=False)


def test_gold_offsets_are_exact(news):
    for line in (REPO / "corpus" / "times" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        text = news[art["id"]]["text"]
        if art["anchor"] is not None:  # null: the text gives no publication year (held-out 15)
            date.fromisoformat(art["anchor"])
        assert art["anchor_reason"]
        for t in art["times"]:
            assert text[t["start"]:t["end"]] == t["text"]


def test_quarter_before_or_after_the_publication_date():
    # hand-made sentences, report dated 10 May 2024 (second quarter)
    from datetime import datetime

    from extractor.times import find_times

    anchor = datetime(2024, 5, 10)
    value = {t.text: t.value for s in ("Kế hoạch quý III tới.", "Kết quả quý III vừa qua.", "Doanh thu quý I này.")
             for t in find_times(s, anchor)}
    assert value == {"quý III tới": "2024-Q3", "quý III vừa qua": "2023-Q3", "quý I này": "2024-Q1"}


# -- seasons, historical years, year lists, decades (real sentences of ../shared/data/news, read at run time) --

def _sentence(news, aid: str, needle: str) -> str:
    """The sentence of article ``aid`` that holds ``needle`` (texts are read from ../shared, never copied here)."""
    from extractor.text import normalize

    text = normalize(news[aid]["text"]).text
    i = text.index(needle)
    start = max(text.rfind(". ", 0, i) + 2, text.rfind("\n", 0, i) + 1, 0)
    end = text.find(".", i + len(needle))
    return text[start:end + 1 if end >= 0 else len(text)]


def _found(sentence, anchor=None):
    return {(t.text, t.value, t.granularity, t.mod) for t in find_times(sentence, anchor)}


@pytest.mark.parametrize("aid,needle,anchor,expected", [
    # seasons with their year: TIMEX3 season codes
    ("vietnews-005571", "mùa hè năm 2017", None, ("mùa hè năm 2017", "2017-SU", "season", None)),
    ("vietnews-011593", "cuối mùa hè năm 2019", None, ("cuối mùa hè năm 2019", "2019-SU", "season", "end")),
    ("vietnews-009105", "mùa thu năm ngoái", date(2018, 4, 10), ("mùa thu năm ngoái", "2017-FA", "season", None)),
    ("vietnews-010863", "mùa xuân năm 2016", None, ("mùa xuân năm 2016", "2016-SP", "season", None)),
    # years before 1600, before the common era, and ranges of them
    ("vietnews-009161", "năm 652", None, ("năm 652", "0652", "year", None)),
    ("vietnews-009326", "Năm 209 TCN", None, ("Năm 209 TCN", "BC0209", "year", None)),
    ("vietnews-015327", "năm 621", None, ("từ năm 621 đến năm 1233", "0621/1233", "year", None)),
    ("vietnews-015327", "năm 118", None, ("năm 118 trước Công Nguyên", "BC0118", "year", None)),
    # decades: "thập niên 60", "đầu thập niên 1990", a decade of a century, a later decade of a list
    ("vietnews-008579", "thập niên 60", None, ("thập niên 60", "196X", "decade", None)),
    ("vietnews-011282", "đầu thập niên 1990", None, ("đầu thập niên 1990", "199X", "decade", "start")),
    ("vietnews-020372", "thế kỷ 19,", None, ("những năm 80 của thế kỷ 19", "188X", "decade", None)),
    ("vietnews-001532", "đầu 1990", None, ("đầu 1990", "199X", "decade", "start")),
    ("vietnews-001532", "đầu 1990", None, ("những năm 1980", "198X", "decade", None)),
    # lists of years: each year is a point
    ("vietnews-002544", "hai năm 2015", None, ("2016", "2016", "year", None)),
    ("vietnews-013911", "đầu 2009", None, ("đầu 2009", "2009", "year", "start")),
])
def test_real_seasons_old_years_decades_lists(news, aid, needle, anchor, expected):
    assert expected in _found(_sentence(news, aid, needle), anchor)


@pytest.mark.parametrize("aid,needle,absent", [
    ("vietnews-008816", "Mùa đông 2018", "Mùa đông 2018"),  # "Thế vận hội Mùa đông 2018" is a name
    ("vietnews-003860", "vỉa hè", "hè"),  # a pavement, not a summer
    ("vietnews-011483", "117 năm", "năm 137"),  # "sống 117 năm 137 ngày" is an age, not the year 137
    ("vietnews-006157", "365,25", "năm 365"),  # "mỗi năm 365,25 ngày": days in a year
    ("vietnews-004293", "mùa mưa năm 2018", "mùa mưa"),  # a climate season has no calendar value
    ("vietnews-014792", "khóa IX của HĐND TP. HCM đã", "khóa"),  # a numbered term not tied to years
])
def test_real_not_seasons_or_years(news, aid, needle, absent):
    found = find_times(_sentence(news, aid, needle), date(2018, 6, 1))
    assert not any(absent in t.text and t.granularity in ("season", "year") for t in found), found
    assert not any(t.granularity == "season" for t in found), found


def test_year_lists_and_pairs():  # hand-made
    assert [(t.text, t.value) for t in find_times("Dự án triển khai trong các năm 2016, 2017 và 2018.", None)] == [
        ("năm 2016", "2016"), ("2017", "2017"), ("2018", "2018")]
    assert _found("Kế hoạch cho các năm 2019-2020 đã xong.") == {("các năm 2019-2020", "2019/2020", "year", None)}
    assert _found("Ngô Quyền đánh tan quân Nam Hán năm 938.") == {("năm 938", "0938", "year", None)}
    assert _found("Lý Thái Tổ dời đô về Thăng Long năm 1010.") == {("năm 1010", "1010", "year", None)}
    assert _found("Quốc hội khóa XIV, nhiệm kỳ 2016-2021 đã họp.") == {("khóa XIV, nhiệm kỳ 2016-2021", "2016/2021", "year", None)}


def test_seasons_relative_to_the_publication_date():  # hand-made, report dated 10 May 2018
    anchor = date(2018, 5, 10)
    got = {t.text: t.value for s in ("Mùa hè tới sẽ nóng.", "Mùa đông vừa qua rất lạnh.", "Mùa thu này khai trương.",
                                     "Dịp hè năm nay đông khách.", "Mùa mưa năm nay đến sớm.") for t in find_times(s, anchor)}
    assert got == {"Mùa hè tới": "2018-SU", "Mùa đông vừa qua": "2017-WI", "Mùa thu này": "2018-FA",
                   "hè năm nay": "2018-SU", "năm nay": "2018"}
    assert [t.value for t in find_times("Mùa hè năm 2017 trời nóng.", None)] == ["2017-SU"]


def test_new_families_offsets_survive_nfd():  # hand-made
    text = unicodedata.normalize("NFD", "Vào mùa thu năm 2016, từ năm 621 đến năm 1233, những năm 80 của thế kỷ 19 và khoá XIII (2011 - 2016).")
    found = find_times(text, None)
    assert [t.value for t in found] == ["2016-FA", "0621/1233", "188X", "2011/2016"]
    for t in found:
        assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("aid,needle,absent", [
    ("vietnews-002641", "Cách Mạng Tháng Tám", "Tháng Tám"),  # a street name
    ("vietnews-002641", "giữa năm cũ và năm mới", "giữa năm"),  # the old and the new year, not mid-year
    ("vietnews-004957", "chiếm tới 1/3", "1/3"),  # a share
    ("vietnews-004957", "vài tuần trước", "tuần trước"),  # "a few weeks before": vague
])
def test_names_shares_and_vague_phrases_are_not_times(news, aid, needle, absent):
    found = find_times(_sentence(news, aid, needle), date(2019, 6, 19))
    assert not any(absent in t.text for t in found), found


def test_ratios_before_a_bracket_are_not_dates(news):
    found = find_times(_sentence(news, "vietnews-016270", "1/8 (năm trước"), date(2018, 6, 5))
    assert [t.text for t in found] == ["năm trước"]  # "tỉ lệ chọi là: 1/8 (năm trước là 1/7)": ratios


def test_centuries_bc_season_ranges_holidays_day_lists():  # hand-made sentences
    anchor = date(2017, 7, 10)
    assert _found("Thế kỷ 3 TCN, vùng này thuộc Văn Lang.") == {("Thế kỷ 3 TCN", "BC02XX", "century", None)}
    assert _found("Mùa đông 2017-2018 rất lạnh.") == {("Mùa đông 2017-2018", "2017-WI", "season", None)}
    assert _found("Từ mùa thu 2016 đến mùa xuân 2017 không mưa.") == {("Từ mùa thu 2016 đến mùa xuân 2017", "2016-FA/2017-SP", "season", None)}
    assert _found("Tết Trung thu 2018 rơi vào thứ hai.") == {("Tết Trung thu 2018", "2018-09-24", "day", None)}
    assert _found("Kỳ nghỉ dịp 30/4 - 1/5 tới kéo dài.", anchor) == {("30/4 - 1/5 tới", "2018-04-30/2018-05-01", "day", None)}
    assert _found("Ông sẽ đến ngày 3/9 tới Hà Nội.", anchor) == {("ngày 3/9", "2017-09-03", "day", None)}  # "tới" = arrives
    text = unicodedata.normalize("NFD", "Sáng nay 23-1, trong hai ngày 7, 8/7 và ngày 30/7 tới, 17.000 giờ trong 2 năm (2016, 2017).")
    found = find_times(text, anchor)
    assert [t.value for t in found] == ["2017-01-23", "2017-07-07/2017-07-08", "2017-07-30", "PT17000H", "P2Y", "2016", "2017"]
    for t in found:
        assert text[t.start:t.end] == t.text


def test_until_now_after_a_date_month_or_quarter_is_a_range():  # hand-made sentences, report dated 10 May 2019
    found = _found("Từ ngày 1/1 tới nay có 5 vụ, từ tháng 3 tới nay 2 vụ; từ quý I tới nay 7 vụ, ngày 30/7 tới họp.", date(2019, 5, 10))
    assert {("Từ ngày 1/1 tới nay", "2019-01-01/2019-05-10"), ("từ tháng 3 tới nay", "2019-03/2019-05-10"),
            ("từ quý I tới nay", "2019-Q1/2019-05-10"), ("ngày 30/7 tới", "2019-07-30")} <= {(t, v) for t, v, _, _ in found}


def test_school_years_and_ranges_from_now():  # hand-made sentences
    assert ("năm học này", "2018/2019") in {(t, v) for t, v, _, _ in _found("Trong năm học này trường có 5 lớp.", date(2019, 3, 1))}
    assert ("Năm học tới", "2019/2020") in {(t, v) for t, v, _, _ in _found("Năm học tới sẽ tuyển 5 lớp.", date(2019, 3, 1))}
    assert ("Năm học tới", "2020/2021") in {(t, v) for t, v, _, _ in _found("Năm học tới sẽ tuyển 5 lớp.", date(2019, 9, 10))}
    assert ("Năm học vừa qua", "2017/2018") in {(t, v) for t, v, _, _ in _found("Năm học vừa qua có 5 lớp.", date(2019, 3, 1))}
    found = {(t, v) for t, v, _, _ in _found("Từ nay tới cuối tháng 6 và từ nay đến 30/4, tỉnh sẽ làm xong.", date(2017, 12, 4))}
    assert {("Từ nay tới cuối tháng 6", "2017-12-04/2018-06"), ("từ nay đến 30/4", "2017-12-04/2018-04-30")} <= found


def test_recurring_durations_are_not_times():  # hand-made sentences
    assert not find_times("Cứ sau 3 năm lại điều chỉnh, mỗi 6 tháng báo cáo, bầu cử 5 năm một lần.", date(2019, 5, 1))
    assert [t.value for t in find_times("Sau 3 năm, công trình xong.", date(2019, 5, 1))] == ["P3Y"]


def test_prepositions_comparisons_and_garbled_clock_times_nfd():  # hand-made sentences, NFD offsets
    text = unicodedata.normalize("NFD", "Chuyến thăm hai ngày tới Nhật Bản kết thúc sớm hơn một ngày, một năm trước khi "
                                        "giai đoạn 2011-2015 đến 2016-2020 khép lại; lúc 9h3 0 (giờ Hà Nội) mất trong vòng 45p.")
    found = find_times(text, date(2018, 6, 1))
    assert [(t.value, t.mod) for t in found] == [("P2D", None), ("P1D", None), ("P1Y", None), ("2011/2020", None),
                                                 ("XXXX-XX-XXT09:30", None), ("PT45M", None)]
    assert [unicodedata.normalize("NFC", t.text) for t in found] == ["hai ngày", "một ngày", "một năm",
                                                                      "giai đoạn 2011-2015 đến 2016-2020", "9h3 0", "45p"]
    for t in found:
        assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("aid,needle,absent", [
    ("vietnews-003693", "24/2 4h giờ", "24/2 4h"),  # "24/24 giờ" split by a stray space: round the clock
    ("vietnews-022404", "24/2 4h hộ đê", "24/2 4h"),
    ("vietnews-022372", "Hơn 2 giờ sau", "2 giờ"),  # a duration "Hơn 2 giờ" still, not a clock time
])
def test_split_ratios_and_bounded_durations_are_not_clock_times(news, aid, needle, absent):
    found = find_times(_sentence(news, aid, needle), date(2018, 6, 1))
    assert not any(t.text == absent and not (t.value or "").startswith("P") for t in found), found


def test_years_lunar_months_and_next_days_from_context():
    # a year inside the sentence, not framing it, leaves the publication-date reading (vietnews-004565)
    news_like = "Ông Chu, người tham gia phong trào Chiếm trung tâm năm 2014, cho biết cuộc tuần hành tối 17-7 đã mở ra trang mới."
    assert _values(news_like, date(2018, 7, 18))["tối 17-7"] == "2018-07-17"
    # hand-made (marked): a lunar month without a year is that month of the lunar year nearest the anchor
    assert _values("Lễ hội chùa Hương kéo dài suốt tháng Giêng.", date(2018, 2, 20))["tháng Giêng"] == "2018-01"
    # without one its solar months are unknown: no "XXXX-01" (session 11: a lunar month is no solar January)
    assert _values("Lễ hội chùa Hương kéo dài suốt tháng Giêng.", None)["tháng Giêng"] == "XXXX-XX"
    # hand-made (marked): a clock time followed by "hôm sau" is on another day than the sentence's date
    found = _values("Ca mổ kéo dài từ chiều 7/9 đến 8h sáng hôm sau.", date(2018, 9, 8))
    assert found.get("8h sáng", "XXXX-XX-XXT08").startswith("XXXX")


def test_spelled_month_count_with_a_duration_cue():
    # hand-made (marked): with a duration cue the spelled count is still a duration
    assert _values("Dự án chậm trong năm tháng liền.", date(2018, 6, 1)).get("năm tháng") == "P5M"


@pytest.mark.parametrize("aid,needle,anchor,expected", [
    # fixed after held-out 5 was scored (real sentences of that split)
    ("vietnews-002641", "chào mừng năm mới 2018", None, ("năm mới 2018", "2018", "year", None)),
    ("vietnews-002641", "Tết Dương lịch 2018", None, ("Tết Dương lịch 2018", "2018-01-01", "day", None)),
    ("vietnews-011656", "Giáng sinh 2016", None, ("Giáng sinh 2016", "2016-12-25", "day", None)),
    ("vietnews-011656", "Giáng sinh năm nay", date(2018, 12, 24), ("Giáng sinh năm nay", "2018-12-25", "day", None)),
    ("vietnews-006639", "đầu tuần (25/12)", date(2016, 12, 28), ("đầu tuần (25/12)", "2016-12-25", "day", "start")),
    ("vietnews-014949", "tháng 11 và 12/2018", None, ("12/2018", "2018-12", "month", None)),
    # second round of issue #4 (before held-out 6): real sentences of the sample
    # a relative day with its date written with "-", and "ngày hôm nay"
    ("vietnews-018241", "Chiều nay 24-5", date(2019, 5, 24), ("Chiều nay 24-5", "2019-05-24", "day", None)),
    ("vietnews-002207", "chiều tối qua 7-6", date(2017, 6, 8), ("chiều tối qua 7-6", "2017-06-07", "day", None)),
    ("vietnews-016869", "16h45 ngày hôm nay 5-5", date(2018, 5, 5), ("16h45 ngày hôm nay 5-5", "2018-05-05T16:45", "minute", None)),
    ("vietnews-005775", "ngày mai 17-4", date(2019, 4, 16), ("ngày mai 17-4", "2019-04-17", "day", None)),
    # a lead date opening a paragraph, and cue words before a dashed date
    ("vietnews-003837", "22-1, UBND", date(2019, 1, 22), ("22-1", "2019-01-22", "day", None)),
    ("vietnews-004235", "Cùng ngày 28-3", date(2018, 3, 28), ("ngày 28-3", "2018-03-28", "day", None)),
    ("vietnews-018156", "phiên giao dịch 23-2", date(2018, 2, 24), ("23-2", "2018-02-23", "day", None)),
    ("vietnews-016034", "Quốc khánh 2-9", date(2019, 8, 20), ("2-9", "2019-09-02", "day", None)),
    # a day-month keeps "tới"/"vừa qua" and lies on that side of the publication date
    ("vietnews-007434", "ngày 30/7 tới", date(2018, 7, 20), ("ngày 30/7 tới", "2018-07-30", "day", None)),
    ("vietnews-006535", "Ngày 3/9 vừa qua", date(2017, 9, 13), ("Ngày 3/9 vừa qua", "2017-09-03", "day", None)),
    ("vietnews-005335", "ngày 1-10 tới", date(2017, 9, 13), ("ngày 1-10 tới", "2017-10-01", "day", None)),
    ("vietnews-006639", "ngày thứ Tư (28/12)", date(2016, 12, 28), ("ngày thứ Tư (28/12)", "2016-12-28", "day", None)),
    # lists of days before their month: consecutive days are one span, others each a date
    ("vietnews-009603", "hai ngày 7, 8/7", date(2017, 7, 9), ("7, 8/7", "2017-07-07/2017-07-08", "day", None)),
    ("vietnews-004715", "16-4 tới", date(2018, 4, 1), ("14, 15 và 16-4 tới", "2018-04-14/2018-04-16", "day", None)),
    ("vietnews-012938", "24, 26, 27/5", date(2017, 5, 30), ("ngày 24", "2017-05-24", "day", None)),
    ("vietnews-012938", "24, 26, 27/5", date(2017, 5, 30), ("27/5 vừa qua", "2017-05-27", "day", None)),
    # durations: thousands written with a dot, more than 24 hours, "h đồng hồ", "cả năm", "4 ngày 3 đêm"
    ("vietnews-007434", "17.000 giờ", None, ("17.000 giờ", "PT17000H", "duration", None)),
    ("vietnews-017718", "159 giờ", None, ("159 giờ", "PT159H", "duration", None)),
    ("vietnews-015014", "hơn 7h đồng hồ", None, ("hơn 7h đồng hồ", "PT7H", "duration", "more_than")),
    ("vietnews-022495", "4 ngày 3 đêm", None, ("4 ngày 3 đêm", "P4D", "duration", None)),
    ("vietnews-022495", "cả tháng", None, ("cả tháng", "P1M", "duration", None)),
    # bare years with a cue before or after, and in brackets after a count of years
    ("vietnews-018327", "so với 2016", None, ("2016", "2016", "year", None)),
    ("vietnews-018335", "cùng kỳ 2017", None, ("2017", "2017", "year", None)),
    ("vietnews-020041", "đến 2025 sẽ", None, ("2025", "2025", "year", None)),
    ("vietnews-014115", "(2016, 2017)", None, ("2017", "2017", "year", None)),
    ("vietnews-005061", "Ba năm sau (2014)", None, ("2014", "2014", "year", None)),
    ("vietnews-013609", "(2022 -2025)", None, ("2022 -2025", "2022/2025", "year", None)),
    ("vietnews-011782", "coi 2017 là năm", None, ("2017", "2017", "year", None)),
    # school years: the start of one is its first year; "năm học mới"; the fiscal year
    ("vietnews-016267", "đầu năm học 2016-2017", None, ("đầu năm học 2016-2017", "2016", "year", "start")),
    ("vietnews-016034", "năm học mới 2019 - 2020", None, ("năm học mới 2019 - 2020", "2019/2020", "year", None)),
    ("vietnews-011114", "năm tài khóa 2018", None, ("năm tài khóa 2018", "2018", "year", None)),  # matching form,
    # fixed after held-out 6 was scored blind at 2ae3dfd (real sentences of that split)
    ("vietnews-014108", "9:30 hôm nay (07/01)", date(2017, 1, 7), ("9:30 hôm nay (07/01)", "2017-01-07T09:30", "minute", None)),
    ("vietnews-006246", "hôm thứ Hai", date(2017, 3, 21), ("hôm thứ Hai", "2017-03-20", "day", None)),
    ("vietnews-008141", "từ 6 đến 9 tháng", None, ("từ 6 đến 9 tháng", "P6M/P9M", "duration", None)),
    ("vietnews-015684", "5 năm gần đây", None, ("5 năm gần đây", "P5Y", "duration", None)),
    ("vietnews-016270", "lúc 7 h", None, ("7 h", "XXXX-XX-XXT07", "hour", None)),
    ("vietnews-022627", "cả tiếng", None, ("cả tiếng", "PT1H", "duration", None)),
    ("vietnews-022627", "cuối năm mới", date(2018, 6, 5), ("cuối năm", "2018", "year", "end")),
    ("vietnews-000618", "từ 14-16 năm", None, ("14-16 năm", "P14Y/P16Y", "duration", None)),  # dash range: "từ" left out,
    # third round (before held-out 7): the convention pass and the known misses, on real sentences of the earlier splits
    ("vietnews-006905", "ba ngày tới Italia", None, ("ba ngày", "P3D", "duration", None)),  # "tới" = to
    ("vietnews-008610", "6 tháng tới", None, ("6 tháng tới", "P6M", "duration", None)),  # "tới" = next: kept
    ("vietnews-006415", "một năm trước khi", date(2016, 6, 1), ("một năm", "P1Y", "duration", None)),
    ("vietnews-009498", "24 giờ trước khi", None, ("24 giờ", "PT24H", "duration", None)),
    ("vietnews-014017", "sớm hơn 4 năm", None, ("4 năm", "P4Y", "duration", None)),  # earlier by 4 years
    ("vietnews-013690", "suốt 3 tháng", None, ("3 tháng", "P3M", "duration", None)),
    ("vietnews-013690", "tối thiểu 6 tháng", None, ("tối thiểu 6 tháng", "P6M", "duration", "at_least")),
    ("vietnews-015684", "từ năm 2013-2014 đến 2017-2018", None, ("từ năm 2013-2014 đến 2017-2018", "2013/2018", "year", None)),
    ("vietnews-021911", "Giai đoạn 1946 đến 1954", None, ("Giai đoạn 1946 đến 1954", "1946/1954", "year", None)),
    ("vietnews-015014", "trong vòng 30p", None, ("30p", "PT30M", "duration", None)),
    ("vietnews-016270", "7h5 5", None, ("7h5 5 ’", "XXXX-XX-XXT07:55", "minute", None)),
    ("vietnews-002641", "2 đêm 31-12-2017", None, ("31-12-2017", "2017-12-31", "day", None)),
    # found in the review of the sample (articles in no split, held-out 7 left out)
    ("vietnews-007490", "trong vòng 48h", None, ("48h", "PT48H", "duration", None)),
    ("vietnews-004645", "Manila 7-3", date(2017, 3, 8), ("7-3", "2017-03-07", "day", None)),  # a photo caption's date
    ("vietnews-009976", "15h4 5", None, ("15h4 5", "XXXX-XX-XXT15:45", "minute", None)),
    # fixed after held-out 7 was scored blind at fd0548c (real sentences of that split, then of the sample)
    ("vietnews-001886", "ngày hôm sau (15/8)", date(2018, 9, 1), ("ngày hôm sau (15/8)", "2018-08-15", "day", None)),
    ("vietnews-006509", "tháng Chín tới đây", date(2018, 6, 15), ("tháng Chín tới đây", "2018-09", "month", None)),
    ("vietnews-009124", "Cách đây 4 năm", date(2016, 11, 4), ("Cách đây 4 năm", "2012", "year", None)),
    ("vietnews-014066", "từ khoảng hơn 14h", None, ("14h", "XXXX-XX-XXT14", "hour", None)),
    ("vietnews-014066", "3 tháng gần nhất", None, ("3 tháng gần nhất", "P3M", "duration", None)),
    ("vietnews-014974", "sáng hôm sau (13/11)", date(2017, 11, 15), ("sáng hôm sau (13/11)", "2017-11-13", "day", None)),
    # fourth round (before held-out 8): article context (real sentences of held-out 7, used for fixes, and of the sample)
    # a day-month in a sentence framed by another year ("Cách đây 4 năm, … ngày bầu cử 8/11") takes that year
    ("vietnews-009124", "ngày bầu cử 8/11", date(2016, 11, 4), ("8/11", "2012-11-08", "day", None)),
    ("vietnews-009124", "cuộc đua 2012", date(2016, 11, 4), ("2012", "2012", "year", None)),
    # "tháng Giêng" with no Tết or lunar word in its paragraph (news from Norway): January
    ("vietnews-017173", "vào tháng Giêng rằng", date(2018, 2, 1), ("tháng Giêng", "2018-01", "month", None)),
    # "24 đến 26-5" without "từ" is a range; "từ 10 đến 12-6" with a dash too
    ("vietnews-003693", "24 đến 26-5", date(2019, 5, 28), ("24 đến 26-5", "2019-05-24/2019-05-26", "day", None)),
    ("vietnews-003067", "từ 10 đến 12-6", date(2018, 6, 20), ("từ 10 đến 12-6", "2018-06-10/2018-06-12", "day", None)),
    # the years of a war named a few words before
    ("vietnews-008538", "chiến tranh Triều Tiên 1950 - 1953", date(2018, 2, 11), ("1950 - 1953", "1950/1953", "year", None)),
    # "chỉ trong vòng 2 giờ chiều ngày 15/2": two hours, on the afternoon of 15/2
    ("vietnews-012971", "trong vòng 2 giờ chiều", date(2017, 2, 16), ("2 giờ", "PT2H", "duration", None)),
    ("vietnews-012971", "trong vòng 2 giờ chiều", date(2017, 2, 16), ("chiều ngày 15/2", "2017-02-15", "day", None)),
    # "Hơn 15 giờ, bảng giá …" opening a sentence: past three o'clock
    ("vietnews-014066", "Hơn 15 giờ, bảng giá", None, ("15 giờ", "XXXX-XX-XXT15", "hour", None)),
    # a clock time takes the day of the one date of its sentence
    ("vietnews-016475", "khoảng 1h rạng ngày 2-1-2018", None, ("1h rạng ngày 2-1-2018", "2018-01-02T01", "hour", "approx")),  # one expression since held-out 12; "khoảng": approx
    # fixed after held-out 9 was scored blind at 2268c35 (real sentences of that split, then of the sample)
    ("vietnews-016920", "Sang tuần, vụ án", date(2018, 5, 10), ("Sang tuần", "2018-W20", "week", None)),
    ("vietnews-004946", "9h sáng nay (31-1)", date(2018, 1, 31), ("9h sáng nay (31-1)", "2018-01-31T09", "hour", None)),
    ("vietnews-005996", "hôm nay (25-4, giờ Mỹ)", date(2018, 4, 25), ("hôm nay (25-4, giờ Mỹ)", "2018-04-25", "day", None)),
    ("vietnews-004235", "ngày 15-3-2019 vừa rồi", None, ("ngày 15-3-2019 vừa rồi", "2019-03-15", "day", None)),
    ("vietnews-005571", "tháng 3 vừa rồi", date(2018, 6, 1), ("tháng 3 vừa rồi", "2018-03", "month", None)),
    ("vietnews-005319", "1 tháng 3 lệnh", date(2018, 4, 16), ("1 tháng", "P1M", "duration", None)),  # one month, three sanctions
    ("vietnews-001298", "hai năm 2016, 2017", None, ("2016", "2016", "year", None)),  # listed years after their count
    ("vietnews-002544", "hai năm 2015 và 2016", None, ("2015", "2015", "year", None)),
    # found in a review of the sample (articles in no split and outside the held-out draw rule)
    ("vietnews-022323", "hai ngày 19 - 20/1", date(2018, 1, 18), ("19 - 20/1", "2018-01-19/2018-01-20", "day", None)),
    ("vietnews-012785", "hai đến ba tuần tới", None, ("hai đến ba tuần tới", "P2W/P3W", "duration", None)),
    ("vietnews-004774", "15 - 30 giây", None, ("15 - 30 giây", "PT15S/PT30S", "duration", None)),
    ("vietnews-021068", "khoảng 2-3 phút", None, ("khoảng 2-3 phút", "PT2M/PT3M", "duration", "approx")),
    ("vietnews-000119", "gần 17h cùng ngày", None, ("17h", "XXXX-XX-XXT17", "hour", None)),  # near five o'clock
    ("vietnews-020840", "đình chỉ 9 tháng", None, ("9 tháng", "P9M", "duration", None)),  # "Qua" opens the next paragraph
    ("vietnews-011854", "ba hoặc bốn tuần tới", None, ("ba hoặc bốn tuần tới", "P3W/P4W", "duration", None)),
    ("vietnews-005350", "chưa đầy một ngày trước đó", None, ("chưa đầy một ngày", "P1D", "duration", "less_than")),
    ("vietnews-003022", "2 phút 2 giây", None, ("2 phút 2 giây", "PT2M2S", "duration", None)),
    ("vietnews-000109", "16h30p chiều 7/9", date(2018, 9, 8), ("16h30p chiều 7/9", "2018-09-07T16:30", "minute", None)),
    # fixed after held-out 10 was scored blind at 56dee60 (real sentences of that split, then used for development)
    ("vietnews-018360", "tức ngày 20-12 đến 11-1 âm lịch", date(2019, 1, 15),
     ("ngày 20-12 đến 11-1 âm lịch", "2019-01-25/2019-02-15", "day", None)),  # lunar both ends, bracket left out
    ("vietnews-017889", "lên đến 24 tháng", None, ("lên đến 24 tháng", "P24M", "duration", "at_most")),
    ("vietnews-002378", "từ nay đến năm 2020", date(2017, 12, 4), ("từ nay đến năm 2020", "2017-12-04/2020", "day", None)),
    ("vietnews-016023", "năm học vừa qua", date(2018, 9, 5), ("năm học vừa qua", "2017/2018", "year", None)),
    ("vietnews-016023", "khai giảng năm học mới", date(2018, 9, 5), ("năm học mới", "2018/2019", "year", None)),
    ("vietnews-015811", "công bố vào cuối tháng 3. Theo", date(2018, 8, 13), ("cuối tháng 3", "2019-03", "month", "end")),  # "sẽ …"
    # fixed after held-out 11 was scored blind at 126910e (real sentences of that split, then used for development)
    ("vietnews-006157", "khoảng 3.000 năm TCN", None, ("3.000 năm TCN", "BC3000", "year", None)),
    ("vietnews-006157", "mỗi năm 365,25 ngày", None, ("365,25 ngày", "P365.25D", "duration", None)),  # only halves change unit
    ("vietnews-017560", "mùa Noel năm nay", date(2018, 12, 24), ("năm nay", "2018", "year", None)),
    ("vietnews-004944", "từ bây giờ cho đến mốc 2030", date(2019, 5, 31),
     ("từ bây giờ cho đến mốc 2030", "2019-05-31/2030", "day", None)),
    # fixed after held-out 12 was scored blind at 39e929c (real sentences of that split, then used for development)
    ("vietnews-003884", "Sau 3 quý đầu năm", date(2017, 10, 16), ("3 quý đầu năm", "2017-Q1/2017-Q3", "quarter", None)),
    ("vietnews-002815", "khóa 1995-1998", None, ("khóa 1995-1998", "1995/1998", "year", None)),  # matching form of "khoá"
    ("vietnews-017424", "niên khóa 15-18", None, ("niên khóa 15-18", "2015/2018", "year", None)),
    # fixed after held-out 13 was scored blind at 9a5363d
    ("vietnews-018327", "tổng kết công tác 2017", None, ("2017", "2017", "year", None)),
    # fixed in the round before held-out 14 (general forms of the misses left in held-out 11-13, and the sample)
    ("vietnews-005950", "40 triệu giờ", None, ("40 triệu giờ", "PT40000000H", "duration", None)),  # a scaled number
    ("vietnews-009239", "một năm và 10 tháng", None, ("một năm và 10 tháng", "P1Y10M", "duration", None)),  # joined units
    ("vietnews-002077", "từ đêm 30 đến mồng 2 tết", date(2019, 2, 20),
     ("từ đêm 30 đến mồng 2 tết", "2019-02-04/2019-02-06", "day", None)),  # the eve opening a range of Tết days
    ("vietnews-002077", "từ đêm 30 đến đêm mồng 2 Tết", date(2019, 2, 20),
     ("từ đêm 30 đến đêm mồng 2 Tết Nguyên đán Kỷ Hợi 2019", "2019-02-04/2019-02-06", "day", None)),
    ("vietnews-005923", "ngày và đêm nay", date(2018, 11, 18), ("ngày và đêm nay", "2018-11-18", "day", None)),
    ("vietnews-017560", "Giáng sinh 2018 (24-12)", None, ("Giáng sinh 2018 (24-12)", "2018-12-24", "day", None)),
    ("vietnews-004958", "đêm 21, rạng sáng 22-12", date(2017, 12, 22), ("đêm 21", "2017-12-21", "day", None)),
    ("vietnews-021636", "Chiều 11 và ngày 12/12", date(2017, 12, 13), ("Chiều 11", "2017-12-11", "day", None)),  # sample
    ("vietnews-006157", "năm nay là 17-2", date(2018, 2, 20), ("17-2", "2018-02-17", "day", None)),  # no cue: 17 is no month
    ("vietnews-016112", "THPT đợt 30-6", date(2019, 7, 1), ("30-6", "2019-06-30", "day", None)),
    ("vietnews-015808", "Mẹ Mười ngày 21-5", date(2018, 5, 22), ("ngày 21-5", "2018-05-21", "day", None)),  # "Mẹ Mười": a name
    ("vietnews-002504", "2016 - 2020 bị ảnh hưởng", None, ("2016 - 2020", "2016/2020", "year", None)),  # a quoted programme's years
    ("vietnews-019621", "Lúc 3h 28/8", date(2018, 8, 29), ("3h 28/8", "2018-08-28T03", "hour", None)),  # no minute "28"
    ("vietnews-022536", "niên đại thế kỷ 11-12", None, ("thế kỷ 11-12", "10XX/11XX", "century", None)),  # a range of centuries
    ("vietnews-015404", "ca cấp cứu dài 1 giờ", None, ("1 giờ", "PT1H", "duration", None)),  # a long hour, not one o'clock
    # midnight, not noon, and the one that ends the day of its sentence ("ngày 26 tháng chạp" = 11 Feb 2018): the 12th's 00:00
    ("vietnews-017341", "hơn 12h đêm", date(2018, 2, 12), ("12h đêm", "2018-02-12T00", "hour", None)),
    # fixed after held-out 14 was scored blind at 077504e (real sentences of that split, then used for development)
    ("vietnews-003349", "quý 2 và quý 3-2018", date(2019, 1, 2), ("quý 2", "2018-Q2", "quarter", None)),  # the list's year
    ("vietnews-004831", "cuối ngày 9-5", date(2018, 5, 9), ("cuối ngày 9-5", "2018-05-09", "day", "end")),
    ("vietnews-003988", "lần thứ 17 chiều 6-7", date(2018, 7, 6), ("chiều 6-7", "2018-07-06", "day", None)),  # an ordinal, no count
    ("vietnews-018573", "nhiều hơn 3 ngày so với", None, ("3 ngày", "P3D", "duration", None)),  # "hơn" is "than"
    ("vietnews-020560", "kéo dài tới 4-5 giờ", None, ("4-5 giờ", "PT4H/PT5H", "duration", None)),
    ("vietnews-020560", "định hướng 2025", None, ("2025", "2025", "year", None)),
    ("vietnews-017427", "từ giờ tới cuối năm", date(2019, 9, 8), ("từ giờ tới cuối năm", "2019-09-08/2019", "day", None)),
    ("vietnews-017427", "học cả 12 năm", None, ("12 năm", "P12Y", "duration", None)),
    ("vietnews-017415", "dịp Tết năm ngoái", date(2018, 2, 11), ("Tết năm ngoái", "2017-01-28", "day", None)),
    ("vietnews-017415", "(ngày 26 Tết)", date(2018, 2, 11), ("ngày 26 Tết", "2018-02-11", "day", None)),
    ("vietnews-005452", "giai đoạn 2009 đến tháng 5-2018", None, ("giai đoạn 2009 đến tháng 5-2018", "2009/2018-05", "month", None)),
    ("vietnews-005850", "ở London tuần trước", date(2017, 9, 18), ("tuần trước", "2017-W37", "week", None)),  # "hàng chục": dozens
    ("vietnews-003934", "Tết nguyên đán năm nay", date(2018, 3, 1), ("Tết nguyên đán năm nay", "2018-02-16", "day", None)),  # sample
    ("vietnews-011757", "cuộc bầu cử tổng thống 2020", None, ("2020", "2020", "year", None)),  # the election's year (sample)
    ("vietnews-017210", "can thiệp bầu cử Mỹ 2016", None, ("2016", "2016", "year", None)),
    ("vietnews-015085", "vào khoảng 20 giờ ngày 14/3", date(2018, 3, 20), ("20 giờ ngày 14/3", "2018-03-14T20", "hour", "approx")),  # no duration; "khoảng": approx
    ("vietnews-013233", "còn lại 42 năm ba tháng là", None, ("42 năm ba tháng", "P42Y3M", "duration", None)),  # a spelled second unit
    ("vietnews-000814", "trong 2 ngày 27/6 và 28/6", date(2018, 6, 30), ("27/6", "2018-06-27", "day", None)),  # "ngày" of the count
    ("vietnews-003355", "Nhân dân 115 sáng 14-5", date(2018, 5, 15), ("sáng 14-5", "2018-05-14", "day", None)),  # 115: a name, no count
    ("vietnews-017155", "hơn 70 năm về trước", date(2018, 6, 15), ("hơn 70 năm về trước", "1948", "year", None)),  # ago
    ("vietnews-017475", "mai con lại tới", date(2019, 7, 15), ("mai", "2019-07-16", "day", None)),  # spoken "tomorrow"
    # the first nine months of the year of the briefing in the same sentence, read in January (held-out 2)
    ("vietnews-014141", "9 tháng đầu năm tổ chức", date(2019, 1, 11), ("9 tháng đầu năm", "2018-01/2018-09", "month", None)),
    ("vietnews-005950", "15 năm trở lại đây", None, ("15 năm trở lại đây", "P15Y", "duration", None)),  # kept like "gần đây"
])
def test_real_sentences_read_right(news, aid, needle, anchor, expected):
    """Real sentences of the sample (development and already-scored held-out articles) and what they hold."""
    assert expected in _found(_sentence(news, aid, needle), anchor)


@pytest.mark.parametrize("aid,needle,absent", [
    ("vietnews-006639", "ở lại sau 22h", "22h"),  # a company rule, not a moment
    ("vietnews-015270", "chỉ được phép mở cửa đến 2h", "2h"),  # opening hours
    ("vietnews-009603", "hai ngày 7, 8/7", "hai ngày"),  # the count of a list of days is no duration
    ("vietnews-003348", "từ 4-6 tuổi", "4-6"),  # ages
    ("vietnews-009976", "8 tháng sau khi", "tháng sau"),  # eight months after an event, not next month,
    ("vietnews-013162", "một ngày phải đi qua", "một ngày"),  # a rate: once a day … 4 times
    ("vietnews-016270", "1/10; 1/11", "1/11"),  # the next ratio of a list of ratios
    ("vietnews-013937", "tháng 8/2108", "tháng 8"),  # a mistyped year
    ("vietnews-014141", "(18/2 8 đơn vị", "18/2"),  # "18/28" broken by a space
    ("vietnews-022335", "năm sau cao hơn năm trước", "năm sau"),  # year-on-year, generic
    ("vietnews-022335", "năm sau cao hơn năm trước", "năm trước"),
    ("vietnews-017155", "vài tháng sau khi", "tháng sau"),  # vague,
    ("vietnews-007999", "vòng 1/8", "1/8"),  # the round of 16
    ("vietnews-017173", "hơn 1/5 trữ lượng", "1/5"),  # a share,
    # fixed after held-out 8 was scored blind at b4e591c (real sentences of that split, then of the sample)
    ("vietnews-002399", "ít nhất 1/2 thời gian", "1/2"),  # at least half the term: a share
    ("vietnews-015697", "tuổi trẻ cùng năm tháng", "năm tháng"),  # "years and months", not five months
    ("vietnews-002058", "Suốt những năm tháng qua", "năm tháng qua"),
    ("vietnews-002745", "đường 3 Tháng 2", "3 Tháng 2"),  # a street named for a date
    ("vietnews-002745", "đường 3 Tháng 2", "Tháng 2"),
    ("vietnews-002745", "đường 3 Tháng 2", "3 Tháng"),
    ("vietnews-001298", "hai năm 2016, 2017", "hai năm"),  # the count of listed years is no duration
    ("vietnews-022323", "hai ngày 19 - 20/1", "hai ngày"),  # likewise for a range of days
    ("vietnews-003698", "từ 2 - 3 cây", "2 - 3"),  # two or three strokes
    ("vietnews-015085", "khoảng 1/3 căn nhà", "1/3"),  # a third of the house
    ("vietnews-000903", "hoạt động 24/7", "24/7"),  # round the clock
    ("vietnews-020041", "từ 7h đến 19h hàng ngày", "7h"),  # every day: recurring
    ("vietnews-012999", "ngày một ngày hai", "một ngày"),  # "overnight", an idiom
    ("vietnews-020218", "Mấy hôm nay", "hôm nay"),  # these last few days: vague
    ("vietnews-011849", "những tháng sắp tới", "tháng sắp tới"),  # the coming months: vague
    ("vietnews-014603", "bao năm qua", "năm qua"),  # all these years: vague
    ("vietnews-011384", "ít nhất một tiếng súng", "ít nhất một tiếng"),  # a gunshot
    ("vietnews-005775", "5 năm một lần", "5 năm"),  # once every five years
    ("vietnews-004487", "thường niên vào cuối năm", "cuối năm"),  # the annual year-end press conference
    ("vietnews-016186", "các năm học trước", "năm học trước"),  # earlier school years: vague
    ("vietnews-004944", "mỗi 6 tháng", "6 tháng"),  # every six months
    ("vietnews-005923", "sóng biển cao từ 2-4 m", "2-4"),  # two to four metres
    ("vietnews-002504", "8h sáng một ngày cuối tháng 7", "một ngày"),  # some day at the end of July
    ("vietnews-005507", "Năm trước đó nữa", "Năm trước"),  # the year before that: anaphoric
    ("vietnews-016112", "sang các năm tiếp theo", "năm tiếp theo"),  # the following years: vague
    ("vietnews-016221", "từ 4-5 tỉ đồng", "4-5"),  # four to five billion dong
    ("vietnews-015808", "Mẹ Mười ngày 21-5", "Mười ngày"),  # a name, not ten days
    ("vietnews-001932", "với số điểm 29.5", "29.5"),  # a score (a dotted pair needs a cue)
    ("vietnews-014609", "giá rẻ 1/3", "1/3"),  # a third of the price
    ("vietnews-017210", "cứ hai lần một ngày", "một ngày"),  # twice a day: a rate
    ("vietnews-018241", "CPI của cả năm", "cả năm"),  # the whole year's figure
    ("vietnews-008322", "hồi tháng 7 tới đài", "tháng 7 tới"),  # a past month; "tới" is "to"
    ("vietnews-004831", "Nhiều tháng trước", "tháng trước"),  # vague
    ("vietnews-017475", "đôi ba tháng mới về", "ba tháng"),  # two or three months: vague
    ("vietnews-017475", "8h tối một ngày tháng 5-2012", "một ngày"),  # one day in May 2012, no duration
    ("vietnews-017475", "mùa mưa năm sau", "năm sau"),  # the year after 2011 (the sentence's opening), anaphoric
    ("vietnews-017415", "7h sáng những ngày cận Tết", "7h sáng"),  # at seven on each of those days
    ("vietnews-017427", "như mọi chủ nhật khác", "chủ nhật"),  # every Sunday
    ("vietnews-015270", "mở cửa đến 2h các ngày cuối tuần", "2h"),  # opening hours on weekends
    ("vietnews-015270", "kinh doanh dịch vụ đến 2 giờ", "2 giờ"),  # opening hours, a standing rule (sample)
    ("vietnews-009326", "Tháng 7 năm đó", "Tháng 7"),  # July of the year the story is in (209 BC), anaphoric
    ("vietnews-018360", "trong dịp Tết âm lịch", "Tết âm lịch"),  # the festive season (held-out 10)
    ("vietnews-013690", "“24 năm Tâm sáng", "24 năm"),  # a quoted programme name opening with a duration (held-out 3)
    ("vietnews-005775", "trong cùng một ngày", "một ngày"),  # the same day: anaphoric like "cùng ngày" (held-out 10)
])
def test_real_look_alikes_are_not_times(news, aid, needle, absent):
    found = find_times(_sentence(news, aid, needle), date(2018, 6, 1))
    assert not any(t.text == absent for t in found), found


def test_scaled_and_joined_durations_hand_made():  # hand-made sentences
    assert _found("Dự án kéo dài 3 năm và 5 năm nữa mới xong.", date(2019, 1, 1)) == {
        ("3 năm", "P3Y", "duration", None), ("5 năm nữa", "2024", "year", None)}  # same unit twice: two expressions
    assert _found("Họ làm việc 2 ngày và 3 giờ liền.") == {("2 ngày và 3 giờ", "P2DT3H", "duration", None)}
    assert _found("Loài này xuất hiện khoảng 1,5 triệu năm trước.", date(2019, 1, 1)) == set()  # deep time, not last year
    assert _found("Chiều 3 và sáng 20/5, đoàn làm việc.", date(2019, 5, 21)) == {("sáng 20/5", "2019-05-20", "day", None)}  # too far apart


def test_nothing_composes_across_a_line(news):  # real text: a title ending in a duration, then the lead date
    text = news["vietnews-020855"]["text"]
    found = {(t.text, t.value) for t in find_times(text[:text.index(", chiếc xe")], date(2018, 6, 20))}
    assert ("3 giờ", "PT3H") in found and ("Sáng 19/6", "2018-06-19") in found


def test_counted_listed_days_hand_made():  # hand-made sentences
    assert _found("Mưa lớn trong hai ngày 7/7 và 8/7 tới.", date(2018, 6, 30)) == {
        ("7/7", "2018-07-07", "day", None), ("8/7 tới", "2018-07-08", "day", None)}  # the count is no duration


def test_spoken_mai_needs_a_following_pronoun_hand_made():  # hand-made sentences
    assert _found("Mai tôi đi Huế.", date(2019, 7, 15)) == set()  # capitalised: may be the name Mai
    assert _found("Cây mai con nở sớm.", date(2019, 7, 15)) == set()  # an apricot tree
    assert _found("Ông đã được mai táng.", date(2019, 7, 15)) == set()


def test_nights_counted_in_words_are_no_part_of_the_day():
    """Hand-made (the real '2 đêm 31-12-2017' of vietnews-002641 with the count written as a word): 'hai đêm' counts
    nights like '2 đêm', so 'đêm' stays out of the dates."""
    found = [(t.text, t.value) for t in find_times("Mưa lớn trong hai đêm 31-12-2017 và 1-1-2018.", date(2018, 1, 2))]
    assert found == [("31-12-2017", "2017-12-31"), ("1-1-2018", "2018-01-01")]


def test_a_day_alone_takes_the_last_month_that_has_it():
    # hand-made: "ngày 31" in an article of 20 December is not 31 November (no such day) but 31 October
    assert [(t.text, t.value) for t in find_times("Lúc 9h ngày 31, đoàn đến.", date(2017, 12, 20))] == [("9h ngày 31", "2017-10-31T09")]
    assert [t.value for t in find_times("Lúc 9h ngày 31, đoàn đến.", date(2017, 12, 31))] == ["2017-12-31T09"]


def test_forms_found_in_held_out_17():  # hand-made sentences, after held-out 17 was scored
    # "Cách nay …" with a bound is a point, and N weeks ago is that week
    assert _found("Cách nay khoảng 3 tuần, hai ông cãi nhau.") == {("Cách nay khoảng 3 tuần", "XXXX-WXX", "week", None)}
    assert _values("Hai tuần trước, ông nói.", date(2024, 4, 12)) == {"Hai tuần trước": "2024-W13"}
    # a weekday with the part of the week after it is that day; "bao nhiêu năm qua" is vague
    assert _values("Cô cho biết thứ 2 đầu tuần trường sẽ tuyên dương.", date(2024, 4, 10)) == {"thứ 2 đầu tuần": "2024-04-08"}
    assert _values("Thứ Sáu cuối tuần qua, đoàn đến.", date(2024, 4, 10)) == {"Thứ Sáu cuối tuần qua": "2024-04-05"}
    assert find_times("Không ngờ bao nhiêu năm qua nơi này vẫn vậy.", date(2024, 4, 10)) == []
    # listed clock times and their restatement take the one day of their sentence, also without an anchor
    assert _values("Họ phóng lúc 5h34 và 5h57 ngày 25/7 (3h34 và 3h57 giờ Hà Nội).", None) == {
        "5h34": "XXXX-07-25T05:34", "5h57 ngày 25/7": "XXXX-07-25T05:57", "3h34": "XXXX-07-25T03:34", "3h57": "XXXX-07-25T03:57"}
    # a whole month with its intensifier, one school year (not "năm học sinh"), a habit's hour, a climate season's months
    assert _values("Suốt cả tháng trời cô đủ tiền cho một năm học.", None) == {"cả tháng trời": "P1M", "một năm học": "P1Y"}
    assert _values("Đã 2 năm học sinh không được nghỉ.", None) == {"2 năm": "P2Y"}
    assert find_times("Ngày nào cũng như ngày nấy, cô học đến 2h sáng.", None) == []
    assert find_times("Mùa nam từ tháng 4 - 9 âm lịch, sóng lớn.", date(2024, 4, 10)) == []


def test_forms_found_in_held_out_18():  # hand-made sentences, after held-out 18 was scored
    # a range of durations opening with a fraction (hours counted in "tiếng" need no cue), or in two units
    assert _values("Ướp cá phải để 1,5 - 2 tiếng mới phơi.", None) == {"1,5 - 2 tiếng": "PT90M/PT2H"}
    assert _values("Phạt tù từ 06 tháng đến 03 năm.", None) == {"từ 06 tháng đến 03 năm": "P6M/P3Y"}
    assert _values("Kéo dài 2 - 3 thập kỷ.", None) == {"2 - 3 thập kỷ": "P20Y/P30Y"}
    # the months of a season are no duration
    assert find_times("Khách chủ yếu đến trong 3 tháng hè.", None) == []


def test_forms_found_in_held_out_19():  # hand-made sentences, after held-out 19 was scored
    # after a part of the day, a dash pair before "giờ" and a time zone is a day-month, not a range of hours
    assert _values("Theo đài CBS, tối 6-7 giờ địa phương, bà trả lời phỏng vấn.", None) == {"tối 6-7": "XXXX-07-06"}
    assert _values("Tối 6-7 giờ Hà Nội, trận đấu diễn ra.", None) == {"Tối 6-7": "XXXX-07-06"}
    assert _values("Trận đấu diễn ra lúc 6-7 giờ Hà Nội.", None) == {"6-7 giờ": "XXXX-XX-XXT06/XXXX-XX-XXT07"}
    # a bare year a few words after a war word is the war's year; a campaign's slogan keeps its year in the name
    assert _values("Họ nói về chiến tranh biên giới 1979 trong sách.", None) == {"1979": "1979"}
    assert find_times("Ông bán cờ chiến dịch Trump 2020 mỗi tháng.", None) == []
    # "lần đầu" is "the first time": the year after it has no start modifier
    assert _found("Mỹ cử phái đoàn tới hội nghị lần đầu năm 2017.") == {("năm 2017", "2017", "year", None)}
    assert find_times("Tôi gặp anh lần đầu năm ấy, khi còn nhỏ.", date(2019, 5, 5)) == []  # not "năm": this year
    # "N năm … một lần" with a few words between is a frequency
    assert find_times("Đó không chỉ là chuyện 4 năm bầu chọn tổng thống một lần.", None) == []


def test_pod_hour_range_before_a_zone_is_a_day_month_only_where_no_clock_hours_fit():  # hand-made sentences (review)
    # the intended reading: 6 and 7 are no evening clock hours ("6 giờ chiều"), so "tối 6-7 giờ địa phương" is 6 July
    assert _values("Theo đài CBS, tối 6-7 giờ địa phương, bà trả lời phỏng vấn.", date(2019, 1, 10)) == {"tối 6-7": "2018-07-06"}
    # no valid day-month (16 is no month): the hours stay (the part of the day before them in the span)
    assert _values("Trận đấu diễn ra chiều 14-16 giờ địa phương.", None) == {"chiều 14-16 giờ": "XXXX-XX-XXT14/XXXX-XX-XXT16"}
    # a capitalised word that names no time zone: hours of the evening
    assert _values("Tối 7-9 giờ Đài truyền hình phát sóng phim.", None) == {"Tối 7-9 giờ": "XXXX-XX-XXT19/XXXX-XX-XXT21"}
    # a zone, but clock hours of the morning
    assert _values("Sáng 9-11 giờ Hà Nội có mưa.", None) == {"Sáng 9-11 giờ": "XXXX-XX-XXT09/XXXX-XX-XXT11"}
    assert _values("Sáng 8-10 giờ GMT trận đấu diễn ra.", None) == {"Sáng 8-10 giờ": "XXXX-XX-XXT08/XXXX-XX-XXT10"}
    assert _values("Sáng 6-7 giờ Hà Nội, trận đấu diễn ra.", None) == {"Sáng 6-7 giờ": "XXXX-XX-XXT06/XXXX-XX-XXT07"}


def test_frequency_gap_takes_no_word_that_counts_the_one_time():  # hand-made sentences (review)
    # the intended reading: "4 năm … một lần" with a verb phrase between is "once every four years"
    assert find_times("Đó không chỉ là chuyện 4 năm bầu chọn tổng thống một lần.", None) == []
    assert find_times("Lịch này 3 năm sẽ nhuận 1 lần.", None) == []
    # negation, "only", "more"/"again" between, or "một lần nữa": the years are a duration
    assert _values("Đã 10 năm tôi chưa về quê một lần.", None) == {"10 năm": "P10Y"}
    assert _values("Sau 2 năm anh trở lại thêm một lần nữa.", None) == {"2 năm": "P2Y"}
    assert _values("Ông làm việc ở đây 5 năm chỉ nghỉ phép một lần.", None) == {"5 năm": "P5Y"}
    assert _values("Sau 3 năm họ gặp nhau một lần nữa.", None) == {"3 năm": "P3Y"}


def test_a_count_after_a_war_word_is_no_year():  # hand-made sentences (review)
    # the intended reading: the war's year a few words after it
    assert _values("Họ nói về chiến tranh biên giới 1979 trong sách.", None) == {"1979": "1979"}
    # a counted noun after the number, or a quantity bound before it: a count
    assert find_times("Kháng chiến chống Mỹ có 2000 thanh niên xung phong.", None) == []
    assert find_times("Kháng chiến chống Mỹ huy động 2000 thanh niên xung phong.", None) == []
    assert find_times("Cuộc chiến với hơn 1800 quân địch kết thúc.", None) == []
    assert find_times("Thương vong của cuộc chiến lên tới hơn 1800.", None) == []


def test_months_of_a_recurring_season_only_after_a_listed_season():  # hand-made sentences (review)
    anchor = date(2019, 1, 10)
    # the intended reading: the months of a climate season of every year are no time
    assert find_times("Mùa nam từ tháng 4 - 9 âm lịch, sóng lớn.", anchor) == []
    assert find_times("Ở đây mùa mưa từ tháng 5, đường ngập.", anchor) == []
    # "mùa" with another word after it is no recurring season: the month is a time
    assert _values("Mùa này từ tháng 4, giá lúa tăng mạnh.", anchor) == {"tháng 4": "2019-04"}
    assert _values("Mùa giải từ tháng 8 sẽ có 14 đội.", anchor) == {"tháng 8": "2018-08"}
    assert _values("Trong mùa dịch tháng 3 chúng tôi ở nhà.", anchor) == {"tháng 3": "2019-03"}


def test_school_year_unit_guard_in_ranges_and_more_words():  # hand-made sentences (review)
    # the intended reading: "năm học" ending the phrase is a school year
    assert _values("Phạt 2-3 năm học ở trường.", None) == {"2-3 năm học": "P2Y/P3Y"}
    assert _values("Suốt cả tháng trời cô đủ tiền cho một năm học.", None) == {"cả tháng trời": "P1M", "một năm học": "P1Y"}
    # "học" starting another word: the unit is "năm", in a range too
    assert _values("Trong 2-3 năm học sinh không được nghỉ.", None) == {"2-3 năm": "P2Y/P3Y"}
    assert _values("Sau 10 năm học trò cũ về thăm thầy.", None) == {"10 năm": "P10Y"}


def test_clock_days_of_one_long_sentence_are_found_once():  # hand-made text (review): was quadratic, 8 CPU s
    import time
    text = "lúc 10h, " * 4000 + "ngày 25/7"
    t0 = time.process_time()
    found = find_times(text, None)
    assert time.process_time() - t0 < 4  # about 0.2 CPU s now
    # the intended reading: every clock time of the sentence takes its one day (the last one is joined to it)
    assert len(found) == 4000 and all(x.value == "XXXX-07-25T10" for x in found)
    assert found[-1].text == "10h, ngày 25/7"


def test_a_range_of_clock_times_takes_its_sentence_day_at_both_ends():  # hand-made sentences (review)
    text = "Ngày 15/2, buổi lễ diễn ra từ 7h đến 9h."
    assert _values(text, date(2019, 1, 10)) == {"Ngày 15/2": "2019-02-15", "từ 7h đến 9h": "2019-02-15T07/2019-02-15T09"}
    assert _values(text, None) == {"Ngày 15/2": "XXXX-02-15", "từ 7h đến 9h": "XXXX-02-15T07/XXXX-02-15T09"}
    # the intended reading of a single clock time stays
    assert _values("Ngày 15/2, buổi lễ diễn ra lúc 7h.", None) == {"Ngày 15/2": "XXXX-02-15", "7h": "XXXX-02-15T07"}


def test_period_years_of_one_long_sentence_are_found_once():  # hand-made text: was quadratic, 5 CPU s
    import time
    text = "quý 3, " * 6000 + "chiều 1/10"
    t0 = time.process_time()
    found = find_times(text, date(2019, 1, 20))
    assert time.process_time() - t0 < 2.5  # about 0.2 CPU s now
    # the intended reading: a quarter in a sentence whose one dated day is of last year is of that year
    assert len(found) == 6001 and all(x.value == "2018-Q3" for x in found[:-1])


def test_a_part_of_the_day_before_a_clock_time_shifts_it():  # hand-made sentences (no such form in the sample)
    # the intended reading: a part of the day written before the hour or range of hours reads as one written after it
    # ("8h tối" = 20:00), and is in the span
    assert _values("Tối 7-9 giờ, đoàn làm việc tại xã.", None) == {"Tối 7-9 giờ": "XXXX-XX-XXT19/XXXX-XX-XXT21"}
    assert _values("Tối 7 giờ, đoàn làm việc.", None) == {"Tối 7 giờ": "XXXX-XX-XXT19"}
    assert _values("Chiều 2-4 giờ, họp.", None) == {"Chiều 2-4 giờ": "XXXX-XX-XXT14/XXXX-XX-XXT16"}
    assert _values("Sáng 9 giờ, họp.", None) == {"Sáng 9 giờ": "XXXX-XX-XXT09"}
    # "rạng sáng" (dawn) is the small hours up to sunrise: no hour of it is after noon, before or after the clock
    assert _values("Khoảng 6 giờ rạng sáng, vụ cháy xảy ra.", None) == {"6 giờ rạng sáng": "XXXX-XX-XXT06"}
    assert _values("Rạng sáng 5 giờ, xe tải lật.", None) == {"Rạng sáng 5 giờ": "XXXX-XX-XXT05"}
    assert _values("Tối 7 giờ 30, họp.", None) == {"Tối 7 giờ 30": "XXXX-XX-XXT19:30"}
    assert _values("Đêm 11-12 giờ, trời mưa.", None) == {"Đêm 11-12 giờ": "XXXX-XX-XXT23/XXXX-XX-XXT24"}
    assert _values("Chiều 3 giờ ngày 5/3, họp.", date(2019, 3, 10)) == {"Chiều 3 giờ ngày 5/3": "2019-03-05T15"}
    # in one expression with a date or a relative day ("Tối 5/3 lúc 7 giờ", "Tối nay 8 giờ")
    assert _values("Tối 5/3 lúc 7 giờ, họp.", None) == {"Tối 5/3 lúc 7 giờ": "XXXX-03-05T19"}
    assert _values("Tối nay 8 giờ, họp.", date(2019, 3, 10)) == {"Tối nay 8 giờ": "2019-03-10T20"}
    # after a range of hours: both ends ("7-9 giờ tối", "từ 7 giờ đến 9 giờ tối", "từ 7 đến 9 giờ tối")
    assert _values("Họp 7-9 giờ tối.", None) == {"7-9 giờ tối": "XXXX-XX-XXT19/XXXX-XX-XXT21"}
    assert _values("Họp 7-9 giờ tối nay.", date(2019, 3, 10)) == {"7-9 giờ tối nay": "2019-03-10T19/2019-03-10T21"}
    assert _values("Từ 7 giờ đến 9 giờ tối, họp.", None) == {"Từ 7 giờ đến 9 giờ tối": "XXXX-XX-XXT19/XXXX-XX-XXT21"}
    assert _values("Từ 7 đến 9 giờ tối, đoàn làm việc.", None) == {"Từ 7 đến 9 giờ tối": "XXXX-XX-XXT19/XXXX-XX-XXT21"}
    assert _values("Tối từ 7 đến 9 giờ, họp.", None) == {"Tối từ 7 đến 9 giờ": "XXXX-XX-XXT19/XXXX-XX-XXT21"}
    assert _values("Cuộc gọi kéo dài tới 4-5 giờ chiều.", None) == {"4-5 giờ chiều": "XXXX-XX-XXT16/XXXX-XX-XXT17"}
    # ... unless the start would then come after the end
    assert _values("Họp từ 10 giờ đến 2 giờ chiều.", None) == {"từ 10 giờ đến 2 giờ chiều": "XXXX-XX-XXT10/XXXX-XX-XXT14"}
    # without a part of the day, "từ 7 đến 9 giờ" is not read as a range (often hours counted); hours counted stay
    assert _values("Họp từ 7 đến 9 giờ.", None) == {"9 giờ": "XXXX-XX-XXT09"}
    assert _values("Kéo dài tới 4-5 giờ.", None) == {"4-5 giờ": "PT4H/PT5H"}
    assert _values("Mưa trong 2-3 giờ sáng nay.", date(2019, 3, 10))["2-3 giờ"] == "PT2H/PT3H"
    # without "giờ" a dash pair after a part of the day is a day-month; before "giờ" and a time zone, see above
    assert _values("Chiều 6-7, họp.", None) == {"Chiều 6-7": "XXXX-07-06"}
    assert _values("Tối 7-9, họp.", None) == {"Tối 7-9": "XXXX-09-07"}
    assert _values("Theo đài CBS, tối 6-7 giờ địa phương, bà trả lời.", None) == {"tối 6-7": "XXXX-07-06"}
    # counted nights are no part of the day of the hour after them
    assert "đêm 8 giờ" not in _values("Họ đi trong 2 đêm 8 giờ liền.", None)


def test_a_range_of_clock_times_never_ends_before_it_starts():  # hand-made sentences (review of 1b53b98)
    # midnight closing an evening or night range: T24 without a known day, the next day's T00 with one
    assert _values("Tối 10-12 giờ, công an tuần tra.", None) == {"Tối 10-12 giờ": "XXXX-XX-XXT22/XXXX-XX-XXT24"}
    assert _values("Đêm 11-12 giờ ngày 5/3", date(2024, 4, 12)) == {"Đêm 11-12 giờ ngày 5/3": "2024-03-05T23/2024-03-06T00"}
    assert _values("Đêm 11-12 giờ ngày 5/3", None) == {"Đêm 11-12 giờ ngày 5/3": "XXXX-03-05T23/XXXX-03-06T00"}
    # a relative day after the end goes to the start only when the start is not after the end
    assert _values("Lệnh có hiệu lực từ 22 giờ đến 5 giờ sáng mai.", date(2024, 4, 12)) == \
        {"từ 22 giờ đến 5 giờ sáng mai": "2024-04-12T22/2024-04-13T05"}
    assert _values("Họp 7-9 giờ tối mai.", date(2024, 4, 12)) == {"7-9 giờ tối mai": "2024-04-13T19/2024-04-13T21"}
    # the one dated day of the sentence: an end before the start is on the next day
    assert _values("Ngày 5/3, từ 22 giờ đến 5 giờ sáng, xe cấm đi.", date(2024, 4, 12))["từ 22 giờ đến 5 giờ sáng"] == \
        "2024-03-05T22/2024-03-06T05"
    # no known day and no midnight: the end keeps its unknown day
    assert _values("Đội tuần tra từ 23 giờ đến 2 giờ sáng.", None) == {"từ 23 giờ đến 2 giờ sáng": "XXXX-XX-XXT23/XXXX-XX-XXT02"}


def test_midnight_as_a_point_ends_its_day():  # hand-made sentences (session 11, mechanism of sample 017341)
    # "12h đêm"/"24h" is the midnight that ends the day: the next day's 00:00 where the day is known, T24 where not
    assert _values("Hạn chót là 24h ngày 31/12/2018.", None) == {"24h ngày 31/12/2018": "2019-01-01T00"}
    assert _values("Ông về lúc 12h đêm.", None) == {"12h đêm": "XXXX-XX-XXT24"}
    assert _values("Lúc 12 giờ đêm 28/2 trời mưa.", None) == {"12 giờ đêm 28/2": "XXXX-02-28T24"}  # no year: 29 Feb?
    # opening a range it is the start of its day, as before
    assert _values("Từ 12h đêm đến 2h sáng, mất điện.", None) == {"Từ 12h đêm đến 2h sáng": "XXXX-XX-XXT00/XXXX-XX-XXT02"}


def test_a_part_of_the_day_before_hours_must_open_its_phrase():  # hand-made sentences (review of 1b53b98)
    # after a verb ("nghỉ trưa", "ngủ trưa": a nap) or "mỗi" (each night) the hours are no clock time of that part of the
    # day: left as without it
    assert _values("Người lao động được nghỉ trưa 2 giờ.", None) == {"2 giờ": "XXXX-XX-XXT02"}
    assert _values("Mỗi ngày em ngủ trưa 1 giờ.", None) == {"1 giờ": "XXXX-XX-XXT01"}
    assert _values("Mỗi đêm 6 giờ, anh ấy ngồi viết.", None) == {"6 giờ": "XXXX-XX-XXT06"}
    # opening its phrase: after "vào", "lúc", a comma, a date or a relative day
    assert _values("Họp vào tối 7 giờ.", None) == {"tối 7 giờ": "XXXX-XX-XXT19"}
    assert _values("Họp lúc chiều 3 giờ.", None) == {"chiều 3 giờ": "XXXX-XX-XXT15"}
    assert _values("Ông ngủ trưa, tối 7 giờ họp.", None) == {"tối 7 giờ": "XXXX-XX-XXT19"}
    assert _values("Ngày 5/3 tối 7 giờ, họp.", None) == {"Ngày 5/3 tối 7 giờ": "XXXX-03-05T19"}
    assert _values("Hôm qua tối 8 giờ, họp.", date(2024, 4, 12)) == {"Hôm qua tối 8 giờ": "2024-04-11T20"}
    # before "từ" the part of the day covers the range whatever its form, and is in the span
    assert _values("Tối từ 7-9 giờ, họp.", None) == {"Tối từ 7-9 giờ": "XXXX-XX-XXT19/XXXX-XX-XXT21"}
    assert _values("Tối từ 7 giờ đến 9 giờ, họp.", None) == {"Tối từ 7 giờ đến 9 giờ": "XXXX-XX-XXT19/XXXX-XX-XXT21"}
    assert _values("Tối từ 7 đến 9 giờ, họp.", None) == {"Tối từ 7 đến 9 giờ": "XXXX-XX-XXT19/XXXX-XX-XXT21"}


# -- session 11: mechanisms found reading vnx's records of 30 sample articles (whole real articles, no anchor) -----

def _article_times(news, aid, anchor=None):
    """(text, value, granularity, mod) of every expression of the whole article ``aid``."""
    return [(t.text, t.value, t.granularity, t.mod) for t in find_times(news[aid]["text"], anchor)]


@pytest.mark.parametrize("aid,expected", [
    # "Ngày 10-3, … Thông tin ban đầu, khoảng 10h30 cùng ngày, …": the day mentioned last, approximate
    ("vietnews-003348", ("10h30", "XXXX-03-10T10:30", "minute", "approx")),
    # "khoảng 14h ngày 21-1 …", then "khoảng 16h cùng ngày", "đến 19 giờ cùng ngày"
    ("vietnews-004364", ("14h ngày 21-1", "XXXX-01-21T14", "hour", "approx")),
    ("vietnews-004364", ("16h", "XXXX-01-21T16", "hour", "approx")),
    ("vietnews-004364", ("19 giờ", "XXXX-01-21T19", "hour", None)),
    # the day of the press conference ("chiều 8-1"), not "bắt đầu từ ngày 9-1" (a validity's start) mentioned after it
    ("vietnews-003262", ("16h30 chiều", "XXXX-01-08T16:30", "minute", None)),
    # "Thi công cầm chừng 8h sáng": "cầm chừng" (slowly) is no bound
    ("vietnews-002504", ("8h sáng", "XXXX-XX-XXT08", "hour", None)),
])
def test_a_clock_time_on_the_same_day_takes_the_last_day_mentioned(news, aid, expected):
    assert expected in _article_times(news, aid)


def test_an_hour_count_after_sau_is_a_duration(news):
    # "Sau 4 giờ, toàn bộ kho xưởng … đã bị thiêu rụi": after four hours of fire-fighting, not at 04:00
    assert ("4 giờ", "PT4H", "duration", None) in _article_times(news, "vietnews-020445")
    # hand-made: with a part of the day, a minute or a 24-hour clock hour it stays a clock time
    assert _values("Sau 4 giờ chiều, trời mưa.", None) == {"4 giờ chiều": "XXXX-XX-XXT16"}
    assert _values("Sau 9 giờ ngày 5/3, trời mưa.", None) == {"9 giờ ngày 5/3": "XXXX-03-05T09"}
    assert _values("Sau 22 giờ, đám cháy được dập tắt.", None) == {"22 giờ": "XXXX-XX-XXT22"}


def test_clock_times_listed_before_a_recurrence_all_recur(news):
    # "vào lúc 9h30 sáng và 4h30 chiều mỗi ngày", "bắt đầu từ 6h sáng mỗi ngày": recurring times, none a point (the
    # record has no recurrence marker, so none is emitted, as for a single one)
    found = _article_times(news, "vietnews-017210")
    assert not [x for x in found if x[0] in ("9h30 sáng", "4h30 chiều", "6h sáng")]
    # hand-made: a list of three, and a listed pair on a named day (kept)
    assert _values("Thuốc uống lúc 7h, 12h và 17h mỗi ngày.", None) == {}
    assert _values("Lúc 9h30 sáng và 4h30 chiều ngày 5/3, họ họp.", None) == \
        {"9h30 sáng": "XXXX-03-05T09:30", "4h30 chiều ngày 5/3": "XXXX-03-05T16:30"}


def test_time_words_in_titles_of_works_are_no_times(news):
    # the book "Sống như ngày mai sẽ chết" (quoted after "cuốn sách:"), the song "Câu chuyện đầu năm" (unquoted, after
    # "trình diễn"); the article's other times stay
    found = _article_times(news, "vietnews-014439")
    assert not [x for x in found if x[0] == "ngày mai"] and ("40 năm", "P40Y", "duration", None) in found
    assert not [x for x in _article_times(news, "vietnews-001932") if x[0] == "đầu năm"]
    # hand-made: a date after an unquoted title, a digit in it, are times
    assert _values("Bộ phim Mắt biếc ra mắt ngày 8/11.", None) == {"ngày 8/11": "XXXX-11-08"}
    assert _values("Đoàn nghệ thuật biểu diễn Hà Nội ngày 5/3.", None) == {"ngày 5/3": "XXXX-03-05"}


def test_lunar_dates_without_a_year_stay_unknown_and_cycle_years_resolve(news):
    # no publication date: "ngày 26 tháng chạp" is no solar 26 December, "tết Mậu Tuất" no 1 January
    assert ("ngày 26 tháng chạp", "XXXX-XX-XX", "day", None) in _article_times(news, "vietnews-017341")
    assert ("tết Mậu Tuất", "XXXX-XX-XX", "day", None) in _article_times(news, "vietnews-003934")
    # with it, converted (the lunar calendar of lunar_vn): 11 February 2018
    assert ("ngày 26 tháng chạp", "2018-02-11", "day", None) in _article_times(news, "vietnews-017341", date(2018, 2, 12))
    # sexagenary years: "năm Mậu Tuất", "xuân Kỷ Hợi" the nearest years of those names, unknown without an anchor
    assert {("năm Mậu Tuất", "2018", "year", None), ("xuân Kỷ Hợi", "2019", "year", None)} <= \
        set(_article_times(news, "vietnews-014665", date(2019, 1, 20)))
    assert ("năm Mậu Tuất", "XXXX", "year", None) in _article_times(news, "vietnews-014665")
    # hand-made: a written year wins; "xuân" qualifying a noun names a fair, no year
    assert _values("Ông sinh năm Giáp Tý 1984.", None) == {"năm Giáp Tý 1984": "1984"}
    assert _values("Khai mạc hội chữ xuân Ất Mùi.", date(2015, 2, 1)) == {}


def test_a_day_month_going_on_from_an_older_full_date_takes_its_year():  # hand-made sentences (session 12 tester)
    june = date(2024, 6, 1)
    story = "Theo cáo trạng, ngày 12/5/2018, Nguyễn Văn An bị Công an huyện Đông Anh bắt giữ, đến ngày 20/5 thì được tại ngoại."
    assert _values(story, june) == {"ngày 12/5/2018": "2018-05-12", "ngày 20/5": "2018-05-20"}
    assert not [t for t in find_times(story, june) if t.text == "ngày 20/5"][0].anchor
    # a chain of such days, a clock time passed over, a day just before it
    assert _values("Ngày 12/3/2018, An bị bắt, 10h ngày 20/5 được thả, đến ngày 25/5 về nhà, ngày 1/3 bị truy nã.", june) == {
        "Ngày 12/3/2018": "2018-03-12", "10h ngày 20/5": "2018-05-20T10", "ngày 25/5": "2018-05-25",
        "ngày 1/3": "2024-03-01"}  # 10 weeks before the date told last: beyond a month, the publication date's reading
    assert _values("Ngày 12/5/2018, An bị bắt, trước đó vào ngày 20/3, An bỏ trốn.", june)["ngày 20/3"] == "2018-03-20"
    # a date in the news window, or across a sentence with a publication date: the publication date's reading
    assert _values("Ngày 2/5/2024, An bị bắt, đến ngày 20/5 thì được thả.", june)["ngày 20/5"] == "2024-05-20"
    assert _values("Ngày 12/5/2018, An bị bắt. Ngày 20/5, tòa xử An.", june)["Ngày 20/5"] == "2024-05-20"
    # a month or year in between ends the story; a holiday's day is no date written in full (as sample 018360 compares
    # "so với cao điểm Tết âm lịch năm 2018" before "ngày cao điểm nhất trước Tết là ngày 2-2" of 2019)
    assert _values("Ngày 12/5/2018, An bị bắt, tháng 4/2024 được thả, ngày 20/5 về.", june)["ngày 20/5"] == "2024-05-20"
    assert _values("So với Tết âm lịch năm 2018, lượng khách ngày 2-2 tăng.", date(2019, 1, 15))["ngày 2-2"] == "2019-02-02"
    # a cited document's date starts no story (the seed: "thực hiện Kết luận 62-KL/TW, ngày 08/12/2009 của Bộ Chính trị")
    assert _values("Thực hiện Kết luận 62-KL/TW, ngày 08/12/2009 của Bộ Chính trị, đến ngày 20/4 tỉnh đã họp.",
                   june)["ngày 20/4"] == "2024-04-20"
    # without a publication date the story runs on across sentences of its paragraph, but not out of a closed aside
    assert _values("Ngày 12/5/2018, An bị bắt. Ngày 20/5, tòa xử An.", None)["Ngày 20/5"] == "2018-05-20"
    assert _values("Ngày 12/5/2018, An bị bắt.\nNgày 20/5, tòa xử An.", None)["Ngày 20/5"] == "XXXX-05-20"
    assert _values("(Ngày 12/5/2018, An bị bắt). Ngày 20/5, tòa xử An.", None)["Ngày 20/5"] == "XXXX-05-20"
    # a birth, issue or building date is an attribute, not the story's day (a verification tester's sentences)
    assert _values("Lê Văn D, sinh ngày 3/6/1992, quê Nghệ An, đã ra đầu thú vào sáng 10/6.", june)["sáng 10/6"] == "2024-06-10"
    assert _values("Anh E mang CMND cấp ngày 12/3/2015, đến ngày 2/6 thì bị phát hiện.", june)["ngày 2/6"] == "2024-06-02"
    assert _values("Ngôi nhà được xây dựng từ ngày 1/5/1998, sáng 10/6 đã bị cháy rụi.", june)["sáng 10/6"] == "2024-06-10"


@pytest.mark.parametrize("aid,expected,absent", [
    # "Ngày 5/3/1979, Chủ tịch nước … ra lệnh tổng động viên toàn quốc. Cùng ngày, … Ngày 7/3, …" (held-out 19)
    ("vietnews-019054", ("Ngày 7/3", "1979-03-07", "day", None), None),
    # "Phim sẽ dừng phát sóng tập mới bắt đầu từ ngày 14/8/2018 (…) … Ví dụ, tối ngày 14/8, …"
    ("vietnews-001886", ("tối ngày 14/8", "2018-08-14", "day", None), None),
    # "… Công ty Thuận Phong tiếp tục có đơn … Ngày 12-2-2017 … tại buổi họp báo chiều 4-12": ten months on, not the
    # December before it
    ("vietnews-002378", ("chiều 4-12", "XXXX-12-04", "day", None), None),
    # "(Ngày 10/12/2018, Bộ Công Thương đã có Công văn …). Trước đó, ngày 11/4, …": told in a closed aside
    ("vietnews-013702", ("ngày 11/4", "XXXX-04-11", "day", None), None),
    # "Cuối năm 2018, … kỳ vọng trong từ hai đến ba năm tới …": a duration, no anaphoric "năm tới"
    ("vietnews-018335", ("từ hai đến ba năm tới", "P2Y/P3Y", "duration", None), None),
    # "Tháng 8-2011 anh vào trạm xá công tác thì mùa mưa năm sau …": anaphoric also without a publication date
    ("vietnews-017475", None, "năm sau"),
])
def test_real_days_without_a_publication_date_go_on_from_the_date_told_last(news, aid, expected, absent):
    found = _article_times(news, aid)
    assert expected is None or expected in found
    assert absent is None or not any(t[0] == absent for t in found)


def test_next_or_last_year_after_a_year_just_named_is_anaphoric():  # hand-made sentences (session 12 tester)
    june = date(2024, 6, 1)
    # the gold's convention (corpus/times/README.md: anaphoric ones are not annotated; held-out 14's "mùa mưa năm sau"):
    # no value of their own, rather than the year after the publication date's
    assert _values("Năm 1975, ông vào Sài Gòn. Năm sau, ông ra Hà Nội.", june) == {"Năm 1975": "1975"}
    assert _values("Năm 2019, công ty thành lập. Đến tháng 3 năm sau, công ty phá sản.", june) == {"Năm 2019": "2019"}
    assert _values("Năm 2019, công ty thành lập, đến tháng 3 năm sau thì phá sản.", None) == {"Năm 2019": "2019"}
    # not after a paragraph break, nor after a year near the publication date's
    assert _values("Năm 1975, ông vào Sài Gòn.\nNăm sau, ông sẽ ra Hà Nội.", june) == {"Năm 1975": "1975", "Năm sau": "2025"}
    assert _values("Năm 2023, ông vào Sài Gòn. Đến tháng 3 năm sau, ông ra Hà Nội.", june)["tháng 3 năm sau"] == "2025-03"


def test_a_leap_day_outside_the_window_has_no_year():  # hand-made sentences (session 12 tester)
    assert _values("Ngày 29/2, đoàn đã đến.", date(2023, 3, 10)) == {"Ngày 29/2": "XXXX-02-29"}
    assert not find_times("Ngày 29/2, đoàn đã đến.", date(2023, 3, 10))[0].anchor  # nothing came from the anchor
    assert _values("Ngày 29/2, đoàn đã đến.", date(2024, 6, 1)) == {"Ngày 29/2": "2024-02-29"}
    assert _values("Ngày 29/2, đoàn đã đến.", date(2020, 1, 10)) == {"Ngày 29/2": "2020-02-29"}
    # the next / last leap day on the side the text names (was "2023-02-29", no date)
    assert _values("Ngày 29/2 tới, đoàn sẽ đến.", date(2023, 1, 10)) == {"Ngày 29/2 tới": "2024-02-29"}
    assert _values("Ngày 29/2 vừa qua, đoàn đã đến.", date(2023, 3, 10)) == {"Ngày 29/2 vừa qua": "2020-02-29"}
    assert _values("Ngày 29/2 vừa qua, đoàn đã đến.", date(2024, 3, 10)) == {"Ngày 29/2 vừa qua": "2024-02-29"}


def test_a_day_the_calendar_lacks_has_no_value():
    """Tester s13 #3 (hand-made sentences): "30/2/2019", "31/4" and 29 February of a common year are slips, not
    days: the expression is kept, with no value (it was 2019-02-30, which ISO parsers refuse); "24h30" is past
    the day's midnight, the next day's 00:30."""

    def values(text, anchor=date(2019, 5, 1)):
        return [(t.text, t.value) for t in find_times(text, anchor)]

    assert values("Ngày 30/2/2019, công an bắt giữ đối tượng.") == [("Ngày 30/2/2019", None)]
    assert values("Ngày 31/4, họ họp.") == [("Ngày 31/4", None)]
    assert values("Ngày 31/4, họ họp.", None) == [("Ngày 31/4", None)]
    assert values("Ngày 29/2/2019, họ họp.") == [("Ngày 29/2/2019", None)]
    assert values("Ngày 29/2/2020, họ họp.") == [("Ngày 29/2/2020", "2020-02-29")]
    assert values("Ngày 29/2, họ họp.", None) == [("Ngày 29/2", "XXXX-02-29")]
    assert values("Lúc 24h30 ngày 1/1/2019, xảy ra vụ cháy.") == [("24h30 ngày 1/1/2019", "2019-01-02T00:30")]
    # the verification tester's crash (a ValueError for the year 2001 put in for an unknown one)
    assert values("Lúc 24h30 ngày 29/2 xảy ra vụ việc.", None) == [("24h30 ngày 29/2", "XXXX-03-01T00:30")]
    assert values("Lúc 24h ngày 29/2 xảy ra vụ việc.", None) == [("24h ngày 29/2", "XXXX-03-01T00")]


def test_a_count_after_a_dated_time_is_a_point_counted_from_it(news):
    """Real text: "Một tháng sau đó" after "tháng 9/2018" is October 2018 (vietnews-009156, events-heldout11's trial),
    "Hai ngày sau đó" after "ngày 25-2" the 27th (vietnews-004715), "Một tuần sau đó" after "ngày 7/4" the 14th
    (vietnews-006970); the expressions keep their duration values (the times gold's reading). A count from a
    happening ("5 ngày sau vụ đột nhập", vietnews-009502) or the later part of a programme ("2 năm sau tại Mỹ",
    vietnews-015697) is none; nor is a count in a new paragraph, or an approximate one (hand-made)."""
    from extractor.times import relative_points

    def points(text, anchor=None):
        times = find_times(text, anchor)
        return {next(t.text for t in times if t.start == s): p for s, p in relative_points(text, times).items()}

    assert points(news["vietnews-009156"]["text"]) == {"Một tháng": ("2018-10", "month")}
    assert points(news["vietnews-004715"]["text"]) == {"Hai ngày": ("XXXX-02-27", "day")}
    assert points(news["vietnews-006970"]["text"]) == {"Một tuần": ("XXXX-04-14", "day")}
    assert points(news["vietnews-009502"]["text"]) == {}
    assert points(news["vietnews-015697"]["text"]) == {}
    assert ("Một tháng", "P1M") in _values(news["vietnews-009156"]["text"], None).items()
    # hand-made: backwards with "trước đó", a chain, years from a month, no count across a paragraph
    assert points("Ngày 5/3/2017, A bị bắt. Một tuần trước đó, A đi Hà Nội.") == {"Một tuần": ("2017-02-26", "day")}
    assert points("Tháng 11/2017, A đến. Hai tháng sau, B đi. Một năm sau, C về.") == {
        "Hai tháng": ("2018-01", "month"), "Một năm": ("2019", "year")}
    assert points("Năm 2010, ông về hưu.\n\n3 năm sau, ông mất.") == {}
    assert points("Năm 2010, ông về hưu. Vài tháng sau, ông mất. 2 ngày sau, X.") == {}
