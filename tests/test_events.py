"""vnx_events on the seed article: the four happenings of its gold record."""
import re

import pytest

import extractor
from extractor.text import fold, written


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


def test_no_event_lists_a_participant_twice(seed_record):
    """The seed's working session names Ban Thường vụ Huyện ủy Quảng Điền twice: it takes part once."""
    meeting = next(e for e in seed_record.events if e.type == "MEETING")
    assert [(p.role, p.name) for p in meeting.participants] == [
        ("chair", "Nguyễn Xuân Dương"), ("participant", "Ban Thường vụ Huyện ủy Quảng Điền"), ("participant", "Đoàn giám sát 133")]
    for event in seed_record.events:
        assert len({(p.role, p.name) for p in event.participants}) == len(event.participants)


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


def test_a_directive_word_inside_another_word_or_where_roads_meet_asks_for_nothing(news):
    """Real sentences of the sample: the "giao" (to assign) of requested_after is no word of its own in "Cảnh sát giao
    thông" (021206) or "ngoại giao" (008703), nor where roads meet ("đoạn giao với", events-heldout7 020019)."""
    text = news["vietnews-021206"]["text"]
    [arrest] = _events_at(text, "bắt giữ khi vừa chạy khoảng hiện trường")
    assert (arrest.type, {(p.role, p.name) for p in arrest.participants}) == ("LEGAL", {("suspect", "Võ Công Kỳ")})
    text = news["vietnews-008703"]["text"]
    [arrest] = _events_at(text, "bắt đêm 10/12")
    assert (arrest.type, arrest.time) == ("LEGAL", "XXXX-12-10")
    from extractor.pipeline import shared

    events = shared().get_pipe("vnx_events")
    doc = shared()("Tin\n\nĐến đoạn giao với đường số 36 (quận 2), ôtô chuyên dụng va chạm với xe máy.")
    assert not events._requested(doc, list(doc.sents)[-1], doc.text.index("va chạm"), events._blocked(doc))
    # hand-made: "giao" as a word of its own still assigns the act
    assigned = _events("Tin\n\nNgày 5/3, UBND tỉnh Khánh Hòa giao Sở Công Thương kiểm tra Công ty Minh Phát.")
    assert "INSPECTION" not in {e[0] for e in assigned}
    # "không phải" (is not) and "có phải" (whether) are no modal of obligation (vietnews-011113, 006551)
    [press] = _events_at(news["vietnews-011113"]["text"], "họp báo. \" Cảng")
    assert (press.type, press.time) == ("MEETING", "XXXX-07-07")
    [answer] = _events_at(news["vietnews-006551"]["text"], "trả lời rằng")
    assert {(p.role, p.name) for p in answer.participants} == {("speaker", "Vladimir Putin")}


# Round 2. Sentences written for these tests (hand-made, modelled on the dev articles' wording) unless marked real.

def test_chu_tri_buoi_cong_bo_makes_the_chair_of_the_happening_it_names():
    events = _events("Công bố quyết định thanh tra\n\nChiều 24/5, Thanh tra Chính phủ tổ chức công bố quyết định thanh tra "
                     "giá điện. Phó tổng thanh tra Chính phủ Bùi Ngọc Lam chủ trì buổi công bố.")
    assert "chủ trì" not in {trigger for _, trigger, _, _ in events}
    issuance = [people for type_, _, _, people in events if type_ == "ISSUANCE"]
    assert any(("chair", "Bùi Ngọc Lam") in people for people in issuance)


def test_co_quan_nay_stands_for_the_organisation_named_before():
    events = _events("HĐND\n\nÔng Đoàn Xuân Hiếu cho biết HĐND TP Đà Nẵng sẽ xem xét đơn của ông Nguyễn Bá Cảnh. Việc này sẽ "
                     "được quyết định tại kỳ họp thứ 11 của cơ quan này (từ ngày 9 đến 11/7).")
    meetings = [(time, people) for type_, _, time, people in events if type_ == "MEETING"]
    assert meetings and all(("participant", "HĐND TP Đà Nẵng") in people for _, people in meetings)
    assert "XXXX-07-09/XXXX-07-11" in {time for time, _ in meetings}


def test_a_directives_addressee_is_a_participant_and_doi_voi_names_its_subject():
    (speech,) = [e for e in _events("Tin\n\nNgày 5/3, Ban Thường vụ Tỉnh uỷ Bình Thuận đã chỉ đạo kiểm điểm sâu trách "
                                    "nhiệm đối với Ban thường vụ Đảng uỷ Công an tỉnh.") if e[0] == "SPEECH"]
    assert ("speaker", "Ban Thường vụ Tỉnh uỷ Bình Thuận") in speech[3]
    assert any(role == "subject" for role, _ in speech[3])
    (asked,) = [e for e in _events("Tin\n\nTháng 10, Công an TP. Đà Nẵng đã yêu cầu Công an quận Sơn Trà bắt giữ "
                                   "2 đối tượng.") if e[0] == "SPEECH"]
    assert ("participant", "Công an quận Sơn Trà") in asked[3]


def test_what_an_act_is_for_is_no_happening():
    # real sentence (vietnews-000008), shortened
    events = _events("Tin\n\nSau đó, TAND cấp cao tại TP. HCM xử phúc thẩm lần 1 đã huỷ toàn bộ bản án sơ thẩm, trả hồ sơ "
                     "để điều tra, truy tố xét xử lại theo thủ tục chung.")
    assert not {"truy tố", "điều tra"} & {trigger for _, trigger, _, _ in events}


def test_a_list_opened_by_do_la_in_the_next_sentence_names_the_suspects():
    events = _events("Tin\n\nCơ quan Cảnh sát điều tra Công an TP. Huế đã ra quyết định khởi tố 2 đối tượng. Đó là, "
                     "Phan Văn Hùng (SN 1970) - Giám đốc Công ty cổ phần 939; Đỗ Thuỳ Châu (SN 1983) - kế toán.")
    (legal,) = [people for type_, _, _, people in events if type_ == "LEGAL"]
    assert {("suspect", "Phan Văn Hùng"), ("suspect", "Đỗ Thuỳ Châu")} <= legal


def test_a_time_owned_by_a_noun_after_the_trigger_is_not_the_events_time():
    # real sentences (vietnews-003837), shortened: the answer is given at the press conference of the lead
    events = _events("Họp báo\n\nChiều 22-1, UBND Bình Thuận tổ chức họp báo định kỳ tình hình kinh tế - xã hội năm 2018. "
                     "Trả lời câu hỏi của các phóng viên liên quan đến vụ gây rối vào các ngày 10 và 11-6-2018, đại tá "
                     "Nguyễn Văn Nhiều – người phát ngôn Công an Bình Thuận – thừa nhận vụ việc rất đau lòng.")
    times = {trigger: time for _, trigger, time, _ in events}
    assert times["họp báo"] == "XXXX-01-22"
    assert times.get("Trả lời") != "2018-06-11"


def test_a_time_opening_a_later_clause_dates_what_happened_next():
    # hand-made sentence (a tester's): the arrest is on the 12th; "đến ngày 20/5" dates the release after it
    events = _events("Tin\n\nTheo cáo trạng, ngày 12/5/2018, Nguyễn Văn An bị Công an huyện Đông Anh bắt giữ, đến ngày "
                     "20/5 thì được tại ngoại.")
    assert {(trigger, time) for type_, trigger, time, _ in events if type_ == "LEGAL"} == {("bắt giữ", "2018-05-12")}


def test_two_meetings_sharing_a_syllable_stay_two_and_the_title_after_a_cue_is_skipped():
    # real sentences (vietnews-009415), shortened
    events = _events("Tin\n\nTổng Bí thư Nguyễn Phú Trọng sáng nay hội kiến với Thủ tướng Trung Quốc Lý Khắc Cường. "
                     "Tổng Bí thư Nguyễn Phú Trọng ngày 12/1 đã có cuộc hội đàm với Chủ tịch Trung Quốc Tập Cận Bình.")
    meetings = {trigger: people for type_, trigger, _, people in events if type_ == "MEETING"}
    assert set(meetings) == {"hội kiến", "hội đàm"}
    assert ("participant", "Lý Khắc Cường") in meetings["hội kiến"]


def test_other_events_a_letter_sent_and_a_leave_taken():
    # real sentences (vietnews-009196, vietnews-020284)
    events = _events("Tin\n\nChủ tịch nước Trần Đại Quang ngày 8/11 gửi thư bày tỏ lời cảm ơn sâu sắc. Thường trực Thành uỷ "
                     "TP HCM vừa chấp thuận cho Phó bí thư Thường trực Tất Thành Cang được nghỉ phép từ ngày 17/12 đến "
                     "ngày 3/1/2019.")
    other = {trigger: (time, people) for type_, trigger, time, people in events if type_ == "OTHER"}
    assert other["gửi thư"] == ("XXXX-11-08", {("agent", "Trần Đại Quang")})
    assert ("agent", "Tất Thành Cang") in other["nghỉ phép"][1]


def test_something_posted_is_an_event_of_its_poster(news):
    """Real sentences: "đăng" with what is posted after it ("đăng nội dung", "đăng bài viết", all-dev 004254 and
    vietnews-012999) is a post put out; "đăng đàn" (to take the floor, vietnews-005319) and "đăng ký" (to register,
    hand-made) are not."""
    [post] = _events_at(news["vietnews-004254"]["text"], "đăng nội dung")
    assert (post.type, post.time, [(p.role, p.name) for p in post.participants]) == \
        ("OTHER", "XXXX-07-14", [("agent", "Hoàng Công Truyện")])
    [post] = _events_at(news["vietnews-012999"]["text"], "đăng bài viết")
    assert [(p.role, p.name) for p in post.participants] == [("agent", "Người Đưa Tin")]
    assert _events_at(news["vietnews-005319"]["text"], "đăng đàn") == []
    assert _events("Tin\n\nNgày 5/3, ông Nguyễn Văn An đăng ký thông tin tài khoản tại Ngân hàng Vietcombank.") == []


def test_an_undated_happening_of_the_summary_takes_the_leads_day_but_not_a_reports_day():
    # real sentences (vietnews-013819), shortened: the summary's inspection starts the day the lead reports
    events = _events("Thanh tra\n\nVới 45 ngày làm việc, Thanh tra Chính phủ sẽ thanh tra toàn diện việc chấp hành pháp luật "
                     "tại bán đảo Sơn Trà.\n\nNgày 6/12, tại UBND TP. Đà Nẵng, Thanh tra Chính phủ chính thức công bố các "
                     "quyết định thanh tra.")
    assert {(type_, time) for type_, _, time, _ in events} >= {("INSPECTION", "XXXX-12-06"), ("ISSUANCE", "XXXX-12-06")}
    # hand-made: the lead's day is the day a source spoke, not the day of the arrest it reports
    events = _events("Bắt\n\nPhòng Hình sự Công an tỉnh Thừa Thiên - Huế vừa bắt ông Phạm Hồng Hải.\n\nNgày 9/9, nguồn tin "
                     "của PV cho biết, phòng Hình sự Công an tỉnh Thừa Thiên - Huế đã khởi tố ông Phạm Hồng Hải.")
    assert {time for _, _, time, _ in events} == {None}


# Round 3, from the development half of corpus/events (sentences of real articles or close to them)

def test_an_event_time_is_its_day():
    events = _events("Tin\n\nLúc 15h ngày 12-6, Bộ Y tế đã công bố kết quả kiểm tra an toàn thực phẩm.")
    assert ("ISSUANCE", "công bố", "XXXX-06-12", {("agent", "Bộ Y tế")}) in events


def test_a_time_after_a_reporting_verb_belongs_to_what_is_reported():
    # vietnews-003934
    events = _events("Tin\n\nMột thống kê vừa được Bộ Y tế công bố cho thấy khoảng 70% trong số trên 4.100 người phải vào viện "
                     "do đánh nhau dịp tết Mậu Tuất vừa qua ở độ tuổi 20-40.")
    assert [(t, trig, time) for t, trig, time, _ in events] == [("ISSUANCE", "công bố", None)]


def test_a_relative_clause_with_a_passive_marker_makes_the_person_before_it_the_object():
    # vietnews-016473: the lawyer after the comma is no suspect; the doer is the body named in lower case after the marker
    events = _events("Tin\n\nTrao đổi với phóng viên tại Singapore sau cuộc gặp với ông Phan Van Anh Vu, người đang bị cơ quan "
                     "quản lý xuất nhập cảnh Singapore (ICA) bắt giữ, luật sư Reme Choo Zheng Xi khẳng định đó chính là Vu.")
    legal = [e for e in events if e[0] == "LEGAL"]
    assert legal and all(people == {("suspect", "Phan Van Anh Vu"), ("agent", "cơ quan quản lý xuất nhập cảnh Singapore")}
                         for *_, people in legal)


def test_a_crime_told_in_the_passive_names_its_victim():
    events = _events("Tin\n\nÔng Nguyễn Văn An bị hai đối tượng sát hại hôm 13/2 tại nhà riêng.")
    assert ("OTHER", "sát hại", "XXXX-02-13", {("victim", "Nguyễn Văn An")}) in events


def test_hostage_takers_and_specialised_devices_are_no_arrest_or_inspection():
    events = _events("Tin\n\nCảnh sát Mỹ bắn chết kẻ bắt giữ con tin trong siêu thị. Bộ Tài nguyên Trung Quốc đang vận hành "
                     "mạng lưới máy bay không người lái chuyên giám sát các đảo.")
    assert not [e for e in events if e[0] in ("LEGAL", "INSPECTION")]


def test_a_duty_roster_is_no_appointment():
    # vietnews-016601
    events = _events("Tin\n\nTrong tháng 4-2018, Nguyễn Tiến Minh được phân công trực tại trại tạm giam Công an TP Hải Phòng.")
    assert not [e for e in events if e[0] == "APPOINTMENT"]


def test_a_body_announcing_is_an_issuance_and_a_search_is_legal():
    events = _events("Tin\n\nNgày 24-5, Bộ Quốc phòng Mỹ thông báo sẽ điều động thêm 1.000 binh sĩ tới Trung Đông. Chiều 21-12, "
                     "Bộ Công an đã khám xét nhà của ông Phan Văn Anh Vũ tại Đà Nẵng.")
    types = {(t, trig, time) for t, trig, time, _ in events}
    assert ("ISSUANCE", "thông báo", "XXXX-05-24") in types
    assert ("LEGAL", "khám xét", "XXXX-12-21") in types


def test_the_proper_noun_opening_the_clause_is_the_doer_the_entity_layer_missed():
    # vietnews-004611, vietnews-011384: "Lầu Năm Góc", "Walmart" are no tagged organisations
    events = _events("Tin\n\nLầu Năm Góc ngày 24-5 thông báo sẽ điều động thêm 1.000 binh sĩ tới Trung Đông. "
                     "\" Chúng tôi hành động ngay lập tức \", Walmart thông báo.")
    found = {(t, trig, time, frozenset(p)) for t, trig, time, p in events}
    assert ("ISSUANCE", "thông báo", "XXXX-05-24", frozenset({("agent", "Lầu Năm Góc")})) in found
    assert any(t == "ISSUANCE" and ("agent", "Walmart") in p for t, _, _, p in events)
    assert not [e for e in events if e[0] == "APPOINTMENT"]  # troops sent, not a post


def test_one_person_written_two_ways_and_a_crime_dated_after():
    # vietnews-016473, vietnews-016579
    events = _events("Tin\n\nÔng Phan Van Anh Vu bị cơ quan Singapore bắt giữ. Chiều 21-12, Bộ Công an đã khởi tố bị can "
                     "ông Phan Văn Anh Vũ. Ông Trần Chí D., phó công an xã, được cho đã đến tận nhà sàm sỡ một nữ sinh. "
                     "Theo lời kể của em, vụ việc xảy ra vào ngày 10-5.")
    assert {n for _, _, _, p in events for r, n in p if r == "suspect"} == {"Phan Văn Anh Vũ", "Trần Chí D."}
    assert ("OTHER", "sàm sỡ", "XXXX-05-10", {("suspect", "Trần Chí D.")}) in events


def test_corpus_events_gold_files_are_well_formed():
    """corpus/events: 133 articles (12 dev, 10 dev2, 8 held out, 8 held out in rounds 6, 7, 8, 9 and 10 each, 27 held out
    in session 7, 12 in sessions 21, 22 and 23 each), triggers
    sliced exactly by their offsets, known types and roles."""
    from benchmarks import events as bench, scoring

    golds = bench.load_gold("events")
    splits = ("dev", "dev2", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout9",
              "heldout10", "heldout11")
    assert len(golds) == 133 and [sum(g["split"] == s for g in golds) for s in splits] == [12, 10, 8, 8, 8, 8, 8, 8, 27, 12,
                                                                                          12, 12]
    texts = scoring.load_texts(g["id"] for g in golds)
    for g in golds:
        for e in g["events"]:
            assert texts[g["id"]][e["start"] : e["end"]] == e["trigger"], (g["id"], e)
            assert e["type"] in scoring.EVENT_TYPES and e["participants"]
            assert all(p["role"] in scoring.ROLES for p in e["participants"])


def test_a_plan_is_reported_only_with_a_time():
    """Hand-made sentences: "sẽ … trao" with no time written is a plan, not an award; with its date it is reported."""
    undated = "Tin\n\nTrường Tiểu học Long Khánh sẽ tổ chức trao giấy khen cho em Nguyễn Tấn Đức."
    dated = "Tin\n\nNgày 20-3, Trường Tiểu học Long Khánh sẽ tổ chức trao giấy khen cho em Nguyễn Tấn Đức."
    assert [e[0] for e in _events(undated)] == []
    assert [e[0] for e in _events(dated)] == ["AWARD"]
    # a real sentence (vietnews-020041) with a two-word marker, and a hand-made possibility
    assert _events("Tin\n\nĐề án dự kiến trình HĐND Thành phố kỳ họp hội đồng nhân dân cuối năm.") == []
    assert _events("Tin\n\nSau đó, ông Nguyễn Văn An có thể bị Công an huyện Cái Bè xử phạt hành chính.") == []
    assert _events("Tin\n\nSau trận cãi nhau, ông Nguyễn Thanh Tuấn chửi bà Nguyễn Thị Lang và doạ giết.") == []  # a threat
    # a condition (hand-made, after vietnews-017163) and "Tổng thống đắc cử" (president-elect), a title (vietnews-006221)
    assert _events("Tin\n\nNhững điều đó sẽ góp phần định hình mối quan hệ Mỹ - Nga nếu bà Hillary Clinton được bầu làm "
                   "tổng thống.") == []
    assert _events("Tin\n\nTrước việc Trung Quốc thu giữ chiếc tàu lặn không người lái (UUV) của Mỹ hôm 15/12, Tổng thống "
                   "đắc cử Mỹ, ông Donald Trump đã có phản ứng rất mạnh mẽ.") == []


def test_a_body_named_in_lower_case_before_a_place_is_the_doer_and_a_country_is_not():
    """Hand-made sentences: "công an huyện Long Hồ thụ lý" has that body as agent; "Nga thông báo" names no participant."""
    (legal,) = _events("Tin\n\nSau đó, công an huyện Long Hồ đã thụ lý vụ việc.")
    assert legal[0] == "LEGAL" and ("agent", "công an huyện Long Hồ") in legal[3]
    assert [e for e in _events("Tin\n\nNga thông báo có các kênh liên lạc với Triều Tiên.") if e[0] == "ISSUANCE"] == []


def test_an_official_signs_for_the_body_and_a_place_name_holds_no_modal():
    """Hand-made sentence: "Cần" of "TP Cần Thơ" is not the modal "cần"; the official signing is the agent; the day the
    plan takes effect is not the day it was issued."""
    (issuance,) = _events("Tin\n\nPhó chủ tịch UBND TP Cần Thơ Lê Văn Tâm đã ký ban hành kế hoạch xây dựng nếp sống văn "
                          "minh, có hiệu lực từ 28-2.")
    assert issuance[:3] == ("ISSUANCE", "ký ban hành", None) and ("agent", "Lê Văn Tâm") in issuance[3]


def test_a_trigger_after_adverbials_takes_the_person_after_its_phrase_as_doer():
    """Hand-made sentence: "…, ngày 24-5, trả lời báo chí …, Ngoại trưởng Iran X nói": X answers."""
    events = _events("Tin\n\nTrong một diễn biến khác, ngày 24-5, trả lời báo chí khi được hỏi về lời đe doạ, Ngoại trưởng "
                     "Iran Mohammad Javad Zarif nói Iran không lo ngại.")
    assert ("SPEECH", "trả lời", "XXXX-05-24", {("speaker", "Mohammad Javad Zarif")}) in events


def test_an_investigation_is_reported_with_the_case_it_is_about_and_not_in_general():
    """Hand-made sentences: "điều tra làm rõ một vụ …" is an investigation; "cùng điều tra" with nothing after is not."""
    (legal,) = _events("Tin\n\nSau đó, Công an tỉnh Tiền Giang đang điều tra làm rõ một vụ mất trộm xe tải.")
    assert legal[0] == "LEGAL" and ("agent", "Công an tỉnh Tiền Giang") in legal[3]
    assert _events("Tin\n\nSau đó, Công an tỉnh Tiền Giang cùng điều tra.") == []


def test_a_spokesperson_statement_is_a_speech_but_a_source_reporting_another_doer_is_no_doer():
    """Hand-made sentences: "Người phát ngôn Bộ Ngoại giao X cho biết" is a SPEECH of X; a plain "ông X cho biết" is
    none; in "ông X cho biết Triều Tiên đang tìm cách đối thoại" X does not take part."""
    assert [e[:2] for e in _events("Tin\n\nSau đó, người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng cho biết Việt Nam "
                                   "phản đối.")] == [("SPEECH", "cho biết")]
    assert _events("Tin\n\nSau đó, Thứ trưởng Ngoại giao Nga Igor Morgulov cho biết Nga phản đối.") == []
    assert _events("Tin\n\nThứ trưởng Ngoại giao Nga Igor Morgulov cho biết Triều Tiên đang tìm cách đối thoại.") == []
    assert _events("Tin\n\nThứ trưởng Ngoại giao Nga Igor Morgulov cho biết, Triều Tiên đang tìm cách đối thoại.") == []
    # a real sentence (vietnews-000129): the official reports his own directive
    events = _events("Tin\n\nNgày 3/1, ông Lê Văn Long, Chủ tịch UBND huyện Krông Bông, tỉnh Đắk Lắk cho biết, đã chỉ đạo "
                     "Công an huyện này vào cuộc, điều tra làm rõ vụ việc.")
    assert ("speaker", "Lê Văn Long") in next(e[3] for e in events if e[0] == "SPEECH")


def test_a_word_in_scare_quotes_is_no_happening():
    """A real sentence (vietnews-001582): "“bão” gạ tình" is a storm of gossip; written without the quotes, the same
    words read as a storm with a victim."""
    sentence = ("Tin\n\nKhi lùm xùm với Phạm Lịch chưa kịp lắng, thì {} gạ tình liên quan tới cái tên Phạm Anh Khoa tiếp tục "
                "đẩy lên cao trào.")
    assert _events(sentence.format("“bão”")) == []
    assert [e[0] for e in _events(sentence.format("bão"))] == ["DISASTER"]


def test_the_body_written_right_before_the_verb_does_it_even_when_the_segmenter_joins_them():
    """Hand-made sentence: underthesea reads "Long Hồ thụ lý" as one word; the name's end is a word's end, and the
    body written last before the verb ("… chuyển lên công an huyện Long Hồ thụ lý") is its agent."""
    (legal,) = _events("Tin\n\nHồ sơ vụ việc cũng được chuyển lên công an huyện Long Hồ thụ lý.")
    assert legal[:2] == ("LEGAL", "thụ lý") and legal[3] == {("agent", "công an huyện Long Hồ")}


def test_a_doer_and_the_one_it_falls_on_told_in_two_sentences_are_one_happening():
    """Hand-made sentences: "X vừa bắt một kẻ …" then "Đối tượng mới bị bắt giữ là Y": one arrest by X of Y."""
    events = _events("Tin\n\nSau đó, phòng Hình sự Công an tỉnh Thừa Thiên - Huế vừa bắt một kẻ lừa đảo. Đối tượng mới bị "
                     "bắt giữ được xác định là Phạm Hồng Hải.")
    assert [(e[0], e[3]) for e in events] == [("LEGAL", {("agent", "phòng Hình sự Công an tỉnh Thừa Thiên - Huế"),
                                                         ("suspect", "Phạm Hồng Hải")})]


def test_nouns_and_hedges_that_begin_with_bi_are_no_passive():
    """A real sentence (vietnews-000379): "bị tố" inside the description of the case does not make the court the one
    the decision falls on; the court decides."""
    (legal,) = _events("Tin\n\nSau nhiều giờ xét xử, HĐXX sơ thẩm vụ một giảng viên của trường đại học Bạc Liêu bị tố "
                       "“lừa tình, lừa tiền” quyết định trả hồ sơ để điều tra bổ sung.")
    assert legal[:2] == ("LEGAL", "trả hồ sơ") and ("agent", "HĐXX") in legal[3]


def test_receiving_information_is_no_appointment():
    """A real sentence (vietnews-020095): "tổ chức tiếp nhận thông tin phản ánh" receives information, not an official."""
    events = _events("Tin\n\nBộ trưởng Bộ Tài nguyên và Môi trường Nguyễn Minh Quang vừa ký quyết định về việc tổ chức tiếp "
                     "nhận thông tin phản ánh về việc vi phạm pháp luật trong quản lý, sử dụng đất đai.")
    assert "APPOINTMENT" not in [e[0] for e in events]


def test_an_intended_killing_is_no_killing_and_the_one_arrested_is_written_near_the_arrest():
    """A real sentence (vietnews-009839): the man arrested is unnamed; Obama, named far after "bắt" as the target of an
    intent ("có ý định sát hại"), is neither the suspect nor the victim of a killing."""
    events = _events("Tin\n\nCục Điều tra Liên bang Mỹ (FBI) bắt một người đàn ông đến từ bang Massachusetts, với cáo buộc "
                     "có ý định sát hại Tổng thống Barack Obama.")
    assert not any(name == "Barack Obama" for e in events for _, name in e[3])


def test_the_outlet_a_report_is_credited_to_is_no_doer():
    """A real sentence (vietnews-004790): "Theo hãng tin Reuters, …" credits the news; Reuters announces nothing."""
    events = _events("Tin\n\nTheo hãng tin Reuters, quyết định này được Cơ quan di trú Malaysia phát đi sau khi cựu thủ "
                     "tướng thất cử Najib Razak thông báo trên tài khoản Facebook là ông và gia đình sẽ có một kỳ nghỉ ngắn.")
    assert not any(name == "Reuters" for e in events for _, name in e[3])
    # a real sentence (vietnews-004895): the outlet a report appeared on signed nothing
    events = _events("Tin\n\nNgoài ra bài viết trên Đài BBC ngày 11-7 cũng phát hiện nhiều người thân khác cũng đã ký các "
                     "thoả thuận tương tự trong 2 vụ tai nạn máy bay khác.")
    assert not any(name == "BBC" for e in events for _, name in e[3])


def test_a_passive_falls_on_the_subject_of_its_own_clause():
    """Real sentences: "ông Duterte, trong đó cho rằng hàng nghìn người đã bị sát hại" (vietnews-010355) names no
    victim; a comma inside brackets does not open a clause ("bà X (62 tuổi, ngụ quận Thủ Đức) bị sát hại",
    vietnews-002130)."""
    events = _events("Tin\n\nToà án Hình sự Quốc tế hồi đầu tháng bắt đầu xem xét cáo buộc nhằm vào chiến dịch chống ma "
                     "tuý của ông Rodrigo Duterte, trong đó cho rằng hàng nghìn người đã bị sát hại mà không qua xét xử.")
    assert not any(name == "Rodrigo Duterte" for e in events for _, name in e[3])
    events = _events("Tin\n\nCơ quan CSĐT Công an quận Thủ Đức, TP. HCM xác định bà Trần Thị Thuỷ (62 tuổi, ngụ quận Thủ "
                     "Đức) bị sát hại dã man tại nhà.")
    assert ("OTHER", "sát hại") in [e[:2] for e in events] and ("victim", "Trần Thị Thuỷ") in events[0][3]


def test_a_fronted_passive_makes_the_person_after_it_the_one_it_falls_on():
    """Hand-made sentence, after vietnews-016776: "Bị hành hung bất ngờ, thiếu tá X …": X is the victim."""
    events = _events("Tin\n\nBị hành hung bất ngờ, thiếu tá Nguyễn Văn Thành bỏ xe chạy bộ trên đường Thống Nhất thoát thân.")
    assert [(e[0], e[3]) for e in events] == [("OTHER", {("victim", "Nguyễn Văn Thành")})]


def test_a_person_named_again_by_the_short_form_the_entity_layer_left_untagged():
    """Real sentences (vietnews-016579): "ông D." of "Trần Chí D." is the doer of "xin lỗi" though the entity layer
    tagged that mention nowhere; "Mẹ Hà" is Hà's mother, not Hà."""
    events = _events("Tin\n\nNhững ngày qua người dân bàn tán việc ông Trần Chí D. - 44 tuổi, đang là phó công an xã này, "
                     "được cho đã đến tận nhà sàm sỡ một nữ sinh lớp 9. Mẹ Hà cho biết chiều hôm sau ông D. đi cùng một "
                     "người hàng xóm sang nhà xin lỗi và nói \"do say rượu nên không nhớ gì cả\".")
    apology = [e for e in events if e[1] == "xin lỗi"]
    assert apology and ("agent", "Trần Chí D.") in apology[0][3]


def test_one_who_acts_on_anothers_errand_is_no_doer():
    """Real sentence (vietnews-000379): "Thịnh … nhờ ông B. … ký thay": neither Thịnh nor B. is reported signing."""
    events = _events("Tin\n\nĐến khoảng tháng 4/2016, Nguyễn Văn Thịnh tiếp tục nhờ ông T.T. B. làm giúp giấy chứng nhận "
                     "đăng ký kết hôn và nhờ ông B. ký thay chị Khánh L..")
    assert not [e for e in events if e[0] == "SIGNING"]


def test_a_bare_head_stands_for_its_body_and_each_dated_clause_is_a_happening():
    """Real sentences (vietnews-015816): "sở" is the Sở GD-ĐT named before; three announcements, each dated before its
    verb, are three events; "ngày 10-7 công bố …" has the subject of the clause before it."""
    events = _events("Tin\n\nSở GD-ĐT TP. HCM cho biết sẽ công bố kết quả kỳ thi tuyển sinh lớp 10 vào lúc 15h ngày 12-6. "
                     "Dự kiến ngày 13-6 sở sẽ công bố điểm chuẩn vào lớp 10 chuyên, ngày 19-6 sở sẽ công bố kết quả chấm "
                     "phúc khảo; ngày 10-7 công bố điểm chuẩn vào lớp 10 thường.")
    dated = {e[2]: e[3] for e in events if e[0] == "ISSUANCE"}
    for day in ("XXXX-06-13", "XXXX-06-19", "XXXX-07-10"):
        assert dated.get(day) == {("agent", "Sở GD-ĐT TP. HCM")}, (day, events)


def test_a_later_time_of_the_same_sentence_does_not_split_one_happening():
    """Real sentence (vietnews-019526): "trao quyết định tiếp nhận …, thời hạn 5 năm từ ngày 15/1" is one happening of 8/1."""
    events = _events("Tin\n\nChiều 8/1, ông Nguyễn Đắc Vinh, Bí thư thứ nhất trung ương Đoàn TNCS Hồ Chí Minh đã trao quyết "
                     "định tiếp nhận thiếu tá Phan Tuấn Tú giữ chức Phó ban Tuyên giáo Trung ương đoàn, thời hạn 5 năm từ "
                     "ngày 15/1.")
    assert [(e[0], e[2]) for e in events] == [("APPOINTMENT", "XXXX-01-08")]


def test_talking_to_the_press_is_no_meeting():
    """Real sentence (vietnews-016579)."""
    events = _events("Tin\n\nTiếp xúc với báo chí, ông Trần Chí D. nói hôm đó đã nhậu ở đám cưới và do say quá nên không nhớ.")
    assert not [e for e in events if e[0] == "MEETING"]


def test_crimes_and_police_acts_of_the_lexicon():
    """Hand-made sentences after sample articles in no gold set (vietnews-002683, vietnews-000918): a stabbing with its
    doer and victim, a theft told by the one it fell on, an arrest to hold in custody."""
    events = _events("Tin\n\nTối 30-10, Nguyễn Văn Quang cầm dao đâm ông Trần Văn Hà rồi bỏ chạy.")
    assert ("OTHER", "đâm") in [e[:2] for e in events]
    assert {("suspect", "Nguyễn Văn Quang"), ("victim", "Trần Văn Hà")} <= events[0][3]
    events = _events("Tin\n\nNgày 10-5, ông Nguyễn Văn Đức bị mất trộm ôtô tải trị giá hơn 1 tỉ đồng.")
    assert [(e[0], e[1], e[3]) for e in events] == [("OTHER", "mất trộm", {("victim", "Nguyễn Văn Đức")})]
    events = _events("Tin\n\nNgày 12-5, Công an huyện Cái Bè đã bắt giam Lê Văn Tư để điều tra.")
    assert [(e[0], e[1]) for e in events] == [("LEGAL", "bắt giam")]


def test_luring_someone_is_a_crime_but_fraud_as_a_charge_is_not(news):
    """Real sentences (events-heldout3 016671): "Quý nảy sinh ý định lừa cháu lấy tiền … Người này đã lừa cháu L. lên
    xe" is Quý's crime against L. (one happening told twice); hand-made: "lừa đảo" named as a charge ("về tội lừa đảo")
    is no crime told."""
    lured = [e for e in extractor.extract(news["vietnews-016671"]["text"]).events if e.trigger.text == "lừa"]
    assert [(e.type, {(p.role, p.name) for p in e.participants}) for e in lured] == \
        [("OTHER", {("suspect", "Nguyễn Quý"), ("victim", "N.V. L.")})]
    events = _events("Tin\n\nNgày 12-5, Công an huyện Cái Bè đã khởi tố Lê Văn Tư về tội lừa đảo chiếm đoạt tài sản.")
    assert "OTHER" not in {e[0] for e in events}


def test_a_suspects_flight_is_a_crime_told_and_the_surrender_after_it_keeps_its_doer(news):
    """Real sentences: "Sau khi tai nạn xảy ra, lái xe Lương Công Hiếu bỏ trốn và đến 10h ngày 3-1 đã ra đầu thú"
    (vietnews-016628) tells a flight and a surrender, both Hiếu's; "tài xế Mai Văn Giàu … đã rời khỏi hiện trường"
    (events-heldout7 004010) a flight from the scene."""
    events = extractor.extract(news["vietnews-016628"]["text"]).events
    acts = {e.trigger.text: {(p.role, p.name) for p in e.participants} for e in events}
    assert acts["bỏ trốn"] == {("suspect", "Lương Công Hiếu")} and ("suspect", "Lương Công Hiếu") in acts["ra đầu thú"]
    fled = [e for e in extractor.extract(news["vietnews-004010"]["text"]).events if e.trigger.text == "rời khỏi hiện trường"]
    assert [(e.type, {(p.role, p.name) for p in e.participants}) for e in fled] == [("OTHER", {("suspect", "Mai Văn Giàu")})]


def test_a_happening_told_of_a_pronoun_after_its_own_day_is_one_of_its_own(news):
    """Real sentence (events-heldout7 001483): "Năm 2004, cô đăng quang Miss Tiffany Universal …" — the title won by the
    woman named before (Treechada Marnyaporn), in 2004; hand-made: without its own day it is only part of one told before."""
    won = [e for e in extractor.extract(news["vietnews-001483"]["text"]).events if e.trigger.text == "đăng quang"]
    assert [(e.type, e.time, {(p.role, p.name) for p in e.participants}) for e in won] == \
        [("AWARD", "2004", {("recipient", "Treechada Marnyaporn")})]
    events = _events("Tin\n\nHoa hậu Nguyễn Thị Lan rất vui. Cô đăng quang Hoa hậu Biển.")
    assert "AWARD" not in {e[0] for e in events}


def test_the_last_word_of_a_name_before_a_trigger_names_no_activity(news):
    """Real sentence (events-heldout7 017584): "được Thành đoàn, Trung ương Đoàn khen thưởng" — the Youth Union awards him;
    "Đoàn" ends its name and is no "đoàn" of inspectors; hand-made: "đoàn kiểm tra" still names a delegation."""
    awarded = [e for e in extractor.extract(news["vietnews-017584"]["text"]).events if e.trigger.text == "khen thưởng"]
    assert [(e.type, ("agent", "Trung ương Đoàn") in {(p.role, p.name) for p in e.participants}) for e in awarded] == \
        [("AWARD", True)]
    events = _events("Tin\n\nNgày 5-6, đoàn kiểm tra của Sở Y tế làm việc với Bệnh viện Đa khoa tỉnh.")
    assert "INSPECTION" not in {e[0] for e in events}


def test_a_happening_after_sau_khi_is_another_than_its_main_clauses(news):
    """Real sentence (events-heldout5 003262): "… khẳng định như vậy trong buổi họp báo … sau khi làm việc với Bộ Giao
    thông vận tải chiều 8-1" tells two meetings, the press conference on the 8th and the working session before it; hand-made:
    two meeting words of one clause stay one meeting."""
    meetings = [e for e in extractor.extract(news["vietnews-003262"]["text"]).events if e.type == "MEETING"]
    press = [e for e in meetings if e.trigger.text == "họp báo"]
    assert [(e.time, ("participant", "Nguyễn Văn Phương") in {(p.role, p.name) for p in e.participants}) for e in press] \
        == [("XXXX-01-08", True)]
    assert any(e.trigger.text == "làm việc" and e.time == "XXXX-01-08" for e in meetings)
    events = _events("Tin\n\nChiều 8-1, ông Nguyễn Văn Phương đã làm việc với Bộ Giao thông vận tải tại buổi họp báo.")
    assert len([e for e in events if e[0] == "MEETING"]) == 1


def test_one_speaking_on_the_sidelines_of_a_meeting_takes_part_in_it(news):
    """Real sentences: "Chia sẻ bên lề buổi họp báo, Giám đốc Sở … Trần Ngọc Oanh cho biết" (events-heldout4 002942) — Oanh
    was at the press conference; "Trả lời câu hỏi này bên lề hội thảo, ông Đỗ Mạnh Hùng … khẳng định" (vietnews-015684) —
    Hùng was at the conference named before."""
    press = [e for e in extractor.extract(news["vietnews-002942"]["text"]).events if e.trigger.text == "họp báo"]
    assert [(e.type, {(p.role, p.name) for p in e.participants}) for e in press] == \
        [("MEETING", {("participant", "Trần Ngọc Oanh")})]
    conference = [e for e in extractor.extract(news["vietnews-015684"]["text"]).events if e.trigger.text == "hội thảo"]
    assert [("participant", "Đỗ Mạnh Hùng") in {(p.role, p.name) for p in e.participants} for e in conference] == [True]


def test_an_ultimatum_issued_is_an_issuance_and_one_answered_is_not():
    """Real sentence (events-heldout7 008676): "Quân đội chính phủ Syria (SAA) hôm 4/12 ra tối hậu thư buộc lực lượng nổi dậy
    phải rời khỏi thành phố Aleppo"; vietnews-011949: "Moscow không có ý định trả lời tối hậu thư của thủ tướng Anh"."""
    events = _events("Tin\n\nQuân đội chính phủ Syria (SAA) hôm 4/12 ra tối hậu thư buộc lực lượng nổi dậy phải rời khỏi "
                     "thành phố Aleppo.")
    assert ("ISSUANCE", "ra tối hậu thư", "XXXX-12-04", {("agent", "Quân đội chính phủ Syria")}) in events
    events = _events("Tin\n\nNgoại trưởng Nga Sergei Lavrov cho biết Moscow không có ý định trả lời tối hậu thư của thủ tướng Anh.")
    assert "ISSUANCE" not in {e[0] for e in events}


def test_what_one_had_to_do_after_undergoing_something_was_done():
    """Real sentence (events-heldout7 001435): "Năm 2015, Lý Triệu Cơ bị trúng gió phải giã từ sự nghiệp" — a stroke, then a
    career ended; hand-made: "phải" with no happening undergone before it is still an obligation, not a happening."""
    events = _events("Tin\n\nNăm 2015, Lý Triệu Cơ bị trúng gió phải giã từ sự nghiệp.")
    assert ("OTHER", "giã từ sự nghiệp", "2015", {("agent", "Lý Triệu Cơ")}) in events
    events = _events("Tin\n\nNăm 2015, Lý Triệu Cơ phải giã từ sự nghiệp.")
    assert "giã từ sự nghiệp" not in {e[1] for e in events}


def test_the_one_an_act_falls_on_is_not_read_into_another_clause():
    """Real sentence (vietnews-016851): "Sau khi tấn công lực lượng chức năng, …, Võ Văn Trụ trở lại" — Trụ is the doer
    named later, not the victim."""
    events = _events("Tin\n\nSau khi tấn công lực lượng chức năng, đến khi trật tự được vãn hồi thì Võ Văn Trụ trở lại làm việc.")
    assert not any(("victim", "Võ Văn Trụ") in e[3] for e in events)


def test_a_statement_takes_the_day_written_where_it_is_told_again():
    """Real sentences (vietnews-017718): the summary's "công bố" is dated by "… (FAA) ngày 16-4 cho biết" next."""
    events = _events("Tin\n\nCục hàng không liên bang Mỹ công bố kết quả đánh giá sơ bộ cho thấy những điều chỉnh của hãng "
                     "Boeing là phù hợp.\n\nCục hàng không liên bang Mỹ (FAA) ngày 16-4 cho biết dự thảo đánh giá của cơ "
                     "quan này cho thấy bản cập nhật phần mềm sắp tới của Boeing là phù hợp để vận hành.")
    issued = [e for e in events if e[0] == "ISSUANCE"]
    assert issued and issued[0][2] == "XXXX-04-16" and ("agent", "Cục hàng không liên bang Mỹ") in issued[0][3]


def test_the_police_opening_a_sentence_stand_for_the_police_named_before():
    """Real sentences (vietnews-011273): "Cảnh sát mở cuộc điều tra" — the Cảnh sát Ấn Độ of the lead; "cảnh sát" before
    a trigger is no name of a body ("cơ quan cảnh sát điều tra" is)."""
    events = _events("Tin\n\nCảnh sát Ấn Độ đang tìm cách tạm giữ một bé trai 10 tuổi để điều tra.\n\nNạn nhân được đưa đi "
                     "kiểm tra y tế. Cảnh sát mở cuộc điều tra theo đơn kiện từ gia đình nạn nhân.")
    assert ("LEGAL", "mở cuộc điều tra") in [e[:2] for e in events]
    assert ("agent", "Cảnh sát Ấn Độ") in [e for e in events if e[1] == "mở cuộc điều tra"][0][3]


def test_a_description_the_article_names_once_stands_for_that_person(news):
    """The real article vietnews-016579: "sàm sỡ một nữ sinh lớp 9" is Hà, whom it calls "nữ sinh Hà"; "chiều hôm sau
    ông D. … xin lỗi" is Trần Chí D., named there by the short form only."""
    import extractor

    record = extractor.extract(news["vietnews-016579"]["text"])
    people = {(e.trigger.text, p.role, p.name) for e in record.events for p in e.participants}
    assert {("sàm sỡ", "suspect", "Trần Chí D."), ("sàm sỡ", "victim", "Hà"), ("xin lỗi", "agent", "Trần Chí D.")} <= people


def test_a_description_or_a_kin_noun_before_the_verb_is_its_subject():
    """Sample articles in no gold set: "chị Thành phát hiện tên trộm đột nhập" (vietnews-004239) — the thief broke in,
    not chị Thành; "Bà Xí kể … chồng bà bị đâm" (vietnews-003355) — her husband was stabbed, not she."""
    events = _events("Tin\n\nKiểm tra cả căn nhà, chị Dương Thị Thành phát hiện tên trộm đột nhập từ tầng 4.")
    assert not any(name == "Dương Thị Thành" for e in events for _, name in e[3])
    events = _events("Tin\n\nBà Trương Thị Xí kể tối qua có người gọi điện báo chồng bà bị đâm lòi ruột.")
    assert not any(name == "Trương Thị Xí" for e in events for _, name in e[3])


def test_one_suspected_of_a_crime_is_its_suspect():
    """Hand-made, after a sample article in no gold set (vietnews-011967, "Shibuya bị tình nghi đã bắt cóc Linh"):
    "bị tình nghi" reports what one is said to have done."""
    events = _events("Tin\n\nÔng Nguyễn Văn Tâm bị tình nghi đã bắt cóc bé Lê Thị Nhật Linh vào sáng 24/3.")
    crime = [e for e in events if e[1] == "bắt cóc"]
    assert crime and ("suspect", "Nguyễn Văn Tâm") in crime[0][3]


def test_suppositions_habits_quotations_and_things_sent_are_no_happenings():
    """Sample articles in no gold set: a condition opening the sentence (vietnews-020041) or before the verb
    (vietnews-018030); a habit (vietnews-004976); a quotation that names nobody, framed by its speaker (vietnews-022359);
    vehicles sent, after their quantity (vietnews-020238); holidays (vietnews-014439)."""
    assert _events("Tin\n\nNếu được HĐND thành phố thông qua, UBND Thành phố Hà Nội phê duyệt ban hành Đề án trong tháng "
                   "12/2016.") == []
    assert not [e for e in _events("Tin\n\nNgày 12/8, một số thành viên Uỷ ban Thường vụ Quốc hội lo ngại nếu trao Kiểm "
                                   "toán Nhà nước có quyền truy cập vào hệ thống dữ liệu.") if e[0] == "AWARD"]
    assert _events("Tin\n\nÔng Donald Trump vẫn thường kêu gọi người Mỹ dùng hàng Mỹ.") == []
    assert not [e for e in _events("Tin\n\n\" Hôm nay họp, phường tổ chức thông báo kết quả, nhưng cư dân không được mời \", "
                                   "ông Lê Phi Phụng nói.") if e[0] == "MEETING"]
    assert _events("Tin\n\nCảnh sát PCCC tỉnh Đồng Nai đã điều động hơn 10 xe cứu hoả đến hiện trường.") == []
    assert _events("Tin\n\nHoạt động trải nghiệm kết hợp với các ngày lễ, bà Võ Thị Huyền cho biết.") == []


def test_worship_and_a_wedding_hall_are_no_ceremony(news):
    """Real sentences of the sample: "nhu cầu đi lễ của 1.500 giáo dân" (vietnews-020372) is worship, "bước vào lễ đường"
    (vietnews-001989) the hall of a wedding; hand-made: a ceremony attended ("dự lễ khánh thành") still is one."""
    assert _events_at(news["vietnews-020372"]["text"], "lễ của 1.500 giáo dân") == []
    assert _events_at(news["vietnews-001989"]["text"], "lễ đường") == []
    events = _events("Tin\n\nSáng 5/3, Bộ trưởng Nguyễn Văn Thể dự lễ khánh thành cầu Gò Dưa.")
    assert [e[0] for e in events] == ["CEREMONY"]


def test_a_crimes_doer_is_not_read_past_another_verb():
    """Real sentence (vietnews-000163): the official who rewards the investigators robbed nobody."""
    events = _events("Tin\n\nSáng nay 14/11, ông Lê Khắc Nam, Phó Chủ tịch UBND TP. Hải Phòng, đã khen thưởng ban chuyên án "
                     "118G vì có thành tích xuất sắc trong điều tra, bắt giữ đối tượng gây ra vụ giết nữ chủ tiệm cắt tóc, "
                     "cướp tài sản.")
    assert not any(("suspect", "Lê Khắc Nam") in e[3] for e in events)


def test_a_signature_put_to_a_document_is_its_issuance():
    """Real sentences: "Công văn này do ông Nguyễn Xuân Trường - chánh văn phòng Bộ Y tế - thừa lệnh bộ trưởng ký"
    (vietnews-004254, events-dev2) and "trường ĐH Trà Vinh … đã ký thông báo" (vietnews-017306): issuances by the
    signer, not agreements signed; "bên ký kết" (vietnews-005452) names a party."""
    events = _events("Tin\n\nCông văn này do ông Nguyễn Xuân Trường - chánh văn phòng Bộ Y tế - thừa lệnh bộ trưởng ký, đồng "
                     "thời khẳng định nội dung trên Facebook này là bôi nhọ.")
    assert [(e[0], e[1], e[3]) for e in events] == [("ISSUANCE", "ký", {("agent", "Nguyễn Xuân Trường")})]
    assert _events("Tin\n\nTan Kim Loong được xác định là bên ký kết hàng loạt tài khoản ngân hàng tại Singapore.") == []


def test_what_one_warns_of_befalls_someone_else():
    """Real sentence (vietnews-008778): Garneau warns that drone pilots may be fined; he is fined nothing."""
    events = _events("Tin\n\nBộ trưởng Giao thông vận tải Canada Marc Garneau cảnh báo người điều khiển UAV có thể bị kết tội "
                     "gây nguy hiểm cho phi cơ và bị phạt 25.000 CAD.")
    assert not any(("suspect", "Marc Garneau") in e[3] for e in events)


def test_prizes_plans_told_after_their_name_assignments_and_subjects_of_their_own_clause():
    """Sample articles in no gold set: a prize's name is no recipient (vietnews-017391); "lễ … sẽ được tổ chức" with no
    date is a plan (vietnews-014488); "UBND … giao Sở …" assigns, nothing is issued yet (vietnews-013233); "… và người
    tình đã bỏ trốn nhưng bị bắt lại" arrests the lover, not the victim (vietnews-016423); a description ending another
    phrase before a comma is no subject (vietnews-021763)."""
    events = _events("Tin\n\nTám mô hình được Thành đoàn TP. HCM trao giải thưởng Hồ Hảo Hớn.")
    assert not any(("recipient", "Hồ Hảo Hớn") in e[3] for e in events)
    assert _events("Tin\n\nĐại tá Vũ Hồng Trung cho hay, lễ viếng và truy điệu 2 phi công sẽ được tổ chức tại nhà tang lễ.") == []
    events = _events("Tin\n\nUBND TP. Đà Nẵng giao Sở Tài nguyên và Môi trường chuyển hồ sơ sang cơ quan thuế và phát hành "
                     "thông báo theo quy định.")
    assert not [e for e in events if e[0] == "ISSUANCE"]
    events = _events("Tin\n\nSau trận cãi nhau, bà Nguyễn Thị Lang được phát hiện bị đâm chết tại nhà và người tình đã bỏ trốn "
                     "nhưng bị bắt lại ngay trong đêm.")
    assert not any(("suspect", "Nguyễn Thị Lang") in e[3] for e in events if e[0] == "LEGAL")
    events = _events("Tin\n\nChủ tịch UBND TP Đà Nẵng Huỳnh Đức Thơ đã đến hiện trường chia sẻ với gia đình ba học sinh, chỉ "
                     "đạo công tác tìm kiếm.")
    assert [(e[0], e[3]) for e in events] == [("SPEECH", {("speaker", "Huỳnh Đức Thơ")})]


def test_an_act_with_its_doer_after_a_passive_marker_is_a_verb_and_a_crime_takes_the_day_told_before():
    """Sample articles in no gold set: "đang bị Công an thị xã Phú Mỹ tạm giữ hình sự" (vietnews-002305) is a custody
    act whatever the tagger reads; "Vụ án mạng xảy ra vào hồi 16h45 ngày hôm nay 5-5" dates the killing told three
    sentences on (vietnews-016869); "chuyến thăm và làm việc tại TP. HCM với …" is no meeting (vietnews-002539)."""
    events = _events("Tin\n\nHiện Lê Pê Rôn đang bị Công an thị xã Phú Mỹ tạm giữ hình sự để chờ kết quả giám định.")
    assert [(e[0], e[1], e[3]) for e in events] == [
        ("LEGAL", "tạm giữ", {("agent", "Công an thị xã Phú Mỹ"), ("suspect", "Lê Pê Rôn")})]
    events = _events("Tin\n\nVụ án mạng xảy ra vào hồi 16h45 ngày 5-5, tại thị trấn Chơn Thành. Thông tin ban đầu, anh Nguyễn "
                     "Trần H. có mối quan hệ tình cảm với chị M.T. H. Sáng ngày 5-5, anh H. tham gia nhậu. Khi đến phòng "
                     "trọ, bất ngờ Nguyễn Tuấn Trung nấp sẵn trong bụi cây cầm mã tấu xông ra chém vào cổ anh H.")
    assert [(e[0], e[2]) for e in events if e[1] == "chém"] == [("OTHER", "XXXX-05-05")]
    events = _events("Tin\n\nSáng 8-5, công chúa Victoria bắt đầu chuyến thăm và làm việc tại TP. HCM với hoạt động đầu tiên "
                     "là đi thuyền trên sông Sài Gòn.")
    assert not [e for e in events if e[0] == "MEETING"]


def test_a_body_in_brackets_a_business_fined_and_a_workplace_are_read_as_such():
    """Sample article in no gold set (vietnews-020699): "Tổng cục Môi trường (Bộ Tài nguyên và Môi trường) ngày 17/5 ra
    quyết định xử phạt": the Tổng cục fines, the bracket says whose it is; a company is fined. Events-dev2 (vietnews-004254):
    "một bác sĩ ở Trung tâm Y tế huyện Phong Điền … bị … xử phạt" fines the doctor, not his workplace."""
    events = _events("Tin\n\nTổng cục Môi trường (Bộ Tài nguyên và Môi trường) ngày 17/5 ra quyết định xử phạt vi phạm hành "
                     "chính Công ty TNHH Tân Hiếu Hưng.")
    fines = [e for e in events if e[1] == "xử phạt"]
    assert fines and {("agent", "Tổng cục Môi trường"), ("suspect", "Công ty TNHH Tân Hiếu Hưng")} <= fines[0][3]
    events = _events("Tin\n\nMột bác sĩ ở Trung tâm Y tế huyện Phong Điền (Thừa Thiên - Huế) bị kỷ luật và xử phạt hành chính "
                     "5 triệu đồng.")
    assert not any(name == "Trung tâm Y tế huyện Phong Điền" for e in events for role, name in e[3] if role != "agent")


def test_the_one_held_after_a_purpose_is_the_one_arrested():
    """Real sentence (vietnews-016601): "thực hiện lệnh bắt bị can để tạm giam Nguyễn Tiến Minh" — Minh is arrested."""
    events = _events("Tin\n\nNgày 22-4, Cơ quan điều tra Viện Kiểm sát nhân dân tối cao đã thực hiện lệnh bắt bị can để tạm "
                     "giam Nguyễn Tiến Minh.")
    assert any(("suspect", "Nguyễn Tiến Minh") in e[3] for e in events if e[0] == "LEGAL")


def test_an_outlet_reporting_on_a_day_dates_the_report_not_what_it_reports():
    """Real sentences (events-heldout2, vietnews-004498): 'KCNA ngày hôm nay 2-7 đưa tin chủ tịch Kim đã trực tiếp thanh
    tra …' — 2-7 is the day of the report ('đưa tin', 'trích lời' are reporting verbs like 'cho biết'); the second text is
    hand-made."""
    events = _events("Tin\n\nLãnh đạo Triều Tiên Kim Jong Un đã uốn nắn các công nhân. Truyền thông nhà nước Triều Tiên KCNA "
                     "ngày hôm nay 2-7 đưa tin chủ tịch Kim đã trực tiếp thanh tra hai nhà máy dệt tại Sinuiju.")
    inspections = [e for e in events if e[1] == "thanh tra"]
    assert inspections and all(e[2] is None for e in inspections)
    events = _events("Tin\n\nTờ Financial Times ngày 19-4 trích lời một nhà ngoại giao: Công an tỉnh Long An đã bắt giữ "
                     "Nguyễn Văn Tâm.")
    assert [(e[0], e[2]) for e in events if e[1] == "bắt giữ"] == [("LEGAL", None)]


def test_verbs_of_patrol_urging_titles_won_and_reports_of_violation():
    """Trigger words found missing on events-heldout2 ('tuần tra', 'thúc giục', 'đăng quang', 'lập biên bản'), checked on
    the sample articles that hold them. Real sentences: vietnews-004909 ('ông Araghchi đã thúc giục …'), vietnews-001692
    ('Á khôi Huỳnh Vy đăng quang …': the one crowned is the recipient), vietnews-003693 ('Đoàn kiểm tra đã lập biên bản');
    the patrol is hand-made."""
    events = _events("Tin\n\nThứ trưởng Ngoại giao Iran Abbas Araghchi đã thúc giục các lực lượng Mỹ tôn trọng biên giới.")
    assert any(t == "SPEECH" and trig == "thúc giục" and ("speaker", "Abbas Araghchi") in p for t, trig, _, p in events)
    events = _events("Tin\n\nTối qua 28/10, đại diện Việt Nam Á khôi Huỳnh Vy đã xuất sắc đăng quang ngôi vị Hoa hậu.")
    assert any(t == "AWARD" and ("recipient", "Huỳnh Vy") in p for t, _, _, p in events)
    events = _events("Tin\n\nSở Nông nghiệp tỉnh Quảng Nam lập đoàn kiểm tra. Đoàn kiểm tra đã lập biên bản, tạm giữ chiếc xe tải.")
    assert any(t == "LEGAL" and trig == "lập biên bản" for t, trig, _, _ in events)
    events = _events("Tin\n\nSáng 3-4, Đồn biên phòng Cửa Việt tuần tra trên sông Thạch Hãn.")
    assert any(t == "INSPECTION" and trig == "tuần tra" and ("agent", "Đồn biên phòng Cửa Việt") in p
               for t, trig, _, p in events)


def test_a_description_named_after_is_is_the_one_a_passive_falls_on():
    """Real sentences (events-heldout2, vietnews-016926): 'nghi phạm … đã bị lực lượng chức năng khống chế bắt giữ' where
    the article says 'xác định Phạm Quốc Cường (36 tuổi, …) là nghi phạm': the suspect is Cường. Sample article in no
    gold set (vietnews-016639, abridged): 'Một đối tượng bị toà tuyên án …', the description opening the clause before
    the passive, stands for the one person the article calls 'đối tượng'."""
    events = _events("Tin\n\nSau nhiều giờ ôm bình gas cố thủ trong nhà trọ, nghi phạm đã bị lực lượng chức năng khống chế "
                     "bắt giữ. Bước đầu cơ quan công an xác định Phạm Quốc Cường (36 tuổi, quê Tam Hiệp, Tiền Giang) là "
                     "nghi phạm và thuyết phục Cường đầu thú.")
    assert any(t == "LEGAL" and trig == "bắt giữ" and ("suspect", "Phạm Quốc Cường") in p for t, trig, _, p in events)
    events = _events("Tin\n\nMột đối tượng bị toà tuyên án 2 năm tù từ năm 2010 vì tội vận chuyển trái phép hàng hoá qua "
                     "biên giới. Vụ việc do Phòng cảnh sát kinh tế Công an tỉnh Quảng Trị phát hiện. Đối tượng Trần Đình Anh, "
                     "40 tuổi, bị bắt giữ.")
    assert any(t == "LEGAL" and trig == "tuyên án" and ("suspect", "Trần Đình Anh") in p for t, trig, _, p in events)


def test_the_one_a_passive_falls_on_is_not_read_past_another_happening():
    """Real sentence (events-heldout2, vietnews-002960, a caption): 'Trần Hông Quân (bìa phải) thăm hỏi người bị thương
    trong vụ cháy' — the visitor is not the fire's victim. Sample article in no gold set (vietnews-000058, abridged): '…
    cướp giật tài sản và bị bắt giữ' — joined by 'và', the subject of both verbs is the one arrested."""
    events = _events("Tin\n\nPhó chủ tịch UBND tỉnh Cà Mau Trần Hông Quân (bìa phải) thăm hỏi người bị thương trong vụ cháy "
                     "đang điều trị tại Bệnh viện đa khoa Cà Mau.")
    assert not any(("victim", "Trần Hông Quân") in p for _, _, _, p in events)
    events = _events("Tin\n\nVõ Minh Hiếu rủ bạn ra TP. Đà Nẵng cướp giật tài sản và bị Công an quận Sơn Trà bắt giữ.")
    assert any(t == "LEGAL" and ("suspect", "Võ Minh Hiếu") in p for t, _, _, p in events)


def test_a_happening_told_again_with_its_day_takes_that_day():
    """Real sentences (events-heldout2, vietnews-016439, abridged): the report's day (12-5) is not the raid's, told again
    in the next sentence with its day and no doer ('lúc 22h tối 11-5, khi các lực lượng bất ngờ ập vào kiểm tra')."""
    events = _events("Tin\n\nSáng 12-5, lãnh đạo Công an TP. HCM cho biết đã phối hợp nhiều lực lượng bất ngờ kiểm tra một "
                     "nhà hàng trên đường Tôn Thất Tùng (quận 1). Theo đó, lúc 22h tối 11-5, khi các lực lượng bất ngờ ập "
                     "vào kiểm tra, hàng chục nữ tiếp viên đang ngồi uống rượu bia.")
    assert [(t, time) for t, trig, time, _ in events if trig == "kiểm tra"] == [("INSPECTION", "XXXX-05-11")]


def test_an_incident_of_a_story_and_a_sequel_take_the_story_day():
    """vietnews-016671 and vietnews-002130 (events-heldout3, development since its score): the crime told sentences after
    the day that opens its story, and the police's act in a sentence opening "Nhận tin báo", take that day; a report's
    day ("Chiều 25-7, Công an tỉnh Quảng Nam cho biết") gives none; a clock time "cùng ngày" is that day."""
    story = ("Tin\n\nChiều 25-7, Công an tỉnh Quảng Nam cho biết đã bắt tạm giam Nguyễn Quý (25 tuổi). Quý khai nhận ban đầu, "
             "sáng 15-7, cháu N.V. L. (13 tuổi) bán xong 100 tờ vé số thì gặp Quý. Người này đã lừa cháu L. lên xe. "
             "Tại đây, Quý đã dùng cây gỗ đánh đập cháu gãy tay.")
    assert ("OTHER", "đánh đập", "XXXX-07-15", {("suspect", "Nguyễn Quý"), ("victim", "N.V. L.")}) in _events(story)
    sequel = ("Tin\n\nTheo thông tin ban đầu, lúc 18h ngày 29-5, anh V.M. H. đi làm về nhà thì phát hiện mẹ ruột là bà Trần "
              "Thị Thuỷ chết tại phòng bếp. Nhận tin báo, lực lượng Công an quận Thủ Đức đã nhanh chóng có mặt tại hiện "
              "trường, chỉ đạo các đội nghiệp vụ bảo vệ hiện trường.")
    assert ("SPEECH", "chỉ đạo", "XXXX-05-29", {("speaker", "Công an quận Thủ Đức")}) in _events(sequel)
    # hand-made: the last time written is "22h cùng ngày", which the time layer reads as that day (since 7f302de)
    same_day = sequel.replace("chết tại phòng bếp.", "chết tại phòng bếp. Đến khoảng 22h cùng ngày, anh H. báo tin.")
    assert ("SPEECH", "chỉ đạo", "XXXX-05-29", {("speaker", "Công an quận Thủ Đức")}) in _events(same_day)


def test_an_incident_takes_the_place_where_it_is_said_to_have_happened():
    """vietnews-000574 (events-heldout5, development since its score): the crime's place is the one after "xảy ra vào
    … tại địa bàn", not the victim's home ("trú tại phường Âu Cơ"); hand-made: an incident told first takes the day and
    place of "Vụ việc xảy ra … tại …" in the next sentence."""
    import extractor

    told = ("Tin\n\nNhóm đối tượng trên do Lê Mạnh Thắng cầm đầu chính là hung thủ đã ra tay chém nát chân anh Vũ Mạnh H. "
            "(SN 1994, trú tại phường Âu Cơ, thị xã Phú Thọ) xảy ra vào đêm ngày 2/10 tại địa bàn xã Thanh Minh, thị xã Phú Thọ.")
    assert [(e.trigger.text, e.location) for e in extractor.extract(told).events] == [("chém", "xã Thanh Minh")]
    after = ("Tin\n\nNguyễn Văn Cường đã dùng dao sát hại bà Lê Thị M. rồi bỏ trốn. Vụ việc xảy ra ngày 15-10 tại thị trấn "
             "Liên Nghĩa (huyện Đức Trọng, tỉnh Lâm Đồng).")
    assert [(e.trigger.text, e.time, e.location) for e in extractor.extract(after).events] == [
        ("sát hại", "XXXX-10-15", "thị trấn Liên Nghĩa"), ("bỏ trốn", "XXXX-10-15", "thị trấn Liên Nghĩa")]  # (and the flight)
    untold = after.replace(" Vụ việc xảy ra ngày 15-10 tại", " Bà M. quê ở")
    assert [e.location for e in extractor.extract(untold).events] == [None, None]
    # hand-made (review): runs of spaces or "&nbsp;" before the cue do not move it onto an earlier place
    earlier = after.replace(" Vụ việc", "\nNgười dân ở Hà Tĩnh cho biết vụ việc")
    for spaced in (earlier.replace(" ", "    "), earlier.replace(" ", "&nbsp;")):
        assert [e.location for e in extractor.extract(spaced).events] == ["thị trấn Liên Nghĩa"] * 2


def test_a_visit_happens_in_the_place_visited():
    """vietnews-009415 (corpus/entities dev): "chuyến thăm chính thức Trung Quốc" is located in Trung Quốc; hand-made: a
    body visited stays the recipient and gives no place."""
    import extractor

    state = ("Tin\n\nTổng Bí thư Nguyễn Phú Trọng và đoàn đại biểu cấp cao Việt Nam đang có chuyến thăm chính thức Trung "
             "Quốc, từ ngày 12 đến 15/1, theo lời mời của Chủ tịch Trung Quốc Tập Cận Bình.")
    assert [(e.type, e.location) for e in extractor.extract(state).events] == [("VISIT", "Trung Quốc")]
    firm = "Tin\n\nNgày 5/2, Thủ tướng Nguyễn Xuân Phúc thăm Công ty Samsung."
    [visit] = extractor.extract(firm).events
    assert visit.location is None and ("recipient", "Công ty Samsung") in {(p.role, p.name) for p in visit.participants}


def test_a_deadline_is_not_the_time_of_a_request():
    """vietnews-004293 (events-heldout3, development since its score): "trước tháng 3-2018" after the request is its
    deadline; a time after the trigger with no such word still dates it (hand-made)."""
    text = ("Tin\n\nTừ thực tế trên, Sở Tài nguyên môi trường TP. HCM đề nghị Công ty TNHH xử lý chất thải rắn VN khẩn trương "
            "đưa nhà máy xử lý nước thải vào vận hành trước tháng 3-2018.")
    assert [e[2] for e in _events(text) if e[0] == "SPEECH"] == [None]
    assert [e[2] for e in _events(text.replace("trước tháng 3-2018", "vào tháng 3-2018")) if e[0] == "SPEECH"] == ["2018-03"]


def test_a_memory_and_an_item_of_a_planned_list_are_no_happenings():
    """vietnews-001625 (events-heldout3, development since its score) and vietnews-006246 (a sample article in no gold
    set): a meeting remembered ("lần đầu bà gặp gỡ ông"), experience ("từng làm việc với"), and a gift in a list headed
    by "sẽ" are not reported; the list item told done is (hand-made)."""
    assert _events("Tin\n\nTrong đêm nhạc, giọng ca Diễm xưa sẽ ôn lại kỷ niệm về cố nhạc sĩ Trịnh Công Sơn chính tại vùng "
                   "đất lần đầu bà gặp gỡ ông.") == []
    assert _events("Tin\n\nÔng Tillerson từng làm việc với Chính phủ Nga trong nhiều năm.") == []
    planned = ("Tin\n\nCa sĩ Quang Thành chia sẻ, cả ê - kip sẽ cùng chung tay tham gia nhiều hoạt động vì cộng đồng như: "
               "tham dự tiệc chay gây quỹ, tặng quà bệnh nhân khó khăn tại bệnh viện tỉnh Khánh Hoà.")
    assert [e[0] for e in _events(planned)] == []
    assert [e[0] for e in _events(planned.replace("sẽ cùng chung tay", "đã cùng chung tay"))] == ["AWARD"]


def test_an_ability_is_no_happening(news):
    """vietnews-011757: "biết cách tấn công vào điểm yếu của Trump" (knows how to attack his weak points) made an attack
    with Mark Cuban as its suspect (tester s14)."""
    assert _events_at(news["vietnews-011757"]["text"], "tấn công vào điểm yếu") == []


def test_a_modal_framing_the_writers_words_makes_no_plan(news):
    """Real sentence (events-heldout7 012857): "có thể kể đến như: vụ án ông Nguyễn Thanh Chấn bị tuyên án 10 năm" (it
    can be cited) frames a past sentence, told done; hand-made: "có thể bị tuyên án" (may be sentenced) stays a plan."""
    [sentence] = _events_at(news["vietnews-012857"]["text"], "tuyên án 10 năm")
    assert (sentence.type, [(p.role, p.name) for p in sentence.participants]) == \
        ("LEGAL", [("suspect", "Nguyễn Thanh Chấn")])
    assert _events("Tin\n\nTheo luật sư, ông Nguyễn Thanh Chấn có thể bị tuyên án 10 năm tù.") == []


def test_a_group_in_lower_case_acts_for_the_authority_named_before():
    """vietnews-007582 (events-heldout3, development since its score): "nhóm chuyên trách" arresting is the Cục Di trú
    named before (not the outlet Taiwan News); a group of a body not named ("tổ công tác của trạm kiểm soát", hand-made)
    and a group with no authority named before (hand-made) give no doer; a group of a body named after it is that body's
    (hand-made after vietnews-002374, a border post the entity layer does not read as a name)."""
    text = ("Tin\n\nTaiwan News hôm 24/2 dẫn lời ông Chiu Yao - yung, phó ban chuyên trách của Cục Di trú Đài Loan (NIA), cho "
            "hay cơ quan này nhận được thông tin. Hôm 22/2, nhóm chuyên trách đột kích toà nhà và bắt giữ 13 người.")
    assert ("LEGAL", "bắt giữ", "XXXX-02-22", {("agent", "Cục Di trú Đài Loan")}) in _events(text)
    owned = text.replace("nhóm chuyên trách đột kích", "tổ công tác của trạm kiểm soát đột kích")
    assert not [e for e in _events(owned) if e[0] == "LEGAL"]
    assert _events("Tin\n\nHôm 22/2, lực lượng chức năng đột kích toà nhà và bắt giữ 13 người.") == []
    assert _events("Tin\n\nSáng 5/3, tổ công tác của Đồn biên phòng Bãi Cháy tuần tra trên vịnh Hạ Long.") == [
        ("INSPECTION", "tuần tra", "XXXX-03-05", {("agent", "Đồn biên phòng Bãi Cháy")})]


def test_a_negated_happening_is_not_reported_and_khám_nghiệm_is_a_police_act():
    """vietnews-004293 (events-heldout3): "VWS vẫn chưa cập nhật, báo cáo đầy đủ" reports nothing; vietnews-017718
    (events-dev2): the "không" of "Cục hàng không" is part of a word, no negation; vietnews-000409 (a sample article in no
    gold set): "tiến hành khám nghiệm hiện trường" is a police act."""
    assert _events("Tin\n\nNhưng đến nay, theo Sở Tài nguyên môi trường TP. HCM, Công ty TNHH xử lý chất thải rắn VN vẫn chưa "
                   "cập nhật, báo cáo đầy đủ về các yêu cầu khắc phục.") == []
    assert [e[0] for e in _events("Tin\n\nCục hàng không liên bang Mỹ công bố kết quả đánh giá sơ bộ.")] == ["ISSUANCE"]
    events = _events("Tin\n\nSáng 13/8, Công an huyện Châu Thành tiến hành khám nghiệm hiện trường.")
    assert events == [("LEGAL", "khám nghiệm hiện trường", "XXXX-08-13", {("agent", "Công an huyện Châu Thành")})]


def test_an_act_one_cannot_do_or_does_instead_of_is_not_reported(news):
    """Real sentences of the sample: "không thể tiếp xúc" (vietnews-008703), the segmenter's one word "không thể", says
    the meeting did not take place; "thay vì mở ra một cuộc đối thoại" (events-dev2 008816) is what was not done;
    hand-made: without them, the same words are happenings."""
    text = news["vietnews-008703"]["text"]
    assert _events_at(text, "tiếp xúc với ông. Thêm vào đó") == []
    assert _events_at(news["vietnews-008816"]["text"], "đối thoại có ý nghĩa") == []
    assert [e[0] for e in _events("Tin\n\nCác nhà ngoại giao Hungary đã tiếp xúc với ông Michael Kovrig.")] == ["MEETING"]


def test_a_fronted_clause_takes_its_subject_from_the_main_clause():
    """vietnews-004790 (events-heldout3): "Ngay sau khi tuyên thệ nhậm chức, ông Mahathir …" is Mahathir's taking office;
    hand-made: the doer of a police act in a fronted "Sau khi" clause is the main clause's subject."""
    events = _events("Tin\n\nNgay sau khi tuyên thệ nhậm chức, ông Mahathir Mohamad cam kết sẽ điều tra làm rõ.")
    assert events == [("APPOINTMENT", "tuyên thệ nhậm chức", None, {("appointee", "Mahathir Mohamad")})]
    events = _events("Tin\n\nSau khi khám nghiệm hiện trường, Công an huyện Châu Thành đã đưa thi thể về nhà xác.")
    assert events == [("LEGAL", "khám nghiệm hiện trường", None, {("agent", "Công an huyện Châu Thành")})]


def test_a_form_of_address_alone_after_a_crime_is_its_one_bearer():
    """vietnews-016671 (events-heldout3): "đánh đập cháu" is the one person the article calls "cháu"; with two people so
    called (hand-made) nobody is read."""
    text = ("Tin\n\nSáng 15-7, cháu N.V. L. (13 tuổi) bán xong vé số thì gặp Nguyễn Quý. Tại đây, Quý đã dùng cây gỗ đánh "
            "đập cháu gãy xương tay.")
    assert ("OTHER", "đánh đập", "XXXX-07-15", {("suspect", "Nguyễn Quý"), ("victim", "N.V. L.")}) in _events(text)
    two = text.replace("thì gặp", "cùng cháu Trần Văn Hùng thì gặp")
    assert ("OTHER", "đánh đập", "XXXX-07-15", {("suspect", "Nguyễn Quý")}) in _events(two)


def test_a_reference_time_and_a_written_finding_are_not_the_happening():
    """vietnews-004790 and vietnews-016671 (events-heldout3): the day of the election a speech came after is not the
    speech's; "chờ kết luận giám định" is a forensic finding awaited, no concluding speech."""
    events = _events("Tin\n\nÔng Najib Razak sẽ ở lại Malaysia. Cựu thủ tướng Malaysia Najib Razak phát biểu tại cuộc họp báo "
                     "sau thất bại tại cuộc tổng tuyển cử ngày 10-5 tại Kuala Lumpur.")
    assert ("SPEECH", "phát biểu", None, {("speaker", "Najib Razak")}) in events
    assert _events("Tin\n\nCơ quan cảnh sát điều tra Công an tỉnh Quảng Nam cũng đang chờ kết luận giám định thương tích "
                   "cháu bé.") == []


def test_a_meeting_named_again_as_a_setting_is_the_one_named_before():
    """vietnews-003203 (a sample article in no gold set): "Tại buổi gặp mặt, người đứng đầu Bộ Quốc phòng …" is the
    meeting of the lead; hand-made: with no meeting named before, the setting is a meeting of its own."""
    text = ("Tin\n\nĐại tướng Ngô Xuân Lịch - Bộ trưởng Bộ Quốc phòng đã cho biết như vậy tại buổi gặp mặt chiều tối 22-2. "
            "Tại buổi gặp mặt, Bộ Quốc phòng cũng thông tin về kế hoạch năm 2018.")
    meetings = [e for e in _events(text) if e[0] == "MEETING"]
    assert meetings == [("MEETING", "gặp mặt", "XXXX-02-22", {("participant", "Ngô Xuân Lịch"), ("participant", "Bộ Quốc phòng")})]
    alone = [e for e in _events("Tin\n\nTại buổi gặp mặt, Bộ Quốc phòng thông tin về kế hoạch năm 2018.") if e[0] == "MEETING"]
    assert alone == [("MEETING", "gặp mặt", None, {("participant", "Bộ Quốc phòng")})]


def test_a_verb_the_tagger_misreads_in_one_form_is_read_in_the_other():
    """vietnews-015554 (a sample article in no gold set): the court's "tuyên huỷ" after a fronted "Ngay sau khi"; hand-made
    from vietnews-016579: "thụ lý" after a body named in lower case (tagged a noun in the matching form)."""
    events = _events("Tin\n\nNgay sau khi Toà án nhân dân TP. Hà Nội tuyên huỷ quyết định thu hồi bằng tiến sĩ với ông Hoàng "
                     "Xuân Quế, Bộ GD-ĐT đã có văn bản.")
    assert ("LEGAL", "tuyên huỷ") in {e[:2] for e in events}
    events = _events("Tin\n\nHồ sơ vụ việc cũng được chuyển lên công an huyện Long Hồ thụ lý.")
    assert events == [("LEGAL", "thụ lý", None, {("agent", "công an huyện Long Hồ")})]


def test_a_passive_past_an_apposition_with_brackets_and_its_unread_doer():
    """vietnews-004293 (events-heldout3): the company named before "(VWS) - chủ đầu tư … (huyện Bình Chánh, TP. HCM) đã bị
    Tổng cục môi trường xử phạt" is the one fined (the bracket closing after "VWS" opens no clause), and "Tổng cục môi
    trường", a body the entity layer does not read, is the doer written between the marker and the verb."""
    text = ("Tin\n\nTừ giữa năm 2017, Công ty TNHH xử lý chất thải rắn VN (VWS) - chủ đầu tư khu xử lý rác Đa Phước (huyện "
            "Bình Chánh, TP. HCM) đã bị Tổng cục môi trường xử phạt 1,5 tỷ đồng.")
    assert _events(text) == [("LEGAL", "xử phạt", "2017", {("agent", "Tổng cục môi trường"),
                                                            ("suspect", "Công ty TNHH xử lý chất thải rắn VN")})]


def test_a_body_with_a_verb_in_its_name_announces_and_a_plan_does_not_date_the_lead():
    """vietnews-004790 (events-heldout3): "Cơ quan quản lý di trú Malaysia thông báo" is that body's announcement (a body's
    head governs the verb "quản lý" in its name); the lead's "sẽ có một kỳ nghỉ … từ ngày hôm nay (12-5)" is a plan's
    time, which does not date it."""
    text = ("Tin\n\nCơ quan quản lý di trú Malaysia thông báo đã liệt tên của vợ chồng cựu thủ tướng Malaysia Najib Razak vào "
            "danh sách đen.\n\nTheo hãng tin Reuters, cựu thủ tướng Najib Razak thông báo trên tài khoản Facebook là ông và "
            "gia đình sẽ có một kỳ nghỉ ngắn ở nước ngoài từ ngày hôm nay (12-5).")
    assert ("ISSUANCE", "thông báo", None, {("agent", "Cơ quan quản lý di trú Malaysia")}) in _events(text)


def test_an_outlet_quoting_is_no_speaker_and_an_apposition_before_an_object_first_verb():
    """vietnews-007535 and vietnews-009083 (sample articles in no gold set): "AFP dẫn lời người phát ngôn … cho biết" is
    not AFP speaking; "German Martinez, người đứng đầu viện an sinh xã hội Mexico (IMSS) từ chức" is his resignation."""
    assert _events("Tin\n\nThời gian triệu tập là 9h30 ngày 21/3, AFP dẫn lời người phát ngôn văn phòng công tố viên Seoul "
                   "cho biết.") == []
    events = _events("Tin\n\nHôm 21/5, German Martinez, người đứng đầu viện an sinh xã hội Mexico (IMSS) từ chức sau khi phàn "
                     "nàn về việc cắt giảm ngân sách.")
    assert events == [("APPOINTMENT", "từ chức", "XXXX-05-21", {("appointee", "German Martinez")})]


def test_a_plural_group_of_people_acts_for_the_people_listed_before():
    """vietnews-001625 (events-heldout3): "các nghệ sĩ đã có buổi đến thăm" are the five singers listed before; a group
    that a passive falls on ("nhiều cán bộ … bị khiển trách", vietnews-020789, a sample article) names no doer."""
    text = ("Tin\n\nĐêm nhạc Hoa xuân ca - nằm trong chuỗi chương trình Vòng tay nhân ái mới diễn ra gần đây tại thành phố Đà "
            "Lạt đã quy tụ hàng loạt những danh ca được nhiều người mến mộ như: Khánh Ly, Elvis Phương, Lê Uyên, Quang Thành "
            "và Kim Anh… Trước đêm diễn, các nghệ sĩ đã có buổi đến thăm trẻ em mồ côi tại Trung tâm bảo trợ xã hội tỉnh Lâm "
            "Đồng.")
    (visit,) = [e for e in _events(text) if e[0] == "VISIT"]
    five = {("agent", n) for n in ("Khánh Ly", "Elvis Phương", "Lê Uyên", "Quang Thành", "Kim Anh")}
    # (the entity layer tags the last three of the list in this short text, all five in the article)
    assert {("agent", n) for n in ("Lê Uyên", "Quang Thành", "Kim Anh")} <= visit[3] <= five
    passive = text.replace("các nghệ sĩ đã có buổi đến thăm", "nhiều cán bộ bị khiển trách vì")
    assert not [e for e in _events(passive) if e[0] == "APPOINTMENT"]


def test_cùng_ngày_with_an_unknown_day_takes_the_last_known_day():
    """vietnews-016926 (events-heldout2, development since its score): "Khoảng 11h cùng ngày" (a time the time layer
    leaves with no day) after "Vụ việc xảy ra ngày 15-10" in the paragraph before is 15-10."""
    text = ("Tin\n\nVụ việc xảy ra ngày 15-10 tại thị trấn Liên Nghĩa (huyện Đức Trọng, tỉnh Lâm Đồng).\n\nThông tin ban đầu "
            "từ Công an huyện Đức Trọng, sáng cùng ngày, hai người bạn tới nơi trọ. Khoảng 11h cùng ngày, Công an huyện Đức "
            "Trọng kiểm tra phòng trọ.")
    assert ("INSPECTION", "kiểm tra", "XXXX-10-15", {("agent", "Công an huyện Đức Trọng")}) in _events(text)


def test_triệt_phá_is_a_police_act_but_not_as_an_aim():
    """vietnews-007582 (events-heldout3): "Cảnh sát Đài Loan triệt phá một ổ mại dâm"; hand-made: "rất khó để triệt phá"
    is what something is for."""
    assert [e[:2] for e in _events("Tin\n\nCảnh sát Đài Loan triệt phá một ổ mại dâm tại Đài Bắc.")] == [("LEGAL", "triệt phá")]
    assert _events("Tin\n\nCảnh sát Đài Loan thừa nhận rất khó để triệt phá các đường dây này.") == []


def test_a_group_acts_for_the_authority_named_most():
    """vietnews-002130 (events-heldout3): the caption's "Lực lượng chức năng khám nghiệm hiện trường" is the Công an quận
    Thủ Đức the article names throughout, not the Công an TP. HCM named once last."""
    text = ("Tin\n\nCơ quan CSĐT Công an quận Thủ Đức đang điều tra vụ án. Lãnh đạo Công an quận Thủ Đức xác nhận đây là vụ "
            "án giết người. Hiện Công an quận Thủ Đức tiếp tục phối hợp nhiều phòng nghiệp vụ Công an TP. HCM truy bắt hung "
            "thủ.\n\nLực lượng chức năng khám nghiệm hiện trường tối 29-5.")
    assert ("LEGAL", "khám nghiệm hiện trường", "XXXX-05-29", {("agent", "Công an quận Thủ Đức")}) in _events(text)



def test_strangling_is_a_crime_and_a_notice_received_is_not_issued():
    """vietnews-000605 and vietnews-016962 (events-heldout4, development since its score): "dùng sợi dây dù siết cổ mẹ mình"
    is a crime with its doer as suspect; "Công an tỉnh Đồng Nai cũng tiếp nhận được thông báo" issues nothing."""
    events = _events("Tin\n\nVào khoảng 14h chiều 12/7, Vũ Anh Tuấn đi từ phía sau, dùng sợi dây dù siết cổ mẹ mình.")
    assert [e[:3] for e in events] == [("OTHER", "siết cổ", "XXXX-07-12")] and ("suspect", "Vũ Anh Tuấn") in events[0][3]
    assert _events("Tin\n\nTrong thời gian này, Công an tỉnh Đồng Nai cũng tiếp nhận được thông báo một người đàn ông tự vẫn "
                   "tại khách sạn.") == []


def test_distinct_legal_acts_of_one_sentence_are_distinct_events():
    """Hand-made: three police acts with their own words in one sentence are three events (the round-9 convention);
    the detention written again with another of its words in the next sentence is the same one."""
    events = _events("Tin\n\nNgày 4/6, Công an TP. Biên Hoà đã khởi tố vụ án, khởi tố bị can và tạm giam ông Lê Văn Hùng. "
                     "Ông Lê Văn Hùng bị bắt giam tại nhà.")
    assert [(t, trig) for t, trig, _, _ in events] == [("LEGAL", "khởi tố vụ án"), ("LEGAL", "khởi tố bị can"),
                                                        ("LEGAL", "tạm giam")]


def test_a_body_named_by_its_head_alone_is_the_body_named_most_before():
    """Hand-made: "Công an" alone after "Công an tỉnh Trà Vinh" is that body."""
    events = _events("Tin\n\nCông an tỉnh Trà Vinh đã khởi tố vụ án giết người. Công an tỉnh Trà Vinh đã bắt giữ ông Thái "
                     "Văn An. Sau đó, Công an tỉnh Đồng Nai cho biết. Công an khám nghiệm hiện trường.")
    assert ("agent", "Công an tỉnh Trà Vinh") in next(p for _, trig, _, p in events if trig == "khám nghiệm hiện trường")


def test_a_series_of_acts_falls_on_the_ones_named_after_its_last_act():
    """Hand-made: "khởi tố bị can, bắt tạm giam đối tượng X" — both acts fall on X; "khởi tố vụ án" names its case."""
    events = _events("Tin\n\nNgày 17/7, Công an tỉnh Bình Dương đã khởi tố vụ án, khởi tố bị can, bắt tạm giam đối tượng "
                     "Vũ Anh Tuấn.")
    roles = {trig: {r for r, _ in p} for _, trig, _, p in events}
    assert roles == {"khởi tố vụ án": {"agent"}, "khởi tố bị can": {"agent", "suspect"}, "bắt tạm giam": {"agent", "suspect"}}


def test_a_description_pointed_at_is_the_doer_named_last():
    """Hand-made: "người đàn ông này đã giết vợ" after a sentence naming Thái Văn An: his crime, an event of its own."""
    events = _events("Tin\n\nCông an tỉnh Trà Vinh xác định người tử vong là ông Thái Văn An. Căn cứ kết luận điều tra, "
                     "Công an tỉnh Trà Vinh xác định người đàn ông này đã giết vợ.")
    assert ("OTHER", "giết", None, {("suspect", "Thái Văn An")}) in events


def test_an_act_told_again_without_a_time_of_its_own_is_the_one_told_before():
    """Hand-made: the admission retells the killing of 12/7; the day of the sentence before does not make it another."""
    events = _events("Tin\n\nNgày 12/7, Vũ Anh Tuấn dùng dây siết cổ bà Vũ Thị Cúc. Ngày 13/7, Công an huyện Châu Đức khám "
                     "nghiệm hiện trường. Tại cơ quan công an, Tuấn thừa nhận đã dùng dây siết cổ bà Vũ Thị Cúc.")
    assert [(trig, time) for _, trig, time, _ in events] == [("siết cổ", "XXXX-07-12"), ("khám nghiệm hiện trường", "XXXX-07-13")]


def test_an_act_joined_to_an_act_of_its_type_is_read_whatever_the_tagger_says():
    """Hand-made: underthesea tags "tuyên phạt" a noun after "và"; joined to the trial before it, it is the sentence."""
    events = _events("Tin\n\nBà Trần Thị Tuyết bị bắt tạm giam tháng 5/2014. Vụ án được TAND Tiền Giang xét xử sơ thẩm lần 1 "
                     "vào năm 2015 và tuyên phạt Tuyết 12 năm tù giam.")
    assert ("LEGAL", "tuyên phạt", "2015", {("agent", "TAND Tiền Giang"), ("suspect", "Trần Thị Tuyết")}) in events


def test_a_report_day_is_no_story_day_across_an_abbreviation_with_a_dot():
    import extractor

    # hand-made: the day of "Chiều 25/7, Công an TP. Hồ Chí Minh cho biết …" dates the report, not the stabbing told
    # after it; the dot of "TP." ends no sentence
    text = "Chiều 25/7, Công an TP. Hồ Chí Minh cho biết vụ việc đang được điều tra. Trước đó, Nguyễn Văn An dùng dao đâm anh Trần Văn Bình."
    events = extractor.extract(text, published_at="2024-07-26").events
    assert [(e.trigger.text, e.time) for e in events] == [("đâm", None)]


def test_an_opening_speech_is_one_speech_and_no_ceremony(news):
    """Real sentence (events-heldout7 003483): "Phát biểu khai mạc, Thủ tướng nhấn mạnh …" is the PM's opening speech; the
    "khai mạc" of it names the speech, no ceremony of its own."""
    text = news["vietnews-003483"]["text"]
    [speech] = _events_at(text, "Phát biểu khai mạc")
    assert (speech.type, speech.trigger.text, [(p.role, p.name) for p in speech.participants]) == \
        ("SPEECH", "Phát biểu khai mạc", [("speaker", "Nguyễn Xuân Phúc")])
    assert _events_at(text, "khai mạc, Thủ tướng nhấn mạnh") == []


def test_a_recommendation_or_proposal_is_a_speech_but_not_one_answered():
    """Hand-made sentences: "kiến nghị", "đề xuất" made by a body are SPEECH with the addressee as participant; a proposal
    rejected or approved ("bác bỏ đề xuất này") is no proposal made."""
    made = _events("Tin\n\nNgày 12-5, Bộ Tư pháp kiến nghị Chính phủ sửa đổi quy định về phí.")
    assert made == [("SPEECH", "kiến nghị", "XXXX-05-12", {("speaker", "Bộ Tư pháp"), ("participant", "Chính phủ")})]
    proposed = _events("Tin\n\nSở Giao thông Vận tải Hải Phòng đề xuất UBND thành phố giảm phí.")
    assert [(t, w) for t, w, _, _ in proposed] == [("SPEECH", "đề xuất")]
    assert _events("Tin\n\nTuy nhiên, Bộ Ngoại giao Mỹ đã bác bỏ đề xuất này.") == []


def test_news_or_a_patient_received_is_no_appointment():
    """Hand-made sentences after vietnews-000916 and 016387: "tiếp nhận thông tin", "tiếp nhận và cấp cứu bệnh nhân" receive
    news or a patient; an official received into a post is still an appointment."""
    news = _events("Tin\n\nNgay khi tiếp nhận thông tin từ anh Võ Minh D., đội đã lên kế hoạch hành động.")
    patient = _events("Tin\n\nTối 23-10, Bệnh viện Đa khoa tỉnh tiếp nhận và cấp cứu bệnh nhân Mai Quốc Triều.")
    assert [e for e in news + patient if e[0] == "APPOINTMENT"] == []
    post = _events("Tin\n\nNgày 3-4, UBND tỉnh Quảng Bình tiếp nhận ông Nguyễn Văn An về công tác tại Sở Nội vụ.")
    assert [(t, w) for t, w, _, p in post if ("appointee", "Nguyễn Văn An") in p] == [("APPOINTMENT", "tiếp nhận")]


def test_people_listed_with_their_appositions_are_all_objects():
    """Hand-made sentence after vietnews-000135: the two people an act falls on, listed with "và" past the first one's
    apposition ("…, SN 1992, trú tại …"), are both its suspects; a list cut by another act keeps only the first."""
    events = _events("Tin\n\nCông an TP. Pleiku đã tạm giam 2 đối tượng Nguyễn Văn An, SN 1992, trú tại thị xã Buôn Hồ, "
                     "tỉnh Đắk Lắk và Trần Văn Bình, SN 1999.")
    assert [(t, {n for r, n in p if r == "suspect"}) for t, _, _, p in events] == [("LEGAL", {"Nguyễn Văn An", "Trần Văn Bình"})]
    cut = _events("Tin\n\nCông an TP. Pleiku đã tạm giam Nguyễn Văn An, SN 1992, rồi bắt giữ thêm Lê Văn Chung và Trần Văn Bình.")
    held = [p for t, w, _, p in cut if w == "tạm giam"]
    assert held and {n for r, n in held[0] if r == "suspect"} == {"Nguyễn Văn An"}


def test_a_plain_list_after_the_trigger_names_every_object(news):
    """Hand-made sentences: the people an act falls on listed after it with "và" and commas, a form of address opening
    each item, are all its objects; a comma alone, with no closing "và", makes no list."""
    arrest = _events("Tin\n\nNgày 5/3, Công an huyện Gia Lâm đã bắt giữ Nguyễn Văn An, Trần Văn Bình và Lê Văn Cường.")
    assert [{n for r, n in p if r == "suspect"} for t, _, _, p in arrest if t == "LEGAL"] == [
        {"Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường"}]
    named = _events("Tin\n\nNgày 5/3, Ban Thường vụ Tỉnh ủy trao quyết định bổ nhiệm bà Trần Thị Lan, ông Trần Văn Bình và "
                    "ông Lê Văn Cường giữ chức Phó Giám đốc Sở Nội vụ.")
    assert [{n for r, n in p if r == "appointee"} for t, _, _, p in named if t == "APPOINTMENT"] == [
        {"Trần Thị Lan", "Trần Văn Bình", "Lê Văn Cường"}]
    comma = _events("Tin\n\nNgày 5/3, Công an huyện Gia Lâm đã bắt giữ Nguyễn Văn An, Trần Văn Bình cho biết.")
    assert [{n for r, n in p if r == "suspect"} for t, _, _, p in comma if t == "LEGAL"] == [{"Nguyễn Văn An"}]
    # vietnews-016851: a trigger inside the bracket that says who the first one is does not cut the list ("Trương Hữu Lộc
    # (57 tuổi, … - bị khởi tố về hành vi gây rối an ninh) và Nguyen William Anh (33 tuổi, …)")
    text = news["vietnews-016851"]["text"]
    charged = [e for e in extractor.extract(text).events if e.trigger.text == "khởi tố"]
    assert charged and {("suspect", "Trương Hữu Lộc"), ("suspect", "Nguyen William Anh")} <= {
        (p.role, p.name) for p in charged[0].participants}


def test_a_bare_suspect_description_is_the_articles_one_suspect():
    """Hand-made sentences after vietnews-016962: "truy bắt nghi phạm." falls on the one person the article's happenings
    name as a suspect; with two such people the description names neither."""
    one = _events("Tin\n\nCông an Trà Vinh đã khởi tố vụ án, tập trung lực lượng truy bắt nghi phạm. Công an đã gửi thông "
                  "báo truy tìm Thái Thành Được.")
    assert [p for t, w, _, p in one if w == "truy bắt"] == [{("agent", "Công an Trà Vinh"), ("suspect", "Thái Thành Được")}]
    two = _events("Tin\n\nCông an Trà Vinh đã khởi tố vụ án, tập trung lực lượng truy bắt nghi phạm. Công an đã gửi thông "
                  "báo truy tìm Thái Thành Được và Nguyễn Văn An.")
    assert [p for t, w, _, p in two if w == "truy bắt"] == [{("agent", "Công an Trà Vinh")}]


def test_doers_joined_before_the_verb_all_do_it():
    """Hand-made sentences: the doers named before the verb and joined by "và", "cùng" or "phối hợp cùng" (a form of
    address or a title opening the next) all do it; a name before a comma alone ("Theo ông A, ông B …") is none."""
    scene = _events("Tin\n\nNgày 5/3, Công an huyện Châu Đức phối hợp cùng Công an tỉnh Bà Rịa – Vũng Tàu khám nghiệm hiện trường.")
    assert [{n for r, n in p if r == "agent"} for t, _, _, p in scene if t == "LEGAL"] == [
        {"Công an huyện Châu Đức", "Công an tỉnh Bà Rịa – Vũng Tàu"}]
    met = _events("Tin\n\nChiều 5/3, Bộ trưởng Nguyễn Văn An và Thứ trưởng Trần Văn Bình đã làm việc với UBND tỉnh Nghệ An.")
    assert [{n for r, n in p if r == "participant"} for t, _, _, p in met if t == "MEETING"] == [
        {"Nguyễn Văn An", "Trần Văn Bình", "UBND tỉnh Nghệ An"}]
    visit = _events("Tin\n\nChiều 5/3, ông Nguyễn Văn An cùng ông Trần Văn Bình đã đến thăm Trung tâm bảo trợ xã hội tỉnh Lâm Đồng.")
    assert [{n for r, n in p if r == "agent"} for t, _, _, p in visit if t == "VISIT"] == [{"Nguyễn Văn An", "Trần Văn Bình"}]
    said = _events("Tin\n\nTheo Sở Y tế, Sở Tài chính tỉnh Vĩnh Phúc và Sở Nội vụ đã kiểm tra Bệnh viện Đa khoa tỉnh Vĩnh Phúc.")
    assert [{n for r, n in p if r == "agent"} for t, _, _, p in said if t == "INSPECTION"] == [
        {"Sở Tài chính tỉnh Vĩnh Phúc", "Sở Nội vụ"}]


def test_a_goal_is_no_happening_and_giet_chet_is_one_crime_word():
    """Hand-made sentences after vietnews-017747 and 011685: "mục tiêu tăng trưởng" names a goal, "tăng trưởng" told is
    ECONOMIC; "giết chết" is the whole trigger of a killing."""
    assert _events("Tin\n\nTừ năm 2016, Ngân hàng Techcombank đã theo đuổi chiến lược mới, với mục tiêu tăng trưởng tài "
                   "sản bền vững.") == []
    assert _events("Tin\n\nNăm 2017, Ngân hàng Techcombank tăng trưởng 20%.") == [
        ("ECONOMIC", "tăng trưởng", "2017", {("agent", "Ngân hàng Techcombank")})]
    assert _events("Tin\n\nNgày 3-5, Nguyễn Văn An giết chết một người đàn ông ở Song Xuyên.") == [
        ("OTHER", "giết chết", "XXXX-05-03", {("suspect", "Nguyễn Văn An")})]


def test_an_interview_given_is_a_speech():
    """Hand-made sentences after vietnews-018529: "Trao đổi với Tuổi Trẻ ngày 8-3, ông X …" is SPEECH, the outlet taking
    no part (as the gold of 018529, 017747 and 018718 has it); "trao đổi kinh nghiệm" (no "với") is none."""
    assert _events("Tin\n\nTrao đổi với Tuổi Trẻ ngày 8-3, ông Tạ Long Hỷ, phó trưởng Ban quản lý dự án, cho biết công "
                   "trình chậm tiến độ.") == [("SPEECH", "Trao đổi", "XXXX-03-08", {("speaker", "Tạ Long Hỷ")})]
    assert [e for e in _events("Tin\n\nTại buổi làm việc, ông Tạ Long Hỷ, phó trưởng Ban quản lý dự án, trao đổi kinh "
                               "nghiệm quản lý.") if e[0] == "SPEECH"] == []



def test_a_lawyers_request_is_a_speech_but_not_anyones():
    """Hand-made sentences after vietnews-003393 and 004113: a person the article names as a lawyer ("Luật sư Nguyễn Văn
    An", then "ông An") speaks publicly though "luật sư" is no title; a person with only a form of address ("Anh …") or
    another profession ("Bác sĩ …") gives no speech of their own request."""
    assert _events("Tin\n\nLuật sư Nguyễn Văn An đề nghị HĐXX triệu tập thêm nhân chứng.") == [
        ("SPEECH", "đề nghị", None, {("speaker", "Nguyễn Văn An"), ("participant", "HĐXX")})]
    assert [e[3] for e in _events("Tin\n\nLuật sư Nguyễn Văn An bào chữa cho bị cáo. Tại toà, ông An đề nghị HĐXX triệu "
                                  "tập thêm nhân chứng.") if e[0] == "SPEECH"] == [{("speaker", "Nguyễn Văn An"), ("participant", "HĐXX")}]
    for cue in ("Anh", "Bác sĩ"):
        assert _events(f"Tin\n\n{cue} Nguyễn Văn An đề nghị HĐXX triệu tập thêm nhân chứng.") == []

def _read_as(variant: str, plain_record, record, shift) -> None:
    """The variant's events are the plain text's: type, time, participants and documents (names as written: odd spaces
    as " ", invisible characters dropped), the trigger's text the variant's exact slice, its offsets the plain ones
    carried over by ``shift`` (plain offset -> variant offset)."""
    from extractor.text import written

    def key(e):
        return (e.type, e.time, e.location and written(e.location), e.documents,
                sorted((p.role, written(p.name), p.kind) for p in e.participants))

    assert [key(e) for e in record.events] == [key(e) for e in plain_record.events]
    for e, p in zip(record.events, plain_record.events):
        assert variant[e.trigger.start : e.trigger.end] == e.trigger.text  # the input's characters, NBSP or ZWNJ kept
        assert written(e.trigger.text) == p.trigger.text
        assert (e.trigger.start, e.trigger.end) == (shift(p.trigger.start, True), shift(p.trigger.end, False))


def test_the_seed_written_with_no_break_spaces_or_zero_width_non_joiners_gives_the_plain_events(seed_text, seed_record):
    import extractor

    nbsp = seed_text.replace(" ", "\u00a0")  # one character for one: the same offsets
    _read_as(nbsp, seed_record, extractor.extract(nbsp), lambda i, start: i)
    assert any("\u00a0" in e.trigger.text for e in extractor.extract(nbsp).events)
    zwnj = seed_text.replace(" ", " \u200c")  # each space one character longer; a word takes the ZWNJ before it
    def shift(i, start):
        j = i + seed_text.count(" ", 0, i)
        return j - 1 if start and i and seed_text[i - 1] == " " else j
    record = extractor.extract(zwnj)
    _read_as(zwnj, seed_record, record, shift)
    assert any(e.trigger.text.startswith("\u200c") for e in record.events)


def test_words_with_a_soft_hyphen_or_a_zero_width_non_joiner_keep_their_word_starts_and_capitals():
    """Hand-made sentences: with a soft hyphen after the second letter of every longer word ("Ti\u00adền Gi\u00adang",
    "đi\u00adều tra") the trigger is still "điều tra" and its doer still the body (a soft hyphen inside a word left it no
    letters, so "tra" opened a word of its own); with a ZWNJ after every space "Walmart" is still the subject written
    with a capital (read from its raw first character, the ZWNJ, it was none). The trigger's text is the input's."""
    import re

    plain = "Tin\n\nSau đó, Công an tỉnh Tiền Giang đang điều tra làm rõ một vụ mất trộm xe tải."
    assert _events(plain) == [("LEGAL", "điều tra", None, {("agent", "Công an tỉnh Tiền Giang")})]
    shy = re.sub(r"\w{4,}", lambda m: m.group()[:2] + "\u00ad" + m.group()[2:], plain)
    assert _events(shy) == [("LEGAL", "đi\u00adều tra", None, {("agent", "Công an tỉnh Tiền Giang")})]
    plain = "Tin\n\n\" Chúng tôi hành động ngay lập tức \", Walmart thông báo."
    assert _events(plain) == [("ISSUANCE", "thông báo", None, {("agent", "Walmart")})]
    assert _events(plain.replace(" ", " \u200c")) == [("ISSUANCE", "\u200cthông \u200cbáo", None, {("agent", "Walmart")})]


def test_a_suicide_is_a_death_told_with_its_victim_and_kin_name_no_doer():
    """Real sentences: "Takahashi … trước khi tự tử" (vietnews-006639) and "Cedric Anderson … bắn vợ Karen Elaine Smith
    trước khi tự sát" (vietnews-010144): OTHER with the one who died as its victim, not the wife named right before
    (a kin noun before a name makes it another's kin); "vợ ông Yên uống thuốc cỏ tự tử" (vietnews-000738): not Yên;
    "kẻ gian đã đột nhập vào nhà ông Nguyễn Văn Sơn … trộm cắp" (vietnews-000063): Sơn is robbed, no thief."""
    events = _events("Tin\n\nKhoảng 10h30 ngày 10/4, Cedric Anderson, 53 tuổi, bước vào trường tiểu học North Park và bắn vợ "
                     "Karen Elaine Smith trước khi tự sát.")
    assert ("OTHER", "tự sát", "XXXX-04-10", {("victim", "Cedric Anderson")}) in events
    assert not any(name == "Karen Elaine Smith" for e in events for _, name in e[3])
    events = _events("Tin\n\nNữ công nhân Matsuri Takahashi làm việc cho Dentsu. Takahashi có những biểu hiện trầm cảm trước "
                     "khi tự tử.")
    assert [(e[0], e[1], e[3]) for e in events] == [("OTHER", "tự tử", {("victim", "Matsuri Takahashi")})]
    assert not any(e[1] == "tự tử" for e in _events("Tin\n\nKhoảng đầu tháng 4/2019, vợ ông Trần Văn Yên uống thuốc cỏ tự "
                                                     "tử nhưng may mắn sống sót."))
    events = _events("Tin\n\nVào trưa 13/8, kẻ gian đã đột nhập vào nhà ông Nguyễn Văn Sơn (SN 1968) trộm cắp chiếc xe máy.")
    assert not any(("suspect", "Nguyễn Văn Sơn") in e[3] for e in events)


def test_an_explosion_set_off_is_a_crime_and_a_threat_takes_no_story_day(news):
    """The real article vietnews-011685 (events-heldout6): "Guo sau đó cho nổ tung chiếc xe …" is OTHER with Guo its
    suspect, dated by the day written before it; real sentences of vietnews-016926: "Cường … doạ sẽ cho nổ tung phòng
    trọ" is a threat, which the day of the story told before does not make a happening."""
    events = _events(news["vietnews-011685"]["text"])
    assert ("OTHER", "cho nổ", "XXXX-01-25", {("suspect", "Guo")}) in events
    events = _events("Tin\n\nKhoảng 20h ngày 15-10, Công an huyện Đức Trọng đến phòng trọ của Phạm Quốc Cường. Tuy nhiên, Cường "
                     "không hợp tác mà lấy bình gas mở cho khí gas xì, doạ sẽ cho nổ tung phòng trọ.")
    assert not [e for e in events if e[1] == "cho nổ"]


def test_a_series_of_crimes_has_one_doer_and_a_name_opens_a_sentence_after_a_full_stop(news):
    """The real article vietnews-011685 (events-heldout6): "… toà Wanda Plaza. Guo sau đó cho nổ tung chiếc xe … và tự
    sát": Guo, named again after a full stop, is the victim of his suicide, past the explosion he set off (the tagger
    reads the causative "cho" as a preposition); real sentences: "Khoa giết chết những người trong nhà và bóp cổ mình"
    (vietnews-000409); "khởi tố Bùi Văn Công … về hành vi giết người, hiếp dâm, cướp tài sản" (vietnews-002077): charges,
    no series of crimes told."""
    events = _events(news["vietnews-011685"]["text"])
    assert ("OTHER", "tự sát", "XXXX-01-25", {("victim", "Guo")}) in events
    events = _events("Tin\n\nNgày 5-3, Nguyễn Đăng Khoa đến nhà chị Ng. Theo lời khai của em gái chị Ng., Khoa giết chết "
                     "những người trong nhà và bóp cổ mình nhưng sau đó đồng ý tha mạng.")
    assert any(e[1] == "bóp cổ" and ("suspect", "Nguyễn Đăng Khoa") in e[3] for e in events)
    events = _events("Tin\n\nCơ quan công an cũng ra quyết định khởi tố Bùi Văn Công (SN 1975, trú đội 11, xã Thanh Nưa, huyện "
                     "Điện Biên) về hành vi giết người, hiếp dâm, cướp tài sản.")
    assert not [e for e in events if e[0] == "OTHER"]


def test_a_divestment_is_an_economic_happening_of_its_company_and_a_deal_named_is_none():
    """Real sentences: "Tổng công ty Đường sắt Việt Nam đã thoái vốn …" (vietnews-002983) is ECONOMIC with the company
    its agent; "chặn một thương vụ thâu tóm công ty bán dẫn Xcerra" (vietnews-018558) and "Bộ cũng điều chỉnh, giải thể,
    sáp nhập một số cơ quan đơn vị như … Cục Gìn giữ Hoà bình" (vietnews-003203) name no economic happening of a body."""
    events = _events("Tin\n\nĐầu năm 2015, Tổng công ty Đường sắt Việt Nam đã thoái vốn toàn bộ cổ phần tại Công ty cổ phần vật "
                     "tư Đường sắt Sài Gòn, đơn vị này trở thành doanh nghiệp tư nhân.")
    assert ("ECONOMIC", "thoái vốn", "2015", {("agent", "Tổng công ty Đường sắt Việt Nam")}) in events
    events = _events("Tin\n\nCũng trong tuần trước, Uỷ ban Đầu tư nước ngoài Hoa Kỳ (CFIUS) chặn một thương vụ thâu tóm công "
                     "ty bán dẫn Xcerra trị giá 580 triệu USD bởi một quỹ đầu tư do chính phủ Trung Quốc chống lưng.")
    assert not [e for e in events if e[0] == "ECONOMIC"]
    events = _events("Tin\n\nBộ cũng điều chỉnh, giải thể, sáp nhập một số cơ quan đơn vị như thành lập Bộ tư lệnh tác chiến "
                     "không gian mạng, Cục Gìn giữ Hoà bình.")
    assert not [e for e in events if e[0] == "ECONOMIC"]


def test_drugs_dealt_are_a_crime_of_all_the_doers_listed_and_charges_are_none():
    """Real sentences: "Quý và Sỹ … đến tỉnh Kon Tum mua ma tuý" (vietnews-000135, events-heldout5): both are suspects;
    "sau khi lấy 1,2 triệu đồng của L., Quý đã dùng cây gỗ đánh đập cháu" (vietnews-016671): L. is no doer; "khởi tố …
    về hành vi giết người, hiếp dâm, cướp tài sản, tàng trữ chất ma tuý" (vietnews-002077) and "tội phạm buôn bán và vận
    chuyển ma tuý" (vietnews-011983) name charges, no crime told."""
    events = _events("Tin\n\nĐặng Sỹ Quý và Võ Văn Sỹ bị bắt. Qua điều tra, vào tháng 5/2019, Quý và Sỹ điều khiển xe ô tô đến "
                     "tỉnh Kon Tum mua ma tuý về để bán cho các con nghiện.")
    assert ("OTHER", "mua ma tuý", "2019-05", {("suspect", "Đặng Sỹ Quý"), ("suspect", "Võ Văn Sỹ")}) in events
    events = _events("Tin\n\nNguyễn Quý lừa cháu N.V. L. lên xe. Tại đây, sau khi lấy 1,2 triệu đồng của L., Quý đã dùng cây gỗ "
                     "đánh đập cháu gãy xương tay.")
    assert not any(("suspect", "N.V. L.") in e[3] for e in events)
    events = _events("Tin\n\nCơ quan công an cũng ra quyết định khởi tố Bùi Văn Công (SN 1975) về hành vi giết người, hiếp dâm, "
                     "cướp tài sản, tàng trữ chất ma tuý và giữ người trái pháp luật; Phạm Văn Nhiệm về tội hiếp dâm.")
    assert not [e for e in events if e[0] == "OTHER"]
    events = _events("Tin\n\nTổng thống Trump có cách tiếp cận cứng rắn hơn đối với tội phạm, nhất là tội phạm buôn bán và vận "
                     "chuyển ma tuý.")
    assert not [e for e in events if e[0] == "OTHER"]


def test_a_search_by_the_police_and_a_wanted_notice_are_police_acts():
    """Real sentences: "Công an đã gửi thông báo truy tìm Thái Thành Được" (vietnews-016962, events-heldout4): a wanted
    notice, LEGAL with its suspect, not an announcement; "Công an thị xã Phú Mỹ … đang tích cực truy tìm hung thủ"
    (vietnews-016482)."""
    events = _events("Tin\n\nCông an tỉnh Trà Vinh đã khởi tố vụ án giết người. Công an đã gửi thông báo truy tìm Thái Thành Được "
                     "và nhờ công an các địa phương hỗ trợ.")
    assert ("LEGAL", "thông báo truy tìm", None, {("agent", "Công an tỉnh Trà Vinh"), ("suspect", "Thái Thành Được")}) in events
    assert not [e for e in events if e[0] == "ISSUANCE"]
    events = _events("Tin\n\nTối 26-5, Công an thị xã Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu, cho biết cơ quan này đang tích cực truy tìm "
                     "hung thủ đã đâm trọng thương một cô giáo vào chiều cùng ngày.")
    assert [(e[0], e[1], e[3]) for e in events if e[0] == "LEGAL"] == [("LEGAL", "truy tìm", {("agent", "Công an thị xã Phú Mỹ")})]


def test_kin_and_sentence_end_windows_are_data(monkeypatch):
    """Hand-made sentences (review finding 15): how far before a person a kin noun is looked for, and the least letters
    of a word ending the sentence before a short form of a name, are windows of event_triggers.yaml, not numbers of the
    code: "vợ ông Trần Văn Yên … tự tử" is Yên's wife only while the kin window reaches "vợ"."""
    from extractor.pipeline import shared

    windows = shared().get_pipe("vnx_events").windows
    assert isinstance(windows["kin_chars"], int) and isinstance(windows["sentence_end_word_chars"], int)
    text = "Tin\n\nTối 5/3, vợ ông Trần Văn Yên uống thuốc cỏ tự tử."
    assert not any(("victim", "Trần Văn Yên") in e[3] for e in _events(text))
    monkeypatch.setitem(windows, "kin_chars", 4)  # "ông " only: no kin noun in reach
    assert any(("victim", "Trần Văn Yên") in e[3] for e in _events(text))


def test_a_kin_noun_in_apposition_or_bạn_as_address_keeps_the_doer():
    """Hand-made sentences (review of e5a010a, finding 4): a kin noun right before a name makes the one named another's
    kin, but not after "người" ("người cha Nguyễn Văn Hùng": the father himself), nor "bạn" as a form of address ("Bạn
    Nguyễn Văn An, sinh viên năm 3"); past a form of address it still does ("người vợ ông Trần Văn Yên": Yên's wife)."""
    assert ("suspect", "Nguyễn Văn Hùng") in _events(
        "Tin\n\nTheo cơ quan điều tra, người cha Nguyễn Văn Hùng đã dùng dao sát hại con gái 5 tuổi.")[0][3]
    events = _events("Tin\n\nTheo cơ quan điều tra, người mẹ Trần Thị Lan đã sát hại con trai rồi tự tử.")
    assert ("OTHER", "sát hại", None, {("suspect", "Trần Thị Lan")}) in events
    assert ("OTHER", "tự tử", None, {("victim", "Trần Thị Lan")}) in events
    assert ("suspect", "Nguyễn Văn An") in _events(
        "Tin\n\nBạn Nguyễn Văn An, sinh viên năm 3, đã lừa đảo chiếm đoạt 200 triệu đồng của nhiều người.")[0][3]
    assert not any(e[1] == "tự tử" for e in _events("Tin\n\nTối 5/3, người vợ ông Trần Văn Yên uống thuốc cỏ tự tử."))


def test_a_safe_detonation_or_blasting_mines_is_no_crime():
    """Hand-made sentences (review of 8b731fc, finding 6): sappers detonating a bomb safely and a quarry blasting mines
    are no crimes (OTHER not_before_by_trigger of "kích nổ", "cho nổ"); "cho nổ tung" stays one."""
    assert _events("Tin\n\nNgày 5/3, Thiếu tá Nguyễn Văn Hùng cùng đồng đội đã kích nổ an toàn quả bom nặng 340 kg.") == []
    assert _events("Tin\n\nNgày 5/3, lực lượng công binh do anh Nguyễn Văn Hùng chỉ huy đã kích nổ thành công quả bom.") == []
    assert _events("Tin\n\nTheo kế hoạch, ông Nguyễn Văn Hùng sẽ cho nổ mìn phá đá vào ngày 5/3.") == []
    assert ("suspect", "Nguyễn Văn Hùng") in _events("Tin\n\nÔng Nguyễn Văn Hùng đã cho nổ tung chiếc xe.")[0][3]


def test_the_one_a_crime_fell_on_is_no_doer_of_the_series_next_act():
    """Hand-made sentences (review of e5a010a, finding 5): in a series of crimes and deaths with one doer, the one the
    previous act fell on, named right after it, is not the next act's doer."""
    events = _events("Tin\n\nNguyễn Văn An đâm chết vợ là chị Trần Thị Bình rồi tự sát.")
    assert ("OTHER", "tự sát", None, {("victim", "Nguyễn Văn An")}) in events
    assert not any(e[1] == "tự sát" and ("victim", "Trần Thị Bình") in e[3] for e in events)
    events = _events("Tin\n\nNguyễn Văn Hùng đâm chết anh Trần Văn Nam rồi cướp xe máy.")
    assert ("OTHER", "cướp", None, {("suspect", "Nguyễn Văn Hùng")}) in events


def test_the_source_of_an_economic_report_is_no_doer_of_its_figures():
    """Hand-made sentences (review of de9d70b, finding 13): a body that reports a clause with its own subject is its
    source, not the doer of an ECONOMIC happening ("Ngân hàng Nhà nước cho biết xuất khẩu tăng trưởng 10%": exports
    grow), and a figure that grows is no act ("xuất khẩu" before "tăng trưởng"); "… cho biết đã thoái vốn" keeps its doer."""
    assert _events("Tin\n\nNgày 5/3, Ngân hàng Nhà nước cho biết xuất khẩu tăng trưởng 10%.") == []
    assert _events("Tin\n\nNgày 5/3, Bộ Công Thương cho biết kim ngạch xuất khẩu tăng trưởng 10%.") == []
    events = _events("Tin\n\nNgày 5/3, Tập đoàn Vingroup cho biết đã thoái vốn khỏi Công ty CP Vinpearl.")
    assert [(e[0], e[1], e[3]) for e in events] == [("ECONOMIC", "thoái vốn", {("agent", "Tập đoàn Vingroup")})]


def test_court_hearings_summons_and_widened_investigations_are_legal_acts():
    """Real sentences of events-heldout7 (016956, 000574) and a hand-made one: a first-instance trial ("xử sơ thẩm"), a
    police summons ("triệu tập" a person) and a widened investigation are LEGAL; the trial opens a series, so the sentence
    read after it ("và tuyên phạt", tagged a noun) is one too; an ambassador summoned is a diplomatic protest, no police act
    (a MEETING: tests/test_event_evargs20.py)."""
    events = _events("Tin\n\nNgày 29-8, TAND TP Cần Thơ xử sơ thẩm và tuyên phạt 13 năm tù bị cáo Nguyễn Bá Phước (37 tuổi, "
                     "ngụ huyện Phong Điền, TP Cần Thơ) về tội \" lừa đảo chiếm đoạt tài sản \".")
    roles = {("agent", "TAND TP Cần Thơ"), ("suspect", "Nguyễn Bá Phước")}
    assert ("LEGAL", "xử sơ thẩm", "XXXX-08-29", roles) in events
    assert ("LEGAL", "tuyên phạt", "XXXX-08-29", roles) in events
    events = _events("Tin\n\nHiện, vụ việc đang được Công an thị xã Phú Thọ tiếp tục mở rộng điều tra, xử lý theo quy định pháp luật.")
    assert ("LEGAL", "mở rộng điều tra", None, {("agent", "Công an thị xã Phú Thọ")}) in events
    events = _events("Tin\n\nCông an thị xã Phú Thọ đã triệu tập Lê Mạnh Thắng lên cơ quan công an để điều tra làm rõ.")  # hand-made
    assert ("LEGAL", "triệu tập", None, {("agent", "Công an thị xã Phú Thọ"), ("suspect", "Lê Mạnh Thắng")}) in events
    summoned = _events("Tin\n\nChính phủ Philippines hôm nay triệu tập đại sứ Mỹ Sung Kim tới gặp Salvador Medialdea.")
    assert summoned and not [e for e in summoned if e[0] == "LEGAL"]


def test_a_stroke_befalls_its_named_victim():
    """Real sentences of events-heldout7 (017584, 001435): a stroke ("đột quỵ", "trúng gió") told of a named person is
    an OTHER happening with that person its victim, like the deaths of the lexicon."""
    events = _events("Tin\n\nCách đây sáu tháng, bạn bè bất ngờ khi nghe tin Huỳnh Anh bị đột quỵ phải cấp cứu.")
    assert ("OTHER", "đột quỵ", None, {("victim", "Huỳnh Anh")}) in events
    events = _events("Tin\n\nNăm 2015, Lý Triệu Cơ bị trúng gió phải giã từ sự nghiệp.")
    assert ("OTHER", "trúng gió", "2015", {("victim", "Lý Triệu Cơ")}) in events


def test_an_interview_given_to_the_press_is_speech_of_anyone():
    """Real sentences of events-heldout7 (018718, 001483) and the sample (017799) with a hand-made one: "chia sẻ",
    "trò chuyện", "trao đổi" with the press ("với truyền thông", "với báo giới", "với Tuổi Trẻ") is an interview given,
    SPEECH whose speaker needs no position and whose newspaper takes no part; "chia sẻ", "trò chuyện" with anyone else
    are talk."""
    events = _events("Tin\n\nChia sẻ với truyền thông sau khi đoạt giải, anh Wee Kee cho biết đã chớp được khoảnh khắc của mẹ "
                     "con người phụ nữ Mông khi dừng chân bên đường trong một tour du lịch tới Việt Nam.")
    assert ("SPEECH", "Chia sẻ", None, {("speaker", "Wee Kee")}) in events
    events = _events("Tin\n\nTrao đổi với Tuổi Trẻ, anh Etienne cho biết: \" Với tôi, bức ảnh hậu trường cho thấy rõ ràng một "
                     "tình huống dàn dựng.")
    assert ("SPEECH", "Trao đổi", None, {("speaker", "Etienne")}) in events
    events = _events("Tin\n\nTrao đổi với Tuổi Trẻ, ông Nguyễn Quang Dũng, phó tổng giám đốc Petrolimex, cho biết tính đến "
                     "trước thời điểm điều chỉnh giá.")
    assert [(e[0], e[3]) for e in events if e[0] == "SPEECH"] == [("SPEECH", {("speaker", "Nguyễn Quang Dũng")})]
    # hand-made: a talk between two people, no interview
    assert not [e for e in _events("Tin\n\nTổng thống Mexico Lopez Obrador đã trò chuyện với ông Nguyễn Văn Nam về sự cố.")
                if e[0] == "SPEECH"]


def test_a_prize_or_title_won_goes_to_its_winner():
    """A real sentence of the sample (010224) and a hand-made one: "đoạt giải", "giành", "đạt" + a prize or a title is
    AWARD, the one written before it its recipient (no giver); "đạt" with no prize after it is none."""
    events = _events("Tin\n\nBà Aung San Suu Kyi, lãnh đạo chính phủ Myanmar, từng đoạt giải Nobel Hoà bình năm 1991 vì vận động "
                     "cho dân chủ.")
    assert ("AWARD", "đoạt giải", "1991", {("recipient", "Aung San Suu Kyi")}) in events
    events = _events("Tin\n\nNăm 2016, Nguyễn Thị Lan giành danh hiệu Hoa khôi sinh viên.")  # hand-made
    assert ("AWARD", "giành", "2016", {("recipient", "Nguyễn Thị Lan")}) in events
    assert not [e for e in _events("Tin\n\nNăm 2016, Công ty Hoà Phát đạt doanh thu 10 tỉ đồng.") if e[0] == "AWARD"]


def test_a_surrender_is_a_legal_act_of_its_suspect():
    """Real sentences of the sample (016628) and of all-dev (016926): a suspect surrendering
    ("đầu thú", "ra đầu thú") is LEGAL with its subject the suspect; one persuaded to surrender ("thuyết phục Cường đầu
    thú", requested_after) has not yet."""
    events = _events("Tin\n\nSau khi tai nạn xảy ra, lái xe Lương Công Hiếu bỏ trốn và đến 10h ngày 3-1 đã ra đầu thú tại Công an "
                     "TP Hà Giang.")
    assert ("LEGAL", "ra đầu thú", "XXXX-01-03", {("suspect", "Lương Công Hiếu")}) in events
    events = _events("Tin\n\nBước đầu cơ quan công an xác định Phạm Quốc Cường (36 tuổi, quê Tam Hiệp, Tiền Giang) là nghi phạm "
                     "và thuyết phục Cường đầu thú.")
    assert not [e for e in events if e[1] == "đầu thú"]


def test_an_answer_given_to_the_press_is_speech_of_anyone():
    """A real sentence of the sample (012000): "trả lời" a news site (or "trả lời phỏng vấn") is an interview given,
    whose speaker needs no position the entity layer read."""
    events = _events("Tin\n\nTrả lời trang tin Kim Chad Luek của Thái Lan, ông Thongchai Lertwilairattanapong, quan chức Bộ Y tế "
                     "nước này, cho biết sẽ \" không có ôm ấp hay động chạm \" tới khi kết quả kiểm tra được công bố.")
    assert [(e[0], e[3]) for e in events if e[0] == "SPEECH"] == [("SPEECH", {("speaker", "Thongchai Lertwilairattanapong")})]


def test_an_interview_reads_the_same_in_decomposed_input_and_up_to_the_longest_press_word():
    """Hand-made sentences (review 2, findings 2 and 12): "Chia sẻ với báo giới" is an interview given in composed (NFC)
    and decomposed (NFD) input alike ("với" read folded, from cue_after); a three-word press word ("giới truyền thông")
    counts as a one-word one does."""
    import unicodedata
    for form in ("NFC", "NFD"):
        events = _events(unicodedata.normalize(form, "Tin\n\nChia sẻ với báo giới, Hoa hậu Phương Lê cho biết cô rất vui."))
        assert [(e[0], {(r, fold(n)) for r, n in e[3]}) for e in events] == [("SPEECH", {("speaker", fold("Phương Lê"))})], form
        events = _events(unicodedata.normalize(form, "Tin\n\nChia sẻ với giới truyền thông sau trận đấu, anh Nguyễn Văn Toàn "
                                                     "cho biết đội đã cố gắng."))
        assert [(e[0], {(r, fold(n)) for r, n in e[3]}) for e in events] == [("SPEECH", {("speaker", fold("Nguyễn Văn Toàn"))})], form


def test_an_award_needs_a_whole_prize_word_right_after_and_no_prized_work_before():
    """Hand-made sentences (review 2, finding 7): "đạt", "giành được" are AWARD only with a whole prize word right after
    them (not "đạt giải ngân", "đạt huy động vốn", "giành được ngôi nhà"); "bức ảnh đoạt giải của anh X" is a photograph's
    attribute, no award to the speaker nor to X; a medal or a title won still is."""
    for text in ("Theo ông Trần Văn Bình, dự án đã đạt giải ngân 80% vốn trong năm.",
                 "Năm 2017, Vietcombank đạt huy động vốn 1 triệu tỷ đồng.",
                 "Ông Phạm Văn Dũng giành được ngôi nhà của cha mẹ sau vụ kiện.",
                 "Anh Nguyễn Văn Nam cho rằng bức ảnh đoạt giải của anh Trần Văn Minh là dàn dựng."):
        assert not [e for e in _events("Tin\n\n" + text) if e[0] == "AWARD"], text
    events = _events("Tin\n\nVận động viên Nguyễn Thị Ánh Viên đã giành huy chương vàng tại SEA Games.")
    assert [(e[0], e[3]) for e in events if e[0] == "AWARD"] == [("AWARD", {("recipient", "Nguyễn Thị Ánh Viên")})]


def test_only_a_medium_after_an_interview_verb_is_the_press():
    """Hand-made sentences (review 2, finding 3): a ministry talked with takes part (participant); a newspaper or an
    agency talked to is the press asking (no participant), by a name of organizations.tsv or after "báo"."""
    events = _events("Tin\n\nBộ trưởng Nguyễn Văn Thể trao đổi với Bộ Tài chính về nguồn vốn cho dự án.")
    assert ("participant", "Bộ Tài chính") in [p for e in events if e[0] == "SPEECH" for p in e[3]]
    for text in ("Trao đổi với Reuters, Bộ trưởng Nguyễn Văn Thể cho biết dự án đã xong.",
                 "Trao đổi với báo Tuổi Trẻ, anh Nguyễn Văn Toàn cho biết đội đã cố gắng."):
        assert [p[0] for e in _events("Tin\n\n" + text) if e[0] == "SPEECH" for p in e[3]] == ["speaker"], text


def test_a_stroke_as_a_risk_a_count_or_a_field_is_no_death():
    """Hand-made sentences (review 2, finding 4): health news ("nguy cơ đột quỵ", "ca đột quỵ", "Trung tâm Đột quỵ") tells
    no one's stroke; "bị đột quỵ và qua đời" does."""
    for text in ("Theo bác sĩ Nguyễn Văn Minh, người bị tăng huyết áp có nguy cơ đột quỵ cao gấp 4 lần.",
                 "PGS.TS Nguyễn Văn Minh, Giám đốc Trung tâm Đột quỵ, cho biết mỗi năm có 200.000 ca đột quỵ."):
        assert not [e for e in _events("Tin\n\n" + text) if e[1].lower() == "đột quỵ"], text
    events = _events("Tin\n\nÔng Nguyễn Văn Minh bị đột quỵ và qua đời tại nhà riêng.")
    assert ("OTHER", {("victim", "Nguyễn Văn Minh")}) in [(e[0], e[3]) for e in events]


def test_a_sports_call_up_is_no_summons():
    """Hand-made sentences (review 2, finding 5): "triệu tập" a player onto a national team is no LEGAL summons, whether
    the player's position or the team comes right after it or past the name; a police summons still is."""
    for text in ("HLV Park Hang-seo đã triệu tập tiền vệ Nguyễn Quang Hải lên đội tuyển quốc gia.",
                 "HLV Park Hang-seo đã triệu tập Nguyễn Quang Hải lên đội tuyển quốc gia.",
                 "Tiền đạo Nguyễn Công Phượng được triệu tập lên đội tuyển U23 Việt Nam."):
        assert not [e for e in _events("Tin\n\n" + text) if e[0] == "LEGAL"], text
    events = _events("Tin\n\nCơ quan điều tra đã triệu tập Nguyễn Văn Nam để làm rõ hành vi lừa đảo.")
    assert ("suspect", "Nguyễn Văn Nam") in [p for e in events if e[0] == "LEGAL" for p in e[3]]


def test_an_urged_surrender_is_not_done():
    """Hand-made sentences (review 2, finding 6): a surrender urged ("vận động", "kêu gọi", "khuyên … ra đầu thú") is not
    reported, even after "đã"; an athlete ("Vận động viên") urges nothing; a surrender told stays."""
    for text in ("Gia đình đã vận động Trần Văn Nam ra đầu thú nhưng y vẫn lẩn trốn.",
                 "Công an tỉnh kêu gọi Nguyễn Văn Hùng ra đầu thú để được hưởng khoan hồng.",
                 "Bố mẹ đã khuyên Trần Văn Nam ra đầu thú."):
        assert not [e for e in _events("Tin\n\n" + text) if e[0] == "LEGAL"], text
    events = _events("Tin\n\nVận động viên Nguyễn Thị Ánh Viên đã giành huy chương vàng tại SEA Games.")
    assert [e[0] for e in events] == ["AWARD"]


def test_a_prize_won_has_its_subject_as_recipient_from_one_list():
    """Hand-made sentence (review 2, finding 12): the won_triggers, written once, are AWARD triggers whose subject is
    the recipient (object-first), not a giver."""
    events = _events("Tin\n\nBà Aung San Suu Kyi từng đoạt giải Nobel Hoà bình năm 1991.")
    assert [(e[0], e[3]) for e in events] == [("AWARD", {("recipient", "Aung San Suu Kyi")})]


def test_a_name_inside_a_quotation_is_no_doer_of_a_trigger_outside_it():
    """After a real sentence (vietnews-006446, review 2 finding 11), shortened: what the ministry announced names IS; IS
    is not the one announcing."""
    events = _events("Tin\n\n“Lính dù Syria đã thực hiện hạ cánh chiến thuật đánh úp IS, dẫn đến việc giải phóng Al-Hadar, cách "
                     "thành phố Deir ez-Zor khoảng 120km về phía Tây”, thông báo từ bộ Quốc phòng Nga cho biết.")
    assert ("agent", "IS") not in [p for e in events for p in e[3]]


_ODD_WHITE_SPACE = {  # the input's white space written another way, as pages and editors write it
    "double_spaces": lambda t: t.replace(" ", "  "),
    "no_break_then_space": lambda t: t.replace(" ", "\u00a0 "),
    "tabs": lambda t: t.replace(" ", "\t"),
    "nbsp_references_inside_sentences": lambda t: re.sub(r"(?<![.!?…]) ", "&nbsp;", t),
    "nbsp_references_everywhere": lambda t: t.replace(" ", "&nbsp;"),  # after a full stop too: sentences still end
    "zero_width_space_after_each_full_stop": lambda t: t.replace(". ", ".\u200b "),
    "zero_width_space_after_every_seventh_word": lambda t: re.sub(
        r"(?:\S+\s+){6}\w+", lambda m: m.group() + "\u200b", t),
    "soft_hyphens_in_long_words": lambda t: re.sub(r"\w{5,}", lambda m: m.group()[:2] + "\u00ad" + m.group()[2:], t),
}


def _event_items(record, source):
    """The events as the reader compares them (trigger read as written), each span checked against the input: the
    trigger its exact slice, the sentence holding it without white space around it (no closing blank line)."""
    items = []
    for e in record.events:
        assert source[e.trigger.start : e.trigger.end] == e.trigger.text
        assert e.sentence.start <= e.trigger.start < e.trigger.end <= e.sentence.end
        sentence = written(source[e.sentence.start : e.sentence.end])
        assert sentence == sentence.strip()
        items.append((e.type, fold(written(e.trigger.text)), e.time, e.location,
                      sorted((p.role, fold(p.name)) for p in e.participants), e.documents))
    return items


@pytest.mark.parametrize("variant", _ODD_WHITE_SPACE)
def test_events_do_not_depend_on_how_white_space_is_written(seed_text, seed_gold, news, variant):
    """The seed and four real articles whose events changed when their white space was written oddly (a doubled space
    after "bà Bích" lost "ký" its word start; "&nbsp;" hid "tại" from the place rule; windows of characters shrank):
    the same events, every trigger the altered input's exact slice."""
    articles = [(seed_text, seed_gold["article"]["published_at"])]
    articles += [(news[k]["text"], None) for k in ("vietnews-000385", "vietnews-000409", "vietnews-000593", "vietnews-000814")]
    for text, published_at in articles:
        source = _ODD_WHITE_SPACE[variant](text)
        plain = _event_items(extractor.extract(text, published_at=published_at), text)
        assert plain
        assert _event_items(extractor.extract(source, published_at=published_at), source) == plain


def test_a_list_of_suspects_goes_on_past_the_bracket_after_each_name(news):
    # vietnews-002254 (events-heldout6, development): "Công an tỉnh Nghệ An đang tạm giữ các nghi phạm gồm Nguyễn Văn Phú
    # (29 tuổi, ngụ huyện Nam Đàn, Nghệ An), Nguyễn Bảo Trung (23 tuổi) và Võ Sỹ Mạnh (36 tuổi)": all three are held
    text = news["vietnews-002254"]["text"]
    held = next(e for e in extractor.extract(text).events if e.trigger.text == "tạm giữ")
    assert {(p.role, p.name) for p in held.participants} >= {
        ("suspect", "Nguyễn Văn Phú"), ("suspect", "Nguyễn Bảo Trung"), ("suspect", "Võ Sỹ Mạnh")}
    assert text[held.trigger.start : held.trigger.end] == "tạm giữ"


def test_receiving_someone_is_a_meeting_with_the_one_received(news):
    # vietnews-021938: "Thủ tướng Nguyễn Tấn Dũng hôm nay tiếp ông Du Chính Thanh tại trụ sở chính phủ" ("tiếp" before the
    # one received; "làm tiếp", "thực hiện tiếp" are to go on)
    text = news["vietnews-021938"]["text"]
    meeting = next(e for e in extractor.extract(text).events if e.trigger.text == "tiếp")
    assert meeting.type == "MEETING"
    assert {p.name for p in meeting.participants} == {"Nguyễn Tấn Dũng", "Du Chính Thanh"}
    assert text[meeting.trigger.start : meeting.trigger.end] == "tiếp"


def test_a_handshake_with_a_leader_is_a_meeting_but_joining_hands_is_not(news):
    """Real captions (vietnews-005571, events-dev2 008816): "bắt tay" with the one met named right after it by a title or
    a form of address; "bắt tay vào những nỗ lực" (to set about, vietnews-007309) and "bắt tay Nga dàn xếp" (005319) are
    no meeting."""
    [meeting] = _events_at(news["vietnews-005571"]["text"], "bắt tay Tổng bí thư")
    assert (meeting.type, meeting.time) == ("MEETING", "2018-03-29")
    assert {"Miguel Díaz - Canel", "Nguyễn Phú Trọng"} <= {p.name for p in meeting.participants}
    [meeting] = _events_at(news["vietnews-008816"]["text"], "bắt tay ông Moon")
    assert {"Kim Yo - jong", "Moon Jae - in"} <= {p.name for p in meeting.participants}
    assert _events_at(news["vietnews-007309"]["text"], "bắt tay vào") == []
    assert _events_at(news["vietnews-005319"]["text"], "bắt tay Nga") == []


def test_where_a_suspect_lives_is_not_where_the_event_happened(news):
    # vietnews-000574: "… khởi tố vụ án, khởi tố bị can, bắt tạm giam đối với Lê Mạnh Thắng (…, 32 tuổi, trú tại xã Hà
    # Thạch, thị xã Phú Thọ), …": the place after "trú tại" describes Thắng; the arrest has no place in its sentence
    events = [e for e in extractor.extract(news["vietnews-000574"]["text"]).events if e.type == "LEGAL"]
    assert any(e.trigger.text == "khởi tố bị can" for e in events)
    assert all(e.location != "xã Hà Thạch" for e in events)


def test_a_year_in_the_object_yields_to_the_day_of_the_happening(news):
    # vietnews-018494: "Ngày 18-2, …, Bộ trưởng … Nguyễn Xuân Cường đã chủ trì hội nghị tìm kiếm giải pháp " giữ đỉnh "
    # trong năm 2019 …": the year is the goal's, the meeting is of 18-2 (h8 findings §2)
    events = extractor.extract(news["vietnews-018494"]["text"]).events
    meeting = next(e for e in events if e.type == "MEETING" and e.trigger.text == "hội nghị")
    assert meeting.time == "XXXX-02-18"


@pytest.mark.parametrize("sentence", [
    "Sáng 10/4, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2023.",
    "Sáng 10/4, Tập đoàn Viettel và UBND tỉnh Nghệ An đã ký kết thỏa thuận hợp tác giai đoạn 2024-2030.",
])
def test_a_period_after_the_trigger_is_what_the_happening_is_about(sentence):
    # hand-made probes (h8 findings §2): the day written before the trigger dates it
    (event,) = extractor.extract(sentence, published_at="2024-04-12T10:00:00+07:00").events
    assert event.time == "2024-04-10"


def test_a_period_and_a_goal_year_yield_to_the_day_of_the_signing(news):
    # vietnews-005936 (a caption): "… Nguyễn Thành Phong ký kết thoả thuận hợp tác xây dựng TP. HCM trở thành đô thị thông
    # minh giai đoạn 2017 - 2020, tầm nhìn đến năm 2025, chiều 17-11"
    signing = next(e for e in extractor.extract(news["vietnews-005936"]["text"]).events if e.type == "SIGNING")
    assert signing.time == "XXXX-11-17"


def test_a_year_in_what_is_said_does_not_date_the_meeting(news):
    # vietnews-002539: "Trong cuộc gặp song phương …, Chủ tịch Nguyễn Thành Phong nhấn mạnh … thiết lập quan hệ ngoại
    # giao với Việt Nam năm 1969": 1969 is what he recalls
    events = extractor.extract(news["vietnews-002539"]["text"]).events
    meeting = next(e for e in events if e.trigger.text == "cuộc gặp")
    assert meeting.time != "1969"


def test_a_year_right_after_the_trigger_is_its_own():
    # after vietnews-007814 "thoả thuận hạt nhân Iran được ký kết năm 2015" (which names no signer, so it is no event:
    # test_an_agreement_named_before_the_trigger_is_what_it_tells_of): the signing's year, not part of an object
    # hand-made
    (signing,) = [e for e in extractor.extract("Tin\n\nTheo ông Nguyễn Văn Thân, Công ty Hoàng Long ký kết năm 2015 hợp "
                                               "đồng với tỉnh.").events if e.type == "SIGNING"]
    assert signing.time == "2015"


def test_a_period_introduced_by_a_time_word_still_dates_the_happening(seed_record):
    # the seed: "mốc thời gian giám sát từ tháng 01/2021 đến 12/2023": "từ" makes the period the supervision's own
    (inspection,) = [e for e in seed_record.events if e.type == "INSPECTION"]
    assert inspection.time == "2021-01/2023-12"


def test_the_supervision_is_under_the_document_its_activity_carries_out(seed_record, seed_gold):
    # the seed: "báo cáo kết quả giám sát việc thực hiện Kết luận 62-KL/TW" names the supervision told after it
    (inspection,) = [e for e in seed_record.events if e.type == "INSPECTION"]
    (gold,) = [e for e in seed_gold["events"] if e["type"] == "INSPECTION"]
    assert inspection.documents == gold["documents"] == ["62-KL/TW"]


def test_an_investment_certificate_handed_over_is_no_award():
    # hand-made probe (h8 findings §4): a licence is handed over, no prize
    (event,) = extractor.extract("Sáng 10/4, Sở KH&ĐT tỉnh Nghệ An trao giấy chứng nhận đầu tư cho dự án có tổng vốn "
                                 "100 triệu USD.", published_at="2024-04-12T10:00:00+07:00").events
    assert event.type == "ECONOMIC"
    assert ("agent", "Sở KH&ĐT tỉnh Nghệ An") in {(p.role, p.name) for p in event.participants}


def test_those_whose_attendance_is_told_take_part():
    # hand-made probe (h8 findings §4): "với sự tham dự của X"
    (event,) = extractor.extract("Sáng 30/4, UBND tỉnh Nghệ An tổ chức lễ khánh thành cầu Cửa Hội với sự tham dự của "
                                 "đồng chí Nguyễn Đức Trung.", published_at="2024-04-12T10:00:00+07:00").events
    assert event.type == "CEREMONY"
    assert ("participant", "Nguyễn Đức Trung") in {(p.role, p.name) for p in event.participants}


_LEAD = "Tin địa phương\n\nSáng 12/4, đồng chí Nguyễn Văn Phương - Bí thư Tỉnh ủy Thừa Thiên Huế làm việc với huyện Phong Điền. "


@pytest.mark.parametrize("sentence", ["Đồng chí Bí thư yêu cầu xã chăm lo đời sống nhân dân.",
                                      "Ông cũng đề nghị huyện báo cáo bằng văn bản."])
def test_a_speech_of_the_person_last_named_by_an_address(sentence):
    # hand-made probes (h8 findings §4): the clause's subject is only an address (with a title): the person named before
    events = extractor.extract(_LEAD + sentence, published_at="2024-04-12T10:00:00+07:00").events
    (speech,) = [e for e in events if e.type == "SPEECH"]
    assert [(p.role, p.name) for p in speech.participants][:1] == [("speaker", "Nguyễn Văn Phương")]
    assert speech.time == "2024-04-12"


def test_receiving_an_ambassador_is_a_meeting_at_the_body_named():
    # hand-made probe (h8 findings §4): the cue "đại sứ" is two words; "tại trụ sở UBND tỉnh": the body is the place
    (meeting,) = extractor.extract("Chiều 12/4, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung đã tiếp "
                                   "Đại sứ Nhật Bản Yamada Takio.", published_at="2024-04-12T18:00:00+07:00").events
    assert meeting.type == "MEETING"
    assert {p.name for p in meeting.participants} == {"Nguyễn Đức Trung", "Yamada Takio"}
    assert meeting.location.startswith("UBND tỉnh")


def test_the_leader_of_a_delegation_chairs_its_meeting_and_speaks_as_its_head():
    # hand-made probe (h8 findings §5): "do ông A, …, làm Trưởng đoàn": A chairs, the delegation takes part; "Trưởng Đoàn
    # giám sát đề nghị" is A, not the body
    text = ("Tin địa phương\n\nSáng 12/4, Đoàn giám sát của HĐND tỉnh do ông Lê Văn A, Phó Chủ tịch HĐND tỉnh, làm Trưởng "
            "đoàn đã làm việc với UBND huyện Nam Đàn. Phát biểu tại buổi làm việc, Trưởng Đoàn giám sát đề nghị huyện khắc "
            "phục hạn chế.")
    meeting, speech = extractor.extract(text, published_at="2024-04-12T18:00:00+07:00").events
    assert {(p.role, p.name) for p in meeting.participants} == {
        ("chair", "Lê Văn A"), ("participant", "Đoàn giám sát"), ("participant", "UBND huyện Nam Đàn")}
    assert speech.type == "SPEECH" and [(p.role, p.name) for p in speech.participants] == [("speaker", "Lê Văn A")]
    assert speech.time == "2024-04-12"


def test_the_leader_of_an_inspecting_delegation_takes_part():
    # hand-made probe (h8 findings §5)
    (inspection,) = extractor.extract("Ngày 11/4, Đoàn kiểm tra của Tỉnh ủy do ông Nguyễn Văn Thông làm trưởng đoàn đã "
                                      "kiểm tra công tác tại huyện Nam Đàn.", published_at="2024-04-12T18:00:00+07:00").events
    assert ("participant", "Nguyễn Văn Thông") in {(p.role, p.name) for p in inspection.participants}


def test_a_province_holding_a_ceremony_is_its_agent():
    # hand-made probe (h8 findings §4): "tỉnh Nghệ An tổ chức lễ khánh thành …": the province's authorities hold it
    (ceremony,) = extractor.extract("Sáng 30/4, tỉnh Nghệ An tổ chức lễ khánh thành cầu Cửa Hội.",
                                    published_at="2024-04-12T10:00:00+07:00").events
    assert ceremony.type == "CEREMONY" and ceremony.time == "2024-04-30"
    assert [(p.role, p.name, p.kind) for p in ceremony.participants] == [("agent", "tỉnh Nghệ An", "organization")]


def test_a_guest_named_far_after_the_ceremony_by_a_long_cue_takes_part():
    # hand-made probe (h8 findings §4): the gap is counted before the cue "với sự tham dự của"
    (ceremony,) = extractor.extract("Sáng 2/9, tại Quảng trường Ba Đình, Hà Nội đã diễn ra lễ kỷ niệm 79 năm Quốc khánh với "
                                    "sự tham dự của Tổng Bí thư Tô Lâm.", published_at="2024-09-03T10:00:00+07:00").events
    assert ceremony.type == "CEREMONY" and ceremony.location == "Quảng trường Ba Đình"
    assert ("participant", "Tô Lâm") in {(p.role, p.name) for p in ceremony.participants}


def test_a_storm_with_its_dead_counted_is_a_disaster():
    # hand-made probe (h8 findings §4): no victim named, the toll stands for them; the storm after it, with no toll, is none
    events = extractor.extract("Cơn bão số 3 (Yagi) đổ bộ vào tỉnh Quảng Ninh ngày 7/9 đã làm 5 người chết và hàng nghìn "
                               "ngôi nhà bị tốc mái. Mưa lũ sau bão gây sạt lở đất tại tỉnh Lào Cai.",
                               published_at="2024-09-10T10:00:00+07:00").events
    assert [(e.type, e.trigger.text, e.time) for e in events] == [("DISASTER", "bão", "2024-09-07")]


def test_a_trigger_inside_a_set_noun_phrase_is_no_event(news):
    # h9 findings §1: "Phiếu trả lời" (an answer sheet), "lời cảnh cáo" (a warning), "biển thông báo" (a notice board)
    for article, trigger in [("vietnews-014423", "trả lời"), ("vietnews-011209", "cảnh cáo"), ("vietnews-015498", "thông báo")]:
        text = news[article]["text"]
        start = {"trả lời": text.find("Phiếu trả lời") + 6, "cảnh cáo": text.find("lời cảnh cáo") + 4,
                 "thông báo": text.find("biển thông báo") + 5}[trigger]
        assert start > 6
        assert not [e for e in extractor.extract(text).events if e.trigger.start == start], article


def test_the_subject_of_a_passive_or_of_an_object_first_trigger_after_a_clause_opener_is_no_doer(news):
    # h9 findings §1: "Trần Đức Minh … bị đề nghị mức án" (the defendant, not the one proposing; vietnews-016920),
    # "Donald Trump làm gì sau khi đắc cử tổng thống Mỹ?" (Trump is elected; vietnews-011820)
    text = news["vietnews-016920"]["text"]
    proposed = text.find("bị đề nghị mức án") + 3
    assert not [e for e in extractor.extract(text).events if e.trigger.start == proposed]
    # (the article gives that headline as a link, "Xem thêm: …", which is page furniture: read here without its marker)
    text = news["vietnews-011820"]["text"].replace("Xem thêm: ", "")
    elected = text.find("sau khi đắc cử tổng thống Mỹ?") + 8
    [event] = [e for e in extractor.extract(text).events if e.trigger.start == elected]
    assert {(p.role, p.name) for p in event.participants} == {("appointee", "Donald Trump")}


def test_bat_before_a_person_and_a_verb_forces_and_arrests_nobody(news):
    # h9 findings §1: "… đấm, đánh, bắt ông Thân ngồi lên xe máy" (vietnews-016744): Thân is the victim, forced to sit
    text = news["vietnews-016744"]["text"]
    forced = text.find("bắt ông Thân ngồi")
    assert forced > 0
    assert not [e for e in extractor.extract(text).events if e.trigger.start == forced]
    assert ("LEGAL", "bắt") in {(t, w) for t, w, _, _ in _events("Tin\n\nNgày 3/5, Công an huyện Vũ Quang bắt ông Nguyễn Văn Thân.")}


def test_a_name_ending_an_apposition_between_dashes_is_not_the_doer(news):
    # h9 findings §1: "Ông Nguyễn Quốc Toản - phó trưởng phòng thuế xuất nhập khẩu, Cục Hải quan TP. HCM - phát biểu
    # tại hội nghị" (a caption of vietnews-018327): Toản speaks, the department says whose deputy he is
    text = news["vietnews-018327"]["text"]
    spoke = text.find("HCM - phát biểu tại hội nghị") + 6
    [event] = [e for e in extractor.extract(text).events if e.trigger.start == spoke]
    assert {(p.role, p.name) for p in event.participants} == {("speaker", "Nguyễn Quốc Toản")}


def test_a_form_of_address_after_doi_voi_makes_the_person_named_before_the_one_it_falls_on(news):
    # h9 findings §1: "ông Hà cũng cho rằng quyết định bãi nhiệm chức danh Tổng giám đốc đối với ông là …"
    # (vietnews-013702): Hà is the man dismissed, VEAM dismissed him
    dismissals = [e for e in extractor.extract(news["vietnews-013702"]["text"]).events if e.trigger.text == "bãi nhiệm"]
    assert dismissals
    assert all(("agent", "Trần Ngọc Hà") not in {(p.role, p.name) for p in e.participants} for e in dismissals)
    assert ("appointee", "Trần Ngọc Hà") in {(p.role, p.name) for e in dismissals for p in e.participants}


def _roles_at(text, phrase, offset=0):
    """The (role, name) pairs of the events whose trigger starts at ``phrase`` (+ offset) in ``text``."""
    at = text.find(phrase)
    assert at >= 0, phrase
    return [{(p.role, p.name) for p in e.participants} for e in extractor.extract(text).events if e.trigger.start == at + offset]


def test_the_addressee_after_gui_and_the_principal_after_thua_lenh_are_no_doers(news):
    # vietnews-004254: "Bộ Y tế đã có công văn gửi Sở Y tế tỉnh Thừa Thiên - Huế yêu cầu xác minh": the ministry asks;
    # "Công văn này do ông Nguyễn Xuân Trường - chánh văn phòng Bộ Y tế - thừa lệnh bộ trưởng ký": Trường signs
    text = news["vietnews-004254"]["text"]
    [asked] = _roles_at(text, "yêu cầu xác minh và xử lý chủ sở hữu")
    assert ("speaker", "Bộ Y tế") in asked and not {n for r, n in asked if r == "speaker"} & {"Sở Y tế tỉnh Thừa Thiên - Huế"}
    [signed] = _roles_at(text, "ký, đồng thời khẳng định")
    assert signed == {("agent", "Nguyễn Xuân Trường")}
    # vietnews-002932: "Hội đã có công văn gửi Thường trực Hội Nhà báo Việt Nam đề nghị": the addressee proposes nothing
    text = news["vietnews-002932"]["text"]
    assert all(("speaker", "Thường trực Hội Nhà báo Việt Nam") not in roles for roles in _roles_at(text, "đề nghị sớm có ý kiến"))


def test_a_newspaper_arrests_and_searches_nobody(news):
    # vietnews-012910: "Công an quận Đống Đa, TP. Hà Nội căn cứ vào những tài liệu mà PV báo Người Đưa Tin cung cấp, …
    # đã mật phục và bắt quả tang": the police arrest, the paper supplied the documents
    text = news["vietnews-012910"]["text"]
    [arrest] = _roles_at(text, "bắt quả tang, đưa 4 đối tượng")
    assert ("agent", "Công an quận Đống Đa") in arrest and not any("Người Đưa Tin" in n for _, n in arrest)
    # vietnews-009839: "Khám xét nơi ở của y, cảnh sát phát hiện …, theo Fox News": the outlet credits the report
    text = news["vietnews-009839"]["text"]
    assert all(("agent", "Fox News") not in roles for roles in _roles_at(text, "Khám xét nơi ở của y"))


def test_a_name_in_an_address_bracket_or_the_object_of_the_verb_before_is_no_doer(news):
    # vietnews-016540: "PC45 phối hợp với Công an quận Tân Phú kiểm tra Trung tâm Dream Game (lầu 3, trung tâm AEON Mall,
    # đường Bờ Bao Tân Thắng, Tân Phú), tạm giữ bốn đối tượng": neither the mall of the address nor the centre checked holds
    text = news["vietnews-016540"]["text"]
    for roles in _roles_at(text, "tạm giữ bốn đối tượng"):
        assert not {n for r, n in roles if r == "agent"} & {"trung tâm AEON Mall", "Trung tâm Dream Game"}
    # hand-made: the doer named before the checked firm and its address holds the man
    assert ("LEGAL", "tạm giữ", {("agent", "Công an huyện Vũ Quang"), ("suspect", "Nguyễn Văn Thân")}) in [
        (t, w, roles) for t, w, _, roles in _events(
            "Tin tức\n\nNgày 3/5, Công an huyện Vũ Quang kiểm tra Công ty Hoàng Long (đường Trần Phú, thị trấn Vũ Quang), "
            "tạm giữ ông Nguyễn Văn Thân.")]


def test_the_objects_of_a_meeting_stop_at_another_happening_named_after_them(news):
    # h9 findings §1, vietnews-012785: "Trump nói trong cuộc họp báo với Tổng thống Hàn Quốc Moon Jae - in sau cuộc hội
    # đàm riêng với lãnh đạo Triều Tiên Kim Jong-un": Kim took part in the talk, not in the press conference
    text = news["vietnews-012785"]["text"]
    [press] = _roles_at(text, "họp báo với Tổng thống Hàn Quốc")
    assert ("participant", "Moon Jae - in") in press and ("participant", "Kim Jong-un") not in press


def test_one_giving_an_opinion_on_a_happening_named_after_the_verb_takes_no_part_in_it(news):
    # h9 findings §1, vietnews-018823: "Bà Joanna Lee, 35 tuổi, làm việc trong lĩnh vực marketing, cho rằng cuộc hội đàm
    # thượng đỉnh sẽ …": a marketing worker's opinion of the summit
    text = news["vietnews-018823"]["text"]
    assert all(("participant", "Joanna Lee") not in roles for roles in _roles_at(text, "hội đàm thượng đỉnh sẽ"))
    # hand-made: the one who met the body named after the trigger still takes part
    assert ("MEETING", {("participant", "Nguyễn Văn Phương"), ("participant", "Bộ Giao thông vận tải")}) in [
        (t, roles) for t, _, _, roles in _events("Tin\n\nChiều 8/1, ông Nguyễn Văn Phương có cuộc làm việc với Bộ Giao thông vận tải.")]


def test_the_age_for_reappointment_and_the_next_of_its_series_are_no_appointments(news):
    # h9 findings §1, vietnews-020521: "chính sách với cán bộ không đủ tuổi tái bổ nhiệm, tái cử giữ các chức danh lãnh
    # đạo": a category of officials a policy covers, nobody is re-elected
    text = news["vietnews-020521"]["text"]
    assert not _roles_at(text, "tái cử giữ các chức danh")
    assert not _roles_at(text, "tái bổ nhiệm, tái cử")
    # hand-made: a re-appointment told stays one
    assert ("APPOINTMENT", "tái bổ nhiệm") in {(t, w) for t, w, _, _ in _events(
        "Tin\n\nNgày 3/5, Ban Thường vụ Tỉnh ủy đã tái bổ nhiệm ông Nguyễn Văn Thân giữ chức Giám đốc Sở Nội vụ.")}


def test_working_together_is_no_meeting(news):
    # h9 findings §1, vietnews-011820: "… xích lại gần nhau, làm việc cùng nhau để đối phó với nhiều thách thức": an
    # exhortation to work together
    text = news["vietnews-011820"]["text"]
    assert not _roles_at(text, "làm việc cùng nhau để đối phó")
    # hand-made: working with a body named is a meeting
    assert "MEETING" in {t for t, _, _, _ in _events("Tin\n\nChiều 8/1, ông Nguyễn Văn Phương làm việc cùng Bộ Giao thông vận tải.")}


def test_a_power_handed_over_is_no_award(news):
    # h9 findings §1, vietnews-012677: "quyền phát động chiến tranh từ nay sẽ được trao cho Uỷ ban An ninh"
    text = news["vietnews-012677"]["text"]
    assert not _roles_at(text, "trao cho Uỷ ban An ninh")
    # hand-made: a prize handed over stays one, also with "quyền" inside another word before it ("chính quyền")
    for sentence in ("Ngày 3/5, ông Nguyễn Văn Thân được trao Huân chương Lao động hạng Nhất.",
                     "Ngày 3/5, cán bộ chính quyền xã là ông Nguyễn Văn Thân được trao Huân chương Lao động hạng Nhất."):
        assert ("AWARD", {("recipient", "Nguyễn Văn Thân")}) in [(t, roles) for t, _, _, roles in _events("Tin\n\n" + sentence)]


def test_one_fire_named_again_with_its_story_day_is_one_event(news):
    # h9 findings §1, vietnews-016786: "Các nạn nhân của vụ cháy … ông Nguyễn Thông Thăng …. Nạn nhân thứ 5 bị cháy đen …
    # là ông Trần Văn Quốc": one fire of 12-3, both victims in it
    fires = [e for e in extractor.extract(news["vietnews-016786"]["text"]).events if e.type == "ACCIDENT"]
    assert len(fires) == 1
    assert {("victim", "Nguyễn Thông Thăng"), ("victim", "Trần Văn Quốc")} <= {(p.role, p.name) for p in fires[0].participants}


def test_a_ruling_annulled_concerns_the_one_named_after_it_and_a_subordinate_clause_keeps_its_subject(news):
    # h9 findings §1, vietnews-015554: "Ngay sau khi Toà án nhân dân TP. Hà Nội tuyên huỷ quyết định thu hồi bằng tiến
    # sĩ với ông Hoàng Xuân Quế của Bộ Giáo dục - Đào tạo, tối 14-12, Bộ đã phát đi thông báo …": Quế won his suit (no
    # suspect), and the ministry, not the court, issues the notice
    text = news["vietnews-015554"]["text"]
    [annulled] = _roles_at(text, "tuyên huỷ quyết định thu hồi bằng tiến sĩ với")
    assert ("suspect", "Hoàng Xuân Quế") not in annulled and ("agent", "Toà án nhân dân TP. Hà Nội") in annulled
    for roles in _roles_at(text, "phát đi thông báo “không chấp nhận"):
        assert ("agent", "Toà án nhân dân TP. Hà Nội") not in roles and ("agent", "Bộ") not in roles
    # vietnews-000008: "tuyên huỷ toàn bộ bản án sơ thẩm vụ bị cáo Trần Thị Tuyết": the defendant stays the suspect
    text = news["vietnews-000008"]["text"]
    assert any(("suspect", "Trần Thị Tuyết") in roles for roles in _roles_at(text, "tuyên huỷ toàn bộ bản án sơ thẩm"))


def test_the_doer_of_a_passive_told_before_takes_no_part_in_the_next_passive(news):
    # h9 findings §1, vietnews-014017: "Tuyến đường sắt … được Thủ tướng Chính phủ chấp thuận chủ trương đầu tư từ đầu
    # năm 2004 và được khởi công từ năm 2007": the government approved; nobody named broke ground
    text = news["vietnews-014017"]["text"]
    assert all(("participant", "Chính phủ") not in roles for roles in _roles_at(text, "khởi công từ năm 2007"))


def test_a_preposition_governs_a_name_past_its_description(news):
    # vietnews-016920: "… tạo điều kiện cho bị cáo Trần Đức Minh thực hiện hành vi chiếm đoạt nên đề nghị tuyên các bị
    # cáo mức án 3 - 5 năm tù": the prosecution proposes, not the defendant it names after "cho bị cáo"
    text = news["vietnews-016920"]["text"]
    assert all(("speaker", "Trần Đức Minh") not in roles for roles in _roles_at(text, "đề nghị tuyên các bị cáo mức án 3"))


def test_a_name_before_xay_ra_is_where_it_happened_not_who_did_it(news):
    # h9 findings §1, vietnews-012910: "Gara ô tô Quang Vinh xảy ra vụ việc nhân viên rửa xe trộm cắp tài sản của khách"
    text = news["vietnews-012910"]["text"]
    assert all(("suspect", "Quang Vinh") not in roles for roles in _roles_at(text, "trộm cắp tài sản của khách"))
    # vietnews-003698: "Trường THCS Long Hoà, nơi xảy ra vụ việc thầy Thọ đánh đập học sinh": the teacher named after
    text = news["vietnews-003698"]["text"]
    assert ("suspect", "Lê Trường Thọ") in _roles_at(text, "đánh đập học sinh không thuộc bài")[0]
    # vietnews-016920: "đại diện Viện kiểm sát … tại phiên toà xét xử vụ án … xảy ra tại Công ty … đã luận tội và đề nghị
    # các mức án": "xảy ra" there belongs to the case, the prosecution still proposes
    text = news["vietnews-016920"]["text"]
    assert ("speaker", "Viện kiểm sát") in _roles_at(text, "đề nghị các mức án với 7 bị cáo")[0]


def test_a_name_before_do_is_no_doer_of_the_verb_after_it(news):
    # vietnews-010224: "họ bị bắt sau khi đến một bữa tối do cảnh sát ở Yangon chủ trì": the police host the dinner
    text = news["vietnews-010224"]["text"]
    assert all(("chair", "Wa Lone") not in roles for roles in _roles_at(text, "chủ trì."))
    # hand-made: the "do" of "tự do" (free) is no such word
    assert ("SPEECH", {("speaker", "Hội Nhà báo tỉnh Khánh Hòa")}) in [(t, roles) for t, _, _, roles in _events(
        "Tin\n\nNgày 3/5, Hội Nhà báo tỉnh Khánh Hòa vì tự do báo chí đã kêu gọi các cơ quan vào cuộc.")]


def test_a_house_of_detention_is_no_detention(news):
    # vietnews-002399: "… được niêm yết tại trại giam, trại tạm giam, nhà tạm giữ, UBND cấp xã nơi người được đặc xá cư
    # trú": places where the decision is posted
    assert not _roles_at(news["vietnews-002399"]["text"], "tạm giữ, UBND cấp xã", offset=0)


def test_the_body_whose_head_acts_is_no_doer(news):
    # vietnews-003483: "Người đứng đầu Chính phủ đề nghị …": the prime minister proposes, not the government
    assert all(("speaker", "Chính phủ") not in roles for roles in _roles_at(news["vietnews-003483"]["text"], "đề nghị những người tham gia"))
    # vietnews-006384: "người đứng đầu bệnh viện Salisbury, Anh hôm qua 6/4 cũng xác nhận": the hospital's head confirms
    text = news["vietnews-006384"]["text"]
    assert all(("agent", "bệnh viện Salisbury") not in roles for roles in _roles_at(text, "thông báo đã hồi phục"))


def test_a_medium_interviewing_after_a_meeting_takes_no_part_in_it(news):
    # vietnews-004579: "Trả lời Đài truyền hình quốc gia Trung Quốc sau cuộc điện đàm, ông Tập cho biết …"
    text = news["vietnews-004579"]["text"]
    assert all(("participant", "Đài truyền hình quốc gia Trung Quốc") not in roles for roles in _roles_at(text, "cuộc điện đàm, ông Tập"))
    # vietnews-016473: "Trao đổi với phóng viên Tuổi Trẻ Online tại Singapore sau cuộc gặp với ông Phan Van Anh Vu"
    text = news["vietnews-016473"]["text"]
    [met] = _roles_at(text, "cuộc gặp với ông Phan Van Anh Vu")
    assert ("participant", "Tuổi Trẻ Online") not in met and ("participant", "Phan Văn Anh Vũ") in met


def test_a_name_outside_the_quotation_holding_a_passive_trigger_is_not_what_it_falls_on(news):
    # vietnews-005850: "Bà đã nói tương tự câu của Bộ trưởng Nội vụ Rudd: " Tôi chưa bao giờ nghĩ … khi ai đó đưa ra sự
    # suy đoán về một hoạt động đang được điều tra "": an activity under investigation, Rudd is no suspect
    text = news["vietnews-005850"]["text"]
    assert all(("suspect", "Amber Rudd") not in roles for roles in _roles_at(text, "điều tra \""))


def test_a_verb_after_su_and_a_crime_naming_a_ring_are_no_happenings(news):
    # vietnews-000951: "Lê Thị Ngọc Mai … đóng vai vợ của chủ đầu tư theo sự phân công của Tấn" (an assignment as a
    # noun) and "Nguyễn Thị Tuyết Nhi (một thành viên trong nhóm lừa đảo)" (a scam ring)
    text = news["vietnews-000951"]["text"]
    assert not _roles_at(text, "phân công của Tấn")
    assert not _roles_at(text, "lừa đảo).")


def test_an_agreement_named_before_the_trigger_is_what_it_tells_of(news):
    # vietnews-004909: "Tổng thống Donald Trump tuyên bố rút khỏi thoả thuận hạt nhân đã ký kết giữa Iran và các cường
    # quốc"; vietnews-007814: "… rút khỏi thoả thuận hạt nhân Iran được ký kết năm 2015 dưới thời … Barack Obama"
    for article, phrase in (("vietnews-004909", "ký kết giữa Iran"), ("vietnews-007814", "ký kết năm 2015")):
        assert all(("agent", "Donald Trump") not in roles for roles in _roles_at(news[article]["text"], phrase)), article
    # hand-made: a signer named before an agreement it signs after stays its signer
    assert ("SIGNING", {("agent", "Công ty Hoàng Long")}) in [(t, roles) for t, _, _, roles in _events(
        "Tin\n\nNgày 3/5, Công ty Hoàng Long đã ký hợp đồng với tỉnh.")]


def test_one_citing_a_statement_did_not_make_it(news):
    # vietnews-007882: "Sky News dẫn thông báo từ cảnh sát Anh cho biết"; vietnews-008207: "Sputnik dẫn thông cáo từ tập
    # đoàn nhà nước Rostec của Nga hôm qua cho biết"
    for article, phrase, outlet in (("vietnews-007882", "thông báo từ cảnh sát Anh", "Sky News"),
                                    ("vietnews-008207", "thông cáo từ tập đoàn", "Sputnik")):
        assert all(("agent", outlet) not in roles for roles in _roles_at(news[article]["text"], phrase)), article


def test_the_possessor_of_what_the_trigger_names_is_not_whom_it_falls_on(news):
    # vietnews-005996: "Lần đầu tiên một người Việt Nam được trao giải thưởng của Quỹ môi trường Goldman (Mỹ)"
    text = news["vietnews-005996"]["text"]
    assert all(("recipient", "Quỹ môi trường Goldman") not in roles for roles in _roles_at(text, "trao giải thưởng của Quỹ"))
    # vietnews-001664: "… không ngừng lặp đi lặp lại điều tra trợ lý trước đây của Thôi Vĩnh Nguyên": his assistant
    text = news["vietnews-001664"]["text"]
    assert all(("suspect", "Thôi Vĩnh Nguyên") not in roles for roles in _roles_at(text, "điều tra trợ lý trước đây"))


def test_an_order_to_attack_is_no_attack(news):
    # vietnews-006815: "Ông Trump đã phát lệnh tấn công tên lửa đáp trả tuy nhiên lệnh này được huỷ vào phút cuối"
    assert not _roles_at(news["vietnews-006815"]["text"], "tấn công tên lửa đáp trả")


def test_the_subject_of_an_object_first_trigger_is_the_one_it_falls_on(news):
    # vietnews-009083: "Văn phòng Tổng thống Mexico thông báo Bộ trưởng … Josefa Gonzalez Blanco Ortiz Mena ngày 25/5 nộp
    # đơn từ chức": she resigns (appointee), she appoints nobody
    text = news["vietnews-009083"]["text"]
    [resigned] = _roles_at(text, "từ chức.")
    assert resigned == {("appointee", "Josefa Gonzalez Blanco Ortiz Mena")}
    # vietnews-008708: "New York Times thống kê trong 100 ngày đầu tiên sau khi nhậm chức, Tổng thống Trump …": the paper
    # is no party to the inauguration
    text = news["vietnews-008708"]["text"]
    assert all(("agent", "New York Times") not in roles for roles in _roles_at(text, "nhậm chức, Tổng thống Trump"))


def test_an_age_apposition_and_a_shared_subject_keep_an_object_first_trigger(news):
    # vietnews-007196: "Ông Duterte, 71 tuổi, trúng cử Tổng thống vào hồi tháng 5": an age, no rule on age (h9 §1's "không
    # đủ tuổi tái cử" is one)
    [elected] = _roles_at(news["vietnews-007196"]["text"], "trúng cử Tổng thống")
    assert elected == {("appointee", "Rodrigo Duterte")}
    # vietnews-009156: "Hồ Hoài Bang trở thành chủ tịch Ngân hàng Phát triển Trung Quốc (CDB) từ năm 2013 cho tới khi từ
    # chức vào tháng 9/2018": the clause after "cho tới khi" shares his subject; he resigns
    [resigned] = _roles_at(news["vietnews-009156"]["text"], "từ chức vào tháng 9/2018")
    assert resigned == {("appointee", "Hồ Hoài Bang")}


def test_the_owner_of_a_home_searched_and_a_cause_after_do_keep_their_roles(news):
    # vietnews-016475: "Khám xét nhanh chỗ ở của Nghiệp, lực lượng công an phát hiện …": his home is searched
    [searched] = _roles_at(news["vietnews-016475"]["text"], "Khám xét nhanh chỗ ở")
    assert ("suspect", "Tô Thành Nghiệp") in searched
    # vietnews-016926: "Cường khai nhận do ghen tuông nên đã ra tay sát hại bà M.": "do" gives the cause, Cường kills; the
    # killing told first as "nghi phạm giết người tình" (one_happening) takes bà M. from that sentence only when it shares
    # its doer
    [killed] = _roles_at(news["vietnews-016926"]["text"], "giết người tình đã")
    assert {("suspect", "Phạm Quốc Cường"), ("victim", "L.T. M.")} <= killed


def test_su_ending_another_word_names_no_activity(news):
    # vietnews-016628: "… đã khởi tố vụ án hình sự, tạm giữ hình sự Lương Công Hiếu": "hình sự" is one word, the police
    # hold him (the headline's "tạm giữ" takes this one's agent and day)
    [held] = _roles_at(news["vietnews-016628"]["text"], "tạm giữ lái xe")
    assert {("suspect", "Lương Công Hiếu"), ("agent", "Công an TP Hà Giang")} <= held


def test_telling_someone_with_no_issuer_named_is_no_issuance(news):
    # vietnews-000574: "… ngay lập tức đối tượng thông báo cho Linh và Dũng biết": a man tells his accomplices
    assert not _roles_at(news["vietnews-000574"]["text"], "thông báo cho Linh và Dũng")
    # hand-made: a body's notice stays one
    assert ("ISSUANCE", {("agent", "UBND tỉnh Bình Thuận")}) in [(t, roles) for t, _, _, roles in _events(
        "Tin\n\nNgày 12/6, UBND tỉnh Bình Thuận ra thông báo về việc tạm dừng dự án.")]


def test_the_one_a_crime_named_after_vu_fell_on_and_a_name_in_a_bracket_are_no_suspects(news):
    # vietnews-002077: "… đã bắt giữ 8 đối tượng liên quan vụ sát hại nữ sinh viên Cao Mỹ Duyên": she is the murdered one
    text = news["vietnews-002077"]["text"]
    [arrested] = _roles_at(text, "bắt giữ 8 đối tượng")
    assert ("suspect", "Cao Mỹ Duyên") not in arrested
    assert ("agent", "Cơ quan cảnh sát điều tra Công an tỉnh Điện Biên") in arrested
    # "Bùi Kim Thu (SN 1975, ở đội 11, …, huyện Điện Biên - vợ Công) bị khởi tố …": she is charged, not her husband (Bùi
    # Văn Công, charged before), so "khởi tố bị can, bắt tạm giam thêm 3 đối tượng" does not take him
    [charged] = _roles_at(text, "khởi tố bị can, bắt tạm giam thêm")
    assert ("suspect", "Bùi Kim Thu") in charged and ("suspect", "Bùi Văn Công") not in charged


def test_a_name_related_to_a_passives_subject_is_not_the_one_it_falls_on(news):
    # vietnews-003603: "hai cán bộ liên quan đến việc ký, xét duyệt hồ sơ ông Hoa bị nhầm lẫn đã bị điều chuyển công
    # tác": the two officials are moved; Hoa, the wronged veteran, is not
    text = news["vietnews-003603"]["text"]
    assert all(("appointee", "Trịnh Xuân Hoa") not in roles for roles in _roles_at(text, "điều chuyển công tác, hạ bậc"))
    # hand-made: a relation word that opens the clause leaves the subject after it
    assert ("suspect", "Nguyễn Văn Bình") in _events("Tin\n\nLiên quan đến vụ việc, ông Nguyễn Văn Bình đã bị bắt giữ.")[0][3]


def test_the_subject_of_a_clause_opened_by_khi_proposes_not_the_one_who_reports_it(news):
    # vietnews-005350: "Bloomberg hé lộ tín hiệu … khi Trung Quốc đã đề xuất kế hoạch tăng mua hàng Mỹ": China proposes
    text = news["vietnews-005350"]["text"]
    assert all(("speaker", "Bloomberg Economics") not in roles for roles in _roles_at(text, "đề xuất kế hoạch tăng mua"))


def test_the_addressee_of_a_letter_sent_is_no_speaker(news):
    # vietnews-014115: "cục Thuế TP. HCM cũng đã gửi công văn đến cục Thuế tỉnh Quảng Nam đề nghị xác minh": the sender asks,
    # the addressee is asked (_addressees_before)
    [asked] = _roles_at(news["vietnews-014115"]["text"], "đề nghị xác minh về thông tin")
    assert asked == {("speaker", "cục Thuế TP. HCM"), ("participant", "cục Thuế tỉnh Quảng Nam")}


def test_the_subject_of_a_fronted_purpose_clause_is_no_doer(news):
    # vietnews-013937: "Để HAGL phát triển nhanh …, Thaco cam kết … huy động vốn đầu tư": Thaco invests, not HAGL
    text = news["vietnews-013937"]["text"]
    assert all(("agent", "Tập đoàn Hoàng Anh Gia Lai") not in roles for roles in _roles_at(text, "đầu tư vào việc chăm sóc"))


def test_the_time_and_place_of_a_happening_told_as_a_point_of_reference_are_not_the_events(news):
    # vietnews-000468: "sau hơn 1 năm sát hại nữ sinh … ở phố Nguyễn Phúc Lai vào buổi tối, ngày 12/7, Nguyễn Anh Tú …
    # được đưa ra xét xử sơ thẩm": the evening and the street are the killing's, the trial is a year later
    text = news["vietnews-000468"]["text"]
    at = text.find("xét xử sơ thẩm. Nguy")
    [trial] = [e for e in extractor.extract(text).events if e.trigger.start == at]
    assert ("suspect", "Nguyễn Anh Tú") in {(p.role, p.name) for p in trial.participants}
    assert trial.time != "XXXX-07-12" and trial.location != "phố Nguyễn Phúc Lai"


def test_a_facility_named_after_a_location_cue_is_where_it_happened(news):
    # vietnews-000596: "công an đã ập vào bắt giữ Randall Kyne … khi đang lấy tiền từ bà C. tại khách sạn Sheraton": the
    # hotel, which the entity layer does not tag, is the arrest's place; vietnews-012764: a name joined by spaced dashes
    text = news["vietnews-000596"]["text"]
    at = text.find("bắt giữ Randall")
    [arrest] = [e for e in extractor.extract(text).events if e.trigger.start == at]
    assert arrest.location == "khách sạn Sheraton"
    text = news["vietnews-012764"]["text"]
    [meeting] = [e for e in extractor.extract(text).events if e.trigger.text == "cuộc gặp"]
    assert meeting.location == "khu nghỉ dưỡng Mar - a - Lago"
    # hand-made: a capitalised word after a dash that opens an apposition is no part of the name; no capital, no facility
    events = extractor.extract("Tin tức\n\nNgày 3/5, Công an quận 1 đã bắt giữ Nguyễn Văn An tại khách sạn Rex - nơi "
                               "An thuê phòng. Ngày 4/5, Công an quận 3 bắt giữ Trần Văn Bình tại một khách sạn nhỏ.").events
    assert [e.location for e in events if e.type == "LEGAL"] == ["khách sạn Rex", None]


def test_tai_day_gives_the_place_named_before(news):
    # vietnews-016671: "Người này đã lừa cháu L. lên xe, chở đến khu rừng keo tại xã Phú Thọ (huyện Quế Sơn). Tại đây, …
    # Quý đã dùng cây gỗ đánh đập cháu": the commune the cue governs, not the bracketed district
    text = news["vietnews-016671"]["text"]
    [beating] = [e for e in extractor.extract(text).events if e.trigger.text == "đánh đập"]
    assert beating.location == "xã Phú Thọ"
    # vietnews-016896: "… đưa về cơ quan điều tra. Tại đây, T. khai nhận chính là người đã giết bà Vân": where he confessed,
    # not where he killed (the town named in the sentence before is where he was found)
    text = news["vietnews-016896"]["text"]
    assert all(e.location != "thị xã Long Phước" for e in extractor.extract(text).events if e.trigger.text == "giết")


def test_the_sides_of_a_meeting_between_them_take_part(news):
    # vietnews-008493: "sau cuộc gặp thượng đỉnh ngày 27/4 giữa Tổng thống Hàn Quốc Moon Jae - in và lãnh đạo Triều Tiên
    # Kim Jong-un": both sides, on that day
    text = news["vietnews-008493"]["text"]
    [summit] = [e for e in extractor.extract(text).events if e.trigger.text == "cuộc gặp thượng đỉnh"]
    assert summit.time == "XXXX-04-27"
    assert {(p.role, p.name) for p in summit.participants} == {("participant", "Moon Jae - in"), ("participant", "Kim Jong-un")}


def test_a_happening_sap_toi_is_a_plan(news):
    # vietnews-012203: "Cuộc gặp tập trung vào hội nghị thượng đỉnh sắp tới giữa Kim Jong-un và Tổng thống Mỹ Donald Trump":
    # the upcoming summit, with no date, is no happening reported
    text = news["vietnews-012203"]["text"]
    at = text.find("hội nghị thượng đỉnh sắp tới")
    assert at > 0 and not [e for e in extractor.extract(text).events if e.trigger.start == at]


def test_a_scene_examination_takes_the_day_the_happening_was_found(news):
    # vietnews-016962: "Đến 8h ngày 29-11, gia đình tiếp tục tìm kiếm và phát hiện nạn nhân đã tử vong dưới ao cá. Công an
    # khám nghiệm hiện trường, …": the examination is dated by the finding told before it in its paragraph
    text = news["vietnews-016962"]["text"]
    [examination] = [e for e in extractor.extract(text).events if e.trigger.text == "khám nghiệm hiện trường"]
    assert examination.time == "XXXX-11-29"
    # hand-made: no day written before it in its paragraph, no day
    events = extractor.extract("Tin tức\n\nCông an tỉnh Trà Vinh đã khám nghiệm hiện trường vụ cháy nhà.").events
    assert [(e.trigger.text, e.time) for e in events] == [("khám nghiệm hiện trường", None)]


def test_two_visits_to_two_places_are_not_one(news):
    # vietnews-004498: "chủ tịch Kim đã thăm một trang trại sậy ở hạt Sindo" and "hồi tháng 6 ông Kim đã đến thăm Bắc Kinh":
    # one visitor, two places, two happenings (the June day is not the farm visit's)
    text = news["vietnews-004498"]["text"]
    visits = {(e.location, e.time) for e in extractor.extract(text).events if e.type == "VISIT"}
    assert ("Bắc Kinh", "XXXX-06") in visits and ("hạt Sindo", "XXXX-06") not in visits
    assert any(place == "hạt Sindo" and time is None for place, time in visits)


def test_a_name_in_the_bracket_after_a_listed_suspect_does_not_end_the_list(news):
    # vietnews-000574: "khởi tố bị can, bắt tạm giam đối với Lê Mạnh Thắng (còn gọi là Thắng đen, …), Vũ Ngọc Linh (tức Linh
    # tô, 32 tuổi) và Trần Ngọc Dũng (tức Dũng câm, 38 tuổi)": the nicknames in brackets say who each is, all three are charged
    text = news["vietnews-000574"]["text"]
    [charge] = [e for e in extractor.extract(text).events if e.trigger.text == "khởi tố bị can"]
    assert {p.name for p in charge.participants if p.role == "suspect"} == {"Lê Mạnh Thắng", "Vũ Ngọc Linh", "Trần Ngọc Dũng"}


def test_an_adverb_of_manner_after_a_fronted_subordinator_keeps_the_subject_after_the_comma(news):
    # vietnews-001383: "Sau khi xuất sắc giành được ngôi vị cao nhất tại cuộc thi Nữ hoàng sắc đẹp toàn cầu 2016, Ngọc Duyên
    # trở thành …": she won the title
    text = news["vietnews-001383"]["text"]
    won = [e for e in extractor.extract(text).events if e.trigger.text == "giành được"]
    assert [{(p.role, p.name) for p in e.participants} for e in won] == [{("recipient", "Ngọc Duyên")}]


def _events_at(text, phrase, offset=0):
    """The events whose trigger starts at ``phrase`` (+ offset) in ``text``."""
    at = text.find(phrase)
    assert at >= 0, phrase
    return [e for e in extractor.extract(text).events if e.trigger.start == at + offset]


def test_an_incident_told_as_taking_place_is_an_event_with_nobody_named(news):
    """Tester s11-h3, mechanism 8: an accident, a shooting or a fire with no named victim is the article's main event."""
    # vietnews-003348: "Ngày 10-3, một vụ tai nạn giao thông giữa xe máy và xe khách xảy ra trên đường Trần Văn Xã"
    text = news["vietnews-003348"]["text"]
    [crash] = _events_at(text, "tai nạn giao thông giữa xe máy")
    assert (crash.type, crash.time, crash.location) == ("ACCIDENT", "XXXX-03-10", "đường Trần Văn Xã")
    # vietnews-004057: "Một vụ nổ súng đã xảy ra tại đường Nam Hải, phường Trung Sơn …", dated by the next sentence; a
    # shooting, a crime (OTHER) since session 21 (tester s21 #8; events-heldout9 010144's gold types its shooting OTHER)
    text = news["vietnews-004057"]["text"]
    [shooting] = _events_at(text, "nổ súng đã xảy ra")
    assert (shooting.type, shooting.location) == ("OTHER", "đường Nam Hải")
    # vietnews-020445: "Khoảng 15h30 chiều 22/1, … thì ngọn lửa bùng phát tại nhà kho chứa vải nguyên liệu may mặc", the
    # fire the summary told first ("Ngọn lửa bùng phát tại kho chứa hàng tấn vải …"): one fire, dated (session 19)
    text = news["vietnews-020445"]["text"]
    [fire] = _events_at(text, "Ngọn lửa bùng phát tại kho chứa")
    assert (fire.type, fire.time) == ("ACCIDENT", "XXXX-01-22")
    assert _events_at(text, "ngọn lửa bùng phát tại nhà kho") == []
    # vietnews-002960: "… trong vụ cháy xảy ra ở TP Cà Mau tối 29-8", then "ông Phan Hoàng Vũ … cho biết vụ hoả hoạn
    # xảy ra …": one fire, and who tells of it is no party to it
    fires = [e for e in extractor.extract(news["vietnews-002960"]["text"]).events if e.type == "ACCIDENT"]
    assert [(e.trigger.text, e.time, e.location, e.participants) for e in fires] == [("cháy", "XXXX-08-29", "TP Cà Mau", [])]


def test_an_incident_told_again_or_in_general_is_no_new_event(news):
    # vietnews-015475: "Thời điểm xảy ra tai nạn, …", "Hiện trường nơi xảy ra vụ tai nạn lật xe khách": the one told before
    text = news["vietnews-015475"]["text"]
    assert _events_at(text, "tai nạn, trên xe khách") == []
    assert _events_at(text, "tai nạn lật xe khách.") == []
    # vietnews-022305: "hàng loạt vụ tai nạn giao thông đã xảy ra": accidents in general
    assert _events_at(news["vietnews-022305"]["text"], "tai nạn giao thông đã xảy ra, người dân") == []


def test_event_words_in_another_sense_give_no_event(news):
    """Tester s11-h3, mechanism 3: a trigger word taken in a sense that tells no happening of its type."""
    def triggers(id_, phrase, offset=0):
        return [(e.type, e.trigger.text) for e in _events_at(news[id_]["text"], phrase, offset)]

    # vietnews-014974: "ông Thêm tiếp tục ra thăm hồ": a farmer looks at his own pond, no visit
    assert triggers("vietnews-014974", "thăm hồ thì tá hoả") == []
    # vietnews-001932: "Đàm Vĩnh Hưng gửi lời chúc mừng": words sent; vietnews-004774: "vỗ tay tán thưởng và chúc mừng ông"
    assert triggers("vietnews-001932", "chúc mừng bởi sự dàn dựng") == []
    assert triggers("vietnews-004774", "chúc mừng ông. Cảnh sát") == []
    # … but going to congratulate is a visit (vietnews-001816: "HH Đỗ Mỹ Linh đã đến chúc mừng NTK Linh Bùi")
    assert triggers("vietnews-001816", "chúc mừng NTK Linh Bùi") == [("VISIT", "chúc mừng")]
    # vietnews-017163: "bà Clinton trao cho ông Lavrov … cái nút đỏ": no prize; vietnews-017993: "trao hồ sơ đồ án"
    assert triggers("vietnews-017163", "trao cho ông Lavrov") == []
    assert triggers("vietnews-017993", "trao hồ sơ đồ án") == []
    # … while "trao huy chương" and "trao cho Vy danh hiệu này" stay awards
    # (the sentence alone: in the article every medal-giving is one award, the headline's, by the one Croatian president
    # written "Kolinda Grabar - Kitarovic" and "Kolinda Grabar Kitarovic")
    sentence = "Tổng thống Vladimir Putin cùng lãnh đạo của hai quốc gia trên đã lên sân khấu trao huy chương và chúc mừng từng cầu thủ"
    assert news["vietnews-011146"]["text"].count(sentence) == 1
    assert [(e.type, e.trigger.text) for e in extractor.extract(sentence + " của hai đội tuyển.").events] == [("AWARD", "trao")]
    assert triggers("vietnews-001692", "trao cho Vy danh hiệu") == [("AWARD", "trao")]
    # vietnews-022378: "lắp đặt hệ thống giám sát": a device; vietnews-018407: "hàng hoá nhập khẩu từ Trung Quốc": goods
    assert triggers("vietnews-022378", "giám sát tại một số điểm trọng yếu") == []
    assert triggers("vietnews-018407", "nhập khẩu từ Trung Quốc mỗi năm") == []


def test_a_person_going_to_a_country_visits_it(news):
    """Real sentences: a verb of motion with a country right after it is a visit of the person who goes ("cử cô Kim tới
    Hàn Quốc", vietnews-008816; "Khi tới Trung Quốc, ông Trump …", 007887); not the direction of another verb ("Trung
    Quốc xuất siêu lớn sang Việt Nam", 019097), nor, without a country, a verb a doer stands before ("Nguyễn Anh Tú đến
    Công an quận Đống Đa đầu thú", 000468: Tú surrenders)."""
    [visit] = _events_at(news["vietnews-008816"]["text"], "tới Hàn Quốc thể hiện")
    assert (visit.type, [(p.role, p.name) for p in visit.participants]) == ("VISIT", [("agent", "Kim Yo - jong")])  # "cô Kim": the woman
    [visit] = _events_at(news["vietnews-007887"]["text"], "tới Trung Quốc, ông Trump")
    assert (visit.type, [(p.role, p.name) for p in visit.participants]) == ("VISIT", [("agent", "Donald Trump")])
    assert _events_at(news["vietnews-019097"]["text"], "sang Việt Nam; đồng thời") == []
    [surrender] = _events_at(news["vietnews-000468"]["text"], "đầu thú hành vi")
    assert [(p.role, p.name) for p in surrender.participants] == [("suspect", "Nguyễn Anh Tú")]
    # hand-made: troops sent to a country are no one's visit
    assert "VISIT" not in {e[0] for e in _events("Tin\n\nNgày 5/3, Thổ Nhĩ Kỳ điều quân tới Iraq.")}
    # what a common noun names going there is no one's visit: a trip told as a noun ("Phương Lê cho biết chị quen Nong Poy
    # trong chuyến sang Thái Lan chụp ảnh", 001483: not Nong Poy's), goods (hand-made); "khi đến Nhật Bản" is (008666)
    assert "VISIT" not in {e.type for e in _events_at(news["vietnews-001483"]["text"], "sang Thái Lan chụp ảnh")}
    assert "VISIT" not in {e[0] for e in _events("Tin\n\nNgày 5/3, ông Nguyễn Văn Hùng cho biết doanh nghiệp xuất khẩu gạo sang Trung Quốc.")}
    [visit] = _events_at(news["vietnews-008666"]["text"], "đến Nhật Bản")
    assert (visit.type, [(p.role, p.name) for p in visit.participants]) == ("VISIT", [("agent", "Melania Trump")])


def test_an_order_given_is_a_directive_but_an_order_to_prosecute_is_the_police_act(news):
    """Real sentences: "ra lệnh" (to order) is a SPEECH directive of the one who orders ("Ngày 5/3/1979, Chủ tịch nước Tôn
    Đức Thắng ra lệnh tổng động viên toàn quốc", vietnews-019054); an order to prosecute is the prosecution, told by its
    own trigger, no second event ("Bộ Công an đã ra lệnh khởi tố bị can ông Phan Văn Anh Vũ", 016473)."""
    [order] = _events_at(news["vietnews-019054"]["text"], "ra lệnh tổng động viên")
    assert (order.type, order.time, [(p.role, p.name) for p in order.participants]) == \
        ("SPEECH", "1979-03-05", [("speaker", "Tôn Đức Thắng")])
    assert _events_at(news["vietnews-016473"]["text"], "ra lệnh khởi tố") == []


def test_a_couples_life_is_an_event_but_a_farewell_party_or_a_wish_is_not(news):
    """Real sentences: a relationship made public or ended is an OTHER event of those who live it ("Tháng 11/2016, Hoài
    Lâm công khai hẹn hò Lư Bảo Hoàng Ngọc", events-heldout7 001862; "Ngọc Trang thông báo đã chia tay Lin Jay", 001770); a
    farewell meeting ("tổ chức gặp mặt chia tay cuối khoá", vietnews-022296) and a wish ("mong muốn được đối thoại với chính
    quyền", 022359) are none."""
    [dating] = _events_at(news["vietnews-001862"]["text"], "công khai hẹn hò")
    assert (dating.type, dating.time, dating.participants[0].name) == ("OTHER", "2016-11", "Hoài Lâm")
    [parting] = _events_at(news["vietnews-001770"]["text"], "chia tay Lin Jay")
    assert [(p.role, p.name) for p in parting.participants][:1] == [("agent", "Nguyễn Ngọc Trang")]
    assert _events_at(news["vietnews-022296"]["text"], "chia tay cuối khoá") == []
    assert _events_at(news["vietnews-022359"]["text"], "đối thoại với chính quyền") == []


def test_a_fronted_purpose_is_the_aim_of_a_done_act_and_a_bare_head_names_the_body_of_a_title(news):
    # vietnews-019652: "Giám đốc Sở Giao thông Vận tải Hải Phòng … . Để khắc phục, Sở đã yêu cầu nhà thầu xử lý các vết
    # nứt": the "Để …," adjunct is the request's aim, the request is made, and "Sở" is the department named in the title
    text = news["vietnews-019652"]["text"]
    [asked] = _roles_at(text, "yêu cầu nhà thầu xử lý các vết nứt")
    assert ("speaker", "Sở Giao thông Vận tải Hải Phòng") in asked
    # vietnews-015554: "tối 14-12, Bộ đã phát đi thông báo": the ministry named before ("… của Bộ Giáo dục - Đào tạo")
    text = news["vietnews-015554"]["text"]
    assert any(("agent", "Bộ Giáo dục và Đào tạo") in roles for roles in _roles_at(text, "phát đi thông báo “không chấp nhận"))


def test_a_fronted_clause_without_its_own_subject_takes_the_future_of_its_main_clause(news):
    # vietnews-019054: "Thời gian tới, khi công bố khung chương trình tổng thể, chương trình bộ môn, Bộ sẽ xem xét …": the
    # publication is planned, undated, so no event
    text = news["vietnews-019054"]["text"]
    assert _roles_at(text, "công bố khung chương trình tổng thể") == []
    # events-heldout4 vietnews-002942: "sau khi ban hành đề án trên, nhà hát này sẽ được khai thác …": planned too
    text = news["vietnews-002942"]["text"]
    assert _roles_at(text, "ban hành đề án trên, nhà hát") == []
    # vietnews-010602: "Sau khi Trump đắc cử, Hicks sẽ truyền tải …": a clause with its own subject is told of the past
    text = news["vietnews-010602"]["text"]
    assert any(("appointee", "Donald Trump") in roles for roles in _roles_at(text, "đắc cử, Hicks sẽ"))


def test_a_lapse_of_hours_opening_a_sentence_dates_its_act_by_the_story_day(news):
    # events-heldout2 vietnews-002374: "Khoảng 3h ngày 20-8, tổ công tác … tuần tra … . Sau nhiều giờ giằng co, lực lượng
    # biên phòng đã bắt giữ một ghe tải gỗ …": the arrest of the same day
    text = news["vietnews-002374"]["text"]
    at = text.find("bắt giữ một ghe tải gỗ")
    [arrest] = [e for e in extractor.extract(text).events if e.trigger.start == at]
    assert arrest.time == "XXXX-08-20"


def test_a_lapse_opening_is_hours_or_minutes_after_or_before_sau():
    # hand-made word lists (folded, as the rules read a sentence's opening)
    from extractor.pipeline import shared

    events = shared().get_pipe("vnx_events")
    for opening in ("sau nhiều giờ giằng co", "vài giờ sau thống đốc", "chỉ 30 phút sau khi cất cánh", "sau khoảng 45 phút tìm kiếm",
                    "hơn 3 giờ sau hiện trường"):
        assert events._lapse_opening(opening.split()), opening
    for opening in ("sau 4 năm", "nhiều giờ liền", "sau khi nhận tin báo", "30 phút"):
        assert not events._lapse_opening(opening.split()), opening


def test_a_story_day_does_not_reach_past_a_time_of_another_frame_but_a_birth_year_is_none(news):
    # events-heldout7 vietnews-016956: "Ngày 29-8, TAND TP Cần Thơ xử sơ thẩm … . Theo cáo trạng, từ năm 2014 - 2017, ông
    # Nguyễn Bá Phước nói dối … . Nhưng khi nhận tiền ông Phước... ôm tiền bỏ trốn.": the flight is not of the trial day
    text = news["vietnews-016956"]["text"]
    [fled] = _events_at(text, "bỏ trốn.")
    assert fled.time is None
    # vietnews-000109: "Trước đó, sáng ngày 7/9, Hoàng Văn Líu (SN 1970, …) … chém cháu Hoàng Văn V. … . Hậu quả, cháu V.
    # bị chém đứt bàn tay trái": a birth year is no other time, the wound is of the 7th
    text = news["vietnews-000109"]["text"]
    [cut] = _events_at(text, "chém đứt bàn tay trái")
    assert cut.time == "XXXX-09-07"


def test_a_sentence_opening_with_truoc_khi_takes_no_story_day(news):
    # events-heldout7 vietnews-001435: "Hôm 9/1 vừa qua, ông trải qua cuộc phẫu thuật ung thư gan. … Trước khi được chẩn
    # đoán mắc ung thư, Lý Triệu Cơ đã hai lần đột quỵ.": the strokes came before, on no written day
    text = news["vietnews-001435"]["text"]
    [strokes] = _events_at(text, "đột quỵ. Nam diễn viên")
    assert strokes.time is None and ("victim", "Lý Triệu Cơ") in {(p.role, p.name) for p in strokes.participants}
    # vietnews-002077: "… hãm hiếp từ đêm 30 đến đêm mồng 2 Tết … (từ ngày 4 đến 6-2). … Hiện công an đang khám nghiệm hiện
    # trường": the examination is done now, not in the crime's days
    text = news["vietnews-002077"]["text"]
    [examined] = _events_at(text, "khám nghiệm hiện trường để thu thập")
    assert examined.time is None


def test_a_count_after_a_dated_time_dates_the_events_of_its_sentence(news):
    """vietnews-009156 (events-heldout11): "… từ chức vào tháng 9/2018. Một tháng sau đó, tên ông xuất hiện trong vụ xét
    xử một quan chức cấp cao là Vương Tam Vận": the trial is of October 2018 (it had no time: a duration dates nothing)."""
    text = news["vietnews-009156"]["text"]
    [trial] = _events_at(text, "xét xử một quan chức cấp cao")
    assert (trial.type, trial.time) == ("LEGAL", "2018-10")
    [resignation] = _events_at(text, "từ chức vào tháng 9/2018")
    assert resignation.time == "2018-09"


def test_a_request_named_again_by_a_demonstrative_is_no_new_request(news):
    """vietnews-016570: "Gần ba tháng sau, TAND cấp cao tại Đà Nẵng mới vừa chuyển hồ sơ vụ án theo văn bản yêu cầu đó":
    the request of January 2019 told before, no request of the court's made three months later."""
    text = news["vietnews-016570"]["text"]
    assert not _events_at(text, "yêu cầu đó.")
    assert [e.time for e in _events_at(text, "yêu cầu TAND cấp cao tại Đà Nẵng chuyển hồ sơ")] == ["2019-01"]


def test_a_plural_group_of_bodies_stands_for_the_bodies_listed_before(news):
    # vietnews-012764 (events-heldout11): "Trung tâm Lưu trữ An ninh Quốc gia, Nhóm Công dân vì Trách nhiệm và Đạo đức ở
    # Washington (CREW) cùng Viện Nghiên cứu Tu chính án thứ Nhất Knight … thảo đơn kiện … . Đơn kiện nhằm vào Bộ An ninh
    # Nội địa, bởi các tổ chức tuyên bố mật vụ không cung cấp danh sách dù các bên đã đưa ra yêu cầu theo đạo luật":
    # the three that sued asked, not the department they sued (the body named last before the trigger)
    text = news["vietnews-012764"]["text"]
    [request] = _events_at(text, "yêu cầu theo đạo luật")
    speakers = {p.name for p in request.participants if p.role == "speaker"}
    assert "Bộ An ninh Nội địa" not in speakers
    assert {"Trung tâm Lưu trữ An ninh Quốc gia", "Nhóm Công dân vì Trách nhiệm và Đạo đức ở Washington"} <= speakers
    assert len(speakers) == 3
