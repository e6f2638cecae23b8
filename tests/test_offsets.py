"""Offsets are sacred: every span of a record is a verbatim slice of the input, whatever its form."""
import unicodedata

import pytest

import extractor


def _spans(record):
    """Every (text, start, end) a record reports."""
    for e in record.entities:
        yield e.text, e.start, e.end
    for p in record.people:
        yield from ((m.text, m.start, m.end) for m in p.mentions)
        yield from ((m.text, m.start, m.end) for t in p.titles for m in [t, *t.mentions])
    for group in (record.organizations, record.locations):
        for item in group:
            yield from ((m.text, m.start, m.end) for m in item.mentions)
    for t in record.times:
        yield t.text, t.start, t.end
    for d in record.documents:
        yield d.text, d.start, d.end
        yield from ((m.text, m.start, m.end) for m in d.mentions)
    for ev in record.events:
        yield ev.trigger.text, ev.trigger.start, ev.trigger.end


VARIANTS = {
    "as_given": lambda t: t,
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "tabs_and_odd_spaces": lambda t: t.replace(", ", ",\t").replace(" - ", "\u00a0-\u2009"),
    "old_tone_placement": lambda t: t.replace("ủy", "uỷ").replace("hòa", "hoà"),
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_seed_spans_are_slices_of_the_input(seed_text, variant):
    text = VARIANTS[variant](seed_text)
    record = extractor.extract(text)
    spans = list(_spans(record))
    assert len(spans) > 40
    for span_text, start, end in spans:
        assert text[start:end] == span_text
    # the same things are found whatever the form of the input
    baseline = extractor.extract(seed_text)
    assert [unicodedata.normalize("NFC", e.text) for e in record.entities if e.label == "PERSON"] == \
        [e.text for e in baseline.entities if e.label == "PERSON"] or variant == "old_tone_placement"
    assert len(record.entities) == len(baseline.entities)


def test_news_sample_spans_are_slices_of_the_input(news):
    """Records of 300 real articles as given, and of 60 of them in NFD (the tokenizer test covers all 800)."""
    for n, article in enumerate(list(news.values())[:300]):
        variants = [article["text"]] + ([unicodedata.normalize("NFD", article["text"])] if n < 60 else [])
        for text in variants:
            for span_text, start, end in _spans(extractor.extract(text)):
                assert text[start:end] == span_text, article["id"]


def _as_plain(value, odd: str):
    """A record's dump with ``odd`` written as a plain space in every text."""
    if isinstance(value, str):
        return value.replace(odd, " ")
    if isinstance(value, list):
        return [_as_plain(v, odd) for v in value]
    if isinstance(value, dict):
        return {k: _as_plain(v, odd) for k, v in value.items()}
    return value


@pytest.mark.parametrize("odd", ["\u00a0", "\t"])
def test_odd_spaces_give_the_plain_record(seed_text, odd):
    """The seed with every space a no-break space or a tab, and a hand-made sentence with some: the record of the
    plain text, offsets included, but for the spans' texts (and the names taken from them), which keep the input's
    characters."""
    sentence = "ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh Nghệ An, cho biết như vậy tại buổi làm việc với Sở Y tế."
    for plain, text in [(seed_text, seed_text.replace(" ", odd)),
                        (sentence, sentence.replace("n V", f"n{odd}V").replace("g H", f"g{odd}H").replace("ủ t", f"ủ{odd}t")
                         .replace("ệ A", f"ệ{odd}A"))]:
        record = extractor.extract(text)
        for span_text, start, end in _spans(record):
            assert text[start:end] == span_text
        assert _as_plain(record.model_dump(), odd) == extractor.extract(plain).model_dump()


def _visible(s: str) -> str:
    return s.replace("\u00ad", "").replace("\u200c", "")


@pytest.mark.parametrize("variant", ["soft_hyphen_in_duong", "zero_width_after_spaces"])
def test_invisible_characters_give_the_plain_people(seed_text, variant):
    """The seed with a soft hyphen inside "Dương" ("Dư\\u00adơng", as sites hyphenate for narrow screens) or a zero-width
    non-joiner after every space: the plain text's people, names equal (invisible characters dropped from them), each
    mention and title the input's exact slice, the same words once they are dropped."""
    text = seed_text.replace("Dương", "Dư\u00adơng") if variant == "soft_hyphen_in_duong" else seed_text.replace(" ", " \u200c")
    assert text != seed_text
    record, plain = extractor.extract(text), extractor.extract(seed_text)
    for span_text, start, end in _spans(record):
        assert text[start:end] == span_text
    people = [(p.name, [(_visible(t.text), t.organization) for t in p.titles], [_visible(m.text) for m in p.mentions])
              for p in record.people]
    assert people == [(p.name, [(t.text, t.organization) for t in p.titles], [m.text for m in p.mentions]) for p in plain.people]
    assert "Nguyễn Xuân Dương" in [p.name for p in record.people]


def test_a_name_written_with_no_break_spaces_has_ordinary_spaces():
    """Hand-made: the record's name shows a no-break space as a space; its mention is the input's exact slice."""
    text = "Chiều 12/4, ông Trần\u00a0Văn\u00a0Nam, Giám đốc Sở Y tế tỉnh Nghệ An, cho biết như vậy."
    (person,) = extractor.extract(text).people
    assert person.name == "Trần Văn Nam"
    (mention,) = person.mentions
    assert mention.text == "Trần\u00a0Văn\u00a0Nam" == text[mention.start:mention.end]


def test_offsets_count_code_points_after_characters_beyond_the_basic_plane(seed_text):
    """Emoji and a mathematical letter before the article (two UTF-16 units each): offsets are str indices, and the
    schema says so."""
    from extractor.records import Mention

    text = "😀🇻🇳 𝐀 " + seed_text
    record = extractor.extract(text)
    spans = list(_spans(record))
    assert spans and all(text[start:end] == span for span, start, end in spans)
    assert "code points" in Mention.model_json_schema()["properties"]["start"]["description"]


@pytest.mark.parametrize("article", ["vietnews-010355", "vietnews-011230", "vietnews-012017"])
def test_nfd_input_gives_the_events_of_its_nfc(news, article):
    """Events read words for the POS tagger composed: in NFD these articles gained a 'cáo buộc' event or an agent
    'Cuộc' (tester s11-h4 #15)."""
    def events(text):
        return [(e.type, unicodedata.normalize("NFC", e.trigger.text), e.time,
                 [(p.role, unicodedata.normalize("NFC", p.name)) for p in e.participants])
                for e in extractor.extract(text).events]

    text = news[article]["text"]
    assert events(unicodedata.normalize("NFD", text)) == events(text)
