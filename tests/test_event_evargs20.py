"""Event arguments and types a read-only tester found wrong on real sample articles (session 20, issue #6): a body's
report typed as a speech, the body of a speaker's title made the issuer, a diplomat's summons not read as a meeting, the
source of a report made a participant of the happening it tells."""
import extractor
from test_event_later_clauses import _event_at  # the real-sentence helper, not a second copy


def test_a_bodys_finding_told_in_a_report_is_its_issuance(news):
    # vietnews-010224: "Liên Hợp Quốc ngày 27/8 kết luận trong một báo cáo rằng quân đội Myanmar đã thực hiện … và đề nghị
    # tổng tư lệnh cùng 5 tướng lĩnh bị truy tố …": the UN's report, not a speech; what it says is no act of its own
    text = news["vietnews-010224"]["text"]
    report = _event_at(text, "kết luận trong một báo cáo", "kết luận")
    assert report.type == "ISSUANCE" and report.time == "XXXX-08-27"
    assert [(p.role, p.name) for p in report.participants] == [("agent", "Liên Hợp Quốc")]
    sentence = report.sentence
    assert not [e for e in extractor.extract(text).events if e.sentence == sentence and e.type == "SPEECH"]


def test_one_who_speaks_in_a_statement_issues_it_not_the_body_of_the_title(news):
    # vietnews-010224: "… ", Stephen J. Adler, tổng biên tập hãng Reuters, nói trong một thông cáo.": Adler's statement
    statement = _event_at(news["vietnews-010224"]["text"], "thông cáo. Phóng viên", "thông cáo")
    assert statement.type == "ISSUANCE"
    assert [(p.role, p.name) for p in statement.participants] == [("agent", "Stephen J. Adler")]


def test_an_ambassador_summoned_meets_the_one_he_is_summoned_to(news):
    # vietnews-010355: "Chính phủ Philippines hôm nay triệu tập đại sứ Mỹ Sung Kim tới gặp Salvador Medialdea, cố vấn hàng
    # đầu của Tổng thống Rodrigo Duterte, để phản đối …": a diplomatic summons, a meeting of both (no police summons)
    summons = _event_at(news["vietnews-010355"]["text"], "triệu tập đại sứ Mỹ", "triệu tập")
    assert summons.type == "MEETING"
    names = {p.name for p in summons.participants if p.role == "participant"}
    assert names == {"Sung Kim", "Salvador Medialdea"}


def test_the_source_reporting_what_was_done_at_a_meeting_takes_no_part_in_it(news):
    # vietnews-010355: "Đại sứ quán Mỹ tại Philippines cho biết trong cuộc gặp, đại sứ Kim đã giải thích rằng …": the
    # embassy reports; the ambassador named after the comma took part. "cuộc gặp" is the meeting the summons called
    # (event_triggers.yaml one_happening, session 21): one event, which the embassy takes no part in
    text = news["vietnews-010355"]["text"]
    meetings = [e for e in extractor.extract(text).events if e.type == "MEETING"]
    assert [e.trigger.text for e in meetings] == ["triệu tập"]
    assert "Sung Kim" in {p.name for p in meetings[0].participants}
    assert not any("Đại sứ quán" in p.name for p in meetings[0].participants)



def test_a_leader_welcomed_at_a_reception_is_met(news):
    # vietnews-009995: "Ông Kim tổ chức một bữa tiệc chào mừng ông Tống …": Kim holds it, Tống Đào is received
    text = news["vietnews-009995"]["text"]
    reception = _event_at(text, "chào mừng ông Tống", "chào mừng")
    assert reception.type == "MEETING"
    assert {(p.role, p.name) for p in reception.participants} == {("agent", "Kim Jong-un"), ("participant", "Tống Đào")}


def test_a_new_year_welcomed_is_no_meeting(news):
    # vietnews-002641: "Nhiều hoạt động chào mừng năm mới 2018 …": no one received (no form of address or title after it)
    text = news["vietnews-002641"]["text"]
    assert "chào mừng năm mới" in text
    assert not [e for e in extractor.extract(text).events if e.trigger.text == "chào mừng"]


def test_the_visitor_is_named_past_the_count_and_span_of_the_visit(news):
    # vietnews-009995: "Đây là chuyến thăm Triều Tiên lần thứ hai trong 5 tháng qua của ông Tống."
    visit = _event_at(news["vietnews-009995"]["text"], "chuyến thăm Triều Tiên lần thứ hai", "chuyến thăm")
    assert visit.type == "VISIT" and visit.location == "Triều Tiên"
    assert [(p.role, p.name) for p in visit.participants] == [("agent", "Tống Đào")]


def test_a_police_notice_asking_who_knows_the_suspect_is_a_wanted_notice(news):
    # vietnews-000903: "Vậy, Cơ quan CSĐT Công an tỉnh Nghệ An thông báo và đề nghị quần chúng nhân dân ai biết người có đặc
    # điểm tương tự đối tượng thì thông báo ngay cho …": one LEGAL act (its appeal is what it says, no SPEECH of its own)
    text = news["vietnews-000903"]["text"]
    notice = _event_at(text, "thông báo và đề nghị quần chúng", "thông báo")
    assert notice.type == "LEGAL"
    assert [(p.role, p.name) for p in notice.participants] == [("agent", "Cơ quan CSĐT Công an tỉnh Nghệ An")]
    assert not [e for e in extractor.extract(text).events if e.sentence == notice.sentence and e.type == "SPEECH"]


def test_the_dwellings_raided_put_the_arrest_in_the_place_that_holds_them(news):
    # vietnews-000903: "… đột kích nhiều căn hộ trong khu đô thị Our City, nằm trên đường Phạm Văn Đồng, quận Dương Kinh và
    # bắt quả tang gần 400 người …"
    arrest = _event_at(news["vietnews-000903"]["text"], "bắt quả tang gần 400 người", "bắt quả tang")
    assert arrest.type == "LEGAL" and arrest.location == "khu đô thị Our City"


def test_a_trial_opening_the_sentence_is_where_the_sentence_before_put_it(news):
    # vietnews-010224: "Phóng viên … giơ ngón tay cái khi rời phiên toà ở Insein, Yangon, Myanmar, ngày 3/9. Trong phiên toà
    # ngày 3/9, hai phóng viên … bị kết tội …"
    conviction = _event_at(news["vietnews-010224"]["text"], "kết tội vi phạm", "kết tội")
    assert conviction.type == "LEGAL" and conviction.location == "Insein" and conviction.time == "XXXX-09-03"


def test_a_body_judging_a_matter_does_not_do_the_act_told_inside_it(news):
    # vietnews-002107: "Sở Xây dựng đánh giá việc cưỡng chế bàn giao kinh phí … theo quyết định xử phạt nêu trên gặp nhiều
    # khó khăn": the department assesses; the fine was the city's (told before)
    text = news["vietnews-002107"]["text"]
    at = text.find("quyết định xử phạt nêu trên") + len("quyết định ")
    assert not [p for e in extractor.extract(text).events if e.trigger.start == at
                for p in e.participants if p.name.startswith("Sở Xây dựng")]


def test_a_discussion_held_with_someone_is_a_meeting(news):
    # vietnews-009970: "Trước khi thảo luận với ông Kishida, Tillerson nói …"
    talk = _event_at(news["vietnews-009970"]["text"], "thảo luận với ông Kishida", "thảo luận")
    assert talk.type == "MEETING"
    assert {p.name for p in talk.participants} == {"Rex Tillerson", "Fumio Kishida"}


def test_a_fronted_clause_opened_by_a_reception_the_tagger_reads_as_a_noun(news):
    # events-dev 004579: "Trước đó, tiếp đón một đoàn chính trị gia Mỹ đến thăm Trung Quốc, Thủ tướng Lý Khắc Cường phát
    # biểu rằng …": he received them (underthesea tags "tiếp đón" N before "một đoàn")
    reception = _event_at(news["vietnews-004579"]["text"], "tiếp đón một đoàn", "tiếp đón")
    assert reception.type == "MEETING"
    assert [(p.role, p.name) for p in reception.participants] == [("participant", "Lý Khắc Cường")]


def test_a_speaker_at_a_press_conference_with_a_body_acting_after_the_comma_takes_part():
    # hand-made sentences: a body after the comma leaves the source a participant; a person after it takes its place
    text = "Tin\n\nNgày 5/6, Bộ trưởng Nguyễn Văn An cho biết trong cuộc họp báo, Bộ Y tế đã công bố số ca mắc mới."
    briefing = next(e for e in extractor.extract(text).events if e.type == "MEETING")
    assert [(p.role, p.name) for p in briefing.participants] == [("participant", "Nguyễn Văn An")]
    text = "Tin\n\nĐại sứ quán Pháp cho biết trong cuộc gặp, ông Trần Văn Bình đã giải thích lý do."
    meeting = next(e for e in extractor.extract(text).events if e.type == "MEETING")
    assert [(p.role, p.name) for p in meeting.participants] == [("participant", "Trần Văn Bình")]
