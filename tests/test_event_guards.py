"""Events whose trigger vnx knows but whose arguments came out wrong (session 18, issue #6), on real sample articles: the
maker of a plane, the body that confirms a crash and the agency cited for it take no part in it, the airline whose
crash it is does; a crash takes no funeral's day nor the day of another crash; a school year is what a plan is for,
not its time; a place after the verb of the act asked for is that act's, not the request's, but one where an incident
took place is that of a happening told going on meanwhile; the doers of another act take no part in an incident named
after it."""
import pytest

import extractor
from test_event_later_clauses import _event_at  # the real-sentence helper, not a second copy


@pytest.mark.parametrize("article, phrase, trigger, named", [
    # "Gia đình các nạn nhân máy bay Boeing rơi bị lừa khi nhận bồi thường?": Boeing made the plane
    ("vietnews-004895", "rơi bị lừa", "rơi", "Boeing"),
    # "Hôm qua (10/3), chiếc máy bay Boeing 737 Max 8 của Hãng hàng không Ethiopian Airlines đã gặp tai nạn …"
    ("vietnews-013609", "tai nạn khi vừa cất cánh", "tai nạn", "Boeing"),
    # "Bộ Quốc phòng Nhật Bản xác nhận trực thăng rơi ở Gunma chính là chiếc máy bay mất tích.": the ministry confirms it
    # (the crash the lead told, "Chiếc trực thăng rơi xuống vùng núi …", told again: one event since session 19)
    ("vietnews-009531", "rơi xuống vùng núi", "rơi", "Bộ Quốc phòng Nhật Bản"),
], ids=["the maker of a plane that crashed", "the maker of a plane in an accident", "the body that confirms a crash"])
def test_no_participant_of_an_accident(news, article, phrase, trigger, named):
    crash = _event_at(news[article]["text"], phrase, trigger)
    assert crash.type == "ACCIDENT" and named not in {p.name for p in crash.participants}


def test_the_one_whose_accident_it_is_takes_part(news):
    # vietnews-017718: "Sau vụ tai nạn của hãng Lion Air ở Indonesia hồi tháng 10-2018, các phi công Mỹ …": the airline's
    # crash, told with its time and place
    crash = _event_at(news["vietnews-017718"]["text"], "tai nạn của hãng Lion Air", "tai nạn")
    assert crash.type == "ACCIDENT" and crash.time == "2018-10" and crash.location == "Indonesia"
    assert ("participant", "hãng Lion Air") in {(p.role, p.name) for p in crash.participants}


def test_the_agency_cited_for_an_accident_takes_no_part_in_it(news):
    # vietnews-010438: "Tổng cộng, hai tai nạn làm 34 người thiệt mạng tại hiện trường, 4 người chết tại bệnh viện, Reuters
    # dẫn thông tin từ cơ quan bảo vệ dân sự Haiti cho biết."
    text = news["vietnews-010438"]["text"]
    assert "Reuters dẫn thông tin" in text  # (else the test below would hold of any text)
    assert not any(p.name == "Reuters" for e in extractor.extract(text).events for p in e.participants)


def test_the_confirmed_accident_keeps_no_source_and_stays(news):
    # vietnews-003377: "Sáng 5-6, ông Trần Đức Thắng, chủ tịch UBND xã Đức Long, …, xác nhận trên địa bàn vừa xảy ra vụ
    # đuối nước khiến 2 chị em ruột tử vong.": the drowning is reported, the chairman who confirms it is no party (its
    # victim, named in a later telling of it, joins it since session 23: test_event_ev11_23.py)
    drowning = _event_at(news["vietnews-003377"]["text"], "đuối nước khiến", "đuối nước")
    assert drowning.type == "ACCIDENT" and not [p for p in drowning.participants if p.role != "victim"]
    assert "Trần Đức Thắng" not in {p.name for p in drowning.participants}


def test_a_crash_takes_no_day_of_a_funeral_told_after_it(news):
    # vietnews-014488: "… lễ viếng và truy điệu 2 phi công hy sinh trong vụ máy bay Yak -52 rơi trong lúc bay huấn luyện ở
    # Khánh Hoà sẽ được tổ chức vào sáng mai (16/6) …": the 16th is the funeral's day
    text = news["vietnews-014488"]["text"]
    assert "Yak -52 rơi trong lúc bay huấn luyện ở Khánh Hoà sẽ được tổ chức" in text
    assert not any(e.type == "ACCIDENT" and e.time == "XXXX-06-16" for e in extractor.extract(text).events)


def test_a_crash_told_with_its_own_year_takes_no_day_of_the_story(news):
    # vietnews-009498: "… giống như những gì xảy ra với chuyến bay 9268 của hãng MetroJet Nga rơi trên bán đảo Sinai năm
    # ngoái.": last year's crash, not the one of 19/5 the article is about
    crash = _event_at(news["vietnews-009498"]["text"], "rơi trên bán đảo Sinai", "rơi")
    assert crash.time is None and crash.location == "bán đảo Sinai"


@pytest.mark.parametrize("article, phrase, trigger, time", [
    # "Có ba phương án tuyển sinh vào lớp 10 năm học 2019-2020 vừa được Sở GD-ĐT Hà Nội đưa ra để xin ý kiến tại hội
    # nghị … diễn ra vào ngày 13-8": the school year is what the plans are for; the conference took place on the 13th
    ("vietnews-015811", "hội nghị triển khai nhiệm vụ", "hội nghị", "XXXX-08-13"),
    # "Theo kế hoạch tuyển sinh các lớp đầu cấp năm học 2018-2019 vừa được UBND Q. 10 (TP. HCM) công bố, …"
    ("vietnews-016276", "công bố, năm nay quận 10", "công bố", None),
    # "… là từ năm học 2002-2003, khi thực hiện đại trà chương trình giáo dục phổ thông mới, Bộ đã ban hành văn bản …":
    # "từ" dates the issuing by the school year
    ("vietnews-019998", "ban hành văn bản hướng dẫn giáo viên", "ban hành", "2002/2003"),
], ids=["a school year a plan is for", "a school year a plan published is for", "a school year after a time preposition"])
def test_a_school_year_is_a_time_only_after_a_time_preposition(news, article, phrase, trigger, time):
    assert _event_at(news[article]["text"], phrase, trigger).time == time


@pytest.mark.parametrize("article, phrase, trigger", [
    # "… Bộ Văn hoá, Thể thao và Du lịch đề nghị Hà Nội cho phép dựng mô hình khỉ Kong … tại một vị trị nổi bật ở khu vực
    # phố đi bộ Hồ Gươm.": where the model would stand
    ("vietnews-020807", "đề nghị Hà Nội cho phép", "đề nghị"),
    # "Putin cũng yêu cầu tăng cường an ninh tại các cơ quan ngoại giao Thổ Nhĩ Kỳ ở Nga.": where security is stepped up
    ("vietnews-007523", "yêu cầu tăng cường an ninh", "yêu cầu"),
], ids=["a place past the verbs asked for", "a place of the act asked for"])
def test_a_request_takes_no_place_of_the_act_asked_for(news, article, phrase, trigger):
    request = _event_at(news[article]["text"], phrase, trigger)
    assert request.type == "SPEECH" and request.location is None


def test_a_happening_told_while_an_incident_took_place_keeps_its_place(news):
    # vietnews-004868: "Vụ việc xảy ra tại quận Narowal tỉnh Punjab của Pakistan trong khi ông Iqbal tham dự cuộc họp tại
    # khu vực bầu cử của ông …": the meeting went on where the shooting took place
    meeting = _event_at(news["vietnews-004868"]["text"], "cuộc họp tại khu vực bầu cử", "cuộc họp")
    assert meeting.type == "MEETING" and meeting.location == "quận Narowal"


def test_the_doers_of_another_act_take_no_part_in_an_incident_named_after_it(news):
    # vietnews-016387: "… ba nam thanh niên gồm Phan Hoàng Diệu, Lê Minh Hải và Nguyễn Trung Thông đến gây gổ và hành hung
    # một nam thanh niên khác có liên quan đến vụ tai nạn với Y Gia Long.": they beat someone, the collision was not theirs
    text = news["vietnews-016387"]["text"]
    assert "hành hung một nam thanh niên khác có liên quan đến vụ tai nạn" in text
    assert not any(e.type == "ACCIDENT" and p.name in ("Phan Hoàng Diệu", "Lê Minh Hải", "Nguyễn Trung Thông")
                   for e in extractor.extract(text).events for p in e.participants)
