"""Event detection (session 16): which triggers are reported as happenings, on sentences of the shared sample."""
import pytest

import extractor


def _events_at(text, phrase, trigger):
    """The events whose trigger ``trigger`` lies in the first ``phrase`` of ``text``."""
    at = text.find(phrase)
    assert at >= 0
    return [e for e in extractor.extract(text).events
            if at <= e.trigger.start < at + len(phrase) and e.trigger.text == trigger]


def test_a_case_fronted_as_the_passive_subject_is_what_an_investigation_is_about(news):
    # vietnews-016601: "Vụ việc vẫn đang được Cơ quan điều tra VKSND tối cao tiếp tục điều tra, củng cố hồ sơ …": the
    # case is investigated (needs_object: not "cùng điều tra" in general), by the body named before the verb
    (investigation,) = _events_at(news["vietnews-016601"]["text"], "Vụ việc vẫn đang được Cơ quan điều tra VKSND tối cao tiếp tục điều tra",
                                  "điều tra")
    assert investigation.type == "LEGAL"
    assert [(p.role, p.name) for p in investigation.participants] == [("agent", "Cơ quan điều tra Viện Kiểm sát nhân dân tối cao")]


def test_the_day_an_incident_cue_gives_is_not_the_time_of_the_summary_s_investigation(news):
    # vietnews-000738: "Công an tỉnh Gia Lai đang thụ lý điều tra vụ án nghi nổ mìn …" then "vụ việc xảy ra vào khoảng 14h
    # ngày 23/4": the 23rd is the blast's day; the investigation going on is not dated by it
    text = news["vietnews-000738"]["text"]
    (investigation,) = _events_at(text, "Công an tỉnh Gia Lai đang thụ lý điều tra", "thụ lý")
    assert investigation.time is None
    # … while an incident the lead reports still takes the day of its lead (vietnews-010438: "Vụ tai nạn xảy ra cuối
    # ngày 11/3")
    (accident,) = _events_at(news["vietnews-010438"]["text"], "Một xe buýt ở Haiti trong lúc bỏ chạy khỏi hiện trường tai nạn",
                             "tai nạn")
    assert accident.time == "XXXX-03-11"


def test_a_gift_named_by_quà_tặng_is_no_award(news):
    # vietnews-000596: "Mark nhắn tin hứa chuyển cho bà C. một hộp quà tặng …": "quà tặng" is the noun (a gift), nobody awards
    text = news["vietnews-000596"]["text"]
    assert not _events_at(text, "Mark nhắn tin hứa chuyển cho bà C. một hộp quà tặng", "tặng")


def test_a_reception_is_a_meeting_not_a_ceremony(news):
    # vietnews-008816: "Trong lễ đón tiếp khách VIP trước lễ khai mạc, ông Pence đi quanh bàn và bắt tay …": one MEETING
    text = news["vietnews-008816"]["text"]
    phrase = "Trong lễ đón tiếp khách VIP"
    at = text.find(phrase)
    found = [e for e in extractor.extract(text).events if at <= e.trigger.start < at + len(phrase)]
    assert [(e.type, e.trigger.text) for e in found] == [("MEETING", "lễ đón tiếp")]


def test_the_procedure_of_an_act_is_not_the_act(news):
    # vietnews-016473: "khi ông Vũ đang làm thủ tục xuất cảnh từ Singapore qua Malaysia … thì bị ICA giữ lại": he did not leave
    assert not _events_at(news["vietnews-016473"]["text"], "khi ông Vũ đang làm thủ tục xuất cảnh", "xuất cảnh")


def test_a_proposal_or_a_task_handed_out_is_not_yet_done(news):
    # vietnews-006384: "Đại sứ quán Nga tại Anh đã đề nghị tiến hành một cuộc gặp giữa …": a meeting proposed, none held
    assert not _events_at(news["vietnews-006384"]["text"], "Đại sứ quán Nga tại Anh đã đề nghị tiến hành một cuộc gặp", "cuộc gặp")
    # vietnews-014949: "UBND tỉnh Khánh Hoà đã giao cho sở Kế hoạch và Đầu tư phối hợp với … tiến hành kiểm tra, rà soát":
    # a task handed out
    assert not _events_at(news["vietnews-014949"]["text"], "UBND tỉnh Khánh Hoà đã giao cho sở Kế hoạch và Đầu tư", "kiểm tra")


def test_an_order_told_as_given_was_carried_out(news):
    # vietnews-000613: "Công an TP. Đà Nẵng đã yêu cầu Công an quận Sơn Trà và quận Liên Chiểu chủ động kiểm tra, bắt giữ 2
    # vụ": the arrests were made
    (arrest,) = _events_at(news["vietnews-000613"]["text"], "quận Liên Chiểu chủ động kiểm tra, bắt giữ 2 vụ", "bắt giữ")
    assert ("agent", "Công an quận Sơn Trà") in [(p.role, p.name) for p in arrest.participants]


def test_a_firm_s_role_is_no_inspection(news):
    # vietnews-022495: "… xác định trách nhiệm của chủ đầu tư, nhà thầu thiết kế, tư vấn giám sát và nhà thầu thi công …"
    assert not _events_at(news["vietnews-022495"]["text"], "nhà thầu thiết kế, tư vấn giám sát", "giám sát")


def test_a_happening_where_something_was_asked_is_not_asked_for(news):
    # vietnews-003349: "Chiều 2-1, bà Thi Thị Tuyết Nhung … đã đề nghị như trên với lãnh đạo UBND Q. 3 tại buổi khảo sát …":
    # the survey is where she made the request, and took place
    (survey,) = _events_at(news["vietnews-003349"]["text"], "tại buổi khảo sát về việc triển khai", "khảo sát")
    assert survey.type == "VISIT" and survey.time == "XXXX-01-02"


def test_a_possible_proposal_takes_no_time_from_the_lead(news):
    # vietnews-015811: "… ngoài ba phương án như trên, các nhà trường có thể đề xuất phương án tuyển sinh khác": a possibility,
    # reported only with a time of its own, not the day of the conference the article reports
    assert not _events_at(news["vietnews-015811"]["text"], "các nhà trường có thể đề xuất", "đề xuất")


@pytest.mark.parametrize("article, phrase, trigger", [
    # a hostage taken, a person held unlawfully: crimes, no arrest
    ("vietnews-021397", "tàu đã bị cướp biển tấn công, bắt 6 người làm con tin", "bắt"),
    ("vietnews-002932", "đã bị nhiều đối tượng côn đồ bắt giữ trái pháp luật", "bắt giữ"),
    # a department's name ("Vụ giám đốc kiểm tra II - TAND tối cao"), an investigative article
    ("vietnews-016570", "cho Vụ giám đốc kiểm tra II", "kiểm tra"),
    ("vietnews-018911", "vì đã bài điều tra phanh phui", "điều tra"),
    ("vietnews-018911", "Bài báo điều tra về Harvey Weinstein", "điều tra"),
])
def test_words_around_a_trigger_that_make_it_no_happening(news, article, phrase, trigger):
    assert not _events_at(news[article]["text"], phrase, trigger)


def test_an_act_refused_did_not_take_place(news):
    # vietnews-010602: "Hôm 27/2, Hicks từ chối trả lời rất nhiều câu hỏi từ uỷ ban điều tra hạ viện …": no answer given
    assert not _events_at(news["vietnews-010602"]["text"], "Hicks từ chối trả lời", "trả lời")


def test_a_cancelled_happening_did_not_take_place(news):
    # vietnews-010896: "… sau khi Tổng thống Mỹ Trump huỷ chuyến thăm của Ngoại trưởng Mike Pompeo đến Triều Tiên" (the
    # segmenter reads "Trump hủy" as one word: the cancellation is read by syllables)
    assert not _events_at(news["vietnews-010896"]["text"], "Trump huỷ chuyến thăm của Ngoại trưởng Mike Pompeo", "chuyến thăm")
    # vietnews-012785: "Chính quyền Obama cầu xin một cuộc gặp": a meeting begged for
    assert not _events_at(news["vietnews-012785"]["text"], "Chính quyền Obama cầu xin một cuộc gặp", "cuộc gặp")


def test_a_happening_that_may_take_place_is_a_plan(news):
    # vietnews-006551: "… khả năng “xếp xó” cuộc gặp thượng đỉnh Mỹ - Triều mà nếu diễn ra sẽ mang tính lịch sử": a summit
    # that might be held, no day of its own
    assert not _events_at(news["vietnews-006551"]["text"], "cuộc gặp thượng đỉnh Mỹ - Triều mà nếu diễn ra", "cuộc gặp thượng đỉnh")


def test_what_the_police_hold_someone_for_is_done(news):
    # vietnews-014525: "Hiện Thảo đã bị Công an huyện Thống Nhất tạm giữ để điều tra hành vi chống người thi hành công vụ":
    # the investigation goes on with him held
    (investigation,) = _events_at(news["vietnews-014525"]["text"], "tạm giữ để điều tra hành vi", "điều tra")
    assert ("agent", "Công an huyện Thống Nhất") in [(p.role, p.name) for p in investigation.participants]
    # … but what a court sends a file back for is not done by it (vietnews-000008: "… trả hồ sơ để điều tra, truy tố xét xử
    # lại theo thủ tục chung")
    assert not _events_at(news["vietnews-000008"]["text"], "trả hồ sơ để điều tra, truy tố", "truy tố")
