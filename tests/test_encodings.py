"""Legacy Vietnamese encodings: real articles from ../shared written in TCVN3, VNI and Windows-1258
(as raw bytes, and as the mojibake they become when read as Windows-1252) come back as Unicode."""
import json
import pathlib
import unicodedata

import pytest

from extractor.encodings import CP1258, TCVN3, UTF8, UTF8_MISREAD, VNI, decode_bytes, encode_legacy, lost_note, repair

SHARED = pathlib.Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = SHARED / "data" / "news" / "vietnews-sample.jsonl"


def _articles(n):
    with open(SAMPLE, encoding="utf-8") as handle:
        return [json.loads(next(handle))["text"] for _ in range(n)]


def _same(converted: str, original: str, encoding: str) -> bool:
    """Equal up to what the legacy encoding cannot hold: TCVN3 has no toned capitals; characters
    outside the code page (curly quotes in TCVN3/VNI fonts are fine, foreign letters are not) became '?'."""
    original = unicodedata.normalize("NFC", original)
    if encoding == TCVN3:
        converted, original = converted.lower(), original.lower()
    return len(converted) == len(original) and all(a == b or a in "?\ufffd" for a, b in zip(converted, original))


@pytest.mark.parametrize("encoding", [TCVN3, VNI, CP1258])
def test_legacy_bytes_are_detected_and_converted(encoding):
    texts = _articles(40)
    results = [decode_bytes(encode_legacy(text, encoding)) for text in texts]
    assert [found for _, found in results] == [encoding] * len(texts)
    assert sum(_same(converted, text, encoding) for (converted, _), text in zip(results, texts)) >= 38


@pytest.mark.parametrize("encoding", [TCVN3, VNI])
def test_mojibake_read_as_windows_1252_is_repaired(encoding):
    for text in _articles(15):
        mojibake = encode_legacy(text, encoding).decode("cp1252", errors="replace")
        converted, found = repair(mojibake)
        assert found == encoding
        assert converted != mojibake


@pytest.mark.parametrize("misread", ["latin-1", "windows-1252"])
def test_utf8_read_as_windows_1252_or_latin_1_is_repaired_exactly(misread):
    """"NgÆ°á»i": Unicode text read once as Latin-1 or Windows-1252 (a browser's: its five undefined bytes kept as
    Latin-1) and saved so was refused as not Vietnamese (tester s14 #11)."""
    for text in _articles(15):
        data = text.encode("utf-8")
        mojibake = data.decode("latin-1") if misread == "latin-1" else "".join(
            bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)
        assert repair(mojibake) == (text, UTF8_MISREAD)
        assert decode_bytes(mojibake.encode("utf-8")) == (text, UTF8_MISREAD)


def test_utf8_mis_decoded_with_its_undefined_bytes_replaced_keeps_every_character_but_the_lost_ones():
    """Windows-1252 with errors="replace" (pandas, a scraper) leaves U+FFFD for the five bytes it does not define
    ("luáº­t" keeps, "bà" loses a byte): each lost character is one U+FFFD where it was, the rest exact; such text was
    refused as not Vietnamese. All 800 sample articles: vietnews-020855, of few function words, once fell short of
    the margin a legacy decoding must win by, which valid UTF-8 needs not."""
    for text in _articles(800):
        mojibake = text.encode("utf-8").decode("cp1252", errors="replace")
        lost = mojibake.count("\ufffd")
        converted, found = repair(mojibake)
        assert found == UTF8_MISREAD and len(converted) == len(text)
        assert sum(a != b for a, b in zip(converted, text)) == converted.count("\ufffd") == lost > 0
        assert lost_note(converted, found) == [f"the text was UTF-8 mis-decoded as Windows-1252 with its undefined "
                                               f"bytes replaced: {lost} characters lost there stay U+FFFD"]
        assert lost_note(text, None) == []


def test_genuine_unicode_is_left_alone_also_in_nfd():
    for text in _articles(30):
        assert repair(text) == (text, None)
        nfd = unicodedata.normalize("NFD", text)
        assert repair(nfd) == (nfd, None)
        assert decode_bytes(text.encode("utf-8")) == (text, UTF8)


def test_known_tcvn3_and_vni_spellings():
    # hand-made: commune names as printed in old TCVN3 documents, and a VNI greeting
    assert repair("B¶o Th¾ng vµ B¸t X¸t, tØnh Lµo Cai, lµ hai huyÖn cña tØnh") == (
        "Bảo Thắng và Bát Xát, tỉnh Lào Cai, là hai huyện của tỉnh", TCVN3)
    assert decode_bytes("Xin chaøo caùc baïn, ñaây laø moät ngaøy cuûa chuùng ta".encode("cp1252")) == (
        "Xin chào các bạn, đây là một ngày của chúng ta", VNI)


def test_undecodable_bytes_are_refused():
    with pytest.raises(UnicodeDecodeError):
        decode_bytes(bytes(range(128, 256)) * 20)


def test_utf8_with_a_cut_character_or_a_stray_byte_is_read_with_it_replaced():
    """A real article cut inside its last character, or with one stray 0xFF byte: UTF-8 but for one byte, refused whole
    before as 'neither UTF-8 nor … TCVN3, VNI or Windows-1258' (tester s11-h4 #19)."""
    from extractor.encodings import UTF8_REPLACED

    data = _articles(1)[0].encode("utf-8")
    cut = data[:3002]  # inside a two-byte letter
    text, encoding = decode_bytes(cut)
    assert encoding == UTF8_REPLACED and text.endswith("\ufffd") and text[:-1] == cut[:-1].decode("utf-8")
    text, encoding = decode_bytes(data[:9] + b"\xff" + data[9:])
    assert encoding == UTF8_REPLACED and text.replace("\ufffd", "", 1) == data.decode("utf-8")
    with pytest.raises(UnicodeDecodeError):  # many bad bytes: no UTF-8 to speak of
        decode_bytes(b"\xff".join(data[i:i + 40] for i in range(0, 4000, 40)))
