"""A day described ("một ngày buồn") read as a one-day duration on a real sample article in session 21 (issue #5, tester
cause 12); hand-made sentences are marked."""
from extractor.times import find_times


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, None)}


def test_a_day_described_is_no_duration(news):
    # "Hôm nay là một ngày buồn đối với Myanmar và báo chí …": a sad day, not one day long
    text = news["vietnews-010224"]["text"]
    assert "một ngày" not in _values(text)


def test_a_period_described_and_a_period_counted_hand_made():
    # hand-made: after "là", an evaluative word after "một năm/ngày" describes it; a period lived, or counted, stays a
    # duration
    assert "một năm" not in _values("Năm 2017 là một năm khó khăn với ngành thép.")
    assert _values("Mọi người đã chứng kiến một năm tuyệt vời.")["một năm"] == "P1Y"  # a period lived (times dev 011114)
    assert "một ngày" not in _values("Đó là một ngày lịch sử của đất nước.")
    assert _values("Ông ở lại bệnh viện một ngày rồi về nhà.")["một ngày"] == "P1D"
