"""Event arguments read from sentence structure (session 13): a demonstrative pointing back to a named person, …"""
import extractor


def _participants(record, trigger):
    return [{(p.role, p.name) for p in e.participants} for e in record.events if e.trigger.text == trigger]


def test_a_demonstrative_after_the_trigger_points_back_to_the_person_named_so(news):
    # vietnews-000574: "cơ quan Công an thị xã Phú Thọ xác định đối tượng Thắng có liên quan … nên đã triệu tập đối
    # tượng này lên cơ quan công an": the one summoned is Thắng (Lê Mạnh Thắng), named "đối tượng" just before
    record = extractor.extract(news["vietnews-000574"]["text"])
    assert ("suspect", "Lê Mạnh Thắng") in set().union(*_participants(record, "triệu tập"))


def test_a_demonstrative_points_to_the_nearest_person_with_its_form_of_address():
    # hand-made: of two women named "bà", "bà này" is the one named last (Lan, not Hoa); "ông này" with no "ông" named
    # before points to nobody
    events = extractor.extract("Tin tức\n\nBà Trần Thị Hoa tố cáo bà Nguyễn Thị Lan lừa đảo. Ngày 3/5, Công an huyện "
                               "Long Hồ đã triệu tập bà này lên làm việc.").events
    assert [{(p.role, p.name) for p in e.participants} for e in events if e.trigger.text == "triệu tập"] \
        == [{("agent", "Công an huyện Long Hồ"), ("suspect", "Nguyễn Thị Lan")}]
    events = extractor.extract("Tin tức\n\nNguyễn Văn Tuấn bị tố cáo. Ngày 3/5, Công an huyện Long Hồ đã triệu tập "
                               "ông này lên làm việc.").events
    assert not any(p.name == "Nguyễn Văn Tuấn" and p.role == "suspect" for e in events if e.trigger.text == "triệu tập"
                   for p in e.participants)


def test_the_one_sent_to_right_before_a_request_is_asked(news):
    # vietnews-004254 (events-dev2): "Bộ Y tế đã có công văn gửi Sở Y tế tỉnh Thừa Thiên - Huế yêu cầu xác minh …": the
    # ministry asks, the department it writes to is asked
    record = extractor.extract(news["vietnews-004254"]["text"])
    assert ("participant", "Sở Y tế tỉnh Thừa Thiên - Huế") in set().union(*_participants(record, "yêu cầu"))
    # vietnews-021078: "ông Nguyễn Tâm Tiến, Giám đốc Công ty …, đã ký văn bản gửi HĐND và UBND Đà Nẵng đề nghị bố trí
    # vốn …": both addressees are asked, neither asks
    text = news["vietnews-021078"]["text"]
    at = text.find("đề nghị bố trí vốn")
    [request] = [e for e in extractor.extract(text).events if e.trigger.start == at]
    roles = {(p.role, p.name) for p in request.participants}
    assert ("speaker", "Nguyễn Tâm Tiến") in roles and ("participant", "UBND TP Đà Nẵng") in roles
    assert not any(p.role == "speaker" and "UBND" in p.name for p in request.participants)
