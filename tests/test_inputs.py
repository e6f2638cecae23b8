"""extractor.inputs: bytes to text and the checks an article passes (no pipeline loaded here)."""
import json
import pathlib
import re

import pytest

from extractor.inputs import InputError, check_text, vietnamese_share

SAMPLE = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "vietnews-sample.jsonl"


def test_a_byte_order_mark_stays_so_offsets_count_from_the_input_as_given():
    from extractor.readers import text_article

    text = "Chiều 12/4, tại Huyện ủy Quảng Điền"  # hand-made, after the seed
    for codec, bom in (("utf-8", "\ufeff"), ("utf-16-le", "\ufeff"), ("utf-32-be", "\ufeff")):
        fields, _ = text_article((bom + text).encode(codec), "a.txt", {"id": "a"})
        assert fields["text"] == bom + text


def test_soft_hyphens_and_zero_width_spaces_inside_words_do_not_make_vietnamese_foreign():
    with open(SAMPLE, encoding="utf-8") as handle:
        text = json.loads(handle.readline())["text"]
    for invisible in ("\u00ad", "\u200b"):  # as some sites hyphenate for narrow screens
        split = re.sub(r"\b(\w)(\w+)", lambda m: m.group(1) + invisible + m.group(2), text)
        assert vietnamese_share(split) == vietnamese_share(text)
        assert check_text(split) == split


def test_text_with_nothing_vietnamese_is_refused_precisely_however_short():
    import pytest

    from extractor.inputs import InputError
    from extractor.text import unmarked

    with open(SAMPLE, encoding="utf-8") as handle:
        text = json.loads(handle.readline())["text"]
    bare = unmarked(text).replace("đ", "d").replace("Đ", "D")  # the real article typed without its marks
    for given, reason in (("Hello", r"\(1 word, none of them a Vietnamese function word"),  # hand-made
                          ("!!! ??? ...", "holds no letter"), ("2024 12/4 - 15:30", "holds no letter"),  # hand-made
                          (bare, r"is Vietnamese written without its diacritics \(\d+\.\d% of its words"),
                          (" ".join(bare.split()[:8]), "is Vietnamese written without its diacritics")):
        with pytest.raises(InputError, match=reason) as caught:
            check_text(given)
        assert caught.value.code == "not_vietnamese"
    assert check_text("Hà Nội") == "Hà Nội" and check_text(text) == text  # one diacritic is enough for a short text
    with pytest.raises(InputError, match="without its diacritics"):  # unmarked function words ('trong') do not pass it
        check_text("Chu tich UBND tinh Quang Nam da ky quyet dinh thanh lap ban chi dao trong nam nay")  # hand-made
    with pytest.raises(InputError, match="none of them a Vietnamese function word"):  # English 'do' is not 'đó'
        check_text("Do you know what to do")  # hand-made


def test_a_real_headline_of_few_function_words_is_vietnamese_by_its_spelling():
    """vietnews citation sentence of train_tokenized/019806 (51 words, 3.9% function words): a headline run into its
    lead; Vietnamese by its letters (ơ, ư, ạ, ả, ấ … in 59% of its words not capitalised as names)."""
    from extractor.inputs import _own_letter_share

    citations = SAMPLE.parents[1] / "citations" / "vietnews-citation-sentences.jsonl"
    with open(citations, encoding="utf-8") as handle:
        sentence = next(row["sentence"] for line in handle
                        if (row := json.loads(line))["article"] == "train_tokenized/019806.txt.seg")
    assert vietnamese_share(sentence) < 0.04 and check_text(sentence) == sentence
    assert _own_letter_share(re.findall(r"\w+", sentence)) > 0.5


def test_english_and_french_naming_vietnamese_people_and_places_are_still_refused():
    """Hand-made: Vietnamese names, capitalised, in every other word of a foreign text do not make it Vietnamese."""
    import pytest

    from extractor.inputs import InputError

    names = "Phạm Minh Chính, Tô Lâm, Lương Cường, Trần Hồng Hà, Nguyễn Văn Thắng, Lê Trung Chinh, Võ Văn Hưng"
    places = "Thừa Thiên Huế, Quảng Trị, Đà Nẵng, Quảng Ngãi, Hà Nội, Cần Thơ"
    for text in (f"Prime Minister {names} met in {places} on Friday to discuss the new expressway and the budget of the "
                 f"coming year with the delegation.",
                 f"Le Premier ministre {names} a rencontré à {places} vendredi la délégation pour discuter de la nouvelle "
                 f"autoroute et du budget de l'année prochaine.",
                 "越南政府总理范明政周五在河内会见了代表团，讨论了新的高速公路和明年的预算。" * 3):
        with pytest.raises(InputError) as caught:
            check_text(text)
        assert caught.value.code == "not_vietnamese"


def test_a_publication_time_says_how_much_of_it_was_stated():
    """Hand-made values: a date alone is a day (its 00:00 written by nobody), a string's time of day its hour, minute
    or second, a datetime its second; a year or a month alone is no publication day and is refused with that reason."""
    import datetime

    import pytest

    from extractor.inputs import InputError, read_published_at

    def read(value):
        stamp, granularity = read_published_at(value)
        return stamp.isoformat(), granularity

    assert read("2024-04-12") == ("2024-04-12T00:00:00+07:00", "day")
    # h7 §5: an offset after a date alone is no time (fromisoformat reads "+07:00" as 07:00): the day written
    assert read("2024-04-12+07:00") == read("2024-04-12-05:00") == ("2024-04-12T00:00:00+07:00", "day")
    assert read(datetime.date(2024, 4, 12)) == ("2024-04-12T00:00:00+07:00", "day")
    assert read("2024-04-12T17") == ("2024-04-12T17:00:00+07:00", "hour")
    assert read("2024-04-12 17:19") == ("2024-04-12T17:19:00+07:00", "minute")
    assert read("20240412T1719") == ("2024-04-12T17:19:00+07:00", "minute")
    assert read("2024-04-12T17:19:00+0700") == ("2024-04-12T17:19:00+07:00", "second")
    assert read("2024-04-12T10:19:05.5Z") == ("2024-04-12T17:19:05.500000+07:00", "second")
    assert read(datetime.datetime(2024, 4, 12, 17, 19)) == ("2024-04-12T17:19:00+07:00", "second")
    assert read_published_at(None) == (None, None) and read_published_at("") == (None, None)
    for value in ("2024", "2024-04"):
        with pytest.raises(InputError, match="names a year or a month, not a day"):
            read_published_at(value)


def test_a_publication_time_on_the_last_day_allowed_is_accepted_whatever_its_hour():
    """The limit is the end of the day a year ahead, the day the message names ('after 2027-11-27, a year from today'
    on 2026-11-27; tester s12: it named 2027-11-28), not that minute."""
    from datetime import date, timedelta

    from extractor.inputs import latest_day, read_published_at

    last_day = latest_day()
    assert read_published_at(f"{last_day}T23:59+07:00")[0].date() == last_day
    with pytest.raises(InputError, match=f"after {last_day}, a year from today"):
        read_published_at(f"{last_day + timedelta(days=1)}T00:00+07:00")
    assert latest_day(date(2026, 11, 27)) == date(2027, 11, 27) and latest_day(date(2028, 2, 29)) == date(2029, 2, 28)


def test_an_iso_week_is_refused_and_24_00_is_the_next_days_midnight():
    """Tester s12 #3: "2024-W15" is no day (Python reads it as the Monday); a week with its day names one; "24:00" is
    ISO 8601's end of a day, the next day's 00:00, at the granularity written."""
    from datetime import datetime

    from extractor.inputs import VIETNAM_TIME, read_published_at

    for value in ("2024-W15", "2024w15", "2024-W15 "):
        with pytest.raises(InputError, match="names a week, not a day: weeks are not accepted"):
            read_published_at(value)
    assert read_published_at("2024-W15-5") == (datetime(2024, 4, 12, tzinfo=VIETNAM_TIME), "day")
    assert read_published_at("2024-04-12T24:00") == (datetime(2024, 4, 13, tzinfo=VIETNAM_TIME), "minute")
    assert read_published_at("2024-04-12T24:00:00Z") == (datetime(2024, 4, 13, 7, tzinfo=VIETNAM_TIME), "second")
    assert read_published_at("2024-12-31T24") == (datetime(2025, 1, 1, tzinfo=VIETNAM_TIME), "hour")
    with pytest.raises(InputError, match="is no date vnx reads"):
        read_published_at("2024-04-12T24:30")


def test_an_offset_after_a_space_or_with_seconds_keeps_the_time():
    """Tester s13 #2: Python reads "2019-03-05 23:30:00 -05:00" and "…-05:00:00"; the time they state is kept and
    converted (it was read as a date alone: the local day at 00:00, granularity "day")."""
    from datetime import datetime

    from extractor.inputs import VIETNAM_TIME, read_published_at

    assert read_published_at("2019-03-05 23:30:00 -05:00") == (datetime(2019, 3, 6, 11, 30, tzinfo=VIETNAM_TIME), "second")
    assert read_published_at("2019-03-05T23:30:00-05:00:00") == (datetime(2019, 3, 6, 11, 30, tzinfo=VIETNAM_TIME), "second")
    assert read_published_at("2019-03-05 08:30 +07:00") == (datetime(2019, 3, 5, 8, 30, tzinfo=VIETNAM_TIME), "minute")
    assert read_published_at("2024-04-12T24:00 +07:00") == (datetime(2024, 4, 13, tzinfo=VIETNAM_TIME), "minute")
    assert read_published_at("2024-04-12+07:00") == (datetime(2024, 4, 12, tzinfo=VIETNAM_TIME), "day")


@pytest.mark.parametrize(("value", "expected", "granularity"), [
    # the notations scraped archives store a publication time in (tester s19 #1: each made the article an error row)
    ("Tue, 14 May 2019 08:30:00 +0700", "2019-05-14T08:30:00+07:00", "second"),  # RSS pubDate (RFC 2822)
    ("Tue, 14 May 2019 01:30 GMT", "2019-05-14T08:30:00+07:00", "minute"),
    ("Tue, 14 May 2019 01:30:00 -0000", "2019-05-14T08:30:00+07:00", "second"),  # RFC 2822's UTC, zone unknown
    ("14/05/2019 08:30", "2019-05-14T08:30:00+07:00", "minute"),  # as Vietnamese pages print it, day first
    ("Thứ ba, 14/5/2019, 08:30 (GMT+7)", "2019-05-14T08:30:00+07:00", "minute"),
    ("14/05/2019", "2019-05-14T00:00:00+07:00", "day"),
    (1557797400, "2019-05-14T08:30:00+07:00", "second"),  # a Unix time, a number
    ("1557797400", "2019-05-14T08:30:00+07:00", "second"),  # ... or a string
    (1557797400000, "2019-05-14T08:30:00+07:00", "second"),  # in milliseconds
    ("1557797400000", "2019-05-14T08:30:00+07:00", "second"),
    (1557797400.5, "2019-05-14T08:30:00.500000+07:00", "second"),
])
def test_a_publication_time_in_a_feed_s_a_unix_or_a_vietnamese_page_s_notation_is_read(value, expected, granularity):
    from extractor.inputs import read_published_at

    stamp, stated = read_published_at(value)
    assert (stamp.isoformat(), stated) == (expected, granularity)


@pytest.mark.parametrize(("value", "reason"), [
    (2024, "a number is read as a Unix time"),  # a year as a number: 1970-01-01T00:33:44, no date
    (True, "got bool"),
    ("14/05/2019 chiều", "is no date vnx reads: give ISO 8601"),
    ("Tue, 14 May 2019 25:30:00 +0700", "is no date vnx reads"),
    ("99999999999999", "is no date vnx reads"),  # 14 digits: neither seconds nor milliseconds
])
def test_a_publication_time_in_no_notation_vnx_reads_is_a_bad_field_naming_the_notations(value, reason):
    from extractor.inputs import read_published_at

    with pytest.raises(InputError, match=reason) as refused:
        read_published_at(value)
    assert refused.value.code == "bad_field"
