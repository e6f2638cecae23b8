"""The public contract: pydantic v2 models of what vnx emits for an article.

Every span carries ``start``/``end`` character offsets into the input string exactly as
given, with ``input[start:end] == text``.
"""
from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.6"  # 1.1: titles' organization_in_full, organisations' in_full, landmark location kinds; 1.2: locations' district, published_at_granularity; 1.3: documents' name; 1.4: refs (JSON Pointers) of participants, titles' organisations and events' places; 1.5: people's could_be; 1.6: the error code bad_field
# What a caller gives for one article (the text and its metadata): a JSON line, a Parquet row, a mapping.
ARTICLE_FIELDS = ("id", "text", "published_at", "url", "source")

EventType = Literal[
    "MEETING", "INSPECTION", "VISIT", "SPEECH", "APPOINTMENT", "AWARD", "SIGNING",
    "ISSUANCE", "CEREMONY", "LEGAL", "ACCIDENT", "DISASTER", "ECONOMIC", "OTHER",
]
EntityLabel = Literal["PERSON", "TITLE", "ORGANIZATION", "LOCATION", "TIME", "DOCUMENT"]


# Offsets index the input exactly as given, counted in Unicode code points (Python str indices: text[start:end] is
# the span), not UTF-16 code units (JavaScript, Java, C#) nor bytes: an emoji before a span shifts those, not these.
_START = Field(ge=0, description="Offset of the span's first character in the input as given, in Unicode code points")
_END = Field(ge=0, description="Offset just past the span's last character in the input as given, in Unicode code points")


class _Model(BaseModel):
    # every field is written out (none is left out when empty), so the schema of what vnx emits requires them all
    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)


_VERBATIM = "The span as written in the input (its characters unchanged: NFD stays NFD), equal to input[start:end]"


class Mention(_Model):
    """A verbatim piece of the input."""

    text: str = Field(description=_VERBATIM)
    start: int = _START
    end: int = _END


class CharRange(_Model):
    """A range of the input, without its text (a sentence, a stretch of body text)."""

    start: int = _START
    end: int = _END


_IN_FULL = ("The organisation with the place it leaves to the article, when the article names exactly one such place: "
            "'Tỉnh ủy' -> 'Tỉnh ủy Thừa Thiên Huế', 'HĐND huyện' -> 'HĐND huyện Quảng Điền'")


# how a part of the record points at the record of what it names
_REF = ("JSON Pointer (RFC 6901) into this record to the record of {what}, e.g. '{example}'; none when the name is "
        "no record of its own (read for this part alone)")


class Title(_Model):
    """A position held by a person, as written, with the organisation it belongs to."""

    text: str = Field(description=_VERBATIM + ", e.g. 'Phó Trưởng Ban Dân vận Tỉnh ủy'")
    start: int = _START
    end: int = _END
    organization: Optional[str] = Field(None, description="The organisation named in the title, e.g. 'Ban Dân vận Tỉnh ủy'")
    organization_in_full: Optional[str] = Field(None, description=_IN_FULL)
    organization_ref: Optional[str] = Field(None, description=_REF.format(what="the organisation (or the state, a place) named in the title", example="/organizations/2"))
    mentions: list[Mention] = Field([], description="Every place the article writes this title for this person, shorter repeats included")


class Person(_Model):
    """One person the article names, with every mention (full name and later short references: 'ông Dương', 'đồng
    chí Trưởng Đoàn') and the titles it gives them."""

    name: str = Field(description="The name as written, in NFC (its mentions keep the input's characters and offsets)")
    titles: list[Title] = Field([], description="The positions the article says this person holds")
    mentions: list[Mention] = Field([], description="Every place the article names or refers back to this person")
    could_be: list[str] = Field([], description="For a short reference that could stand for any of several people the "
                                "article names in full ('Hiếu' when it names 'Võ Minh Hiếu' and 'Lê Thanh Hiếu'): their "
                                "names. Such a record is no person of its own; the record's warnings say so too")


class Organization(_Model):
    """One organisation (Party, state, mass, foreign body, company, school …), all the ways the article writes it."""

    name: str = Field(description="Longest form written in the article")
    abbreviation: Optional[str] = Field(None, description="Abbreviated form written, e.g. 'HĐND'")
    expansion: Optional[str] = Field(None, description="Abbreviation expanded, e.g. 'Hội đồng nhân dân'")
    in_full: Optional[str] = Field(None, description=_IN_FULL)
    mentions: list[Mention] = Field([], description="Every place the article writes this organisation, in any of its forms")


class Location(_Model):
    """One place, resolved against Vietnam's administrative units of the article's date where it is one of them."""

    name: str = Field(description="The place as the article names it, in NFC, e.g. 'huyện Quảng Điền'")
    kind: Optional[str] = Field(None, description="province, city, district, town, township, commune, ward, special_zone, village, quarter, street, road, junction, bridge, tunnel, railway, ferry, river, lake, strait, bay, sea, island, country, state (a state or province abroad), region, or a landmark kind (airport, port, station, cave, temple, pagoda, mountain, pass, beach, park, square, market, shopping_centre, stadium, theatre, building, power_plant, landfill, tourist_site, urban_area, industrial_zone, economic_zone)")
    official_name: Optional[str] = Field(None, description="The administrative unit in force on the article's date, e.g. 'Huyện Quảng Điền'. An article dated from 1 July 2025 that names a unit the reorganisation did away with: a commune or ward merged away is the one that took all of it ('phường Bến Nghé' -> 'Phường Sài Gòn'; none when it was divided among several); a former district, town or district-level city keeps its last official name ('Huyện Quảng Điền'), or is the unit it became whole and alone ('huyện Lý Sơn' -> 'Đặc khu Lý Sơn'); a merged province is the province it lies in. An undated article is read on the last map before that day, of 30 June 2025 ('quận 2' -> 'Thành phố Thủ Đức', which took it in 2021); an article dated before a merger, on the map of its day ('quận 2' in 2018 -> 'Quận 2')")
    district: Optional[str] = Field(None, description="District-level unit the place lies in on the article's date (for a commune, ward or street), e.g. 'Huyện Quảng Điền'; none after the July 2025 reorganisation abolished districts")
    province: Optional[str] = Field(None, description="Province or centrally-run city of that unit, on the article's date (for a former district, the one its area lies in on that day: 'huyện Sơn Động' in 2025 -> 'Tỉnh Bắc Ninh')")
    mentions: list[Mention] = Field([], description="Every place the article names this place")


class TimeExpression(_Model):
    """A date or time expression, with its value read against the publication date where the text leaves it open."""

    text: str = Field(description=_VERBATIM + ", e.g. 'Chiều 12/4'")
    start: int = _START
    end: int = _END
    value: Optional[str] = Field(None, description="ISO 8601 style: 2024-04-12, 2021-01, 2024-Q1, 2021-01/2023-12, XXXX-04-12, P3D")
    granularity: Optional[str] = Field(None, description="minute, hour, day, week, month, quarter, year, decade, range granularity, duration")
    part_of_day: Optional[str] = Field(None, description="morning, noon, afternoon, evening, night")
    anchor: bool = Field(False, description="True when the value was resolved from the publication date")
    mod: Optional[str] = Field(None, description="start, mid, end (đầu/giữa/cuối tháng 3); more_than, less_than, approx, at_least, at_most for durations; approx also for a day or clock time after 'khoảng', 'tầm' (the word itself outside the span)")


class DocumentReference(_Model):
    """One state or Party document the article cites, with all its mentions merged ('Kết luận 62-KL/TW' … 'Kết luận 62')."""

    text: str = Field(description=_VERBATIM + " (the first mention), e.g. 'Kết luận 62-KL/TW'")
    start: int = _START
    end: int = _END
    kind: Optional[str] = Field(None, description="Vietnamese type word, e.g. 'Kết luận', 'Quyết định'")
    name: Optional[str] = Field(None, description="A document cited by its name: its official title when the data lists "
                                "it ('Luật KTNN', 'luật đất đai' -> 'Luật Kiểm toán nhà nước', 'Luật Đất đai'), else as "
                                "written ('Luật Đất đai năm 2024' -> 'Luật Đất đai'; 'Hiến pháp')")
    number: Optional[str] = Field(None, description="The document's number, e.g. '62', '1234'")
    year: Optional[int] = Field(None, description="The year in its symbol (state normative documents: 100/2019/NĐ-CP), or of 'Luật Đất đai năm 2024'")
    symbol: Optional[str] = Field(None, description="Canonical symbol, e.g. '62-KL/TW', '1234/QĐ-UBND'")
    type_code: Optional[str] = Field(None, description="The type's code in the symbol, e.g. 'KL', 'QĐ', 'NĐ' (Nghị định 30/2020/NĐ-CP, Phụ lục III; Hướng dẫn 36-HD/VPTW)")
    issuer_code: Optional[str] = Field(None, description="The issuer's code in the symbol, e.g. 'TW', 'UBND', 'CP', 'QH14'")
    issuer: Optional[str] = Field(None, description="The issuing body by name, e.g. 'Bộ Chính trị', 'Chính phủ', 'UBND tỉnh Nghệ An' (the province or district the text gives)")
    system: Optional[Literal["party", "state"]] = Field(None, description="Whether it is a Party or a state document")
    issued_on: Optional[str] = Field(None, description="The day it was issued, ISO 8601, from 'ngày 08/12/2009' written beside it")
    subject: Optional[str] = Field(None, description="What it is about: the 'về …' phrase after it, as written")
    signed_by: Optional[str] = Field(None, description="Who signed it, where the article says so")
    mentions: list[Mention] = Field([], description="Every place the article cites this document, later short forms included")


class Participant(_Model):
    """Someone or some body taking part in an event, in a role."""

    role: str = Field(description="chair, speaker, agent, subject, participant, recipient, appointee, victim, suspect")
    name: str = Field(description="The person's or organisation's name, as its record names it")
    kind: Literal["person", "organization"] = Field("person", description="Whether a person or an organisation takes part")
    ref: Optional[str] = Field(None, description=_REF.format(what="this person or organisation", example="/people/0"))


class Event(_Model):
    """What happened: a meeting, inspection, speech, appointment, court case, accident … with when, where and who."""

    type: EventType = Field(description="The kind of happening; each type's Vietnamese triggers are listed in extractor/data/event_triggers.yaml")
    trigger: Mention = Field(description="The word or phrase that tells the happening, e.g. 'buổi làm việc', 'phát biểu'")
    time: Optional[str] = Field(None, description="When, as a TimeExpression value (ISO 8601 style), from its sentence or the article's lead")
    location: Optional[str] = Field(None, description="Where: the place (or the body whose seat it is) named for it")
    location_ref: Optional[str] = Field(None, description=_REF.format(what="the place (or the body, as 'trụ sở Bộ Công an')", example="/locations/1"))
    participants: list[Participant] = Field([], description="Who took part, each in its role")
    documents: list[str] = Field([], description="Symbols (or names) of the documents the event is under, as the documents records give them")
    sentence: CharRange = Field(description="The sentence that tells it, as offsets into the input")
    confidence: float = Field(ge=0.0, le=1.0, description="How much of the event its own sentence states: 0.2 for the "
                              "trigger, plus 0.2 each for a time, a doer and a second participant found in that sentence "
                              "(the rest inherited from the lead or earlier sentences); not a calibrated probability")


class Entity(_Model):
    """One tagged span, as spaCy's doc.ents holds it."""

    label: EntityLabel = Field(description="What the span names")
    text: str = Field(description=_VERBATIM)
    start: int = _START
    end: int = _END


class ArticleRecord(_Model):
    """Everything vnx extracted from one article."""

    schema_version: str = Field(SCHEMA_VERSION, description="Version of this contract (records.SCHEMA_VERSION)")
    id: Optional[str] = Field(None, description="The article's id as given (a number written as a string), or its file's path")
    url: Optional[str] = Field(None, description="The article's URL as given, or the page's")
    source: Optional[str] = Field(None, description="The article's source (outlet, archive) as given")
    title: Optional[str] = Field(None, description="The title the input states (a JSON field, or an HTML page's own), else the one the layout reads from the text")
    category: Optional[str] = Field(None, description="The section label above the title on the page ('Tin tức hoạt động')")
    author: Optional[str] = Field(None, description="The author the input states (a JSON field, or an HTML page's own), else the byline the layout reads (a pen name or an agency credited: 'Dương Thủy', 'TTXVN')")
    published_at: Optional[datetime] = Field(None, description="When the article was published, in Vietnam time: the time given, else its page's metadata, else its dateline, else its URL's day; relative times count from it")
    published_at_granularity: Optional[Literal["day", "hour", "minute", "second"]] = Field(
        None, description="How much of published_at was stated: 'day' means the date alone (its 00:00 is not a time anybody wrote)")
    body: list[CharRange] = Field([], description="Ranges of the input that are article text (title and body), not boilerplate")
    people: list[Person] = Field([], description="The people the article names, one record each")
    organizations: list[Organization] = Field([], description="The organisations, one record each")
    locations: list[Location] = Field([], description="The places, one record each")
    times: list[TimeExpression] = Field([], description="Every date and time expression, in text order")
    documents: list[DocumentReference] = Field([], description="The documents cited, one record each")
    events: list[Event] = Field([], description="What happened, in text order")
    entities: list[Entity] = Field([], description="Every tagged span (PERSON, TITLE, ORGANIZATION, LOCATION, TIME, DOCUMENT), in text order")
    warnings: list[str] = Field([], description="What the reader should know: conflicting publication dates, converted encodings, ambiguous references")
    input: Optional[str] = Field(None, description="Where vnx read the article: the file, 'stdin', or file and line or record number")
    source_encoding: Optional[str] = Field(None, description="Encoding the article was read from when bytes were decoded or legacy text converted: utf-8, utf-16-le, utf-16-be, utf-32-le, utf-32-be (after a byte-order mark), windows-1258, tcvn3, vni")
    text_origin: Optional[str] = Field(None, description="What the offsets point into: 'input' (the text as given), 'html' (main text extracted from a page), 'converted' (legacy encoding converted to Unicode), 'html+converted'")
    text: Optional[str] = Field(None, description="The text the offsets point into, when it is not the input as given (text_origin other than 'input')")


# the parts of a record that name things, whose strings ``in_nfc`` composes
_NAMED_PARTS = ("people", "organizations", "locations", "documents", "events")


def with_refs(record: ArticleRecord) -> ArticleRecord:
    """The record with the JSON Pointers from its events and titles to the records of what they name: a participant's
    person or organisation, a title's organisation (or the state of "Tổng thống Mỹ", a place), an event's place (or
    body). A name is looked up as a record's name, then as a mention's text, in NFC with its whitespace folded (a
    mention keeps the input's tabs and no-break spaces)."""
    def key(name: str) -> str:
        return " ".join(unicodedata.normalize("NFC", name).split())

    def index(*parts: str) -> dict[str, str]:
        found: dict[str, str] = {}
        for named in (lambda r: [r.name], lambda r: [m.text for m in r.mentions]):  # names before mentions
            for part in parts:
                for number, item in enumerate(getattr(record, part)):
                    for name in named(item):
                        found.setdefault(key(name), f"/{part}/{number}")
        return found

    who = {"person": index("people"), "organization": index("organizations")}
    bodies, places = index("organizations", "locations"), index("locations", "organizations")
    people = [person.model_copy(update={"titles": [
        title.model_copy(update={"organization_ref": bodies.get(key(title.organization))}) if title.organization else title
        for title in person.titles]}) for person in record.people]
    events = [event.model_copy(update={
        "location_ref": places.get(key(event.location)) if event.location else None,
        "participants": [p.model_copy(update={"ref": who[p.kind].get(key(p.name))}) for p in event.participants]})
        for event in record.events]
    return record.model_copy(update={"people": people, "events": events})


def in_nfc(record: ArticleRecord) -> ArticleRecord:
    """The record with every name in NFC (a person's, organisation's or place's ``name``, its abbreviation, official
    name, a title's organisation, a participant, an event's place, a document's name and issuer …): the same name read
    from NFD text, as some pages give it, is then the same string, to group by across articles. The verbatim parts
    keep the input's characters: a span's ``text`` (a mention, a title, a document reference) with its offsets."""
    def composed(value):
        if isinstance(value, str):
            return unicodedata.normalize("NFC", value) if not value.isascii() else value
        if isinstance(value, list):
            return [composed(v) for v in value]
        if isinstance(value, BaseModel):
            verbatim = {"text"} if "start" in type(value).model_fields else set()
            update = {k: composed(v) for k, v in value if k not in verbatim and isinstance(v, (str, list, BaseModel))}
            changed = {k: v for k, v in update.items() if v != getattr(value, k)}
            return value.model_copy(update=changed) if changed else value
        return value

    update = {part: composed(getattr(record, part)) for part in _NAMED_PARTS}
    return record.model_copy(update=update)


class ErrorInfo(_Model):
    """Why an input gave no record."""

    code: Literal["empty", "binary", "encoding", "unreadable", "too_large", "not_vietnamese", "bad_json", "not_an_article", "bad_field", "internal", "timeout"] = Field(
        description="empty, binary, encoding (no encoding vnx reads), unreadable (I/O, a cut archive), too_large, "
                    "not_vietnamese, bad_json, not_an_article (no text or page in it), bad_field (a field of the wrong "
                    "type, a published_at that is no time), internal (a bug in vnx), timeout")
    message: str = Field(description="One line naming the input and what is wrong with it")


class ErrorRecord(_Model):
    """Emitted instead of an ArticleRecord when an input cannot be processed."""

    schema_version: str = Field(SCHEMA_VERSION, description="Version of this contract (records.SCHEMA_VERSION)")
    id: Optional[str] = Field(None, description="The article's id, when the input gave one that could be read")
    error: ErrorInfo = Field(description="What went wrong")
    input: Optional[str] = Field(None, description="Where vnx read the article: the file, 'stdin', or file and line or record number")
    source_encoding: Optional[str] = Field(None, description="Encoding the article was read from, when known")
