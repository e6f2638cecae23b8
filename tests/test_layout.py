"""vnx_layout: page furniture, title, category, dateline, byline, sentences."""
from datetime import date, datetime, timezone

import pytest

import extractor
from extractor.layout import vietnam_day


@pytest.fixture(scope="module")
def nlp():
    return extractor.load(exclude=("vnx_documents", "vnx_times", "vnx_entities", "vnx_events"))


def test_seed_layout(nlp, seed_text, seed_gold):
    doc = nlp(seed_text)
    article = seed_gold["article"]
    assert doc._.title == article["title"]
    assert doc._.category == article["category"]
    assert doc._.author == article["author"]
    assert doc._.published_at.isoformat() == article["published_at"]
    kinds = {seed_text[a:b]: kind for a, b, kind in doc._.regions}
    for line in article["not_body"]:
        assert kinds[line] != "body"
    assert kinds["Dương Thủy"] == "byline"


def test_caller_published_at_wins_with_a_warning(seed_text):
    record = extractor.extract(seed_text, published_at="2024-04-13T08:00:00+07:00")
    assert record.published_at.isoformat() == "2024-04-13T08:00:00+07:00"
    assert any("2024-04-12" in w for w in record.warnings)


def test_caller_time_is_compared_with_the_dateline_by_its_day_in_vietnam(nlp, seed_text):
    # 20:00 UTC on 11 April is 03:00 on 12 April in Vietnam, the seed dateline's day: nothing disagrees
    doc = nlp.make_doc(seed_text)
    doc._.meta = {"published_at": datetime(2024, 4, 11, 20, 0, tzinfo=timezone.utc)}
    assert not nlp(doc)._.warnings
    doc = nlp.make_doc(seed_text)
    doc._.meta = {"published_at": datetime(2024, 4, 11, 16, 0, tzinfo=timezone.utc)}  # 23:00 on 11 April there
    assert any("2024-04-12" in w for w in nlp(doc)._.warnings)


def test_vietnam_day():
    assert vietnam_day(datetime(2024, 12, 31, 18, 0, tzinfo=timezone.utc)) == date(2025, 1, 1)
    assert vietnam_day(datetime(2024, 12, 31, 18, 0)) == date(2024, 12, 31)  # no offset: Vietnam's time already
    assert vietnam_day(date(2024, 12, 31)) == date(2024, 12, 31) and vietnam_day(None) is None


def test_news_article_without_furniture(nlp, news):
    article = news["vietnews-000129"]
    doc = nlp(article["text"])
    assert doc._.title == article["title"]
    assert doc._.author is None and doc._.published_at is None
    assert all(kind in ("title", "body") for _, _, kind in doc._.regions)


def test_sentences_split_after_a_word_kept_with_its_period(nlp, seed_text):
    doc = nlp(seed_text)
    starts = {s.text[:30] for s in doc.sents}
    assert "Đồng chí đề nghị Đoàn giám sát" in starts  # after "… Kết luận 62-KL/TW."


@pytest.mark.parametrize(("stamp", "expected"), [
    ("12:15 SA", "2024-04-12T00:15:00+07:00"),  # 12:15 in the morning (sáng) is just after midnight
    ("12:15 CH", "2024-04-12T12:15:00+07:00"),  # 12:15 in the afternoon (chiều) is noon
    ("5:19 PM", "2024-04-12T17:19:00+07:00"),
])
def test_dateline_twelve_hour_clock(nlp, seed_text, stamp, expected):
    # The seed with its dateline rewritten by hand in the twelve-hour clock some portals use.
    text = seed_text.replace("12/04/2024 17:19", f"12/04/2024 {stamp}")
    assert text != seed_text
    assert nlp(text)._.published_at.isoformat() == expected


@pytest.mark.parametrize(("dateline", "expected"), [
    ("12/04/2024 17:19 (GMT+07:00)", "2024-04-12T17:19:00+07:00"),
    ("12/04/2024 17:19 GMT+07:00", "2024-04-12T17:19:00+07:00"),
    ("Thứ Sáu, 12/4/2024 17:19 (GMT+7)", "2024-04-12T17:19:00+07:00"),
    ("2024-04-12 17:19", "2024-04-12T17:19:00+07:00"),  # ISO 8601, no zone: Vietnam's
    ("12/04/2024 17:19 UTC+7", "2024-04-12T17:19:00+07:00"),
    ("12/04/2024 18:19 (GMT+8)", "2024-04-12T17:19:00+07:00"),  # another zone: the same instant, in Vietnam time
    ("12/04/2024 (GMT+7)", "2024-04-12T00:00:00+07:00"),  # a date alone: the zone's "7" is no hour
])
def test_newspaper_datelines_with_their_time_zone(nlp, seed_text, dateline, expected):
    # The seed with its dateline line rewritten by hand as other newspapers print it.
    text = seed_text.replace("Cập nhật lúc : 12/04/2024 17:19", dateline)
    assert text != seed_text
    doc = nlp(text)
    assert doc._.published_at.isoformat() == expected
    assert any(text[a:b] == dateline and kind == "dateline" for a, b, kind in doc._.regions)


def test_in_body_by_region(nlp, seed_text):
    doc = nlp(seed_text)
    title = next((a, b) for a, b, kind in doc._.regions if kind == "title")
    for a, b, kind in doc._.regions:
        assert doc._.in_body(a, b) == (kind in ("title", "body"))
    assert not doc._.in_body(title[0], title[1] + 1)  # runs past its line's region
    assert not doc._.in_body(0, 1)  # the view counter
    assert not doc._.in_body(len(seed_text) + 5, len(seed_text) + 6)


def test_a_zero_width_character_before_a_capital_still_starts_a_sentence(nlp, seed_text):
    # The seed with a zero-width non-joiner after every space, as some scraped pages carry them.
    text = seed_text.replace(" ", " \u200c")
    plain = [s.text[:20] for s in nlp(seed_text).sents]
    marked = [s.text.replace("\u200c", "")[:20] for s in nlp(text).sents]
    assert len(plain) > 10 and len(marked) == len(plain)


def test_an_abbreviation_with_an_invisible_character_ends_no_sentence(nlp):
    # Hand-made: "TP." written with a zero-width non-joiner before it or a soft hyphen inside.
    for city in ("TP. Huế", "\u200cTP. \u200cHuế", "T\u00adP. Huế"):
        doc = nlp(f"Chiều 12/4, Công an {city} cho biết đã bắt giữ đối tượng.")
        assert len(list(doc.sents)) == 1, city


def test_a_dateline_with_impossible_offset_minutes_is_no_dateline():
    """Hand-made dateline: "GMT+7:90" names no zone, so the line dates nothing."""
    import extractor

    record = extractor.extract("Quảng Nam họp khẩn\n12/04/2024 17:19 GMT+7:90\n\nChiều nay, UBND tỉnh Quảng Nam họp khẩn.")
    assert record.published_at is None
