"""Events a read-only tester found wrong or missing on real sample articles (session 17, issue #6): a plane crash is an
accident; one who attends an award ceremony gives no award; the act one asks for is not the asker's; a form of
address goes on referring to whom it referred to; one who announces a happening takes no part in it; an accident
told in two sentences is one event."""
import pytest

import extractor
from test_event_later_clauses import _event_at, _no_trigger_at  # the real-sentence helpers, not second copies


def test_an_aircraft_that_crashes_is_an_accident(news):
    # vietnews-008253: "Chuyến bay MS804 rơi xuống biển Địa Trung Hải ngày 19/5 khi đang trên đường từ Paris sang Cairo."
    crash = _event_at(news["vietnews-008253"]["text"], "rơi xuống biển", "rơi")
    assert crash.type == "ACCIDENT" and crash.time == "XXXX-05-19"


def test_a_plane_shot_down_is_no_accident(news):
    # vietnews-007309: "… sau sự cố máy bay trinh sát Nga bị S -200 của Syria bắn rơi trong lúc …"
    assert _no_trigger_at(news["vietnews-007309"]["text"], "rơi", before="bắn ")


def test_one_named_at_an_award_ceremony_attends_it(news):
    # vietnews-010294: "Tổng thống Nga Vladimir Putin (ngoài cùng bên phải) chạm tay vào cúp vàng World Cup trong lễ trao
    # giải ngày 15/7.": Putin is at the ceremony, he gives no award
    text = news["vietnews-010294"]["text"]
    events = extractor.extract(text).events
    assert not any(e.type == "AWARD" and any(p.name == "Vladimir Putin" and p.role == "agent" for p in e.participants)
                   for e in events)
    ceremony = _event_at(text, "lễ trao giải", "lễ")
    assert ceremony.type == "CEREMONY" and ("participant", "Vladimir Putin") in {(p.role, p.name) for p in ceremony.participants}


@pytest.mark.parametrize("article, trigger_at, named", [
    # "Đại diện Cảng vụ hàng không tại Thọ Xuân đã yêu cầu an ninh hàng không tại Thọ Xuân lập biên bản vi phạm …": the
    # airport security draws up the record, not the port authority that asked for it
    ("vietnews-003022", "lập biên bản vi phạm đối với 3 đối tượng", "Cảng vụ"),
    # "Hôm 9/1, Nhà Trắng thông báo đợt kiểm tra y tế của Tổng thống Trump không bao gồm …": the White House tells of
    # the check-up, the doctors carry it out
    ("vietnews-009357", "kiểm tra y tế của Tổng thống Trump", "Nhà Trắng"),
    # "Tư lệnh Ấn Độ hy vọng với việc chính phủ nước này mới ký hợp đồng mua các máy bay chiến đấu của Pháp, …": the
    # government signs, the air chief Dhanoa hopes
    ("vietnews-008804", "ký hợp đồng mua các máy bay", "Birender Singh Dhanoa"),
], ids=["the act one asks for is not the asker's", "one who announces a round of checks does not check",
        "a body in lower case is the subject of the clause it opens"])
def test_a_party_named_with_the_act_is_not_its_doer(news, article, trigger_at, named):
    text = news[article]["text"]
    at = text.find(trigger_at)
    assert at >= 0
    assert not any(e.trigger.start == at and any(p.name == named for p in e.participants)
                   for e in extractor.extract(text).events)


def test_a_form_of_address_keeps_referring_to_whom_it_referred_to(news):
    # vietnews-017256: "…, cô cũng gây tiếng vang lớn qua những shot hình ở vai trò người mẫu trước ống kính của Peter
    # Lindbergh - nhiếp ảnh gia tài năng … . " Cân bằng cuộc sống … ", cô trả lời CNN …": "cô" is Margaret Zhang, the
    # subject "cô" of the sentence naming Lindbergh, not Lindbergh
    answer = _event_at(news["vietnews-017256"]["text"], "trả lời CNN", "trả lời")
    assert [(p.role, p.name) for p in answer.participants] == [("speaker", "Margaret Zhang")]


def test_an_accident_named_again_for_its_toll_keeps_what_the_sentence_before_told(news):
    # vietnews-003869: "Tâm là người lái chiếc xe tải gây tai nạn thảm khốc trên quốc lộ 5 ở huyện Kim Thành, Hải Dương.
    # Vụ tai nạn khiến 8 người thiệt mạng, 8 người bị thương.": one accident, on highway 5, with Tâm's truck
    accident = _event_at(news["vietnews-003869"]["text"], "tai nạn khiến 8 người", "tai nạn")
    assert accident.location == "quốc lộ 5"
    assert ("participant", "Lương Văn Tâm") in {(p.role, p.name) for p in accident.participants}
