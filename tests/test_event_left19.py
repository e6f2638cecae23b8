"""Event errors session 18's verifiers found on real sample articles and left (session 19, issue #6)."""
import extractor
from test_event_later_clauses import _event_at, _no_trigger_at  # the real-sentence helpers, not second copies


def test_a_colour_tone_is_no_crash(news):
    # vietnews-001416: "… cùng chiếc áo khoác tông bụi phủi mang đến tổng thể mạnh mẽ cho Hồ Quỳnh Hương.": a jacket's
    # dusty tone, no vehicle before "tông"
    assert _no_trigger_at(news["vietnews-001416"]["text"], "tông bụi phủi")
    # hand-made sentence: a truck before "tông" makes it a crash
    crash = _event_at("Sáng 12/3, chiếc xe tải tông trọng thương anh Nguyễn Văn Nam tại xã Phú Lộc.", "tông trọng", "tông")
    assert crash.type == "ACCIDENT" and [(p.role, p.name) for p in crash.participants] == [("victim", "Nguyễn Văn Nam")]


def test_police_working_with_schools_outside_a_case_question_nobody(news):
    # vietnews-015855: "Ngay sau khi có thông tin phản ảnh, Công an TP đã làm việc với các cơ sở đào tạo nghề và đã có 21
    # bạn được nhận.": discharged soldiers placed in schools, a working session
    session = _event_at(news["vietnews-015855"]["text"], "làm việc với các cơ sở đào tạo nghề", "làm việc")
    assert session.type == "MEETING"
    # vietnews-015808: "Cơ quan công an làm việc với cơ sở mầm non Mẹ Mười ngày 21-5" in a story of child abuse charged
    inquiry = _event_at(news["vietnews-015808"]["text"], "làm việc với cơ sở mầm non Mẹ Mười", "làm việc")
    assert inquiry.type == "LEGAL"
    # vietnews-020571: "… cơ quan điều tra, viện kiểm sát đang làm việc với ông Nguyễn Minh Trí …"
    questioning = _event_at(news["vietnews-020571"]["text"], "làm việc với ông Nguyễn Minh Trí", "làm việc")
    assert questioning.type == "LEGAL" and ("suspect", "Nguyễn Minh Trí") in {(p.role, p.name) for p in questioning.participants}


def test_the_doer_after_do_does_only_the_act_right_after_it(news):
    # vietnews-010683: "Một thông cáo do đảng Cộng sản Trung Quốc ban hành, truyền thông nhà nước đăng tải, …": the party
    # issues it, state media post it
    text = news["vietnews-010683"]["text"]
    issue = _event_at(text, "ban hành, truyền thông nhà nước", "ban hành")
    assert [(p.role, p.name) for p in issue.participants] == [("agent", "Đảng Cộng sản Trung Quốc")]
    at = text.find("đăng tải, ca ngợi")
    assert at >= 0
    assert not any(e.trigger.start == at and "Đảng Cộng sản Trung Quốc" in {p.name for p in e.participants}
                   for e in extractor.extract(text).events)


def test_the_object_of_an_act_inside_the_arrested_ones_description_is_not_arrested(news):
    # vietnews-009839: "FBI bắt kẻ âm mưu sát hại Tổng thống Obama": the plotter is arrested, Obama was to be killed
    arrest = _event_at(news["vietnews-009839"]["text"], "bắt kẻ âm mưu", "bắt")
    assert arrest.type == "LEGAL"
    assert "Barack Obama" not in {p.name for p in arrest.participants}
    assert ("agent", "Cục Điều tra Liên bang Mỹ") in {(p.role, p.name) for p in arrest.participants}


def test_a_name_past_a_pronoun_clause_is_no_victim(news):
    # vietnews-012938: "… khi vừa xong 4 vụ tai nạn người ta được nghe bộ trưởng Giao thông vận tải tuyên bố sẽ...
    # nghiêm túc rút kinh nghiệm.": the minister comments on the crashes, he is no victim
    text = news["vietnews-012938"]["text"]
    at = text.find("tai nạn người ta được nghe")
    assert at >= 0
    assert not any(e.trigger.start == at and any(p.role == "victim" for p in e.participants)
                   for e in extractor.extract(text).events)


def test_a_day_written_after_a_report_noun_dates_the_report(news):
    # vietnews-008778: "Vụ việc xảy ra hôm 12/10. … AFP dẫn lời Bộ trưởng … Marc Garneau cho biết trong thông báo ngày
    # 15/10. … Đây là vụ va chạm đầu tiên giữa UAV và phi cơ chở khách xảy ra ở Canada.": the collision of the 12th
    collision = _event_at(news["vietnews-008778"]["text"], "va chạm đầu tiên giữa UAV", "va chạm")
    assert collision.type == "ACCIDENT" and collision.time == "XXXX-10-12"


def test_a_meeting_about_a_task_takes_the_day_it_took_place(news):
    # vietnews-015811: "… tại hội nghị triển khai nhiệm vụ năm học mới cấp THCS … diễn ra vào ngày 13-8.": the
    # conference's day ("nhiệm vụ", the task it is about, owns no time)
    conference = _event_at(news["vietnews-015811"]["text"], "hội nghị triển khai nhiệm vụ", "hội nghị")
    assert conference.type == "MEETING" and conference.time == "XXXX-08-13"


def test_the_operator_of_a_crashed_plane_takes_part(news):
    # vietnews-013609: "Hôm qua (10/3), chiếc máy bay Boeing 737 Max 8 của Hãng hàng không Ethiopian Airlines đã gặp tai
    # nạn …": the airline's crash, not the maker's
    crash = _event_at(news["vietnews-013609"]["text"], "tai nạn khi vừa cất cánh", "tai nạn")
    assert crash.type == "ACCIDENT" and crash.time == "XXXX-03-10"
    assert [(p.role, p.name) for p in crash.participants] == [("participant", "Hãng hàng không Ethiopian Airlines")]


def test_acts_listed_keep_their_shared_object(news):
    # vietnews-000008: "Vụ án được TAND Tiền Giang xét xử sơ thẩm lần 1 vào năm 2015 và tuyên phạt Tuyết 12 năm tù
    # giam": Tuyết is tried and sentenced (a name after the next act of a list is not that act's alone)
    trial = _event_at(news["vietnews-000008"]["text"], "xét xử sơ thẩm lần 1", "xét xử sơ thẩm")
    assert ("suspect", "Trần Thị Tuyết") in {(p.role, p.name) for p in trial.participants}


def test_a_leader_inspecting_in_person_is_the_inspections_doer(news):
    # vietnews-004498: "KCNA ngày hôm nay 2-7 đưa tin chủ tịch Kim đã trực tiếp thanh tra hai nhà máy dệt tại Sinuiju"
    inspection = _event_at(news["vietnews-004498"]["text"], "thanh tra hai nhà máy dệt", "thanh tra")
    assert inspection.type == "INSPECTION" and [(p.role, p.name) for p in inspection.participants] == [("agent", "Kim Jong Un")]
    # vietnews-021692: "Ngày 22/9, Ông Lê Trí Thanh - Phó chủ tịch tỉnh Quảng Nam cùng cơ quan chức năng đi kiểm tra hiện
    # trường."
    visit = _event_at(news["vietnews-021692"]["text"], "kiểm tra hiện trường.", "kiểm tra")
    assert visit.time == "XXXX-09-22" and [(p.role, p.name) for p in visit.participants] == [("agent", "Lê Trí Thanh")]


def test_one_disciplined_for_a_lack_of_checks_inspects_nothing(news):
    # vietnews-002973: "ông Lê Thuận Bé - phó giám đốc cùng bị kỷ luật … vì …, thiếu kiểm tra, giám sát …"
    assert _no_trigger_at(news["vietnews-002973"]["text"], "kiểm tra, giám sát để thuộc cấp")


def test_a_name_in_a_fronted_aside_is_no_doer_after_it(news):
    # vietnews-015811: "Ngoài ba phương án do Sở GD-ĐT Hà Nội đưa ra lấy ý kiến, các trường có thể đề xuất phương án tuyển
    # sinh khác.": the schools may propose, the department does not
    text = news["vietnews-015811"]["text"]
    at = text.find("đề xuất phương án tuyển sinh khác")
    assert at >= 0
    assert not any(e.trigger.start == at and "Sở GD-ĐT Hà Nội" in {p.name for p in e.participants}
                   for e in extractor.extract(text).events)


def test_a_price_posted_is_no_listing(news):
    # vietnews-013638: "Tại Đà Nẵng, giá vàng SJC được công ty CP SJC Sài Gòn niêm yết ở mức 36,47 – 36,69 triệu đồng / lượng"
    assert _no_trigger_at(news["vietnews-013638"]["text"], "niêm yết ở mức 36,47")
    # hand-made sentence: shares listed on the exchange
    listing = _event_at("Ngày 5/3, Công ty cổ phần Vinamilk chính thức niêm yết cổ phiếu trên sàn HOSE.", "niêm yết", "niêm yết")
    assert listing.type == "ECONOMIC"


def test_a_make_written_as_a_vehicles_name_takes_no_part(news):
    # vietnews-013609: "Trung Quốc là quốc gia đầu tiên ra quyết định đình chỉ khai thác dòng máy bay Boeing 737 Max 8 …":
    # the aircraft model, Boeing is no suspect
    text = news["vietnews-013609"]["text"]
    assert "đình chỉ khai thác dòng máy bay Boeing" in text
    assert not any("Boeing" in {p.name for p in e.participants} and e.type == "LEGAL" for e in extractor.extract(text).events)
    # … but the firm that signs keeps its part: "Tháng 7/2018, Vietjet và Boeing đã ký hợp đồng lớn …"
    assert ("agent", "Boeing") in {(p.role, p.name) for p in _event_at(text, "ký hợp đồng lớn", "ký").participants}
