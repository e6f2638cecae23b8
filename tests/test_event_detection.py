"""Event detection (session 16): which triggers are reported as happenings, on sentences of the shared sample."""
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
