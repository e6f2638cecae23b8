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
