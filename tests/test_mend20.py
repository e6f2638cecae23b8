"""Three wrong items the lead found reading the session 20 merge's 800-sample diff, each on its real sample article."""
import unicodedata

import extractor


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def test_the_place_an_office_serves_is_no_organisation(record_of):
    # vietnews-009490, headline: "Cựu thủ hiến Catalonia lưu vong yêu cầu EU …"; in the body "Cựu thủ hiến Catalonia
    # Carles Puigdemont" beside "diễn ra ở Catalonia": Catalonia is a region, in the headline as in the body
    record = record_of("vietnews-009490")
    assert "Catalonia" not in {_nfc(org.name) for org in record.organizations}
    [catalonia] = [loc for loc in record.locations if _nfc(loc.name) == "Catalonia"]
    assert len(catalonia.mentions) == 2  # the headline's and the body's title
    [puigdemont] = [p for p in record.people if _nfc(p.name) == "Carles Puigdemont"]
    assert [t.organization_ref for t in puigdemont.titles] == [f"/locations/{record.locations.index(catalonia)}"]


def test_a_title_body_named_nowhere_as_a_place_stays_an_organisation_hand_made():
    # hand-made: "Chủ tịch Vingroup", the body written alone; nothing in the text makes it a place
    record = extractor.extract("Chủ tịch Vingroup Phạm Nhật Vượng phát biểu tại Hà Nội.")
    assert "Vingroup" in {_nfc(org.name) for org in record.organizations}
