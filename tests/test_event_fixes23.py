"""Wrong event items session 22 left (session 23, issue #6): each a general cause, tested on the real sentence of the 800
sample articles (../shared news) that showed it."""
import extractor
from test_event_evmerge20 import _sentences
from test_event_later_clauses import _event_at  # the real-sentence helpers, not a second copy


def _roles(event):
    return [(p.role, p.name) for p in event.participants]


def test_a_notice_brought_in_by_the_indefinite_is_a_new_one(news):
    # vietnews-007882: "… Sky News dẫn thông báo từ cảnh sát Anh cho biết." then, later, "' Chúng tôi đang làm việc … ',
    # Thủ tướng Anh Theresa May cho biết trong một thông báo.": "một thông báo" is her own notice, not the police's again
    text = news["vietnews-007882"]["text"]
    police = _event_at(text, "thông báo từ cảnh sát Anh", "thông báo")
    assert "Theresa May" not in [n for _, n in _roles(police)]
    may = _event_at(text, "thông báo. \" Suy nghĩ", "thông báo")
    assert may.type == "ISSUANCE" and _roles(may) == [("agent", "Theresa May")]


def test_a_letter_takes_the_one_it_is_sent_to_and_two_letters_stay_two(news):
    # vietnews-014423: "Bộ GD & ĐT đã có công văn gửi bộ Công an đề nghị xác minh, …" and, far later, "bộ GD & ĐT cho biết đã
    # có công văn chỉ đạo sở GD & ĐT Sơn La cập nhật kết quả thi …": two letters to two bodies, neither the other again
    text = news["vietnews-014423"]["text"]
    first = _event_at(text, "có công văn gửi bộ Công an", "có công văn")
    assert first.type == "ISSUANCE" and ("participant", "bộ Công an") in _roles(first)
    assert "sở Giáo dục và Đào tạo" not in [n for _, n in _roles(first)]
    second = _event_at(text, "có công văn chỉ đạo sở GD", "có công văn")
    assert ("participant", "sở Giáo dục và Đào tạo") in _roles(second)
    # vietnews-012914: "Sở Giao thông Vận tải Quảng Trị đã có văn bản gửi UBND tỉnh Quảng Trị đề xuất mức giảm …"
    letter = _event_at(news["vietnews-012914"]["text"], "có văn bản gửi UBND", "có văn bản")
    assert _roles(letter) == [("agent", "Sở Giao thông Vận tải Quảng Trị"), ("participant", "UBND tỉnh Quảng Trị")]


def test_a_caption_glued_to_a_setting_phrase_ends_before_it(news):
    # vietnews-006446: the photo caption "Chỉ huy nổi tiếng của quân đội Syria, tướng Suhel Hassan là người đứng đầu chiến
    # dịch dưới sự cố vấn của đội ngũ chuyên gia quân sự Nga" glued to "Trong đợt tấn công chớp nhoáng này, lính dù Syria đã
    # phá huỷ …": the setting phrase starts a sentence, and the general is no suspect of the attack told after it
    text = news["vietnews-006446"]["text"]
    assert any(s.startswith("Trong đợt tấn công chớp nhoáng này, lính dù") for s in _sentences(text))
    assert not any(("suspect", "Suhel Hassan") in _roles(e) for e in extractor.extract(text).events)
    # vietnews-003962: the sub-heading "Chính phủ bàn giải pháp kinh tế xã hội năm 2019" glued to "Trước đó, khai mạc phiên
    # họp Chính phủ thường kỳ tháng 11-2018, …": the session is in November 2018, not in the heading's year
    session = _event_at(news["vietnews-003962"]["text"], "phiên họp Chính phủ thường kỳ tháng 11", "phiên họp")
    assert session.time == "2018-11"


def test_a_middle_initial_before_a_surname_like_a_syllable_ends_no_sentence(news):
    # vietnews-011228: "… muốn tháo dỡ tượng tướng Robert E. Lee, người lãnh đạo Liên minh miền Nam, …" and vietnews-009357:
    # "Bác sĩ tâm thần Bandy X. Lee, đại học Yale, hồi tháng 12 năm ngoái cho rằng …": "Lee" doubles a vowel no Vietnamese
    # syllable doubles, so it is a foreign surname and "E." its middle initial, not a sentence's end
    for aid, name in (("vietnews-011228", "tướng Robert E. Lee, người lãnh đạo"), ("vietnews-009357", "Bandy X. Lee, đại học Yale")):
        assert any(name in s for s in _sentences(news[aid]["text"]))
    # vietnews-004953: "… nghị sĩ Lee Sang Don, thuộc đảng Bareunmirae thiểu số, đã đệ trình …": a person, not a body
    record = extractor.extract(news["vietnews-004953"]["text"])
    assert "Lee Sang Don" in [p.name for p in record.people]
    assert "Lee Sang Don" not in [o.name for o in record.organizations]
    # hand-made: the name before lower-case text, "ông Robert E. Lee nói"
    assert _sentences("Tại buổi lễ, ông Robert E. Lee nói rằng dự án sẽ hoàn thành.") == [
        "Tại buổi lễ, ông Robert E. Lee nói rằng dự án sẽ hoàn thành."]


def test_a_happening_told_as_earlier_is_not_the_leads_named_again(news):
    # vietnews-016934: the lead's prosecution of 24-8 ("Cơ quan Cảnh sát điều tra Bộ Công an đã ra quyết định khởi tố thêm
    # lãnh đạo, một số nhân viên hai công ty"), then "Trước đó, bị can Lê Tấn Hùng đã bị khởi tố, bắt tạm giam về tội danh
    # ' vi phạm quy định về quản lý, sử dụng tài sản nhà nước … '": an earlier prosecution, an event of its own
    text = news["vietnews-016934"]["text"]
    earlier = _event_at(text, "khởi tố, bắt tạm giam về tội danh", "khởi tố")
    assert earlier.type == "LEGAL" and earlier.time is None and ("suspect", "Lê Tấn Hùng") in _roles(earlier)


def test_the_one_a_kin_noun_is_kin_of_is_not_the_victim(news):
    # vietnews-008644: "Ông Kim Jong - nam, anh trai cùng cha khác mẹ của lãnh đạo Triều Tiên, bị sát hại bằng chất độc …":
    # the title stands for Kim Jong-un (as the article writes "anh trai lãnh đạo Kim Jong-un"), who was not killed
    killing = _event_at(news["vietnews-008644"]["text"], "sát hại bằng chất độc hôm 13/2", "sát hại")
    assert killing.type == "OTHER" and _roles(killing) == [("victim", "Kim Jong - nam")]
