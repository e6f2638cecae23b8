"""People and titles a tester found wrong on real sample articles in session 20 (issue #5, causes 1, 3, 4 and 11), each
on its article; hand-made sentences are marked as such."""
import unicodedata

import extractor


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _titles(record) -> dict[str, list[tuple[str, str | None]]]:
    return {_nfc(p.name): [(_nfc(t.text), t.organization and _nfc(t.organization)) for t in p.titles] for p in record.people}


# -- cause 1: a title word, then the office's place and its holder's name, all capitalised
def test_the_place_of_an_office_before_a_foreign_holder(record_of):
    # "Cựu thủ hiến Catalonia Carles Puigdemont đang sống lưu vong ở Bỉ …", and "Ông Carles Puigdemont", "ở Catalonia"
    record = record_of("vietnews-009490")
    titles = _titles(record)
    assert titles.get("Carles Puigdemont") == [("Cựu thủ hiến Catalonia", "Catalonia")]
    assert not any("Catalonia" in name for name in titles)  # no person "Catalonia Carles Puigdemont", nor "Catalonia"
    assert "Catalonia" in {_nfc(loc.name) for loc in record.locations}  # written "ở Catalonia": a place


def test_the_place_of_an_office_before_a_holder_named_again_hand_made():
    # hand-made: the place written alone elsewhere, the holder by one name
    record = extractor.extract("Tân thủ hiến Catalonia Quim Torra nói. Ông Torra cho biết người dân Catalonia ủng hộ.")
    assert _titles(record) == {"Quim Torra": [("Tân thủ hiến Catalonia", "Catalonia")]}


def test_three_foreign_words_after_a_title_stay_one_name_without_evidence_hand_made():
    # hand-made: nothing in the text sets the first word apart, so the three words stay the holder's name
    record = extractor.extract("Chủ tịch Anders Fogh Rasmussen phát biểu tại hội nghị.")
    assert "Anders Fogh Rasmussen" in _titles(record)

