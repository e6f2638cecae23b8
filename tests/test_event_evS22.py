"""Two structural causes of missed and misdated events (session 22, issue #6): a piece of a word taken for another act
between a doer and a crime, and acts told as the story's background dated by the story's day. Real sentences of the 800
sample articles (../shared news) unless marked hand-made."""
import extractor
from test_event_later_clauses import _event_at  # the real-sentence helpers, not a second copy


def _roles(event):
    return [(p.role, p.name) for p in event.participants]


def test_a_piece_of_a_word_is_no_act_between_a_doer_and_a_crime():
    # hand-made (no such sentence in the 800 sample texts nor the citation sentences): "bắt" of "bắt_đầu" and "tiếp" of
    # "tiếp_tục" are lexicon matches inside a word, no verb of their own; the one who stabs is the one named before them
    for text in ("Nguyễn Văn An bắt đầu đâm chị Lê Thị Bình nhiều nhát.",
                 "Nguyễn Văn An tiếp tục đâm chị Lê Thị Bình nhiều nhát."):
        stab = _event_at(text, "đâm chị", "đâm")
        assert _roles(stab) == [("suspect", "Nguyễn Văn An"), ("victim", "Lê Thị Bình")]


def test_a_charge_named_between_still_parts_a_doer_from_a_crime():
    # the citation sentences of ../shared (vietnews-citation-sentences.jsonl): "… truy tố Kuldeep Singh Sengar, … tội bắt
    # cóc, âm mưu, đe doạ và cưỡng hiếp trẻ vị thành niên theo Luật bảo vệ trẻ em khỏi tấn công tình dục": the words of a
    # law's name are no attack of his (a charge named between is an act between, as _other_act_between says)
    text = ("Cục Điều tra trung ương Ấn Độ (CBI) hôm 12/7 truy tố Kuldeep Singh Sengar, thành viên hội đồng lập pháp bang "
            "Uttar Pradesh tội bắt cóc, âm mưu, đe doạ và cưỡng hiếp trẻ vị thành niên theo Luật bảo vệ trẻ em khỏi tấn "
            "công tình dục, CNN đưa tin.")
    assert not any(e.type == "OTHER" and ("suspect", "Kuldeep Singh Sengar") in _roles(e)
                   for e in extractor.extract(text).events)

