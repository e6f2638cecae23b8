"""Event arguments of session 16: every name of a list that does the act, or undergoes it, not only the nearest."""
import extractor


def _participants(record, trigger):
    return [{(p.role, p.name) for p in e.participants} for e in record.events if e.trigger.text == trigger]


def test_a_list_of_doers_after_a_passive_marker_are_all_doers(news):
    # vietnews-017584 (events-heldout4): "Huỳnh Anh là hoạt náo viên … . Anh đã có 10 năm gắn bó với công tác Đoàn, …, được
    # Thành đoàn, Trung ương Đoàn khen thưởng": both bodies award him
    record = extractor.extract(news["vietnews-017584"]["text"])
    [award] = _participants(record, "khen thưởng")
    assert {("recipient", "Huỳnh Anh"), ("agent", "Thành đoàn TP. HCM"), ("agent", "Trung ương Đoàn")} <= award
