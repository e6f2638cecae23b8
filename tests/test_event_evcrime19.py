"""Crimes, arrests and fines a read-only tester found missed or misread on real sample articles (session 19, issue #6):
assaults told by their blows, unnamed doers, lists of suspects with their ages, a robber told as a noun."""
import extractor
from test_event_later_clauses import _event_at, _no_trigger_at  # the real-sentence helpers, not second copies


def test_a_blow_to_the_body_is_an_assault(news):
    # vietnews-003022: "… ra can ngăn thì bị Nh. tát vào mặt, đạp vào bụng; … thì bị D. giật mũ và đấm vào mặt."
    text = news["vietnews-003022"]["text"]
    punch = _event_at(text, "đấm vào mặt", "đấm")
    assert punch.type == "OTHER" and ("suspect", "Lê Trung D.") in [(p.role, p.name) for p in punch.participants]
    # vietnews-000702: "… thì bị Phú đuổi theo vật ngã xuống đất, đạp vào vùng gáy."
    kick = _event_at(news["vietnews-000702"]["text"], "đạp vào vùng gáy", "đạp")
    assert kick.type == "OTHER" and [(p.role, p.name) for p in kick.participants] == [("suspect", "Chu Việt Phú")]


def test_a_blow_named_as_a_noun_or_without_the_body_struck_is_none(news):
    # vietnews-007814: "… sẽ tung cú đấm mạnh vào mặt Ngoại trưởng Mỹ …": a threat, "cú đấm" a noun
    assert _no_trigger_at(news["vietnews-007814"]["text"], "đấm mạnh vào mặt", before="cú ")
    # vietnews-016744: "Nhóm thanh niên này đã gọi ông Thân ra ngoài ngõ rồi đấm, đánh, bắt ông Thân …": Thân is beaten
    text = news["vietnews-016744"]["text"]
    at = text.find("rồi đấm, đánh") + len("rồi ")
    assert not any(e.trigger.start == at and any(p.name == "Nguyễn Văn Thân" and p.role == "suspect" for p in e.participants)
                   for e in extractor.extract(text).events)


def test_a_list_of_suspects_with_their_ages_between_commas_is_kept_whole(news):
    # vietnews-010224: "… hai phóng viên … là Wa Lone, 32 tuổi và Kyaw Soe Oo, 28 tuổi, bị kết tội vi phạm …"
    conviction = _event_at(news["vietnews-010224"]["text"], "kết tội vi phạm", "kết tội")
    assert {p.name for p in conviction.participants if p.role == "suspect"} == {"Wa Lone", "Kyaw Soe Oo"}


def test_a_crime_told_as_happening_many_times_is_no_one_happening(news):
    # vietnews-003355: "… rất nhiều lần ông Hoàng cùng các anh em trong nhóm bị cướp chống trả hoặc trả thù …": a habit
    # of robbers, no robbery told
    assert _no_trigger_at(news["vietnews-003355"]["text"], "cướp chống trả", before="trong nhóm bị ")


def test_an_arrest_of_a_described_person_falls_on_the_case_suspect(news):
    # vietnews-016423: "… bà Lang được phát hiện bị đâm chết tại nhà và người tình đã bỏ trốn nhưng bị bắt lại ngay
    # trong đêm.": the lover is the one suspect the article names (Nguyễn Thanh Tuấn, held by Công an TP Mỹ Tho)
    arrest = _event_at(news["vietnews-016423"]["text"], "bắt lại ngay trong đêm", "bắt")
    assert arrest.type == "LEGAL"
    assert [(p.role, p.name) for p in arrest.participants] == [("suspect", "Nguyễn Thanh Tuấn")]


def test_an_unnamed_suspect_no_name_stands_for_gives_no_event():
    # hand-made sentence: a thief described, nobody named in the article: no one to report the break-in of
    text = "Chiều 4-12, khi quay về đến nhà, chủ nhà phát hiện kẻ gian đột nhập vào nhà cạy phá két sắt."
    assert not extractor.extract(text).events


def test_a_suspect_described_in_a_clause_of_a_crime_is_the_case_suspect(news):
    # vietnews-004727: "Nghi phạm ngay lập tức bị bắt giữ." (Marc Lamparello named before)
    arrest = _event_at(news["vietnews-004727"]["text"], "bắt giữ. \" Một cá nhân", "bắt giữ")
    assert [(p.role, p.name) for p in arrest.participants] == [("suspect", "Marc Lamparello")]
    # vietnews-000887: "… đây là vụ án mạng, hung thủ giết người để cướp tài sản." (Nguyễn Thị Loan)
    killing = _event_at(news["vietnews-000887"]["text"], "giết người để cướp tài sản", "giết")
    assert ("suspect", "Nguyễn Thị Loan") in [(p.role, p.name) for p in killing.participants]


def test_a_description_that_is_no_suspect_gives_no_arrest(news):
    # vietnews-003698: "… một học sinh bị thầy giáo phạt đánh 100 cây.": a pupil punished by a teacher, no fine
    assert _no_trigger_at(news["vietnews-003698"]["text"], "phạt đánh 100 cây", before="bị thầy giáo ")
    # vietnews-011230: "… không có liên hệ tới nghi phạm xả súng ở Christchurch.": a noun phrase, no shooting told
    assert _no_trigger_at(news["vietnews-011230"]["text"], "xả súng ở Christchurch", before="nghi phạm ")


def test_a_lone_initial_refers_to_the_one_full_name_it_ends(news):
    # vietnews-003022: "Phạm Hữu A. …; Lê Văn Nh. …và Lê Trung D. …", later "A., Nh,, D. đã to tiếng chửi bới" and "thì bị
    # D. giật mũ và đấm vào mặt": the initials are mentions of those people
    text = news["vietnews-003022"]["text"]
    people = {p.name: [m.start for m in p.mentions] for p in extractor.extract(text).people}
    assert text.find("A., Nh,, D.") in people["Phạm Hữu A."]
    assert text.find("D. giật mũ") in people["Lê Trung D."]


def test_an_initial_two_full_names_end_with_refers_to_nobody():
    # hand-made sentences: two people whose names end with "T.": a lone "T." is neither
    text = "Nguyễn Văn T. và Lê Thị T. bị bắt. Sau đó T. khai nhận hành vi."
    at = text.find("T. khai")
    assert not any(m.start == at for p in extractor.extract(text).people for m in p.mentions)


def test_a_crime_after_co_hanh_vi_is_told_as_done():
    # hand-made sentence, after vietnews-003022 "3 thanh niên có hành vi hành hung một nữ nhân viên": "có hành vi" tells
    # the act done, not a charge ("về hành vi hành hung")
    text = "Ngày 5-3, ông Nguyễn Văn Tâm đã có hành vi hành hung chị Trần Thị Mai tại quán cà phê."
    assault = _event_at(text, "hành hung chị", "hành hung")
    assert {(p.role, p.name) for p in assault.participants} == {("suspect", "Nguyễn Văn Tâm"), ("victim", "Trần Thị Mai")}


def test_a_crime_given_as_an_example_of_a_kind_is_none(news):
    # vietnews-015270: "… lợi dụng để hoạt động tội phạm như trộm cắp, sử dụng trái phép chất ma tuý …"
    assert _no_trigger_at(news["vietnews-015270"]["text"], "trộm cắp, sử dụng", before="tội phạm như ")
