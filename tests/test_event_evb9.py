"""Event recall on officials' news (session 21, issue #6), after events-heldout9 became development material: a joint
statement issued, a body speaking out or denying, a duty a directive lays down, a directive written in the letter that
makes it, and the day of a conference past the years of the work it reviews. Real sentences of the 800 sample articles."""
import extractor
from test_event_later_clauses import _event_at, _no_trigger_at  # the real-sentence helpers, not a second copy


def test_ministers_issue_a_joint_statement(news):
    # vietnews-004744: "Ngoại trưởng Úc Marise Payne, Ngoại trưởng Mỹ Mike Pompeo và Ngoại trưởng Nhật Bản Taro Kono hôm nay
    # (2-8) đã cùng ra tuyên bố chung lên án …": the segmenter's "tuyên bố chung" is one word; three officials issue it
    statement = _event_at(news["vietnews-004744"]["text"], "ra tuyên bố chung lên án", "ra tuyên bố chung")
    assert statement.type == "ISSUANCE" and statement.time == "XXXX-08-02"
    assert {(p.role, p.name) for p in statement.participants} == {
        ("agent", "Marise Payne"), ("agent", "Mike Pompeo"), ("agent", "Taro Kono")}


def test_a_statement_made_and_quoted_before_is_not_issued(news):
    # vietnews-007196: "Ngay sau khi ông Duterte đưa ra tuyên bố trên, Ronald Lauder … đã lên tiếng phản đối": the words quoted
    # before, said, not a document put out
    assert _no_trigger_at(news["vietnews-007196"]["text"], "ra tuyên bố trên", before="đưa ")


def test_a_ministry_speaking_out_is_its_statement(news):
    # vietnews-004744: "Bộ Ngoại giao Mỹ cũng đã lên tiếng quan ngại việc Trung Quốc can thiệp …"
    speech = _event_at(news["vietnews-004744"]["text"], "lên tiếng quan ngại", "lên tiếng")
    assert speech.type == "SPEECH"
    assert [(p.role, p.name) for p in speech.participants] == [("speaker", "Bộ Ngoại giao Mỹ")]


def test_a_government_denying_accusations_is_its_statement(news):
    # vietnews-004981: "Chính phủ Nga đã bác bỏ mọi cáo buộc liên quan tới vụ việc ở Salisbury, …"
    denial = _event_at(news["vietnews-004981"]["text"], "bác bỏ mọi cáo buộc", "bác bỏ")
    assert denial.type == "SPEECH"
    assert [(p.role, p.name) for p in denial.participants] == [("speaker", "Chính phủ Nga")]


def test_a_persons_denial_and_a_reported_outcry_are_no_statement(news):
    # vietnews-012506: "Najib bác bỏ cáo buộc ông có hành vi sai phạm …": a person's denial, a source's view;
    # vietnews-019998: "phản biện việc Bộ Giáo dục và Đào tạo lên tiếng là từ năm học 2002-2003 …": what was said, reported
    assert _no_trigger_at(news["vietnews-012506"]["text"], "bác bỏ cáo buộc ông có")
    assert _no_trigger_at(news["vietnews-019998"]["text"], "lên tiếng là từ năm học")


def test_a_duty_laid_down_is_no_happening(news):
    # vietnews-002440: "Sở Tư pháp có trách nhiệm thông báo cho các tổ chức hành nghề công chứng …": what the chairman's letter
    # asks of the department, not a notice it issued
    assert _no_trigger_at(news["vietnews-002440"]["text"], "thông báo cho các tổ chức hành nghề", before="có trách nhiệm ")


def test_a_directive_written_in_the_letter_signed_is_the_letter_and_a_request(news):
    # vietnews-002440: "Ngày 9-5, chủ tịch UBND tỉnh Khánh Hoà đã ký công văn khẩn chỉ đạo các sở ngành liên quan …": the
    # letter's ISSUANCE and the directive's SPEECH (the owner's convention of session 23); the directive, addressed to no
    # one named, is told again in the next sentence with its own verb and those it addresses ("Chủ tịch UBND tỉnh Khánh Hoà
    # Lê Đức Vinh yêu cầu huyện Vạn Ninh, …", annotated there): one SPEECH, at the second
    text = news["vietnews-002440"]["text"]
    letter = _event_at(text, "ký công văn khẩn", "ký")
    assert letter.type == "ISSUANCE" and letter.time == "XXXX-05-09"
    assert _no_trigger_at(text, "chỉ đạo các sở ngành", before="công văn khẩn ")
    request = _event_at(text, "yêu cầu huyện Vạn Ninh", "yêu cầu")
    assert request.type == "SPEECH" and request.time == "XXXX-05-09"
    assert ("speaker", "Lê Đức Vinh") in [(p.role, p.name) for p in request.participants]


def test_a_conference_is_dated_by_its_afternoon_not_the_years_it_reviews(news):
    # vietnews-018327: "… tại hội nghị tổng kết công tác 2017, triển khai nhiệm vụ 2018 của Cục Hải quan TP. HCM chiều 17-1."
    conference = _event_at(news["vietnews-018327"]["text"], "hội nghị tổng kết công tác 2017", "hội nghị")
    assert conference.type == "MEETING" and conference.time == "XXXX-01-17"


def test_a_list_of_years_owned_by_a_plan_does_not_date_the_request(news):
    # vietnews-002165: "UBND TP yêu cầu Tổng Công ty … theo kế hoạch từ năm 2016 và số trụ hư năm 2017 …": the years of the
    # plan, not the request's
    request = _event_at(news["vietnews-002165"]["text"], "yêu cầu Tổng Công ty", "yêu cầu")
    assert request.type == "SPEECH" and request.time is None


def test_no_event_of_the_sample_is_given_to_a_person_by_a_body_trigger(news):
    # every "lên tiếng" / "bác bỏ" SPEECH has a body as its speaker (vietnews-004744, 004981)
    for article in ("vietnews-004744", "vietnews-004981", "vietnews-012506"):
        for e in extractor.extract(news[article]["text"]).events:
            if e.trigger.text in ("lên tiếng", "bác bỏ"):
                assert all(p.kind == "organization" for p in e.participants if p.role == "speaker")


def test_a_series_of_speeches_named_in_a_communique_is_no_speech(news):
    # vietnews-010683: "Thông cáo đề cập tới " tinh thần của Tổng bí thư … Tập Cận Bình trong một loạt bài phát biểu quan
    # trọng …": speeches many, named as a body of words
    text = news["vietnews-010683"]["text"]
    assert _no_trigger_at(text, "phát biểu quan trọng", before="một loạt bài ")
    assert not [e for e in extractor.extract(text).events if e.type == "SPEECH"]


def test_a_directive_falls_on_those_named_right_after_it_not_on_those_they_work_with(news):
    # vietnews-002165: "UBND TP yêu cầu Tổng Công ty Cấp nước Sài Gòn TNHH Một thành viên và Cảnh sát Phòng cháy và chữa
    # cháy TP phối hợp với Sở Tài chính, Sở Kế hoạch và đầu tư, …": the two addressed, not the departments to work with
    request = _event_at(news["vietnews-002165"]["text"], "yêu cầu Tổng Công ty", "yêu cầu")
    assert {(p.role, p.name) for p in request.participants} == {
        ("speaker", "UBND TP. HCM"), ("participant", "Tổng Công ty Cấp nước Sài Gòn TNHH Một thành viên"),
        ("participant", "Cảnh sát Phòng cháy và chữa cháy TP")}
