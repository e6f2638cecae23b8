"""Events a read-only tester found missed or mistyped on real sample articles (session 18, issue #6): a trigger the
segmenter glued to the word after it."""
import extractor
from extractor.events import _dictionary_form
from extractor.tokenizer import segmenter_dictionary
from test_event_later_clauses import _event_at  # the real-sentence helper, not a second copy


def test_a_trigger_glued_to_the_word_after_it_is_read(news):
    # vietnews-004981: "… đồng thời tuyên bố trục xuất số nhân viên ngoại giao tương đương …" (the segmenter's
    # "trục_xuất_số"): Russia's expulsion of diplomats
    expulsion = _event_at(news["vietnews-004981"]["text"], "trục xuất số nhân viên", "trục xuất")
    assert expulsion.type == "LEGAL"
    # vietnews-004057: "… có mặt tại hiện trường thu thập chứng cứ, lấy lời khai nhân chứng …" ("khai_nhân")
    assert _event_at(news["vietnews-004057"]["text"], "lấy lời khai nhân chứng", "lấy lời khai").type == "LEGAL"


def test_a_dictionary_compound_holds_no_trigger():
    # "chữ ký" (a signature) is a word the segmenter's dictionary knows (as "chữ kí"): its "ký" signs nothing
    assert _dictionary_form("chữ ký") == "chữ kí" and "chữ kí" in segmenter_dictionary()
    # hand-made sentence: the signature's "ký" at the end of a word is never a trigger
    text = "Ông Châu đã giả mạo chữ ký để rút tiền của người dân."
    assert not any(e.trigger.text == "ký" for e in extractor.extract(text).events)


def test_a_trigger_at_the_start_of_a_compound_word_is_none(news):
    # vietnews-002515: "tại cuộc họp báo thường kỳ quý I" is a press conference ("họp_báo" a dictionary word), not a
    # "cuộc họp" cut out of it
    text = news["vietnews-002515"]["text"]
    at = text.find("cuộc họp báo thường kỳ")
    assert at >= 0
    assert not any(e.trigger.start == at and e.trigger.text == "cuộc họp" for e in extractor.extract(text).events)
