"""Event arguments a read-only tester found wrong on real sample articles (session 19, issue #6): a place or a time
taken from another clause or phrase (a fronted purpose, a deed investigated, a resident's commune, an outlet's day), the
one asked taken for the speaker, the head of a body described by that role."""
import extractor
from test_event_later_clauses import _event_at, _no_trigger_at  # the real-sentence helpers, not second copies


def test_a_fronted_purpose_gives_no_place(news):
    # vietnews-003085: "Để hạn chế tình trạng trên tại tỉnh An Giang, Phó thủ tướng yêu cầu tỉnh chỉ đạo quyết liệt …":
    # the province is where the aim lies; the lead's request, merged with this one, took its place
    text = news["vietnews-003085"]["text"]
    request = _event_at(text, "yêu cầu tỉnh An Giang xử lý", "yêu cầu")
    assert request.type == "SPEECH" and request.location is None
    assert [p.name for p in request.participants if p.role == "speaker"] == ["Trương Hoà Bình"]


def test_a_purpose_clause_not_opening_the_sentence_keeps_the_place():
    # hand-made sentence: a place of the clause the trigger is in, no purpose before it
    text = "Ngày 5/6, Bộ trưởng Nguyễn Văn An tiếp ông Trần Văn Bình tại tỉnh An Giang để bàn về dự án."
    visit = next(e for e in extractor.extract(text).events if e.trigger.text == "tiếp")
    assert visit.location == "tỉnh An Giang"


def test_the_time_and_place_of_a_deed_investigated_are_not_the_detentions(news):
    # vietnews-016423: "Ngày 19-3, Công an TP Mỹ Tho … cho biết đang tạm giữ hình sự đối với Nguyễn Thanh Tuấn (…) để
    # điều tra về hành vi " giết người " tại xã Trung An (TP Mỹ Tho) vào đêm 18-3.": the killing's night and commune
    detention = _event_at(news["vietnews-016423"]["text"], "tạm giữ hình sự đối với", "tạm giữ")
    assert detention.type == "LEGAL"
    assert detention.location is None and detention.time != "XXXX-03-18"
    assert {p.name for p in detention.participants} >= {"Công an TP Mỹ Tho", "Nguyễn Thanh Tuấn"}
    # vietnews-000385: "… Công an tỉnh Sóc Trăng khởi tố bà Bích về hành vi tham ô tài sản vì có liên quan đến việc ký hợp
    # đồng đào tạo 5 lớp học nghề … tại huyện Mỹ Xuyên …": the district is where the classes were, not the prosecution
    prosecution = _event_at(news["vietnews-000385"]["text"], "khởi tố bà Bích", "khởi tố")
    assert prosecution.time == "2010-05" and prosecution.location is None


def test_where_a_resident_lives_is_not_where_the_police_act(news):
    # vietnews-016810: "… đã xác lập chuyên án truy xét vụ việc một người dân ở xã Hoà Bình Phước, huyện Long Hồ (Vĩnh
    # Long) trình báo bị trộm …": her commune, not the case's place
    case = _event_at(news["vietnews-016810"]["text"], "lập chuyên án để làm rõ", "lập chuyên án")
    assert case.type == "LEGAL" and case.location is None and case.time == "XXXX-12-10"


def test_an_outlets_day_before_a_citing_verb_dates_no_happening(news):
    # vietnews-008298: "…", RT ngày 26/5 dẫn phát biểu của Tổng thống Mỹ Donald Trump trong lễ tốt nghiệp Học viện Hải quân
    # Mỹ ở bang Maryland.": the 26th is RT's report, not the ceremony's day
    ceremony = _event_at(news["vietnews-008298"]["text"], "lễ tốt nghiệp Học viện", "lễ")
    assert ceremony.type == "CEREMONY" and ceremony.time is None and ceremony.location == "bang Maryland"


def test_the_one_asked_in_a_passive_request_is_no_speaker(news):
    # vietnews-019360: "UBND quận 1 được yêu cầu phối hợp với các sở ngành liên quan …": the district is asked; the one
    # who asked is not in the sentence
    text = news["vietnews-019360"]["text"]
    assert _no_trigger_at(text, "yêu cầu phối hợp", before="UBND quận 1 được ")
    # vietnews-002903: "… ông Liêm cũng đồng ý cho học sinh ở Cần Giờ được nghỉ …, đồng thời yêu cầu các đơn vị …": the
    # passive is the pupils', the request is his
    request = _event_at(news["vietnews-002903"]["text"], "yêu cầu các đơn vị tổ chức", "yêu cầu")
    assert [p.name for p in request.participants if p.role == "speaker"] == ["Lê Thanh Liêm"]


def test_the_head_of_a_body_described_by_that_role_is_the_title_holder(news):
    # vietnews-019360: "… Bí thư Thành uỷ Đinh La Thăng cho rằng … . Người đứng đầu Thành uỷ thành phố yêu cầu Giám đốc Sở
    # Tài nguyên - Môi trường và Giao thông Vận tải khẩn cấp tìm đất sạch …"
    request = _event_at(news["vietnews-019360"]["text"], "yêu cầu Giám đốc Sở Tài nguyên", "yêu cầu")
    assert request.type == "SPEECH"
    assert [p.name for p in request.participants if p.role == "speaker"] == ["Đinh La Thăng"]


def test_no_head_without_a_title_of_that_body():
    # hand-made sentences: nobody named before holds a title of the body, so there is no speaker
    text = "Bí thư Tỉnh uỷ Nguyễn Văn An dự họp. Người đứng đầu Thành uỷ thành phố yêu cầu Sở Xây dựng kiểm tra."
    assert not any(e.trigger.text == "yêu cầu" for e in extractor.extract(text).events)


def test_the_place_and_time_of_an_acts_aim_are_not_the_acts(news):
    # vietnews-002440: "Từ đầu năm 2018, UBND tỉnh Khánh Hoà đã ban hành nhiều chỉ thị, công văn để siết chặt quản lý đất
    # đai tại huyện Vạn Ninh.": the district is what the rules are for
    issuing = _event_at(news["vietnews-002440"]["text"], "ban hành nhiều chỉ thị", "ban hành")
    assert issuing.type == "ISSUANCE" and issuing.location is None and issuing.time == "2018"
    # vietnews-020601: "… khởi tố tội Cố ý làm trái … với ông Trịnh Xuân Thanh, để điều tra khoản thua lỗ gần 3.300 tỷ
    # tại PVC.": the losses were at PVC, the prosecution was not
    prosecution = _event_at(news["vietnews-020601"]["text"], "khởi tố tội Cố ý làm trái", "khởi tố")
    assert prosecution.location is None and prosecution.time == "XXXX-09-15"


def test_a_visit_and_an_act_on_the_spot_keep_the_time_and_place_of_their_aim(news):
    # vietnews-006612: "… có thể sẽ có chuyến thăm đến Triều Tiên để tham dự một sự kiện quan trọng ở quốc gia này vào
    # tháng 9 tới.": the visit is made when the event it is for takes place
    visit = _event_at(news["vietnews-006612"]["text"], "chuyến thăm đến Triều Tiên để", "chuyến thăm")
    assert visit.type == "VISIT" and visit.time == "XXXX-09"
    # vietnews-002749: "… tiếp tục khám nghiệm hiện trường để làm rõ nghi án 3 người tử vong trong căn phòng trọ tại
    # phường An Bình, thị xã Dĩ An.": the scene examined is where the deaths were
    examination = _event_at(news["vietnews-002749"]["text"], "khám nghiệm hiện trường để làm rõ", "khám nghiệm hiện trường")
    assert examination.location == "phường An Bình"



def test_a_time_in_the_words_quoted_after_a_colon_is_not_the_triggers(news):
    # vietnews-022335: "Giữa tháng ba, tiến sĩ tâm lý Lê Thị Linh Trang đăng một status trên Facebook cá nhân: " Tuần sau,
    # thứ Sáu ngày 25/3, chúng ta có lịch dạy …": the 25th is the class she announces, she posted mid-March
    post = _event_at(news["vietnews-022335"]["text"], "đăng một status", "đăng")
    assert post.time == "XXXX-03"
    # vietnews-006551: "Trả lời với báo giới, bà Sanders cho biết: " … nếu cuộc họp diễn ra vào ngày 12/6, …"
    answer = _event_at(news["vietnews-006551"]["text"], "Trả lời với báo giới", "Trả lời")
    assert answer.type == "SPEECH" and answer.time is None


def test_a_phrase_quoted_inside_the_sentence_keeps_its_time(news):
    # vietnews-007882: "Cảnh sát giao thông Anh xác nhận vụ nổ xảy ra trong " phòng giải lao nhà thi đấu lúc 22h30 ngày
    # 22/5 ", Telegraph đưa tin.": no colon opens the quotation, the blast's own time
    blast = _event_at(news["vietnews-007882"]["text"], "nổ xảy ra trong", "nổ")
    assert blast.time == "XXXX-05-22"


def test_a_clause_of_contrast_after_the_trigger_keeps_its_time_and_place(news):
    # vietnews-017927: "… Ngân hàng Nhà nước đã chỉ đạo các ngân hàng tạm dừng, nhưng có thể cũng chỉ hết tháng 6.": June
    # is how long the halt may last, not when the directive was given
    directive = _event_at(news["vietnews-017927"]["text"], "chỉ đạo các ngân hàng tạm dừng", "chỉ đạo")
    assert directive.type == "SPEECH" and directive.time is None
    # vietnews-003693: "Trả lời câu hỏi vì sao giấy kiểm dịch … , nhưng đến ngày 27-5 xe vẫn chở heo bán ở Quảng Nam, ông
    # Sơn cho hay …": where the pigs were sold, not where he answered
    answer = _event_at(news["vietnews-003693"]["text"], "Trả lời câu hỏi vì sao", "Trả lời")
    assert answer.location is None


def test_an_apposition_about_someone_keeps_its_time(news):
    # vietnews-009156: "… tên ông xuất hiện trong vụ xét xử một quan chức cấp cao là Vương Tam Vận, người từng giữ chức bí
    # thư tỉnh uỷ Cam Túc giai đoạn 2011-2017.": the years of his office, not of the trial, which "Một tháng sau đó" after
    # "tháng 9/2018" dates (session 23)
    trial = _event_at(news["vietnews-009156"]["text"], "xét xử một quan chức cấp cao", "xét xử")
    assert trial.type == "LEGAL" and trial.time == "2018-10"


def test_a_place_inside_a_title_is_not_where_the_happening_was(news):
    # vietnews-011782, a caption: "Đại sứ Phạm Quang Vinh và Đại sứ Mỹ tại Việt Nam Daniel Kritenbrink trong buổi lễ.": the
    # ambassador's post, not where the reception of Vietnam's ambassador to the US was
    ceremony = _event_at(news["vietnews-011782"]["text"], "lễ. Đại sứ Phạm Quang Vinh ngày", "lễ")
    assert ceremony.type == "CEREMONY" and ceremony.location is None


def test_the_setting_of_an_incident_named_before_the_trigger_is_not_its_place(news):
    # vietnews-007523: "Tổng thống Nga Putin lên án vụ ám sát ở Ankara và kêu gọi các đại sứ quán Nga trên khắp thế giới
    # tăng cường an ninh.": the killing was in Ankara, the call was not made there
    call = _event_at(news["vietnews-007523"]["text"], "kêu gọi các đại sứ quán Nga", "kêu gọi")
    assert call.type == "SPEECH" and call.location is None
    # vietnews-004868: "Vụ việc xảy ra tại quận Narowal … trong khi ông Iqbal tham dự cuộc họp tại khu vực bầu cử của ông
    # …": the meeting was going on where the shooting took place
    meeting = _event_at(news["vietnews-004868"]["text"], "cuộc họp tại khu vực bầu cử", "cuộc họp")
    assert meeting.location == "quận Narowal"
