"""The seed article gives the record its gold file describes (every field the foundation issue names)."""
from extractor.text import fold


def test_article_fields(seed_record, seed_gold):
    article = seed_gold["article"]
    assert seed_record.title == article["title"]
    assert seed_record.category == article["category"]
    assert seed_record.author == article["author"]
    assert seed_record.published_at.isoformat() == article["published_at"]
    assert seed_record.schema_version


def test_people(seed_record, seed_gold):
    assert {fold(p.name) for p in seed_record.people} == {fold(p["name"]) for p in seed_gold["people"]}


def test_document_62_kl_tw(seed_record, seed_gold):
    (gold,) = seed_gold["documents"]
    (doc,) = [d for d in seed_record.documents if d.symbol == gold["symbol"]]
    assert (doc.kind, doc.number, doc.issuer_code, doc.issuer, doc.issued_on) == \
        (gold["kind"], gold["number"], gold["issuer_code"], gold["issuer"], gold["issued_on"])
    assert len(doc.mentions) == gold["mentions"]
    assert fold(doc.subject) == fold(gold["subject"])


def test_times(seed_record, seed_gold):
    found = {(t.text, t.value) for t in seed_record.times}
    for gold in seed_gold["times"]:
        assert (gold["text"], gold["value"]) in found, gold
    afternoon = next(t for t in seed_record.times if t.text == "Chiều 12/4")
    assert afternoon.part_of_day == "afternoon" and afternoon.granularity == "day"


def test_entities_flat_list_covers_every_label(seed_record):
    labels = {e.label for e in seed_record.entities}
    assert labels == {"PERSON", "TITLE", "ORGANIZATION", "LOCATION", "TIME", "DOCUMENT"}
    assert not any(e.text == "Dương Thủy" for e in seed_record.entities)  # byline
    assert not any(e.text == "863" for e in seed_record.entities)  # view counter


def test_events_and_titles_point_at_the_records_of_what_they_name(seed_record):
    """Tester s15 #9: participants, titles' organisations and events' places were joined to the records by strings
    only. Each now carries a JSON Pointer into the record; every one given resolves to a record that bears the name."""
    def resolve(pointer):
        _, part, number = pointer.split("/")
        return getattr(seed_record, part)[int(number)]

    def bears(item, name):
        return item.name == name or any(m.text == name for m in item.mentions)

    duong, hai = seed_record.people
    assert [(t.organization, resolve(t.organization_ref).name) for t in duong.titles] == [
        ("Ban Dân vận Tỉnh ủy", "Ban Dân vận Tỉnh ủy"), ("Đoàn giám sát 133", "Đoàn giám sát 133")]
    assert resolve(hai.titles[0].organization_ref).name == "Huyện ủy Quảng Điền"  # "Huyện ủy" written alone there
    meeting = seed_record.events[0]
    assert resolve(meeting.location_ref).name == "Huyện ủy Quảng Điền"
    assert [(p.role, p.ref) for p in meeting.participants if p.kind == "person"] == [("chair", "/people/0")]
    pointers = [(p.name, p.ref) for e in seed_record.events for p in e.participants]
    assert pointers and all(ref and bears(resolve(ref), name) for name, ref in pointers)
