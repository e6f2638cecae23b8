"""vnx_events on the seed article: the four happenings of its gold record."""
from extractor.text import fold


def _find(record, type_, time):
    return [e for e in record.events if e.type == type_ and e.time == time]


def test_seed_events_match_gold(seed_record, seed_gold):
    for gold in seed_gold["events"]:
        candidates = _find(seed_record, gold["type"], gold["date"])
        gold_people = {(p["role"], fold(p["name"])) for p in gold["participants"]}
        assert any(gold_people & {(p.role, fold(p.name)) for p in e.participants} for e in candidates), gold


def test_seed_meeting_has_chair_counterpart_place_and_document(seed_record, seed_text):
    (meeting,) = _find(seed_record, "MEETING", "2024-04-12")
    roles = {(p.role, p.name) for p in meeting.participants}
    assert ("chair", "Nguyễn Xuân Dương") in roles
    assert ("participant", "Ban Thường vụ Huyện ủy Quảng Điền") in roles
    assert ("participant", "Đoàn giám sát 133") in roles
    assert meeting.location == "Huyện ủy Quảng Điền"
    assert meeting.documents == ["62-KL/TW"]
    assert seed_text[meeting.trigger.start : meeting.trigger.end] == "buổi làm việc"
    assert meeting.sentence.start <= meeting.trigger.start < meeting.sentence.end


def test_words_that_name_no_happening_give_no_event(seed_record):
    # "đáp ứng yêu cầu", "chế độ giao ban", "công tác lãnh đạo, chỉ đạo" are words, not reported happenings
    triggers = {e.trigger.text for e in seed_record.events}
    assert not triggers & {"yêu cầu", "giao ban", "chỉ đạo"}
    assert len([e for e in seed_record.events if e.type == "SPEECH"]) == 2


def _events(text):
    import extractor

    return [(e.type, e.trigger.text, e.time, {(p.role, p.name) for p in e.participants}) for e in extractor.extract(text).events]


def test_a_time_before_a_reporting_verb_dates_the_report_not_what_it_reports():
    events = _events("Tin tức\n\nNgày 9/9, nguồn tin của PV cho biết, phòng Hình sự Công an tỉnh Thừa Thiên - Huế vừa bắt "
                     "ông Phạm Hồng Hải. Ngày 10/9, Công an tỉnh Thừa Thiên - Huế đã khởi tố ông Phạm Hồng Hải.")
    times = {trigger: time for _, trigger, time, _ in events}
    assert times == {"bắt": None, "khởi tố": "XXXX-09-10"}  # two happenings: not merged across triggers


def test_cung_ngay_takes_the_day_of_the_happening_before_and_the_title_holder_is_the_agent():
    events = _events("Trao quyết định\n\nChiều 8/1, ông Nguyễn Đắc Vinh, Bí thư thứ nhất Trung ương Đoàn đã trao quyết định "
                     "bổ nhiệm ông Phan Tuấn Tú giữ chức Phó ban, thời hạn 5 năm từ ngày 15/1. Cùng ngày, Ban Bí thư Trung "
                     "ương Đoàn cũng trao quyết định bổ nhiệm bà Trần Thị Bích Ngọc giữ chức Chánh văn phòng.")
    assert [e[2] for e in events] == ["XXXX-01-08", "XXXX-01-08"]
    assert ("agent", "Nguyễn Đắc Vinh") in events[0][3]


def test_passive_and_object_first_triggers_make_the_person_before_the_object():
    events = _events("Kỷ luật\n\nNgày 10/4, ông Nguyễn Tiến Dũng (Bí thư Đảng uỷ xã Quế Sơn) bị cảnh cáo và điều chuyển qua "
                     "làm Chủ tịch Uỷ ban Mặt trận Tổ quốc xã. Ông Nguyễn Bá Cảnh trúng cử đại biểu HĐND TP Đà Nẵng ngày 24/5/2016.")
    roles = {trigger: people for _, trigger, _, people in events}
    assert roles["cảnh cáo"] == {("subject", "Nguyễn Tiến Dũng")}
    assert roles["điều chuyển"] == {("appointee", "Nguyễn Tiến Dũng")}
    assert roles["trúng cử"] == {("appointee", "Nguyễn Bá Cảnh")}


def test_working_at_a_company_is_no_meeting():
    assert _events("Tin\n\nNgày 11/6, anh Võ Văn Trụ tới Công ty PouYuen làm việc bình thường.") == []


def test_a_requested_action_is_no_happening_but_a_directive_told_as_done_is():
    asked = _events("Tin\n\nNgày 5/3, Công an TP. Đà Nẵng đề nghị Công an quận Sơn Trà bắt giữ ông Nguyễn Văn An.")
    assert "LEGAL" not in {e[0] for e in asked}
    done = _events("Tin\n\nNgày 5/3, Công an TP. Đà Nẵng đã chỉ đạo Công an quận Sơn Trà bắt giữ ông Nguyễn Văn An.")
    assert "LEGAL" in {e[0] for e in done}
