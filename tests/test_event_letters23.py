"""A letter a body sends and the request it carries, two events (session 23, helper letters, issue #6; the owner's
convention, corpus/events/README.md "Session 23: a letter and its request"): the document's ISSUANCE, its doer the
sender, its participants those it is sent to; the request's SPEECH, the same doer as speaker, its own addressees (or the
letter's when it names none). Each checked on its real sample article."""
import unicodedata

from test_event_later_clauses import _event_at  # the real-sentence helper, not a second copy


def _roles(event) -> list[tuple[str, str]]:
    return [(p.role, unicodedata.normalize("NFC", p.name)) for p in event.participants]


def test_a_letter_sent_to_a_body_and_its_request(news):
    # events-dev2 vietnews-004254: "Sau đó, Bộ Y tế đã có công văn gửi Sở Y tế tỉnh Thừa Thiên - Huế yêu cầu xác minh và
    # xử lý chủ sở hữu trang Facebook nói trên." (the gold's SPEECH "yêu cầu": Bộ Y tế its speaker, the department its
    # participant)
    text = news["vietnews-004254"]["text"]
    letter = _event_at(text, "có công văn gửi Sở Y tế", "có công văn")
    assert letter.type == "ISSUANCE"
    assert _roles(letter) == [("agent", "Bộ Y tế"), ("participant", "Sở Y tế tỉnh Thừa Thiên - Huế")]
    request = _event_at(text, "yêu cầu xác minh và xử lý", "yêu cầu")
    assert request.type == "SPEECH"
    assert _roles(request) == [("speaker", "Bộ Y tế"), ("participant", "Sở Y tế tỉnh Thừa Thiên - Huế")]


def test_a_letter_signed_and_sent_to_two_bodies_and_its_request(news):
    # vietnews-021078: "Giữa tháng 3 vừa qua, ông Nguyễn Tâm Tiến, Giám đốc Công ty TNHH BT Ngã Ba Huế Trung Nam, đã ký văn
    # bản gửi HĐND và UBND Đà Nẵng đề nghị bố trí vốn cho Dự án nút giao thông khác mức Ngã Ba Huế …": the two bodies it is
    # sent to, joined by "và", are the letter's
    text = news["vietnews-021078"]["text"]
    letter = _event_at(text, "ký văn bản gửi HĐND", "ký")
    assert letter.type == "ISSUANCE" and letter.time == "XXXX-03"
    assert ("participant", "UBND TP Đà Nẵng") in _roles(letter) and ("agent", "Nguyễn Tâm Tiến") in _roles(letter)
    request = _event_at(text, "đề nghị bố trí vốn", "đề nghị")
    assert request.type == "SPEECH" and ("speaker", "Nguyễn Tâm Tiến") in _roles(request)


def test_a_letter_naming_no_one_it_is_sent_to_goes_to_the_ones_its_request_addresses(news):
    # vietnews-016570: "Thế nhưng, tháng 1-2019, TAND tối cao đã có công văn yêu cầu TAND cấp cao tại Đà Nẵng chuyển hồ sơ
    # vụ án …": the court asked is the request's addressee (the SPEECH's participant) and, with no "gửi" written, the one
    # the letter goes to (session 22 had folded the request into the letter)
    text = news["vietnews-016570"]["text"]
    letter = _event_at(text, "có công văn yêu cầu TAND cấp cao", "có công văn")
    assert letter.type == "ISSUANCE" and letter.time == "2019-01"
    assert _roles(letter) == [("agent", "TAND tối cao"), ("participant", "TAND cấp cao tại Đà Nẵng")]
    request = _event_at(text, "yêu cầu TAND cấp cao tại Đà Nẵng", "yêu cầu")
    assert request.type == "SPEECH" and request.time == "2019-01"
    assert _roles(request) == [("speaker", "TAND tối cao"), ("participant", "TAND cấp cao tại Đà Nẵng")]

