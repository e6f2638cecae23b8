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
