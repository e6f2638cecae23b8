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
