"""Recall of OTHER and ECONOMIC events (session 22, issue #6): a leader's withdrawal from a treaty or of troops, told
as a happening with the leader as its doer, and dated only by its own sentence. Real sentences of the 800 sample
articles (../shared news), events-heldout9 among them."""
from test_event_later_clauses import _event_at, _no_trigger_at  # the real-sentence helpers, not a second copy


def _roles(event):
    return [(p.role, p.name) for p in event.participants]


def test_a_leader_withdrawing_from_a_treaty(news):
    # events-heldout9 vietnews-007814: "Tổng thống Mỹ Donald Trump hôm 8/5 tuyên bố rút khỏi thoả thuận hạt nhân Iran được
    # ký kết năm 2015 …"
    withdrawal = _event_at(news["vietnews-007814"]["text"], "rút khỏi thoả thuận hạt nhân Iran", "rút khỏi")
    assert withdrawal.type == "OTHER" and withdrawal.time == "XXXX-05-08"
    assert _roles(withdrawal) == [("agent", "Donald Trump")]


def test_a_withdrawal_told_as_background_takes_no_story_day(news):
    # vietnews-004909 (June 2019, a drone shot down): "Căng thẳng Mỹ - Iran vẫn đang tiếp tục leo thang sau khi Tổng thống
    # Donald Trump tuyên bố rút khỏi thoả thuận hạt nhân …": the withdrawal is not the story's day
    withdrawal = _event_at(news["vietnews-004909"]["text"], "rút khỏi thoả thuận hạt nhân", "rút khỏi")
    assert withdrawal.type == "OTHER" and withdrawal.time is None
    assert _roles(withdrawal) == [("agent", "Donald Trump")]
    # events-heldout9 vietnews-006697: "Hôm 29/12, Nga cho hay … trước khi ông Trump tuyên bố rút quân."
    troops = _event_at(news["vietnews-006697"]["text"], "rút quân. Trước đó", "rút quân")
    assert troops.type == "OTHER" and troops.time is None
    assert _roles(troops) == [("agent", "Donald Trump")]


def test_a_withdrawal_announced_for_a_place_is_not_the_announcers(news):
    # vietnews-011085: "Ngoại trưởng Mỹ Mike Pompeo hôm 1/2 tuyên bố Washington sẽ rút khỏi INF trong vòng 6 tháng":
    # Washington (a place) withdraws, Pompeo announces it; "Putin cũng tuyên bố ngừng tuân thủ INF để đáp trả Mỹ, … và yêu
    # cầu các bộ trưởng …": a name inside what he announces leaves his request his
    text = news["vietnews-011085"]["text"]
    assert _no_trigger_at(text, "rút khỏi INF trong vòng", before="Washington sẽ ")
    request = _event_at(text, "yêu cầu các bộ trưởng không đàm phán", "yêu cầu")
    assert request.type == "SPEECH" and _roles(request) == [("speaker", "Vladimir Putin")]


def test_leaving_show_business_or_a_place_is_no_withdrawal(news):
    # vietnews-001989: "Sau đám cưới, Nữ hoàng Sắc đẹp Toàn cầu sẽ rút khỏi showbiz …"; vietnews-005830: "một ngày sau khi
    # quân đội Anh rút khỏi lãnh thổ uỷ trị (14-5-1948)": no treaty after "rút khỏi"
    assert _no_trigger_at(news["vietnews-001989"]["text"], "rút khỏi showbiz")
    assert _no_trigger_at(news["vietnews-005830"]["text"], "rút khỏi lãnh thổ uỷ trị")


def test_a_couple_married_is_told_with_both_as_participants(news):
    # events-heldout9 vietnews-010144: "Anderson và Smith cưới nhau được vài tháng và đã ly thân ít nhất một tháng.": a
    # marriage told as the background of a shooting, undated (not the day of the shooting, 10/4, told before it)
    marriage = _event_at(news["vietnews-010144"]["text"], "cưới nhau được vài tháng", "cưới nhau")
    assert marriage.type == "OTHER" and marriage.time is None
    assert sorted(_roles(marriage)) == [("participant", "Cedric Anderson"), ("participant", "Karen Elaine Smith")]
