"""Events a read-only tester found told twice, borrowed or mixed up on real sample articles (session 20, issue #6):
a request told as what a notice says, a happening named again by a word pointing back, a report objected to, a day
borrowed from a source's frame, a purpose clause, and the ones a brawl's acts fall on crossing a semicolon."""
import extractor
from test_event_later_clauses import _event_at, _no_trigger_at  # the real-sentence helpers, not second copies


def test_the_one_a_kick_falls_on_is_not_named_past_a_semicolon(news):
    # vietnews-003022: "Bà Lê Thị H. … ra can ngăn thì bị Nh. tát vào mặt, đạp vào bụng; nhân viên KSAN Trịnh Ngọc Hoàn …
    # thì bị D. giật mũ và đấm vào mặt.": Hoàn is punched by D., not kicked by Nh.; and Nh.'s slap of H. is its own, not
    # one more victim of A.'s slap of Gi. told the sentence before
    text = news["vietnews-003022"]["text"]
    kick = _event_at(text, "đạp vào bụng", "đạp")
    assert "Trịnh Ngọc Hoàn" not in {p.name for p in kick.participants}
    slap = _event_at(text, "tát vào mặt, đạp", "tát")
    assert {(p.role, p.name) for p in slap.participants} == {("victim", "Lê Thị H."), ("suspect", "Lê Văn Nh")}
    first = _event_at(text, "tát vào mặt nhân viên Gi.", "tát")
    assert "Lê Thị H." not in {p.name for p in first.participants}
