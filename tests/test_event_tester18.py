"""Events a read-only tester found missed or mistyped on real sample articles (session 18, issue #6): a trigger the
segmenter glued to the word after it."""
import extractor
from extractor.events import _dictionary_form
from extractor.tokenizer import segmenter_dictionary
from test_event_later_clauses import _event_at, _no_trigger_at  # the real-sentence helpers, not second copies


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


def test_a_vehicle_that_runs_into_something_is_an_accident(news):
    # vietnews-022302: "Vào cua gấp, xe giường nằm lao xuống mép sông Cà Mau ở Ninh Bình."
    crash = _event_at(news["vietnews-022302"]["text"], "lao xuống mép sông Cà Mau", "lao xuống")
    assert crash.type == "ACCIDENT" and crash.time == "XXXX-03-12"
    # vietnews-020936: "… tài xế vội mở cửa thoát ra ngoài trước khi tàu đâm vào xe."
    assert _event_at(news["vietnews-020936"]["text"], "đâm vào xe", "đâm vào").type == "ACCIDENT"


def test_one_who_rushes_at_someone_has_no_accident(news):
    # vietnews-000914: "… ngay khi vừa xuống xe, chị T. đã lao vào chửi bới, đánh đập người này.": a bus named before,
    # a woman rushing at a man: an assault, no crash
    text = news["vietnews-000914"]["text"]
    assert "lao vào chửi bới" in text
    assert not any(e.type == "ACCIDENT" for e in extractor.extract(text).events)


def test_an_explosion_blamed_on_terror_is_an_attack(news):
    # vietnews-007882: "Một vụ nổ nghi do khủng bố xảy ra trong buổi biểu diễn tại nhà thi đấu thành phố Manchester"
    assert _event_at(news["vietnews-007882"]["text"], "nổ nghi do khủng bố", "nổ").type == "OTHER"


def test_police_and_court_acts(news):
    # vietnews-010224: "Trong phiên toà ngày 3/9, hai phóng viên … Wa Lone, 32 tuổi và Kyaw Soe Oo, 28 tuổi, bị kết tội …"
    conviction = _event_at(news["vietnews-010224"]["text"], "kết tội vi phạm", "kết tội")
    assert conviction.type == "LEGAL" and conviction.time == "XXXX-09-03"
    # vietnews-016810: "Công an tỉnh Vĩnh Long đã quyết định lập chuyên án để làm rõ."
    case = _event_at(news["vietnews-016810"]["text"], "lập chuyên án để làm rõ", "lập chuyên án")
    assert case.type == "LEGAL" and ("agent", "Công an tỉnh Vĩnh Long") in {(p.role, p.name) for p in case.participants}


def test_a_wish_to_convict_is_no_conviction(news):
    # vietnews-006415: "… mục đích sâu xa của Washington là muốn kết tội Nga và Tổng thống Putin là tội phạm chiến tranh"
    text = news["vietnews-006415"]["text"]
    assert "muốn kết tội" in text
    assert not any(e.trigger.text == "kết tội" for e in extractor.extract(text).events)


def test_a_round_of_talks_is_a_meeting(news):
    # vietnews-013653: "… cuối cùng đã thất bại sau nhiều vòng đàm phán không đi đến thống nhất."
    assert _event_at(news["vietnews-013653"]["text"], "vòng đàm phán không", "vòng đàm phán").type == "MEETING"


def test_investigators_working_with_someone_question_him(news):
    # vietnews-020571: "Sáng 8/4, Công an huyện Nghi Lộc cho hay, cơ quan điều tra, viện kiểm sát đang làm việc với ông
    # Nguyễn Minh Trí và những người liên quan.": a police inquiry, not a meeting
    inquiry = _event_at(news["vietnews-020571"]["text"], "làm việc với ông Nguyễn Minh Trí", "làm việc")
    assert inquiry.type == "LEGAL"
    assert ("suspect", "Nguyễn Minh Trí") in {(p.role, p.name) for p in inquiry.participants}
    # vietnews-003013: "Chiều 17-10, đoàn Bộ Quốc phòng Việt Nam do thiếu tướng Bùi Anh Chung … đã làm việc với đoàn nghị
    # sỹ Quốc hội Hoa Kỳ …": a delegation meeting another stays a meeting
    visit = _event_at(news["vietnews-003013"]["text"], "làm việc với đoàn nghị sỹ", "làm việc")
    assert visit.type == "MEETING"


def test_a_trigger_joined_to_a_thing_is_a_thing(news):
    # vietnews-020699: "… bị phạt hơn 1,9 tỷ đồng với lỗi thực hiện không đúng nội dung và yêu cầu trong kết luận, kiểm
    # tra, thanh tra …": the requirements of a conclusion, nobody's request
    assert _no_trigger_at(news["vietnews-020699"]["text"], "yêu cầu trong kết luận")


def test_fires_and_storms_told_as_taking_place(news):
    # vietnews-014964: "Một ngọn lửa lớn bất ngờ bùng phát bên trong kho xăng rồi nhanh chóng lan rộng …"
    assert _event_at(news["vietnews-014964"]["text"], "bùng phát bên trong kho xăng", "bùng phát").type == "ACCIDENT"
    # vietnews-021547: "Trưa nay, bão số 3 đổ bộ vào vùng biển Quảng Ninh - Nam Định, mạnh cấp 9 …"
    assert _event_at(news["vietnews-021547"]["text"], "bão số 3 đổ bộ", "bão").type == "DISASTER"
    # vietnews-015085: "… cho biết trên địa bàn vừa xảy ra vụ sạt lở khiến 2 chị em trong một gia đình tử vong."
    assert _event_at(news["vietnews-015085"]["text"], "sạt lở khiến 2 chị em", "sạt lở").type == "DISASTER"


def test_a_storm_arriving_when_something_else_happens_is_no_event_of_its_own(news):
    # vietnews-021897: "Sân bay Kansai ngập trong biển nước khi bão Jebi đổ bộ.": the time of the flooding
    assert _no_trigger_at(news["vietnews-021897"]["text"], "bão Jebi đổ bộ", before="khi ")


def test_an_airline_cancelling_flights_is_a_happening(news):
    # vietnews-021547: "Vietnam Airlines huỷ tất cả các chuyến bay đến và đi từ sân bay Cát Bi (Hải Phòng), …"
    cancelled = _event_at(news["vietnews-021547"]["text"], "huỷ tất cả các chuyến bay", "huỷ")
    assert cancelled.type == "OTHER" and ("agent", "Vietnam Airlines") in {(p.role, p.name) for p in cancelled.participants}
    # hand-made sentence: a booking cancelled is none ("huỷ" without flights after it)
    assert not any(e.trigger.text == "huỷ" for e in extractor.extract("Công ty Du Thuyền Bhaya đã huỷ các đăng ký mới.").events)
