"""Events a read-only tester found wrong or missing on real sample articles (session 17, issue #6): a plane crash is an
accident."""
import extractor
from test_event_later_clauses import _event_at  # the real-sentence helper, not a second copy


def test_an_aircraft_that_crashes_is_an_accident(news):
    # vietnews-008253: "Chuyến bay MS804 rơi xuống biển Địa Trung Hải ngày 19/5 khi đang trên đường từ Paris sang Cairo."
    crash = _event_at(news["vietnews-008253"]["text"], "rơi xuống biển", "rơi")
    assert crash.type == "ACCIDENT" and crash.time == "XXXX-05-19"


def test_a_plane_shot_down_is_no_accident(news):
    # vietnews-007309: "… sau sự cố máy bay trinh sát Nga bị S -200 của Syria bắn rơi trong lúc …"
    text = news["vietnews-007309"]["text"]
    at = text.find("bắn rơi") + len("bắn ")
    assert not any(e.trigger.start == at for e in extractor.extract(text).events)

