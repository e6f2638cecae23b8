"""Legacy Vietnamese encodings: detect TCVN3 (ABC), VNI Windows and Windows-1258 text and convert it to Unicode.

Archives hold Vietnamese typed before Unicode: bytes in one of the old 8-bit code pages, or, as
often, those bytes already mis-decoded as Windows-1252/Latin-1 and saved as UTF-8 ("Thõa Thi£n
HuÕ"). Both come here as "byte characters" (one character per byte) and are converted with the
code tables in ``extractor/data/tcvn3.tsv`` and ``vni.tsv``; Windows-1258 uses Python's codec. UTF-8 mis-decoded
so ("NgÆ°á»i") is one more candidate: its byte characters are valid UTF-8.
The winner is the decoding with the largest share of Vietnamese function words
(``language.yaml``), so detection is judged on the language, not on byte statistics.

No maintained Python library converts TCVN3/VNI (charset-normalizer and friends know only the
IANA code pages, i.e. Windows-1258), hence the small table interpreter below.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

from .inputs import vietnamese_share
from .lexicons import load_tsv, load_yaml
from .text import LOST as _LOST

UTF8, CP1258, TCVN3, VNI = "utf-8", "windows-1258", "tcvn3", "vni"
UTF8_REPLACED = "utf-8, invalid bytes replaced"  # decode_bytes' name for UTF-8 with a few bad bytes made U+FFFD
UTF8_MISREAD = "utf-8 mis-decoded as windows-1252"  # "NgÆ°á»i": UTF-8 read once as Windows-1252/Latin-1 and saved so
# Letters a genuine Unicode Vietnamese text is full of and mojibake never produces:
# Latin Extended (ă đ ơ ư ĩ ũ), combining tone marks (NFD input) and Latin Extended Additional (ạ ả ấ ... ỹ).
_UNICODE_VI = re.compile("[\u0100-\u01ff\u0300-\u036f\u1ea0-\u1ef9]")
_HIGH_LATIN1 = re.compile("[\u00a0-\u00ff]")
# A legacy decoding must beat the text as given by this much function-word share to be used.
_MARGIN = 0.05
_TONES = "\u0300\u0301\u0303\u0309\u0323"
# byte-order marks of the wider Unicode encodings, UTF-32's first (its little-endian mark starts with UTF-16's)
_UNICODE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                 (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


@lru_cache(maxsize=None)
def _table(name: str) -> dict[str, str]:
    """Byte characters (bytes read as Latin-1) -> Unicode letter, from a data file."""
    return {bytes.fromhex(row["bytes"]).decode("latin-1"): row["unicode"] for row in load_tsv(f"{name}.tsv")}


@lru_cache(maxsize=None)
def _pattern(name: str) -> re.Pattern:
    keys = sorted(_table(name), key=len, reverse=True)  # two-byte VNI letters before their one-byte prefixes
    return re.compile("|".join(map(re.escape, keys)))


@lru_cache(maxsize=None)
def _byte_chars() -> dict[int, str]:
    """Byte -> the character Windows shows for it (Windows-1252, Latin-1 where 1252 has none).

    Legacy Vietnamese fonts kept Windows-1252's punctuation (curly quotes, dashes) in 0x80-0x9F.
    """
    table = {}
    for byte in range(256):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            table[byte] = chr(byte)
    return table


def _decode(data: bytes, encoding: str) -> str:
    if encoding == CP1258:
        return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    chars = data.decode("latin-1").translate(_byte_chars())
    table = _table(encoding)
    return _pattern(encoding).sub(lambda m: table[m.group(0)], chars)


def _best(data: bytes, given_share: float, lost: int = 0) -> tuple[str, str] | None:
    """The legacy decoding of ``data`` that reads most like Vietnamese, if clearly better than ``given_share``.
    ``lost``: bytes of the text that were lost (see ``repair``); only UTF-8 can tell where, by the sequences they cut."""
    scored = []
    for encoding in () if lost else (TCVN3, VNI, CP1258):
        text = _decode(data, encoding)
        scored.append((vietnamese_share(text), encoding, text))
    try:  # Unicode text itself, mis-decoded once: its bytes are valid UTF-8
        text = data.decode("utf-8", errors="replace" if lost else "strict")
        scored.append((vietnamese_share(text), UTF8_MISREAD, text))
    except UnicodeDecodeError:
        pass
    share, encoding, text = max(scored)
    # a text whose Windows-1252 bytes are valid UTF-8 (but for one cut sequence per lost byte) needs no margin: no
    # genuine text spells its letters so
    margin = 0.0 if encoding == UTF8_MISREAD and text.count(_LOST) == lost else _MARGIN
    if share >= load_yaml("language.yaml")["min_share"] and share > given_share + margin:
        return text, encoding
    return None


def _as_bytes(text: str) -> bytes | None:
    """The bytes a text mis-decoded as Windows-1252/Latin-1 came from; None if it cannot be such a text."""
    reverse = {ch: byte for byte, ch in _byte_chars().items()}
    try:
        return bytes(reverse[ch] if ch in reverse else ord(ch) for ch in text)
    except ValueError:  # a character above U+00FF that Windows-1252 does not have
        return None


def repair(text: str) -> tuple[str, str | None]:
    """Undo legacy-encoded Vietnamese, or UTF-8, that was mis-decoded as Windows-1252/Latin-1.

    Returns ``(text, None)`` when ``text`` is genuine Unicode (the usual, fast case), else
    ``(converted, encoding)``.
    """
    if len(_HIGH_LATIN1.findall(text[:20000])) <= len(_UNICODE_VI.findall(text[:20000])):
        return text, None
    # A decoder that replaced the five bytes Windows-1252 leaves undefined left U+FFFD for each. They are UTF-8
    # continuation bytes: without them the rest of the character's sequence decodes to one U+FFFD, where it was.
    data = _as_bytes(text.replace(_LOST, ""))
    if data is None:
        return text, None
    found = _best(data, vietnamese_share(text), lost=text.count(_LOST))
    return (text, None) if found is None else found


def lost_note(text: str, encoding: str | None) -> list[str]:
    """The record's warning for text that ``repair`` gave back with characters lost before vnx read it."""
    if encoding != UTF8_MISREAD or not (lost := text.count(_LOST)):
        return []
    return [f"the text was UTF-8 mis-decoded as Windows-1252 with its undefined bytes replaced: {lost} character"
            f"{'s' * (lost != 1)} lost there stay U+FFFD"]


def decode_bytes(data: bytes, keep_bom: bool = False) -> tuple[str, str]:
    """Bytes of an article to Unicode text and the name of the encoding they were in.

    UTF-16 or UTF-32 when a byte-order mark says so (Notepad's "Unicode"); else UTF-8 first (and
    mis-decoded legacy text inside it is repaired); otherwise the legacy decoding that reads most like
    Vietnamese. Raises ``UnicodeDecodeError`` when none does (its ``encoding`` is the UTF-16/32 codec
    the mark named, else "utf-8"). ``keep_bom``: the byte-order mark stays in the text (U+FEFF), so
    that offsets count from the input's first character.
    """
    if codec := unicode_bom(data):
        text = data.decode(codec)
        return text if keep_bom else text[1:], codec
    try:
        text = data.decode("utf-8" if keep_bom else "utf-8-sig")
    except UnicodeDecodeError as err:
        mostly = _mostly_utf8(data, keep_bom)
        if mostly is not None:
            return mostly, UTF8_REPLACED
        found = _best(data, 0.0)
        if found is None:
            raise err from None
        return found
    converted, encoding = repair(text)
    return converted, encoding or UTF8


def _mostly_utf8(data: bytes, keep_bom: bool) -> str | None:
    """UTF-8 text whose few invalid bytes (a download cut inside a character, one stray byte) are U+FFFD, when the
    rest is plainly UTF-8: at most one bad sequence per 1,000 bytes (3 in a short text) and at least ten valid
    multi-byte characters for each; else None (legacy encodings are tried next)."""
    text = data.decode("utf-8" if keep_bom else "utf-8-sig", errors="replace")
    bad = text.count("\ufffd")
    wide = sum(1 for ch in text if "\u0080" <= ch != "\ufffd")
    return text if bad <= max(3, len(data) // 1000) and wide >= 10 * bad else None


def unicode_bom(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 codec (with its byte order) whose byte-order mark ``data`` starts with, if any."""
    return next((codec for bom, codec in _UNICODE_BOMS if data.startswith(bom)), None)


def encode_legacy(text: str, encoding: str) -> bytes:
    """Unicode text to a legacy encoding (the reverse of the tables), to build test archives."""
    out = []
    if encoding == CP1258:
        for ch in unicodedata.normalize("NFC", text):
            try:
                out.append(ch.encode("cp1258"))
            except UnicodeEncodeError:  # cp1258 spells most toned letters as letter + combining tone
                nfd = unicodedata.normalize("NFD", ch)
                base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
                out.append((base + "".join(c for c in nfd if c in _TONES)).encode("cp1258", errors="replace"))
        return b"".join(out)
    reverse = {uni: chars for chars, uni in _table(encoding).items()}
    for ch in unicodedata.normalize("NFC", text):
        legacy = reverse.get(ch, reverse.get(ch.lower()))  # TCVN3 capitals with tones share the lower-case codes
        out.append(legacy.encode("latin-1") if legacy else ch.encode("cp1252", errors="replace"))
    return b"".join(out)
