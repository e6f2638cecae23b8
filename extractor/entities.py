"""Pipeline component ``vnx_entities``: people, titles, organisations and locations, linked.

Rules over the syllable tokens, driven by the lexicons in ``data/`` (honorifics, title heads and
modifiers, organisation heads and known names, abbreviations, administrative levels, surnames,
countries) and by the administrative units of ``extractor.gazetteer``. Lexicon look-up is one
spaCy ``PhraseMatcher`` pass on ``token.norm_`` (so "uỷ"/"ủy", NFD and case do not matter);
capitalisation is read from the text as written (``text.written``: odd spaces such as a no-break space or a
tab read as " ", zero-width characters and soft hyphens dropped, NFC), and so are the spans compared with lexicon
forms. Record names are as written too, odd spaces shown as " " and invisible characters dropped (the input's
composition kept); mention texts and offsets are always the input's exact slices. Links made here:

* person ↔ title, in the patterns news uses: "đồng chí X - T1, T2", "X, T", "X (T)", "T X", "T, ông X",
  "T là ông X", and for lists of people "A và B, lần lượt là T1 và T2", "A và B - đều là T";
* title ↔ organisation: the body named inside the title ("Phó Trưởng Ban Dân vận Tỉnh ủy");
* short references ("ông Dương") ↔ the full name written elsewhere in the article;
* one organisation written several ways (a shorter form that is a prefix of a longer one,
  an abbreviation and its expansion) ↔ one record;
* location ↔ the administrative unit in force on the article's date.

Only the title and body count (``doc._.in_body``): bylines and page widgets give no entity.

Assigns ``doc._.people``, ``doc._.organizations``, ``doc._.locations`` (record models) and
``doc.spans["entities"]`` (PERSON, TITLE, ORGANIZATION, LOCATION spans).
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import compress

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from . import gazetteer
from .layout import vietnam_day, warn
from .lexicons import dictionary_words, load_tsv, load_yaml, vietnamese_syllable
from .records import Location, Mention, Organization, Person, Title
from .text import LOST, fold, lost_read, written
from .tokenizer import norm_text, phrase_matches

for _name in ("people", "organizations", "locations"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

MAX_NAME_SYLLABLES = 5
MAX_NAME_PART = 5  # letters of a lower-case part after a hyphen in a foreign name ("Jong - nam", "Chan - ocha")
_PERSON_TITLE_GAPS = {"-", "–", "—", ",", "(", ":"}
MAX_SHOW_NAME_WORDS = 3  # foreign words after the English article of a show's name ("The Face", "The Next Top Model")
MAX_DESCRIPTION = 4  # lower-case words between an organisation's head and the name that completes it
OFFICE_DESCRIPTION = 3  # lower-case words between a title's head and "của" (of) and the body it serves
_TITLE_LABELS = ("MOD_BEFORE", "TITLE_HEAD", "TITLE_STANDALONE")  # lexicon labels that open a title
_OPENING_LABELS = _TITLE_LABELS + ("ORG_HEAD", "ORG_KNOWN", "PLACE", "CUE", "LEVEL")  # lexicon labels that open a name
# "DeLuca", with an initial fused on ("B.DeLuca"), with hyphened parts ("Jong-un")
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_]\.)?[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*$")
_NAME_DASH = re.compile(r"(?<=\w)\s*[-–]\s*(?=\w)")  # a dash between two parts of a name
_MIDDLE_INITIAL = re.compile(r"(?<=\s)[^\W\d_]\.\s*(?=[^\W\d_]{2})")
_INITIAL = re.compile(r"^[^\W\d_]\.$")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+$")  # "Đ.", "V.T.": a name the press gives by its initials
# the rest of a name given by initials, written without its last dot or with two letters: "M.C", "T.Th.", "H"
_INITIALS_REST = re.compile(r"^[^\W\d_]{1,2}(?:\.[^\W\d_]{1,2})*\.?$")
_NUMBER = re.compile(r"^\d+[A-Z]?$")  # "quốc lộ 1", "quốc lộ 1A", "khu phố 3"
_ROMAN_NUMERAL = re.compile(r"[IVX]+")  # "phường II", "xã Tam Xuân I": a unit numbered in Roman numerals
_BLOCK_LETTER = re.compile(r"[A-Z]")  # "chung cư Vĩnh Lộc B": one of the lettered blocks of a site
_HOUSE_NUMBER = re.compile(r"^(?:\d+[A-Z]?(?:/\d+[A-Z]?)+|\d{2,}[A-Z]?-\d{2,}[A-Z]?)$")  # "66/1", "12/3A": a house in an
# alley, before its street; "95-97": two houses joined ("toà nhà văn phòng 95-97 Lê Duẩn"), not a score ("2-1")
_YEAR = re.compile(r"(?:19|20)\d\d")  # a year written alone
_ACRONYM = re.compile(r"^[^\W\d_]+(?:[-&][^\W\d_]+)*$")
# a unit's code: capitals and its number in one word ("PC45", "PA83": the police departments of Thông tư 28/2014/TT-BCA
# and their successors)
_UNIT_CODE = re.compile(r"^([^\W\d_]{1,4})\d{1,3}$")
_JOINER_SPACES = re.compile(r"\s*([-–&])\s*")
_WORD = re.compile(r"\S+")
_BRACKETED_WORD = re.compile(r"\(\s*([^()\s]+)\s*\)")  # one word alone in brackets: "(DongABank)"


def _joiner_split(joiners) -> re.Pattern:
    """The pattern that splits a body's name into its fields at the joiners (words as whole words)."""
    alternatives = (rf"\b{re.escape(w)}\b" if w.isalpha() else re.escape(w) for w in sorted(joiners))
    return re.compile(r"\s*(?:" + "|".join(alternatives) + r")\s*")


def _joined(name: str) -> str:
    """A name with no spaces around its dashes and ampersands: "Bộ TN - MT" and the listed "Bộ TN-MT" are one form."""
    return _JOINER_SPACES.sub(r"\1", name)


def _fields(rows, organizations, kind: str, split: re.Pattern) -> list[str]:
    """The field phrases of ``kind`` (org_fields.tsv), and for fields the ministries' fields: the name after "Bộ" of
    each state body of organizations.tsv and of its variants, whole and split (``split``) into the fields it joins."""
    fields = {r["field"] for r in rows if r["kind"] == kind}
    for row in organizations:
        for form in [row["name"], *(v.strip() for v in row["variants"].split("|"))] if row["system"] == "state" else ():
            head, _, field = form.partition(" ")
            if fold(head) == "bộ" and field:
                fields |= {field, *filter(None, split.split(field))}
    return sorted(fields)


@dataclass
class _Item:
    """One recognised span, in non-space token positions [start, end)."""

    label: str
    start: int
    end: int
    info: dict = field(default_factory=dict)


def _longest(names: list[str]) -> str:
    """The longest of a record's names as written, counted in composed letters (an article may write some mentions in
    NFD: "Thụy Điển" is no longer than "Thuỵ Điển"), the first of equals: the same name for NFC and NFD input."""
    return max(names, key=lambda name: len(unicodedata.normalize("NFC", name)))


@lru_cache(maxsize=1 << 16)  # a token's text recurs within and across articles
def _token_reading(token: str) -> tuple[str, str]:
    """A token's text as written (``text.written``) and its ``fold``: the scan's two readings of every token, a lost
    character inside a word read as a letter (``text.lost_read``)."""
    shown = lost_read(written(token))
    return shown, fold(shown)


def _positions(items: list[_Item]) -> dict[int, int]:
    """Each item's position in ``items``, by identity (``list.index`` compares items field by field from the start:
    quadratic on a long text)."""
    return {id(it): i for i, it in enumerate(items)}


class EntityRecognizer:
    """Callable component; holds the lexicon matcher built once for the pipeline's vocab."""

    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.labels: list[str] = []  # the matcher's labels, in the order added
        self.head_info: dict[str, dict] = {}
        self.abbreviations: dict[str, str] = {}

        def add(label: str, phrases) -> None:
            docs = list(nlp.tokenizer.pipe(phrases))  # one batch: the word segmentation runs once
            # underthesea keeps an abbreviation's period on its token only in context ("Q. Tân Bình" but "Q" "."
            # alone): such phrases also match as whole-word tokens.
            for phrase in (p for p in phrases if "." in p):
                docs.append(whole := Doc(nlp.vocab, words=phrase.split()))
                for token in whole:
                    token.norm_ = fold(token.text)
            self.matcher.add(label, [d for d in docs if len(d)])
            self.labels.append(label)

        honorifics = load_tsv("honorifics.tsv")
        add("CUE", [r["cue"] for r in honorifics])
        self.pronoun_addresses = {fold(r["cue"]) for r in honorifics if r["kind"] == "address"}
        self.cue_sexes = {fold(r["cue"]): r["gender"] for r in honorifics if r["gender"]}  # "bà": f, "Hoàng tử": m
        self.full_name_cues = {fold(r["cue"]) for r in honorifics if r["kind"] == "descriptor"}
        self.position_cues = {fold(r["cue"]) for r in honorifics if r["kind"] == "position"}  # "HLV Minh Tú": a title too
        titles = load_tsv("titles.tsv")
        add("TITLE_HEAD", [r["title"] for r in titles if r["kind"] in ("head", "country", "role", "body")])
        self.body_titles = {fold(r["title"]) for r in titles if r["kind"] == "body"}  # "quan chức Bộ Y tế", not "quan chức"
        self.role_titles = {fold(r["title"]) for r in titles if r["kind"] == "role"}  # "nhà sáng lập": a body read, or none
        self.country_titles = {fold(r["title"]) for r in titles if r["kind"] == "country"}
        self.portfolio_titles = {fold(r["title"]) for r in titles if r["portfolio"] == "yes"}
        add("TITLE_STANDALONE", [r["title"] for r in titles if r["kind"] == "standalone"])
        modifiers = load_tsv("title_modifiers.tsv")
        add("MOD_BEFORE", [r["modifier"] for r in modifiers if r["position"] == "before"])
        add("MOD_AFTER", [r["modifier"] for r in modifiers if r["position"] == "after"])
        add("MOD_BODY", [r["modifier"] for r in modifiers if r["position"] == "before_body"])
        systems = load_tsv("org_systems.tsv")
        case_sensitive_systems = {r["system"] for r in systems if r["case_sensitive"] == "yes"}
        self.described_systems = {r["system"] for r in systems if r["free_description"] == "yes"}
        self.named_alone_systems = {r["system"] for r in systems if r["named_alone"] == "yes"}  # "Vingroup", "PicsofAsia"
        heads = load_tsv("org_heads.tsv")
        for row in heads:
            self.head_info[fold(row["head"])] = row
        self.capital_only_heads = {fold(r["head"]) for r in heads if r["lower_case"] == "no"}
        add("ORG_HEAD", [r["head"] for r in heads])
        self.located_heads = {fold(r["head"]) for r in load_tsv("org_located.tsv")}
        self.org_canonical: dict[str, str] = {}  # folded name or variant -> the body's name
        known_forms = []
        self.org_exact: dict[str, set[str]] = {}  # folded -> forms that count only as written (media, companies)
        self.place_demonstratives = [fold(w) for w in load_yaml("document_context.yaml")["place_demonstratives"]]  # "tỉnh này"
        self.known_bodies: set[str] = set()  # folded names of the known bodies that are no company ("nhà trắng")
        rows = load_tsv("organizations.tsv")
        listed = {_joined(fold(row["name"])) for row in rows}
        for row in rows:
            forms = [row["name"], *filter(None, (v.strip() for v in row["variants"].split("|")))]
            if row["abbreviation"] and row["system"] in case_sensitive_systems:
                forms.append(row["abbreviation"])  # "WHO", "VOA": a foreign body's or a medium's acronym names it alone
            for form in forms:
                if form != row["abbreviation"] or _joined(fold(form)) not in listed:  # "NATO", a row of its own, stays
                    self.org_canonical[_joined(fold(form))] = row["name"]  # its own body's name
                if row["system"] != "business":
                    self.known_bodies.add(fold(form))
                known_forms.append(form)
                if row["system"] in case_sensitive_systems:
                    self.org_exact.setdefault(fold(form), set()).add(form)
        add("ORG_KNOWN", known_forms)
        fields = load_tsv("org_fields.tsv")
        # between the fields of one body: "Văn hoá - thể thao và du lịch"; a comma only before a closing joiner
        self.field_joiners = {fold(r["field"]) for r in fields if r["kind"] == "joiner"}
        self.field_list_joiners = {fold(r["field"]) for r in fields if r["kind"] == "list_joiner"}
        self.any_field_joiner = self.field_joiners | self.field_list_joiners
        self.field_split = _joiner_split(self.any_field_joiner)
        add("FIELD", _fields(fields, load_tsv("organizations.tsv"), "field", self.field_split))
        self.ministry_fields = {fold(f) for f in _fields((), load_tsv("organizations.tsv"), "field", self.field_split)}
        add("SCOPE", _fields(fields, (), "scope", self.field_split))
        add("BUSINESS_LINE", _fields(fields, (), "business_line", self.field_split))
        abbreviations = load_tsv("abbreviations.tsv")
        for row in abbreviations:
            self.abbreviations[row["abbreviation"]] = row["expansion"]
        add("ABBR_ORG", [r["abbreviation"] for r in abbreviations if r["org"] in ("yes", "opens")])
        # the listed abbreviations of several parts, also written with spaces around their joiners ("GD & ĐT", "TN - MT"),
        # a comma for a dash ("Sở VH, TT & DL", vietnews-000527: not "TT", thị trấn)
        joiner = {"-": r"\s*(?:[-–]|,(?=\s*[A-ZĐ]))\s*", "&": r"\s*&\s*"}
        self.spaced_abbreviations = re.compile("|".join(
            r"(?<!\w)" + "".join(joiner.get(part) or re.escape(part) for part in re.split(r"([-&])", a)) + r"(?!\w)"
            for a in sorted(self.abbreviations, key=len, reverse=True) if re.search(r"[-&]", a)) or r"(?!)")
        self.opening_abbreviations = {r["abbreviation"] for r in abbreviations if r["org"] == "opens"}  # "CTCP": not alone
        # the system of the body an abbreviation stands for: that of the longest head its expansion opens with ("CTCP",
        # Công ty cổ phần: business); state when it opens with none
        self.abbreviation_systems = {}
        for abbreviation, expansion in self.abbreviations.items():
            heads = [h for h in self.head_info if fold(expansion) == h or fold(expansion).startswith(h + " ")]
            if heads:
                self.abbreviation_systems[abbreviation] = self.head_info[max(heads, key=len)]["system"]
        descriptors = load_tsv("org_descriptors.tsv")
        add("DESCRIPTOR", [r["descriptor"] for r in descriptors])
        add("LEGAL_FORM", [r["descriptor"] for r in descriptors if r["legal_form"] == "yes"])
        add("NOUN_DESCRIPTOR", [r["descriptor"] for r in descriptors if r["verb"] == "no"])  # read after an abbreviation
        self.levels = {fold(r["word"]): r["kind"] for r in load_tsv("admin_levels.tsv")}
        self.people_named_levels = {fold(r["word"]) for r in load_tsv("admin_levels.tsv") if r["people_names"] == "yes"}
        self.level_abbreviations = {r["word"] for r in load_tsv("admin_levels.tsv") if not r["word"].islower()}
        self.two_end_levels = {fold(r["word"]) for r in load_tsv("admin_levels.tsv") if r["two_ends"] == "yes"}
        add("LEVEL", [r["word"] for r in load_tsv("admin_levels.tsv")])
        self.places = {fold(name): kind for name, kind in gazetteer.bare_place_names().items()}
        self.context_places = {fold(r["name"]) for r in load_tsv("countries.tsv") if r["needs_context"] == "yes"}
        self.home_places = {fold(r["name"]) for r in load_tsv("countries.tsv") if r["home"] == "yes"}
        self.countries = {fold(r["name"]) for r in load_tsv("countries.tsv") if r["kind"] == "country"}
        self.province_regions = {fold(r["name"]) for r in load_tsv("countries.tsv") if r["provinces"] == "yes"}  # "Tây Nguyên"
        self.place_prepositions = {fold(r["word"]) for r in load_tsv("place_prepositions.tsv")}
        self.seat_words = {fold(r["word"]) for r in load_tsv("place_prepositions.tsv") if r["seat"] == "yes"}
        self.locatives = {fold(r["word"]) for r in load_tsv("place_prepositions.tsv") if r["locative"] == "yes"}
        self.list_separators = {fold(w) for w in load_yaml("place_lists.yaml")["separators"]}
        self.last_item_joiners = {fold(w) for w in load_yaml("place_lists.yaml")["last_item_joiners"]}  # "… và Hiền Hoà với"
        self.list_introducers = {fold(w) for w in load_yaml("place_lists.yaml")["introducers"]}
        self.named_after_places = set(load_yaml("place_lists.yaml")["named_after_places"])
        self.unit_kinds = set(load_yaml("place_lists.yaml")["administrative_kinds"])
        self.country_part_levels = {fold(w) for w in load_yaml("place_lists.yaml")["country_part_levels"]}  # "thủ đô Hàn Quốc"
        self.office_unit_kinds = self.unit_kinds | set(load_yaml("place_lists.yaml")["office_unit_kinds"])
        self.body_level_kinds = set(load_yaml("place_lists.yaml")["body_level_kinds"])
        self.unnumbered_kinds = set(load_yaml("place_lists.yaml")["unnumbered_kinds"])
        self.lettered_kinds = set(load_yaml("place_lists.yaml")["lettered_kinds"])
        self.numbered_unit_kinds = set(load_yaml("place_lists.yaml")["numbered_unit_kinds"])  # "ấp Tân Bình 2"
        self.unmapped_unit_kinds = set(load_yaml("place_lists.yaml")["unmapped_unit_kinds"])  # "3 thôn Hiền An 1, Hiền An 2"
        self.outer_kinds = set(load_yaml("place_lists.yaml")["outer_kinds"])
        self.unabbreviated_kinds = set(load_yaml("place_lists.yaml")["unabbreviated_kinds"])
        self.named_only_levels = {fold(w) for w in load_yaml("place_lists.yaml")["named_only_levels"]}
        self.lower_only_levels = {fold(w) for w in load_yaml("place_lists.yaml")["lower_only_levels"]}  # "suối"
        self.preposition_levels = {fold(w) for w in load_yaml("place_lists.yaml")["preposition_levels"]}
        self.glued_levels = {fold(w) for w in load_yaml("place_lists.yaml")["glued_levels"]}
        self.feature_levels = {fold(w) for w in load_yaml("place_lists.yaml")["capitalised_feature_levels"]}  # "Vịnh Bắc Bộ"
        self.level_compounds = {fold(w) for w in load_yaml("place_lists.yaml")["level_compounds"]}  # "tàu sân bay"
        self.area_compounds = {fold(w) for w in load_yaml("place_lists.yaml")["area_compounds"]}  # "miền núi"
        self.country_abbreviations = {gazetteer.name_key(short): gazetteer.name_key(full)
                                      for short, full in load_yaml("place_lists.yaml")["country_abbreviations"].items()}
        self.tet_words = {fold(w) for w in load_yaml("time_words.yaml")["tet_words"]}  # "chợ Tết": a season, no name
        self.compass_words = {fold(w) for w in load_yaml("place_lists.yaml")["compass_words"]}
        self.country_nouns = Phrases(load_yaml("place_lists.yaml")["country_nouns"])
        self.document_name_heads = Phrases(load_yaml("place_lists.yaml")["document_name_heads"])  # "Quy chế Rome"
        self.government_troops = Phrases(load_yaml("language.yaml")["government_troops"])  # "quân Chính phủ"
        self.currency_nouns = Phrases(load_yaml("place_lists.yaml")["currency_nouns"])  # "đô la Úc": no place
        self.period_words = Phrases(load_yaml("place_lists.yaml")["period_words"])  # "thời Pháp thuộc": no place
        self.rule_words = {fold(w) for w in load_yaml("place_lists.yaml")["rule_words"]}
        self.outer_place_kinds = set(load_yaml("place_lists.yaml")["outer_place_kinds"])  # "tại Salisbury (Anh)"
        self.country_opposing_words = {fold(w) for w in load_yaml("place_lists.yaml")["country_opposing_words"]}  # "chống Nhật"
        self.direction_words = {fold(w) for w in load_yaml("place_lists.yaml")["direction_words"]}
        self.force_heads = {fold(w) for w in load_yaml("language.yaml")["force_heads"]}
        self.media_kinds = Phrases(load_yaml("language.yaml")["media_kinds"])
        self.media_kind_qualifiers = Phrases(load_yaml("language.yaml")["media_kind_qualifiers"])  # "tờ báo địa phương"
        self.masthead_kinds = Phrases([*load_yaml("language.yaml")["media_kinds"], *load_yaml("language.yaml")["newspaper_kinds"]])
        self.foreign_name_joiners = set(load_yaml("language.yaml")["foreign_name_joiners"])
        self.foreign_title_articles = set(load_yaml("language.yaml")["foreign_title_articles"])  # "Le Journal de Quebec"
        self.source_words = {fold(w) for w in load_yaml("language.yaml")["source_words"]}
        self.law_words = Phrases(load_yaml("language.yaml")["law_words"])
        self.event_nouns = {fold(w) for w in load_yaml("language.yaml")["event_nouns"]}  # "Hội báo Xuân": a fair
        self.report_verbs = Phrases(load_yaml("language.yaml")["report_verbs"])
        self.report_verb_openers = Phrases(load_yaml("language.yaml")["report_verb_openers"])
        self.road_modifiers = {fold(w) for w in load_yaml("place_lists.yaml")["road_modifiers"]}
        self.route_from = {fold(w) for w in load_yaml("place_lists.yaml")["route_from"]}
        self.route_to = {fold(w) for w in load_yaml("place_lists.yaml")["route_to"]}
        self.road_kinds = set(load_yaml("place_lists.yaml")["road_kinds"])
        self.route_words = {fold(w) for w in load_yaml("place_lists.yaml")["route_words"]}
        self.line_words = {fold(w) for w in load_yaml("place_lists.yaml")["line_words"]}  # "các tuyến Lào Cai - Hà Nội"
        self.seat_buildings = {fold(w) for w in load_yaml("place_lists.yaml")["seat_buildings"]}  # "Nhà Trắng"
        self.seat_place_words = {fold(w) for w in load_yaml("place_lists.yaml")["seat_place_words"]}  # "thăm Nhà Trắng"
        self.distinct_line_levels = {fold(w) for w in load_yaml("place_lists.yaml")["distinct_line_levels"]}  # "cao tốc"
        self.foreign_place_words = {fold(w) for w in load_yaml("place_lists.yaml")["foreign_place_words"]}  # "Ocean Park"
        self.site_words_after = {fold(w): kind for w, kind in load_yaml("place_lists.yaml")["site_words_after"].items()}
        self.site_word_ends = {w.rsplit(" ", 1)[-1] for w in self.site_words_after}  # (a name can end with one only there)
        people_context = load_yaml("people_context.yaml")
        self.age_words = {fold(w) for w in people_context["age_words"]}
        self.nationality_words = {fold(w) for w in people_context["nationality_words"]}
        self.passive_markers = {fold(w) for w in people_context["passive_markers"]}
        self.middle_names = {fold(w) for w in people_context["person_middle_names"]}
        self.word_surnames = {fold(w) for w in people_context["word_surnames"]}  # "Ma Hoàng D.", not "Mông Cổ"
        self.word_surname_middles = {fold(w) for w in people_context["word_surname_middles"]}
        self.middle_name_sexes = {fold(w): sex for w, sex in people_context["middle_name_genders"].items()}  # "Thị": f
        self.people_nouns = {fold(w) for w in people_context["people_nouns"]}  # "anh Việt kiều này": no name
        self.birth_order_words = {fold(w) for w in people_context["birth_order_words"]}  # "chị Tư Cẩm Ly"
        self.address_nouns = {fold(w) for w in people_context["address_nouns"]}  # "Hoa hậu Quý bà Hoà bình": no name
        self.section_heads = {fold(w) for w in people_context["section_heads"]}  # "trưởng khoa cấp cứu"
        self.section_words = {fold(w) for w in people_context["section_words"]}
        self.delegation_words = {fold(w) for w in people_context["delegation_words"]}  # "thay mặt Thủ tướng, …"
        self.succession_words = {fold(w) for w in people_context["succession_words"]}  # "A thay ông B làm T": A's
        self.verb_heads = {fold(w) for w in people_context["verb_heads"]}  # "tiến hành thanh tra Công ty …"
        self.verb_markers = {fold(w) for w in people_context["verb_markers"]}
        self.description_words = {fold(w) for w in people_context["description_words"]}
        self.office_words = {fold(w) for w in people_context["office_words"]}
        self.real_name_links = {fold(w) for w in people_context["real_name_links"]}  # "Nong Poy tên thật là Treechada …"
        self.nickname_links = {fold(w) for w in people_context["nickname_links"]}  # "Lê Mạnh Thắng (còn gọi là Thắng đen)"
        self.alias_links = {fold(w) for w in people_context["alias_links"]}  # "Mã Vân, hay còn gọi là Jack Ma"
        self.body_roles = {fold(w) for w in people_context["body_roles"]}
        self.relational_titles = {fold(w) for w in people_context["relational_titles"]}  # "Hội đồng thành viên"
        self.bodiless_relations = {fold(w) for w in people_context["bodiless_relations"]}  # "là thành viên đầu tiên trong …"
        self.class_title_openers = {fold(w) for w in people_context["class_title_openers"]}  # "vị trí thủ tướng"
        self.class_title_closers = {fold(w) for w in people_context["class_title_closers"]}  # "Tổng thống Mỹ nào"
        self.unheld_title_cues = {fold(w) for w in people_context["unheld_title_cues"]}  # "được quy hoạch vào chức"
        self.title_condition_words = {fold(w) for w in people_context["title_condition_words"]}  # "nếu … được bầu làm"
        self.title_list_closers = {fold(w) for w in people_context["title_list_closers"]}
        self.listed_holder_openers = {fold(w) for w in people_context["listed_holder_openers"]}
        self.charge_words = {fold(w) for w in people_context["charge_words"]}
        self.parent_links = {fold(w) for w in people_context["parent_links"]}
        self.office_times = {fold(w) for w in people_context["office_times"]}
        self.office_name_links = {fold(w) for w in people_context["office_name_links"]}
        self.title_body_referents = {fold(w) for w in people_context["title_body_referents"]}  # "hiệu trưởng nhà trường"
        self.national_offices = {fold(w) for w in people_context["national_offices"]}  # "Tổng thống", of a country
        self.one_country_offices = {fold(w) for w in people_context["one_country_offices"]}  # of the one country named
        self.office_descriptors = {fold(w) for w in people_context["office_descriptors"]}  # "đại diện đặc biệt của Mỹ"
        self.office_not_held = {fold(w) for w in people_context["office_not_held"]}  # "tổng thống kế tiếp của Mỹ"
        self.plural_holder_joiners = {fold(w) for w in people_context["plural_holder_joiners"]}
        self.description_demonstratives = {fold(w) for w in people_context["description_demonstratives"]}
        self.apposition_articles = {fold(w) for w in people_context["apposition_articles"]}
        self.holder_links = {fold(w) for w in people_context["holder_links"]}
        self.fronted_link_openers = {fold(w) for w in people_context["fronted_link_openers"]}
        self.editor_note_markers = {fold(w) for w in people_context["editor_note_markers"]}
        self.ministry_word_written = people_context["ministry_word"]  # "Bộ Ngoại giao" for "Thứ trưởng Ngoại giao"
        self.ministry_word = fold(people_context["ministry_word"])  # "Bộ trưởng Bộ GTVT" = "Bộ trưởng Giao thông vận tải"
        self.kin_nouns = {fold(w) for w in load_yaml("event_triggers.yaml")["kin_nouns"]}  # "vợ ông Y": Y's wife
        self.kin_order_words = {fold(w) for w in load_yaml("event_triggers.yaml")["kin_order_words"]}  # "con trai cả"
        self.plural_markers = {fold(w) for w in load_yaml("language.yaml")["plural_markers"]}
        self.quantity_phrases = Phrases(load_yaml("language.yaml")["quantity_phrases"])  # "một số"
        self.ordinal_word = fold(load_yaml("time_words.yaml")["ordinal_word"])  # "lần thứ hai": second, no plural
        self.count_words = {fold(r["word"]) for r in load_tsv("org_counts.tsv")}  # "Bộ đôi …": a group, no body
        self.generic_markers = {fold(w) for w in load_yaml("language.yaml")["generic_markers"]}
        self.nation_short_forms = {fold(w) for w in load_yaml("language.yaml")["nation_short_forms"]}  # "doanh nghiệp Việt"
        self.nation_group_heads = {fold(w) for w in load_yaml("language.yaml")["nation_group_heads"]}  # "đoàn Trung Quốc"
        self.show_name_articles = set(load_yaml("language.yaml")["show_name_articles"])  # "HLV The Face Lan Khuê"
        self.pageant_names = {fold(w) for w in load_yaml("language.yaml")["pageant_names"]}  # "Hoa hậu Trái Đất"
        self.stage_name_cues = {fold(w) for w in load_yaml("language.yaml")["stage_name_cues"]}  # "Ca sĩ The Weeknd"
        self.vietnamese_name_cues = {fold(w) for w in load_yaml("language.yaml")["vietnamese_name_cues"]}  # "giám khảo Thanh Mai"
        self.house_number_words = {fold(w) for w in load_yaml("language.yaml")["house_number_words"]}  # "số 2017 Phan …"
        self.region_words = {fold(w) for w in load_yaml("language.yaml")["region_words"]}
        self.name_qualifiers_after = [tuple(fold(w).split()) for w in load_yaml("language.yaml")["name_qualifiers_after"]]
        self.function_words = {fold(w) for w in load_yaml("language.yaml")["function_words"]}
        self.name_prepositions = {fold(w) for w in load_yaml("language.yaml")["name_prepositions"]}
        self.abbreviated_name_joiners = {fold(w) for w in load_yaml("language.yaml")["abbreviated_name_joiners"]}
        self.bare_name_openers = {fold(w) for w in load_yaml("people_context.yaml")["bare_name_openers"]}  # "Còn Khoa …"
        self.clause_openers = {fold(w) for w in load_yaml("language.yaml")["clause_openers"]}  # "… Chính phủ Cũng trong"
        self.count_classifiers = {fold(w) for w in load_yaml("time_words.yaml")["count_classifiers"]}  # "12 con", "3 chiếc"
        self.quantity_words = {fold(str(w)) for w in load_yaml("place_lists.yaml")["quantity_words_after"]}  # "5 vạn tấn"
        self.place_names = set(gazetteer.bare_place_names())
        self.place_forms: dict[str, list[list[str]]] = {}  # folded name -> its listed forms' words ("châu Âu")
        for name in self.place_names:
            self.place_forms.setdefault(fold(name), []).append(name.split())
        add("PLACE", list(self.place_names))
        self.surnames = {fold(r["surname"]) for r in load_tsv("surnames.tsv")}
        self.foreign_given_names = {fold(r["name"]) for r in load_tsv("foreign_given_names.tsv")}  # "Michael Kovrig"
        self.opening_given_names = {fold(r["name"]) for r in load_tsv("foreign_given_names.tsv") if r["stands_second"] == "no"}
        east_asian = load_yaml("east_asian_names.yaml")
        self.family_first_names = {fold(w) for w in east_asian["family_names"]}  # "Chen Yurong", "Hong Min"
        one_of = lambda words: "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"  # noqa: E731
        pinyin = one_of(east_asian["pinyin_initials"]) + "?" + one_of(east_asian["pinyin_finals"])
        korean = one_of(east_asian["korean_initials"]) + "?" + one_of(east_asian["korean_vowels"]) \
            + one_of(east_asian["korean_finals"]) + "?"
        self.romanised_given_name = re.compile(f"(?:{pinyin}|{korean}){{1,3}}")
        context = load_yaml("language.yaml")
        self.person_verbs_after = {fold(w) for w in context["person_verbs_after"]}
        self.person_words_before = {fold(w) for w in context["person_words_before"]}
        self.stage_name_words_before = {fold(w) for w in context["stage_name_words_before"]}  # "Bạn gái Hoài Lâm"
        self.stage_name_verbs_after = {fold(w) for w in context["stage_name_verbs_after"]}  # "Hoài Lâm cho rằng"
        self.organisation_words_before = {fold(w) for w in context["organisation_words_before"]}  # "rời Hòa Phát"
        self.market_index_nouns = Phrases(context["market_index_nouns"])  # "chỉ số Dow Jones": no entity
        self.market_index_words = {fold(w) for w in context["market_index_words"]}  # "Vn Index", "VN-Index"
        self.foreign_body_words = {fold(w) for w in context["foreign_body_words"]}
        self.foreign_body_word_lengths = sorted({len(w) for w in self.foreign_body_words})  # (to find one glued on)
        self.name_particles = {fold(w) for w in context["name_particles"]}
        self.hyphened_name_particles = {fold(w) for w in context["hyphened_name_particles"]}  # "Deir ez - Zor"
        self.name_suffixes = {fold(w) for w in context["name_suffixes"]}
        self.hyphened_surnames = {fold(w) for w in context["hyphened_given_name_surnames"]}
        self.date_words = {fold(w) for w in context["date_words"]}
        self.relation_words = {fold(w) for w in context["relation_words"]}
        self.posted_titles = {fold(w) for w in context["posted_titles"]}
        self.common_abbreviations = set(context["common_abbreviations"])  # "phòng VIP": no body
        self.lower_bodies_after_titles = {fold(w) for w in context["lower_case_bodies_after_titles"]}  # "chủ tịch hạ viện Mỹ"
        self.lower_bodies_before_countries = {fold(w) for w in context["lower_case_bodies_before_countries"]}  # "chính phủ Syria"
        self.body_qualifiers = {fold(body): Phrases(words) for body, words in context["body_qualifiers"].items()}  # "đảng này"
        self.body_counts_before = {fold(body): {fold(w) for w in words} for body, words in context["body_counts_before"].items()}
        self.dictionary_words = dictionary_words()
        self.vietnamese_syllable = vietnamese_syllable()
        self.unit_names = set(gazetteer.units("legacy")) | set(gazetteer.units("2025"))
        self.known_place_names = self.unit_names | set(self.places)
        self.credit = re.compile(load_yaml("layout.yaml")["byline"]["prefixes"])  # "Ảnh", "Theo", "Nguồn": a credit opens
        self.media_credits = {fold(w) for w in people_context["media_credit_words"]}  # "Video: Lê Bình"
        self.company_named_sections = {fold(w) for w in people_context["company_named_sections"]}  # "dự án FLC Quảng Bình"
        self.subject_pronouns = {fold(w) for w in people_context["subject_pronouns"]}  # "chúng tôi là thành viên"
        self.family_nouns = Phrases(people_context["family_nouns"])  # "gia tộc họ Kim": a family, no person
        self.prize_and_show_words = {fold(w) for w in people_context["prize_and_show_words"]}  # "giải Mai Vàng"
        self.vessel_words = {fold(w) for w in people_context["vessel_words"]}  # "tàu cao tốc Quang Minh 68": no person
        self.foreign_said = {fold(w) for w in people_context["foreign_name_said_verbs"]}  # "Jeremy Bash cho hay"
        self.foreign_appositions = {fold(w) for w in people_context["foreign_name_apposition_heads"]}
        self.foreign_not_after = {fold(w) for w in people_context["foreign_name_not_after"]}  # "căn cứ Fort Carson"
        self.foreign_not_after_ends = {w.rsplit(" ", 1)[-1] for w in self.foreign_not_after}  # a quick test first
        self.foreign_not_after_words = max(len(w.split()) for w in self.foreign_not_after)  # "hàng không mẫu hạm": 4
        self.title_links = {fold(r["words"]) for r in load_tsv("title_links.tsv")}
        self.links_before_name = {fold(r["words"]) for r in load_tsv("title_links.tsv") if r["before_name"] == "yes"}
        self.respective_links = {fold(r["words"]) for r in load_tsv("title_links.tsv") if r["respectively"] == "yes"}
        self.shared_links = {fold(r["words"]) for r in load_tsv("title_links.tsv") if r["shared"] == "yes"}
        self.title_separators = {r["modifier"] for r in modifiers if r["position"] == "between"}
        self.time_modifiers = {fold(r["modifier"]) for r in modifiers if r["time"] == "yes"}  # "tân", "cựu": one office

    # ------------------------------------------------------------------ scanning
    def __call__(self, doc: Doc) -> Doc:
        scan = _Scan(self, doc)
        items = scan.suffix_periods(scan.foreign_names(scan.words_before_given_names(scan.items())))
        items = scan.listed_people(scan.other_names(scan.family_named(scan.given_named(items))))
        items = scan.places_over_people(scan.stage_names_said(scan.names_a_short_form_ends(items)))  # before the references
        items = scan.quoted_figures(scan.companies_over_people(items))
        # a street's name would give
        items = scan.countries_named_again(scan.initial_references(scan.bare_references(scan.bracketed_other_names(scan.nicknames(items)))))
        items = scan.cited_sources(scan.bracketed_short_forms(items))
        items = scan.offices_of_another_holder(scan.people_out_of_acronym_bodies(scan.people_over_places(items)))
        items = scan.seats_as_buildings(scan.government_troops(scan.bodies_out_of_model_codes(scan.places_out_of_document_names(items))))
        people, titles_of = scan.link(items)
        doc._.locations = scan.location_records(items, scan.day)
        doc._.people = scan.people_records(items, people, titles_of)
        doc._.organizations = scan.organization_records(items)
        for org in doc._.organizations:
            org.in_full = scan.in_full(org.name, doc._.locations, doc._.organizations)
        doc._.organizations = scan.completed_bodies_joined(doc._.organizations)
        for person in doc._.people:
            for title in person.titles:
                if title.organization:
                    title.organization_in_full = scan.in_full(title.organization, doc._.locations, doc._.organizations)
        if scan.mostly_in_capitals():
            warn(doc, "the text is written in capitals: names were read only where a list knows them (places, bodies'"
                      " heads and abbreviations); people are not found")
        doc.spans["entities"] = [
            span for label, a, b in sorted(record_spans(doc), key=lambda s: (s[1], s[2], s[0]))
            if (span := doc.char_span(a, b, label=label, alignment_mode="expand")) is not None
        ]
        return doc


def named_mentions(person: Person) -> list[Mention]:
    """The person's mentions that are not also one of its title mentions (an office written again for its holder,
    "… chỉ đạo của Trưởng Đoàn giám sát"): the record's PERSON entities (that office is its TITLE entity)."""
    titled = {(m.start, m.end) for t in person.titles for m in t.mentions}
    return [m for m in person.mentions if (m.start, m.end) not in titled]


def record_spans(doc: Doc) -> list[tuple[str, int, int]]:
    """(label, start, end) of every mention of the doc's people, titles, organisations and locations, once each."""
    out = []
    for rec in doc._.people or ():
        out += [("PERSON", m.start, m.end) for m in rec.mentions]
        out += [("TITLE", m.start, m.end) for t in rec.titles for m in t.mentions]
    for rec in doc._.organizations or ():
        out += [("ORGANIZATION", m.start, m.end) for m in rec.mentions]
    for rec in doc._.locations or ():
        out += [("LOCATION", m.start, m.end) for m in rec.mentions]
    return sorted(set(out))


class Phrases(frozenset):
    """Lexicon phrases as tuples of folded words, with the lengths they come in, so that the phrase ending or starting at
    a token is one set lookup per length, not one comparison per phrase (the scans ask at almost every token)."""

    def __new__(cls, phrases):
        self = super().__new__(cls, (tuple(fold(p).split()) for p in phrases))
        self.lengths = sorted({len(p) for p in self}, reverse=True)
        return self


class _Scan:
    """Per-document state: the non-space tokens, their lexicon matches and the scanner."""

    def __init__(self, rec: EntityRecognizer, doc: Doc):
        self.rec = rec
        self.doc = doc
        self.source = norm_text(doc).source
        self.day = vietnam_day(doc._.published_at)  # the article's day in Việt Nam, None when undated
        # The non-space tokens, read as one array (a Token object per token cost more than most of the scan's tests):
        # each one's index in the doc, its first character and the one after it, whether it opens a sentence.
        columns = doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START])
        kept = numpy.flatnonzero(columns[:, 2] == 0)
        self.index = kept.tolist()
        self.starts = columns[kept, 0].tolist()
        self.ends = (columns[kept, 0] + columns[kept, 1]).tolist()
        self.sent_starts = (columns[kept, 3] == 1).tolist()
        self.n = len(self.index)
        readings = [_token_reading(self.source[a:b]) for a, b in zip(self.starts, self.ends)]
        self.texts = [shown for shown, _ in readings]  # see text()
        self.caps = [t[:1].isupper() for t in self.texts]  # see cap()
        self.capitalised = [k for k, cap in enumerate(self.caps) if cap]  # where a name can open (``name_token``)
        self.folds = [key for _, key in readings]  # see folded()
        position = {i: k for k, i in enumerate(self.index)}
        # every label's matches, a table for each label even without one: ``at`` is then a single lookup
        self.match: dict[str, dict[int, int]] = {label: {} for label in rec.labels}
        for match_id, start, end in phrase_matches(rec.matcher, doc):  # never across a line break
            if start not in position or end - 1 not in position:
                continue
            k, e = position[start], position[end - 1] + 1
            table = self.match[doc.vocab.strings[match_id]]
            table[k] = max(table.get(k, k), e)
        spans = [(k, e) for label in ("CUE", "TITLE_HEAD") for k, e in self.match.get(label, {}).items()]
        for k, e in [(k, e) for k, e in self.match.get("CUE", {}).items() if any(s < k < s_end and e <= s_end for s, s_end in spans)]:
            del self.match["CUE"][k]  # "tướng" (a general) ends "Thiếu tướng", "Thủ tướng": the longer word is read
        self.word_starts = doc._.word_starts
        self.person_names: set[str] = set()  # names found so far (folded), as the scan goes
        self.person_words: set[str] = set()  # and their last words ("garneau": "Bộ trưởng Garneau" is a person)
        # places found so far with their level word, and their names unless people give such places their names
        # (folded): "cầu bạch đằng"; "tp đồng hới", "đồng hới"
        self.place_mentions: set[str] = set()
        self.title_posts: dict[int, tuple[int, int]] = {}  # a title's start -> the place where the office is held
        self.title_ministries: dict[int, tuple[int, int, int]] = {}  # a minister's title's start -> its portfolio's
        # start, the portfolio's end and the end of the country written after it ("Thứ trưởng Ngoại giao Iran")
        self.title_owners: dict[int, tuple[int, int]] = {}  # a title's start -> the body its body belongs to ("… của Y")
        self.unheld_titles: set[int] = set()  # the starts of titles planned, sought or supposed (``_link_predicates``)
        self.short_forms: dict[str, _Item] = {}  # a body's one-word short form given in brackets -> the body
        self.bracketed_words = set(map(written, _BRACKETED_WORD.findall(self.source)))  # every word the text writes alone in brackets
        # An item starts only where a lexicon phrase starts or a word is capitalised: the scan skips the rest.
        self.may_start = set().union(*self.match.values()).union(self.capitalised)
        self.place_ends = set(self.match.get("PLACE", {}).values())  # token positions right after a known place name
        breaks = norm_text(doc).line_breaks()  # (not those the matching form reads as spaces: "ông Nguyễn\nVăn Hùng")
        self.line = [bisect.bisect_left(breaks, a) for a in self.starts]  # line breaks before each token
        self._read_source: str | None = None  # the whole text as written(), when _glued_byline asks
        self._caps_lines: dict[int, bool] = {}  # caps_line(k) of each line asked
        self._foreign: dict[int, bool] = {}  # foreign(k), asked again and again by the scans
        self._name_tokens: dict[int, bool] = {}  # and name_token(k), name_length(k), admin_unit(k): each asked several
        self._name_lengths: dict[int, int] = {}  # times per token by the tests of one position and of its neighbours
        self._admin_units: dict[int, int | None] = {}
        self._commune_names: dict[int, int | None] = {}
        self._span_texts: dict[tuple[int, int], str] = {}  # span_text(start, end)
        self._countries: dict[str, tuple[int, int]] | None = None  # _countries_written(), when a bare office asks
        # tokens inside a time expression of vnx_times are no name syllables: "bên Hồ Gươm Ngày 28/3", "tại TP. Tối nay"
        times = (doc._.times if Doc.has_extension("times") else None) or ()
        self.in_time = {k for t in times for k in range(bisect.bisect_left(self.starts, t.start), bisect.bisect_left(self.starts, t.end))}
        # a stock market index's name is no entity and holds no name syllable: "chỉ số Dow Jones", "Vn Index"
        self.market_indices = {k: end for k in self.capitalised if (end := self._market_index(k)) is not None} \
            if self._may_name_an_index() else {}  # (one test per article first: most name none)
        self._name_tokens.update((j, False) for k, end in self.market_indices.items() for j in range(k, end))
        for k, end in [(k, e) for k, e in self.match.get("PLACE", {}).items() if fold(self.span_text(k, e)) in rec.home_places
                       and (rec.places.get(fold(self.span_text(k, e))) != "country" and self._abroad_after(e)
                            or self._index_after(e))]:
            del self.match["PLACE"][k]  # "miền Trung Italy", "miền Trung nước Ý": no region of Việt Nam (countries.tsv home);
            # "VN - Index": a name the country's name opens
            self.place_ends.discard(end)
        for k in [k for k, e in self.match.get("LEVEL", {}).items()
                  if self.cap(k) and fold(self.span_text(k, e)) in rec.lower_only_levels]:
            del self.match["LEVEL"][k]  # "Suối Dầu 1", "Suối Tiên": a unit's name the word opens (place_lists.yaml)
        for k, end in [(k, e) for k, e in self.match.get("LEVEL", {}).items()
                       if fold(self.span_text(k, e)) in rec.named_only_levels
                       and (not self.cap(e) or self.folded(e) in rec.tet_words) and not self._numbered_in_address(e)]:
            del self.match["LEVEL"][k]  # "khu vực I", "đi chợ", "chợ Tết": a common noun, no level word (place_lists.yaml);
            # but "khu 7, xã Thanh Minh": a numbered quarter that an address goes on from
        for k, end in [(k, e) for k, e in self.match.get("LEVEL", {}).items()
                       if fold(self.span_text(k, e)) in rec.preposition_levels
                       and (k == 0 or self.folded(k - 1) not in rec.place_prepositions or not self.name_token(e)
                            or self.at("PLACE", e) is not None or self.admin_unit(e) is not None)]:
            del self.match["LEVEL"][k]  # "bờ biển Libya", "xe biển Hải Phòng": a coast, a number plate; "ở biển Hoàng Hải"
            # is the sea (place_lists.yaml preposition_levels)
        for k in [k for k in self.match.get("LEVEL", {}) if self._in_a_compound(k)]:
            end = self.match["LEVEL"].pop(k)  # "tàu sân bay Liêu Ninh": an aircraft carrier, no airport (place_lists.yaml
            # level_compounds), named after a province, not in it; a country there is its owner ("tàu sân bay Mỹ")
            if (e := self.match.get("PLACE", {}).get(end)) and rec.places.get(fold(self.span_text(end, e))) != "country":
                del self.match["PLACE"][end]
                self.place_ends.discard(e)
        for k in [k for k in self.match.get("LEVEL", {}) if self._area_before_place(k)]:
            del self.match["LEVEL"][k]  # "miền núi Yên Bái": the mountain region of the province, no mountain
        for k, end in [(k, e) for k, e in self.match.get("PLACE", {}).items() if self._level_opens_next_name(k, e)]:
            del self.match["PLACE"][k]  # "vùng Vịnh Persian": the Persian Gulf, not the Gulf region and a word
            self.place_ends.discard(end)
        for k, end in [(k, e) for k, e in self.match.get("PLACE", {}).items() if self._direction(k, e) or self._common_noun(k, e)]:
            del self.match["PLACE"][k]  # "theo hướng Tây Tây Bắc", "về phía Tây Bắc Syria": a direction, no region;
            # "giải Nobel Hoà bình", "Hoà bình lập lại": the common noun "hoà bình" (peace), no province
            self.place_ends.discard(end)
        # one word the article writes after a form of address somewhere ("ông Camp", "ông Kim"): a person's name, so
        # after a title it is the holder ("Thẩm phán Camp", "chủ tịch Kim"), not the body ("Tổng giám đốc Vinfast")
        self.addressed_words = {self.folded(e) for k, e in self.match.get("CUE", {}).items()
                                if fold(self.span_text(k, e)) in rec.pronoun_addresses and self.name_token(e)
                                and self.same_line(k, e) and not self.name_token(e + 1)
                                and not (k > 0 and self.name_token(k - 1) and self.same_line(k - 1, k))}  # not "Thái Anh Văn"
        # and the names of two words or more written after one ("ông Hun Sen"): a person's, so after a title anywhere in
        # the article they are its holder ("Thủ tướng Hun Sen"), not its body
        self.addressed_names = {fold(self.span_text(e, e + n)) for k, e in self.match.get("CUE", {}).items()
                                if self.same_line(k, e) and fold(self.span_text(k, e)) in rec.pronoun_addresses
                                and not (k > 0 and self.name_token(k - 1) and self.same_line(k - 1, k))
                                and (n := self.name_length(e)) >= 2}
        self.level_starts = {e: k for k, e in self.match.get("LEVEL", {}).items()}  # a level word's end -> its start
        # token positions right after a title, a modifier after it or a body's head: a level word there is part of them
        self.head_ends = {e for label in ("TITLE_HEAD", "TITLE_STANDALONE", "MOD_AFTER", "ORG_HEAD", "ABBR_ORG", "ORG_KNOWN")
                          for e in self.match.get(label, {}).values()}
        # names an address gives after a lower-case level word ("…, phường Long Bình Tân, TP Biên Hoà"): units wherever the
        # article writes them, though they open with a surname ("trưởng Công an phường Long Bình Tân"); not after a
        # syllable that ends another word ("phát triển nông thôn Hà Công Tuấn": "nông thôn", countryside, is no level word)
        self.addressed_places = {fold(self.span_text(e, e + self.name_length(e))) for e, k in self.level_starts.items()
                                 if self.name_length(e) >= 2 and self._level_kind_before(e) in rec.unit_kinds
                                 and self._plain_level_before(e) and not self.continues_word(k)}

    @cached_property
    def level_names(self) -> set[str]:
        """Names written right after the level word of a unit anywhere in the article, one to three syllables ("Thành phố
        Davao"): places; not after a syllable that ends another word ("yêu cầu VietinBank"). Read when first asked."""
        return {fold(self.span_text(e, e + n)) for k, e in self.match.get("LEVEL", {}).items()
                if not self.continues_word(k) and self.level_kind(k, e) in self.rec.unit_kinds
                for n in (1, 2, 3) if n <= self.name_length(e)}

    # -- token tests
    def _direction(self, k: int, end: int) -> bool:
        """Tokens k..end are compass points only ("Tây Bắc") after a word of direction or another compass point
        ("hướng Tây Bắc", "phía Tây Bắc", "Tây Tây Bắc"): a direction (place_lists.yaml compass_words)."""
        if k == 0 or not all(self.folded(i) in self.rec.compass_words for i in range(k, end)):
            return False
        before = self.folded(k - 1)
        return self.same_line(k - 1, k) and (before in self.rec.direction_words or before in self.rec.compass_words)

    def _in_a_compound(self, k: int) -> bool:
        """The level word at k ends a noun for a thing the words before it open (place_lists.yaml level_compounds)."""
        end = self.match["LEVEL"][k]
        return any(k - n >= 0 and fold(self.span_text(k - n, end)) in self.rec.level_compounds and self.same_line(k - n, k)
                   for n in (1, 2))

    def _level_opens_next_name(self, k: int, end: int) -> bool:
        """A known place k..end ends with a capitalised level word of a natural feature (place_lists.yaml
        capitalised_feature_levels: "vùng Vịnh", the Gulf region, ends with "Vịnh", a bay) that a name follows on its
        line: the level word opens that feature's name ("vùng Vịnh Persian"); not "Nhật Bản Taro Kono" ("bản", a village)."""
        return any(self.match.get("LEVEL", {}).get(s) == end and self.cap(s) and self.folded(s) in self.rec.feature_levels
                   for s in range(k + 1, end)) \
            and end < self.n and self.name_token(end) and self.same_line(k, end)

    def _area_before_place(self, k: int) -> bool:
        """The level word at k ends a noun for a kind of area the word before it opens (place_lists.yaml area_compounds:
        "miền núi", "ngôi làng") and a known place follows it: that place's area ("miền núi Yên Bái", "nhiều ngôi làng
        Nam Định", vietnews-022404), no mountain or village of that name."""
        end = self.match["LEVEL"][k]
        return k > 0 and self.same_line(k - 1, end) and fold(self.span_text(k - 1, end)) in self.rec.area_compounds \
            and self.at("PLACE", end) is not None

    def _common_noun(self, k: int, end: int) -> bool:
        """A unit's known name at k..end written with a lower-case syllable where every listed form of it has a capital
        ("Hoà bình" for "Hòa Bình"), opening a sentence or after a capitalised word ("giải Nobel Hoà bình", "Hoà bình lập
        lại"): the words of the language that the name is made of, not the place. Not after a lower-case word or a level
        word ("ngoại thành Hà nội", "Nhà hát Vĩnh phúc": a name written carelessly), nor a region's name, written either
        way ("Nam trung bộ")."""
        if self.rec.places.get(fold(self.span_text(k, end))) not in self.rec.unit_kinds \
                or k in self.match.get("LEVEL", {}).values() \
                or k > 0 and self.same_line(k - 1, k) and self.text(k - 1).isalpha() and not self.cap(k - 1):
            return False
        words = self.span_text(k, end).split()
        forms = [f for f in self.rec.place_forms.get(fold(self.span_text(k, end)), ()) if len(f) == len(words)]
        return bool(forms) and all(any(w[:1].isupper() and t[:1].isalpha() and not t[:1].isupper() for w, t in zip(f, words))
                                   for f in forms)

    def at(self, label: str, k: int) -> int | None:
        return self.match[label].get(k)

    def text(self, k: int) -> str:
        """Token k as written, for reading (``text.written``): NFC (the tests below read letters and case, which NFD
        input splits), a zero-width character or soft hyphen it carries dropped ("\u200cXuân" is capitalised, "Dư\u00adơng"
        a syllable)."""
        return self.texts[k] if k < self.n else ""

    def folded(self, k: int) -> str:
        """``fold(self.text(k))``, computed once per token."""
        return self.folds[k] if k < self.n else ""

    def cap(self, k: int) -> bool:
        return k < self.n and self.caps[k]

    def name_token(self, k: int) -> bool:
        if k not in self._name_tokens:  # (the capital read from its list first: most tokens asked have none)
            self._name_tokens[k] = k < self.n and self.caps[k] and bool(_NAME_TOKEN.match(t := self.texts[k])) \
                and not (len(t) > 1 and t.isupper()) and k not in self.in_time
        return self._name_tokens[k]

    def foreign(self, k: int) -> bool:
        """Token k is a capitalised word that is no Vietnamese syllable ("Tillerson", "Prayut")."""
        if k not in self._foreign:
            self._foreign[k] = k < self.n and self.caps[k] and self.rec.vietnamese_syllable.fullmatch(self.folds[k]) is None
        return self._foreign[k]

    def romanised(self, k: int) -> bool:
        """Token k is one to three Chinese or Korean syllables in their romanisation ("Yurong", "Hee"; east_asian_names.yaml)."""
        return self.text(k).isascii() and self.text(k).isalpha() and self.rec.romanised_given_name.fullmatch(self.folded(k)) is not None

    def caps_line(self, k: int) -> bool:
        """Token k's line is written all in capitals (a headline: "CHỦ TỊCH UBND TỈNH QUẢNG NAM KIỂM TRA DỰ ÁN"), where
        a capital tells no name from an ordinary word."""
        return self._line_in_capitals(self.line[k])

    def _line_in_capitals(self, line: int) -> bool:
        if line not in self._caps_lines:
            texts = self.texts[bisect.bisect_left(self.line, line) : bisect.bisect_right(self.line, line)]
            self._caps_lines[line] = sum(map(str.isalpha, texts)) >= 3 and all(t.upper() == t for t in texts)
        return self._caps_lines[line]

    def mostly_in_capitals(self) -> bool:
        """Most words of the text lie on lines written all in capitals (``caps_line``): a whole article in capitals, not
        a headline."""
        words = Counter(compress(self.line, map(str.isalpha, self.texts)))  # words per line
        total = sum(words.values())
        return total >= 20 and sum(n for line, n in words.items() if self._line_in_capitals(line)) > total / 2

    def same_line(self, a: int, b: int) -> bool:
        """No line break between non-space tokens a and b (inclusive); False past the end."""
        if b >= self.n:
            return False
        return self.line[b] <= self.line[a]  # (a after b: nothing between them, as before)

    def continues_word(self, k: int) -> bool:
        return k < self.n and self.word_starts is not None and not self.word_starts[self.index[k]]

    def span_text(self, start: int, end: int) -> str:
        """Tokens start..end as written, for reading and comparing with lexicon forms (``text.written``): NFC, odd
        spaces as " ", invisible characters dropped ("Người\u00a0Đưa\u00a0Tin" is the listed "Người Đưa Tin"), a lost
        character read as a letter in each word (``text.lost_read``: "Bạch �ằng" is the street "Bạch Đằng")."""
        key = (start, end)
        if key not in self._span_texts:  # (asked again and again by the tests of one position and of its neighbours)
            shown = written(self.source[self.starts[start] : self.ends[end - 1]])
            self._span_texts[key] = _WORD.sub(lambda word: lost_read(word[0]), shown) if LOST in shown else shown
        return self._span_texts[key]

    def words(self, start: int, n: int) -> str:
        """The n tokens from ``start`` (clipped to the text), folded and joined by single spaces: what the context word
        lists (people_context.yaml) are compared with, whatever spacing the text has around its punctuation."""
        if n == 1 and 0 <= start < self.n:
            return self.folds[start]  # one token: its fold, computed once
        return fold(" ".join(self.text(i) for i in range(max(start, 0), min(start + n, self.n))))

    def _after_company_word(self, k: int) -> bool:
        """Token k follows a word for a company (language.yaml organisation_words_before: "rời Hòa Phát", "công ty …")."""
        return any(self.words(k - n, n) in self.rec.organisation_words_before for n in (1, 2) if k - n >= 0)

    def span_shown(self, start: int, end: int) -> str:
        """Tokens start..end as a record names them: as written, odd spaces shown as " " and invisible characters
        dropped, the composition the input's (``written(…, compose=False)``); mentions keep the exact slice."""
        return written(self.source[self.starts[start] : self.ends[end - 1]], compose=False)

    def chars(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]

    def starts_other(self, k: int) -> bool:
        """Token k starts a title, an organisation, a cue or a level word: a name stops before it."""
        if self.cap(k) and (any(self.at(label, k) for label in ("TITLE_HEAD", "TITLE_STANDALONE", "ORG_KNOWN", "ABBR_ORG"))
                            or self.org_head(k) is not None or self.opens_title(k)):
            return True
        return self.at("CUE", k) is not None and not self.name_token(k)

    def opens_title(self, k: int) -> bool:
        """Modifiers at k followed by a title word: "Tân Bộ trưởng", not the place "Tân Sơn"."""
        j = k
        while (m := self.at("MOD_BEFORE", j)) is not None:
            j = m
        return j > k and (self.at("TITLE_HEAD", j) is not None or self.at("TITLE_STANDALONE", j) is not None
                          or self.at("MOD_BODY", j - 1) == j)

    def acronym(self, k: int) -> bool:
        """Token k is an abbreviation in capitals, its parts maybe joined by "-" or "&" ("GTVT", "GD-ĐT"); in a line all
        in capitals, only one that is no Vietnamese syllable ("UBND", not "KIỂM" of "KIỂM TRA")."""
        t = self.text(k)
        return t.isupper() and _ACRONYM.match(t) is not None \
            and not (self.caps_line(k) and self.rec.vietnamese_syllable.fullmatch(self.folded(k)) is not None)

    def unit_code_end(self, k: int) -> int | None:
        """End of a unit's code at k, capitals and a number in one word or two ("PC45", "PA83", "PC 02": a provincial
        police department, vietnews-000163), or None."""
        if (code := _UNIT_CODE.match(self.text(k))) is not None and code[1].isupper():
            return k + 1
        if self.acronym(k) and 2 <= len(self.text(k)) <= 4 and self.text(k + 1).isdigit() and len(self.text(k + 1)) <= 3 \
                and self.same_line(k, k + 1):
            return k + 2
        return None

    # -- grammar
    def place_name(self, k: int, max_tokens: int = 4, people_names: bool = False, two_ends: bool = False) -> int | None:
        """End of a place name at k (after a level word): a known place, else a capitalised run; a personal
        name only where the level word names places after people (``people_names``: "đường Tôn Đức Thắng");
        two names joined by a dash where the level word names a place between two ends (``two_ends``:
        "cao tốc Trung Lương - Mỹ Thuận"); with the number of a site named after a place ("Cầu Long Biên 2")."""
        end = self._place_name(k, max_tokens, people_names, two_ends)
        if people_names and end == k + 1 and self.folded(k) in self.foreign_family_names:
            return None  # "ngáng đường Trump" (vietnews-011757), "Con đường Zhang lựa chọn" (vietnews-017256): the way of
            # a foreigner the article names in full ("Donald Trump", "Margaret Zhang"), no street named after a person
        return end + 1 if end is not None and self._site_number(k, end) else end

    @cached_property
    def foreign_family_names(self) -> set[str]:
        """The last words (folded) of the foreign names of two words or more the article writes ("Donald Trump",
        "Margaret Zhang"), and the foreign words it writes after a form of address ("ông Trump"): alone after a level
        word that names places after people, such a word is that person, no street's name; Vietnamese streets bear
        Vietnamese names or whole foreign ones ("đường Alexandre de Rhodes")."""
        def foreign_name_word(k: int) -> bool:
            return self.foreign(k) and self.name_token(k)

        return {self.folded(k) for k in range(1, self.n) if foreign_name_word(k) and foreign_name_word(k - 1)
                and self.same_line(k - 1, k) and not (foreign_name_word(k + 1) and self.same_line(k, k + 1))} \
            | {word for word in self.addressed_words if self.rec.vietnamese_syllable.fullmatch(word) is None}

    def _site_number(self, k: int, end: int) -> bool:
        """A number of one or two digits, or a Roman one, right after the name of a site named after a place (k to end,
        place_lists.yaml named_after_places) that ends where the name plainly does: at punctuation, the end of the line,
        a list's joiner or the next stop of a route ("từ Cầu Long Biên 2 tới Ga Gia Lâm", "tới Cầu Long Biên 2;",
        vietnews-014017: the second bridge), not before a count's noun ("cầu Long Biên 2 năm"). Or a block's capital
        letter (place_lists.yaml lettered_kinds: "chung cư Vĩnh Lộc B rộng khoảng 45 ha", vietnews-020785), before
        anything but a name. So too the number of a village split in several (place_lists.yaml numbered_unit_kinds: "ấp
        Tân Bình 2, xã Lộc Thành", vietnews-016869; "Kè chống sạt lở thôn Thạnh Đức 1 bị sóng đánh", vietnews-019139),
        wherever it stands, unless it counts something."""
        kind = self._level_kind_before(k)
        if end >= self.n or not self.same_line(k, end) or kind in self.rec.unit_kinds and kind not in self.rec.numbered_unit_kinds:
            return False
        after = end + 1
        if _BLOCK_LETTER.fullmatch(self.text(end)) and (kind in self.rec.named_after_places or kind in self.rec.lettered_kinds):
            return after >= self.n or not (self.name_token(after) and self.same_line(end, after))
        if kind not in self.rec.named_after_places and kind not in self.rec.numbered_unit_kinds \
                or not (re.fullmatch(r"\d{1,2}", self.text(end)) or _ROMAN_NUMERAL.fullmatch(self.text(end))):
            return False
        if kind in self.rec.numbered_unit_kinds:
            return not self._quantity(end) and not self.text(after)[:1].isdigit()  # not "3 thôn Hiền An 2 người"
        return after >= self.n or not self.same_line(end, after) or not self.text(after)[:1].isalnum() \
            or self.folded(after) in self.rec.list_separators or self.folded(after) in self.rec.route_to

    def _place_name(self, k: int, max_tokens: int, people_names: bool, two_ends: bool) -> int | None:
        """``place_name`` without a site's number."""
        if self._level_kind_before(k) == "building" and self.cap(k) and any(
                self.at(label, k) is not None for label in ("ORG_HEAD", "ABBR_ORG", "ORG_KNOWN")):
            return None  # "toà nhà UBND TP", "Toà nhà Quốc hội": the body whose building it is, named as the body
        if two_ends and (first := self._place_name(k, max_tokens, people_names, False)) is not None \
                and self.text(first) in ("-", "–") and self.same_line(k, first + 1) and self.cap(first + 1):
            return first + 1 + min(self.name_length(first + 1), max_tokens)  # "Mỹ Thuận", though "Mỹ" is a country
        if people_names and self.cap(k) and self.org_head(k) is not None and (body := self.organization(k)) is not None \
                and body[0] - k <= max_tokens + 1:
            return body[0]  # "nút giao thông Đại học Quốc gia": a place named after a body
        if (e := self.at("PLACE", k)) is not None and self.cap(k):
            if (unit := self.known_unit(k)) is not None and unit > e and self._level_kind_before(k) in self.rec.unit_kinds:
                return unit  # "xã Mỹ Chánh", "xã Mỹ Hội Đông": a known unit whose name opens with a country's
            if self.name_token(e) and self.same_line(k, e) and not self._opens_other(e) and not self.person_start(e) \
                    and self.at("PLACE", e) is None and e - k < max_tokens and not self.foreign(e) and not self._glued_clause(e) \
                    and not self._glued_word(e) and not self.caps_line(k) \
                    and self._level_kind_before(k) not in self.rec.outer_kinds:
                return e + 1  # "xã Hoà Bình Phước": a commune named after a province and more
            return e
        if self._level_kind_before(k) in self.rec.unit_kinds and (named := self._named_unit_end(k)) is not None:
            return named  # "phường Nguyễn Văn Cừ", "thôn Lạc Cầu": a unit known by that name, though a person's
        if not people_names and self.person_start(k) and self.name_length(k) >= 3 and self.admin_unit(k) is None \
                and not self._plain_level_before(k) and fold(self.span_text(k, k + self.name_length(k))) not in self.addressed_places:
            return None  # "Phó chủ tịch huyện Lê Ngọc Sang": a person, not a place
        j = k
        while j < self.n and j - k < max_tokens and self.same_line(k, j):
            t = self.text(j)
            if j == k and fold(t) in self.rec.function_words:
                break  # "trên địa bàn TP. Theo đó": a sentence opens after the abbreviation's dot
            if j == k and _NUMBER.match(t) and self._level_kind_before(k) in self.rec.unit_kinds:
                j += 1
                break  # "quận 2", "phường 6": a unit named by its number ends there ("quận 2 TP HCM"; not "hẻm 48 …")
            if self.name_token(j) or (t.isupper() and t.isalpha() and (not self.caps_line(j) or self.acronym(j))) \
                    or (j == k and _NUMBER.match(t) and self._level_kind_before(k) not in self.rec.unnumbered_kinds
                        and not self._quantity(j)):
                if j > k and (self._opens_other(j) or self.person_start(j) and not people_names or self._glued_clause(j)):
                    break
                j += 1
            elif j > k and self.foreign(j - 1) and (word := self.particle_end(j)) is not None:
                max_tokens += word - j
                j = word + 1  # "đường Promenade du Paillon" (vietnews-008143), "thành phố Deir ez - Zor" (vietnews-006446):
                # particles inside a foreign name
            else:
                break
        if j == k + 1 and k > 0 and self.text(k - 1) == "." and self.same_line(k, j) and self.text(j).isalpha() \
                and self.text(j).islower() and not self.foreign(k) and self.admin_unit(k) is None and self.at("PLACE", k) is None:
            return None  # "kỳ họp thứ 12 của HĐND TP. Lần này, …": the abbreviation's period ended the sentence, and a
            # capitalised word that is no known place opens the next
        if j == k + 1 and self.acronym(k) and (
                self._level_kind_before(k) == "country"
                or self._level_kind_before(k) in self.rec.unabbreviated_kinds and not _ROMAN_NUMERAL.fullmatch(self.text(k))
                or self._level_kind_before(k) in self.rec.unit_kinds and self.at("LEVEL", k) is not None and self.level_word(k)):
            return None  # "hệ thống lọc nước RO", "các nước NATO": water of a kind, the members of a body; no country; "bản
            # OST" (a song's version, vietnews-001954): no village; "quận, huyện TP Hà Nội" (vietnews-019736): a level's
            # abbreviation opens the next unit, it names none
        start = self.level_starts.get(k)
        if j - k >= 3 and start is not None and start in self.head_ends and all(map(self.foreign, range(k, j))):
            j -= 2  # "Thống đốc bang Hawaii David Ige": the office's place, then the holder's name
        if j == k + 1 and self.text(j) in ("-", "–") and self.acronym(k) and self.acronym(j + 1) and self.same_line(k, j + 1) \
                and not people_names and self.at("LEVEL", j + 1) is None:
            return j + 2  # "bộ trưởng TN - MT": two abbreviated fields of one body
        if j > k and (dashed := self._dashed_place(k, j)) is not None:
            return dashed
        if j == k + 1 and self.text(j) in ("-", "–") and self.same_line(k, j + 2) and self.name_token(j + 1) \
                and self.continues_word(j + 2) and self.text(j + 2).isalpha() and self.text(j + 2).islower() and not self.foreign(k):
            return j + 3  # "khu công nghiệp Nông - Lâm nghiệp" (vietnews-013937): two fields, the first written by its
            # first syllable, the second one word
        if j == k + 1 and self.continues_word(j) and not self.cap(j) and self.text(j).isalpha() and self.admin_unit(k) is None \
                and self._level_kind_before(k) in self.rec.unit_kinds and not self.foreign(k):
            return None  # "bản Tình khúc cho em": the capital opens a common Vietnamese word (a song's title), no place's
            # name (a foreign name the tokenizer split stays one: "thị trấn Encarnacion")
        if (unit := self.known_unit(k)) is not None and unit > j:
            return unit  # "quận Bắc Từ Liêm", "xã Tân Long Hội": a known unit's name, though "Từ", "Long" open a person's name
        if j > k and self.text(j) in ("-", "–") and self.foreign(j - 1) and self.foreign(j + 1) and self.name_token(j + 1) \
                and self.same_line(k, j + 1):
            return j + 2  # "thị trấn Al - Latamnah", "sân bay quốc tế Jean - Lesage" (vietnews-008778): a foreign name
            # written with a spaced hyphen
        return j if j > k else None

    def _quantity(self, j: int) -> bool:
        """The number at j counts something: a number word, a measure (place_lists.yaml quantity_words_after: "bến cảng 5
        vạn tấn", vietnews-013937, a port for ships of 50,000 tonnes) or a classifier (time_words.yaml count_classifiers)
        follows it, so it names nothing."""
        return self.folded(j + 1) in self.rec.quantity_words or self.folded(j + 1) in self.rec.count_classifiers

    def _named_unit_end(self, k: int) -> int | None:
        """End of the capitalised syllables at k that read as a person's name (``person_start``) when they name a
        commune, ward or township of either map (``gazetteer.commune_names``: "Nguyễn Văn Cừ", a ward of Quy Nhơn) or a
        unit the article writes after a plain level word ("người dân thôn Lạc Cầu", ``addressed_places``); None
        otherwise."""
        n = self.name_length(k)
        if self.person_start(k) and self.admin_unit(k) is None \
                and (fold(self.span_text(k, k + n)) in self.addressed_places
                     or gazetteer.name_key(self.span_text(k, k + n)) in gazetteer.commune_names()):
            return k + n
        return None

    def _opens_other(self, j: int) -> bool:
        """Inside a place name, token j starts a title or a body (``starts_other``), unless it is a title head alone
        closing the name ("đường Nguyễn Chánh,") or a body's head that opens no body there ("đường Bùi Viện khiến …",
        "ấp Mỹ Hội,"): words of the place's name."""
        if not self.starts_other(j):
            return False
        if self.at("CUE", j) is not None and not self.name_token(j):
            return True
        head = self.at("TITLE_HEAD", j) or self.at("TITLE_STANDALONE", j)
        if head is not None:
            return not (head == j + 1 and not self.cap(head) and not self.continues_word(head))
        if self.at("ORG_KNOWN", j) is not None or self.at("ABBR_ORG", j) is not None or self.opens_title(j):
            return True
        return self.organization(j) is not None

    def _dashed_place(self, k: int, j: int) -> int | None:
        """End of a known place name written with a dash at j after its first part k..j ("Thừa Thiên – Huế", "Bà Rịa -
        Vũng Tàu"); None otherwise."""
        if self.text(j) in ("-", "–") and self.same_line(k, j + 1):
            for n in (2, 1):
                if gazetteer.name_key(self.span_text(k, min(j + 1 + n, self.n))) in self.rec.known_place_names:
                    return j + 1 + n
        return None

    def level_kind(self, start: int, end: int) -> str | None:
        """The kind of the level word written at start..end ("huyện" -> district), or None."""
        return self.rec.levels.get(fold(self.span_text(start, end)))

    def _level_kind_before(self, k: int) -> str | None:
        """The kind of the level word that ends at k, or None."""
        start = self.level_starts.get(k)
        return None if start is None else self.level_kind(start, k)

    def _plain_level_before(self, k: int) -> bool:
        """A lower-case level word ends at k after a plain word, a comma or a bracket, not after a title or a body it would
        complete: "ngụ xã Long Hựu Đông", "địa bàn ấp Trần Hưng Đạo", "(khu phố 1, phường Long Bình Tân)" name places;
        "Phó chủ tịch huyện Lê Ngọc Sang", "UBND huyện …" do not."""
        start = self.level_starts.get(k)
        if start is None or start == 0 or self.cap(start) or not self.same_line(start - 1, k):
            return False
        before = self.text(start - 1)
        return (before.isalpha() and not self.cap(start - 1) or before in (",", "(")) and start not in self.head_ends

    def person_name(self, k: int, min_len: int) -> int | None:
        j = k
        while j < self.n and j - k < MAX_NAME_SYLLABLES and self.same_line(k, j):
            if j + 2 <= self.n and fold(self.span_text(j, j + 2)) in self.rec.address_nouns:
                break  # "Hoa hậu Quý bà Hoà bình Thế giới": "Quý bà" (a lady) is no name
            if not self.name_token(j) or j > k and (self._glued_clause(j) or self._glued_word(j)):
                if j > k and self.foreign(j - 1) and (after := self.particle_end(j)) is not None:
                    j = after  # "Bashar al - Assad", "Mohammed bin Salman", "Ursula von der Leyen"
                    continue
                break
            if j > k and ((self.starts_other(j) and (self.title(j) or self.organization(j)) and not self.head_in_name(j)
                           and not self._body_as_given_name(k, j))
                          or self.at("LEVEL", j) is not None and self.level_word(j)
                          or (head := self.at("TITLE_HEAD", j) or self.at("TITLE_STANDALONE", j)) is not None
                          and not self.cap(head - 1) and self.continues_word(head - 1)):
                break  # "Phạm Xuân Trường" is a name; "Nguyễn Văn A Chủ tịch UBND …" stops before the title, and so does
                # "Lăng Chủ tịch Hồ Chí Minh", though the tokenizer made one word of it
            j += 1
        if j == k + 1 and self.text(j) in ("-", "–") and self.same_line(k, j + 2) and self.name_token(j + 1) \
                and self.name_token(j + 2) and (self.foreign(k) and self.foreign(j + 1) or self.romanised(k) and self.romanised(j + 1)
                                                and self.folded(j + 2) in self.rec.family_first_names):
            j += 2  # a hyphenated first name: "Frank - Walter Steinmeier", "Jean - Claude Juncker"; a Korean one before the
            # family name, in Western order ("TS Chang - Hee Lee", vietnews-002720)
            while j < self.n and j - k < MAX_NAME_SYLLABLES + 2 and self.name_token(j) and self.same_line(k, j):
                j += 1
        hyphened = any(map(self.foreign, range(k, j))) or j - k == 2 and self.folded(k) in self.rec.hyphened_surnames
        name_end = j
        if j - k == 1 and len(self.text(k)) == 1 and self.text(j) in ("-", "–") and self.same_line(k, j + 1) \
                and self.text(j + 1).isalpha() and self.text(j + 1).islower():
            return None  # "ca sĩ K - pop" (vietnews-007052): a letter joined to a word, a genre, no name ("anh K" is one)
        while j > k and self.text(j) == "-" and self.same_line(k, j + 1) and hyphened \
                and self.text(j + 1).isalpha() and self.text(j + 1).islower() and len(self.text(j + 1)) <= MAX_NAME_PART \
                and self.folded(j + 1) not in self.rec.function_words and not (self.continues_word(j + 2) and self.text(j + 2).isalpha()) \
                and not (j == name_end and {self.folded(j + 1), fold(self.span_text(j + 1, min(j + 3, self.n)))} & self.rec.person_words_before) \
                and not self.starts_other(j + 1) and not any(self.at(label, j + 1) for label in _TITLE_LABELS):
            j += 2  # a foreign name with a hyphen, spaced as in "Kim Jong - nam", "Prayut Chan - o - cha"; not the first
            # syllable of a Vietnamese word after a dash ("Melissa Mederos - giáo viên"), nor a kinship word (language.yaml
            # person_words_before: "Yulia Skripal - con gái …")
        if j - k >= 2 and self.foreign(j - 1) and self.text(j) in ("-", "–") and self.foreign(j + 1) and self.name_token(j + 1) \
                and self.same_line(k, j + 1) and not (self.name_token(j + 2) and self.same_line(k, j + 2)) \
                and self.folded(j + 1) not in self.person_words:
            j += 2  # a double-barrelled family name, spaced: "Kolinda Grabar - Kitarovic", "Stephen Yale - Loehr"; not
            # another person's name ("Donald Trump - Putin")
        if j > k and self.same_line(k, j) and self.text(j).isupper() and self.folded(j) in self.rec.name_suffixes \
                and self.foreign(j - 1):
            j += 1  # a regnal number: "Nữ hoàng Elizabeth II" (vietnews-005891)
        if j > k and self.same_line(k, j) and _INITIAL.match(self.text(j)):
            j += 1  # a name given with an initial: "Nguyễn Thị H."
            if self.foreign(k) and self._middle_initial(j - 1):
                j += 1  # a middle initial inside a foreign name: "Robert F. Kennedy"
        elif j > k and self.text(j) == "." and len(self.text(j - 1)) == 1 and self.same_line(k, j):
            j += 1  # the same, when the period is a token of its own
        if j > k and len(self.text(j - 1)) == 1 and self.text(j) in ("'", "’") and self.foreign(j + 1) and self.name_token(j + 1) \
                and self.same_line(k, j + 1):
            j += 2  # "Stephen O ' Driscoll": a name with an apostrophe, spaced
        if j - k > 3 and self.continues_word(j) and self.text(j).isalpha() and self.text(j).islower() and self.same_line(k, j) \
                and not any(map(self.foreign, range(k, j))):
            j -= 1  # "Ảnh: TS Trần Thu Dung Trao đổi với …": a full name, then the word opening the next sentence
        if j == k + 1 and not self.cap(j) and (self.continues_word(j) and not self._known_name_glued(k)
                                               or self.folded(k) in self.rec.clause_openers and self.text(j).isalpha()):
            return None  # the capital starts a common word: "bằng thạc sĩ Quản trị"; or a clause after a heading that lost
            # its full stop: "đại diện Văn phòng Chính phủ Cũng trong phần thủ tục" (language.yaml clause_openers)
        if j - k < min_len or (j > k and fold(self.span_text(k, j)) in self.rec.places) \
                or j > k + 1 and self.folded(k) in self.rec.place_prepositions and fold(self.span_text(k + 1, j)) in self.rec.places:
            return None  # not a place, nor a place after a capitalised preposition ("anh trai Ở Mỹ", vietnews-005163)
        return j

    def _body_as_given_name(self, k: int, j: int) -> bool:
        """A known body's name right after a surname at k and before a word that is no name is the person's given name
        when a cue or a title ends at k, or the segmenter made one word of the surname and the body: "Ông Nguyễn Quốc Hội
        phát biểu" (hand-made), "Nhân viên KSAN Vũ Quốc Hội thực hiện nhiệm vụ" (vietnews-003022); not "Chủ tịch
        Quốc hội Nguyễn Thị Kim Ngân", where the body opens the run."""
        if j != k + 1 or (end := self.at("ORG_KNOWN", j)) is None or self.folded(k) not in self.rec.surnames \
                or self.name_token(end) and self.same_line(j, end) or not self.same_line(k, end - 1):
            return False
        return self.continues_word(j) or any(k in self.match[label].values()
                                             for label in ("CUE", "TITLE_HEAD", "TITLE_STANDALONE"))

    def head_in_name(self, j: int) -> bool:
        """Token j is a one-syllable organisation head that is also a given name ("Trường", "Hội") read inside a person's
        name: "Lê Trường Lưu", "ông Trường Giang", "Ảnh: Hoàng Trường". It opens a body only when a field, descriptor,
        abbreviation, known body, level word, place, number or another head follows it ("Trường THPT Chu Văn An",
        "Trường Tiểu học Kim Đồng", "Hội Nông dân", "Viện Hàn lâm"); a plain name syllable, or none, after it is the rest
        of the person's name."""
        if self.org_head(j) != j + 1 or not self.cap(j) or not self.name_token(j) \
                or any(self.at(label, j) for label in ("ORG_KNOWN", "ABBR_ORG", "TITLE_HEAD", "TITLE_STANDALONE", "PLACE")):
            return False
        n = j + 1
        if not self.same_line(j, n):
            return True
        return not (self.acronym(n) or self.text(n)[:1].isdigit() or self.org_head(n) or self.opens_title(n) or any(
            self.at(label, n) for label in ("DESCRIPTOR", "FIELD", "SCOPE", "ABBR_ORG", "ORG_KNOWN", "LEVEL", "PLACE",
                                            "TITLE_HEAD", "TITLE_STANDALONE")))

    def _middle_initial(self, j: int) -> bool:
        """Token j is a capital initial inside a foreign name: a name word follows on its line, foreign, or joined to the
        initial by the segmenter or after a foreign first name, and no Vietnamese word ("Robert F. Kennedy"; "Bandy X. Lee",
        vietnews-009357, and "tướng Robert E. Lee", vietnews-011228, where "Lee" reads as a Vietnamese syllable; not "Giáo
        hoàng Gregory X. Một trong những …", vietnews-011656)."""
        return _INITIAL.match(self.text(j)) is not None and self.cap(j) and self.name_token(j + 1) \
            and self.same_line(j, j + 1) and (self.foreign(j + 1) or (self.continues_word(j + 1) or self.foreign(j - 1))
                                              and self.folded(j + 1) not in self.rec.dictionary_words)

    def particle_end(self, j: int) -> int | None:
        """Position of the foreign name word after the lower-case particles at j ("al -", "bin", "von der"), when they join
        two parts of a foreign name; None otherwise."""
        n = j
        while n < self.n and n - j < 3 and self.folded(n) in self.rec.name_particles and self.same_line(j, n):
            n += 1
        if n == j and self.folded(j) in self.rec.hyphened_name_particles and self.text(j).islower() \
                and self.text(j + 1) in ("-", "–"):
            n += 1  # "Deir ez - Zor": the Arabic article as it sounds before the word it is tied to
        if n > j and self.text(n) in ("-", "–"):
            n += 1
        return n if n > j and self.name_token(n) and self.foreign(n) and self.same_line(j, n) else None

    def initials_name(self, k: int) -> int | None:
        """End of two or three tokens of capital initials from k ("Đ. V.T.", "N. Q. T."), not a photo credit
        ("Ảnh: Q. L.")."""
        j = k
        while j < self.n and j - k < 3 and self.same_line(k, j) and self.text(j).isupper() \
                and _INITIALS.match(self.text(j)):
            j += 1
        if j - k < 2 or (k > 0 and self.text(k - 1) == ":"):
            return None
        return j

    def _initials_rest(self, j: int) -> bool:
        """Token j ends a name given by initials that has no final dot or two letters ("M.T. H", "N.T. M.C",
        "P. T.Th."); a word of one or two letters without a dot does not when a lower-case word follows ("chị T. Ở đó")."""
        if j >= self.n or not self.same_line(j - 1, j) or not _INITIALS_REST.match(text := self.text(j)) \
                or not all(part[:1].isupper() for part in text.rstrip(".").split(".")):
            return False
        return "." in text or not (j + 1 < self.n and self.same_line(j, j + 1) and self.text(j + 1).isalpha()
                                   and self.text(j + 1).islower())

    def name_length(self, k: int) -> int:
        """How many capitalised name syllables run from k."""
        if k not in self._name_lengths:
            j = k
            while j < self.n and j - k < MAX_NAME_SYLLABLES and self.name_token(j) and self.same_line(k, j):
                j += 1
            self._name_lengths[k] = j - k
        return self._name_lengths[k]

    def admin_unit(self, k: int) -> int | None:
        """End of an administrative unit's name (either map) starting at k: "Kim Thành", "Quảng Điền"."""
        if k not in self._admin_units:
            length = self.name_length(k)
            end = next((k + n for n in (3, 2, 1) if length >= n and fold(self.span_text(k, k + n)) in self.rec.unit_names),
                       None)
            if end is None and length:
                end = self._dashed_place(k, k + length)  # "(Thừa Thiên – Huế)"
            self._admin_units[k] = end
        return self._admin_units[k]

    def known_unit(self, k: int) -> int | None:
        """End of the longest known unit's name at k: a province or district (``admin_unit``), or after a level word of a
        commune, ward or township a name of two syllables or more of one of those (``gazetteer.commune_names``: "xã Mỹ
        Long Bắc", though "Mỹ" is a country, "Mỹ Hội" a commune too)."""
        unit = self.admin_unit(k)
        if self._level_kind_before(k) in gazetteer.WARD_KINDS and (commune := self.commune_name(k)) is not None \
                and (unit is None or commune > unit):
            return commune
        return unit

    def commune_name(self, k: int) -> int | None:
        """End of the longest name of two syllables or more at k of a commune, ward or township of either map
        (``gazetteer.commune_names``: "Mỹ Long Bắc", "Y Tý"), or None."""
        if k not in self._commune_names:
            self._commune_names[k] = next((k + n for n in range(min(self.name_length(k), 4), 1, -1)
                                           if gazetteer.name_key(self.span_text(k, k + n)) in gazetteer.commune_names()), None)
        return self._commune_names[k]

    def organization(self, k: int, lower_head: bool = False) -> tuple[int, dict] | None:
        """End and head facts of an organisation name starting at k."""
        info: dict = {}
        opening = False  # an ambiguous head opening a sentence, read as a body only if a verb of reporting follows
        known, head = self.at("ORG_KNOWN", k), self.org_head(k)
        if known is not None and (forms := self.rec.org_exact.get(fold(self.span_text(k, known)))) \
                and self.span_text(k, known) not in forms \
                and not (lower_head and fold(self.span_text(k, known)) in self.rec.lower_bodies_after_titles):
            known = None  # "người đưa tin" is a messenger, "Người Đưa Tin" a newspaper; but "cựu chủ tịch hạ viện Mỹ"
        if known is not None and k > 0 and self.foreign(k) and not self.acronym(k) and self.foreign(k - 1) \
                and self.name_token(k - 1) and self.same_line(k - 1, k) and head is None:
            return None  # "cuộc tập trận … mang tên Ulchi Freedom Guardian" (vietnews-007316): a known foreign name that
            # ends a longer run of foreign capitalised words is a word of that name (an exercise's), no body of its own;
            # not an abbreviation ("phim lậu trên Internet TTO - Các nhà …", vietnews-018628: Tuổi Trẻ's signature)
        if known is not None and known == head and k > 0 and self.same_line(k - 1, k) \
                and self.folded(k - 1) in self.rec.body_counts_before.get(fold(self.span_text(k, known)), ()) \
                and not self._named_after_count(k, known):
            return None  # "lưỡng Đảng", "đa đảng": two-party, multi-party; "hai Đảng, hai nước": the two parties
        if known is not None and known == head and (qualified := self._body_qualified(k, known)) is not None:
            if not (self.acronym(qualified) and self.same_line(k, qualified) and self.at("PLACE", qualified) is None):
                return None  # "đảng đối lập", "Đảng cầm quyền Ba Lan", "Đảng này": a party, not the Party
            info = dict(self.rec.head_info.get(fold(self.span_text(k, known)), {}))
            info["lower"] = not self.cap(k)
            return qualified + 1, info  # "đảng đối lập CNRP": the body its abbreviation names
        if known is not None and (self.cap(k) or lower_head or self.span_text(k, known) in self.rec.org_exact.get(
                fold(self.span_text(k, known)), ()) or self._country_after_lower_body(k, known)) \
                and (head is None or known >= head):  # "al - Qaeda": as listed; "chính phủ Syria"
            e = known
            info = {"system": "known", "alone": "yes"}
        elif (e := self.at("ABBR_ORG", k)) is not None and self.text(k).isupper():
            info = {"system": self.rec.abbreviation_systems.get(self.span_text(k, e), "state"),
                    "alone": "no" if self.span_text(k, e) in self.rec.opening_abbreviations else "yes",
                    "descriptors": "yes", "abbreviation": True}  # "TAND cấp cao"; "CTCP …" a company
        elif (e := head) is not None and self.org_head(e) is not None and fold(self.span_text(e, self.org_head(e))) \
                == fold(self.span_text(k, e)):
            return None  # "nhiệm vụ của Uỷ ban Uỷ ban quốc gia về …" (vietnews-020560, a heading glued to the text): the
            # head written twice, the body opens at the second
        elif (e := head) is not None and not self._phrase_before(k, self.rec.law_words) \
                and not self._event_noun(k) and not (k > 0 and self._event_noun(k - 1)) \
                and (self._head_allowed(k, e, lower_head) or (opening := self._ambiguous_opening(k, e))) \
                and not (self.head_in_name(k) and self.name_token(k + 1) and self.cap(k + 1) and not self.foreign(k + 1)
                         and self.same_line(k, k + 1) and not self.continues_word(k + 2)
                         and not ((self.name_token(k + 2) or self.acronym(k + 2)) and self.same_line(k, k + 2))) \
                and not self._titled_full_name(k):
            # not "danh hài Trường Giang", "Hoàng Sa, Trường Sa", "102 Trường Chinh": one plain syllable after a head that is
            # also a name is a person's or a place's name ("Trường Cambridge": a foreign name after it is a school)
            info = dict(self.rec.head_info.get(fold(self.span_text(k, e)), {}))
            info["lower"] = not self.cap(k)
        else:
            return None
        if info.get("system") == "known" and (self._credit_before(k) or k >= 2 and self.text(k - 1) == ":"
                                              and self.folded(k - 2) in self.rec.media_credits and self.same_line(k - 2, k)):
            return e, info  # "Video: Reuters Máy bay của trung tá …" (vietnews-009682): a credit names its source alone;
            # what follows is the next paragraph, glued to it
        j = e
        if info.get("descriptors") == "yes":
            j = self._descriptors_end(j, "LEGAL_FORM" if info.get("lower") else "NOUN_DESCRIPTOR" if info.get("abbreviation")
                                      else "DESCRIPTOR")  # not "CSGT kiểm tra": a verb after an abbreviation
            if info.get("lower") and info.get("numbered") == "yes":
                d = self._descriptors_end(j)
                if d > j and self.text(d).isdigit():
                    j = d  # "ban chỉ đạo 389": in lower case, named by its number
        fields_start = j
        if info.get("system") != "known" and self.at("ABBR_ORG", k) != e:  # not "HĐQT xây dựng …"
            j = self._fields_end(k, j)  # "Sở Giao thông vận tải", "Tổng cục Khí tượng thuỷ văn": a field, in any case
            if j > fields_start and info.get("field_names") != "yes" and not self.cap(fields_start) \
                    and self.at("SCOPE", j - 1) != j and self.at("SCOPE", j - 2) != j \
                    and not (self.same_line(k, j) and (self.cap(j) or self.text(j).isdigit()
                                                       or self.at("LEVEL", j) is not None and self.level_word(j))) \
                    and self._abbreviation_then_place(k, j) is None:
                j = fields_start  # "cơ quan thuế", "công ty vận tải": a class of bodies, unless a scope, name, unit or
                # number follows ("Trung tâm dự báo khí tượng thuỷ văn trung ương", "Thanh tra xây dựng huyện Sóc Sơn"),
                # perhaps after the fields' abbreviation ("Cảnh sát phòng cháy và chữa cháy (PCCC) tỉnh Bình Định")
        bare = j  # the head with its descriptors and fields: what follows names the body
        if info.get("system") in self.rec.described_systems and (described := self.described_name(k, j)) is not None:
            j = described  # "Nhà máy sản xuất ô tô Vinfast": a description the name completes
        elif j == bare and self.cap(k) and info.get("alone") != "yes" \
                and (field := self._field_before_unit(k, j, province=j == fields_start)) is not None \
                and (not (info.get("ambiguous") == "yes" and self.sent_starts[k])
                     or (place := self.at("PLACE", field)) is not None and self._reported_after(place)):
            j = field  # "Ban quản lý di tích tỉnh Thừa Thiên Huế": a field, then the unit the body serves; opening a
            # sentence, an ambiguous head so when a verb of reporting follows the place ("Cơ quan quản lý di trú Malaysia
            # thông báo", vietnews-004790)
        if (info.get("numbered") == "yes" or j == bare > fields_start) and self._body_number(j):
            j += 1  # "Đoàn giám sát 133"; after a field, "Cục quản lý đường bộ 3"
        elif j == bare == fields_start and self.cap(k) and info.get("alone") != "yes" \
                and (lower := self._lower_run(k, j, reject=lambda i: self.folded(i) in self.rec.function_words
                                              or self.folded(i) in self.rec.date_words or self.at("LEVEL", i) is not None)) \
                and lower > j and self._body_number(lower) and self.same_line(k, lower):
            j = lower + 1  # "Cục quản lý đường bộ 3", "Ban quản lý dự án 7": a field and the body's number
        tail_start = j
        placed = False  # the tail has taken a place: in a line all in capitals, no capitalised word after it is the name's
        while j < self.n and self.same_line(k, j):
            t = self.text(j)
            nested = max(filter(None, (self.org_head(j), self.at("ORG_KNOWN", j), self.at("ABBR_ORG", j))), default=None)
            if j > e and info.get("system") == "business" and (form := self.at("LEGAL_FORM", j)) is not None \
                    and self.same_line(k, form - 1) and not self._lines_only(e, j):
                j = self._descriptors_end(form, "LEGAL_FORM")  # "Tổng Công ty Cấp nước Sài Gòn TNHH Một thành viên": a
                # legal form after the name, in any case ("Một thành viên" is one form, not a name "Một")
            elif nested and self._known_acronym_then_known_body(k, e, j, info):
                break
            elif j == tail_start and (title := self._foreign_title(j)) is not None:
                j = title  # "báo The Times of Israel" (vietnews-007225): a newspaper's whole title, its place too
                break
            elif nested and (self.cap(j) or self.text(j).isupper()) and not self.at("TITLE_HEAD", j):
                if nested == self.org_head(j) and not self.cap(nested) and self.same_line(j, nested) \
                        and (inner := self.organization(j)) is not None and inner[0] > nested:
                    j = inner[0]  # "văn phòng Ban quản lý dự án đường sắt khu vực 1": the inner body with its description
                    break
                j = self._descriptors_end(nested) if nested == self.at("ABBR_ORG", j) \
                    else self._fields_end(k, nested) if nested == self.org_head(j) and self.cap(nested) else nested
                # "HĐXX TAND Cấp cao"; "Thanh tra Sở Giao thông vận tải": the inner body's fields, in lower case too
            elif j == e and self.cap(j) and (office := self.at("TITLE_STANDALONE", j) or self.at("TITLE_HEAD", j)) \
                    and (place := self.at("PLACE", office)) is not None and self.cap(office) and self.same_line(k, place - 1):
                j = place  # "Văn phòng Tổng thống Mexico", "văn phòng Thủ tướng Thái Lan": the office of an officeholder
                break
            elif nested and j == e and self.org_head(j) == nested and not self.continues_word(j) \
                    and not self.at("TITLE_HEAD", j) and (inner := self.organization(j, lower_head=True)) is not None:
                j = inner[0]  # "văn phòng hội Nhạc sĩ Việt Nam": the office of the body named after it
                break
            elif nested and j > e and (party := self._party_after_name(j, nested)) is not None:
                j = party  # "uỷ ban Quốc gia đảng Cộng hoà (RNC)" (vietnews-017210): a body of the party named after it
                break
            elif (lvl := self.at("LEVEL", j)) is not None and self.level_word(j):
                name_end = self.place_name(lvl)
                if name_end is not None:
                    j, placed = name_end, True
                elif info.get("system") in ("state", "party", "known") and (not self.cap(lvl) or self.person_start(lvl)) \
                        and self.level_kind(j, lvl) != "country":
                    j = lvl  # "HĐND huyện", "UBND tỉnh", "Chủ tịch UBND TP Nguyễn Thành Phong"; not "Hải quân nước này": a
                    break  # country is named, not written as a level ("của Hải quân nước này", "Bộ Y tế nước này")
                else:
                    break
            elif (place := self.at("PLACE", j)) is not None and self.place_written(j, place):
                j, placed = place, True  # "… Việt Nam", "… châu Âu"
            elif placed and self.caps_line(k):
                break  # "UBND TỈNH QUẢNG NAM KIỂM TRA DỰ ÁN": the headline's verb
            elif j > e and self.cap(j) and self.name_token(j - 1) and (scope := self.at("SCOPE", j)) is not None \
                    and self.same_line(k, scope - 1):
                j = scope  # "Uỷ ban Do Thái Thế giới" (vietnews-007196): a scope written with a capital closes the name
                break
            elif self._glued_clause(j) or self._glued_word(j):
                break  # "Văn phòng Chính phủ Cũng trong phần thủ tục": a sentence after a heading that lost its full stop
            elif (self.name_token(j) or self.acronym(j)) and j > e and self._address_inside_name(j):
                j = self.at("CUE", j)  # "Trường THPT Giồng Ông Tố": the form of address is a word of the name
            elif (self.name_token(j) or self.acronym(j)) and not self._cue_of_a_person(j) and (
                    not self.starts_other(j) or j == tail_start and self._title_head_naming(e, j, info)
                    or self.at("CUE", j) is not None and not self.name_token(j)
                    and not any(self.at(label, j) for label in ("TITLE_HEAD", "TITLE_STANDALONE", "ORG_KNOWN", "ABBR_ORG"))):
                if (unit := self.admin_unit(j)) is not None and not (self.person_start(j) and self.name_length(j) >= 3):
                    j = unit  # "Huyện uỷ Kim Thành": a place, though "Kim" is also a surname
                    continue
                if self._korean_name(j):
                    break  # "Phó chủ tịch Uỷ ban Quốc vụ Choe Ryong - hae" (vietnews-011652): the holder's name
                if j > e and self._known_person_after_body(j):
                    break  # "tiếp khách tại tổng cục Cảnh sát Dương có mặt" (vietnews-000036): Nguyễn Văn Dương's name
                if self.person_start(j) and (j > tail_start or info.get("alone") == "yes" or bare > fields_start) \
                        and self.name_length(j) >= (2 if info.get("alone") == "yes" and j == e else 3):
                    break  # "Bộ Tài chính Hồ Đức Phớc": a person's name starts here
                if lower_head and self.person_start(j) and j in self.place_ends and j > tail_start \
                        and not self.cap(j + self.name_length(j)) and self.same_line(j, j + self.name_length(j)):
                    break  # in a title, a name after the body's country: "… Bộ Ngoại giao Trung Quốc Lục Khảng tuyên bố"
                if j in self.place_ends and j > tail_start and self.at("PLACE", j) is None \
                        and self.name_length(j) == 3 and (lower_head or self._person_context(j, j + 3)) \
                        and self.same_line(j, j + 3) and not self.cap(j + 3) and self.text(j + 3).isalpha():
                    break  # a three-syllable name after the body's country, in a title or where a person stands, before a
                    # lower-case word: "phát ngôn viên Bộ Ngoại giao Trung Quốc Hoa Xuân Doanh kêu gọi" (vietnews-007887,
                    # "… cho biết" in vietnews-010086; "Hoa" is no Vietnamese surname)
                if (info.get("system") == "known" or j in self.place_ends) and self.name_token(j) and self.at("PLACE", j) is None \
                        and self.same_line(j, j + 1) and (self.foreign(j) or self.foreign(j + 1)) \
                        and (self.name_token(j + 1) or _INITIAL.match(self.text(j + 1)) or self.particle_end(j + 1)
                             or self.text(j + 1) in ("-", "–") and self.foreign(j + 2)):
                    break  # "Nhà Trắng Sarah Sanders", "FBI James Comey", "Uỷ ban châu Âu Jean - Claude Juncker": a known
                    # body, or one that ends with its place, takes no foreign name after it
                if (lower_head or info.get("lower") and j == e and fold(self.span_text(k, e)) in self.rec.force_heads
                        and self.at("PLACE", j) is None) \
                        and self.name_token(j) and self.name_token(j + 1) and self.foreign(j) and self.foreign(j + 1) \
                        and self.same_line(j, j + 1) and not any(map(self.foreign, range(k, j))) \
                        and (j > tail_start or info.get("system") not in self.rec.described_systems):
                    break  # in a title, a foreign full name after a Vietnamese body: "phát ngôn viên Hải quân Chettha Chaipiem";
                    # so after a force written in lower case, as a class: "sĩ quan cảnh sát John Miller" (vietnews-004727),
                    # "tướng quân đội Eduardo Ano tuyên bố" (vietnews-005291)
                j += 1
                # "Dân vận", "Tài chính": a capital opening a word takes its lower-case rest; so does one inside a word the
                # tokenizer made of several after a lower-case word, the head or an abbreviation ("Tài nguyên và Môi
                # trường", "Viện Hàn lâm", "TMCP Phát triển"), not after a name ("Trần Phú nhận": a verb)
                if (not self.continues_word(j - 1) or j - 2 < e or not self.cap(j - 2) or self.acronym(j - 2)) \
                        and not (self.acronym(j - 1) and len(self.text(j - 1)) > 1):  # not "cục NTBD cập nhật"
                    j = self._lower_rest_end(j - 1, e)
            elif j > tail_start and (self.name_token(j - 1) or self.continues_word(j - 1)) \
                    and (field := self._field_after_lower_words(k, j)) is not None:
                j = field  # "Cục Điều tra tội phạm Thương mại": lower-case words between capitalised fields of the name
            elif j > e and (self.name_token(j - 1) or self.continues_word(j - 1)) \
                    and (field := self._joined_lower_fields(k, j)) is not None:
                j = field  # "Viện Khoa học địa chất và khoáng sản": its fields joined in lower case after the capitalised word
            elif j > tail_start and (self.name_token(j - 1) or self.continues_word(j - 1)) \
                    and (field := self._fields_end(k, j)) > j and self.same_line(k, field) \
                    and ((place := self.at("PLACE", field)) is not None and self.place_written(field, place) or self.acronym(field)):
                j = field  # "Cơ quan Kiểm soát hàng không châu Âu": a field inside the name, then a place or an abbreviation
            elif j > e and (self.name_token(j - 1) or self.continues_word(j - 1) or self.acronym(j - 1)) \
                    and (scope := self._scope_rest(k, j)) is not None:
                j = scope  # "Cơ quan Quản lý thảm hoạ thiên tai quốc gia,", "Trường ĐH Kinh tế quốc dân)": the name's
                # lower-case rest up to the scope that closes it, and no more ("… quốc dân và Thư viện …": a second body)
                break
            elif j > e and (region := self._region_word(j)) is not None and self.same_line(k, region) \
                    and (self.name_token(region) or self.acronym(region)) \
                    and (self.at("PLACE", region) is not None or not self.person_start(region)):
                j = region  # "Trung tâm Dự báo khu vực Thái Bình Dương": the region it serves, named
            elif fold(t) in self.rec.seat_words and fold(self.span_text(k, e)) in self.rec.located_heads \
                    and (place := self._place_after(j + 1)) is not None:
                j = place[1]  # "TAND cấp cao tại TP. HCM": the body and the place it sits in
                break
            elif j > e and info.get("system") in self.rec.described_systems and (self.name_token(j - 1) or self.continues_word(j - 1)) \
                    and (line := self._business_lines_end(j)) > j and self.same_line(k, line) and self.name_token(line) \
                    and not self.starts_other(line) and not (self.person_start(line) and self.name_length(line) >= 3) \
                    and self._lines_only(e, j):  # not "Công ty Hưng Thịnh phát triển Khu đô thị Sala": a verb after the name
                j = line  # "công ty cổ phần Đầu tư phát triển Thái Sơn": lines of business in lower case inside the name
            elif t in ("-", "–") and j > e and (self.name_token(j - 1) or self.continues_word(j - 1)) \
                    and not any(map(self.foreign, range(k, j))) and j not in self.place_ends \
                    and not any(map(self.person_start, range(tail_start, j))) \
                    and (field := self._field_after_dash(k, j + 1)) is not None:
                j = field  # "Tập đoàn Than - khoáng sản Việt Nam", "Sở Thông tin - truyền thông tỉnh …"
            elif t in ("và", "-", "–") and j > e and self.cap(j + 1) and not (t == "và" and j in self.place_ends) \
                    and not (t == "và" and k > 0 and self.folded(k - 1) in self.rec.plural_markers) \
                    and not (t == "và" and (self.foreign(j - 1) or self.foreign(j + 1))) \
                    and (self.name_token(j - 1) or self.continues_word(j - 1) or self.acronym(j - 1) and self.acronym(j + 1)) \
                    and not self.starts_other(j + 1) and not self.at("CUE", j + 1) and self.text(j + 2) != ":" \
                    and not (self.rec.credit.fullmatch(self.folded(j + 1)) and not self.name_token(j + 2)) \
                    and self.at("LEVEL", j + 1) is None:
                j += 1  # not "… - Ảnh: …", "… - Ảnh cổng thông tin …" (a photo credit), nor two foreign names joined by
                # "và" ("ngân hàng PGBank và HDBank": two banks; a body's "và" joins Vietnamese fields), nor two bodies after a
                # plural ("hai đảng Cộng hoà và Dân chủ", vietnews-004944), nor a second unit ("… TP. Hà Nội
                # và TP. HCM"), nor a second body after the first one's country ("quân đội Nga và Thổ Nhĩ Kỳ"; but "Viện Mỹ
                # - Triều")
            elif self._number_after_name(k, j, info):
                j += 1  # "Bệnh viện Nhân dân 115" (vietnews-003355): the body's number after its name
                break
            elif lower_head and info.get("alone") != "yes" and info.get("system") != "known" \
                    and (described := self._office_description(k, e, j)) is not None:
                j = described  # in a title, a body not named yet and the lower-case words that describe it
                break
            else:
                break
        if j > e and (spelled := self._spelled_out(e, j)) is not None:
            j = spelled  # "cục Nghệ thuật biểu diễn (NTBD)": the brackets spell the name's lower-case rest too
        if (place := self._abbreviation_then_place(k, j)) is not None:
            j = place  # "Sở Văn hoá - thể thao và du lịch (VH - TT & DL) Vĩnh Phúc": the fields' abbreviation, then the province
        if j > e and info.get("alone") == "no" and info.get("system") != "known" and self._lines_only(e, j) \
                and self.span_text(k, e) in self.rec.opening_abbreviations and not self._unit_level_at(e):
            return None  # "CTCP Đầu tư C.E. O": a company's legal form and lines without its name, not a body; but "Phó
            # Giám đốc BHXH huyện" (vietnews-012915): the body of the district
        if (j > e and info.get("system") in self.rec.described_systems or j == e and self.cap(k)) \
                and (named := self._name_before_short_form(k, j)) is not None:
            j = named  # "công ty cổ phần Nghe nhìn Toàn cầu (AVG)": the name goes on in lower case up to its short form;
            # so after a capitalised head alone ("Viện nghiên cứu Hàng không Gromov (LII)", vietnews-009768)
        if info.get("system") != "known" and j > e and (named := self._name_to_abbreviation(k, j)) is not None:
            j = named  # "Nhóm Công dân vì Trách nhiệm và Đạo đức ở Washington (CREW)": the name written out to its short form
        elif info.get("system") != "known" and (named := self._introduced_abbreviation(k, e)) is not None and named > j:
            j = named  # "Cục hàng không liên bang Mỹ (FAA)": a description the body's abbreviation in brackets follows
        elif info.get("system") != "known" and j > e \
                and (named := self._introduced_abbreviation(k, j, bare=info.get("system") == "party")) is not None:
            j = named  # "Tổ chức Điều tra môi trường (EIA)": the name's lower-case rest, then its abbreviation
        if j == e and info.get("alone") != "yes" or opening and (not self._reported_after(j) or self.at("PLACE", e) == j):
            return None  # an ambiguous opening head needs a verb of reporting, and a name other than a country ("Báo Mỹ
            # đưa tin": the US press)
        return j, info

    def _country_after_lower_body(self, k: int, end: int) -> bool:
        """The known body k..end, written in lower case, is one language.yaml lower_case_bodies_before_countries lists and
        a country's name follows it on its line: "chính phủ Syria" (vietnews-007036), the country's government."""
        return fold(self.span_text(k, end)) in self.rec.lower_bodies_before_countries and self.same_line(k, end) \
            and (place := self.at("PLACE", end)) is not None and self.cap(end) \
            and self.rec.places.get(fold(self.span_text(end, place))) == "country"

    def _named_after_count(self, k: int, end: int) -> bool:
        """A counted head k..end (language.yaml body_counts_before) that a name still follows, which names one body:
        "cả hai đảng Cộng hoà và Dân chủ" (vietnews-004944) names the Republican party."""
        return end < self.n and self.name_token(end) and self.at("PLACE", end) is None and self.same_line(k, end)

    def _known_acronym_then_known_body(self, k: int, e: int, j: int, info: dict) -> bool:
        """A known body written as its acronym alone (k..e) is followed right away by another known body of the list
        (organizations.tsv): two bodies side by side, as a meeting's name pairs them ("hội nghị WEF ASEAN 2018",
        vietnews-011282: the World Economic Forum on ASEAN), not one body inside the other."""
        return j == e == k + 1 and info.get("system") == "known" and self.acronym(k) \
            and (other := self.at("ORG_KNOWN", j)) is not None \
            and self.rec.org_canonical.get(_joined(fold(self.span_text(j, other)))) \
            != self.rec.org_canonical.get(_joined(fold(self.span_text(k, e))))

    def _party_head(self, k: int) -> bool:
        """An organisation head of a political party (org_heads.tsv system "party") opens at k: "đảng", "Đảng bộ"."""
        return (head := self.org_head(k)) is not None \
            and self.rec.head_info.get(fold(self.span_text(k, head)), {}).get("system") == "party"

    def _body_qualified(self, k: int, e: int) -> int | None:
        """End of the qualifiers (language.yaml body_qualifiers) that follow, on its line, a known body written at k..e
        as the common noun of its kind: "đảng đối lập", "Đảng này" say which party, no name; None without them."""
        qualifiers = self.rec.body_qualifiers.get(fold(self.span_text(k, e)))
        end = self._phrase_at(e, qualifiers) if qualifiers else None
        return end if end is not None and self.same_line(k, end - 1) and not self.cap(e) else None

    def _glued_clause(self, j: int) -> bool:
        """A capitalised clause opener before a lower-case word at j (language.yaml clause_openers): a sentence that opens
        after a name whose heading lost its full stop ("Văn phòng Chính phủ Cũng trong phần thủ tục", vietnews-004113;
        "tỉnh Lào Cai Đã có …", tester s15 #5.6), no word of that name."""
        return self.cap(j) and self.folded(j) in self.rec.clause_openers and self.same_line(j, j + 1) \
            and self.text(j + 1).isalpha() and not self.cap(j + 1)

    def _glued_word(self, j: int) -> bool:
        """A word of the language at j whose first syllable alone is capitalised (``lexicons.dictionary_words``, one word
        for the segmenter), right after a known place's name: a sentence or heading that opens there, its full stop lost
        ("Đoàn đại biểu Quốc hội tỉnh Bình Thuận Tuyên truyền, giải thích …", vietnews-003067; "Tàu cao tốc ở Châu Âu
        Phát biểu tại …", 020122), no syllable of a name (after a person's it may be: "Thôi Vĩnh Nguyên sinh năm …")."""
        return j in self.place_ends and self.cap(j) and self.same_line(j, j + 1) and self.text(j + 1).isalpha() \
            and not self.cap(j + 1) \
            and self.continues_word(j + 1) and fold(self.span_text(j, j + 2)) in self.rec.dictionary_words

    def _name_in_capitals(self, k: int, end: int) -> bool:
        """Every syllable of the name at k..end opens with a capital ("Hoà Bình", not the word "hoà bình" in "Hoà bình")."""
        return all(syllable[0].isupper() for syllable in self.span_text(k, end).split())

    def _inside_a_cue(self, k: int, end: int) -> bool:
        """A cue of honorifics.tsv opens before k and closes after end: the name at k..end is a word of it ("Mẹ Việt Nam Anh
        hùng", an honour, no place)."""
        return any(start < k and cue_end > end for start, cue_end in self.match.get("CUE", {}).items())

    def _event_noun(self, k: int) -> bool:
        """An event's noun opens at k, its first word a body's head (language.yaml event_nouns: "Hội báo Xuân", a fair;
        nor is its second word a head there: the "báo" of "Hội báo" is no newspaper)."""
        return any(fold(self.span_text(k, k + n)) in self.rec.event_nouns for n in (2, 1) if self.same_line(k, k + n - 1))

    def _lower_rest_end(self, k: int, e: int) -> int:
        """End of the capitalised token k of a body's name (its head ending at e) with the lower-case syllables the
        tokenizer joined to it: all of them after the head ("Ban Dân vận", "Hiệp hội Dệt may", "Uỷ ban Quốc vụ"); after a
        capitalised syllable of the name or on a foreign word, only as far as they make a word of the language
        (``lexicons.dictionary_words``): the segmenter also joins a name and the verb after it ("Hãng Disney cắt đứt",
        "Trường tiểu học Thiên Hộ Dương nhận", "Công ty Dương Đông Hoà Phú đóng")."""
        checked = self.foreign(k) or k - 1 >= e and self.cap(k - 1)
        end, j = k + 1, k + 1
        while self.continues_word(j) and not self.cap(j) and self.text(j).isalpha():
            j += 1
            if not checked or fold(self.span_text(k, j)) in self.rec.dictionary_words:
                end = j
        return end

    def _ambiguous_opening(self, k: int, e: int) -> bool:
        """The head at k..e is also a common word (org_heads.tsv ambiguous=yes) and opens a sentence ("Báo …", "Cục …"),
        not as the kind of a medium named after it ("Hãng thông tấn Tasnim": the medium is "Tasnim")."""
        return self.cap(k) and self.sent_starts[k] and self.rec.head_info.get(fold(self.span_text(k, e)), {}).get("ambiguous") == "yes" \
            and not any(tuple(self.folded(i) for i in range(k, k + n)) in self.rec.media_kinds for n in self.rec.media_kinds.lengths)

    def _reported_after(self, j: int) -> bool:
        """A verb of reporting (language.yaml report_verbs) follows a body's name ending at j, maybe after its abbreviation
        in brackets and words such as "vừa", "cũng" ("Báo Dân Việt đưa tin", "Cơ quan Khí tượng Quốc gia Mỹ cũng thừa
        nhận")."""
        if self.text(j) == "(" and self.acronym(j + 1) and self.text(j + 2) == ")":
            j += 3  # "Báo New York Times (NYT) …"
        while (after := self._phrase_at(j, self.rec.report_verb_openers)) is not None:
            j = after
        return self._phrase_at(j, self.rec.report_verbs) is not None

    def _phrase_at(self, i: int, phrases: Phrases) -> int | None:
        """End of the longest of the phrases (tuples of folded words) that starts at i; None when none does."""
        return next((i + n for n in phrases.lengths if tuple(self.folded(x) for x in range(i, i + n)) in phrases), None)

    def _scope_rest(self, k: int, j: int) -> int | None:
        """End of up to three lower-case words from j, on the line of k, closed by a scope (org_fields.tsv: "quốc gia",
        "trung ương", "quốc dân"), perhaps with the country after it, where the name plainly ends (punctuation, the end of
        the line or "và") or with the scope alone: the rest of a body's name written in mixed case ("Uỷ ban Chống buôn
        người quốc gia Campuchia,"); None otherwise. Without that end, the words may be a verb and its object ("Bộ Y tế
        ban hành chương trình quốc gia")."""
        lower = self._lower_run(k, j, limit=3, until=lambda i: self.at("SCOPE", i) is not None,
                                reject=lambda i: (self.folded(i) in self.rec.function_words and not self.continues_word(i))
                                or self.folded(i) in self.rec.place_prepositions or self.folded(i) in self.rec.verb_markers
                                or any(self.at(label, i) is not None for label in ("CUE", "LEVEL", "ORG_HEAD", *_TITLE_LABELS)))
        if lower is None or (end := self.at("SCOPE", lower)) is None or self.cap(lower) or not self.same_line(k, end - 1):
            return None
        if (place := self.at("PLACE", end)) is not None and self.place_written(end, place) and self.same_line(k, place - 1):
            end = place
        after = self.text(end) if end < self.n else ""
        return end if after in (",", ".", ")", "(", ";", ":", "-", "–", "") or fold(after) == "và" \
            or not self.same_line(end - 1, end) or lower == j and not self.continues_word(self.at("SCOPE", lower)) else None
        # the scope right after the name's capitalised words, with its country, ends it wherever: "Cơ quan Phát triển quốc
        # tế Hoa Kỳ trong công tác này" (vietnews-003013)

    def _field_after_lower_words(self, k: int, j: int) -> int | None:
        """End of the capitalised fields (org_fields.tsv) that one or two lower-case words from j lead to, on the line of
        k: the press capitalises only some words of a body's name ("Giám đốc Cục Điều tra tội phạm Thương mại của Cảnh
        sát liên bang Malaysia", vietnews-005452); None when the words hold a function word, a preposition, a verb marker,
        a level, a head, a cue or a title, or the capital starts another name."""
        lower = self._lower_run(k, j, limit=2, reject=lambda i: (self.folded(i) in self.rec.function_words and not self.continues_word(i))
                                or self.folded(i) in self.rec.place_prepositions or self.folded(i) in self.rec.verb_markers
                                or any(self.at(label, i) is not None for label in ("CUE", "LEVEL", "ORG_HEAD", *_TITLE_LABELS)))
        if lower is None or lower == j or not self.cap(lower) or self.starts_other(lower) or not self.same_line(k, lower):
            return None
        end = self._fields_end(k, lower)
        return end if end > lower else None

    def _joined_lower_fields(self, k: int, j: int) -> int | None:
        """End of two fields or more (org_fields.tsv) written in lower case from j and joined by "và", "-" or "&", on the
        line of k: the rest of a body's name the press capitalised only at its first word ("Viện Khoa học địa chất và
        khoáng sản", vietnews-019955), right after a capitalised field ("Khoa học"); None for one field alone, which may
        be a verb or its object, and after a proper name ("Công ty Hoà Phát đầu tư và xây dựng nhà máy": its verbs)."""
        if self.cap(j) or not any(self.at("FIELD", i) == j and self.cap(i) for i in range(max(k, j - 4), j)):
            return None
        end = self._fields_end(k, j)
        joined = any(self.folded(i) in self.rec.any_field_joiner for i in range(j + 1, end)) \
            or any(w in fold(self.span_text(j, end)).split() for w in self.rec.any_field_joiner)
        return end if end > j and joined and self.same_line(k, end - 1) else None

    def _office_description(self, k: int, e: int, j: int) -> int | None:
        """In a title, end of the lower-case words at j that describe the body whose head ends at e, where they plainly
        end: over "và" and a capitalised field ("Giám đốc Trung tâm Y học hạt nhân và Ung bướu"); when the body is written
        with its head and descriptors only (no field, no proper name), before the level word of its unit, with the unit's
        name when written ("Giám đốc Ban quản lý di tích tỉnh", "Ban Quản lý các dự án đầu tư và xây huyện Đức Phổ"), or up
        to the body it belongs to ("Trung tâm tuyển sinh và dịch vụ đào tạo ĐH Công nghiệp thực
        phẩm TP. HCM", "phòng Quản lý điện năng Sở Công Thương Lâm Đồng"). None otherwise: the words may be a verb and
        its object ("Ban quản lý đã làm việc …", "Giám đốc Sở Y tế tiếp nhận bệnh nhân huyện …")."""
        named, i = False, e  # a field or a proper name written after the head: "Sở Y tế", "Bệnh viện Bạch Mai"
        while i < j and not named:
            if (d := self.at("DESCRIPTOR", i)) is not None:
                i = d
            elif self.continues_word(i) and not self.cap(i):
                i += 1
            else:
                named = True
        lower, words = j, 0
        while lower < self.n and self.same_line(k, lower) and self.text(lower).isalpha() and not self.cap(lower):
            word = self.folded(lower)
            if self.at("LEVEL", lower) is not None and self.level_word(lower) and words or word == "và" and self.cap(lower + 1):
                break
            if word not in self.rec.description_words and (word in self.rec.function_words and not self.continues_word(lower)
                                                           or word in self.rec.place_prepositions or word in self.rec.verb_markers) \
                    or self.org_head(lower) is not None and not self.continues_word(lower) \
                    or any(self.at(label, lower) is not None for label in ("CUE", *_TITLE_LABELS)):
                return None
            words += not self.continues_word(lower)
            if words > MAX_DESCRIPTION + 2:
                return None
            lower += 1
        if not words or self.folded(j) == "và":
            return None
        if self.text(lower) == "và" and self.cap(lower + 1) and not self.starts_other(lower + 1) \
                and not self.person_start(lower + 1) and self.same_line(k, lower + 1):
            end = lower + 1
            while end < self.n and self.same_line(k, end) and (self.name_token(end) and (end == lower + 1 or not self.starts_other(end))
                                                                        or self.continues_word(end) and self.text(end).isalpha()):
                end += 1  # "Ung bướu": a capital opens the word
            after = self.text(end) if end < self.n else ""
            return end if after in (",", ".", ")", "-", "–", "") or after.isalpha() and after.islower() else None
        if named:
            return None
        if (lvl := self.at("LEVEL", lower)) is not None and self.level_word(lower):
            # the unit a body serves, not "Giám đốc Sở trẻ nhất nước" (the youngest in the country)
            return (self.place_name(lvl) or lvl) if self.level_kind(lower, lvl) in self.rec.unit_kinds else None
        if (self.org_head(lower) or self.at("ABBR_ORG", lower) or self.at("ORG_KNOWN", lower)) \
                and (self.cap(lower) or self.text(lower).isupper()) and (inner := self.organization(lower)) is not None:
            return inner[0]
        return None

    def _business_lines_end(self, j: int) -> int:
        """End of the lines of business (org_fields.tsv) written in lower case from j; j itself when none."""
        while (line := self.at("BUSINESS_LINE", j)) is not None and not self.cap(j):
            j = line
        return j

    def _index_after(self, j: int) -> bool:
        """A dash and a foreign word that is no place at j on the line: "VN - Index" names no country ("Việt Nam - Lào" does)."""
        return self.text(j) in ("-", "–") and self.same_line(j, j + 1) and self.foreign(j + 1) and self.at("PLACE", j + 1) is None

    def _abroad_after(self, j: int) -> bool:
        """A foreign name or a country other than Việt Nam (countries.tsv), perhaps after "nước", at j on the line."""
        if j < self.n and self.rec.levels.get(self.folded(j)) == "country" and self.same_line(j, j + 1):
            j += 1
        if j >= self.n or not self.same_line(j - 1, j):
            return False
        place = self.at("PLACE", j)
        return self.foreign(j) or place is not None and self.cap(j) and fold(self.span_text(j, place)) not in self.rec.home_places \
            and self.rec.places.get(fold(self.span_text(j, place))) == "country"

    def _lines_only(self, a: int, b: int) -> bool:
        """Tokens a..b of a company's name hold only lower-case words, its legal form ("cổ phần", "TNHH") and lines of
        business ("Đầu tư"), no proper name yet: the lines after it are read inside the name."""
        while a < b:
            if (line := self.at("BUSINESS_LINE", a) or self.at("LEGAL_FORM", a)) is not None and line <= b \
                    or (line := self.at("LEVEL", a)) is not None:
                a = line  # "Đầu tư", "TNHH MTV" (org_descriptors.tsv), "Khu du lịch" (a kind of site, into the lines)
            elif self.cap(a) or not self.text(a).isalpha():
                return False
            else:
                a += 1
        return True

    def _body_number(self, j: int) -> bool:
        """A number at j that can close a body's name: not a date's or a symbol's ("133/QĐ"), nor a count of things
        ("Bộ tượng 12 con giáp": a set of 12 statues; count classifiers of time_words.yaml), nor a quantity ("Trung tâm dạy
        nghề hơn 23 tỉ đồng", vietnews-016194: place_lists.yaml quantity_words_after)."""
        return self.text(j).isdigit() and self.text(j + 1) != "/" and self.folded(j + 1) not in self.rec.count_classifiers \
            and self.folded(j + 1) not in self.rec.quantity_words

    def _unit_level_at(self, j: int) -> bool:
        """A level word of an administrative unit at j ("huyện", "tỉnh"; place_lists.yaml administrative_kinds)."""
        return (lvl := self.at("LEVEL", j)) is not None and self.level_word(j) and self.level_kind(j, lvl) in self.rec.unit_kinds

    def _number_after_name(self, k: int, j: int, info: dict) -> bool:
        """A number at j closes the name of a numbered body (org_heads.tsv numbered=yes) right after a capitalised word of
        it, on its line ("Bệnh viện Nhân dân 115", "Trường THPT Nguyễn Du 2"): not a year, a count, a measure or a time
        ("… 3 người", "làm hiệu trưởng Trường tiểu học Nguyễn Thị Minh Khai 10 năm", vietnews-016267)."""
        return info.get("numbered") == "yes" and (self.name_token(j - 1) or self.continues_word(j - 1) and self.cap(j - 2)) \
            and self.same_line(k, j) and self._body_number(j) and len(self.text(j)) <= 3 and not self._quantity(j) \
            and self.folded(j + 1) not in self.rec.date_words

    def _abbreviation_then_place(self, k: int, j: int) -> int | None:
        """End of the place or the scope that closes the body opened at k right after an abbreviation of its fields in
        brackets at j: a province or city, or a unit with its level word, after one of several parts joined by dashes or
        "&" ("(VH - TT & DL) Vĩnh Phúc", "Viện Kiểm sát nhân dân (VKS) TP Hoà Bình", vietnews-003393); a scope
        (org_fields.tsv), perhaps with its country, after one of one part ("Uỷ ban An toàn giao thông (ATGT) quốc gia",
        vietnews-002373); None otherwise."""
        close = j + 1
        while close < self.n and (self.acronym(close) or self.text(close) in ("-", "–", "&")) and close - j < 8:
            close += 1
        if self.text(j) != "(" or self.text(close) != ")" or close - j < 2 or not self.same_line(k, close + 1):
            return None
        if (scope := self.at("SCOPE", close + 1)) is not None and not self.cap(close + 1):
            place = self.at("PLACE", scope)
            return place if place is not None and self.place_written(scope, place) and self.same_line(k, place - 1) else scope
        place = self._place_after(close + 1)
        return None if place is None or close - j < 4 and place[0] == close + 1 else place[1]  # one part, then a unit with
        # its level word

    def _fields_end(self, k: int, j: int) -> int:
        """End of the fields of a body (org_fields.tsv) that run from j on the line of k, joined by a joiner ("và", "-",
        "&"), or by commas that a later join closes ("Văn hoá, Thể thao và Du lịch"); j itself when none. Two fields side
        by side are not joined: the second is often a verb ("Học viện hàng không đào tạo")."""
        ends: list[tuple[int, str | None]] = []  # (end of a field, the joiner before it)
        i, joiner = j, None
        while (f := self.at("FIELD", i)) is not None and not self.continues_word(i) and self.same_line(k, f - 1):
            ends.append((f, joiner))
            joiner = self.folded(f)
            if joiner not in self.rec.any_field_joiner or self.at("FIELD", f + 1) is None:
                break
            i = f + 1
        closed = [f for f, joiner in ends if joiner not in self.rec.field_list_joiners]  # fields after the last join,
        # listed by commas only, are not part of the name
        end = closed[-1] if closed else j
        if ends and ends[-1][0] > end and not self.cap(j) and self.same_line(k, ends[-1][0]) \
                and self.at("LEVEL", ends[-1][0]) is not None and self.level_word(ends[-1][0]):
            end = ends[-1][0]  # lower-case fields listed by commas up to the unit the body serves: "Ban chỉ huy phòng chống
            # thiên tai, tìm kiếm cứu nạn tỉnh Nghệ An"
        if end > j and (scope := self.at("SCOPE", end)) is not None and self.same_line(k, scope - 1):
            end = scope  # "Trung tâm Khí tượng thuỷ văn quốc gia"
        return end

    def _ministry_fields(self, j: int, end: int) -> bool:
        """The fields at j..end are all fields of ministries ("Quốc phòng", "Giao thông vận tải"): after a title, a
        portfolio, not a body's name ("phó giám đốc Bảo hiểm xã hội" names the agency)."""
        return all(f in self.rec.ministry_fields for f in self.rec.field_split.split(fold(self.span_text(j, end))) if f)

    def _descriptors_end(self, j: int, label: str = "DESCRIPTOR") -> int:
        """End of the descriptors ("chỉ đạo", "giám sát"; the legal forms only with ``label`` LEGAL_FORM) that run
        from j (j itself when none)."""
        while (more := self.at(label, j)) is not None:
            j = more
        return j

    def _spelled_out(self, e: int, j: int) -> int | None:
        """End of up to three lower-case words after a body's name (from e to j) when an abbreviation in brackets right
        after them spells the initials of the name's words with them ("Nghệ thuật biểu diễn (NTBD)"); None otherwise."""
        end = self._lower_run(e, j, limit=3)
        if end is None or end == j or self.text(end) != "(" or self.text(end + 2) != ")" or not self.acronym(end + 1):
            return None
        words = [self.text(i) for i in range(e, end) if not self.continues_word(i) or self.cap(i)]
        initials = "".join(w[0] for w in " ".join(self.text(i) for i in range(e, end)).split())
        return end if unicodedata.normalize("NFC", initials).upper() == self.text(end + 1) and len(words) >= 2 else None

    def _name_before_short_form(self, k: int, j: int) -> int | None:
        """End of one or two lower-case words and then capitalised ones from j, on the line of k, that an abbreviation in
        brackets follows ("Nghe| nhìn Toàn cầu (AVG)"): the rest of a company's name, cut at a lower-case syllable (the
        press writes such names in mixed case); None when a function word, a title, a cue, another body or a place is
        among them."""
        lower = self._lower_run(k, j, limit=2, reject=lambda i: self.folded(i) in self.rec.function_words)
        if lower is None or lower == j:
            return None
        end = lower
        while end - lower < MAX_NAME_SYLLABLES and self.name_token(end) and self.same_line(k, end) \
                and not self.starts_other(end) and self.at("PLACE", end) is None and self.at("CUE", end) is None:
            end += 1
            while self.continues_word(end) and self.text(end).isalpha() and not self.cap(end):
                end += 1  # "Toàn cầu"
        if end == lower or any(self.at(label, i) for i in range(j, lower) for label in ("TITLE_HEAD", "CUE", "ORG_HEAD", "LEVEL")):
            return None
        t = self.text(end + 1)
        return end if self.text(end) == "(" and self.text(end + 2) == ")" and self.acronym(end + 1) and len(t) >= 2 \
            and self.at("PLACE", end + 1) is None and self.same_line(k, end + 2) else None

    def _introduced_abbreviation(self, k: int, e: int, bare: bool = False) -> int | None:
        """End of up to five lower-case words after a capitalised head (k to e), perhaps with the place the body serves,
        when an abbreviation in brackets follows right after: the press introduces a body by its description and its
        short form, in whatever language the initials spell ("Cục hàng không liên bang Mỹ (FAA)", "Uỷ ban tiêu chuẩn
        hoá chuyến bay (FSB)"), or after a lower-case head and the name's capitalised start ("đảng Cứu nguy dân tộc Campuchia
        (CNRP)", vietnews-004715). With ``bare`` (a party's name) the abbreviation may follow without brackets, and ends
        the name with it: "đảng Xã hội cơ đốc giáo CSU" (vietnews-006532), "Đảng Hồi giáo PAS" (vietnews-004831). None
        otherwise."""
        if not self.cap(k) and not any(map(self.cap, range(k + 1, e))):
            return None
        end = self._lower_run(k, e, limit=5, reject=lambda i: self.folded(i) in self.rec.function_words
                              and not self.continues_word(i)  # "hàng không": a word's syllable
                              and self.folded(i) not in self.rec.name_prepositions  # "tội phạm về ma tuý (PC 47)"
                              or self.at("TITLE_HEAD", i) is not None or self.at("CUE", i) is not None)
        if end is None or end == e:
            return None
        if (place := self.at("PLACE", end)) is not None and self.place_written(end, place):
            end = place
        t = self.text(end + 1)
        if self.text(end) == "(" and self.text(end + 2) == ")" and self.at("PLACE", end + 1) is None and self.same_line(k, end + 2) \
                and (len(t) >= 2 and t.isupper() and t.isalpha()
                     or self.name_token(end + 1) and self.foreign(end + 1) and self.at("ORG_KNOWN", end + 1) is None):
            return end  # or its short name: "Tập đoàn Viễn thông quân đội (Viettel)" (vietnews-005936); not a source ("(Reuters)")
        if self.text(end) == "(" and (code := self.unit_code_end(end + 1)) is not None and self.text(code) in (")", ",") \
                and self.same_line(k, code):
            return end  # or its code: "Phòng cảnh sát môi trường (PC 05)" (vietnews-002640)
        if bare and self.acronym(end) and len(self.text(end)) >= 2 and self.same_line(k, end) and not self.starts_other(end) \
                and self.text(end) not in self.rec.abbreviations and self.at("PLACE", end) is None \
                and not (self.name_token(end + 1) and self.same_line(end, end + 1)):
            return end + 1  # not "Thành uỷ TP. HCM tổ chức hội nghị cán bộ TP", "Ban Chỉ đạo thi THPT": a Vietnamese
            # abbreviation is no party's name
        return None

    def _name_to_abbreviation(self, k: int, j: int) -> int | None:
        """End of capitalised words joined by the words of language.yaml abbreviated_name_joiners (each before a
        capitalised word) from j, the end of a body's name that began at k, when its short form in capitals follows in
        brackets: "Nhóm Công dân vì Trách nhiệm và Đạo đức ở Washington (CREW)" (vietnews-012764). No other body, title
        or person may open among them. None otherwise."""
        i = j
        while i < self.n and i - j < 10 and self.same_line(k, i):
            if self.folded(i) in self.rec.abbreviated_name_joiners and self.cap(i + 1) and self.same_line(i, i + 1):
                i += 1
            elif i > j and self.continues_word(i) and self.text(i).isalpha() and not self.cap(i) \
                    and (self.name_token(i - 1) or self.continues_word(i - 1)):
                i += 1  # a word's lower-case syllable after its capitalised one ("Trách nhiệm")
            elif self.name_token(i) and self.org_head(i) is None and self.at("ORG_KNOWN", i) is None \
                    and self.at("TITLE_HEAD", i) is None and self.at("TITLE_STANDALONE", i) is None and not self.person_start(i):
                i += 1
            else:
                break
        t = self.text(i + 1)
        if i > j and (self.name_token(i - 1) or self.continues_word(i - 1)) and any(self.folded(x) in self.rec.abbreviated_name_joiners for x in range(j, i)) \
                and self.text(i) == "(" and self.text(i + 2) == ")" and self.same_line(k, i + 2) \
                and len(t) >= 2 and t.isupper() and t.isalpha() and self.at("PLACE", i + 1) is None and self.at("ORG_KNOWN", i + 1) is None:
            return i
        return None

    def _aged_name(self, k: int) -> int | None:
        """End of one or two capitalised words at k that an age in brackets follows ("Trần (23 tuổi)"), or of three or four
        that open with no Vietnamese surname (a romanised Chinese or other foreign name: "Lin Sheng Hsiun (43 tuổi)"), not
        a place, a cue, a title or a body, and not the end of a longer name; None otherwise."""
        n = self.name_length(k)
        end = k + n
        if not (self.text(end) == "(" and self.text(end + 1).isdigit() and self.folded(end + 2) in self.rec.age_words) \
                or not (1 <= n <= 2 or n <= 4 and self.folded(k) not in self.rec.surnames) \
                or (k > 0 and self.name_token(k - 1) and self.same_line(k - 1, k)) or self.starts_other(k) \
                or self.at("PLACE", k) is not None or self.at("LEVEL", k) is not None or not self.same_line(k, end + 2):
            return None  # (the age first: the cheapest test, and the rarest)
        return end

    def _name_not_address(self, k: int) -> bool:
        """A form of address written with a capital right after a lower-case word of the same sentence ("… rơi Anh Ngọc"):
        a given name, not the address ("anh", "chị" are lower case inside a sentence)."""
        return self.cap(k) and k > 0 and self.folded(k) in self.rec.pronoun_addresses and not self.sent_starts[k] \
            and self.text(k - 1).isalpha() and not self.cap(k - 1) and self.same_line(k - 1, k) and not self.foreign(k + 1)

    def _address_inside_name(self, k: int) -> bool:
        """A capitalised form of address at k right after a capitalised word of the same line is a word of that name
        ("38B Hai Bà Trưng", "Trường THPT Giồng Ông Tố", "Trà Anh Đông"); not after a function word ("Theo Bà …"), after a
        place, nor before a foreign name ("… Trung Quốc Ông Hardy Diec": a sentence that lost its period)."""
        return (cue := self.at("CUE", k)) is not None and self.cap(k) and fold(self.span_text(k, cue)) in self.rec.pronoun_addresses \
            and k > 0 and self.name_token(k - 1) and self.same_line(k - 1, k) and k not in self.place_ends \
            and not self.foreign(cue) and self.folded(k - 1) not in self.rec.function_words

    def _known_name_glued(self, k: int) -> bool:
        """Token k is a name the article gives a person by ("Kim" of "Kim Jong-un") that the segmenter joined to the
        lower-case syllable after it, making no word of the language ("Chủ tịch Kim không gặp ông ấy", vietnews-012785)."""
        return self.folded(k) in self.person_words and fold(self.span_text(k, k + 2)) not in self.rec.dictionary_words

    def _known_person_after_body(self, j: int) -> bool:
        """Token j is one name syllable the article has already given a person by ("Dương" of "Nguyễn Văn Dương"),
        then a lower-case word on its line, right after the head of a body inside the name ("Cảnh sát"), not after a
        syllable of a name ("HTX Ngọc Bích", "tiệm vàng Ngọc Khanh"): the subject of a clause after the body's name.
        The caller asks it past the body's own head only ("Tập đoàn Trump với Nga" names the body after him)."""
        return self.folded(j) in self.person_words and self.name_length(j) == 1 and self.same_line(j, j + 1) \
            and j + 1 < self.n and self.text(j + 1).isalpha() and not self.cap(j + 1) \
            and j in self.head_ends

    def _korean_name(self, k: int) -> bool:
        """A Korean family name at k, then a given name of two parts joined by a hyphen, the second in lower case
        (language.yaml hyphened_given_name_surnames: "Choe Ryong - hae", "Moon Jae - in"): a person's name."""
        return self.folded(k) in self.rec.hyphened_surnames and self.name_token(k + 1) and self.text(k + 2) in ("-", "–") \
            and self.text(k + 3).isalpha() and self.text(k + 3).islower() and self.same_line(k, k + 3)

    def _titled_full_name(self, k: int) -> bool:
        """A one-syllable head that is also a surname at k opens a full name of three plain syllables where a person
        stands: a title follows in apposition, after a dash or a comma ("…; Đoàn Quang Hồi - giám đốc Công ty …",
        vietnews-016934), a title's head goes before ("Phó chủ tịch Đoàn Ngọc Hải dẫn đầu", vietnews-021068), or another
        full name next to it in a list ("Nguyễn Văn Trọng, Đoàn Công Trực, Phan Xuân Đạt", vietnews-015697): a person,
        not a body."""
        end = k + 3
        if not (self.org_head(k) == k + 1 and self.folded(k) in self.rec.surnames and self.name_length(k) == 3) \
                or any(self.starts_other(i) or self.at("PLACE", i) is not None or self.foreign(i) for i in range(k + 1, end)):
            return False
        titled = self.text(end) in ("-", "–", ",") and self.same_line(k, end + 1) \
            and (self.opens_title(end + 1) or any(self.at(label, end + 1) is not None for label in _TITLE_LABELS))
        after_title = k > 0 and self.same_line(k - 1, k) and k in self.match["TITLE_HEAD"].values()
        listed = k > 0 and self.text(k - 1) == "," and any(self.person_start(i) and i + self.name_length(i) == k - 1
                                                            for i in (k - 4, k - 3) if i >= 0 and self.same_line(i, k)) \
            or self.text(end) == "," and self.same_line(k, end + 1) and self.person_start(end + 1) and self.name_length(end + 1) >= 2
        return titled or after_title or listed

    def _cue_of_a_person(self, j: int) -> bool:
        """A cue at j that a person's name follows ("bác sĩ Nguyễn Văn A"); not one that is a word of a body's name ("Hội
        Nhạc sĩ Việt Nam", "tập đoàn GS (…)")."""
        if (cue := self.at("CUE", j)) is None:
            return False
        return cue < self.n and self.name_token(cue) and self.same_line(j, cue) and self.at("PLACE", cue) is None

    def _lower_run(self, k: int, j: int, limit: int = MAX_DESCRIPTION, until=None, reject=None) -> int | None:
        """End of the lower-case words from j, on the line of k, up to a token ``until`` accepts; None when they are
        more than ``limit`` words or hold a token ``reject`` accepts."""
        lower, words = j, 0
        while lower < self.n and self.text(lower).isalpha() and not self.cap(lower) and self.same_line(k, lower) \
                and not (until and until(lower)):
            words += not self.continues_word(lower)
            if words > limit or reject and reject(lower):
                return None
            lower += 1
        return lower

    def _field_before_unit(self, k: int, j: int, province: bool = True) -> int | None:
        """End of a lower-case field at j that a named unit follows, in the body opened at k ("quản lý di tích" in
        "Ban quản lý di tích tỉnh Thừa Thiên Huế", "khoa học lịch sử" in "Hội khoa học lịch sử Đà Nẵng"); None when no
        unit (a level word and a name, or, with ``province``, a province) ends it."""
        # a function word or preposition makes it a clause: "Bộ kiến nghị cho TP. HCM", "Nhà máy sẽ được xây tại xã …";
        # a number a count: "Bộ ba ngoại trưởng Mỹ - Nhật - Úc" (a trio)
        def run(start: int) -> int | None:
            return self._lower_run(k, start, until=lambda i: self.at("LEVEL", i) is not None and self.level_word(i),
                                   reject=lambda i: self.folded(i) in self.rec.function_words
                                   or self.folded(i) in self.rec.place_prepositions
                                   or self.folded(i) in self.rec.plural_markers or self.folded(i) in self.rec.count_words)
        lower = run(j)
        if lower is None or lower == j:
            return None
        while self.text(lower) in ("-", "–") and (more := run(lower + 1)) is not None and more > lower + 1:
            lower = more  # "Viện nghiên cứu phát triển kinh tế - xã hội Đà Nẵng" (vietnews-019188): two fields joined by a
            # dash ("xã hội", society, is no level word "xã": ``level_word``)
        if province and (place := self.at("PLACE", lower)) is not None and self.cap(lower) and not self.name_token(place) \
                and self.rec.places.get(fold(self.span_text(lower, place))) in self.rec.unit_kinds | self.rec.outer_kinds:
            return lower  # "Hội khoa học lịch sử Đà Nẵng": a province or city named without its level word; a country:
            # "Hiệp hội sản xuất ô tô Việt Nam"
        if self.text(lower) == "," and self.same_line(k, lower + 1) and self.cap(lower + 1) \
                and (self.org_head(lower + 1) is not None or self.at("ORG_KNOWN", lower + 1) is not None):
            return lower  # "Trung tâm hỗ trợ xuất khẩu, Cục Xúc tiến thương mại" (vietnews-020601): the body it is a unit of
        lvl = self.at("LEVEL", lower)
        if lvl is None or not self.level_word(lower) or self.place_name(lvl) is None:
            return None
        return lower

    def _field_after_dash(self, k: int, j: int) -> int | None:
        """End of a lower-case second field after a dash in the body opened at k ("khoáng sản" in "Than - khoáng sản
        Việt Nam"): at most three words, no function word, cue, title, body or level word, and a name, a level word
        or punctuation right after it; None otherwise ("Tập đoàn Viettel - thiếu tướng …", "Hội … - cho biết")."""
        lower = self._lower_run(k, j, limit=3, reject=lambda i: self.folded(i) in self.rec.function_words or any(
            self.at(label, i) is not None for label in ("CUE", "LEVEL", "ORG_HEAD", *_TITLE_LABELS)))
        if lower is None:
            return None
        after = self.text(lower)
        if lower == j or not (self.cap(lower) or self.at("LEVEL", lower) is not None or after in (",", ".", ";", ")", "")
                              or not self.same_line(k, lower)):
            return None
        return lower

    def _region_word(self, j: int) -> int | None:
        """End of a lower-case region word at j ("khu vực", "vùng"), or None."""
        return next((j + n for n in (2, 1) if not self.cap(j) and fold(self.span_text(j, min(j + n, self.n)))
                     in self.rec.region_words), None)

    def _title_head_naming(self, e: int, j: int, info: dict) -> bool:
        """A capitalised title head at j, after a company's head (ending at e) and the lower-case words that describe it,
        before a capitalised word that opens nothing and no person's name: the first word of the company's name, not an
        office ("Công ty vận tải Trưởng Lợi", vietnews-017799; "Trưởng" alone is no office without its body)."""
        return info.get("system") in self.rec.described_systems and j > e and not self.cap(j - 1) and self.cap(j) \
            and self.at("TITLE_HEAD", j) is not None and self.at("TITLE_STANDALONE", j) is None \
            and self.same_line(j, j + 1) and self.name_token(j + 1) and not self.starts_other(j + 1) \
            and not self.person_start(j + 1)

    def described_name(self, k: int, j: int) -> int | None:
        """End of a lower-case description at j that a proper name completes, in the name opened at k
        ("phát triển đường cao tốc BIDV"); None when no name follows it."""
        lower = self._lower_run(k, j)
        while lower is not None and lower > j and self.text(lower) in ("-", "–") and self.text(lower + 1).islower():
            lower = self._lower_run(k, lower + 1)  # "sản xuất - thương mại Tân Ánh Dương"
        if lower is not None and lower > j and (self.name_token(lower) or self.acronym(lower)) and not self.starts_other(lower) \
                and not self.person_start(lower) and self.same_line(k, lower):
            return lower
        return None

    def _place_after(self, k: int) -> tuple[int, int] | None:
        """Start of the name and end of a place named at k, with its level word ("TP. HCM": the name starts after it) or
        without (a province or country)."""
        if (lvl := self.at("LEVEL", k)) is not None and self.level_word(k):
            end = self.place_name(lvl)
            return None if end is None else (lvl, end)
        if (end := self.at("PLACE", k)) is not None and self.place_written(k, end):
            return k, end
        return None

    def _common_noun_opening(self, k: int, e: int, head: dict) -> bool:
        """A head that is a common noun in lower case (org_heads.tsv lower_case=no: "lực lượng", "cơ quan") opens a
        sentence before lower-case words that no name or unit closes within a few syllables: its capital is the
        sentence's, not a name's ("Lực lượng chức năng xuyên đêm tìm kiếm …", vietnews-004163: the authorities, no
        named body); but "Lực lượng cảnh sát biển Hàn Quốc cứu …" (vietnews-008493, a gold body) is the force named by
        its country."""
        if head.get("lower_case") != "no" or not self.sent_starts[k] or not self.same_line(k, e) \
                or not self.text(e).isalpha() or self.cap(e):
            return False
        for j in range(e, min(e + 5, self.n)):
            if not self.same_line(k, j):
                return True
            if self.cap(j) or self.acronym(j):
                return False  # a name closes the description: "… cảnh sát biển Hàn Quốc"
            if (lvl := self.at("LEVEL", j)) is not None and self.level_word(j):
                return self.level_kind(j, lvl) not in self.rec.unit_kinds  # "… cứu hộ tỉnh Quảng Nam"; not "… dọc sông"
            if not self.text(j).isalpha() or self.folded(j) in self.rec.function_words \
                    or self.folded(j) in self.rec.place_prepositions:
                return True
        return True

    def _head_allowed(self, k: int, e: int, after_title: bool) -> bool:
        """An organisation head at k..e counts when written with a capital (not an ambiguous one opening a
        sentence: "Vụ Khải Silk" is a case), or in lower case before a proper name or legal form
        ("công ty TNHH …", "bộ Tài chính"), or after a title before a level word ("giám đốc công an tỉnh")."""
        head = self.rec.head_info.get(fold(self.span_text(k, e)), {})
        if (not self.cap(k) or self.sent_starts[k] or k >= 2 and self.text(k - 1) in ("-", "–") and self.text(k - 2) in (".", "?", "!")) \
                and self._company_of_a_nation(head, self.at("LEGAL_FORM", e) or self._descriptors_end(e)):
            return False  # "công ty Mỹ", "doanh nghiệp Việt", "… ở Lý Sơn? - Doanh nghiệp Nhật mới đề xuất …" (an answer
            # opening after the question)
        if not self.cap(k) and head.get("lower_case") == "named" and self._centre_of_a_place(e):
            return False  # "trung tâm TP. HCM", "trung tâm Aleppo": the centre of the place, no body
        if self.cap(k) and self._common_noun_opening(k, e, head):
            return False
        if self.cap(k):  # opening a sentence, an ambiguous head needs its descriptor: "Trường tiểu học …"
            return not (head.get("ambiguous") == "yes" and self.sent_starts[k]) or self.at("DESCRIPTOR", e) is not None \
                or self._introduced_abbreviation(k, e) is not None  # "Cục hàng không liên bang Mỹ (FAA)" opening one
        if self.continues_word(k) and not after_title or head.get("lower_case") == "no":
            return False  # after a title: "Trưởng ban Nội chính" is one word; "cơ quan Công an" is generic
        if fold(self.span_text(k, e)) in self.rec.verb_heads and self._verb_head(k, e):
            return False  # "tiến hành thanh tra Công ty TNHH An Phát": to inspect the company
        nxt = self.at("LEGAL_FORM", e) or e  # the proper name must follow on the same line (not a headline's end)
        if not self.cap(nxt) and self.same_line(k, nxt) and (inner := self.org_head(nxt)) is not None and inner > nxt \
                and not self.continues_word(nxt) and self._head_allowed(nxt, inner, False):
            return True  # "văn phòng hội Nhạc sĩ Việt Nam": the office of a body named after it
        if head.get("descriptors") == "yes" and head.get("numbered") == "yes":
            d = self._descriptors_end(e)
            if d > e and self.text(d).isdigit() and self.same_line(k, d):
                return True  # "Trưởng ban chỉ đạo 389 quốc gia": a body named by its number
        if head.get("lower_case") == "named" and head.get("system") in self.rec.described_systems and not self.cap(nxt) \
                and (named := self.described_name(k, e)) is not None and self.at("PLACE", named) is None \
                and not any(self.folded(i) in self.rec.function_words or self.at("LEVEL", i) is not None for i in range(e, named)):
            return True  # "tiệm vải Hải Dung", "tiệm vàng Ngọc Khanh": its trade, then its name (not "tiệm vàng ở huyện …")
        if (lvl := self.at("LEVEL", nxt)) is not None and not self.cap(nxt) and self.same_line(k, lvl) and head.get("lower_case") == "yes" \
                and self.level_kind(nxt, lvl) in self.rec.unit_kinds and self.place_name(lvl) is not None:
            return True  # "đảng uỷ phường 6", "công an huyện Thống Nhất": the body of a named unit
        return self.cap(nxt) and self.same_line(k, nxt) and self.text(nxt) not in self.rec.common_abbreviations \
            or (after_title and self.at("LEVEL", e) is not None)  # not "phòng VIP" (vietnews-022026), a room

    def _verb_head(self, k: int, e: int) -> bool:
        """The lower-case head at k..e (people_context.yaml verb_heads) is a verb: after a word that marks one ("đã",
        "tiến hành"), or before a company's name."""
        if any(k - n >= 0 and fold(self.span_text(k - n, k)) in self.rec.verb_markers for n in (1, 2)):
            return True
        inner = self.org_head(e)
        return inner is not None and self.cap(e) and self.rec.head_info.get(fold(self.span_text(e, inner)), {}).get("system") == "business"

    def _numbered_in_address(self, e: int) -> bool:
        """A number at e that a comma and an administrative unit written with its level word follow ("khu 7, xã Thanh
        Minh", "trú tại khu 5, phường Thanh Vinh"): the level word before e names a numbered part of that unit."""
        if not _NUMBER.match(self.text(e)) or e + 2 >= self.n or self.text(e + 1) != "," \
                or not self.same_line(e, e + 2) or (lvl := self.at("LEVEL", e + 2)) is None or self.cap(e + 2):
            return False
        return self.level_kind(e + 2, lvl) in self.rec.unit_kinds

    def _media_kind_before(self, k: int) -> bool:
        """A kind of media (language.yaml media_kinds, newspaper_kinds) ends right before k, or before a country or a
        qualifier that ends there ("tạp chí Vogue", "Hãng tin Syria SANA", "tờ báo địa phương Strait Herald"), the kind a
        word of its own (not the "trang" of "nghĩa trang", a cemetery)."""
        starts = [k]
        for j in range(max(k - 3, 0), k):
            if self.at("PLACE", j) == k and self.cap(j) and self.rec.places.get(fold(self.span_text(j, k))) == "country" \
                    or tuple(self.folded(i) for i in range(j, k)) in self.rec.media_kind_qualifiers:
                starts.append(j)
        return any(s - n >= 0 and tuple(self.folded(i) for i in range(s - n, s)) in self.rec.masthead_kinds
                   and self.same_line(s - n, k) and not self.continues_word(s - n)
                   for s in starts for n in self.rec.masthead_kinds.lengths)

    def _foreign_title(self, k: int) -> int | None:
        """End of a foreign title at k: a definite article (language.yaml foreign_title_articles), foreign capitalised
        words, then a joiner (foreign_name_joiners, name_particles) and the name it joins ("The Times of Israel", "Le
        Journal de Quebec", vietnews-008778): a newspaper's or a work's title, whose last name is no place of the story;
        None otherwise."""
        if self.text(k) not in self.rec.foreign_title_articles or not self.foreign(k + 1) or not self.name_token(k + 1):
            return None
        j, joined = k + 1, False
        while j < self.n and self.same_line(k, j):
            if self.name_token(j) and self.foreign(j):
                j += 1
            elif j > k + 1 and (self.text(j) in self.rec.foreign_name_joiners or self.folded(j) in self.rec.name_particles) \
                    and not self.cap(j) and self.name_token(j + 1) and self.same_line(j, j + 1):
                j, joined = j + 2, True
            else:
                break
        return j if joined else None

    def _medium_name(self, k: int) -> int | None:
        """End of a medium's own name at k after its kind: foreign capitalised words or abbreviations, a number maybe
        glued to one ("VTV9"), English joiners between them ("Photographer and Street Photo BD Magazine"), the first
        maybe a word that is also Vietnamese before a foreign one ("Trả lời trang tin Kim Chad Luek của Thái Lan",
        vietnews-012000: a Thai medium, no person "Kim"); not a Vietnamese masthead's first word ("tạp chí Người làm
        báo"), nor a person's name after a known medium."""
        def word(j: int) -> bool:
            t = self.text(j)
            letters = t.rstrip("0123456789")
            return self.same_line(k, j) and len(t) > 1 and (self.foreign(j) and self.name_token(j) or self.acronym(j)
                                                            or t.isalnum() and len(letters) >= 2 and letters.isupper())
        opening = word(k) or self.name_token(k) and self.same_line(k, k + 1) and self.foreign(k + 1) and self.name_token(k + 1)
        if not opening or self.at("PLACE", k) is not None or not self._media_kind_before(k):  # the cheap tests first
            return None  # (a foreign masthead may open with a word that is also Vietnamese: "trang tin Kim Chad Luek")
        j = k + 1
        while j - k < 8 and j < self.n:
            if word(j):
                j += 1
            elif self.text(j) in self.rec.foreign_name_joiners and j + 1 < self.n and word(j + 1):
                j += 2
            else:
                break
        if j < self.n and self.same_line(k, j) and self.text(j)[:1].isupper() and not self.foreign(j):
            return None  # a Vietnamese name goes on
        if j - k >= 3 and all(self.foreign(i) and self.name_token(i) and not self.acronym(i) for i in (j - 2, j - 1)) \
                and self.folded(j - 1) not in self.rec.foreign_body_words and self._person_context(j - 2, j):
            return j - 2  # "tạp chí Time Joe Klein cho biết": the medium, then a person's name
        return j

    def _road_at(self, k: int, heading: bool = False) -> int | None:
        """End of a road, street, junction or bridge named with its level word at k (place_lists.yaml road_kinds), or of
        any site named like a place when a route is a ``heading`` ("hướng từ công viên Gia Định về Nguyễn Văn Nghi",
        vietnews-019217: a heading runs between two places); None otherwise."""
        kinds = self.rec.road_kinds | self.rec.named_after_places if heading else self.rec.road_kinds
        if (lvl := self.at("LEVEL", k)) is None or not self.level_word(k) or self.level_kind(k, lvl) not in kinds:
            return None
        level = fold(self.span_text(k, lvl))
        return self.place_name(lvl, people_names=level in self.rec.people_named_levels, two_ends=level in self.rec.two_end_levels)

    def _street_on_a_route(self, k: int) -> int | None:
        """End of a personal name alone at k that is one end of a route whose other end is a road ("hướng từ đường
        Nguyễn Oanh về Phạm Văn Đồng", "hướng từ Mai Chí Thọ về vòng xoay Mỹ Thuỷ"): a street named after the person."""
        if k < 2 or not self.person_start(k) or self.name_token(k - 1) and self.same_line(k - 1, k):
            return None
        end = k + self.name_length(k)
        before = self.folded(k - 1)
        if before in self.rec.route_from and end + 1 < self.n and self.folded(end) in self.rec.route_to \
                and self.same_line(k, end + 1) and self._road_at(end + 1, self._heading_before(k - 1)) is not None:
            return end  # the route's start
        if before in self.rec.route_to:
            for j in range(k - 2, max(k - 2 - MAX_NAME_SYLLABLES - 3, 0) - 1, -1):
                if self.folded(j) in self.rec.route_from and self.same_line(j, k) \
                        and self._road_at(j + 1, self._heading_before(j)) == k - 1:
                    return end  # the route's end
        return None

    def _street_of_a_branch(self, k: int) -> int | None:
        """End of a personal name at k that a branch or a section of a road leads from or to, written right before it
        (route_words, maybe a road modifier, then a word of route_from or route_to: "nhánh chính từ Nguyễn Biểu lên",
        "nhánh xuống Nguyễn Thị Tần", vietnews-022627): a street named after the person; None otherwise."""
        if k < 2 or not self.person_start(k) or not self.same_line(k - 2, k) \
                or self.folded(k - 1) not in self.rec.route_from | self.rec.route_to:
            return None
        j = k - 3 if self.folded(k - 2) in self.rec.road_modifiers and k >= 3 else k - 2
        return k + self.name_length(k) if self.folded(j) in self.rec.route_words and self.same_line(j, k) else None

    def _street_after_house_number(self, k: int) -> int | None:
        """End of a name at k between a house number and a comma before the level word of a unit, as an address runs
        from the house to its ward, district or city: "Trường THPT Trần Quý Cáp (07 Trần Hưng Đạo, TP Hội An, Quảng Nam)"
        (vietnews-016023, blind9 gold), "căn nhà 66/1 Trần Đại Nghĩa, phường An Lạc": the street; None otherwise."""
        if k == 0 or not (_NUMBER.match(self.text(k - 1)) or _HOUSE_NUMBER.match(self.text(k - 1))) \
                or not self.name_token(k) or not self.same_line(k - 1, k):
            return None
        end = k + self.name_length(k)
        lvl = self.at("LEVEL", end + 1)
        return end if self.text(end) == "," and lvl is not None and self.same_line(k, lvl - 1) \
            and self.level_kind(end + 1, lvl) in self.rec.unit_kinds else None

    def _heading_before(self, k: int) -> bool:
        """A direction word (place_lists.yaml direction_words: "hướng") is written right before token k."""
        return k > 0 and self.folded(k - 1) in self.rec.direction_words and self.same_line(k - 1, k)

    def _route_stop(self, k: int) -> int | None:
        """End of a personal name at k that is a stop of a route or where a report comes from: one of names joined by
        dashes after a word of a route ("tuyến số 2A đoạn Cát Linh - Hà Đông", "3 tuyến là Kim Mã - Lê Văn Lương - Yên
        Nghĩa", "đoạn Văn Cao – vành đai 4") or next to a known place ("Giáp Bát – Gia Lâm"); one end of "từ … đến …" whose
        other end is a known place ("từ Ngọc Hồi đến Giáp Bát"); the place after a credit's source ("Theo AFP từ La
        Habana"). None otherwise."""
        if not self.person_start(k) or k > 0 and self.name_token(k - 1) and self.same_line(k - 1, k):
            return None
        end = k + self.name_length(k)
        if end == k:
            return None  # a cue with no name after it ("Hà Nội - ông Nguyễn Quốc Hùng": "ông" opens a person, is none)
        stops, i = [(k, end)], k
        while i >= 2 and self.text(i - 1) in ("-", "–") and self.name_token(i - 2) and self.same_line(i - 2, i):
            j = i - 2
            while j > 0 and self.name_token(j - 1) and self.same_line(j - 1, j) and self.folded(j - 1) not in self.rec.route_words:
                j -= 1  # not over "Đoạn" opening the sentence: "Đoạn Sài Gòn - Long Thành" (vietnews-020122)
            stops.insert(0, (j, i - 1))
            i = j
        # a known place before the first dash: "cao tốc TP. HCM - Long Thành - Dầu Giây" (vietnews-002504)
        place_first = i >= 2 and self.text(i - 1) in ("-", "–") and self.same_line(i - 2, i) \
            and (i - 1 in self.place_ends or self._unit_named_before(i))
        i = end
        while self.text(i) in ("-", "–") and self.same_line(i, i + 1) and self.name_length(i + 1):
            stops.append((i + 1, i + 1 + self.name_length(i + 1)))
            i = stops[-1][1]
        dashed = len(stops) > 1 or self.text(end) in ("-", "–") and self.same_line(end, end + 1) and not self.cap(end + 1)
        if dashed and (self._route_word_before(stops[0][0]) or self._region_before(stops[0][0])) or place_first or len(stops) > 1 and any(
                gazetteer.name_key(self.span_text(a, b)) in self.rec.known_place_names
                or fold(self.span_text(a, b)) in self.place_mentions for a, b in stops if a != k):
            return end  # (another stop known, or read as a place before: "cầu Nguyễn Kiệm - Hoàng Minh Giám, Hoàng Minh
            # Giám - Nguyễn Thái Sơn", vietnews-002504)
        before = self.folded(k - 1) if k > 0 else ""
        if before in self.rec.route_from and self.same_line(k - 1, end) and self.folded(end) in self.rec.route_to \
                and (other := self.admin_unit(end + 1)) is not None and other == end + 1 + self.name_length(end + 1):
            return end  # "từ Giáp Bát đến Ngọc Hồi"
        if before in self.rec.route_to:
            for j in range(k - 2, max(k - 2 - MAX_NAME_SYLLABLES, 0) - 1, -1):
                if self.folded(j) in self.rec.route_from and self.same_line(j, k) and self.admin_unit(j + 1) == k - 1:
                    return end  # "từ Ngọc Hồi đến Giáp Bát"
        if before in self.rec.route_from and k >= 3:
            j = k - 2
            while j > 0 and (self.acronym(j) or self.name_token(j)) and self.same_line(j, k) \
                    and not self.rec.credit.fullmatch(self.folded(j)):
                j -= 1
            if j < k - 2 and self.same_line(j, k) and self.rec.credit.fullmatch(self.folded(j)):
                return end  # "Theo AFP từ La Habana": where the agency reports from
        return None

    def _region_before(self, k: int) -> bool:
        """A region word ends right before k ("khu vực Long Sơn – Suối Nước", vietnews-013262): names joined by dashes
        after it are the places the area spans."""
        return any(k - n >= 0 and self._region_word(k - n) == k for n in (1, 2))

    def _route_word_before(self, k: int) -> bool:
        """A word of a route (place_lists.yaml route_words) within four words before k on its line, with only words and
        numbers between: "tuyến số 2A đoạn", "3 tuyến là", "vành đai 3"."""
        for j in range(k - 1, max(k - 5, 0) - 1, -1):
            if not self.same_line(j, k) or not self.text(j).isalnum():
                return False
            if self.folded(j) in self.rec.route_words or j > 0 and fold(self.span_text(j - 1, j + 1)) in self.rec.route_words:
                return True
        return False

    def _centre_of_a_place(self, e: int) -> bool:
        """A place follows a lower-case head of the kind of "trung tâm" at e: a level abbreviation (capitalised, "trung tâm
        TP. HCM", "trung tâm Q.1") or a known place written as a name that no further name continues ("trung tâm Aleppo",
        "Knightsbridge, trung tâm London"): the centre of that place, not a body named after it."""
        if self.at("LEVEL", e) is not None and self.level_word(e):
            return True
        place = self.at("PLACE", e)
        return place is not None and self.cap(e) and fold(self.span_text(e, place)) not in self.rec.context_places \
            and not (place < self.n and self.same_line(e, place) and (self.name_token(place) or self.acronym(place)))

    def _company_of_a_nation(self, head: dict, nxt: int) -> bool:
        """A business head ends at nxt and a country ("công ty Mỹ", "doanh nghiệp Trung Quốc") or a nation's short form
        (language.yaml nation_short_forms: "doanh nghiệp Việt") follows with no name after it: the companies of that
        nation, not a named one; so a delegation or team (language.yaml nation_group_heads: "đoàn Trung Quốc")."""
        if head.get("system") != "business" and fold(head.get("head", "")) not in self.rec.nation_group_heads:
            return False
        if (country := self.at("PLACE", nxt)) is None or self.rec.places.get(fold(self.span_text(nxt, country))) != "country":
            country = nxt + 1 if self.folded(nxt) in self.rec.nation_short_forms and self.cap(nxt) else None
        return country is not None and self.same_line(nxt, country - 1) and not (self.name_token(country) or self.acronym(country))

    def title(self, k: int) -> tuple[int, tuple[int, int] | None, bool] | None:
        """(end, organisation range) of a title starting at k, in any case, on whole words. A title becomes a
        record only when it is linked to a person, so a bare head ("Chủ tịch") is kept for the linking step."""
        if self.continues_word(k) and not self._glued_capital(k):
            return None
        j = k
        while (m := self.at("MOD_BEFORE", j)) is not None:
            j = m
        head = self.at("TITLE_STANDALONE", j) or self.at("TITLE_HEAD", j)
        if head is None and j > k and self.at("MOD_BODY", j - 1) == j and (org := self.organization(j, lower_head=True)):
            return org[0], (j, org[0])  # "Phó ban Tuyên giáo Trung ương": the deputy head of that body
        if head is None or self.continues_word(j) and j == k and not self._glued_capital(j) or (self.org_head(j) or 0) > head:
            return None  # "Đại sứ quán" is a body, though it starts with the title "Đại sứ"; "Phó trưởng" is one word
        needs_body = self.at("TITLE_STANDALONE", j) is None  # "Tổng Giám đốc Vinfast": one foreign word is its body
        if fold(self.span_text(j, head)) in self.rec.country_titles and not (self.at("PLACE", head) and self.cap(head)) \
                and self._owner_after(k, head) is None and self.organization(head, lower_head=True) is None:
            return None  # "lãnh đạo Triều Tiên" is a title, "lãnh đạo TP" the city's leadership; "lãnh đạo chính phủ
            # Myanmar" (vietnews-010224) the body's
        head_start, j = j, head
        role = fold(self.span_text(head_start, head)) in self.rec.role_titles
        while (m := self.at("MOD_AFTER", j)) is not None and (not self.continues_word(m) or self._lower_body_at(m)):
            charge, j = fold(self.span_text(j, m)) in self.rec.charge_words, m  # "Thứ trưởng Thường trực bộ Nông nghiệp
            # …", though the tokenizer joined "Thường trực bộ"
            if charge and (described := self._charge_end(k, j)) is not None:
                return described, None  # "Phó Chủ tịch phụ trách vấn đề chất lượng sản phẩm": what the office is in charge of
        if (scope := self.at("SCOPE", j)) is not None and self.at("PLACE", scope) is not None and self.cap(scope):
            j = scope  # "Phó cảnh sát trưởng quốc gia Thái Lan": the office's scope, then its country
        if (self.at("TITLE_HEAD", j) is not None or self.at("TITLE_STANDALONE", j) is not None) \
                and self.same_line(k, j) and (nested := self.title(j)) is not None:
            return nested  # "trợ lý Bộ trưởng Ngoại giao", "cố vấn Tổng thống": the office of another, with its body
        org_range = None
        if (org := self.organization(j, lower_head=True)) is not None:
            org_range = (j, org[0])
        elif (referent := self._body_referent_end(k, j)) is not None:
            return referent, None  # "phó hiệu trưởng nhà trường": the article's school, no body named
        elif (section := self._section_end(head_start, j)) is not None:
            if (self.cap(section) or self._named_body_in_word(section)) and self.same_line(k, section) \
                    and (org := self.organization(section, lower_head=not self.cap(section))) is not None:
                return org[0], (section, org[0])  # "trưởng khoa cấp cứu tổng hợp Trung tâm Y tế …": the section, its body
            return section, None  # "phó trưởng phòng thuế xuất nhập khẩu", "làm trưởng đoàn"
        elif (place := self.at("PLACE", j)) is not None and self.cap(j) and not self._inside_known_name(j):
            org_range = (j, place)  # "Tổng thống Nga", "Chủ tịch Trung Quốc": a country for a body
        elif (lvl := self.at("LEVEL", j)) is not None and not self.cap(j) and (not self.cap(lvl) or self.person_start(lvl)
                                                                                and self._named_unit_end(lvl) is None):
            return lvl, None  # "Chủ tịch xã", "giám đốc công an tỉnh" without a name; "Phó chủ tịch huyện Lê Ngọc Sang"
        elif lvl is not None and not self.cap(j) and self.level_kind(j, lvl) in self.rec.office_unit_kinds \
                and (place := self.place_name(lvl)) is not None:
            org_range = (j, place)  # "Chủ tịch xã Nghi Văn", "Thống đốc bang Hawaii": the unit itself, a place (see ``items``)
        elif (portfolio := self._fields_end(k, j)) > j and (not self.cap(j) or self._ministry_fields(j, portfolio)
                                                            or fold(self.span_text(head_start, head)) in self.rec.portfolio_titles):
            fields_end = portfolio
            if (country := self.at("PLACE", portfolio)) is not None and self.cap(portfolio) and self.same_line(k, portfolio):
                portfolio = country
            elif self.foreign(portfolio) and self.name_token(portfolio) and self.person_start(portfolio + 1):
                return portfolio + 1, (portfolio, portfolio + 1)  # "giám đốc tài chính Huawei Mạnh Vãn Chu"
            elif self.cap(portfolio) and self.same_line(k, portfolio) and (org := self.organization(portfolio)) is not None:
                return org[0], (portfolio, org[0])  # "Giám đốc kinh doanh Công ty Du thuyền Bhaya": the portfolio, then the body
            if fold(self.span_text(head_start, head)) in self.rec.portfolio_titles:
                self.title_ministries[k] = (j, fields_end, portfolio)  # the ministry (``_ministry_named``)
            if fold(self.span_text(head_start, head)) in self.rec.body_titles:
                # "quan chức quốc phòng Canada" (vietnews-008116): the country's official, the country a place; "quan
                # chức ngoại giao" alone describes (vietnews-009312)
                return (portfolio, (fields_end, portfolio)) if portfolio > fields_end else None
            if portfolio == fields_end and (owner := self._owner_after(k, portfolio)) is not None:
                org_range = owner  # "Giám đốc công nghiệp hàng không của Rostec" (vietnews-008207): the portfolio, the body
            else:
                return portfolio, None  # "cựu bộ trưởng thương mại", "Bộ trưởng Môi trường Nhật Bản": a portfolio, no body
        elif (body := self._acronym_body(j)) is not None:
            org_range = (j, body)  # "Chủ tịch điều hành WEF Borge Brende", "Giám đốc IMF Christine Lagarde"
        elif (body := self._foreign_body(j)) is not None:
            org_range = (j, body)  # "Giám đốc APT Group", "Giám đốc Vietnam Airlines": a foreign name of a kind of body
        elif role:
            return j, None  # "nhà sáng lập Tổ chức PicsofAsia": no body read, the bare head (``items``: no holder after it)
        elif needs_body and self._place_before_foreign_holder(j):
            org_range = (j, j + 1)  # "Cựu thủ hiến Catalonia Carles Puigdemont": the office's place, then its holder
        elif self.cap(j) and not self.person_start(j) and not self._korean_name(j) \
                and (body := self.place_name(j, max_tokens=3)) is not None \
                and self.org_head(j) != body \
                and fold(self.span_text(j, body)) not in self.person_names and fold(self.span_text(j, body)) not in self.addressed_names \
                and not self._inside_known_name(j) \
                and not (body == j + 1 and (self.folded(j) in self.person_words or self.folded(j) in self.addressed_words)) \
                and (not any(map(self.foreign, range(j, body))) or needs_body and body == j + 1
                     or fold(self.span_text(j, body)) in self.level_names):  # "phó thị trưởng Davao" by "Thành phố Davao"
            while self.continues_word(body) and not self.cap(body) and self.text(body).isalpha():
                body += 1  # "Bộ trưởng Giao thông": the capital opens a word
            if (country := self.at("PLACE", body)) is not None and self.cap(body):
                body = country  # "Bộ trưởng Giao thông Canada"
            org_range = (j, body)  # "Bộ trưởng Công Thương", not "Tổng thống Donald Trump" nor a person named before
        if org_range is None and (served := self._office_served(k, j)) is not None:
            return served  # "người phát ngôn của Tổng thống Philippines": the aide of another office, with its body
        if org_range is None and (owner := self._owner_after(k, j)) is not None:
            org_range = owner  # "người phát ngôn của Quân khu miền nam Trung Quốc", "đại diện đặc biệt của Mỹ": the body or
            # country it serves
        elif org_range is None and (country := self._new_office_of_a_country(k, j)) is not None:
            org_range = country  # "Tổng thống mới của Nga, ông Dmitry Medvedev" (vietnews-017163): the country's office
        if org_range is None and (named := self._described_office(k, j)) is not None:
            return named, None  # "đại diện cấp cao phụ trách chính sách an ninh - đối ngoại Federica Mogherini"
        if org_range is not None:
            j = org_range[1]
            if self.text(j) == "của" and (owner := self.organization(j + 1)) is not None:
                self.title_owners[k] = (j + 1, owner[0])  # kept as a body (``items``)
                j = owner[0]  # "Giám đốc Cục Điều tra … của Cảnh sát liên bang Malaysia" (vietnews-005452)
        if j == head == k + 1 and org_range is None and self.folded(k) in self.rec.section_heads and self.same_line(k - 1, k) \
                and self.text(k - 1).isalpha() and not self.cap(k - 1) and not self._after_title_link(k) and not self.cap(j):
            return None  # "lớp trưởng, lớp phó": the rank word alone closes a common noun ("class monitor"), no one's title
        if org_range is None and fold(self.span_text(head_start, head)) in self.rec.body_titles:
            return None  # "Hồ Hoài Bang là quan chức mới nhất bị điều tra" (vietnews-009156): an official, no office named
        posted_title = fold(self.span_text(k, head)) in self.rec.posted_titles
        if org_range is not None or posted_title:
            if self.folded(j) in self.rec.seat_words and self.same_line(k, j + 1) and (place := self._place_after(j + 1)) is not None \
                    and (posted_title or self.name_token(place[1]) or self.text(place[1]) in (",", ")", "(", "-", "–")):
                self.title_posts[k] = (j + 1, place[1])  # kept as a place (``items``)
                j = place[1]  # "Đại sứ Đức tại Venezuela Daniel Kriener": the post where the office is held
            elif posted_title and self.folded(j) in self.rec.seat_words and self.same_line(k, j + 1) and self.cap(j + 1) \
                    and k not in self.title_owners and (seat := self.organization(j + 1)) is not None:
                self.title_owners[k] = (j + 1, seat[0])  # kept as a body (``items``)
                j = seat[0]  # "Đại sứ Nga tại Liên Hợp Quốc, ông Vitaly Churkin": a body where the office is held
        return j, org_range

    def _owner_after(self, k: int, j: int) -> tuple[int, int] | None:
        """The body or country an office opened at k serves, written from j, on k's line, as "của" (of) and a capitalised
        body or country, maybe after words describing the office (people_context.yaml office_descriptors): "người phát
        ngôn của Quân khu miền nam Trung Quốc", "đại diện đặc biệt của Mỹ" (vietnews-010213), "lãnh đạo trẻ của Đảng Hồi
        giáo PAS" (vietnews-004831); None otherwise."""
        while (n := next((n for n in (2, 1) if fold(self.span_text(j, min(j + n, self.n))) in self.rec.office_descriptors), 0)):
            j += n
        if self.text(j) != "của" and (lower := self._lower_run(k, j, limit=OFFICE_DESCRIPTION, until=lambda i: self.text(i) == "của",
                                                               reject=self._not_an_office_word)) is not None:
            j = lower  # "Giám đốc chính sách của Hội đồng người Mỹ gốc Iran" (vietnews-006667), "Giám đốc công nghiệp hàng
            # không của Rostec" (vietnews-008207): a few words of what the office does, then the body
        if self.text(j) != "của" or not self.same_line(k, j + 1):
            return None
        if (owner := self.organization(j + 1)) is not None:
            return j + 1, owner[0]
        if self.foreign(j + 1) and self.name_token(j + 1) and self.same_line(k, j + 4) and self._holder_at(j + 2) \
                and not self.name_token(j + 4):
            return j + 1, j + 2  # "… của Rostec Anatoly Serdyukov": one foreign word before its holder's two; not "của
            # Cathay Pacific Rupert Hogg" (vietnews-012595), where the body's name may run on
        place = self.at("PLACE", j + 1)
        if place is not None and self.cap(j + 1) and self.rec.places.get(fold(self.span_text(j + 1, place))) == "country":
            return j + 1, place
        return None

    def _not_an_office_word(self, i: int) -> bool:
        """The words at i are a verb (of reporting, or one a person does) or make an office one its holder does not hold
        (people_context.yaml office_not_held): not the words between a title's head and "của" (of) and its body."""
        return self._reported_after(i) or any(self.words(i, n) in self.rec.person_verbs_after | self.rec.office_not_held
                                              for n in (1, 2))

    def _office_served(self, k: int, j: int) -> tuple[int, tuple[int, int]] | None:
        """(end, body) of another office written from j as "của" (of) and a title with its body, on k's line, no name
        right after it: the office the title opened at k serves ("Ông Harry Roque, người phát ngôn của Tổng thống
        Philippines, cho biết", vietnews-010355), as "cố vấn Tổng thống" without "của". None otherwise, and when a name
        follows, who holds the office served ("Người phát ngôn của Thủ tướng May cho hay": May is the prime minister)."""
        if self.text(j) != "của" or not self.same_line(k, j + 1) or not any(
                self.at(label, j + 1) is not None for label in ("MOD_BEFORE", "TITLE_HEAD", "TITLE_STANDALONE")):
            return None
        nested = self.title(j + 1)
        if nested is None or nested[1] is None or not self.same_line(k, nested[0]) \
                or nested[0] < self.n and self.name_token(nested[0]):
            return None
        return nested[0], nested[1]

    def _place_before_foreign_holder(self, j: int) -> bool:
        """Three capitalised words at j, two foreign at least, the first among them, right after a title that needs a
        body, are the office's place or body and its holder's two names ("Quim Torra"): the first is no given name and
        the article writes it elsewhere on its own, or writes the other two without it ("Cựu thủ hiến Catalonia Carles
        Puigdemont" beside "ở Catalonia" and "Ông Carles Puigdemont", vietnews-009490). A place no list holds, so no known
        place's test (``title``) finds it."""
        if not all(self.name_token(i) and self.same_line(j, i) for i in range(j, j + 3)) \
                or not self.foreign(j) or not (self.foreign(j + 1) or self.foreign(j + 2)) or self.name_token(j + 3) and self.same_line(j, j + 3) or self.at("ORG_KNOWN", j) is not None \
                or self.folded(j) in self.rec.foreign_given_names or self.folded(j) in self.rec.family_first_names \
                or self.folded(j) in self.addressed_words:
            return False
        first, rest = self.folded(j), self.folds[j + 1 : j + 3]
        for i in range(self.n):
            if i != j and self.folds[i] == first and self.name_token(i) \
                    and not (self.name_token(i - 1) and self.same_line(i - 1, i)) \
                    and not (self.name_token(i + 1) and self.same_line(i, i + 1)):
                return True  # "người dân Catalonia"
            if i != j + 1 and self.folds[i : i + 2] == rest and self.name_token(i) \
                    and not (self.name_token(i - 1) and self.same_line(i - 1, i) and self.folded(i - 1) not in self.rec.pronoun_addresses):
                return True  # "Ông Carles Puigdemont"
        return False

    def _written_after_locative(self, s: int, e: int) -> bool:
        """The words s..e stand elsewhere in the article alone right after a locative (place_prepositions.tsv: "ở",
        "tại"): a place ("diễn ra ở Catalonia", vietnews-009490), though no list holds it."""
        words, n = self.folds[s:e], e - s
        return any(i != s and self.folds[i:i + n] == words and self.folded(i - 1) in self.rec.locatives
                   and not (self.name_token(i + n) and self.same_line(i, i + n)) for i in range(1, self.n - n + 1))

    def _new_office_of_a_country(self, k: int, j: int) -> tuple[int, int] | None:
        """The country named after "mới của" (new … of) at j, on the line of k, whose office the title before is: "Tổng
        thống mới của Nga" (vietnews-017163), "Tổng thống mới của Philippines"; None otherwise. "mới" alone after a title
        is often the adverb ("Bộ trưởng mới ký", has just signed), so only before "của"."""
        if self.folded(j) != "mới" or self.text(j + 1) != "của" or not self.same_line(k, j + 2) or not self.cap(j + 2):
            return None
        place = self.at("PLACE", j + 2)
        if place is None or self.rec.places.get(fold(self.span_text(j + 2, place))) != "country":
            return None
        return j + 2, place

    def _acronym_body(self, j: int) -> int | None:
        """End of a body written as an acronym at j, right after a title and before its holder's full name (a surname
        and more, or two foreign words): "Chủ tịch điều hành WEF Borge Brende" (vietnews-011282), "Giám đốc IMF Christine
        Lagarde", "Chủ tịch IOC Thomas Bach"; not a degree or honorific cue ("TS", "NSND"), a title ("ĐBQH") or a common abbreviation ("VIP")."""
        if not (self.acronym(j) and len(self.text(j)) >= 2 and self.same_line(j, j + 2)) or self.caps_line(j) \
                or self.text(j) in self.rec.common_abbreviations \
                or any(self.at(label, j) is not None for label in ("CUE", "TITLE_HEAD", "TITLE_STANDALONE", "LEVEL")):
            return None
        return j + 1 if self._holder_at(j + 1) else None

    def _holder_at(self, holder: int) -> bool:
        """A holder's full name starts at ``holder``, right after the body of a title: a surname and more, or two foreign
        words that are not a place."""
        return self.person_start(holder) or self.foreign(holder) and self.name_token(holder) and self.name_token(holder + 1) \
            and self.at("PLACE", holder) is None

    def _glued_capital(self, k: int) -> bool:
        """Token k is capitalised but continues the word of a lower-case syllable before it: the word segmentation glued
        the opening of a title to the word before ("cố Thượng nghị sĩ Ted Kennedy", the late senator, vietnews-004946;
        "giữ chức Vụ trưởng", vietnews-020601), and k opens a title of its own; so to a plain word opening the sentence,
        capitalised only there ("Chính Phát ngôn viên bộ Quốc phòng Nga Igor Kanashenkov", vietnews-006498)."""
        return self.continues_word(k) and self.cap(k) and k > 0 and self.same_line(k - 1, k) \
            and self.text(k - 1).isalpha() and (not self.cap(k - 1) or self.sent_starts[k - 1] and not self.continues_word(k - 1)
                                                and not any(self.at(label, k - 1) is not None for label in _OPENING_LABELS)
                                                and not self.surname_at(k - 1))

    def _bodiless_relation(self, k: int, end: int) -> bool:
        """The title k..end is a relation to a body with no body after it (people_context.yaml bodiless_relations: "thành
        viên", "nguyên đại diện"): no position."""
        while (m := self.at("MOD_BEFORE", k)) is not None and m < end:
            k = m
        if end < self.n and self.same_line(k, end) and self.org_head(end) is not None:
            return False  # "bà Đậu Thị Ngọc, đại diện công ty CP sự kiện truyền thông Thăng Long" (vietnews-015498): a body
            # is written after it, though its lower-case words are not read as one
        return fold(self.span_text(k, end)) in self.rec.bodiless_relations

    def _inside_known_name(self, k: int) -> bool:
        """The capitalised words from k end the name of a person found before, who is named by them short ("Tổng phụ
        trách Đội Nhật Kim", vietnews-017584, after "Thi Đỗ Nhật Kim": not the country Nhật)."""
        return any(name.endswith(" " + fold(self.span_text(k, k + n))) for n in (2, 3)
                   if k + n <= self.n and all(self.name_token(i) and self.same_line(k, i) for i in range(k, k + n))
                   for name in self.person_names)

    def _lower_body_at(self, k: int) -> bool:
        """A body named with a lower-case head starts at k ("bộ Nông nghiệp và Phát triển nông thôn")."""
        return not self.cap(k) and self.org_head(k) is not None and self.organization(k, lower_head=True) is not None

    def _charge_end(self, k: int, j: int) -> int | None:
        """End of the lower-case words from j that say what the office opened at k is in charge of, after a word of charge
        (people_context.yaml charge_words: "phụ trách vấn đề giao thông", "phụ trách khu vực Đông Bắc Á"), up to a function
        word, a level, a body or another title; None when there are none (a field, a body or a name follows)."""
        if self.at("FIELD", j) is not None:
            return None  # "phụ trách kinh doanh": a field, read as a portfolio
        end = self._lower_run(k, j, limit=MAX_DESCRIPTION + 1, until=lambda i: self.folded(i) in self.rec.function_words
                              or any(self.at(label, i) is not None for label in ("LEVEL", "ORG_HEAD", "CUE", *_TITLE_LABELS)))
        if end is None or end == j:
            return None
        while end < self.n and self.name_token(end) and self.same_line(k, end) and not self.person_start(end) \
                and self.at("PLACE", end) is not None:
            end = self.at("PLACE", end)  # "phụ trách khu vực Đông Bắc Á": the region's name
        if self.text(end) == "của" and self.same_line(k, end + 1) and (owner := self.organization(end + 1)) is not None:
            end = owner[0]  # "phụ trách khai thác của VNA": the body it serves
        return end

    def _body_referent_end(self, k: int, j: int) -> int | None:
        """End of a common noun standing for the article's body (people_context.yaml title_body_referents: "nhà trường")
        written in lower case at j, on k's line, right after a title's head; None otherwise."""
        return next((j + n for n in (2, 1) if not self.cap(j) and self.same_line(k, j + n - 1)
                     and fold(self.span_text(j, min(j + n, self.n))) in self.rec.title_body_referents), None)

    def _section_end(self, head_start: int, j: int) -> int | None:
        """End of a section in lower case at j that a rank word written apart heads (people_context.yaml section_heads,
        section_words: "trưởng khoa cấp cứu tổng hợp", "trưởng đoàn"), with up to MAX_DESCRIPTION words describing it
        or its name; None otherwise."""
        if fold(self.span_text(head_start, j)) not in self.rec.section_heads or self.cap(j) or not self.same_line(head_start, j):
            return None
        words = next((n for n in (3, 2, 1) if fold(self.span_text(j, min(j + n, self.n))) in self.rec.section_words), 0)
        if not words:
            return None
        end = self._lower_run(head_start, j + words, until=lambda i: not self.continues_word(i) and (
            self.folded(i) in self.rec.function_words  # not the syllable of a word: "đồng hồ", "lâu năm"
            or self.at("LEVEL", i) is not None and self.at("FIELD", i) is None  # "đường thuỷ nội địa" is a field
            or self.org_head(i) is not None)  # not "bộ" inside a word: "đội cơ động thuỷ bộ" (land and water)
            or self._named_body_in_word(i)
            or any(fold(self.span_text(i, i + n)) in self.rec.foreign_said for n in (1, 2)))  # "thành viên nhóm nghiên cứu nói"
        end = j + words if end is None else end
        named_by_company = fold(self.span_text(j, j + words)) in self.rec.company_named_sections
        while (self.name_token(end) or named_by_company and self.acronym(end) and self.name_token(end + 1)) \
                and self.same_line(head_start, end) and not self.person_start(end) \
                and not (self.foreign(end) and self.foreign(end + 1) and self.name_token(end + 1)) \
                and (not self.starts_other(end) or named_by_company and end == j + words and self.org_head(end) is None) \
                and end - j < MAX_NAME_SYLLABLES:
            end += 1  # "Trưởng khoa Nhi Bệnh viện Bạch Mai": the section's name; not the holder's ("trưởng đoàn Nguyễn …",
            # "chánh văn phòng Reince Priebus": a foreign full name)
        return end

    def _party_after_name(self, j: int, head_end: int) -> int | None:
        """End of a party written in lower case at j right after a body's capitalised name, the party the body belongs
        to ("uỷ ban Quốc gia đảng Cộng hoà"); None otherwise."""
        if self.cap(j) or not (self.name_token(j - 1) or self.continues_word(j - 1)) \
                or self.rec.head_info.get(fold(self.span_text(j, head_end)), {}).get("system") != "party":
            return None
        inner = self.organization(j, lower_head=True)
        return inner[0] if inner is not None and inner[0] > head_end else None

    def _named_body_in_word(self, i: int) -> bool:
        """A lower-case head at i that the segmenter glued to the word before opens a body a capitalised name follows:
        "Trưởng ban liên lạc đối ngoại trung ương đảng Cộng sản Trung Quốc" ("trung ương đảng" one word, vietnews-009995);
        not "nhóm Dân phòng Cheollima" (vietnews-009502), a capitalised word's syllable."""
        return self.continues_word(i) and not self.cap(i) and not self.cap(i - 1) and (head := self.org_head(i)) is not None \
            and self.cap(head) and self.same_line(i, head) and self.organization(i, lower_head=True) is not None

    def _described_office(self, k: int, j: int) -> int | None:
        """End of a lower-case description of the office opened at k (up to 8 words, maybe joined by a dash) that a
        foreign full name follows at once ("đại diện cấp cao phụ trách chính sách an ninh - đối ngoại Federica
        Mogherini"); None otherwise."""
        end, words = j, 0
        labels = ("CUE", "LEVEL", "ORG_HEAD", "ORG_KNOWN", *_TITLE_LABELS)
        while end < self.n and self.same_line(k, end) and words <= 8 and (
                self.text(end) in ("-", "–") and end > j or self.text(end).isalpha() and not self.cap(end)
                and self.folded(end) not in self.rec.function_words
                and self.folded(end) not in self.rec.place_prepositions):
            if self.folded(end) in self.rec.relation_words:
                return None
            if any(self.at(label, end) is not None for label in labels):
                return None  # "phó tổng thống dưới thời tổng thống …", "Thống đốc bang Oaxaca …": not one office
            words += self.text(end).isalpha() and not self.continues_word(end)
            end += 1
        if end == j or words > 8 or not all(self.name_token(i) and self.foreign(i) and self.same_line(k, i)
                                            for i in (end, end + 1)):
            return None
        if self.at("PLACE", end) is not None or self.at("ORG_KNOWN", end) is not None \
                or self.folded(end + 1) in self.rec.foreign_body_words:
            return None  # "thống đốc vùng Moskva …", "giám đốc điều hành FedEx Express": a place or a body follows
        return end

    def byline_like(self, start: int, end: int) -> bool:
        """Names alone between a sentence end and a line end ("… cùng điều tra. Lê Kông"), or before a source's credit
        closing the line ("… và Bình Nhưỡng. Vũ Anh (Theo NHK)"): a byline or credit."""
        k = start
        while k >= 2 and self.text(k - 1) in ("-", "–", ",") and self.name_token(k - 2) and self.same_line(k - 2, k):
            k -= 2  # "Nhâm Thân - Nguyễn Huy"
            while k > 0 and self.name_token(k - 1) and self.same_line(k - 1, k):
                k -= 1
        before_ok = k == 0 or not self.same_line(k - 1, k) or self.text(k - 1) in (".", "!", "?") \
            or self.text(k - 1).endswith(".") and len(self.text(k - 1)) > 2
        if not before_ok:
            return False
        j = end
        while j < self.n and self.same_line(start, j):
            if self.text(j) == "(" and self._credit_before(j + 2):
                return True
            if not (self.name_token(j) or self.text(j) in ("-", "–", ",", "/", "(", ")")):
                return False
            j += 1
        return True

    def _glued_byline(self, k: int, end: int) -> bool:
        """A name closing a line right after a capitalised word it is glued to, written once in the article ("… sân bay
        quốc tế Kuala Lumpur Nguyễn Hoàng" at the end): the byline the sample joined to the last caption."""
        if self.same_line(end - 1, end) or k == 0 or not self.cap(k - 1) or not self.same_line(k - 1, k):
            return False
        if self._read_source is None:
            self._read_source = written(self.source)
        return self._read_source.count(self.span_text(k, end)) == 1

    def org_head(self, k: int) -> int | None:
        """End of an organisation head at k that ends a word ("Tổ" is no head inside "Tổ chức"); the segmenter's word
        may go on into a level word ("Đảng uỷ xã Kim Lương": "uỷ xã" made one word), which still ends the head."""
        e = self.at("ORG_HEAD", k)
        if e is not None and self.continues_word(e) and not self.cap(e) and not (self.at("LEVEL", e) and self.level_word(e)):
            return None
        if e is not None and not self.cap(k) and fold(self.span_text(k, e)) in self.rec.capital_only_heads:
            return None  # "Trưởng ban tổ chức Huyện uỷ": a head written only with a capital is a common word in lower case
        return e

    def place_written(self, k: int, end: int) -> bool:
        """A known place name at k..end written as a name: with a capital, or exactly as listed ("châu Âu")."""
        return self.cap(k) or self.span_text(k, end) in self.rec.place_names

    def _bare_unit(self, k: int, end: int) -> _Item:
        """A location item for the unit named without its level word at k..end, of its kind when the name has one."""
        unit = fold(self.span_text(k, end))
        kinds = {u.kind for era in gazetteer.ERAS for u in gazetteer.units(era).get(unit, ())}
        return _Item("LOC", k, end, {"kind": kinds.pop() if len(kinds) == 1 else None, "name_start": k})

    def _unit_before_its_province(self, k: int) -> tuple[int, str | None] | None:
        """End of a unit's name (two syllables or more) at k that the province it lies in follows after a comma or a
        bracket ("Gia Lâm, Hà Nội", "Lập Thạch, Vĩnh Phúc", "Kim Sơn (Ninh Bình)"), or of a commune's, ward's or
        township's that its district or province follows ("Y Tý (Bát Xát, Lào Cai)", vietnews-001583, though "Y" opens
        an Ê Đê man's name), with the commune's level there when it has one; None otherwise."""
        if k > 0 and self.name_token(k - 1) and self.same_line(k - 1, k):
            return None
        end, commune = self.admin_unit(k), False
        # (a commune's name is looked up only before a comma or a bracket: inside the run of name syllables none stands)
        if end is None and self.text(k + self.name_length(k)) in (",", "(") and (end := self.commune_name(k)) is not None:
            commune = True
        if end is None or end - k < 2 or self.text(end) not in (",", "(") or not self.same_line(k, end + 1):
            return None
        province = self._place_after(end + 1)  # "…, tỉnh Ninh Bình", "…, Hà Nội"
        if province is None and (unit := self.admin_unit(end + 1)) is not None:
            province = end + 1, unit  # a unit that is no province: "…, Nhà Bè"
        if province is None:
            return None
        name, parent = self.span_text(k, end), self.span_text(*province)
        if not commune:
            return (end, None) if gazetteer.within(name, parent) else None
        if not gazetteer.commune_within(name, parent):
            return None
        # the level in the maps of the article's day: "Nội Bài (Hà Nội)" in 2019 is the airport, no commune of 2025
        # (vietnews-021547), though still a place there
        levels = gazetteer.commune_within(name, parent, gazetteer.eras_until(self.day))
        return end, next(iter(levels)) if len(levels) == 1 else None

    def _unit_named_before(self, k: int) -> bool:
        """A unit written with its level word ends right before the bracket, comma or dash before k ("phường Hải Thành (",
        "phường Nam Lý,", "TP. HCM -"): a known unit's name at k is the unit it lies in, though "Đồng" is also a surname;
        a name after the dash, the next stop of a route."""
        if k < 3 or self.text(k - 1) not in ("(", ",", "-", "–") or not self.same_line(k - 2, k):
            return False
        for j in range(k - 3, max(k - 3 - MAX_NAME_SYLLABLES, -1), -1):
            if (lvl := self.at("LEVEL", j)) is not None and lvl < k - 1 and self.level_word(j) \
                    and self.level_kind(j, lvl) in self.rec.unit_kinds and self.place_name(lvl) == k - 1:
                return True
        return False

    def _site_before_its_unit(self, k: int) -> int | None:
        """End of a personal name at k right after a locative word (place_prepositions.tsv: "ở", "tại", after which no
        person's name is written) and before a bracket that opens with a known unit's name ("thuê nhà ở Lạc Long Quân
        (Nghĩa Đô, Cầu Giấy)", vietnews-016528: a street named after a hero, in its ward and district); None otherwise."""
        if k == 0 or self.folded(k - 1) not in self.rec.locatives or not self.person_start(k) \
                or not self.same_line(k - 1, k):
            return None
        end = k + self.name_length(k)
        if self.text(end) != "(" or not self.same_line(k, end + 1) \
                or self.admin_unit(end + 1) is None and self.commune_name(end + 1) is None:
            return None
        return end

    def _parent_unit_after(self, end: int) -> bool:
        """A unit or a province named in brackets right after ``end``: "Phước Kiển (Nhà Bè)" is a place, though
        "Phước" is also a surname."""
        return self.text(end) == "(" and (self.admin_unit(end + 1) is not None or self.at("PLACE", end + 1) is not None)

    def _site_name_head(self, k: int, end: int) -> bool:
        """A capitalised site word of several syllables opening the site's name ("Khu đô thị mới Thủ Thiêm", "Sân bay
        Nội Bài"); not one syllable, which also opens unit names ("Hồ Chí Minh", "Cầu Giấy", "Núi Thành"), but for a
        road's before a person's name that opens no known place with it ("Đường Châu Thổ trên cao", vietnews-003477:
        roads are named after people; not "Đường Lâm", a commune)."""
        return end - k > 1 and self.level_kind(k, end) in self.rec.named_after_places \
            or self.level_kind(k, end) in self.rec.road_kinds and self.person_start(end) \
            and gazetteer.name_key(self.span_text(k, end + self.name_length(end))) not in self.rec.known_place_names

    def _feature_head(self, k: int, end: int) -> bool:
        """A capitalised word for a natural feature at k..end (place_lists.yaml capitalised_feature_levels) opening the
        feature's name before a capitalised word ("Vịnh Bắc Bộ", "Vịnh Thái Lan": the bay, not the region or the country
        inside its name), though the tokenizer joined it to the word before ("ngoài cửa Vịnh Bắc Bộ", vietnews-021938: the
        bay's mouth); not when the whole is a known unit's name ("Sông Cầu", "Núi Thành")."""
        if not self.cap(k) or fold(self.span_text(k, end)) not in self.rec.feature_levels \
                or not self.name_token(end) or not self.same_line(k, end):
            return False
        return gazetteer.name_key(self.span_text(k, end + self.name_length(end))) not in self.rec.known_place_names

    def level_word(self, k: int) -> bool:
        """A level word as written before a unit's name: lower case ("huyện", "tỉnh"), or an abbreviation ("TP.", "Q.");
        not the opening of a longer word the tokenizer made of it and the lower-case syllable after it ("đảng Dân chủ xã
        hội Đức": "xã hội", society, vietnews-006532); in a line all in capitals, as it is written there ("UBND TỈNH
        QUẢNG NAM")."""
        end = self.at("LEVEL", k)
        if end is not None and self.continues_word(end) and not self.cap(end):
            return False
        return not self.cap(k) or self.caps_line(k) or end is not None and self.span_text(k, end) in self.rec.level_abbreviations

    def person_start(self, k: int) -> bool:
        """A person's name (surname and at least one more capitalised syllable) starts at k."""
        return self.surname_at(k) and self.name_token(k + 1) and self.same_line(k, k + 1)

    def surname_at(self, k: int) -> bool:
        """Token k is a family name: one of surnames.tsv, or one that is also a common word (people_context.yaml
        word_surnames: "Ma", "Vàng") before a middle name or a surname and one more syllable ("Ma Hoàng D.", vietnews-015085;
        not "Mông Cổ")."""
        folded = self.folded(k)  # (asked of every capitalised token: folded once)
        return folded in self.rec.surnames or folded in self.rec.word_surnames and self.name_token(k + 1) \
            and (self.folded(k + 1) in self.rec.word_surname_middles or self.folded(k + 1) in self.rec.surnames) \
            and (self.name_token(k + 2) or _INITIAL.match(self.text(k + 2)) is not None) and self.same_line(k, k + 2)

    def items(self) -> list[_Item]:
        """Left-to-right scan for locations, titles, organisations and people (body text only)."""
        found: list[_Item] = []
        title_end = generic_end = -1
        k, n = 0, self.n
        while k < n:
            if k not in self.may_start:  # no rule below finds anything at a lower-case word that opens no lexicon phrase
                k += 1
                continue
            if (index_end := self.market_indices.get(k)) is not None or (index_end := self._country_no_place(k)) is not None:
                k = index_end  # "chỉ số Dow Jones", "Vn Index": a figure of the market; "đô la Úc", "thời Pháp thuộc": a
                continue  # currency, a period; no entity
            if (foreign_title_end := self._foreign_title(k)) is not None:
                k = foreign_title_end  # "Le Journal de Quebec", "The Times of Israel": a newspaper's title, no place in it
                continue
            item = self._site_named_first(k)
            if item is None and title_end == k and self.same_line(k - 1, k) and not self.starts_other(k) \
                    and (body_end := self._body_before_name(k)) is not None:
                self._extend_title(found, k, body_end)  # "Thị trưởng Davao Sara Duterte": the office's place, then its holder
                title_end = k = body_end
                continue
            if item is None and title_end == k and self._level_kind_before(k) in self.rec.unit_kinds \
                    and (unit_end := self._named_unit_end(k)) is not None:
                self._extend_title(found, k, unit_end)  # "ông Nguyễn Văn Đoàn, Trưởng thôn Lạc Cầu kể": the village,
                title_end = k = unit_end  # known by that name, not a holder after the title
                continue
            if item is None and title_end == k and self.same_line(k - 1, k) and not self.starts_other(k) \
                    and (end := self.person_name(k, 1)) is not None and not self._short_form_elsewhere(k, end) \
                    and self.folded(end - 1) not in self.rec.foreign_body_words \
                    and self._medium_name(k) is None:  # not "đại diện FedEx Express", "Giám đốc tạp chí Billboard Magazine"
                item = _Item("PER", k, end, {})  # the name right after a title: "Chủ tịch Trung Quốc Tập Cận Bình"
            item = item or self._listed_place(k, found) or self._listed_body(k, found) or self._item_at(k)
            if item is not None and item.end <= k:
                item = None  # an empty item is none, and the scan must move on (an endless loop once: "Hà Nội - ông …")
            if item is not None and (item.label in ("PER", "ORG") or item.label == "LOC" and item.info.get("name_start", k) > k
                                     and self.span_text(k, item.info["name_start"]) in self.rec.level_abbreviations) \
                    and (self._credit_before(k) or item.label == "PER" and k >= 2 and self.text(k - 1) == ":" and self.same_line(k - 2, k)
                         and self.folded(k - 2) in self.rec.media_credits):  # "Video: Lê Bình", not "(Video: VTV)"
                if item.label == "PER":
                    generic_end = max(generic_end, item.end)  # nor a body inside the credited name ("Ảnh: Hoàng Trường Lúc")
                if k >= 3 and self.text(k - 3) == "(":
                    generic_end = next((j for j in range(k, self.n) if self.text(j) == ")" or not self.same_line(k, j)),
                                       self.n)  # nor a body in the rest of a credit in brackets ("(Ảnh: Báo Công an
                    # nhân dân)")
                item = None  # "Ảnh: Nguyễn Đông.", "Ảnh: Hải Quân": who took the photo, no entity of the story; nor "Ảnh:
                # Q. AN", "Ảnh: Q. L.": the photographer's initials, no district
            if item is not None and item.label == "ORG" and (
                    k > 0 and self.folded(k - 1) in self.rec.generic_markers
                    and not (self.folded(item.end) in self.rec.list_separators and self.cap(item.end + 1))
                    and not (self._party_head(item.start) and self.acronym(item.end - 1)
                             and any(map(self.name_token, range(item.start + 1, item.end - 1))))
                    or self.folded(item.end) in self.rec.generic_markers
                    and self.level_kind(item.end + 1, self.at("LEVEL", item.end + 1) or item.end + 1) in self.rec.unit_kinds):
                # "các doanh nghiệp Việt Nam": a class of bodies, not one, and only a place in it counts; but "các
                # trường ĐH Thủ Dầu Một, Nam Cần Thơ …" lists named ones, and "các đảng Dân chủ cơ đốc giáo CDU và …"
                # (vietnews-006532) names one by its name and abbreviation; "UBND các xã": the bodies of every unit of a level
                # (not "Ban quản lý dự án các đường cao tốc phía Bắc": roads are no units with bodies)
                generic_end = item.end
            if item is None or k < generic_end and item.label != "LOC":
                k += 1
                continue
            a, b = self.chars(item.start, item.end)
            if item.label == "PER":
                self.person_names.add(fold(self.span_text(item.start, item.end)))
                self.person_words.add(self.folded(item.end - 1))
                if self.folded(item.start) in self.rec.hyphened_surnames and "-" in self.span_text(item.start + 1, item.end):
                    self.person_words.add(self.folded(item.start))  # "Kim Jong-un", then "Chủ tịch Kim" (vietnews-012785):
                    # a Korean's family name stands first, and the press names them by it
            elif item.label == "LOC" and item.info.get("foreign_place"):
                self.place_mentions.add(fold(self.span_text(item.start, item.end)))  # "Salisbury" again, alone
            elif item.label == "LOC" and item.info.get("stop"):
                self.place_mentions.add(fold(self.span_text(item.start, item.end)))  # "ga Giáp Bát" after "đến Giáp Bát"
            elif item.label == "LOC" and item.info["name_start"] > item.start:
                self.place_mentions.add(fold(self.span_text(item.start, item.end)))
                if fold(self.span_text(item.start, item.info["name_start"])) not in self.rec.people_named_levels:
                    self.place_mentions.add(fold(self.span_text(item.info["name_start"], item.end)))
            if self.doc._.in_body(a, b):
                if item.label == "PER" and item.info.get("cue_title"):
                    found.append(_Item("TITLE", *item.info["cue_title"], {"org": None, "post": None}))
                found.append(item)
                if item.label == "TITLE" and item.info.get("post"):
                    s, e = item.info["post"]
                    lvl = self.at("LEVEL", s)
                    start = lvl if lvl is not None and self.level_word(s) else s
                    found.append(_Item("LOC", s, e, {"kind": self.rec.places.get(fold(self.span_text(start, e))),
                                                     "name_start": start}))
                if item.label == "TITLE" and item.info.get("ministry") and item.info["ministry"][1] < item.info["ministry"][2]:
                    _, s, e = item.info["ministry"]  # "Thứ trưởng Ngoại giao Iran": the country of the ministry
                    found.append(_Item("LOC", s, e, {"kind": self.rec.places.get(fold(self.span_text(s, e))), "name_start": s}))
                if item.label == "TITLE" and item.info.get("org"):
                    s, e = item.info["org"]
                    place = self.rec.places.get(fold(self.span_text(s, e)))
                    lvl = self.at("LEVEL", s)
                    if place or self.cap(s) and fold(self.span_text(s, e)) in self.level_names \
                            or self._place_before_foreign_holder(s) and self._written_after_locative(s, e):  # "thị
                        # trưởng Davao"; "thủ hiến Catalonia Carles Puigdemont" beside "ở Catalonia"
                        found.append(_Item("LOC", s, e, {"kind": place, "name_start": s}))
                    elif lvl is not None and not self.cap(s) and self.org_head(s) is None \
                            and self.level_kind(s, lvl) in self.rec.office_unit_kinds:  # "bang Hawaii" of its governor
                        found.append(_Item("LOC", s, e, {"kind": self.level_kind(s, lvl), "name_start": lvl}))
                    else:
                        found.append(_Item("ORG", s, e, {"office_body": True}))
                if item.label == "TITLE" and item.info.get("owner"):
                    found.append(_Item("ORG", *item.info["owner"]))
            title_end = item.end if item.label == "TITLE" and not (item.info.get("org") is None and self._role_head(item)) else -1
            k = item.end
        return self._office_places_named_again(found)

    def _office_places_named_again(self, found: list[_Item]) -> list[_Item]:
        """A title's body found as an organisation whose words the article reads as a place elsewhere is that place: the
        region or country the office serves ("Cựu thủ hiến Catalonia lưu vong …", the headline of vietnews-009490, beside
        "Cựu thủ hiến Catalonia Carles Puigdemont", whose place the article writes after "ở"), as "bang Hawaii" is of its
        governor."""
        places = {fold(self.span_text(it.start, it.end)): it.info.get("kind") for it in found if it.label == "LOC"}
        return [_Item("LOC", it.start, it.end, {"kind": places[name], "name_start": it.start})
                if it.label == "ORG" and it.info.get("office_body") and (name := fold(self.span_text(it.start, it.end))) in places
                else it for it in found]

    def _may_name_an_index(self) -> bool:
        """Whether the article writes a word for a market index ("Index", "VN-Index") or all the words of a noun for one
        ("chỉ số"): without them ``_market_index`` finds none, and it need not be asked of every capitalised token."""
        words = set(self.folds)
        joined = " ".join(words)
        return any(re.search(rf"(?:^|[ -]){re.escape(w)}(?: |$)", joined) for w in self.rec.market_index_words) \
            or any(set(noun) <= words for noun in self.rec.market_index_nouns)

    def _market_index(self, k: int) -> int | None:
        """End of a stock market index's name at k (language.yaml market_index_nouns, market_index_words): up to four
        capitalised words, abbreviations and numbers after a noun for an index ("chỉ số Dow Jones", "chỉ số Nikkei 225";
        not a body's head nor a place there), or ending with a word for one ("Vn Index", "VN-Index", vietnews-018156);
        None otherwise."""
        if not (self.name_token(k) or self.acronym(k)):
            return None
        end = k
        while end - k < 4 and self.same_line(k, end) and (self.name_token(end) or self.acronym(end)
                                                          or end > k and self.text(end).isdigit()):
            end += 1
        if self.name_token(end) and self.same_line(k, end):
            return None
        last = self.folded(end - 1)
        if last in self.rec.market_index_words or any(last.endswith("-" + w) for w in self.rec.market_index_words):
            return end
        return end if self._phrase_before(k, self.rec.market_index_nouns) and self.org_head(k) is None \
            and self.at("PLACE", k) is None else None  # not "các chỉ số Bộ Y tế đưa ra": the body that gives them

    def _country_no_place(self, k: int) -> int | None:
        """End of a country's name at k that names no place there (place_lists.yaml currency_nouns, period_words,
        rule_words): a currency ("đô la Úc", "bảng Anh") or a period of the country's rule ("thời Pháp thuộc"); None
        otherwise."""
        if (end := self.at("PLACE", k)) is None or self.rec.places.get(fold(self.span_text(k, end))) != "country":
            return None
        if self._phrase_before(k, self.rec.currency_nouns) \
                or self._phrase_before(k, self.rec.period_words) and self.folded(end) in self.rec.rule_words:
            return end
        return None

    def _body_before_name(self, k: int) -> int | None:
        """End of a place or body that one capitalised run right after a title writes before its holder's name, the run
        being too long for one name: a known place, unit or body ("Huyện uỷ Kim Thành Lê Ngọc Sang"), a name the article
        writes after a level word ("Thị trưởng Davao Sara Duterte" beside "Thành phố Davao"), foreign words before a
        Vietnamese full name ("Tổng Giám đốc Maritime Bank Huỳnh Bửu Quang"), or after a level word a unit's name before
        a full name ("Chủ tịch UBND phường Lý Thái Tổ Nguyễn Trung Thuỷ"). The holder's name after it: two to four
        syllables from a surname, or foreign words. None when the run is one name."""
        r = k
        while r < self.n and r - k < 2 * MAX_NAME_SYLLABLES and self.name_token(r) and self.same_line(k, r):
            r += 1
        if r - k < 3:
            return None
        for e in range(k + 1, r - 1):
            rest_foreign = all(map(self.foreign, range(e, r)))
            if not (self.person_start(e) and r - e <= 4 or rest_foreign and r - e <= MAX_NAME_SYLLABLES):
                continue
            prefix = fold(self.span_text(k, e))
            if self.cap(k) and e in (self.at("PLACE", k), self.admin_unit(k), self.at("ORG_KNOWN", k)) \
                    or prefix in self.level_names and not self.person_start(k) \
                    or all(map(self.foreign, range(k, e))) and not any(map(self.foreign, range(e, r))) \
                    or k in self.level_starts and r - k > MAX_NAME_SYLLABLES - 1 and e - k >= 2 and not rest_foreign:
                return e
        return None

    def _addressed_elsewhere(self, e: int, r: int) -> bool:
        """The foreign words e..r stand elsewhere in the article right after a form of address ("Ông Carles Puigdemont"):
        a person's full name, so the foreign word before it is the office's place ("Cựu thủ hiến Catalonia Carles
        Puigdemont", vietnews-009490, after "Ông Carles Puigdemont"), no word of the name."""
        words = [self.folded(i) for i in range(e, r)]
        return any(j != e and [self.folded(i) for i in range(j, j + len(words))] == words
                   and any(j - n >= 0 and self.at("CUE", j - n) == j for n in (1, 2, 3))
                   for j in self.capitalised if self.folded(j) == words[0] and j + len(words) <= self.n)

    def _extend_title(self, found: list[_Item], k: int, end: int) -> None:
        """Make the title that ends at k in ``found`` end at ``end``: its body goes on over k..end (the body's item too),
        or, with no body read, k..end is its body (a place after a level word or a known place, else a body)."""
        title = next(it for it in reversed(found) if it.label == "TITLE" and it.end == k)
        title.end = end
        org = title.info.get("org")
        if org is not None and org[1] == k:
            title.info["org"] = (org[0], end)
            for it in found:
                if it.label in ("ORG", "LOC") and (it.start, it.end) == org:
                    it.end = end
            return
        start = self.level_starts.get(k, k)
        kind = self.level_kind(start, k) if start < k else self.rec.places.get(fold(self.span_text(k, end)))
        title.info["org"] = (start, end)
        found.append(_Item("LOC", start, end, {"kind": kind, "name_start": start})
                     if kind or self.at("PLACE", k) == end or fold(self.span_text(k, end)) in self.level_names
                     else _Item("ORG", start, end))

    def _after_title_link(self, k: int) -> bool:
        """One to three words right before k, on its line, that link a person to a title after them (title_links.tsv:
        "làm", "là", "với vai trò")."""
        return any(k - n >= 0 and self.same_line(k - n, k) and fold(self.span_text(k - n, k)) in self.rec.title_links
                   for n in (1, 2, 3))

    def _role_head(self, title: _Item) -> bool:
        """A title that is a role's head alone (titles.tsv kind role: "nhà sáng lập"), with its modifiers."""
        j = title.start
        while (m := self.at("MOD_BEFORE", j)) is not None:
            j = m
        head = self.at("TITLE_HEAD", j)
        return head is not None and fold(self.span_text(j, head)) in self.rec.role_titles

    def _credit_before(self, k: int) -> bool:
        """A credit word and a colon right before k ("Ảnh:", "Nguồn:"; layout.yaml byline prefixes), or a credit word
        opening a bracket that closes its paragraph ("(Theo Reuters)"; not "(theo Tổng cục Thống kê) năm nay …")."""
        if k < 2 or not self.same_line(k - 2, k):
            return False
        if self.text(k - 1) == ":":
            return self.rec.credit.fullmatch(self.folded(k - 2)) is not None
        if self.text(k - 2) != "(" or self.rec.credit.fullmatch(self.folded(k - 1)) is None:
            return False
        start = self.chars(k, k + 1)[0]
        line_end = self.source.find("\n", start) % (len(self.source) + 1)  # -1 (the last line) reads as the text's end
        close = self.source.find(")", start, line_end)
        return close >= 0 and not written(self.source[close + 1:line_end], compose=False).strip(" .,;")

    def _short_form_elsewhere(self, k: int, end: int) -> bool:
        """One word at k..end that the article also writes alone in brackets, as a body's short form ("ngân hàng Đông Á
        (DongABank)"): after a title it names the body, not the holder ("Chủ tịch Hội đồng tín dụng DongABank – …")."""
        return end == k + 1 and self.text(k) in self.bracketed_words

    def _listed_place(self, k: int, found: list[_Item]) -> _Item | None:
        """A place continuing a list of places: "Mỹ, châu Âu, …, Úc" (a country that needs context), or a unit
        name after "các huyện Tuy Phong, …" (a plural level word), which takes that level; any name of a list
        that a plural level word introduces ("các tỉnh phía nam … gồm Pattani, Yala và Narathiwat")."""
        if (line := self._line_by_its_ends(k, found)) is not None:
            return line
        if (kind := self._introduced_list(k)) is not None \
                and (end := self._list_item_end(k, people_names=kind in self.rec.road_kinds or self._unit_named(k, kind))) is not None:
            return _Item("LOC", k, end, {"kind": kind, "name_start": k, "plural": True, "listed": True,
                                         "street_list": kind in self.rec.road_kinds})
        if (end := self._place_list_after_preposition(k)) is not None:
            return _Item("LOC", k, end, {"kind": None, "name_start": k, "plural": True, "listed": True})
        if not found or found[-1].end != k - 1 \
                or self.folded(k - 1) not in self.rec.list_separators or not self.same_line(k - 1, k):
            return None
        last = found[-1]
        if last.label == "ORG":
            return self._unit_after_body(last, k)
        if last.label != "LOC":
            return None
        if (parent := self._parent_unit_after_comma(k, last)) is not None:
            return parent
        if (end := self._listed_street(k, last)) is not None:
            return _Item("LOC", k, end, {"kind": last.info["kind"], "name_start": k, "street_listed": True})
        if last.info.get("listed") and (end := self._list_item_end(
                k, people_names=last.info.get("street_list", False) or self._unit_named(k, last.info["kind"])
                or last.info["kind"] in self.rec.unit_kinds and fold(self.span_text(k, k + self.name_length(k))) not in self.person_names)) is not None:
            # "6 tỉnh (bao gồm: An Huy, …, Liêu Ninh, Giang Tô và Chiết Giang)": units of the level the list counts, known
            # or not, though one reads as a person's name (vietnews-014219)
            return _Item("LOC", k, end, {"kind": last.info["kind"] if not last.info.get("street_list") else "street",
                                         "name_start": k, "plural": True, "listed": True,
                                         "street_list": last.info.get("street_list", False)})
        if (end := self.at("PLACE", k)) is not None and self.place_written(k, end) and not self.name_token(end):
            return _Item("LOC", k, end, {"kind": self.rec.places.get(fold(self.span_text(k, end))), "name_start": k})
        if (last.info.get("kind") in ("province", "city") or last.info.get("unit_listed")
                or last.info.get("kind") in self.rec.unit_kinds and self.person_start(k)) and last.info["name_start"] == last.start \
                and self.cap(k) and not self.starts_other(k) and self.at("LEVEL", k) is None \
                and (end := self.admin_unit(k)) is not None and end - k >= 2 and not self.name_token(end) \
                and (not self.person_start(k) or self.folded(end) in self.rec.list_separators
                     or self.text(end) in (".", ";", ")")):
            return _Item("LOC", k, end, {"kind": None, "name_start": k, "unit_listed": True})  # "Phú Yên, Nha Trang": a unit
            # listed after a province; "Đồng Nai, Nha Trang, Vũng Tàu": and after such a unit; "Trường Sa, Hoàng Sa.": a
            # unit named like a person that a separator or the sentence's end closes
        plural = last.info.get("plural") or (
            last.info["name_start"] > last.start and last.start > 0
            and (self.folded(last.start - 1) in self.rec.plural_markers or self.text(last.start - 1).isdigit()))
        if plural and self.cap(k) and self.at("LEVEL", k) is None and ((end := self.admin_unit(k)) is not None or (
                last.info.get("kind") in gazetteer.WARD_KINDS and (end := self.commune_name(k)) is not None) or (
                (last.info.get("kind") not in self.rec.unit_kinds or last.info.get("kind") in self.rec.unmapped_unit_kinds)
                and (end := self._list_item_end(k)) is not None)):
            # "các huyện Tuy Phong, Bắc Bình"; "hai xã Yên Khang và Yên Bằng" (vietnews-022404: a commune of either
            # map); "các đảo Cây, Linh Côn, Tri Tôn và Phú Lâm": names of the same level; "3
            # thôn Hiền An 1, Hiền An 2 và Hiền Hoà": villages, which no map lists
            return _Item("LOC", k, end, {"kind": last.info.get("kind"), "name_start": k, "plural": True})
        return None

    def _line_by_its_ends(self, k: int, found: list[_Item]) -> _Item | None:
        """A line named by its ends joined by dashes at k (place_lists.yaml line_words): right after a word for a line
        ("các tuyến Lào Cai - Hà Nội"), or listed after a line so named, with the kind of its level word ("các tuyến
        đường sắt Hà Nội - Vinh, Vinh - Đồng Hới, …, Kép - Hạ Long - Cái Lân", vietnews-021067); an end may be named
        with its level word ("Nha Trang - TP HCM", "cảng Hải Phòng - Lạch Huyện"). One place, the line: the towns at
        its ends are no mentions there. None otherwise."""
        if k == 0 or not self.same_line(k - 1, k):
            return None
        last = found[-1] if found else None
        if not self.cap(k) and (last is None or self.at("LEVEL", k) is None or not self.level_word(k)):
            return None  # a listed line may open with an end's level word ("…, cảng Hải Phòng - Lạch Huyện")
        if self.folded(k - 1) in self.rec.line_words and self.cap(k) and not self.cap(k - 1):
            kind = None
        elif last is not None and last.label == "LOC" and last.end == k - 1 and self.folded(k - 1) in self.rec.list_separators \
                and (last.info.get("line") or fold(self.span_text(last.start, last.info["name_start"])) in self.rec.two_end_levels
                     and any(self.text(j) in ("-", "–") for j in range(last.info["name_start"], last.end))):
            kind = last.info.get("kind")
        else:
            return None
        stops, i = 0, k
        while (end := self._line_end_at(i)) is not None:
            stops += 1
            if self.text(end) not in ("-", "–") or not self.same_line(end, end + 1):
                break
            i = end + 1
        if stops < 2 or end is None or self.name_token(end) and self.same_line(k, end):
            return None
        return _Item("LOC", k, end, {"kind": kind, "name_start": k, "line": True})

    def _line_end_at(self, i: int) -> int | None:
        """End of one end of a line named by its ends at i: a place its level word opens ("TP HCM", "cảng Hải Phòng"),
        else a capitalised name ("Lào Cai", "Kép"); None otherwise."""
        if (lvl := self.at("LEVEL", i)) is not None and self.level_word(i) and (end := self.place_name(lvl)) is not None:
            return end
        return i + self.name_length(i) if self.name_length(i) else None

    def _parent_unit_after_comma(self, k: int, last: _Item) -> _Item | None:
        """The unit at k after a comma that a unit written without its level word lies in (``_unit_before_its_province``
        found it there: "vùng Trà Cổ, Móng Cái", vietnews-020372, the city the ward is of): a place too; None otherwise."""
        if not last.info.get("placed") or last.info.get("foreign_place") or self.text(k - 1) != "," \
                or self.at("LEVEL", k) is not None or (end := self.admin_unit(k)) is None or end - k < 2 \
                or self.name_token(end) and self.same_line(k, end):
            return None
        return self._bare_unit(k, end)

    def _unit_named(self, k: int, kind: str | None) -> bool:
        """Whether the name at k, listed as a unit of ``kind``, is the name of such a unit of either map, though it reads
        as a person's ("nhiều xã như Đông Xá, Hạ Long, Đoàn Kết", vietnews-021572: Xã Đoàn Kết of Vân Đồn)."""
        if kind not in self.rec.unit_kinds or not (n := self.name_length(k)):
            return False
        return self.admin_unit(k) == k + n or gazetteer.name_key(self.span_text(k, k + n)) in gazetteer.commune_names()

    def _listed_street(self, k: int, last: _Item) -> int | None:
        """End of a name at k listed after a street that a level word naming places after people opens ("phố Trần Hưng
        Đạo, Lý Thường Kiệt...)") or after such a listed street, when the list goes on or closes there: a street too,
        though it is a personal name; None otherwise."""
        if not (last.info.get("street_listed") or last.info["name_start"] > last.start and last.info.get("kind") in self.rec.road_kinds
                and fold(self.span_text(last.start, last.info["name_start"])) in self.rec.people_named_levels):
            return None
        if not self.name_length(k) or self.starts_other(k) or self.at("LEVEL", k) is not None:
            return None
        end = k + self.name_length(k)
        after = self.folded(end)
        if after in ("...", "…", ")") or after in self.rec.list_separators and self.name_token(end + 1) and self.same_line(end, end + 1) \
                or self._places_in_brackets(end):
            return end
        if last.info.get("closing_list") and self.folded(k - 1) == "và" and self.name_length(k) >= 2 \
                and not self._person_context(k, end):
            return end  # "hai trục đường chính Nguyễn Hữu Thọ và Nguyễn Tất Thành chỉ cần …": the second of two roads
        return None

    def _places_in_brackets(self, k: int) -> bool:
        """A bracket at k opening with a place: a level word or a known place ("Lê Duẩn, Nguyễn Văn Bình (quận 1, quận 3,
        TP. HCM)", vietnews-017341: the units the streets before it run through)."""
        if self.text(k) != "(" or not self.same_line(k, k + 1):
            return False
        return self.at("LEVEL", k + 1) is not None and self.level_word(k + 1) or self.at("PLACE", k + 1) is not None \
            or self.admin_unit(k + 1) is not None

    def _listed_body(self, k: int, found: list[_Item]) -> _Item | None:
        """A name at k listed after a plural body's common noun and a word that introduces the list ("một số công ty lữ
        hành khác như Hanoitourist, Handspan...", vietnews-021547; "các tập đoàn Trung Quốc khổng lồ như Anbang, Fosun,
        Dalian Wanda, HNA…"), or after a separator that follows such a listed body: a body of that kind, named by its
        brand alone; not a place, a person or a name another rule reads."""
        if not self.cap(k) or self.at("PLACE", k) is not None:
            return None
        last = found[-1] if found else None
        listed = self._bodies_introduced(k) or last is not None and last.label == "ORG" and last.end == k - 1 \
            and self.folded(k - 1) in self.rec.list_separators and self.same_line(k - 1, k) \
            and (last.info.get("listed_body") or self._bodies_introduced(last.start))
        if not listed or (end := self._list_item_end(k)) is None:
            return None
        return _Item("ORG", k, end, {"listed_body": True})

    def _bodies_introduced(self, k: int) -> bool:
        """k opens a list that a word of language.yaml's list introducers ("như", "gồm", "là") opens after a body's head
        in lower case made plural (language.yaml plural_markers, quantity_phrases: "các tổ chức", "một số công ty")
        earlier in the sentence."""
        if k < 3 or self.folded(k - 1) not in self.rec.list_introducers or not self.same_line(k - 1, k):
            return False
        for j in range(k - 2, max(0, k - 10), -1):
            if self.sent_starts[j + 1] or self.folded(j) in self.rec.list_introducers:
                return False
            if not self.cap(j) and self.org_head(j) is not None and (
                    self.folded(j - 1) in self.rec.plural_markers or self.text(j - 1).isdigit()
                    or self._phrase_before(j, self.rec.quantity_phrases)):
                return True
        return False

    def _unit_after_body(self, body: _Item, k: int) -> _Item | None:
        """A unit name listed right after a body that ends with a unit of a level ("Trung tâm y tế huyện Châu Thành,
        Phụng Hiệp"): a unit of that level."""
        if not self.cap(k) or self.at("LEVEL", k) is not None or self.person_start(k) or self.starts_other(k) \
                or (end := self.admin_unit(k)) is None:
            return None
        for j in range(body.end - 2, body.start, -1):
            lvl = self.at("LEVEL", j)
            if lvl is not None and self.level_word(j) and self.place_name(lvl) == body.end:
                kind = self.level_kind(j, lvl)
                if (bare := self.rec.places.get(fold(self.span_text(k, end)))) in ("province", "city") and bare != kind:
                    return None  # "Ban chỉ huy quân sự huyện Nghĩa Đàn, Nghệ An": the province it lies in, no district
                return _Item("LOC", k, end, {"kind": kind, "name_start": k})
        return None

    def _introduced_list(self, k: int) -> str | None:
        """The level kind when k opens a list of names that a plural level word of the same sentence introduces
        ("các tỉnh … gồm Pattani", "7 tỉnh lân cận là Long An"); None otherwise."""
        if k < 3 or self.folded(k - 1) not in self.rec.list_introducers or not self.same_line(k - 1, k):
            return None
        for j in range(k - 2, max(0, k - 10), -1):
            if self.sent_starts[j + 1]:
                return None
            lvl = self.at("LEVEL", j)
            if lvl is not None and not self.cap(j) and (self.folded(j - 1) in self.rec.plural_markers
                                                        or self.text(j - 1).isdigit()):
                return self.level_kind(j, lvl)
        return None

    def _list_item_end(self, k: int, people_names: bool = False) -> int | None:
        """End of a name that is a whole item of a list at k: capitalised words up to a separator or the clause's
        end ("Pattani," "Yala và"), not a person's name (unless ``people_names``: a list of streets, "các đường:
        Trường Sơn, Nam Kỳ Khởi Nghĩa, …, Tôn Đức Thắng"), a title, a body or a level word ("Công viên Thống Nhất")."""
        end = k + self.name_length(k)
        while people_names and end > k and end - k < MAX_NAME_SYLLABLES and self.same_line(k, end) \
                and (self.continues_word(end) and self.text(end).isalpha() or self.name_token(end)):
            end += 1  # "Công trường Quốc tế": a street's or a square's name may hold a word's lower-case syllable
        if end == k or self.starts_other(k) and not (people_names and self.head_in_name(k)) \
                or self.person_start(k) and not people_names or self.at("LEVEL", k) is not None:
            return None
        if _NUMBER.match(self.text(end)) and self.same_line(k, end):
            end += 1  # "Suối Dầu 1"
        nxt = self.folded(end)
        return end if nxt in self.rec.list_separators or nxt in (".", ";", ")", ":", "", "...", "…") \
            or not self.same_line(k, end) or self._last_item_closed(k, end) else None

    def _last_item_closed(self, k: int, end: int) -> bool:
        """The name k..end is brought in by a list's last joiner (place_lists.yaml last_item_joiners) and a lower-case
        word follows it ("… Hiền An 2 và Hiền Hoà với hơn 500 lồng", vietnews-021492): the list ends with that name."""
        return k > 0 and self.folded(k - 1) in self.rec.last_item_joiners and self.same_line(k - 1, end) \
            and self.text(end).isalpha() and self.text(end).islower()

    def _place_list_after_preposition(self, k: int) -> int | None:
        """End of the first name of a list of three names or more after a word of place ("đoạn qua Vĩnh Lương, Suối Dầu
        1, Cam Ranh, Mỹ Ca...") when one of them is a known place; None otherwise."""
        if k == 0 or self.folded(k - 1) not in self.rec.place_prepositions or not self.same_line(k - 1, k):
            return None
        names, i = [], k
        while (end := self._list_item_end(i)) is not None:
            names.append((i, end))
            if self.folded(end) not in self.rec.list_separators or not self.same_line(i, end + 1):
                break
            i = end + 1
        known = any(gazetteer.name_key(self.span_text(a, b)) in self.rec.known_place_names for a, b in names)
        return names[0][1] if len(names) >= 3 and known else None

    def _site_named_first(self, k: int) -> _Item | None:
        """A site whose capitalised name at k ends with the word for its kind ("Quan Âm Tu Viện": place_lists.yaml
        site_words_after), not a person's name."""
        if not self.cap(k) or k > 0 and self.name_token(k - 1) and self.same_line(k - 1, k):
            return None
        end = k
        while end - k < 6 and self.name_token(end) and self.same_line(k, end):
            end += 1
            if self.folded(end - 1).rsplit(" ", 1)[-1] not in self.rec.site_word_ends:
                continue
            for j in range(k + 1, end):
                if (kind := self.rec.site_words_after.get(fold(self.span_text(j, end)))) is not None:
                    return _Item("LOC", k, end, {"kind": kind, "name_start": k})
        return None

    def _country_named(self, k: int, end: int) -> str | None:
        """What the name at k..end, after "nước", names: "region" (countries.tsv: "Đông Âu", "Trung Đông"), "country"
        (a country countries.tsv lists, or one whose name it begins: "Việt" of "Việt Nam", "Việt Nam Dân chủ Cộng hòa";
        or a foreign name: "nước Mauritania"), else None: "nước" is water there ("nhà máy nước Cầu Đỏ", a water plant,
        vietnews-019621)."""
        name = fold(self.span_text(k, end))
        kind = self.rec.places.get(name)
        if kind == "region" or kind == "country":
            return kind
        if (e := self.at("PLACE", k)) is not None and self.rec.places.get(fold(self.span_text(k, e))) == "country" \
                or any(self.foreign(i) for i in range(k, end)) or any(country.startswith(name + " ") for country in self.rec.countries):
            return "country"
        return None

    def _item_at(self, k: int) -> _Item | None:
        if (lvl := self.at("LEVEL", k)) is not None \
                and (not self.continues_word(k) or self._glued_level(k, lvl) or self._feature_head(k, lvl)) \
                and (self.level_word(k) or self._site_name_head(k, lvl) or self._feature_head(k, lvl)
                     or self.sent_starts[k] and self.admin_unit(lvl) is not None  # "Thị xã Tân Uyên đã điều động"
                     or _NUMBER.match(self.text(lvl)) and self.level_kind(k, lvl) in self.rec.unit_kinds):  # "Quận 2"
            level = fold(self.span_text(k, lvl))
            if self.name_token(lvl) and self.continues_word(lvl + 1) and self.text(lvl + 1).isalpha() \
                    and self.text(lvl + 1).islower() and self.same_line(lvl, lvl + 1) and not self.foreign(lvl) \
                    and self.org_head(lvl) is None and gazetteer.name_key(self.span_text(lvl, lvl + 2)) not in self.rec.known_place_names:
                pass  # "cây đổ đầy đường Ghi nhận của …": a capitalised common word opens the next sentence, no name
            elif (end := self.place_name(lvl, people_names=level in self.rec.people_named_levels,
                                       two_ends=level in self.rec.two_end_levels)) is not None:
                if self.level_kind(k, lvl) in self.rec.unit_kinds and fold(self.span_text(lvl, end)) in self.rec.province_regions \
                        and not (self.name_token(end) and self.same_line(lvl, end)):
                    return _Item("LOC", lvl, end, {"kind": "region", "name_start": lvl})  # "các tỉnh Tây Nguyên": the region
                    # (not "tỉnh Tây Bắc Idlib", vietnews-006841: a province abroad, "Tây Bắc" its direction)
                if level in self.rec.country_part_levels and self.rec.places.get(fold(self.span_text(lvl, end))) == "country":
                    return _Item("LOC", lvl, end, {"kind": "country", "name_start": lvl})  # "thủ đô Hàn Quốc": the capital
                    # of the country, the country the place
                if self.level_kind(k, lvl) == "country" and (country := self._country_named(lvl, end)) != "country":
                    # "các nước Đông Âu": the countries of a region, the region; "nhà máy nước Cầu Đỏ": water, no country
                    return _Item("LOC", lvl, end, {"kind": "region", "name_start": lvl}) if country == "region" else None
                return _Item("LOC", k, end, {"kind": self.level_kind(k, lvl), "name_start": lvl})
        if (road := self._main_road(k)) is not None:
            return road
        if lvl is not None and self.cap(k) and (end := self.place_name(lvl, people_names=True)) is not None \
                and fold(self.span_text(k, end)) in self.place_mentions:
            if gazetteer.name_key(self.span_text(k, end)) in self.rec.unit_names:  # "(Cầu Giấy, Hà Nội)" after "quận Cầu
                return _Item("LOC", k, end, {"kind": None, "name_start": k})  # Giấy" (vietnews-000593): the unit, no bridge
            return _Item("LOC", k, end, {"kind": self.level_kind(k, lvl), "name_start": lvl})  # "Cầu Bạch Đằng nhìn từ …"
        if self.cap(k) and (2 <= self.name_length(k) <= 3 or self.name_length(k) == 1 and self.foreign(k)) \
                and not (k > 0 and self.name_token(k - 1) and self.same_line(k - 1, k)) \
                and (end := self._place_mentioned(k, k + self.name_length(k))) is not None:
            return _Item("LOC", k, end, {"kind": None, "name_start": k, "repeated": True})  # "ra Đồng Hới" after "TP
            # Đồng Hới"; "ở Salisbury" after "TP Salisbury" (a foreign word, no Vietnamese syllable)
        if self.cap(k) and self.name_length(k) and not (k > 0 and self.name_token(k - 1) and self.same_line(k - 1, k)) \
                and not self.starts_other(k + self.name_length(k) + 1) \
                and (end := self._dashed_place(k, k + self.name_length(k))) is not None:
            return self._bare_unit(k, end)  # "xe khách biển kiểm soát Thừa Thiên - Huế", not "Huế" alone
        if (end := self.at("PLACE", k)) is not None and self.place_written(k, end) \
                and (not self.name_token(end) or not self.same_line(end - 1, end) or self._glued_clause(end)
                     or self._glued_word(end) and self._name_in_capitals(k, end) and not self._inside_a_cue(k, end)
                     # "… tại Anh" closing a headline; "ở Hà Nội Trong năm qua"; "người Hà Nội Tất tả dọn hàng"
                     # (vietnews-013153): a heading glued before a sentence (not "Hoa hậu Hoà bình Quốc tế", the word
                     # peace; not "Mẹ Việt Nam Anh hùng", an honorific)
                     or self.foreign(end) and not any(map(self.foreign, range(k, end)))) \
                and not ((known := self.at("ORG_KNOWN", k)) is not None and known > end):  # "Hong Kong Airlines"
            name = fold(self.span_text(k, end))  # "tại Mỹ Fethullah Gulen": a foreign name after it ends the place
            if name not in self.rec.context_places or not self.caps_line(k) and (  # "NGƯỜI ANH": no capital tells Anh
                    k > 0 and self.folded(k - 1) in self.rec.place_prepositions  # from anh (an elder brother)
                    or self._phrase_before(k, self.rec.country_nouns)
                    or self.folded(k - 1) in self.rec.country_opposing_words and self.same_line(k - 1, k)
                    or self._bracketed_after_place(k, end)
                    or self.folded(end) in self.rec.list_separators and self.at("PLACE", end + 1) is not None
                    and self.cap(end + 1)):  # "Mỹ và Canada đã ký …": a list of places
                return _Item("LOC", k, end, {"kind": self.rec.places.get(name), "name_start": k})
        if (placed := self._unit_before_its_province(k)) is not None:
            end, kind = placed
            unit = self._bare_unit(k, end)  # "Gia Lâm, Hà Nội", "xã Kim Mỹ (Kim Sơn, Ninh Bình)", though "Kim" is a surname
            if not (k > 0 and self.text(k - 1).isdigit()):  # not the street of "302 Kim Mã, Ba Đình", named after its ward
                unit.info["kind"] = unit.info["kind"] or kind  # "Y Tý (Bát Xát, Lào Cai)": the commune's level there
            unit.info["placed"] = True  # written in the unit it lies in: a place, whatever else the article writes
            return unit
        if (end := self._foreign_place_placed(k)) is not None:
            return _Item("LOC", k, end, {"kind": None, "name_start": k, "placed": True, "foreign_place": True})  # "tại
            # Salisbury (Anh)", "ở Bethesda, Maryland"
        if k > 0 and (self.folded(k - 1) in self.rec.place_prepositions or self.text(k - 1) in ("(", ",")) \
                and (end := self.admin_unit(k)) is not None \
                and (end - k >= 2 or self.folded(k - 1) in self.rec.locatives and end == k + self.name_length(k)) \
                and not (self.name_token(end) and self.continues_word(end)) \
                and (self.text(k - 1) != "," or self._unit_named_before(k)) \
                and (not self.person_start(k) or self._parent_unit_after(end)  # not "(Tân Sơn Nhất"; "ở Phước Kiển (Nhà Bè)"
                     or self.folded(k - 1) in self.rec.locatives and end == k + self.name_length(k)  # "ở Châu Đốc"
                     or self._unit_named_before(k)):  # "phường Hải Thành (Đồng Hới)", "phường Nam Lý, Đồng Hới"
            return self._bare_unit(k, end)  # "ở Nhà Bè", "(Bắc Bình)": a unit named without its level; one word alone
            # after "ở", "tại" ("ở Pleiku", vietnews-021547)
        if k > 0 and self.folded(k - 1) in self.rec.locatives and (n := self.name_length(k)) >= 2 \
                and gazetteer.unaccented_province(self.span_text(k, k + n)):
            return _Item("LOC", k, k + n, {"kind": "province", "name_start": k})  # "ở Ninh Binh" (vietnews-021547):
            # a province written without its marks, no person
        if (end := self._street_on_a_route(k)) is not None or (end := self._street_of_a_branch(k)) is not None:
            return _Item("LOC", k, end, {"kind": "street", "name_start": k})  # "hướng từ đường Nguyễn Oanh về Phạm Văn Đồng"
        if (end := self._street_after_house_number(k)) is not None:
            return _Item("LOC", k, end, {"kind": "street", "name_start": k})  # "(07 Trần Hưng Đạo, TP Hội An, Quảng Nam)"
        if (end := self._site_before_its_unit(k)) is not None:
            return _Item("LOC", k, end, {"kind": None, "name_start": k, "placed": True})  # "ở Lạc Long Quân (Nghĩa Đô, …)"
        if (end := self._route_stop(k)) is not None:
            stop = self._bare_unit(k, end)  # "đoạn Cát Linh - Hà Đông", "từ Ngọc Hồi đến Giáp Bát", "Theo AFP từ La Habana"
            stop.info["stop"] = True
            return stop
        if (t := self.title(k)) is not None and not self._bodiless_relation(k, t[0]):
            end, org_range = t
            ministry = self.title_ministries.get(k)
            return _Item("TITLE", k, end, {"org": org_range, "post": self.title_posts.get(k), "owner": self.title_owners.get(k),
                                           "ministry": ministry if ministry and ministry[2] == end else None})
        if not self._inside_a_capitalised_word(k) and (org := self.organization(k)) is not None:
            return _Item("ORG", k, org[0], org[1])  # not "số 2 Lê Thái Tổ cao 3 tầng": the street's "Tổ" opens no body
        if (end := self._foreign_body(k)) is not None:
            return _Item("ORG", k, end, {})  # "China Southern Airlines", "Almasdar News"
        if (end := self._medium_name(k)) is not None:
            return _Item("ORG", k, end, {})  # "tạp chí Vogue", "kênh truyền hình VTV9": the medium, by its own name
        if (end := self.initials_name(k)) is not None:
            return _Item("PER", k, end)  # "bé Đ. V.T.", "nhờ T.T. B.": a person the press names by initials only
        if self.at("CUE", k) is not None and self.cap(k) and (end := self.admin_unit(k)) is not None \
                and end == k + self.name_length(k) and end > k + 1:
            return self._bare_unit(k, end)  # "tuyến Vân Đồn – Cô Tô": a unit whose name opens with a form of address
        if self._address_inside_name(k):
            return None  # "38B Hai Bà Trưng", "Trà Anh Đông": a capitalised form of address inside a name is a word of it;
            # not "Theo Bà …", nor "… Trung Quốc Ông Hardy Diec" (a sentence that lost its period)
        if self.at("CUE", k) is not None and k > 0 and fold(self.span_text(k - 1, self.at("CUE", k))) in self.rec.address_nouns:
            return None  # "Quý bà Hoà bình": the address is a word of the noun before it, no cue
        if (cue := self.at("CUE", k)) is not None and self._name_not_address(k):
            return None  # "… máy bay Ai Cập rơi Anh Ngọc": a capitalised "Anh" inside a sentence is a name (a byline)
        if (cue := self.at("CUE", k)) is not None and not self.same_line(cue - 1, cue):
            return None  # "… của Luật luật sư" closing a headline, "Đó là …" opening the next paragraph: no name
        if (cue := self.at("CUE", k)) is not None:
            min_len = 2 if fold(self.span_text(k, cue)) in self.rec.full_name_cues else 1  # "tỷ phú Jeff Bezos", not "… Amazon"
            position = fold(self.span_text(k, cue)) in self.rec.position_cues
            if (country := self.at("PLACE", cue)) is not None and self.cap(cue) and self.foreign(country) \
                    and self.name_token(country) and self.same_line(cue, country):
                cue = country  # "Hoàng tử Anh William", "tỷ phú Trung Quốc Jack Ma": the person's country, then the name
            if (pageant := next((cue + n for n in (3, 2, 1) if cue + n <= self.n
                                 and fold(self.span_text(cue, cue + n)) in self.rec.pageant_names
                                 and self.cap(cue) and self.same_line(k, cue + n - 1)), None)) is not None:
                cue = pageant  # "Hoa hậu Trái Đất": the contest's name, then the person's if any ("… Trái Đất 2018 …")
                if (country := self.at("PLACE", cue)) is not None and self.cap(cue) and self.same_line(k, cue):
                    cue = country  # "Hoa hậu Hoàn vũ Việt Nam"
                if not self.name_token(cue) or not self.same_line(k, cue):
                    return None  # "Top 8 Hoa hậu Trái Đất đã trải lòng": the contest alone, no person
            if fold(self.span_text(k, self.at("CUE", k))) in self.rec.pronoun_addresses and self.cap(cue) \
                    and self.folded(cue) in self.rec.birth_order_words and self.same_line(k, cue + 1) \
                    and self.name_length(cue + 1) >= 2 and not self.foreign(cue + 1):
                cue += 1  # "chị Tư Cẩm Ly" (vietnews-001372): the birth order goes with the address, the name follows
            if self.text(cue) in self.rec.show_name_articles and self.same_line(k, cue):
                show = cue + 1
                while show - cue <= MAX_SHOW_NAME_WORDS and self.name_token(show) and self.foreign(show) and self.same_line(cue, show):
                    show += 1
                if show > cue + 1 and (self.person_start(show) or not self.foreign(show) and self.name_token(show)
                                       and self.name_token(show + 1) and self.same_line(show, show + 1)):
                    cue = show  # "HLV The Face Lan Khuê": the show's name, then the person's
                elif fold(self.span_text(k, self.at("CUE", k))) not in self.rec.stage_name_cues:
                    return None  # "Á hậu The Face cho biết": the show's name alone; after a performer's cue it is the
                    # performer's stage name ("Ca sĩ The Weeknd vừa phát hành …")
            if (self.organization(cue) is None or self.person_start(cue) or self.head_in_name(cue)) \
                    and not (self.cap(cue) and self.opens_title(cue)) \
                    and (end := self.person_name(cue, min_len)) is not None:  # not "con trai Phó bí thư Huyện uỷ …"
                if fold(self.span_text(k, self.at("CUE", k))) in self.rec.vietnamese_name_cues \
                        and (end - cue < 2 or any(map(self.foreign, range(cue, end)))):
                    return None  # "giám khảo Giọng hát Việt", "giám khảo Vietnam Idol": a show's name, no person
                if self.cap(k) and self.sent_starts[k] and not self.same_line(end - 1, end) and end - cue <= 2:
                    return None  # "… trong vụ việc này. Anh Minh": a byline closing the article
                # the name after the cue, without it; not "phóng viên Tuổi Trẻ Online". A position's cue, with the show's
                # name after it, is the person's title too ("HLV The Face Lan Khuê", "giám khảo Thanh Mai")
                return _Item("PER", cue, end, {"cue_title": (k, cue)} if position else {})
            if _INITIALS.match(self.text(cue)) and self.text(cue).isupper() and self.same_line(k, cue) \
                    and self.initials_name(cue) is None:
                if self._initials_rest(cue + 1):
                    return _Item("PER", cue, cue + 2)  # "chị M.T. H", "bà N.T. M.C", "thiếu tá P. T.Th.": the whole name
                if len(self.text(cue)) == 2 or not (cue + 1 < self.n and self.same_line(cue, cue + 1)
                                                    and self.cap(cue + 1)):
                    return _Item("PER", cue, cue + 1)  # "chị T.": a person the press names by one initial (or "anh N.H.")
                return None  # "anh N.H. Trung": not the initials without the rest of the name
            if self.name_token(cue) and self.same_line(k, cue) and (
                    self.folded(cue) in self.person_words
                    or fold(self.span_text(k, cue)) in self.rec.pronoun_addresses and not self.cap(k) and not self.starts_other(cue)
                    and self.continues_word(cue + 1) and self.text(cue + 1).islower()
                    and fold(self.span_text(cue, cue + 2)) not in self.rec.people_nouns):  # not "anh Việt kiều này"
                return _Item("PER", cue, cue + 1)  # "Ông Trung nhẩm tính", "em Đăng mang dao …", though the tokenizer joined
                # "Trung nhẩm", "Đăng mang": a name known, or a capital inside a sentence after a form of address
            if position and self._after_title_link(k):
                end = self.at("CUE", k)
                while (m := self.at("MOD_AFTER", end)) is not None and self.same_line(k, m - 1):
                    end = m
                return _Item("TITLE", k, end, {"org": None, "post": None})  # "… với vai trò giám khảo khách mời", "… làm
                # HLV": the position with no name after it, for the person named before the linking words
            if self.folded(k) in self.rec.pronoun_addresses:
                return None  # "Ông" opening a sentence is the form of address, not the rare surname
        if (end := self._aged_name(k)) is not None:
            return _Item("PER", k, end)  # "thấy Trần (23 tuổi) ngồi …", "Mai (28 tuổi) và Bách (4 tuổi)": a name with an age
        if (end := self._foreign_name_said(k)) is not None:
            return _Item("PER", k, end)  # "Jeremy Bash cho hay", "Pavel Mikhailov, nhân viên lãnh sự"
        if self.person_start(k) and fold(self.span_text(k, k + self.name_length(k))) in self.addressed_places:
            return self._bare_unit(k, k + self.name_length(k))  # "Long Bình Tân" of "…, phường Long Bình Tân": no person
        if self.folded(k) in self.rec.hyphened_surnames and self.text(k + 2) in ("-", "–") and self.name_token(k + 1) \
                and (end := self.person_name(k, 2)) is not None and end > k + 3:
            return _Item("PER", k, end)  # "Jo Song - gil", "Thae Yong - ho": a Korean name, no cue needed
        if self.surname_at(k) and (end := self.person_name(k, 2)) is not None \
                and not (k > 0 and _NUMBER.match(self.text(k - 1)) and not self._title_year(k - 1)) \
                and not (k > 0 and _HOUSE_NUMBER.match(self.text(k - 1))) and not self.byline_like(k, end) \
                and not self._glued_byline(k, end) and not (k in self.level_starts and self.admin_unit(k) == end) \
                and self.folded(end - 1) not in self.rec.foreign_place_words \
                and not any(fold(self.span_text(j, k)) in self.rec.vessel_words for j in range(max(0, k - 3), k)) \
                and fold(self.span_text(k, end)) not in self.prize_and_show_names and not self._inside_a_capitalised_word(k) \
                and not self._inside_a_brand(k):
            if (unit := self._unit_opening_name(k, end)) is not None:
                return self._bare_unit(k, unit)  # "Thể thao Hà Nội Tô Văn Động", "người Hà Nội Tất tả": the place, then
                # the next name or word
            return _Item("PER", k, end, {})  # not "217 Phan Bội Châu", "nhà 8B Lê Trực", "căn nhà 66/1 Trần Đại Nghĩa" (an
            # address), not a byline, not a known unit's name after a level word ("Cầu Long Biên 2": the bridge named after the district), nor a site
            # ("FLC Quang Binh Beach & Golf Resort"), nor a vessel ("tàu cao tốc Quang Minh 68"), nor a syllable inside
            # a capitalised word ("NXB ĐH Sư Phạm Hà Nội")
        return None

    @cached_property
    def prize_and_show_names(self) -> set[str]:
        """Names (folded) the article writes right after a word for a prize or a show, maybe in quotes (people_context.yaml
        prize_and_show_words: "giải Mai Vàng", "đêm nhạc “Mai Vàng kết nối”"): the prize's or the show's, not a person's,
        wherever the article writes them."""
        names = set()
        for k in range(1, self.n):
            start = k + 1 if self.texts[k] in ("“", '"') else k
            # (the capital read from its list first: most tokens have none, and no name token opens without one)
            if start < self.n and self.caps[start] and self.name_token(start) and self.same_line(k - 1, start) \
                    and any(k - n >= 0 and self.words(k - n, n) in self.rec.prize_and_show_words for n in (1, 2)):
                names.add(fold(self.span_text(start, start + self.name_length(start))))
        return names

    def _inside_a_capitalised_word(self, k: int) -> bool:
        """Token k continues a word the tokenizer opened with a capitalised syllable after a name, an abbreviation, a
        number or a level word ("ĐH Sư Phạm Hà Nội", "194 Hoàng Văn Thụ", "Maybank Kim Eng", "xã Mỹ Long Bắc"): no
        person's name nor body starts inside that word ("số 2 Lê Thái Tổ cao 3 tầng"). After a plain word the word may be
        a name whose surname is not listed ("Ôn Văn Trọng Đức", "là Ma Hoàng D."); foreign words the tokenizer joins
        ("The Washington Post") are not Vietnamese words."""
        if not (self.continues_word(k) and k >= 2 and self.name_token(k - 1) and self.same_line(k - 2, k)) \
                or self.foreign(k - 1) or self.foreign(k):
            return False
        before = self.text(k - 2)
        return self.name_token(k - 2) or self.acronym(k - 2) or bool(_NUMBER.match(before)) or bool(_HOUSE_NUMBER.match(before)) \
            or k - 1 in self.level_starts

    def _inside_a_brand(self, k: int) -> bool:
        """Token k goes on a run of foreign capitalised words that opens right after a word for a medium or a company
        (language.yaml media_kinds, organisation_words_before) or a body's head in lower case and the lower-case words
        after it ("công ty chứng khoán Maybank Kim Eng", vietnews-018156): a word of that brand's name, though a surname
        ("Kim"), no person's start."""
        s = k
        while s > 0 and self.name_token(s - 1) and self.foreign(s - 1) and self.same_line(s - 1, s):
            s -= 1
        return s < k and self._brand_word_before(s)

    def _brand_word_before(self, k: int) -> bool:
        """A word for a medium or a company (language.yaml media_kinds, organisation_words_before), or a body's head in
        lower case and up to three lower-case words after it ("công ty chứng khoán", "ngân hàng"), ends right before k."""
        if self._media_kind_before(k) or self._after_company_word(k):
            return True
        i = k - 1
        while i >= max(0, k - 4) and self.text(i).isalpha() and self.text(i).islower() and self.same_line(i, k):
            if (head := self.org_head(i)) is not None and head <= k:
                return True
            i -= 1
        return False

    def _place_mentioned(self, k: int, end: int) -> int | None:
        """End of the name at k..end, with the number after it when the article wrote them so after a level word ("kè
        Thạnh Đức 1" after "thôn Thạnh Đức 1", vietnews-019139), when it is a place the article named so before
        (``place_mentions``); None otherwise."""
        if _NUMBER.match(self.text(end)) and self.same_line(k, end) and fold(self.span_text(k, end + 1)) in self.place_mentions:
            return end + 1
        if self.foreign(end - 1) and (word := self.particle_end(end)) is not None \
                and fold(self.span_text(k, word + 1)) in self.place_mentions:
            return word + 1  # "giải phóng Deir ez - Zor" after "thành phố Deir ez - Zor" (vietnews-006446)
        return end if fold(self.span_text(k, end)) in self.place_mentions else None

    def _foreign_place_placed(self, k: int) -> int | None:
        """End of one to three foreign capitalised words at k, no known place or body, right after a locative word
        (place_prepositions.tsv: "tại", "ở") and before the known country, state or province they lie in, in a bracket or
        after a comma ("tại Salisbury (Anh)", vietnews-004981; "ở Bethesda, Maryland", vietnews-009357): a place abroad no
        list holds. None otherwise."""
        if k == 0 or self.folded(k - 1) not in self.rec.locatives or not self.same_line(k - 1, k) \
                or self.at("PLACE", k) is not None or self.at("ORG_KNOWN", k) is not None:
            return None
        end = k + 1 if self.text(k) in self.rec.foreign_title_articles and self.name_token(k + 1) and self.foreign(k + 1) \
            and self.same_line(k, k + 1) else k  # "tại The Hague, Hà Lan" (vietnews-009145): a name the article opens
        while end - k < 3 and self.name_token(end) and self.foreign(end) and self.same_line(k, end):
            end += 1
        if end == k or self.name_token(end) or not self.same_line(k, end + 1) \
                or (place := self.at("PLACE", end + 1)) is None or not self.cap(end + 1) \
                or self.rec.places.get(fold(self.span_text(end + 1, place))) not in self.rec.outer_place_kinds:
            return None
        if self.text(end) == "(" and self.text(place) == ")" or self.text(end) == "," and not self.name_token(place):
            return end
        return None

    def _bracketed_after_place(self, k: int, end: int) -> bool:
        """The name at k..end is alone in a bracket right after a place: a known place, a name a level word opens, or a
        name after a locative word ("tại Salisbury (Anh)", vietnews-004981): the country or province that place lies
        in, though its name is also a common word ("anh")."""
        if k < 2 or self.text(k - 1) != "(" or self.text(end) != ")" or not self.same_line(k - 2, end):
            return False
        start = k - 2
        while start > 0 and k - 2 - start < MAX_NAME_SYLLABLES and self.name_token(start - 1) and self.same_line(start - 1, k):
            start -= 1
        if not self.name_token(start) or not self.name_token(k - 2):
            return False
        return self.at("PLACE", start) == k - 1 or self.admin_unit(start) == k - 1 \
            or start in self.level_starts and self.level_word(self.level_starts[start]) \
            or start > 0 and self.folded(start - 1) in self.rec.locatives and self.same_line(start - 1, start)

    def _unit_opening_name(self, k: int, end: int) -> int | None:
        """End of a known unit's name ("Hà Nội") that opens the run of capitalised syllables k..end read as a person's,
        when the rest is another full name ("Sở Văn hoá, Thể thao Hà Nội Tô Văn Động", vietnews-019736) or one syllable
        opening a common word ("người Hà Nội Tất tả dọn hàng", vietnews-013153); None otherwise."""
        unit = self.admin_unit(k)
        if unit is None and (country := self.at("PLACE", k)) is not None and k < country <= end - 2 \
                and self.rec.places.get(fold(self.span_text(k, country))) == "country":
            return country  # "đẹp nhất Thái Lan Nong Poy" (vietnews-001483): a country, then a name of two words
        if unit is None or not k < unit < end:
            return None
        if end - unit >= 2 and self.person_start(unit) \
                or end - unit == 1 and self.continues_word(end) and self.text(end).isalpha() and self.text(end).islower():
            return unit
        return None

    def _glued_level(self, k: int, end: int) -> bool:
        """The level word k..end ends a word the tokenizer joined and place_lists.yaml glued_levels lists ("xuống đường"),
        and a capitalised name follows: the level word of that name."""
        start = k
        while start > 0 and self.continues_word(start):
            start -= 1
        return self.cap(end) and fold(self.span_text(start, end)) in self.rec.glued_levels

    def _phrase_before(self, k: int, phrases: Phrases) -> bool:
        """One of the phrases (tuples of folded words) ends right before k, on its line: a noun a country's name qualifies
        ("người Anh", "liên quân Nga"), a word that names a law ("Luật Tổ chức Chính phủ")."""
        # (the folds sliced, not asked token by token; past the text's end no line holds k)
        return k < self.n and any(k - n >= 0 and tuple(self.folds[k - n : k]) in phrases and self.same_line(k - n, k)
                                  for n in phrases.lengths)

    def _main_road(self, k: int) -> _Item | None:
        """The name of a road written after its level word and a modifier ("đường chính Nguyễn Hữu Thọ", place_lists.yaml
        road_modifiers), as a road written alone (the modifier is no word of its name); after a number or a plural word
        ("hai trục đường chính …") it opens a list of streets."""
        if (lvl := self.at("LEVEL", k)) is None or not self.level_word(k) or self.level_kind(k, lvl) not in self.rec.road_kinds \
                or self.folded(lvl) not in self.rec.road_modifiers or not self.same_line(k, lvl + 1) \
                or (end := self.place_name(lvl + 1, people_names=fold(self.span_text(k, lvl)) in self.rec.people_named_levels)) is None:
            return None
        plural = any(k - n >= 0 and self.folded(k - n) in self.rec.plural_markers and self.same_line(k - n, k) for n in (1, 2))
        return _Item("LOC", lvl + 1, end, {"kind": self.level_kind(k, lvl), "name_start": lvl + 1, "road": True,
                                           "street_listed": plural, "closing_list": plural})

    def _foreign_name_said(self, k: int) -> int | None:
        """End of two to four capitalised words at k, one foreign at least, no known place or body, that the words after them show to
        be a person's name (people_context.yaml): a verb of saying, maybe after a comma ("Jeremy Bash cho hay"), or an
        apposition after a comma or a dash opening with a word for a person ("Tron Cheblar, nhà nghiên cứu …") or with an
        office ("Ian Bremmer, Chủ tịch Eurasia Group"); also right after a country's name when every word is foreign
        ("quan chức Bộ Quốc phòng Mỹ Jeremy Bash cho hay"); None otherwise."""
        end = k
        while end - k < 4 and self.name_token(end) and self.same_line(k, end):
            end += 1
        if end - k < 2:
            return None  # (the cheap test first)
        after_place = any(self.at("PLACE", j) == k for j in range(max(0, k - 3), k))  # "Bộ Quốc phòng Mỹ Jeremy Bash"
        if self.folded(k) in self.rec.function_words or k in self.level_starts \
                or any(self.folded(i) in self.rec.pronoun_addresses for i in range(k, k + self.name_length(k))) \
                or k > 0 and _NUMBER.match(self.text(k - 1)) and not self._title_year(k - 1) \
                or self._after_thing_word(k) or self._brand_word_before(k) or k > 0 and self.same_line(k - 1, k) and (
                self.acronym(k - 1) or self.name_token(k - 1) and not after_place and not self._opens_foreign_name(k - 1)):
            return None  # the name opens after "Theo" or "Việc" opening a sentence, holds no form of address ("Trung Quốc
            # Ông Hardy Diec", a sentence that lost its period, vietnews-018407), follows no number ("6 Pack Band, nói", a
            # band, vietnews-011075), is not inside a longer capitalised run,
            # nor after a level word or a word for a place, work or body ("căn cứ Fort Carson"), a medium or a company
            # ("công ty chứng khoán Maybank Kim Eng", vietnews-018156)
        if end - k >= 3 and self._opens_foreign_name(k) or not (all if after_place else any)(map(self.foreign, range(k, end))) or self.name_token(end) \
                or self.text(k) in self.rec.show_name_articles \
                or self.folded(end - 1) in self.rec.foreign_place_words or self.folded(end - 1) in self.rec.foreign_body_words and self.same_line(k, end) or self.acronym(end) \
                or any(self.at("PLACE", j) is not None or self.at("ORG_KNOWN", j) is not None for j in range(k, end)):
            return None
        j = end + 1 if self.text(end) in (",", "-", "–") else end
        if not self.same_line(k, j + 1) or self._alias_in_brackets(k, end):
            return None
        if self.text(end) == "," and self.text(j).isdigit() and self.folded(j + 1) in self.rec.age_words:
            return end  # "Wa Lone, 32 tuổi và Kyaw Soe Oo, 28 tuổi" (vietnews-010224): an age in apposition
        words = {fold(self.span_text(j, j + n)) for n in (1, 2, 3) if j + n <= self.n}
        if not self.cap(j) and (words & self.rec.foreign_said and self.text(end) != "-" and self.text(end) != "–"
                                or j > end and words & self.rec.foreign_appositions):
            return end  # "Jeremy Bash cho hay", "…, Sergey Chemezov, cho biết", "Thomas Fuller – nhà sử học người Anh"
        if j > end and self.cap(j) and self.title(j) is not None and self.at("ORG_KNOWN", j) is None:
            return end  # "Ian Bremmer, Chủ tịch Eurasia Group, là người …": an office in apposition
        return None

    def _alias_in_brackets(self, k: int, end: int) -> bool:
        """The words k..end stand elsewhere in brackets right after a name ("Lê Thảo Linh (Lin Jay)",
        vietnews-001770): another name of that person, no person of its own."""
        words, n = self.texts[k:end], end - k
        return any(self.texts[i:i + n] == words and self.text(i + n) == ")" and self.name_token(i - 2)
                   for i in self._after_brackets if 2 <= i < self.n - n)

    @cached_property
    def _after_brackets(self) -> list[int]:
        """The positions of the tokens right after an opening bracket (found once: ``_alias_in_brackets`` asks often)."""
        return [i for i in range(1, self.n) if self.texts[i - 1] == "("]

    def _opens_foreign_name(self, k: int) -> bool:
        """Capitalised token k opening a run is a word before a foreign name, not its first word: a function word
        ("Theo Pavel Sudoplatov") or a Vietnamese word that is no surname ("Việc Kim Kardashian nói")."""
        if k > 0 and self.name_token(k - 1) and self.same_line(k - 1, k):
            return False
        word = self.folded(k)
        return word in self.rec.function_words or not self.foreign(k) and word not in self.rec.surnames

    def _title_year(self, k: int) -> bool:
        """Token k is a year that closes a contest's or award's name before a person's ("Á vương người Việt thế giới 2017
        Phan Ngọc Luân", "Hoa hậu Việt Nam 2016 Đỗ Mỹ Linh"), not a house number ("số 2017", "nhà 217 Phan Bội Châu")."""
        return _YEAR.fullmatch(self.text(k)) is not None and k > 0 and self.folded(k - 1) not in self.rec.house_number_words

    def _opening_function_word(self, k: int) -> bool:
        """Token k opens a sentence and is a function word (language.yaml function_words: "Với", "Theo"), capitalised
        there only by its place, no word of a name."""
        return self.sent_starts[k] and self.folded(k) in self.rec.function_words

    def _foreign_body(self, k: int) -> int | None:
        """End of a run of foreign capitalised words or abbreviations at k whose last word names a kind of body
        ("Airlines", "News", "Group": language.yaml foreign_body_words), or of one word that ends with such a kind
        ("Vietcombank"), not in a credit; None otherwise."""
        if k > 0 and (self.name_token(k - 1) and not self._opening_function_word(k - 1) or self.acronym(k - 1)
                      or self.text(k - 1) == ":") and self.same_line(k - 1, k):
            return None  # not "Video: Next Media" (a credit); but "Với Vietjet Air, 8 chuyến bay …" (vietnews-021547)
        word = self.folded(k)
        if self.foreign(k) and not self.name_token(k + 1) and any(
                len(word) > n + 1 and word[-n:] in self.rec.foreign_body_words for n in self.rec.foreign_body_word_lengths):
            return k + 1  # one word with the kind glued on: "Vietcombank", "Agribank", "Vingroup", "VnExpress"
        j = k
        while j - k < 5 and self.same_line(k, j) and (self.name_token(j) and self.foreign(j) or self.acronym(j)):
            j += 1
            if j - k >= 2 and self.folded(j - 1) in self.rec.foreign_body_words \
                    and not (self.name_token(j) and self.same_line(k, j)):
                return j
        return None

    def bare_references(self, items: list[_Item]) -> list[_Item]:
        """Add later references by given name alone ("Tuyết tiếp tục …", "Tuấn Tú trước đó …") to people
        named in full elsewhere in the article: a name that stands alone, outside every other entity, and no syllable of
        an organisation head that goes on after it ("Văn phòng" after "Thái Anh Văn": the office, not "Văn")."""
        given: set[str] = set()
        for it in items:
            if it.label == "PER" and it.end - it.start >= 2:
                given.add(self.folded(it.end - 1))
                if it.end - it.start == 2 and not any(map(self.foreign, range(it.start, it.end))) \
                        and self.folded(it.start) not in self.rec.surnames \
                        and gazetteer.name_key(self.span_text(it.start, it.end)) not in self.rec.known_place_names:
                    given.add(fold(self.span_text(it.start, it.end)))  # "Lan Khuê" again, named after a cue first; not
                    # "Mê Linh là vựa hoa …" after "Chị Mê Linh": a known place's name written alone is the place
                if it.end - it.start >= 3 and gazetteer.name_key(self.span_text(it.end - 2, it.end)) not in self.rec.known_place_names:
                    given.add(fold(self.span_text(it.end - 2, it.end)))  # not "Hoàng Sa" of "anh Nguyễn Hoàng Sa": written
                    # alone ("Nhà trưng bày Hoàng Sa", "hải chiến Hoàng Sa"), a known place's name is the place
                if self.foreign(it.start) or "alias_of" in it.info:
                    given.add(self.folded(it.start))  # "Saman" for "Saman Kunan"; "Lin" for "Lê Thảo Linh (Lin Jay)"
                    # (vietnews-001770): the person's other name, a stage name in Western order
                elif self.folded(it.start) in self.rec.family_first_names and all(
                        self.romanised(j) for j in range(it.start + 1, it.end) if self.text(j) not in ("-", "–")) \
                        or self.folded(it.start) in self.rec.hyphened_surnames and "-" in self.span_text(it.start + 1, it.end):
                    given.add(self.folded(it.start))  # "Hong" for "Hong Min": a Korean or Chinese family name; "Kim nói" for
                    # "Kim Jong-un", "Kim Min - ki" (vietnews-006395, -011652): a Korean one before a hyphened given name
            elif it.label == "PER" and self.foreign(it.start):
                given.add(self.folded(it.start))  # "Tổng thống Putin" after "của ông Putin Dmitry Peskov"
        if not given:
            return items
        covered = {k for it in items for k in range(it.start, it.end)}
        extra = []
        for k in self.capitalised:
            if k in covered or not self.name_token(k) or k > 0 and self.name_token(k - 1) and self.same_line(k - 1, k) \
                    and (self.folded(k - 1) not in self.rec.function_words | self.rec.bare_name_openers
                         or fold(self.span_text(k - 1, k + 1)) in given) or self._phrase_before(k, self.rec.family_nouns):
                continue  # not the last word of a longer run ("Như Thuỳ"); "Theo Schilling, …", "Còn Khoa là …" are references;
                # not a family's name ("gia tộc họ Kim")
            for n in (2, 1):
                end = k + n
                if self.name_length(k) == n and fold(self.span_text(k, end)) in given \
                        and not any(j in covered for j in range(k, end)) and (self.org_head(k) or 0) <= end \
                        and not (n == 1 and self.folded(k) in self.rec.pronoun_addresses
                                 and not any(self.at("CUE", k - m) == k for m in (1, 2, 3) if k - m >= 0)):
                    # a given name that is a form of address ("Anh" of "Nguyễn Tuấn Anh") is one only after a cue
                    # ("đối tượng Anh"); alone it addresses ("Anh H. phải cắt bỏ …", "Anh em cũng …")
                    a, b = self.chars(k, end)
                    if self.doc._.in_body(a, b):
                        extra.append(_Item("PER", k, end))
                    break
        return sorted(items + extra, key=lambda it: it.start)

    def initial_references(self, items: list[_Item]) -> list[_Item]:
        """Add later references by a lone initial ("A., Nh., D. đã to tiếng chửi bới", "bị D. giật mũ", vietnews-003022)
        to the one person named in full elsewhere whose name ends with that initial ("Phạm Hữu A."): not when two names
        end so, nor inside another entity, nor in a run of initials ("T. T. H."), nor after a colon (a photo credit,
        "Ảnh: A.")."""
        ends = Counter(self.text(it.end - 1) for it in items if it.label == "PER" and it.end - it.start >= 2)
        alone = {t for t, n in ends.items() if n == 1 and _INITIALS.match(t) and len(t) == 2}
        if not alone:
            return items
        covered = {k for it in items for k in range(it.start, it.end)}
        extra = []
        for k in range(self.n):
            if self.text(k) not in alone or k in covered or k > 0 and (self.text(k - 1) == ":" or _INITIALS.match(self.text(k - 1))
                                                                        and self.same_line(k - 1, k)) \
                    or k + 1 < self.n and _INITIALS_REST.match(self.text(k + 1)) and self.text(k + 1)[0].isupper() \
                    and self.same_line(k, k + 1):
                continue
            a, b = self.chars(k, k + 1)
            if self.doc._.in_body(a, b):
                extra.append(_Item("PER", k, k + 1))
        return sorted(items + extra, key=lambda it: it.start) if extra else items

    def countries_named_again(self, items: list[_Item]) -> list[_Item]:
        """Add a country whose name is also a common word or given name (countries.tsv needs_context=yes: "Mỹ", "Nga")
        written alone where the article names that country as a place elsewhere ("tàu chiến Mỹ", "Nga can thiệp bầu cử
        Mỹ" after "Tổng thống Mỹ", "tại Nga"): outside every other entity, no word of a person's name the article gives
        ("chị Nga"), no form of address ("Anh ấy"), not inside a run of capitalised words ("Mỹ Tho", "Nga Sơn")."""
        named = {fold(self.span_text(it.start, it.end)) for it in items if it.label == "LOC"} & self.rec.context_places
        if not named:
            return items
        covered = {k for it in items for k in range(it.start, it.end)}
        person_words = {self.folded(k) for it in items if it.label == "PER" for k in range(it.start, it.end)}
        extra = []
        for k in self.capitalised:
            end = self.at("PLACE", k)
            if end is None or any(j in covered for j in range(k, end)) or fold(self.span_text(k, end)) not in named \
                    or self._country_no_place(k) is not None \
                    or any(self.folded(j) in person_words for j in range(k, end)) or self.at("CUE", k) is not None \
                    or (before := self._before_marks(k)) >= 0 and self.same_line(before, k) and self.name_token(before) \
                    or self.same_line(end - 1, end) and (self.name_token(end) or self.continues_word(end)):
                continue
            if self.doc._.in_body(*self.chars(k, end)):  # of its kind in countries.tsv ("Ả Rập" is a region)
                kind = self.rec.places.get(fold(self.span_text(k, end)), "country")
                extra.append(_Item("LOC", k, end, {"kind": kind, "name_start": k}))
        return sorted(items + extra, key=lambda it: it.start) if extra else items

    def _before_marks(self, k: int) -> int:
        """The token before k past any made of combining marks alone ("T X.Phu ́ Mỹ", vietnews-014850: Phú's accent
        split off), or -1."""
        j = k - 1
        while j >= 0 and self.same_line(j, k) and all(map(unicodedata.combining, self.text(j))):
            j -= 1
        return j

    def bracketed_short_forms(self, items: list[_Item]) -> list[_Item]:
        """A one-word name in brackets right after an organisation, an abbreviation or a foreign word that is no
        place ("Ngân hàng TMCP Đại Dương (OceanBank)", "… đường cao tốc BIDV (BECD)"), or an acronym of the name before it
        in brackets inside the name, is the body's short form: an organisation there and wherever else it stands alone
        in the article (``self.short_forms``)."""
        covered = {k for it in items if it.label != "ORG" for k in range(it.start, it.end)}
        for body in (it for it in items if it.label == "ORG"):
            bracket = body.end
            if self.text(bracket) in ("-", "–") and self.text(bracket + 1) in self.rec.opening_abbreviations:
                bracket += 2  # "Tổng công ty Thép Việt Nam - CTCP (VNSTEEL)": the company's legal form, then its short form
            bracket += next((len(q) for q in self.rec.name_qualifiers_after
                             if tuple(self.folded(i) for i in range(bracket, bracket + len(q))) == q), 0)  # "… tự xưng (IS)"
            k = bracket + 1
            if self.text(bracket) == "(" and self.text(k + 1) == ")" and self.same_line(body.end, k + 1) \
                    and k not in covered and self.at("PLACE", k) is None \
                    and (self.acronym(k) or self.name_token(k) and self.foreign(k)) \
                    and not (body.start >= 2 and self.text(body.start - 1) in ("-", "–") and self.name_token(body.start - 2)
                             and self.same_line(body.start - 2, body.start)):  # "Việt Nam - Liên minh châu Âu (EVFTA)": the
                # short form of a treaty between the two (vietnews-014605)
                self.short_forms.setdefault(self.texts[k], body)
            elif self.text(bracket) == "(" and (code := self.unit_code_end(k)) is not None and self.text(code) in (")", ",") \
                    and self.same_line(body.end, code) and k not in covered:
                self.short_forms.setdefault(self.span_text(k, code), body)  # "Phòng Cảnh sát hình sự (PC 02)", "(PC 45,
                # Công an tỉnh Đồng Nai)" (vietnews-016986): its parent after the comma
            for k in range(body.start + 2, body.end - 2):  # "Viện Kiểm sát nhân dân (VKS) TP Hoà Bình" (vietnews-003393):
                if self.text(k - 1) == "(" and self.text(k + 1) == ")" and self.acronym(k) \
                        and fold(self.texts[k][:1]) == self.folded(body.start)[:1]:  # the whole name's initials, not its
                    self.short_forms.setdefault(self.texts[k], body)  # fields' ("Uỷ ban An toàn giao thông (ATGT) quốc gia")
        self._short_forms_of_bodies_named_inside(items, covered)
        if not self.short_forms:
            return items
        taken = {k for it in items for k in range(it.start, it.end)}
        extra = [_Item("ORG", k, end, {}) for k, t in enumerate(self.texts)
                 if (end := self._short_form_end(k)) is not None and not taken.intersection(range(k, end))
                 and self.doc._.in_body(*self.chars(k, end))]
        return sorted(items + extra, key=lambda it: it.start)

    def _short_form_end(self, k: int) -> int | None:
        """End of a short form of ``self.short_forms`` written at k: one word, or a unit's code ("PC 02"); None otherwise."""
        if self.texts[k] in self.short_forms:
            return k + 1
        end = self.unit_code_end(k)
        return end if end is not None and end > k + 1 and self.span_text(k, end) in self.short_forms else None

    def cited_sources(self, items: list[_Item]) -> list[_Item]:
        """Add the sources a report cites by a foreign name or an abbreviation alone ("Theo Ettoday, …", "…, theo
        Xinhua.", "Cũng theo OIE, …"; language.yaml source_words): one to three such words, a web domain glued on
        ("News.com.au"), right after a citing word that opens its clause, closing the clause themselves, outside every
        other entity; no place, no kind word alone ("theo News."), no word of a person's name the article gives ("Theo
        Trump," after "Donald Trump"), not a credit in brackets ("(Theo Reuters)"), nor what an act is done by ("thực
        thi theo Farm Bill, …")."""
        covered = {k for it in items for k in range(it.start, it.end)}
        person_words = {self.folded(k) for it in items if it.label == "PER" for k in range(it.start, it.end)}
        extra = []
        for k in range(1, self.n):
            if self.folds[k - 1] not in self.rec.source_words or k in covered or not self.same_line(k - 1, k) \
                    or self.at("PLACE", k) is not None or self._credit_before(k) or not self._citing_word_opens_clause(k - 1):
                continue
            j = k
            while j - k < 3 and j not in covered and self.same_line(k, j) \
                    and (self.foreign(j) and self.name_token(j) or self.acronym(j) and len(self.text(j)) > 1):
                j += 1
            while j > k and self.text(j) == "." and self._glued(j) and self._glued(j + 1) and self.text(j + 1).islower():
                j += 2  # "News.com.au"
            if j > k and self.same_line(k, j) and self.text(j) in (",", ".") \
                    and not (j == k + 1 and self.folded(k) in self.rec.foreign_body_words) \
                    and not any(self.folded(i) in person_words for i in range(k, j)) \
                    and self.doc._.in_body(*self.chars(k, j)):
                extra.append(_Item("ORG", k, j, {}))
        return sorted(items + extra, key=lambda it: it.start) if extra else items

    def _citing_word_opens_clause(self, k: int) -> bool:
        """The citing word at k opens a clause: first on its line, after a punctuation mark, or after "cũng" that does."""
        if k > 0 and self.folded(k - 1) == "cũng":
            k -= 1
        return k == 0 or not self.same_line(k - 1, k) or not self.text(k - 1).isalnum()

    def _glued(self, k: int) -> bool:
        """Token k is written right after token k - 1, no space between ("News" "." "com.au")."""
        return 0 < k < self.n and self.chars(k - 1, k)[1] == self.chars(k, k + 1)[0]

    def _short_forms_of_bodies_named_inside(self, items: list[_Item], covered: set[int]) -> None:
        """An acronym in brackets after the words its initials spell, one per syllable, that the article names as an
        organisation elsewhere, is that body's short form (``self.short_forms``): "Luật kiểm toán nhà nước (KTNN)", the law
        of "Kiểm toán Nhà nước" (vietnews-018030), then "Dự luật cho phép KTNN …"."""
        bodies = {fold(self.span_text(it.start, it.end)): it for it in items if it.label == "ORG"}
        for k in range(1, self.n - 1):
            t = self.texts[k]
            if self.texts[k - 1] == "(" and self.texts[k + 1] == ")" and t not in self.short_forms and k not in covered \
                    and len(t) >= 2 and t.isalpha() and self.acronym(k) and k - 1 - len(t) >= 0:
                start = k - 1 - len(t)
                if "".join(self.text(i)[:1] for i in range(start, k - 1)).upper() == t and self.same_line(start, k + 1) \
                        and (body := bodies.get(fold(self.span_text(start, k - 1)))) is not None:
                    self.short_forms[t] = body

    def names_a_short_form_ends(self, items: list[_Item]) -> list[_Item]:
        """A two-word name with no surname ("Hoài Lâm", a stage name), written twice or more outside every entity, whose
        last word is a person's name after a cue elsewhere ("anh Lâm"): the person's full name, so "Lâm" is a short form
        of it."""
        singles = {self.texts[it.start] for it in items if it.label == "PER" and it.end - it.start == 1} \
            - {self.texts[it.end - 1] for it in items if it.label == "PER" and it.end - it.start >= 2}  # not "ông Khanh"
        # after "Hoàng Văn Khanh" (then "tiệm vàng Ngọc Khanh" is his shop)
        if not singles:
            return items
        covered = {k for it in items for k in range(it.start, it.end)}
        runs: dict[str, list[int]] = {}
        for k in range(1, self.n - 1):
            if self.texts[k + 1] in singles and k not in covered and k + 1 not in covered and self.name_token(k) \
                    and self.same_line(k, k + 1) and not self.foreign(k) and self.folded(k) not in self.rec.surnames \
                    and not (self.name_token(k - 1) and self.same_line(k - 1, k)) and not self.name_token(k + 2) \
                    and not self.starts_other(k) and self.at("PLACE", k) is None and self.admin_unit(k) is None \
                    and not self.sent_starts[k] and self.doc._.in_body(*self.chars(k, k + 2)):
                runs.setdefault(self.span_text(k, k + 2), []).append(k)
        person = lambda k: self._person_context(k, k + 2) or any(  # noqa: E731
            self.words(k - n, n) in self.rec.stage_name_words_before or self.words(k + 2, n) in self.rec.stage_name_verbs_after
            for n in (1, 2) if k - n >= 0)
        # a person stands at one occurrence and a company at none: not "làm việc tại Hòa Phát … rời Hòa Phát"
        extra = [_Item("PER", k, k + 2) for starts in runs.values() if len(starts) >= 2
                 and any(map(person, starts)) and not any(map(self._after_company_word, starts)) for k in starts]
        return sorted(items + extra, key=lambda it: it.start) if extra else items

    def stage_names_said(self, items: list[_Item]) -> list[_Item]:
        """A two-word name with no surname ("Thiên Khôi", a stage name), written twice or more outside every entity, that
        opens a clause before a verb of saying at one occurrence ("Thiên Khôi chia sẻ: …", vietnews-001285 in
        corpus/entities8) and follows no word for a company at any (people_context.yaml, language.yaml): a person."""
        covered = {k for it in items for k in range(it.start, it.end)}
        named = [{self.folded(j) for j in range(it.start, it.end)} for it in items if it.label == "PER" and it.end - it.start > 2]
        runs: dict[str, list[int]] = {}
        for k in self.capitalised:
            if k < self.n - 1 and k not in covered and k + 1 not in covered and self.name_token(k) and self.name_token(k + 1) \
                    and self.same_line(k, k + 1) and not self.name_token(k + 2) and self.folded(k) not in self.rec.surnames \
                    and not (k > 0 and self.name_token(k - 1) and self.same_line(k - 1, k)) and not self.starts_other(k) \
                    and self.at("PLACE", k) is None and self.admin_unit(k) is None and self.doc._.in_body(*self.chars(k, k + 2)):
                runs.setdefault(self.span_text(k, k + 2), []).append(k)
        verbs = self.rec.person_verbs_after | self.rec.stage_name_verbs_after | self.rec.foreign_said
        said = lambda k: (k == 0 or self.sent_starts[k] or not self.same_line(k - 1, k)  # noqa: E731
                          or self.text(k - 1) in (",", ":", '"', "“")) and any(self.words(k + 2, n) in verbs for n in (1, 2, 3))
        extra = [_Item("PER", k, k + 2) for starts in runs.values() if len(starts) >= 2
                 and any(map(said, starts)) and not any(map(self._after_company_word, starts)) and not self._alias_in_brackets(starts[0], starts[0] + 2)
                 and not any({self.folded(starts[0]), self.folded(starts[0] + 1)} <= words_of for words_of in named)
                 for k in starts]  # not "Lin Jay" of "Lê Thảo Linh (Lin Jay)", nor "Bảo Ngọc" of "Lư Bảo Hoàng Ngọc"
        return sorted(items + extra, key=lambda it: it.start) if extra else items

    def foreign_names(self, items: list[_Item]) -> list[_Item]:
        """Add foreign full names no cue announces ("Fumio Kishida", "Saman Kunan"): runs of two or three foreign
        capitalised words, outside every other entity, right after a title (and its body's abbreviation in brackets:
        "cựu tổng thư ký Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) Anders Fogh Rasmussen", vietnews-008813), or whose
        last word is also a person's name on its own
        ("ông Kishida"), ends another such run ("Valeepoan Kunan", "Saman Kunan"), stands alone elsewhere
        (``_alone_words``), or that stand where a person does (``_person_context``). Not a thing's name: opening with a word
        for a thing ("Ôtô Mercedes", vietnews-020111), after one or written after one elsewhere ("tàu tuần duyên Cutter
        Bertholf", vietnews-004880), unless it stands where a person does."""
        covered = {k for it in items for k in range(it.start, it.end)}
        singles = {self.folded(it.start) for it in items if it.label == "PER" and it.end - it.start == 1}
        runs: dict[str, list[tuple[int, int]]] = {}
        k = 0
        while k < self.n:
            if not self.caps[k] or k in covered:  # no run opens at a lower-case or covered token: most tokens
                k += 1
                continue
            j, words = k, 0
            while j < self.n and words < 3 and j not in covered and self.same_line(k, j):
                if self.foreign(j) and self.name_token(j):
                    j, words = j + 1, words + 1
                elif words and (after := self.particle_end(j)) is not None and after not in covered:
                    j = after  # "Bashar al - Assad"
                elif words and self._middle_initial(j) and j + 1 not in covered:
                    j += 1  # "Bandy X. Lee" (vietnews-009357)
                else:
                    break
            start = k + 1 if words == 3 and j == k + 3 and (self.at("PLACE", k) == k + 1 or self._addressed_elsewhere(k + 1, j)) \
                else k  # "Lebanon Salem Zahran"; "Catalonia Carles Puigdemont" after "Ông Carles Puigdemont"
            if j - start >= 2 and not (k > 0 and k - 1 not in covered and k not in self.place_ends and self.cap(k - 1)
                                       and self.same_line(k - 1, k)) \
                    and not (self.cap(j) and self.same_line(k, j)) and self.folded(j - 1) not in self.rec.foreign_body_words \
                    and self.folded(j - 1) not in self.rec.foreign_place_words and not self._in_a_title(start, j) \
                    and self.folded(start) not in self.rec.foreign_not_after \
                    and not ((self._after_thing_word(start) or self._names_a_thing(start, j)) and not self._person_context(start, j)):
                # not "Ocean Park", "Alcazar Garden", nor "tàu tuần duyên Cutter Bertholf" nor that name elsewhere (but
                # "Nhà làm phim Michael Moore, người chỉ trích …")
                runs.setdefault(self.folded(j - 1), []).append((start, j))
            k = j if j > k else k + 1
        after_title = {it.end for it in items if it.label == "TITLE"}
        after_title |= {it.end + 1 for it in items if it.label == "ORG" and it.start - 1 in after_title
                        and self.text(it.start - 1) == "(" and self.text(it.end) == ")"}  # "… Bắc Đại Tây Dương (NATO)"
        extra, alone = [], None
        for last, found in runs.items():
            firsts = {self.folded(a) for a, _ in found}
            named = last in singles or len(firsts) > 1 or any(self._person_context(a, b) or a in after_title for a, b in found)
            if not named and all(b - a == 2 for a, b in found):  # no "al -", "de"
                alone = self._alone_words(covered) if alone is None else alone
                named = last in alone
            if named:
                extra += [_Item("PER", a, b) for a, b in found if self.doc._.in_body(*self.chars(a, b))]
        return sorted(items + extra, key=lambda it: it.start)

    def suffix_periods(self, items: list[_Item]) -> list[_Item]:
        """A name ending with a generational suffix written with a period (language.yaml name_suffixes: "Jr.", "Sr.")
        keeps that period: "Donald Trump Jr." (vietnews-008846), as the gold writes "Perfecto Yasay Jr."."""
        for it in items:
            if it.label == "PER" and it.end - it.start >= 2 and it.end < self.n and self.text(it.end) == "." \
                    and self.starts[it.end] == self.ends[it.end - 1] and f"{self.folded(it.end - 1)}." in self.rec.name_suffixes:
                it.end += 1
        return items

    def words_before_given_names(self, items: list[_Item]) -> list[_Item]:
        """Drop the first word of a foreign name of three words or more whose second word is a given name that only opens
        names (foreign_given_names.tsv, stands_second=no) and whose first is no given name: that word closes the phrase
        before the name ("người phát ngôn của ông Putin Dmitry Peskov", "Chủ tịch Uỷ ban Olympic Thomas Bach", "cựu thủ
        hiến Catalonia Carles Puigdemont") or is a style ("Sir Malcolm Rifkind"). After a form of address that word is
        a person's name of its own ("của ông Putin Dmitry Peskov": Putin's spokesman)."""
        extra = []
        for it in items:
            if it.label == "PER" and it.end - it.start >= 3 and self.foreign(it.start) \
                    and self.folded(it.start) not in self.rec.foreign_given_names \
                    and self.folded(it.start + 1) in self.rec.opening_given_names and self.name_token(it.start + 1):
                if any(self.words(it.start - n, n) in self.rec.pronoun_addresses for n in (1, 2) if it.start - n >= 0):
                    extra.append(_Item("PER", it.start, it.start + 1))
                it.start += 1
        return sorted(items + extra, key=lambda it: it.start) if extra else items

    def given_named(self, items: list[_Item]) -> list[_Item]:
        """Add foreign names that open with a common given name (foreign_given_names.tsv: "Michael Kovrig", "Catriona
        Gray", "George W. Bush"), no cue needed: two words or more read as ``person_name`` reads them, one foreign at
        least, outside every other entity, with a double-barrelled family name after a dash ("Stephen Yale - Loehr"). Not
        inside a longer capitalised run ("San Luis Obispo"; a function word or a Vietnamese one opening the sentence may go
        before: "Theo Peter Taksoe - Jensen", "Khi Andrew Shear"), nor
        after a word for a place, work or body ("toà nhà Ronald Reagan"), nor a site's or body's name ("Marina Bay
        Sands", "… Group"), nor a vessel's or model's name with its number ("Adrian Darya 1"), nor part of a band's or work's
        name (``_in_a_title``)."""
        covered = {k for it in items for k in range(it.start, it.end)}
        extra = []
        for k, word in enumerate(self.folds):
            if word not in self.rec.foreign_given_names or k in covered or not self._opens_name_run(k, covered):
                continue
            end = self.person_name(k, 2)
            if end is None or any(j in covered for j in range(k, end)) or not any(map(self.foreign, range(k, end))) \
                    or self.same_line(k, end) and (self.name_token(end) or _NUMBER.match(self.text(end))) \
                    or any(self.folded(j) in self.rec.foreign_body_words | self.rec.foreign_place_words for j in range(k, end)) \
                    or any(self.at("PLACE", j) is not None or self.at("ORG_KNOWN", j) is not None for j in range(k, end)) \
                    or not self.doc._.in_body(*self.chars(k, end)) or self._names_a_thing(k, end) or self._in_a_title(k, end):
                continue
            extra.append(_Item("PER", k, end))
            covered.update(range(k, end))
        return sorted(items + extra, key=lambda it: it.start) if extra else items

    def family_named(self, items: list[_Item]) -> list[_Item]:
        """Add Chinese and Korean names in their own romanisation, family name first (east_asian_names.yaml: "Chen
        Yurong", "Hong Min", "Park Geun Hye", "Lee Il - Woo"), no cue needed: a listed family name, then one or two words of
        romanised syllables (two maybe joined by a dash), in letters without Vietnamese marks, outside every other entity; not inside a longer capitalised run,
        after a word for a place, work or body, nor a place's or body's name ("Hong Kong", "Sun Moon Lake"), nor another
        name of a person named just before ("Ngô Tiểu Huy (Wu Xiaohui)")."""
        covered = {k for it in items for k in range(it.start, it.end)}
        extra = []
        for k, word in enumerate(self.folds):
            if word not in self.rec.family_first_names or k in covered or not self._opens_name_run(k, covered):
                continue
            end = k + 1
            while end - k <= 2 and end not in covered and self.name_token(end) and self.same_line(k, end) and self.romanised(end):
                end += 1
            if end - k == 2 and self.text(end) in ("-", "–") and self.same_line(k, end + 1) and self.romanised(end + 1):
                end += 2  # a given name of two parts joined by a dash: "Lee Il - Woo", "Choe Ryong - hae"
            if end - k < 2 or self.same_line(k, end) and (self.name_token(end) or _NUMBER.match(self.text(end))) \
                    or any(self.at("PLACE", j) is not None or self.at("ORG_KNOWN", j) is not None for j in range(k, end)) \
                    or any(self.folded(j) in self.rec.foreign_body_words | self.rec.foreign_place_words for j in range(k + 1, end)) \
                    or self._alias_in_brackets(k, end) or not self.doc._.in_body(*self.chars(k, end)) \
                    or self._names_a_thing(k, end) or self._in_a_title(k, end):
                continue
            extra.append(_Item("PER", k, end))
            covered.update(range(k, end))
        return sorted(items + extra, key=lambda it: it.start) if extra else items

    @cached_property
    def _thing_starts(self) -> list[int]:
        """Where a capitalised name follows a word for a place, work, body, vessel or product (foreign_name_not_after:
        "tàu John Lethbridge", "cửa hàng Tommy Hilfiger") anywhere in the article. Read when first asked."""
        return [k for k in self.capitalised if k > 0 and self._after_thing_word(k)]

    def _after_thing_word(self, k: int) -> bool:
        return k > 0 and self.folded(k - 1).rsplit(" ", 1)[-1] in self.rec.foreign_not_after_ends \
            and any(fold(self.span_text(j, k)) in self.rec.foreign_not_after and not self.continues_word(j)
                    for j in range(max(0, k - self.rec.foreign_not_after_words), k))  # not the "đội" of "quân đội"

    def _names_a_thing(self, k: int, end: int) -> bool:
        """The name at k..end is written elsewhere after a word for a thing ("tàu John Lethbridge" makes "John
        Lethbridge, một tàu chuyên dụng …" no person, vietnews-008253; "tàu Adrian Darya 1", vietnews-008266)."""
        name = fold(self.span_text(k, end))
        return any(fold(self.span_text(t, t + end - k)) == name for t in self._thing_starts if t != k)

    def _in_a_title(self, k: int, end: int) -> bool:
        """The foreign name at k..end goes on, or is gone on to, by an English joining word between capitalised words
        (language.yaml foreign_name_joiners, not the dash of "Yale - Loehr"): part of a band's or a work's name, no
        person's ("Michael Learns to Rock", vietnews-001937)."""
        joins = lambda j: self.text(j) != "-" and self.text(j) in self.rec.foreign_name_joiners  # noqa: E731
        return end + 1 < self.n and joins(end) and self.cap(end + 1) and self.same_line(k, end + 1) \
            or k >= 2 and joins(k - 1) and self.cap(k - 2) and self.same_line(k - 2, end - 1)

    def _opens_name_run(self, k: int, covered: set[int]) -> bool:
        """Capitalised token k may open a name found by its first word (``given_named``, ``family_named``): it is no
        part of a longer capitalised run (a function word, or a Vietnamese word opening the sentence, may go before:
        "Theo Peter …", "Khi Andrew …"; so may a place or any entity: "Iran Ali Khamenei"), nor after a word for a place,
        work or body ("toà nhà Ronald Reagan")."""
        if not self.name_token(k):
            return False
        if k > 0 and self.same_line(k - 1, k) and self.cap(k - 1) and k - 1 not in covered and k not in self.place_ends \
                and not (self.folded(k - 1) in self.rec.function_words or self._opens_sentence(k - 1) and not self.foreign(k - 1)):
            return False
        return not self._after_thing_word(k)

    def listed_people(self, items: list[_Item]) -> list[_Item]:
        """Add a run of two to four capitalised words, outside every entity, inside a list whose every other member is a
        person, one at least on each side ("Lý Triệu Cơ, Hoàng Quang Lượng, Thành Khuê An và Hà Gia Câu", vietnews-001435:
        "Thành" is no surname of surnames.tsv): a list names things of one kind. Not in a list holding any other thing
        ("… Hai Bà Trưng, Pasteur, Nguyễn Thị Minh Khai, Cống Quỳnh": streets)."""
        people_end = {it.end: it for it in items if it.label == "PER"}
        people_start = {it.start: it for it in items if it.label == "PER"}
        covered = {k for it in items for k in range(it.start, it.end)}
        separator = lambda j: 0 <= j < self.n and self.folded(j) in self.rec.list_separators  # noqa: E731

        def cue_before(j: int) -> int:
            """Where the cue ending at token j starts ("ca sĩ Anh Quân"), or j when none does."""
            return next((j - n for n in (1, 2, 3) if j - n >= 0 and self.at("CUE", j - n) == j), j)

        def people_only(j: int, step: int) -> bool:
            """From the separator at j, walking by ``step``, the members are people until the list ends; one at least."""
            seen = 0
            while separator(j) and self.same_line(min(j, j + step), max(j, j + step)):
                member = people_end.get(j) if step < 0 else people_start.get(j + 1) or next(
                    (people_start[c] for n in (1, 2, 3) if (c := j + 1 + n) in people_start and cue_before(c) == j + 1), None)
                if member is None:
                    return seen > 0 and not (step < 0 and self.name_token(j - 1) or step > 0 and self.name_token(j + 1))
                seen += 1
                j = cue_before(member.start) - 1 if step < 0 else member.end
            return seen > 0
        extra = []
        for it in items:
            if it.label != "PER" or self.text(it.end) != "," or not self.same_line(it.end, it.end + 1):
                continue
            a = b = it.end + 1
            while b < self.n and b - a < 4 and self.name_token(b) and b not in covered and self.same_line(a, b):
                b += 1
            if b - a >= 2 and b not in covered and people_only(a - 1, -1) and people_only(b, 1) \
                    and self.doc._.in_body(*self.chars(a, b)):
                extra.append(_Item("PER", a, b))
        return sorted(items + extra, key=lambda it: it.start) if extra else items

    def other_names(self, items: list[_Item]) -> list[_Item]:
        """Mark a person's other name (people_context.yaml real_name_links, alias_links) as a form of the real one
        (``info["alias_of"]``, read by ``people_records``): "Nong Poy tên thật là Treechada Marnyaporn" (both names read
        here when no other rule did), "Tang Keng Chee, hay còn gọi là Casey Tang" (one of them a person already)."""
        links = self.rec.real_name_links | self.rec.alias_links
        openings = {link.split()[0] for link in links}
        people = {(it.start, it.end): it for it in items if it.label == "PER"}
        ends = {it.end: it for it in items if it.label == "PER"}
        starts = {it.start: it for it in items if it.label == "PER"}
        covered = {k for it in items for k in range(it.start, it.end)}
        extra = []
        for k in range(1, self.n):
            if self.folds[k] not in openings:
                continue
            n = next((n for n in (5, 4, 3, 2) if k + n <= self.n and self.same_line(k, k + n - 1)
                      and fold(self.span_text(k, k + n)) in links), None)
            if n is None:
                continue
            real_link = fold(self.span_text(k, k + n)) in self.rec.real_name_links
            before_end = k - 1 if self.text(k - 1) == "," else k
            before = ends.get(before_end)
            if before is None:
                start = before_end
                while start > 0 and before_end - start < 4 and self.name_token(start - 1) and start - 1 not in covered \
                        and self.same_line(start - 1, before_end - 1):
                    start -= 1
                before = _Item("PER", start, before_end) if before_end - start >= 1 else None
            after = starts.get(k + n)
            if after is None and (end := self.person_name(k + n, 2)) is not None \
                    and not any(j in covered for j in range(k + n, end)):
                after = _Item("PER", k + n, end)
            if before is None or after is None or not real_link and (before.start, before.end) not in people \
                    and (after.start, after.end) not in people:
                continue
            real, alias = (after, before) if real_link else (before, after)
            alias.info["alias_of"] = (real.start, real.end)
            extra += [it for it in (before, after) if (it.start, it.end) not in people and it not in extra]
        return sorted(items + extra, key=lambda it: it.start) if extra else items

    def nicknames(self, items: list[_Item]) -> list[_Item]:
        """Add a person's nickname, a given name and an epithet, given after the full name by the words of
        people_context.yaml nickname_links ("Lê Mạnh Thắng (còn gọi là Thắng đen, 32 tuổi)", vietnews-000574 in
        corpus/entities7; "Đinh Ngọc Hệ (còn gọi là Út “trọc”)", vietnews-000836 in corpus/entities6), there and wherever
        the article writes it again ("Út “trọc” đổ vấy …"), as a form of that person (``info["alias_of"]``); the given name
        inside it is no reference of its own."""
        longest = max(len(link.split()) for link in self.rec.nickname_links)
        owners: dict[tuple[str, ...], _Item] = {}
        for it in items:
            if it.label != "PER" or it.end - it.start < 2 or self.text(it.end) not in ("(", ","):
                continue
            k = it.end + 1
            n = next((n for n in range(longest, 0, -1) if self.same_line(k, k + n - 1)
                      and fold(self.span_text(k, k + n)) in self.rec.nickname_links), None)
            if n is not None and (end := self._nickname_end(k + n)) is not None \
                    and (not self.same_line(end - 1, end) or self.text(end) in (",", ")", ".", ";")):  # no longer name
                owners.setdefault(self._nickname_key(k + n, end), it)
        extra = []
        for k in (self.capitalised if owners else ()):
            if (end := self._nickname_end(k)) is not None and (owner := owners.get(self._nickname_key(k, end))) is not None \
                    and self.doc._.in_body(*self.chars(k, end)):
                extra.append(_Item("PER", k, end, {"alias_of": (owner.start, owner.end)}))
        if not extra:
            return items
        inside = {j for it in extra for j in range(it.start, it.end)}
        return sorted([it for it in items if it.start not in inside] + extra, key=lambda it: it.start)

    def bracketed_other_names(self, items: list[_Item]) -> list[_Item]:
        """Add a person's other name, a run of two to four capitalised words in brackets right after the full name,
        outside every entity and no abbreviation ("Lê Thảo Linh (Lin Jay)", vietnews-001770 in corpus/entities7; "John
        Tuấn Nguyễn (Tuấn John)", vietnews-001988; "Ngô Tiểu Huy (Wu Xiaohui)", vietnews-018558), there and wherever the
        article writes it again as a run of its own, as a form of that person (``info["alias_of"]``); also after the
        words that give a nickname ("Tạ Văn Long (bút danh Thành Long)", vietnews-002932: a pen name)."""
        covered = {k for it in items for k in range(it.start, it.end)}
        named_before = {it.end + 1: it for it in items if it.label == "PER" and it.end - it.start >= 2 and self.text(it.end) == "("}
        owners: dict[tuple[str, ...], _Item] = {}
        for k, owner in named_before.items():
            k += next((n for n in (3, 2, 1) if self.same_line(k, k + n - 1)  # "Tạ Văn Long (bút danh Thành Long)"
                       and fold(self.span_text(k, k + n)) in self.rec.nickname_links), 0)  # (people_context.yaml)
            end = k
            while end - k < 4 and end not in covered and self.name_token(end) and self.same_line(k, end):
                end += 1
            if end - k >= 2 and self.text(end) == ")":
                owners.setdefault(tuple(self.folds[k:end]), owner)
        extra = []
        for k in (self.capitalised if owners else ()):
            if k > 0 and self.name_token(k - 1) and self.same_line(k - 1, k):
                continue
            for words, owner in owners.items():
                end = k + len(words)
                if tuple(self.folds[k:end]) == words and not any(j in covered for j in range(k, end)) \
                        and not (self.name_token(end) and self.same_line(k, end)) and self.doc._.in_body(*self.chars(k, end)):
                    extra.append(_Item("PER", k, end, {"alias_of": (owner.start, owner.end)}))
        return sorted(items + extra, key=lambda it: it.start) if extra else items

    def _nickname_end(self, k: int) -> int | None:
        """Where a nickname that opens at token k ends: a capitalised word, then one lower-case word, maybe in quotes
        ("Thắng đen", "Vũ " nhôm "", "Út “trọc”"); None when none does."""
        if not self.name_token(k):
            return None
        j = k + 2 if self.text(k + 1) in ('"', "“") else k + 1
        if not (self.same_line(k, j) and self.text(j).isalpha() and self.text(j).islower()):
            return None
        return j + 1 if j == k + 1 else j + 2 if self.text(j + 1) in ('"', "”") else None

    def _nickname_key(self, k: int, end: int) -> tuple[str, ...]:
        """The nickname at k..end as its folded words, without quotes ("Vũ “nhôm”" and "Vũ nhôm" alike)."""
        return tuple(self.folded(j) for j in range(k, end) if self.text(j) not in ('"', "“", "”"))

    def _alone_words(self, covered: set[int]) -> set[str]:
        """The folded words that stand alone in the article, outside every entity, as capitalised foreign words with no
        name next to them ("… Koh đã phản đối Abramovic"): a family name used on its own, so a run it ends ("Marina
        Abramovic") is a person's name. One pass over the article (asked per run, it was quadratic)."""
        return {fold(t) for k, t in enumerate(self.texts) if k not in covered and self.foreign(k)
                and not (k > 0 and self.name_token(k - 1) and self.same_line(k - 1, k))
                and not (self.name_token(k + 1) and self.same_line(k, k + 1))}

    def _person_context(self, start: int, end: int) -> bool:
        """Tokens start..end stand where a person does: a kinship word before ("vợ Saman Kunan"), a verb of saying
        or of a life after ("Fumio Kishida nói"), a title after a comma ("…, cựu đặc nhiệm …"), or a kinship word or a word
        for a person in apposition after a comma or a dash ("Irina Shayk - bạn gái Bradley Cooper -", vietnews-002040)."""
        after = end + 1 if self.text(end) in (",", "-", "–") else end
        if self.text(end) in (",", "(") and self.text(end + 1).isdigit() and self.folded(end + 2) in self.rec.age_words:
            return True  # "Joseph Gargiulo, 40 tuổi, bị bắt": an age after the name
        if any(start - n - 1 >= 0 and self.at("PLACE", start - n) == start and self.folded(start - n - 1) in self.rec.nationality_words
               for n in (1, 2, 3)):
            return True  # "nhà giải phẫu học người Đức Gunther von Hagens": a nationality before the name
        return any(self.words(start - n, n) in self.rec.person_words_before for n in (1, 2) if start - n >= 0) \
            or any(self.words(end, n) in self.rec.person_verbs_after for n in (1, 2)) \
            or after > end and self.text(end) == "," and any(self.at(label, after) for label in _TITLE_LABELS) \
            or after > end and not self.cap(after) and any(
                self.words(after, n) in self.rec.person_words_before | self.rec.foreign_appositions for n in (1, 2, 3))

    # ------------------------------------------------------------------ linking
    def _gap(self, a: _Item, b: _Item) -> list[str]:
        """Tokens between two items, without a parenthesised aside ("X (SN 1970) - Giám đốc …"), without the age and
        rank that open a bracket before a position ("X (53 tuổi, cựu đại tá, cựu Chủ tịch …)" reads "X (cựu Chủ tịch"), and
        with an age between commas read as one comma ("X, 52 tuổi, giám đốc …") and "một" (one of) after the comma or dash
        before a title read as none ("X - một thành viên của …")."""
        gap = [self.text(j) for j in range(a.end, b.start)]
        if a.label == "PER" and b.label == "TITLE" and gap[:1] in (["-"], ["–"], [","]) and 3 <= len(gap) <= 14 \
                and fold(gap[1]) == "một" and gap[-1] == "," and all(w.isalpha() and w.islower() for w in gap[1:-1]):
            return [","]  # "anh Etienne Bossot - một nhà giáo dạy nhiếp ảnh, nhà sáng lập …": a description opened by
            # "một" (a, one) between the name and the title
        if a.label == "PER" and b.label == "TITLE" and gap[:1] in (["-"], ["–"], [","]) \
                and fold(" ".join(gap[1:])) in self.rec.apposition_articles:
            return gap[:1]  # "Tướng Cai Zhijun - một thành viên của Bộ Tổng tham mưu …": the title as one of its holders
        if a.label == "PER" and b.label == "TITLE" and len(gap) == 4 and gap[0] == gap[3] == "," and gap[1].isdigit() \
                and fold(gap[2]) in self.rec.age_words:
            return [","]  # "Bà Margaret Siew, 52 tuổi, giám đốc kinh doanh": the age between the name and the title
        if a.label == "PER" and b.label == "TITLE" and len(gap) == 3 and gap[0].isdigit() and fold(gap[1]) in self.rec.age_words \
                and gap[2] == "(":
            return ["("]  # "bạn Huỳnh Anh 30 tuổi (tổng phụ trách Đội …)" (vietnews-017584): the age before the bracket
        if gap[:1] == ["("] and ")" in gap and gap.index(")") <= 8:
            return gap[gap.index(")") + 1 :]
        j = a.end + 1
        if gap[:1] == ["("] and self.text(j).isdigit() and self.folded(j + 1) in self.rec.age_words \
                and self.text(j + 2) == ",":
            j += 3
            rank = self.at("CUE", self.at("MOD_BEFORE", j) or j)
            if rank is not None and self.text(rank) == ",":
                j = rank + 1
            if j <= b.start:
                return ["(", *gap[j - a.end :]]
        return gap

    def link(self, items: list[_Item]) -> tuple[list[_Item], dict[int, list[_Item]]]:
        """People in order, and the titles linked to each (by index in ``people``)."""
        people = [it for it in items if it.label == "PER"]
        titles_of: dict[int, list[_Item]] = {}
        taken: set[int] = set()  # the ids of the titles in titles_of, kept as it grows (not gathered again for each person)
        sequence = [it for it in items if it.label in ("PER", "TITLE")]
        named = {j for it in items if it.label in ("ORG", "LOC") for j in range(it.start, it.end)}
        person_at = _positions(people)
        for pos, it in enumerate(sequence):
            if it.label != "PER":
                continue
            person = person_at[id(it)]
            # "X - T1, T2", "X, T", "X (T)", "X T"
            nxt, prev, shared = pos + 1, it, False
            while nxt < len(sequence) and sequence[nxt].label == "TITLE":
                gap = self._gap(prev, sequence[nxt])
                words = fold(" ".join(gap))
                shared = shared or prev is it and words.strip(" ,-–") in self.rec.shared_links  # "… - đều là T"
                allowed = ((not gap or len(gap) == 1 and gap[0] in _PERSON_TITLE_GAPS) if prev is it
                           else self._separates(gap, sequence[nxt]) or gap[-1:] == [","]
                           and self._describes_title(prev.end, prev.end + len(gap) - 1)) \
                    or (prev is it and words.strip(" ,") in self.rec.title_links - self.rec.respective_links) or shared
                if not allowed or not self.same_line(prev.end - 1, sequence[nxt].start) \
                        or prev is it and words.strip(" ,") in self.rec.title_links and (
                            self._kin_noun_before(it) is not None or self._holders_unsaid(sequence, pos, nxt)
                            or self._succession_before(it) is not None):
                    break  # "Bà X, vợ ông Y, là kế toán", "A thay ông Y làm T": the linking words are X's, A's (``_link_predicates``)
                if nxt + 1 < len(sequence) and sequence[nxt + 1].label == "PER" and not self._gap(sequence[nxt], sequence[nxt + 1]):
                    break  # "Bí thư X, Phó bí thư Y": the title before Y's name is Y's
                if self._points_back(sequence[nxt]):
                    break  # "Theo Trump, thượng nghị sĩ 76 tuổi này …": someone named before, described
                titles_of.setdefault(person, []).append(sequence[nxt])
                taken.add(id(sequence[nxt]))
                prev = sequence[nxt]
                nxt += 1
            if shared and titles_of.get(person):  # "A (SN 1963) và B (SN 1982) - đều là kế toán HTX Xuân Long": A's titles too
                before = pos - 1
                while before >= 0 and sequence[before].label == "PER" \
                        and self._without_cue(self._gap(sequence[before], sequence[before + 1]), sequence[before + 1].start) \
                        in ([","], ["và"]):
                    titles_of.setdefault(person_at[id(sequence[before])], []).extend(titles_of[person])
                    before -= 1
            # "T X", "T, ông X", and a chain before it: "Phó bí thư, Chủ tịch UBND thành phố X"
            before, after = pos - 1, it
            while before >= 0 and sequence[before].label == "TITLE" and id(sequence[before]) not in taken:
                gap = self._gap(sequence[before], after)
                if after is it:  # "T X", "T, X"; "T, ông X", "T - thiếu tướng X", "Đại sứ lúc bấy giờ là ông X" and "thủ tướng Ba
                    # Lan khi đó Donald Tusk" when X has no title after the name and T names its body ("… sinh hoạt chủ
                    # nhiệm, thầy Thọ" is no title)
                    bare = self._without_cue(gap, it.start)
                    # X's titles after the name make "T, X, T2" read T as the end of the clause before, unless T opens the
                    # sentence ("Thành viên ban tổ chức, ông Trần Quốc Chí, Phó chủ nhiệm CLB …") or is linked to the
                    # name ("… mà chủ tịch là ông John Hamre, từng là thứ trưởng …"); words describing T's body may stand
                    # before the comma or, ending with a name or a bracket, before X ("giám đốc điều hành tập đoàn trực
                    # thăng Nga Andrei Boginsky", "Trưởng đoàn quan chức cấp cao (SOM) Việt Nam Nguyễn Quốc Dũng")
                    untitled = person not in titles_of or self._opens_sentence(sequence[before].start)
                    title = sequence[before]
                    allowed = gap in ([], [","]) or untitled and (
                        bare in ([], [","], ["-"], ["–"]) and (title.info.get("org") is not None or self._opens_clause(title.start))
                        or bare[-1:] == [","] and (self._opens_sentence(title.start) or not self.text(title.start - 1).isalnum())
                        and self._describes_title(title.end, title.end + len(bare) - 1)
                        or bare and (self.cap(title.end + len(bare) - 1) or bare[-1] in (")", "-", "–"))
                        and self._describes_title(title.end, title.end + len(bare))
                        or not self._relational(title) and not self._after_title_link(title.start)
                        and self._names_office(title.end, title.end + len(bare), named)) \
                        or fold(" ".join(bare)) in self.rec.links_before_name | self.rec.office_times \
                        or fold(" ".join(bare)) in self.rec.holder_links and self._office_word_before(sequence[before].start)
                    # "bãi nhiệm chức Chủ tịch xã đối với ông X", "từ nhiệm chức danh Chủ tịch HĐQT của ông X"
                else:  # "T1, T2 X", "T1 kiêm T2 X", and "T1, T2 và T3 X" (a "và" that closes a list of titles)
                    allowed = len(gap) == 1 and (self._separates(gap, after) or fold(gap[0]) in self.rec.title_list_closers and before > 0
                                                 and sequence[before - 1].label == "TITLE"
                                                 and self._gap(sequence[before - 1], sequence[before]) == [","])
                if not allowed or not self.same_line(sequence[before].end - 1, after.start) \
                        or gap and self._delegated(sequence[before].start) \
                        or after is not it and None is not self._country_of(sequence[before]) != self._country_of(after) is not None:
                    break  # not "chúc mừng lãnh đạo Triều Tiên, Chủ tịch Trung Quốc Tập Cận Bình": the offices of two countries
                titles_of.setdefault(person, []).insert(0, sequence[before])
                taken.add(id(sequence[before]))
                after, before = sequence[before], before - 1
        self._link_plural_holders(sequence, people, titles_of)
        self._link_predicates(sequence, people, titles_of)
        self._link_listed(sequence, people, titles_of)
        self._link_editor_notes(sequence, people, titles_of)
        self._link_served_offices(sequence, people, titles_of)
        return people, titles_of

    def _opens_clause(self, k: int) -> bool:
        """The title at k opens its sentence, line or clause (after punctuation or linking words: "Thành viên ban tổ chức, ông
        Trần Quốc Chí, …", "…\", trưởng nhóm nghiên cứu, tiến sĩ Philipp Schwabl cho biết", "Trong vai trò trưởng đoàn kiểm
        tra, ông Nguyễn Anh Tuấn hỏi"): a title written before a form of address and its holder's name, not the end of a
        noun phrase ("trong tiết sinh hoạt chủ nhiệm, thầy Thọ phát hiện …")."""
        return k == 0 or self.sent_starts[k] or not self.same_line(k - 1, k) \
            or not self.text(k - 1).isalnum() or self._after_title_link(k)

    def _describes_title(self, start: int, end: int) -> bool:
        """The words start..end, between a title and the comma before its holder's name, describe the title's body: one to
        eight words of one clause that open with a capital, a bracket, a body's head or section, a word of charge, or a seat
        or a parent body's link before a capital ("Giám đốc Hệ thống Tàu điện ngầm Moscow, ông Dmitry Pegov", "Thành viên ban
        tổ chức, ông Trần Quốc Chí", "Chủ tịch Cisco phụ trách Đông Nam Á, ông Naveen Menon", "Đại sứ Nga tại Liên Hợp Quốc, ông
        Vitaly Churkin", "Phó chủ tịch Uỷ ban quốc phòng thuộc Hội đồng Liên bang (Thượng viện) Nga Yevgeny Serebrennikov"), with no
        verb marker or verb of reporting ("Chủ tịch UBND tỉnh cho biết, ông …"); after a parent body's link, words in brackets
        are not counted."""
        parent = next((n for n in (1, 2) if fold(self.span_text(start, start + n)) in self.rec.parent_links), None)
        counted, depth = 0, 0
        for j in range(start, end):
            depth += self.text(j) == "("
            counted += depth == 0 or parent is None
            depth -= self.text(j) == ")" and depth > 0
        if not 0 < counted <= 8 or not self.same_line(start, end) \
                or any(self.sent_starts[j] or self.text(j) == "," or self.folded(j) in self.rec.verb_markers
                       or tuple(self.folded(x) for x in range(j, j + n)) in self.rec.report_verbs
                       for j in range(start, end) for n in self.rec.report_verbs.lengths):
            return False
        return self.cap(start) or self.text(start) == "(" or self.org_head(start) is not None \
            or any(fold(self.span_text(start, min(start + n, end))) in self.rec.charge_words | self.rec.section_words for n in (1, 2)) \
            or self.folded(start) in self.rec.seat_words and start + 1 < end and self.cap(start + 1) \
            or parent is not None and start + parent < end and self.cap(start + parent)

    def _relational(self, title: _Item) -> bool:
        """The title opens with a relation to a body (people_context.yaml relational_titles: "đại diện Việt Nam Á khôi
        Huỳnh Vy", vietnews-001692, is a contestant, no office)."""
        return any(fold(self.span_text(title.start, min(title.start + n, title.end))) in self.rec.relational_titles for n in (1, 2))

    def _names_office(self, start: int, end: int, named: set[int]) -> bool:
        """The words start..end, between a title and its holder's name (the cue aside), go on naming the office and
        nothing else: capitalised words and the syllables that continue one ("Bộ trưởng An ninh Nội địa Kirstjen
        Nielsen", vietnews-009600), places and bodies read there (token positions ``named``), a number after "thứ", the
        words of people_context.yaml office_name_links, brackets, "&" and commas ("Tổng thống thứ 37 của Mỹ Richard Nixon",
        vietnews-008011; "Tổng thống mới của Nga, ông Dmitry Medvedev", vietnews-017163). No verb stands there, so the name
        is the holder's; the words end on a capitalised word, a bracket or a comma (not "phát ngôn viên của ông Trump": the
        name after "của" is the office's owner)."""
        if not 0 < end - start <= 8 or not self.same_line(start, end) or any(self.sent_starts[j] for j in range(start, end + 1)):
            return False

        def capitalised(j: int) -> bool:
            while self.continues_word(j) and j > start:
                j -= 1
            return self.cap(j)

        last = end - 2 if self.text(end - 1) == "," else end - 1
        if last < start or not (capitalised(last) or self.text(last) == ")"):
            return False
        return all(capitalised(j) or j in named or self.folded(j) in self.rec.office_name_links
                   or self.text(j) in ("(", ")", "&", ",") or self.text(j).isdigit() and self.folded(j - 1) == self.rec.ordinal_word
                   for j in range(start, end))

    def _opens_sentence(self, k: int) -> bool:
        """Token k opens its sentence or line."""
        return k == 0 or bool(self.sent_starts[k]) or not self.same_line(k - 1, k)

    def _separates(self, gap: list[str], title: _Item) -> bool:
        """``gap`` is one word that separates two titles of one person (title_modifiers.tsv, between: ",", "kiêm", a dash:
        "Bí thư Chi bộ - Hiệu trưởng nhà trường"), the second being ``title``; a dash before a role that bodies hold
        (people_context.yaml body_roles) is an apposition of the body named before it ("phó tổng giám đốc Samco - chủ
        đầu tư dự án …"), no second title."""
        if len(gap) != 1 or gap[0] not in self.rec.title_separators:
            return False
        return gap[0] not in ("-", "–") or not any(
            fold(self.span_text(title.start, min(title.start + n, title.end))) in self.rec.body_roles for n in (1, 2, 3))

    def _no_holder(self, title: _Item) -> bool:
        """A title written without a name that refers to no one holder (people_context.yaml): a relational noun alone
        ("thành viên", "đại diện": "Hội đồng thành viên", "văn phòng đại diện"), a title not held (``_unheld_title``), a
        title after a plural marker, a number or a word that makes it a class or the office itself ("các đại sứ", "một
        tổng thống Mỹ khác", "vị trí thủ tướng", "bầu cử tổng thống"), or before one ("Tổng thống Mỹ nào")."""
        if fold(self.span_text(title.start, title.end)) in self.rec.relational_titles or title.start in self.unheld_titles:
            return True
        k = title.start
        if k == 0 or not self.same_line(k - 1, k):
            return False
        counted = (self.text(k - 1).isdigit() or self.folded(k - 1) in self.rec.plural_markers) \
            and not (k > 1 and self.folded(k - 2) == self.rec.ordinal_word)  # "lần thứ hai Trưởng ban …": an ordinal
        return counted or any(k - n >= 0 and fold(self.span_text(k - n, k)) in self.rec.class_title_openers for n in (1, 2)) \
            or any(self.same_line(k, title.end + n - 1) and fold(self.span_text(title.end, title.end + n)) in self.rec.class_title_closers
                   for n in (1, 2))

    def _office_word_before(self, k: int) -> bool:
        """A word naming an office as such ends right before the title at k (people_context.yaml office_words: "chức",
        "chức danh"): the title is an office the sentence gives or takes, its holder named after it."""
        return any(k - n >= 0 and self.same_line(k - n, k) and fold(self.span_text(k - n, k)) in self.rec.office_words
                   for n in (1, 2))

    def _country_of(self, title: _Item) -> str | None:
        """The country (countries.tsv) a title's body is, folded ("Chủ tịch Trung Quốc", "lãnh đạo Triều Tiên"), or None."""
        org = title.info.get("org")
        name = fold(self.span_text(*org)) if org else None
        return name if name and self.rec.places.get(name) == "country" else None

    def _delegated(self, k: int) -> bool:
        """Words of delegation (people_context.yaml delegation_words: "thừa uỷ quyền của", "thay mặt") right before the
        title at k: the office acted for, not held by the person named after the next title."""
        return any(k - n >= 0 and self.same_line(k - n, k) and fold(self.span_text(k - n, k)) in self.rec.delegation_words
                   for n in (1, 2, 3, 4, 5))

    def _without_cue(self, gap: list[str], start: int) -> list[str]:
        """The tokens of ``gap`` (which ends at token ``start``) without the honorific or rank cue right before
        ``start``."""
        for n in range(1, min(len(gap), 3) + 1):
            if self.at("CUE", start - n) == start:
                return gap[:-n]
        return gap

    def _link_plural_holders(self, sequence: list[_Item], people: list[_Item], titles_of: dict[int, list[_Item]]) -> None:
        """A plural title ("các", "hai": language.yaml plural_markers) linked to the name right after it belongs as well to
        the untitled names listed after that one (people_context.yaml plural_holder_joiners: "các cựu Tổng thống Bill
        Clinton hay George W. Bush", vietnews-007140)."""
        person_at = _positions(people)
        for pos, it in enumerate(sequence[:-2]):
            first = sequence[pos + 1]
            if it.label != "TITLE" or it.start == 0 or self.folded(it.start - 1) not in self.rec.plural_markers \
                    or first.label != "PER" or it not in titles_of.get(person_at[id(first)], ()):
                continue
            for prev, nxt in zip(sequence[pos + 1:], sequence[pos + 2:]):
                gap = self._without_cue(self._gap(prev, nxt), nxt.start)
                if nxt.label != "PER" or len(gap) != 1 or fold(gap[0]) not in self.rec.plural_holder_joiners \
                        or not self.same_line(prev.end, nxt.start) or person_at[id(nxt)] in titles_of:
                    break
                titles_of[person_at[id(nxt)]] = [it]

    def _link_listed(self, sequence: list[_Item], people: list[_Item], titles_of: dict[int, list[_Item]]) -> None:
        """A plural title opening a list (people_context.yaml listed_holder_openers: "các Phó bí thư: X (…), bà Y (…) và bà
        Z", "hai cựu Bộ trưởng … là ông X và ông Y") belongs to every person listed after it in the sentence."""
        person_at = _positions(people)
        for pos, it in enumerate(sequence):
            if it.label != "TITLE" or it.start == 0 or self.folded(it.start - 1) not in self.rec.plural_markers \
                    or not any(it.end + n <= self.n and fold(self.span_text(it.end, it.end + n)) in self.rec.listed_holder_openers
                               for n in (1, 2)):
                continue
            for nxt in sequence[pos + 1:]:
                if any(self.sent_starts[j] for j in range(it.end, nxt.start + 1)):
                    break
                if nxt.label == "PER":
                    titles_of.setdefault(person_at[id(nxt)], []).append(it)

    def _link_editor_notes(self, sequence: list[_Item], people: list[_Item], titles_of: dict[int, list[_Item]]) -> None:
        """A person named alone, maybe with a form of address or rank, in an editor's note in brackets (people_context.yaml
        editor_note_markers: "(thiếu tướng Nguyễn Văn Thân – PV)") holds the title written right before the note in its
        sentence when no one holds it ("đồng chí giám đốc công an tỉnh thời gian xảy ra vụ việc đã về hưu (…)")."""
        held = {id(t) for ts in titles_of.values() for t in ts}
        person_at = _positions(people)
        for pos, it in enumerate(sequence):
            if it.label != "PER" or pos == 0 or it.end + 2 >= self.n:
                continue
            start = next((it.start - n for n in (1, 2, 3) if self.at("CUE", it.start - n) == it.start), it.start)
            title = sequence[pos - 1]
            if start == 0 or self.text(start - 1) != "(" or self.text(it.end) not in ("-", "–") \
                    or self.folded(it.end + 1) not in self.rec.editor_note_markers or self.text(it.end + 2) != ")" \
                    or title.label != "TITLE" or id(title) in held \
                    or any(self.sent_starts[j] or not self.same_line(j - 1, j) for j in range(title.end, start)):
                continue
            titles_of.setdefault(person_at[id(it)], []).append(title)

    def _link_served_offices(self, sequence: list[_Item], people: list[_Item], titles_of: dict[int, list[_Item]]) -> None:
        """A title no one holds, then "của" (of) and the person it serves, maybe with a form of address or that person's own
        title, belongs to the next name, right after the served one or after a comma: the aide of that person ("Người
        phát ngôn của ông Putin Dmitry Peskov", vietnews-006841; "Cố vấn của Tổng thống Mỹ Donald Trump, ông Jared
        Kushner", vietnews-006532)."""
        held = {id(t) for ts in titles_of.values() for t in ts}
        person_at = _positions(people)
        for pos, it in enumerate(sequence[:-2]):
            if it.label != "TITLE" or id(it) in held:
                continue
            served = pos + 1
            if sequence[served].label == "TITLE" and self._gap(it, sequence[served]) == ["của"] and served + 1 < len(sequence) \
                    and sequence[served + 1].label == "PER" and not self._gap(sequence[served], sequence[served + 1]) \
                    and sequence[served] in titles_of.get(person_at[id(sequence[served + 1])], ()):
                served += 1  # "Cố vấn của Tổng thống Mỹ Donald Trump": the served person's own title before the name
            elif self._without_cue(self._gap(it, sequence[served]), sequence[served].start) != ["của"]:
                continue
            if served + 1 >= len(sequence):
                continue
            person, holder = sequence[served], sequence[served + 1]
            if person.label != "PER" or holder.label != "PER" or person_at[id(holder)] in titles_of \
                    or self._without_cue(self._gap(person, holder), holder.start) not in ([], [","]) \
                    or not self.same_line(it.start, holder.end - 1):
                continue
            titles_of[person_at[id(holder)]] = [it]

    def _link_predicates(self, sequence: list[_Item], people: list[_Item], titles_of: dict[int, list[_Item]]) -> None:
        """A title after a linking word ("… ông Cảnh, khi đang là Thành uỷ viên, Bí thư Thành Đoàn …") belongs to
        the nearest person named before it in the same sentence, and so do the titles listed after it."""
        holder = {id(t): person for person, ts in titles_of.items() for t in ts}
        person_at, sequence_at = _positions(people), _positions(sequence)
        for pos, it in enumerate(sequence):
            if it.label != "TITLE" or id(it) in holder:
                continue
            words = [self.folded(j) for j in range(max(0, it.start - 3), it.start)]
            linking = next((n for n in (3, 2, 1) if n <= len(words) and " ".join(words[-n:]) in self.rec.title_links), None)
            if linking is None or any(it.start - linking - n >= 0 and fold(self.span_text(it.start - linking - n, it.start - linking))
                                      in self.rec.subject_pronouns for n in (1, 2)):
                continue  # "chúng tôi là thành viên của NATO": the speakers' title, no one's named before
            if any(it.start - linking - n >= 0 and fold(self.span_text(it.start - linking - n, it.start - linking)) in self.rec.kin_nouns
                   for n in (1, 2)):
                continue  # "…, con dâu làm Phó Giám đốc BHXH huyện": an unnamed relative's title
            if self._unheld_title(it.start - linking):
                self._mark_unheld(sequence, pos, holder)
                continue  # "được quy hoạch vào chức Phó bí thư": a post planned, not held
            aside = self._aside_before(it.start - linking, sequence[:pos])
            owner, agent_from = None, None
            for prev in reversed(sequence[:pos]):
                if agent_from is not None and prev.start >= agent_from:
                    continue  # the agent of a passive and its title
                if aside is not None and prev.start > aside:
                    continue  # "ông Dũng - con trai Phó bí thư Lê Ngọc Sang - làm Trưởng phòng": Dũng's title
                if any(self.sent_starts[j] for j in range(prev.end, it.start + 1)):
                    # "…, ông là Bí thư …" in a later sentence: a bare form of address stands for the person
                    # named last before it
                    if self._bare_address_before(it.start):
                        owner = next((p for p in reversed(sequence[:pos]) if p.label == "PER"), None)
                    break
                if prev.label == "PER" and self._subject_verbs(prev.end, it.start - linking) \
                        and (kin := self._kin_noun_before(prev)) is not None:
                    # "Vợ ông Y là …", "Con trai cả của ông Y xin từ chức …": the relative is the subject; "Bà X, vợ ông Y,
                    # là …": X is
                    owner = next((p for p in sequence[:pos] if p.label == "PER" and p.end == kin - 1
                                  and self.text(kin - 1) in (",", "-", "–")), None)
                    break
                if prev.label == "PER":
                    if (agent_from := self._passive_agent(prev, sequence)) is not None:
                        continue  # "A được Chủ tịch B bổ nhiệm làm T": B acts, T is A's
                    if (succeeded := self._succession_before(prev)) is not None:
                        agent_from = succeeded
                        continue  # "A thay ông B làm T": B is the predecessor, T is A's
                    owner = self._addressed_owner(prev, it.start, sequence[:pos])
                    break
                if prev.label == "TITLE" and (held := holder.get(id(prev))) is not None:
                    owner = people[held]  # "ông là Bí thư Thành Đoàn và giữ vị trí Bí thư Quận uỷ"
                    break
            if owner is None:
                owner = self._fronted_holder(it.start - linking, sequence[pos + 1 :])
            if owner is None:
                continue
            if " ".join(words[-linking:]) in self.rec.respective_links and self._link_respectively(
                    sequence, sequence_at[id(owner)], pos, person_at, titles_of, holder):
                continue
            if self._holders_unsaid(sequence, sequence_at[id(owner)], pos):
                continue
            chain, nxt = [it], pos + 1
            while nxt < len(sequence) and sequence[nxt].label == "TITLE" and id(sequence[nxt]) not in holder:
                if not self._separates(self._gap(chain[-1], sequence[nxt]), sequence[nxt]):
                    break
                chain.append(sequence[nxt])
                nxt += 1
            titles_of.setdefault(person_at[id(owner)], []).extend(chain)
            holder.update((id(t), person_at[id(owner)]) for t in chain)

    def _mark_unheld(self, sequence: list[_Item], pos: int, holder: dict[int, int]) -> None:
        """The title at ``pos`` and those listed after it ("vào chức Phó bí thư, Bí thư Huyện uỷ") are held by no one
        (``_no_holder``): neither linked nor a mention of the office's holder."""
        nxt = pos
        while True:
            self.unheld_titles.add(sequence[nxt].start)
            nxt += 1
            if nxt == len(sequence) or sequence[nxt].label != "TITLE" or id(sequence[nxt]) in holder \
                    or not self._separates(self._gap(sequence[nxt - 1], sequence[nxt]), sequence[nxt]):
                return

    def _unheld_title(self, link: int) -> bool:
        """The title after the linking word at ``link`` is not held: a word of planning, nomination, candidacy or wish
        (people_context.yaml unheld_title_cues: "được quy hoạch vào chức", "không muốn ông Trump làm") or of condition
        (title_condition_words: "nếu bà Clinton được bầu làm") ends within eight words before it, in the same clause."""
        for j in range(link - 1, max(-1, link - 9), -1):
            if not self.text(j).isalnum():
                return False
            if self.folded(j) in self.rec.title_condition_words \
                    or any(j - n + 1 >= 0 and fold(self.span_text(j - n + 1, j + 1)) in self.rec.unheld_title_cues for n in (1, 2, 3, 4)):
                return True
            if self.sent_starts[j]:
                return False
        return False

    def _subject_verbs(self, start: int, end: int) -> bool:
        """Tokens start..end, between a name and the linking words of a title, leave the name's phrase the subject of
        those words: nothing, a comma or a dash, or up to three lower-case words of the verb ("xin từ chức", "đã được
        bổ nhiệm") with no form of address among them."""
        gap = [self.text(j) for j in range(start, end)]
        return gap in ([], [","], ["-"], ["–"]) or len(gap) <= 3 and all(
            t.isalpha() and t.islower() and self.at("CUE", j) is None for j, t in zip(range(start, end), gap))

    def _kin_noun_before(self, person: _Item) -> int | None:
        """Where a noun of kinship (event_triggers.yaml kin_nouns) begins that stands right before the person's form of
        address, maybe with a word of birth order and "của" ("Con rể ông Trump", "vợ của ông Y", "Con trai cả của ông
        Duterte"): the person is named as a relative's kin, so the words that follow speak of the relative. None otherwise."""
        cue = next((person.start - n for n in (1, 2, 3) if person.start - n >= 0 and self.at("CUE", person.start - n) == person.start), None)
        if cue is None:
            return None
        j = cue - 1 if cue > 0 and self.folded(cue - 1) == "của" else cue
        j = next((j - n for n in (2, 1) if j - n > 0 and fold(self.span_text(j - n, j)) in self.rec.kin_order_words), j)
        return next((j - n for n in (2, 1) if j - n >= 0 and self.same_line(j - n, j) and fold(self.span_text(j - n, j)) in self.rec.kin_nouns), None)

    def _fronted_holder(self, k: int, after: list[_Item]) -> _Item | None:
        """The person a title after linking words at k goes to when the linking words open the sentence (after the
        words of people_context.yaml fronted_link_openers at most) and the clause ends with a comma right before a
        person's name, maybe with a form of address or a title ("Giữ chức tổng thống Mỹ nhiệm kỳ 1989-1993, Bush …",
        "Trước khi trở thành thủ tướng Malaysia vào năm 2009, Najib là …"): the subject of the sentence. None otherwise."""
        start = k
        while start > 0 and not self.sent_starts[start] and self.same_line(start - 1, start):
            start -= 1
        if (fold(self.span_text(start, k)) if start < k else "") not in self.rec.fronted_link_openers:
            return None
        person = next((p for p in after if p.label == "PER"), None)
        if person is None or any(self.sent_starts[j] or not self.same_line(j - 1, j) for j in range(k + 1, person.start + 1)):
            return None
        j = next((t.start for t in after if t.label == "TITLE" and t.end == person.start), person.start)
        j = next((j - n for n in (1, 2, 3) if self.at("CUE", j - n) == j), j)
        return person if self.text(j - 1) == "," else None

    def _listed(self, sequence: list[_Item], first: int, step: int, label: str) -> list[_Item]:
        """The items of ``label`` listed with ``sequence[first]``, joined by a comma or "và" (maybe with a form of address),
        in the text's order: those before it (``step`` -1: "các ông A, B và C") or after it (``step`` 1: "Giám đốc và
        Phó giám đốc …")."""
        found, i = [sequence[first]], first + step
        while 0 <= i < len(sequence) and sequence[i].label == label:
            a, b = (sequence[i], found[-1]) if step < 0 else (found[-1], sequence[i])
            if self._without_cue(self._gap(a, b), b.start) not in ([","], ["và"]):
                break
            found.append(sequence[i])
            i += step
        return found[::-1] if step < 0 else found

    def _holders_unsaid(self, sequence: list[_Item], person: int, title: int) -> bool:
        """The person at ``person`` ends a list of people and the title at ``title`` opens a list of titles ("bổ nhiệm bà A,
        ông B và ông C giữ vị trí chánh và phó chánh văn phòng …"): who holds which is not said, and such positions are
        no one's (corpus/entities/README.md)."""
        return len(self._listed(sequence, person, -1, "PER")) > 1 and len(self._listed(sequence, title, 1, "TITLE")) > 1

    def _link_respectively(self, sequence: list[_Item], owner: int, pos: int, person_at: dict[int, int],
                           titles_of: dict[int, list[_Item]], holder: dict[int, int]) -> bool:
        """Give the titles listed from ``pos`` ("Giám đốc và Phó giám đốc Sở Y tế") in order to the people listed up to
        ``owner`` ("các ông A và B"), when the two lists are as long; False when they are not."""
        persons, titles = self._listed(sequence, owner, -1, "PER"), self._listed(sequence, pos, 1, "TITLE")
        if len(persons) < 2 or len(persons) != len(titles) or any(id(t) in holder for t in titles):
            return False
        for person, title in zip(persons, titles):
            titles_of.setdefault(person_at[id(person)], []).append(title)
            holder[id(title)] = person_at[id(person)]
        return True

    def _passive_agent(self, person: _Item, sequence: list[_Item]) -> int | None:
        """Where the agent of a passive begins, when the person is named right after a passive marker, maybe with a
        title before the name ("được Thủ tướng Shinzo Abe bổ nhiệm làm …"): not the one the title after the linking
        word goes to; None when the person is no such agent."""
        start = person.start
        before = next((t for t in sequence if t.label == "TITLE" and t.end == start), None)
        if before is not None:
            start = before.start
        return start if start > 0 and self.folded(start - 1) in self.rec.passive_markers else None

    def _succession_before(self, person: _Item) -> int | None:
        """Where the words of succession (people_context.yaml succession_words: "thay", "thay thế", "kế nhiệm") begin that
        stand right before the person's name or form of address, on its line ("bầu bà A thay ông B làm Chủ tịch"): the
        person is the predecessor, and the title after the linking words is the successor's. None otherwise."""
        start = next((person.start - n for n in (1, 2, 3) if self.at("CUE", person.start - n) == person.start), person.start)
        return next((start - n for n in (2, 1) if start - n >= 0 and self.same_line(start - n, start)
                     and fold(self.span_text(start - n, start)) in self.rec.succession_words), None)

    def _aside_before(self, k: int, before: list[_Item]) -> int | None:
        """Position of the dash that opens an aside after a person's name and closes at token k - 1
        ("X - con trai Y - làm …"); None when no such aside ends there."""
        if k < 1 or self.text(k - 1) not in ("-", "–"):
            return None
        for item in reversed(before):
            if item.end >= k - 1:
                continue
            if any(self.sent_starts[j] for j in range(item.end, k)):
                return None
            if item.label == "PER" and self.text(item.end) in ("-", "–"):
                return item.end
        return None

    def _addressed_owner(self, prev: _Item, k: int, before: list[_Item]) -> _Item | None:
        """The person a title after linking words at k goes to, ``prev`` being the nearest one named before: when a form
        of address used as a pronoun stands between them and differs from the one ``prev`` was named with ("bà Clinton
        về ông Putin có từ trước khi bà giữ cương vị là ngoại trưởng"), the last person named with that form ("bà
        Clinton"), or no one."""
        pronoun = next((self.folded(j) for j in range(k - 1, prev.end - 1, -1)
                        if self.folded(j) in self.rec.pronoun_addresses and not self.name_token(j + 1)), None)
        cue = self.folded(prev.start - 1) if prev.start else None
        if pronoun is None or cue not in self.rec.pronoun_addresses or cue == pronoun:
            return prev
        return next((p for p in reversed(before) if p.label == "PER" and p.start and self.folded(p.start - 1) == pronoun), None)

    def _bare_address_before(self, k: int) -> bool:
        """A form of address used as a pronoun ("ông", "bà") right before the linking words that end at k, or as the
        subject opening the sentence or its first clause ("Không chỉ vậy, ông còn dày dạn kinh nghiệm … khi từng giữ chức
        Phó Chủ tịch …")."""
        if any(j >= 0 and fold(" ".join(self.text(i) for i in range(j + 1, k))) in self.rec.title_links
               and self.folded(j) in self.rec.pronoun_addresses and not self.name_token(j + 1)
               for j in (k - 2, k - 3, k - 4)):  # one to three linking words: "là", "giữ chức", "lúc đó là"
            return True
        start = k
        while start > 0 and not self.sent_starts[start] and self.same_line(start - 1, start):
            start -= 1
        comma = next((j for j in range(start, k) if self.text(j) == ","), None)
        subject = comma + 1 if comma is not None and comma - start <= 4 and self.text(comma + 1) != "\"" else start
        return subject < k and self.folded(subject) in self.rec.pronoun_addresses and not self.name_token(subject + 1)

    # ------------------------------------------------------------------ records
    def _mention(self, start: int, end: int) -> Mention:
        a, b = self.chars(start, end)
        return Mention(text=self.source[a:b], start=a, end=b)

    def people_records(self, items: list[_Item], people: list[_Item], titles_of: dict[int, list[_Item]]) -> list[Person]:
        """Group mentions by name; short references ("ông Dương") join the full name they end; a title
        written again without the name ("Trưởng Đoàn giám sát", "Đồng chí Bí thư") is a title mention and a mention of the
        one person who holds it."""
        groups: dict[str, dict] = {}
        order: list[str] = []
        key_at: dict[tuple[int, int], str] = {}
        for idx, it in enumerate(people):
            name = self.span_shown(it.start, it.end)  # as written (odd spaces as " ", no invisible characters)
            # "James B.DeLuca" is "James DeLuca"; "Kolinda Grabar - Kitarovic" is "Kolinda Grabar Kitarovic", "Kim Jong-un" is
            # "Kim Jong - un": a dash inside a name, spaced or not, written or left out, joins the same parts
            key = key_at[(it.start, it.end)] = " ".join(_NAME_DASH.sub(" ", _MIDDLE_INITIAL.sub("", fold(name))).split())
            if key not in groups:
                groups[key] = {"name": name, "mentions": [], "titles": [], "written": 0, "at": [], "addresses": set(),
                               "sexes": set(self._name_sex(key))}
                order.append(key)
            groups[key]["at"].append(it.start)  # where it is written, and its form of address ("ông", "bà", "anh")
            if it.start > 0 and self.folded(it.start - 1) in self.rec.pronoun_addresses:
                groups[key]["addresses"].add(self.folded(it.start - 1))
            groups[key]["sexes"].update(self._cue_sex(it.start))
            groups[key]["mentions"].append(self._mention(it.start, it.end))
            groups[key]["titles"] += titles_of.get(idx, [])
            groups[key].setdefault("after", []).extend(t for t in titles_of.get(idx, []) if t.start >= it.end)
            groups[key]["written"] += 1  # mentions written as this name (not the references it gains)
        for key in list(order):
            full = [other for other in order if other != key and other.endswith(" " + key)]
            if not full or " " not in key and self.rec.vietnamese_syllable.fullmatch(key) is None:
                # "Mahathir" for "Mahathir Mohamad": a foreign name is also referred to by its first part, and a Chinese
                # or Korean one by its family name alone ("ông Tập", "bà Thái" for "Thái Anh Văn"); a foreign word that
                # ends one name and opens another may be either ("thủ tướng Najib": Najib Razak, not his wife Rosmah
                # Najib, vietnews-005452), the choice made below
                full += [other for other in order if other.startswith(key + " ")
                        and not _INITIALS.match(key.replace(" ", ""))  # "anh N.H." is not "ông N.H. C."
                        and (" " not in key or other.split()[0] not in self.rec.surnames)
                        and other.split()[1] not in self.rec.middle_names  # "bà Hà" is not "Hà Văn Tuấn"
                        and other[len(key) + 1:] not in self.rec.name_suffixes]  # not "Donald Trump" for "… Jr.
            if not full and len(key.rstrip(".")) == 1:  # "chị T" for "chị Đ. T.T.": the last initial of a name given by
                # its initials
                full = [other for other in order if other != key and all(map(_INITIALS.match, other.split()[:-1]))
                        and _INITIALS_REST.match(other.split()[-1])  # "anh T." for "anh N.H. T"
                        and other.rstrip(".").endswith(key.rstrip("."))]
            if not full and key.isalpha() and len(key) <= 2:  # "anh G" for "Trần Văn G." (vietnews-016869), "Thiếu tá Th."
                # for "thiếu tá P. T.Th." (vietnews-016776): an initial that ends a name, written without its period
                full = [other for other in order if other.endswith(f" {key}.")]
            if not full and (" " in key or self.rec.vietnamese_syllable.fullmatch(key) is None):  # "Gonzalez Blanco" for
                # "Josefa Gonzalez Blanco Ortiz Mena", "Grabar" for "Kolinda Grabar - Kitarovic": the family names, inside a
                # longer name, neither its start nor its end (one word of them when it is foreign)
                full = [other for other in order if other != key and f" {key} " in f" {other} "
                        and not other.startswith(key + " ") and not other.endswith(" " + key)]
            if not full:
                full = self._middle_names_left_out(key, order)
            if len(full) > 1:
                full = self._same_sex(key, full, groups)
            if len(full) > 1 and " " not in key:
                full = self._named_last_before(key, full, groups) or self._public_figure(full, groups, order) \
                    or self._same_office(key, full, groups) or self._story_subject(key, full, groups) or full
            if len(full) == 1:
                groups[full[0]]["mentions"] += groups[key]["mentions"]
                groups[full[0]]["titles"] += groups[key]["titles"]
                groups[full[0]].setdefault("after", []).extend(groups[key].get("after", ()))
                order.remove(key)
            elif len(full) > 1:
                warn(self.doc, f"short reference {groups[key]['name']!r} could be any of {[groups[f]['name'] for f in full]}")
                groups[key]["could_be"] = full
        for it in people:  # another name of a person ("Nong Poy tên thật là Treechada Marnyaporn"): a form of the real one,
            # with the short references it gained ("Vy" of "Huỳnh Vy")
            alias, real = key_at[(it.start, it.end)], key_at.get(it.info.get("alias_of"))
            if real is not None and real != alias and alias in order and real in order:
                for field_name in ("mentions", "titles", "at"):
                    groups[real][field_name] += groups[alias][field_name]
                groups[real].setdefault("after", []).extend(groups[alias].get("after", ()))
                order.remove(alias)
        dropped = self._other_country_appositions(groups, order)
        # Canonical titles: the longest written form; shorter repeats are its mentions.
        canon: dict[str, list[tuple[_Item, list[_Item]]]] = {}
        for key in order:
            kept: list[tuple[_Item, list[_Item]]] = []
            for t in sorted(groups[key]["titles"], key=lambda t: t.start - t.end):  # longest first
                text = self._title_words(t)  # "Bộ trưởng Môi trường" repeats "Tân Bộ trưởng Môi trường Nhật Bản"
                home = next((k for k in kept if self._title_words(k[0]).startswith(text)), None)
                if home is None:
                    kept.append((t, [t]))
                elif t not in home[1]:
                    home[1].append(t)
            canon[key] = kept
        linked = {id(t) for ts in titles_of.values() for t in ts} - dropped
        unlinked = [it for it in items if it.label == "TITLE" and id(it) not in linked]
        held_keys = {id(k[0]): self._title_keys(k[0].start, k[0].end) for kept in canon.values() for k in kept} \
            if unlinked else {}
        other_holders = self._offices_of_unnamed(unlinked, people)
        headed = self._country_heads_before(people, key_at, canon, order) if unlinked else {}
        led: dict[tuple[str, str], tuple[_Item, list[_Item]]] = {}  # (holder, country): the office ``headed`` gave
        for it in unlinked:
            if self._no_holder(it):
                continue
            texts = self._title_keys(it.start, it.end)
            if texts in other_holders:
                continue
            holders = [(key, k) for key in order for k in canon[key]
                       if any(held.startswith(text) for held, text in zip(held_keys[id(k[0])], texts))]
            if not holders and (office := self._country_office(it)) is not None \
                    and len(named := {key for (head, country), keys in headed.items() if country == office[1]
                                      and (head == office[0] or f" {head}".endswith(f" {office[0]}")
                                           or f" {office[0]}".endswith(f" {head}")) for key in keys}) == 1:
                key = next(iter(named))  # "Nhà lãnh đạo Kim Jong-un" … "thảo luận trực tiếp với lãnh đạo Triều Tiên"
                # (vietnews-006612): the leader written before his name is the country's, written bare elsewhere
                groups[key]["mentions"].append(self._mention(it.start, it.end))
                if (entry := led.get((key, office[1]))) is not None:
                    entry[1].append(it)  # "Nhà lãnh đạo Triều Tiên" after "lãnh đạo Triều Tiên": one office
                else:
                    led[(key, office[1])] = (it, [it])
                    canon[key].append(led[(key, office[1])])
                    held_keys[id(it)] = texts
                continue
            if not holders:  # "Tổng Giám đốc Vinfast" for "Tổng Giám đốc Nhà máy sản xuất ô tô Vinfast": a shortening
                written = self._written_words(it)
                holders = [(key, k) for key in order for k in canon[key] if self._shortens(written, self._written_words(k[0]))]
            if not holders and (office := self._ministry_key(it)) is not None:  # "bộ trưởng TN - MT" for "Bộ trưởng Bộ Tài
                # nguyên môi trường": the ministry written another way
                holders = [(key, k) for key in order for k in canon[key] if self._ministry_key(k[0]) == office]
            holders = [(key, k) for key, k in holders if not self._placed_apart(it, k[0])]
            if len({key for key, _ in holders}) == 1:  # the office written again refers to its one holder
                key = holders[0][0]
                written = self._written_words(it)
                entry = next((k for _, k in holders if self._same_wording(written, self._written_words(k[0]))), None)
                groups[key]["mentions"].append(self._mention(it.start, it.end))
                if entry is None:  # another wording of it ("Giám đốc Công an Đà Nẵng", a headline, for "Giám đốc Công an
                    # TP. Đà Nẵng"): a title as written, as the gold lists each wording
                    canon[key].append((it, [it]))
                    held_keys[id(it)] = texts
                    continue
                first, repeats = entry
                repeats.append(it)
                words, held = self._title_words(it), self._title_words(first)
                if len(words) > len(held) and words.startswith(held + " "):  # "Phó chủ tịch UBND tỉnh Hậu Giang" written
                    # again for "Phó chủ tịch UBND tỉnh": the longest written form names the title
                    canon[key][next(i for i, k in enumerate(canon[key]) if k is entry)] = (it, repeats)
                    held_keys[id(it)] = texts
        records = []
        for key in order:
            g = groups[key]
            titles = []
            for first, repeats in canon[key]:
                a, b = self.chars(first.start, first.end)
                titles.append(Title(
                    text=self.source[a:b], start=a, end=b,
                    organization=self.span_shown(*first.info["org"]) if first.info.get("org")
                    else self._ministry_named(first) or self._holder_country(first, canon[key], key),
                    mentions=sorted((self._mention(t.start, t.end) for t in repeats), key=lambda m: m.start),
                ))
            titles.sort(key=lambda t: t.start)
            g["mentions"].sort(key=lambda m: m.start)
            records.append(Person(name=g["name"], titles=titles, mentions=g["mentions"],
                                  could_be=[groups[f]["name"] for f in g.get("could_be", ()) if f in order]))
        return records

    def _country_office(self, title: _Item) -> tuple[str, str] | None:
        """(head, country) of a title of kind country (titles.tsv) written with its country and nothing more ("lãnh đạo
        Triều Tiên"), folded; None for another title."""
        org = title.info.get("org")
        if org is None or org[1] != title.end or self.rec.places.get(fold(self.span_text(*org))) != "country":
            return None
        head = fold(self.span_text(title.start, org[0]))
        if head not in self.rec.country_titles:
            return None
        return head, fold(self.span_text(*org))

    def _country_heads_before(self, people: list[_Item], key_at: dict, canon: dict, order: list[str]) -> dict:
        """{(head, country): the keys of the people without a title whose name a head of kind country (titles.tsv) goes
        right before, with no country ("Nhà lãnh đạo Kim Jong-un"; "nhà lãnh đạo" is "lãnh đạo")}, for each country the
        article writes that no titled person's office names; none when a head of state is written without a country."""
        bare: dict[str, set[str]] = {}
        for it in people:
            key = key_at.get((it.start, it.end))
            if key not in order or canon.get(key):
                continue
            for h in range(max(0, it.start - 3), it.start):
                if self.at("TITLE_HEAD", h) == it.start and self.same_line(h, it.start) \
                        and (head := fold(self.span_text(h, it.start))) in self.rec.country_titles:
                    bare.setdefault(head, set()).add(key)
        if not bare or any(self._title_words(k[0]) in self.rec.national_offices and not k[0].info.get("org")
                           for kept in canon.values() for k in kept):
            return {}  # a head of state written without the country ("Tổng thống Trump", vietnews-007140) may be the
            # "Nhà lãnh đạo Mỹ" the article writes
        held = {fold(self.span_text(*k[0].info["org"])) for kept in canon.values() for k in kept if k[0].info.get("org")}
        return {(head, country): keys for head, keys in bare.items() for country in self._countries_written() if country not in held}

    def _holder_country(self, title: _Item, held: list[tuple[_Item, list[_Item]]], holder: str) -> str | None:
        """The country of a bare national office (people_context.yaml national_offices: "Tổng thống" for Barack Obama),
        as written: the one country of the holder's other titles ("lãnh đạo Triều Tiên" for "Chủ tịch Kim Jong-un",
        vietnews-012785), else, for an office only a country has, the one country the article writes anywhere when the
        holder's name (folded ``holder``) is of it (``_countries_written``); None when unclear."""
        office = self._title_words(title)
        if office not in self.rec.national_offices:
            return None
        countries = {self._country_of(t): t for t, _ in held if self._country_of(t)}
        if countries:
            return self.span_shown(*next(iter(countries.values())).info["org"]) if len(countries) == 1 else None
        written = self._countries_written()
        if office not in self.rec.one_country_offices or len(written) != 1:
            return None
        (name, (start, end)), = written.items()
        vietnamese = all(self.rec.vietnamese_syllable.fullmatch(word) for word in holder.split())
        return self.span_shown(start, end) if vietnamese == (name in self.rec.home_places) else None

    def _countries_written(self) -> dict[str, tuple[int, int]]:
        """The countries (countries.tsv) the article writes capitalised anywhere, in a body's name or after "người" too
        ("Chính phủ Mỹ", "người dân Mỹ"), folded, each with its first span."""
        if self._countries is None:
            self._countries = {}
            for k, end in sorted(self.match.get("PLACE", {}).items()):
                name = fold(self.span_text(k, end))
                if self.cap(k) and self.rec.places.get(name) == "country":
                    self._countries.setdefault(name, (k, end))
        return self._countries

    def _place_after_title(self, title: _Item) -> str | None:
        """The place written right after a title, with its level word or without (folded: "bang california"), or None."""
        k = title.end
        if k >= self.n or not self.same_line(title.end - 1, k):
            return None
        if (lvl := self.at("LEVEL", k)) is not None and self.level_word(k) and (end := self.place_name(lvl)) is not None:
            return fold(self.span_text(k, end))
        if (end := self.at("PLACE", k)) is not None and self.cap(k):
            return fold(self.span_text(k, end))
        return None

    def _placed_apart(self, title: _Item, held: _Item) -> bool:
        """The office written again without a name is followed by another place than the one written after the holder's
        title ("Hạ nghị sĩ Cộng hoà bang California Devin Nunes", then "chính ông và hạ nghị sĩ Cộng hoà bang Nam
        Carolina", vietnews-010863): another holder of that office, not this one."""
        here = self._place_after_title(title)
        return here is not None and (there := self._place_after_title(held)) is not None and here != there

    def _ministry_named(self, title: _Item) -> str | None:
        """The ministry of a minister's title written with its portfolio alone (titles.tsv portfolio=yes; people_context.yaml
        ministry_word): "Thứ trưởng Ngoại giao" is of "Bộ Ngoại giao", "Thứ trưởng Ngoại giao Iran" of "Bộ Ngoại giao Iran"
        (vietnews-006815), as most ministers' titles in the news are written (114 of 145 in the ../shared news sample)."""
        if not title.info.get("ministry"):
            return None
        start, _, end = title.info["ministry"]
        word = self.rec.ministry_word_written if self.cap(start) else self.rec.ministry_word
        return f"{word} {self.span_shown(start, end)}"

    def _points_back(self, title: _Item) -> bool:
        """A demonstrative (people_context.yaml description_demonstratives) right after a title with no body, or after
        an age written after it ("thượng nghị sĩ 76 tuổi này"): a description of someone named earlier."""
        k = title.end
        if title.info.get("org") or any(self.at("LEVEL", j) == k for j in range(title.start, k)):
            return False  # "Chủ tịch UBND tỉnh này": the unit's demonstrative
        if self.same_line(k, k + 2) and self.text(k).isdigit() and self.folded(k + 1) in self.rec.age_words:
            k += 2
        return self.same_line(title.end - 1, k) and self.folded(k) in self.rec.description_demonstratives

    def _offices_of_unnamed(self, unlinked: list[_Item], people: list[_Item]) -> set[tuple[str, str]]:
        """The title keys of offices written before a foreign name that is no word of a tagged person's name ("Giáo
        hoàng Francis cử hành lễ …", vietnews-011656, the name untagged; not "Tổng thống Pháp Macron" for Emmanuel
        Macron): the article names a holder the records lack, so a bare mention of that office ("Giáo hoàng") may be
        theirs, not the one holder the records have ("dưới thời Giáo hoàng Gregory X.")."""
        name_words = {self.folded(k) for it in people for k in range(it.start, it.end)}
        return {self._title_keys(it.start, it.end) for it in unlinked
                if self.same_line(it.end - 1, it.end) and self.name_token(it.end) and self.foreign(it.end)
                and self.folded(it.end) not in name_words}

    def _other_country_appositions(self, groups: dict[str, dict], order: list[str]) -> set[int]:
        """Drop from each person the titles linked after a name ("X, T") that name another country than a title written
        before one of the person's names ("T X"), and return their ids: "cuộc gặp với ông Duterte, thủ tướng Malaysia cũng
        cảnh báo …" (vietnews-004645) is Mahathir, the subject of the next clause, where "Tổng thống Philippines Rodrigo
        Duterte" is written elsewhere; a person holds one country's offices."""
        dropped: set[int] = set()
        for key in order:
            g = groups[key]
            after = {id(t) for t in g.get("after", ())}
            before = {self._country_of(t) for t in g["titles"] if id(t) not in after} - {None}
            if not before:
                continue
            other = {id(t) for t in g.get("after", ()) if self._country_of(t) not in before | {None}}
            g["titles"] = [t for t in g["titles"] if id(t) not in other]
            dropped |= other
        return dropped

    def _cue_sex(self, k: int) -> tuple[str, ...]:
        """("m",) or ("f",) when the cue written right before the name at token k says a man or a woman is named ("ông",
        "bà", "Hoàng tử", "hoa hậu": honorifics.tsv gender); () otherwise."""
        cue = next((k - n for n in (1, 2, 3) if k - n >= 0 and self.at("CUE", k - n) == k), None)
        sex = self.rec.cue_sexes.get(fold(self.span_text(cue, k))) if cue is not None else None
        return (sex,) if sex else ()

    def _name_sex(self, key: str) -> tuple[str, ...]:
        """("f",) for a Vietnamese name with the middle name "Thị", ("m",) with "Văn" (people_context.yaml
        middle_name_genders); () otherwise."""
        words = key.split()
        sex = self.rec.middle_name_sexes.get(words[1]) if len(words) > 2 and words[0] in self.rec.surnames else None
        return (sex,) if sex else ()

    def _middle_names_left_out(self, key: str, order: list[str]) -> list[str]:
        """The longer foreign names (folded keys in ``order``) that open and end with the two words of the foreign name
        ``key``: "Karen Smith" is "Karen Elaine Smith" written without her middle name (vietnews-010144). Vietnamese
        names are left alone ("Nguyễn Dũng" need not be "Nguyễn Tấn Dũng")."""
        words = key.split()
        if len(words) != 2 or any(self.rec.vietnamese_syllable.fullmatch(w) for w in words):
            return []
        return [other for other in order if len(other.split()) > 2 and other.split()[0] == words[0]
                and other.split()[-1] == words[1]]

    @staticmethod
    def _same_sex(key: str, full: list[str], groups: dict[str, dict]) -> list[str]:
        """Of several full names a short reference could stand for, those not of the other sex than its own cues say
        ("ông Agustin" is not "Bà Merdian Agustin", vietnews-004895): a full name's sex is read from the cues before it
        and before the short forms only it has ("Bà Sara" for "Sara Duterte"); all of them when the reference's cues say
        no one sex, or none would be left."""
        said = groups[key]["sexes"]
        if len(said) != 1:
            return full

        def sexes(name: str) -> set[str]:
            own = [k for k in groups if k != key and (name.startswith(k + " ") or name.endswith(" " + k))
                   and not any(f != name and (f.startswith(k + " ") or f.endswith(" " + k)) for f in full)]
            return groups[name]["sexes"].union(*(groups[k]["sexes"] for k in own))

        kept = [f for f in full if not (s := sexes(f)) or s & said]
        return kept or full

    def _named_last_before(self, key: str, full: list[str], groups: dict[str, dict]) -> list[str]:
        """Of several full names a short reference could stand for, the one written last before the reference is first
        written ("Cô Kim" after "cô Kim Yo-jong", vietnews-008816; "Minh được xác định …" after "Bùi Văn Minh", with "Lý
        Hoàng Minh" named only later, vietnews-002973), the usual reading of a news story, of those holding the titles
        written before the reference ("Tổng thống Trump" is not "bà Melania Trump"); [] when none is."""
        ref, after = groups[key]["at"][0], {id(t) for t in groups[key].get("after", ())}
        fronted = [t for t in groups[key]["titles"] if id(t) not in after]
        before = [(max(a for a in groups[f]["at"] if a < ref), f) for f in full
                  if min(groups[f]["at"]) < ref and self._holds(fronted, f, groups)]
        return [max(before)[1]] if before else []

    def _holds(self, titles: list[_Item], name: str, groups: dict[str, dict]) -> bool:
        """The person ``name`` holds each of ``titles``, as written or shortened ("Bộ trưởng" of "Bộ trưởng Môi trường")."""
        held = [self._title_words(t) for t in groups[name]["titles"]]
        return all(any(a.startswith(b) or b.startswith(a) for b in held) for a in map(self._title_words, titles))

    @staticmethod
    def _public_figure(full: list[str], groups: dict[str, dict], order: list[str]) -> list[str]:
        """Of several full names a family name alone could stand for ("Trump": Donald Trump, Ivanka Trump), the one the
        article gives a title, or else the one it never calls by the given name alone ("Ivanka"); [] when no single one."""
        titled = [f for f in full if groups[f]["titles"]]
        if len(titled) == 1:
            return titled
        first_named = {f for f in full if any(other != f and f.startswith(other + " ") for other in order)}
        rest = [f for f in full if f not in first_named]
        return rest if len(rest) == 1 and first_named else []

    def _same_office(self, key: str, full: list[str], groups: dict[str, dict]) -> list[str]:
        """Of several titled full names a family name alone could stand for, the one whose title the reference's own titles
        all share ("Tổng thống Trump": Donald Trump, Tổng thống, not Ivanka Trump, cố vấn Nhà Trắng, vietnews-004494); []
        when the reference has no title or not exactly one name fits."""
        if not groups[key]["titles"]:
            return []
        fits = [f for f in full if groups[f]["titles"] and self._holds(groups[key]["titles"], f, groups)]
        return fits if len(fits) == 1 else []

    def _story_subject(self, key: str, full: list[str], groups: dict[str, dict]) -> list[str]:
        """Of several full names a family name alone could stand for, the one the article names in full most often, the
        story's subject ("Koizumi": Shinjiro Koizumi, named three times, not his father Junichiro, named once), unless
        the reference holds a title that subject does not ("Tổng thống Trump" is not "bà Melania Trump"), and the subject
        never has another form of address ("bà Smith" is not "ông John Smith"); [] otherwise."""
        addresses = groups[key]["addresses"]
        most = max(groups[f]["written"] for f in full)
        named_most = [f for f in full if groups[f]["written"] == most]
        if len(named_most) != 1 or addresses and groups[named_most[0]]["addresses"] \
                and not addresses & groups[named_most[0]]["addresses"]:
            return []
        return named_most if self._holds(groups[key]["titles"], named_most[0], groups) else []

    def _written_words(self, title: _Item) -> list[str]:
        """A title's words as written, folded, without punctuation and without the modifiers of time that open it."""
        j = title.start
        while (m := self.at("MOD_BEFORE", j)) is not None and m < title.end \
                and fold(self.span_text(j, m)) in self.rec.time_modifiers:
            j = m
        return re.findall(r"\w+", fold(self.span_text(j, title.end)))

    def _shortens(self, short: list[str], full: list[str]) -> bool:
        """The words ``short`` are ``full``'s with a run of words inside left out, not its first nor its last ("tổng giám
        đốc ô tô vinfast" of "tổng giám đốc nhà máy sản xuất ô tô vinfast", "phó bí thư bình thuận" of "phó bí thư thường
        trực tỉnh uỷ bình thuận"), nor a seat word ("đại sứ việt nam" is not "đại sứ mỹ tại việt nam"); a bare head is none."""
        if not 2 < len(short) < len(full):
            return False
        cut = len(full) - len(short)
        return any(short[:i] == full[:i] and short[i:] == full[i + cut:] and not set(full[i:i + cut]) & self.rec.seat_words
                   for i in range(1, len(short)))

    def _ministry_key(self, title: _Item) -> str | None:
        """A minister's title (titles.tsv portfolio=yes) as its head and the key of its ministry (``_org_key``), however the
        ministry is written: "bộ trưởng TN - MT", "Bộ trưởng Bộ Tài nguyên môi trường" (vietnews-002817), "Bộ trưởng GTVT"
        and "Bộ trưởng bộ Giao thông vận tải" (vietnews-012938) name one office, and the home country after the ministry is
        the one a ministry left without a country is of. None for another title, a bare head or a modifier other than one
        of time ("Phó", "Quyền" make another office); those of time are part of the key."""
        j = title.start
        while (m := self.at("MOD_BEFORE", j)) is not None and m < title.end \
                and fold(self.span_text(j, m)) in self.rec.time_modifiers:
            j = m
        head = self.at("TITLE_HEAD", j)
        if head is None or head >= title.end or fold(self.span_text(j, head)) not in self.rec.portfolio_titles:
            return None
        end = title.end
        if (home := next((k for k in range(head + 1, end) if self.at("PLACE", k) == end), None)) is not None \
                and fold(self.span_text(home, end)) in self.rec.home_places:
            end = home  # "Thứ trưởng Ngoại giao Việt Nam" is "Thứ trưởng Bộ Ngoại giao" (vietnews-008376)
        ministry = self.span_text(head, end)
        if self.folded(head) != self.rec.ministry_word:
            ministry = f"{self.rec.ministry_word} {ministry}"
        # the modifiers of time stay in the key: "cựu Bộ trưởng Bộ Y tế" is not today's "Bộ trưởng Y tế"
        return f"{fold(self.span_text(title.start, head))} {self._org_key(ministry)}"

    @staticmethod
    def _same_wording(a: list[str], b: list[str]) -> bool:
        """One title's words begin the other's ("Thủ tướng" and "Thủ tướng Chính phủ"): one wording, written more or less
        fully (the scorer's lenient reading of titles)."""
        n = min(len(a), len(b))
        return a[:n] == b[:n]

    def _title_words(self, title: _Item) -> str:
        """A title's words, folded, without the modifiers of time that open it ("Tân Bộ trưởng …" is "bộ trưởng …"; not
        "Phó": "Phó Chủ tịch" is another office than "Chủ tịch")."""
        j = title.start
        while (m := self.at("MOD_BEFORE", j)) is not None and m < title.end \
                and fold(self.span_text(j, m)) in self.rec.time_modifiers:
            j = m
        if (org := title.info.get("org")) is not None and j <= org[0] and org[1] == title.end:
            return " ".join(filter(None, (fold(self.span_text(j, org[0])) if org[0] > j else "",
                                          self._org_key(self.span_text(*org)))))  # "Bộ trưởng Bộ TN - MT" is
            # "Bộ trưởng Bộ Tài nguyên và môi trường"
        return fold(self.span_text(j, title.end))

    def _title_keys(self, start: int, end: int) -> tuple[str, str]:
        """Two comparison keys of a title's words, folded: without the level word before a place's name ("Giám đốc
        Công an Đà Nẵng", a headline, and "Giám đốc Công an TP. Đà Nẵng" name one position), and with each level word
        and its place's name as the level's kind ("Giám đốc công an thành phố" is "… TP. Đà Nẵng")."""
        named, kinds, j = [], [], start
        while j < end:
            lvl = self.at("LEVEL", j)
            if lvl is not None and lvl <= end and self.level_word(j):
                kind = f"<{self.level_kind(j, lvl)}>"
                name_end = self.place_name(lvl) if lvl < end and self.cap(lvl) else None
                if name_end is not None and name_end <= end:
                    named.append(" ".join(self.folded(i) for i in range(lvl, name_end)))
                    kinds.append(kind)
                    j = name_end
                    continue
                named.append(fold(self.span_text(j, lvl)))
                kinds.append(kind)
                j = lvl
                continue
            named.append(self.folded(j))
            kinds.append(self.folded(j))
            j += 1
        return " ".join(named), " ".join(kinds)

    def in_full(self, body: str, locations: list[Location], organizations: list[Organization] = ()) -> str | None:
        """``body`` completed with the one place of the level it leaves implicit: the level word of a unit with offices
        at its end ("HĐND huyện"; not the "cầu" of "công ty Nghe nhìn Toàn cầu", vietnews-000593, the word of a
        bridge) or a committee head ("Ban Dân vận Tỉnh ủy"); None when complete, or the place is unclear. The place is
        the one the article writes after that body's name elsewhere ("UBND tỉnh Quảng Nam", of the ``organizations``),
        else the province its districts, communes and streets lie in, before any province it names alone, which may be
        where people come from ("huyện Núi Thành. … lao động từ tỉnh Bình Định"), else the one place of that level it
        names."""
        words = fold(body).split()
        level = next((self.rec.levels[w] for w in (" ".join(words[-2:]), words[-1])
                      if self.rec.levels.get(w) in self.rec.body_level_kinds), None) \
            or next((self.rec.head_info[h]["place_level"] for h in (" ".join(words[-2:]), words[-1])
                     if self.rec.head_info.get(h, {}).get("place_level")), None)
        if level is None:  # not "công ty cổ phần Nghe nhìn Toàn cầu" + "Giấy" of "Cầu Giấy": "cầu" (a bridge) is no unit's level
            return None
        written = {" ".join(org.name.split()[len(words):]) for org in organizations
                   if fold(org.name).split()[:len(words)] == words and len(org.name.split()) > len(words)}
        places = {place for place in written if gazetteer.name_key(place) in self.rec.known_place_names}
        lower = {loc.province for loc in locations if loc.province and gazetteer.split_level(loc.province)[0] == level}
        if not places and len(lower) == 1:  # as the article writes it, if it does ("tỉnh Thừa Thiên - Huế")
            unit = lower.pop()
            places = {next((gazetteer.split_level(loc.name)[1] for loc in locations if loc.official_name == unit
                            and loc.kind == level), gazetteer.split_level(unit)[1])}
        if not places:
            places = {gazetteer.split_level(loc.name)[1] for loc in locations if loc.kind == level}
        return f"{body} {places.pop()}" if len(places) == 1 else None

    def _closed(self, name: str) -> str:
        """``name`` with its listed abbreviations of several parts written as listed: "bộ GD & ĐT" -> "bộ GD&ĐT"."""
        return self.rec.spaced_abbreviations.sub(lambda m: _joined(m.group().replace(",", "-")).replace("–", "-"), name)

    def _expand(self, name: str) -> str:
        return " ".join(self.rec.abbreviations.get(w, w) for w in self._closed(name).split())

    def _bracketed_forms(self, items: list[_Item], key_of: dict[int, str]) -> dict[str, str]:
        """The key of each short form given in brackets (``bracketed_short_forms``) -> the key of its body."""
        forms: dict[str, str] = {}
        for it in items:
            body = self.short_forms.get(self.span_text(it.start, it.end)) if it.label == "ORG" else None
            if body is not None and key_of[id(it)] != key_of[id(body)] and key_of[id(body)] not in forms:
                forms.setdefault(key_of[id(it)], key_of[id(body)])
        return forms

    def _bracketed_spellings(self, items: list[_Item]) -> dict[str, str]:
        """Abbreviations given in brackets inside a body's name -> the words before them after the head, as written: "VH
        - TT & DL" -> "Văn hoá - thể thao và du lịch" in "Sở Văn hoá - thể thao và du lịch (VH - TT & DL) Vĩnh Phúc"; with
        the head when the abbreviation opens with its initial: "VKS" -> "Viện Kiểm sát nhân dân" in "Viện Kiểm sát nhân
        dân (VKS) TP Hoà Bình" (vietnews-003393)."""
        spelled: dict[str, str] = {}
        for it in items:
            if it.label != "ORG" or (head := self.org_head(it.start)) is None:
                continue
            bracket = next((i for i in range(head, it.end) if self.text(i) == "("), None)
            if bracket is None or self.text(it.end - 1) == ")" \
                    or (close := next((i for i in range(bracket, it.end) if self.text(i) == ")"), None)) is None \
                    or close == bracket + 1:
                continue
            short = self.span_text(bracket + 1, close)
            start = it.start if fold(short[:1]) == self.folded(it.start)[:1] else head  # the whole name, or its fields
            if bracket > start:
                spelled[short] = self.span_text(start, bracket)
        return spelled

    def organization_records(self, items: list[_Item]) -> list[Organization]:
        """One record per organisation; a shorter form that a single longer form extends with a proper name joins it."""
        groups: dict[str, list[_Item]] = {}
        key_of: dict[int, str] = {}
        spelled = self._bracketed_spellings(items)
        for it in items:
            if it.label == "ORG":
                text = self.span_text(it.start, it.end)
                for short, long in spelled.items():  # "Sở VH - TT & DL Vĩnh Phúc" is "Sở Văn hoá - … Vĩnh Phúc"
                    text = re.sub(r"\s*\(\s*" + re.escape(short) + r"\s*\)", "", text)
                    text = re.sub(rf"(?<!\w){re.escape(short)}(?!\w)", lambda _: long, text)  # whole words: not the "TT" of "TTXVN"
                key_of[id(it)] = self._org_key(text)
                groups.setdefault(key_of[id(it)], []).append(it)
        keys = sorted(groups, key=len)
        merged: dict[str, str] = self._bracketed_forms(items, key_of)
        leveled: dict[str, list[str]] = {}
        for key in keys:
            if (bare := self._without_level(key)) is not None:
                leveled.setdefault(bare, []).append(key)
        for key in keys:  # "Bệnh viện đa khoa Cà Mau" is "Bệnh viện đa khoa tỉnh Cà Mau" when no other level is written
            if key not in merged and len(leveled.get(key, ())) == 1 and self._without_level(key) is None:
                merged[key] = leveled[key][0]

        def target(key: str) -> str:
            while key in merged:
                key = merged[key]
            return key

        for key in reversed(keys):  # the longer forms first: the forms a short one extends may have become one record
            if key in merged:
                continue
            longer = [o for o in keys if o != key and o.startswith(key + " ")]
            if len({target(o) for o in longer}) == 1:
                longer = sorted(longer, key=len)[:1]  # "Sở Giao thông" of "Sở giao thông Hà Nội" = "Sở Giao thông Vận tải Hà Nội"
            head = max((h for h in self.rec.head_info if key.startswith(h + " ")), key=len, default=None)
            if not longer and head is None:  # "Vingroup" is "Tập đoàn Vingroup": a body's name without its head
                ending = [o for o in keys if o.endswith(" " + key)
                          and self.rec.head_info.get(o[:-len(key) - 1], {}).get("system") in self.rec.named_alone_systems]
                if len(ending) == 1:
                    merged[key] = ending[0]
                continue
            if not longer and head:  # "công ty Bảo Định" is "công ty TNHH Dịch vụ Bảo vệ - Vệ sĩ Bảo Định"
                name = key[len(head) + 1:]
                longer = [o for o in keys if o != key and o.startswith(head + " ") and o.endswith(" " + name)
                          and self._name_closes(groups[o][0], groups[key][0], name)] \
                    if name not in self.rec.known_bodies else []  # not "văn phòng Nhà Trắng" (the office of a known
                # body) of "văn phòng Thông tin Nhà Trắng" (vietnews-017210)
                if not longer:  # "Sở giao thông Hà Nội" is "Sở Giao thông Vận tải Hà Nội": its field written short
                    longer = [o for o in keys if o != key and o.startswith(head + " ")
                              and self._field_written_short(key, o, head)]
                body = next((b for t, b in self.short_forms.items() if fold(t) == name), None)
                if not longer and body is not None and key_of.get(id(body), "").startswith(head + " "):
                    longer = [key_of[id(body)]]  # "cục NTBD" after "cục Nghệ thuật biểu diễn (NTBD)"
                if len(longer) == 1:
                    merged[key] = longer[0]
                continue
            if len(longer) == 1:
                sample = groups[longer[0]][0]
                words = self.span_text(sample.start, sample.end).split()
                # the written words after the short form (keys are expanded: "TP." is "thành phố")
                tail = next((" ".join(words[n:]) for n in range(len(words)) if fold(self._expand(" ".join(words[:n]))) == key), "")
                located = fold(tail.split(" ", 1)[0]) in self.rec.seat_words and tail.split(" ", 1)[-1][:1].isupper()
                n = len(tail.split())
                cut = n and any(fold(self._text_after(self.chars(i.start, i.end)[1], len(tail) + 1)).strip() == fold(tail)
                                and i.end < self.n and self.same_line(i.start, i.end)
                                for i in groups[key])  # compared as text: "TP." may be two tokens
                joined = fold(tail.split(" ", 1)[0]) in self.rec.field_joiners and head is not None \
                    and self.rec.head_info[head].get("field_names") == "yes"
                # a proper name, number or seat completes it; or the short form is the long one cut where it is written
                # ("cục Nghệ thuật" of "cục Nghệ thuật biểu diễn vừa …"), or its first field ("Sở Văn hoá" of "Sở Văn hóa
                # và Thể thao")
                abroad = key in self.rec.lower_bodies_before_countries and self.rec.places.get(fold(tail)) == "country" \
                    and fold(tail) not in self.rec.home_places \
                    and min(i.start for i in groups[key]) < min(i.start for i in groups[longer[0]])
                # a foreign government ("chính phủ Estonia") is not the "Chính phủ" written alone before it (vietnews-020560:
                # Việt Nam's); after it, it is ("chính phủ Myanmar" … "Chính phủ có thể giam giữ chúng tôi", vietnews-010224)
                if (tail[:1].isupper() or tail[:1].isdigit() or located or cut or joined
                        or self._unit_pointed_back(groups[key], tail)) and not abroad:
                    merged[key] = longer[0]
        for short, long in merged.items():
            target = long
            while target in merged:
                target = merged[target]
            groups[target] += groups.pop(short)
        records = []
        for its in sorted(groups.values(), key=lambda g: min(i.start for i in g)):
            mentions = sorted((self._mention(i.start, i.end) for i in its), key=lambda m: m.start)
            shown = [written(m.text, compose=False) for m in mentions]  # names as written, odd characters as read
            name = _longest(shown)
            abbreviated = next((t for t in shown if any(w in self.rec.abbreviations for w in self._closed(t).split())), None)
            expansion = self._expand(abbreviated) if abbreviated else None
            if (inner := self._acronym_inside(its, spelled)) is not None:
                abbreviated, expansion = inner  # "VKS" of "Viện Kiểm sát nhân dân (VKS) TP Hoà Bình"
            elif abbreviated is None and (short := self._bracketed_acronym(its)) is not None:
                abbreviated, expansion = short  # "Cục Điều tra Liên bang Mỹ (FBI)": its initials may spell another language
            records.append(Organization(
                name=name,
                abbreviation=abbreviated,
                expansion=expansion,
                mentions=mentions,
            ))
        return records

    def completed_bodies_joined(self, organizations: list[Organization]) -> list[Organization]:
        """A body written without the place it serves, completed (``in_full``: "Công an thành phố" is "Công an thành phố
        Hải Phòng", vietnews-000163), is the one body the article also names in full ("Công an TP. Hải Phòng"), its
        mentions that body's; the record names stay, kept when no single body is so named."""
        named: dict[str, list[Organization]] = {}
        for org in organizations:
            for name in {self._org_key(n) for n in (org.name, org.expansion) if n}:
                named.setdefault(name, []).append(org)
        joined = []
        for org in organizations:
            full = named.get(self._org_key(org.in_full), []) if org.in_full else []
            if len(full) == 1 and full[0] is not org and full[0].in_full is None:
                full[0].mentions = sorted(full[0].mentions + org.mentions, key=lambda m: m.start)
                joined.append(org)
        return [org for org in organizations if not any(org is j for j in joined)]

    def _name_closes(self, body: _Item, short: _Item, name: str) -> bool:
        """The body's mention ends with ``name`` (folded) written as the short form writes it, a name of its own: not in
        lower case where the short form opens it with a capital, the rest of a word ("công ty Khí Việt Nam" is no short
        form of "công ty cổ phần Dịch vụ Kỹ thuật Dầu khí Việt Nam", vietnews-018156: "khí" ends "Dầu khí"). Mentions
        written otherwise (an abbreviation expanded) are not judged."""
        text, short_text = self.span_text(body.start, body.end), self.span_text(short.start, short.end)
        if not fold(text).endswith(" " + name) or not fold(short_text).endswith(" " + name):
            return True
        return not (short_text[len(short_text) - len(name)].isupper() and text[len(text) - len(name)].islower())

    def _unit_pointed_back(self, its: list[_Item], tail: str) -> bool:
        """A mention of the short form goes on with the level word the long form's ``tail`` opens with and a demonstrative
        (document_context.yaml place_demonstratives): "Đoàn đại biểu Quốc hội tỉnh này" is "… tỉnh Bình Thuận", the unit
        the article names (vietnews-003067)."""
        words = fold(tail).split()
        level = next((" ".join(words[:n]) for n in (2, 1) if len(words) > n and " ".join(words[:n]) in self.rec.levels), None)
        if level is None:
            return False
        pointed = re.compile(rf"\s*{re.escape(level)}\s+(?:{'|'.join(map(re.escape, self.rec.place_demonstratives))})(?!\w)")
        return any(pointed.match(fold(self._text_after(self.chars(i.start, i.end)[1], 40))) for i in its)

    def _text_after(self, offset: int, n: int) -> str:
        """The ``n`` characters the input writes from ``offset`` on, as read (``written``): NFD input spends up to three
        code points on a letter, and zero-width characters none on the screen."""
        end = offset + n
        while len(text := written(self.source[offset:end])) < n and end < len(self.source):
            end += n
        return text[:n]

    def _bracketed_acronym(self, its: list[_Item]) -> tuple[str, str] | None:
        """(abbreviation, the body's name before it) when a mention of the group is an acronym that the article gives in
        brackets right after a mention of the same group (``bracketed_short_forms``), the one written most often then
        first ("Liên minh châu Âu (EU)" over the "(EVFTA)" of the treaty its name ends); None otherwise."""
        def form(it: _Item) -> str:
            return self.texts[it.start] if it.end - it.start == 1 else self.span_text(it.start, it.end)
        acronyms = [it for it in sorted(its, key=lambda i: i.start)
                    if (it.end - it.start == 1 and self.acronym(it.start) or self.unit_code_end(it.start) == it.end)
                    and any(other is self.short_forms.get(form(it)) for other in its)]
        if not acronyms:
            return None
        it = max(acronyms, key=lambda a: sum(form(b) == form(a) for b in acronyms))
        body = self.short_forms[form(it)]
        return (written(self._mention(it.start, it.end).text, compose=False),
                written(self._mention(body.start, body.end).text, compose=False))

    def _acronym_inside(self, its: list[_Item], spelled: dict[str, str]) -> tuple[str, str] | None:
        """(acronym, the words it spells) of an acronym in brackets inside a mention of the group that is the short form
        of the whole body (``bracketed_short_forms``): ("VKS", "Viện Kiểm sát nhân dân") of "Viện Kiểm sát nhân dân (VKS)
        TP Hoà Bình" (vietnews-003393); None otherwise."""
        for it in its:
            for k in range(it.start + 2, it.end - 2):
                if self.text(k - 1) == "(" and self.text(k + 1) == ")" and self.short_forms.get(self.texts[k]) in its \
                        and self.texts[k] in spelled:
                    return written(self._mention(k, k + 1).text, compose=False), spelled[self.texts[k]]
        return None

    def _org_key(self, name: str) -> str:
        """A body's name folded, its abbreviations expanded and its longest opening that organizations.tsv lists given as
        the listed name: "Bộ TN - MT" is "bộ tài nguyên và môi trường", "Ủy ban MTTQ Việt Nam tỉnh Quảng Nam" is "mặt
        trận tổ quốc việt nam tỉnh quảng nam" (one body written several ways is one record); the qualifier after a body's
        common noun is no word of the name ("đảng đối lập CNRP" is "đảng CNRP")."""
        words = fold(self._expand(name)).split()
        if len(words) > 1 and (qualifiers := self.rec.body_qualifiers.get(words[0])) is not None:
            words[1:] = next((words[1 + n:] for n in qualifiers.lengths if tuple(words[1:1 + n]) in qualifiers), words[1:])
        for n in range(len(words), 0, -1):
            if (listed := self.rec.org_canonical.get(_joined(" ".join(words[:n])))) is not None:
                return fold(" ".join([listed, *words[n:]]))
        return " ".join(words)

    def _without_level(self, key: str) -> str | None:
        """Organisation key ``key`` without the unit's level word before the known place that closes it, when that level
        is the one the place's name alone stands for ("sở gtvt thành phố cần thơ" -> "sở gtvt cần thơ", "trường mầm non
        xã tân sơn" -> "trường mầm non tân sơn"; not "công an thành phố thái bình": "Công an Thái Bình" is the province's);
        None when no such level word is written."""
        words = key.split()
        for i in range(1, len(words) - 1):
            for n in (2, 1):
                kind = self.rec.levels.get(" ".join(words[i:i + n]))
                place = " ".join(words[i + n:])
                if kind in self.rec.unit_kinds and place and gazetteer.name_key(place) in self.rec.known_place_names \
                        and self.rec.places.get(place) in (None, kind):
                    return " ".join(words[:i] + words[i + n:])
        return None

    def _field_written_short(self, key: str, other: str, head: str) -> bool:
        """Form ``key`` is ``other`` without words between its field and the place it ends with, and those words hold no
        place nor level word ("sở giao thông hà nội" of "sở giao thông vận tải hà nội"; not "công ty điện lực hà nội" of
        "công ty điện lực đống đa hà nội", nor "trường mầm non tân sơn" of "trường mầm non xã tân sơn")."""
        words, others = key.split(), other.split()
        place = next((n for n in range(len(words) - 1, len(head.split()), -1)
                      if gazetteer.name_key(" ".join(words[n:])) in self.rec.known_place_names), None)
        if place is None or len(others) <= len(words) or others[:place] != words[:place] \
                or others[len(others) - len(words) + place:] != words[place:]:
            return False
        inserted = others[place:len(others) - len(words) + place]
        return not any(gazetteer.name_key(" ".join(inserted[a:b])) in self.rec.known_place_names or " ".join(inserted[a:b])
                       in self.rec.levels for a in range(len(inserted)) for b in range(a + 1, len(inserted) + 1))

    def _known_as(self, place: _Item, kind: str) -> bool:
        """Whether a place written alone is known as a place of the kind its level word names elsewhere: "Crimea" (a
        region of countries.tsv) is "bán đảo Crimea" (a region), while "Triều Tiên" (a country) is no "bán đảo Triều
        Tiên"."""
        return self.rec.places.get(fold(self.span_text(place.start, place.end))) == kind

    def _place_key(self, start: int, end: int) -> str:
        return gazetteer.name_key(self.span_text(start, end))

    def seats_as_buildings(self, items: list[_Item]) -> list[_Item]:
        """A seat of government (place_lists.yaml seat_buildings) that the article names only right after a word of place
        or of a visit ("khách mời thăm Nhà Trắng", "ở Nhà Trắng này", vietnews-012764) is the building, a place, at every
        mention; named anywhere else (acting, or the body of a title), it stays the body."""
        seats: dict[str, list[_Item]] = {}
        for it in items:
            if it.label == "ORG" and (name := fold(self.span_text(it.start, it.end))) in self.rec.seat_buildings:
                seats.setdefault(name, []).append(it)
        placed = {name for name, found in seats.items()
                  if all(it.start > 0 and self.folded(it.start - 1) in self.rec.seat_place_words
                         and self.same_line(it.start - 1, it.start) for it in found)}
        if not placed:
            return items
        return [_Item("LOC", it.start, it.end, {"kind": "building", "name_start": it.start})
                if it.label == "ORG" and fold(self.span_text(it.start, it.end)) in placed else it for it in items]

    def people_over_places(self, items: list[_Item]) -> list[_Item]:
        """Items with a place of no kind written alone that the article names as a person elsewhere made that person's
        ("người hàng xóm Trần Văn Quốc" after "xóm", a level word, and "ông Trần Văn Quốc"): a span is never both. Not a
        known unit's name ("hải chiến Hoàng Sa", though "anh Hoàng Sa" is a person named after it, vietnews-019188)."""
        people = {name for it in items if it.label == "PER" and it.end - it.start >= 2
                  and (name := fold(self.span_text(it.start, it.end))) not in self.rec.unit_names}
        return [_Item("PER", it.start, it.end, {}) if it.label == "LOC" and it.info["name_start"] == it.start
                and it.info.get("kind") is None and not it.info.get("placed")
                and fold(self.span_text(it.start, it.end)) in people else it for it in items]

    def people_out_of_acronym_bodies(self, items: list[_Item]) -> list[_Item]:
        """A body read as an abbreviation and one foreign word after it, that word the family name of a person the
        article names in full, is the abbreviation and that person ("Chủ tịch FIFA Infantino, Tổng thống Nga Putin" with
        "chủ tịch FIFA Gianni Infantino" elsewhere, vietnews-011146): the body and any title of it end before the name."""
        family = {self.folded(it.end - 1) for it in items if it.label == "PER" and it.end - it.start >= 2 and self.foreign(it.end - 1)}
        ends = {it.end for it in items if it.label == "ORG" and it.end - it.start >= 2 and self.folded(it.end - 1) in family
                and self.foreign(it.end - 1) and self.name_token(it.end - 1) and self.acronym(it.end - 2)
                and not self.name_token(it.end)}
        if not ends:
            return items
        out = []
        for it in items:
            if it.label == "ORG" and it.end in ends:
                out += [_Item("ORG", it.start, it.end - 1, it.info), _Item("PER", it.end - 1, it.end)]
            elif it.label == "TITLE" and it.end in ends and (it.info.get("org") or (0, 0))[1] == it.end:
                out.append(_Item("TITLE", it.start, it.end - 1, {**it.info, "org": (it.info["org"][0], it.end - 1)}))
            else:
                out.append(it)
        return sorted(out, key=lambda it: it.start)

    def offices_of_another_holder(self, items: list[_Item]) -> list[_Item]:
        """A title, "của" and a second title right before a name ("T1 của T2 X"), T2 written elsewhere right before the
        name of someone else, who shares no word of X's name, is one title, X's: the office serving T2's holder
        ("phát ngôn viên của tổng thống Philippines Harry Roque" with "Tổng thống Philippines Rodrigo Duterte",
        vietnews-010857). Kept apart when T2's holder may be X ("Cố vấn của Tổng thống Mỹ Donald Trump, ông Jared Kushner"
        with "Tổng thống Mỹ Donald Trump" again, vietnews-006532), or is named nowhere else."""
        person_at = {it.start: it for it in items if it.label == "PER"}
        holders: dict[str, set[str]] = {}
        for it in items:
            if it.label == "TITLE" and (person := person_at.get(it.end)) is not None:
                holders.setdefault(fold(self.span_text(it.start, it.end)), set()).add(fold(self.span_text(person.start, person.end)))
        title_at = {it.start: it for it in items if it.label == "TITLE"}
        merged: dict[int, _Item] = {}
        for it in items:
            second = title_at.get(it.end + 1) if it.label == "TITLE" and self.folded(it.end) == "của" else None
            if second is None or (person := person_at.get(second.end)) is None:
                continue
            name = set(fold(self.span_text(person.start, person.end)).split())
            if any(not name & set(other.split()) for other in holders.get(fold(self.span_text(second.start, second.end)), ())):
                merged[id(it)] = second
        if not merged:
            return items
        dropped = {id(second) for second in merged.values()}
        return [_Item("TITLE", it.start, merged[id(it)].end, dict(merged[id(it)].info)) if id(it) in merged else it
                for it in items if id(it) not in dropped]

    def places_out_of_document_names(self, items: list[_Item]) -> list[_Item]:
        """Drop a place written right after the capitalised words that open an agreement's or a statute's name
        (place_lists.yaml document_name_heads: "Quy chế Rome", vietnews-009145; "Công ước Vienna"): the document's name."""
        return [it for it in items if it.label != "LOC" or not (self._phrase_before(it.start, self.rec.document_name_heads)
                                                                and self.cap(self._phrase_start(it.start)))]

    def government_troops(self, items: list[_Item]) -> list[_Item]:
        """Drop the body "Chính phủ" written after a word for troops (language.yaml government_troops: "lực lượng quân
        Chính phủ", vietnews-006446): the government's troops, no mention of the government. A lower-case government
        before its country's name after one ("quân đội chính phủ Afghanistan", vietnews-009145 in corpus/entities10;
        "quân đội chính phủ Syria xác nhận", vietnews-012642) is the army's name, which opens at the word for troops."""
        out = []
        for it in items:
            if it.label == "ORG" and fold(self.span_text(it.start, it.end)) == "chính phủ" and it.start > 0 \
                    and not self.cap(it.start - 1) and self._phrase_before(it.start, self.rec.government_troops):
                continue
            if it.label == "ORG" and it.end - it.start > 2 and not self.cap(it.start) \
                    and fold(self.span_text(it.start, it.start + 2)) in self.rec.lower_bodies_before_countries \
                    and self._phrase_before(it.start, self.rec.government_troops):
                n = max(n for n in self.rec.government_troops.lengths if it.start - n >= 0
                        and tuple(self.folds[it.start - n : it.start]) in self.rec.government_troops)
                it = _Item(it.label, it.start - n, it.end, it.info)
            out.append(it)
        return out

    def bodies_out_of_model_codes(self, items: list[_Item]) -> list[_Item]:
        """Drop a body whose name ends in a capital letter or two joined by a dash to a number ("tổ hợp S -400",
        vietnews-008051: a missile system, "tổ hợp" read as a consortium): a weapon's or a machine's model, no body."""
        return [it for it in items if it.label != "ORG" or not (
            it.end - it.start >= 2 and self.text(it.end - 1).isalpha() and self.text(it.end - 1).isupper()
            and len(self.text(it.end - 1)) <= 2 and self.text(it.end) in ("-", "–") and self.text(it.end + 1).isdigit()
            and self.same_line(it.end - 1, it.end + 1))]

    def _phrase_start(self, k: int) -> int:
        """Where the document name head ending right before k opens (``places_out_of_document_names``)."""
        return next(k - n for n in self.rec.document_name_heads.lengths
                    if k - n >= 0 and tuple(self.folds[k - n : k]) in self.rec.document_name_heads)

    def places_over_people(self, items: list[_Item]) -> list[_Item]:
        """A name read as a person's that the article also writes as a road or bridge with its level word, and never with
        a form of address, a title or a verb of a person, is that road written alone ("cầu Nguyễn Khoái", then "dự án xây
        cầu đường Nguyễn Khoái kết nối quận 7", vietnews-022627): streets are named after people, and news drops the
        level word of one it has named. So is an administrative unit of that name the article writes as a place ("Trường
        Sa, Hoàng Sa", then "chỉ biết Hoàng Sa, Trường Sa là của Việt Nam", vietnews-019054)."""
        roads = {self._place_key(it.info["name_start"], it.end): it.info.get("kind") for it in items if it.label == "LOC"
                 and (it.info.get("road") or it.info.get("street_listed") and it.info.get("kind") in self.rec.road_kinds
                      or it.info["name_start"] > it.start and self.level_kind(it.start, it.info["name_start"]) in self.rec.road_kinds
                      or fold(self.span_text(it.info["name_start"], it.end)) in self.rec.unit_names or it.info.get("placed"))}
        if not roads:
            return items
        people: dict[str, list[_Item]] = {}
        for it in items:
            if it.label == "PER" and (key := self._place_key(it.start, it.end)) in roads:
                people.setdefault(key, []).append(it)
        title_ends = {it.end for it in items if it.label == "TITLE"}
        title_starts = {it.start for it in items if it.label == "TITLE"}
        streets = {id(it) for its in people.values() if not any(
            any(self.at("CUE", it.start - n) == it.start for n in (1, 2, 3) if it.start - n >= 0)
            or it.start in title_ends or it.start - 1 in title_ends or it.end + 1 in title_starts
            or self._person_context(it.start, it.end) for it in its) for it in its}
        return [_Item("LOC", it.start, it.end, {"kind": roads[self._place_key(it.start, it.end)], "name_start": it.start})
                if id(it) in streets else it for it in items]

    def _written_in(self, place: _Item, places_at: dict[int, _Item]) -> list[str]:
        """The units a place is written in, each right after it and a comma or a bracket ("phường 1, TP. Bạc Liêu, tỉnh
        Bạc Liêu", "xã Mỹ Hội Đông, huyện Chợ Mới (An Giang)"): places (``places_at``: by their first token) written with
        the level word of a province or district, or known units written alone; a commune listed after it is not."""
        units, end = [], place.end
        while end + 1 < self.n and self.text(end) in (",", "(") and (after := places_at.get(end + 1)) is not None:
            level = self.level_kind(after.start, after.info["name_start"]) if after.info["name_start"] > after.start else None
            if level not in gazetteer.PARENT_KINDS and not (level is None and self._place_key(after.start, after.end)
                                                            in self.rec.known_place_names):
                break
            units.append(self.span_text(after.start, after.end))
            end = after.end
        return units

    def quoted_figures(self, items: list[_Item]) -> list[_Item]:
        """Drop a name read as a person's that the article writes only inside quotes, each time alone between them, and never
        after a cue or a title ("Xử 15 tháng tù cho “Lục Vân Tiên”", "những “Lục Vân Tiên” giữa đời thường",
        vietnews-012857 in corpus/entities7): a figure of a tale or a role named to describe someone, no person."""
        opens, closes = ('"', "“", "'", "‘"), ('"', "”", "'", "’")
        title_ends = {it.end for it in items if it.label == "TITLE"}
        written: dict[str, list[_Item]] = {}
        for it in items:
            if it.label == "PER":
                written.setdefault(fold(self.span_text(it.start, it.end)), []).append(it)
        figures = {id(it) for its in written.values() if all(
            it.start > 0 and self.text(it.start - 1) in opens and self.text(it.end) in closes and it.start - 1 not in title_ends
            and not any(self.at("CUE", it.start - 1 - n) == it.start - 1 for n in (1, 2, 3) if it.start - 1 - n >= 0)
            for it in its) for it in its}
        return [it for it in items if id(it) not in figures] if figures else items

    def companies_over_people(self, items: list[_Item]) -> list[_Item]:
        """A name read as a person's that the article also writes as a company's, right after a business head ("Công
        ty Long Hội", "Tập đoàn …": org_heads.tsv system business), is that company written alone, unless a form of
        address or a title goes right before it somewhere ("MC Thôi Vĩnh Nguyên" makes "công ty Thôi Vĩnh Nguyên đang
        hợp tác", vietnews-001664, no company's name): news names a company it has named by its name alone, and a person
        named like a company is introduced as one."""
        names = set()
        for it in items:
            head = it.info.get("head") if it.label == "ORG" else None
            if head and it.info.get("system") == "business":
                start = it.start
                while start < it.end and fold(self.span_text(it.start, start)) != fold(head):
                    start += 1
                if start < it.end and all(self.name_token(j) for j in range(start, it.end)):
                    names.add(fold(self.span_text(start, it.end)))
        if not names:
            return items
        title_ends = {it.end for it in items if it.label == "TITLE"}
        names -= {fold(self.span_text(it.start, it.end)) for it in items if it.label == "PER" and (it.start in title_ends or any(
            self.at("CUE", it.start - n) == it.start for n in (1, 2, 3) if it.start - n >= 0))}
        return [_Item("ORG", it.start, it.end, {}) if it.label == "PER" and fold(self.span_text(it.start, it.end)) in names
                else it for it in items]

    def _abroad(self, places_at: dict[int, _Item]) -> set[tuple[int, int]]:
        """The places (``places_at``: by their first token) written abroad, which Vietnam's map does not resolve: one
        written in a country other than Việt Nam ("tỉnh Hà Nam, Trung Quốc"), or in a city abroad that goes right before
        it ("thành phố Trịnh Châu, tỉnh Hà Nam", vietnews-009895), each after a comma or a bracket; and the items of a
        list of provinces most of whose items Vietnam's map has no unit of ("6 tỉnh (bao gồm: An Huy, Hắc Long Giang,
        Hà Nam, Liêu Ninh, Giang Tô và Chiết Giang)", vietnews-014219). Each as its (first, end) tokens."""
        abroad: set[tuple[int, int]] = set()
        ends_at = {it.end: it for it in places_at.values()}
        for it in sorted(places_at.values(), key=lambda i: i.start):
            end = it.end  # the units it is written in, then a country abroad that ends the chain
            while end + 1 < self.n and self.text(end) in (",", "(") and (after := places_at.get(end + 1)) is not None:
                if self._country_abroad(after) and not self._listed_on(after, places_at):
                    abroad.add((it.start, it.end))
                    break
                end = after.end
            else:
                before = ends_at.get(it.start - 1) if it.start and self.text(it.start - 1) in (",", "(") else None
                if before is not None and ((before.start, before.end) in abroad or self._city_abroad(before)):
                    abroad.add((it.start, it.end))
        for run in self._lists(places_at):  # of provinces: Vietnam's are all known
            unknown = [it for it in run if not gazetteer.named_in_vietnam(self.span_text(it.info["name_start"], it.end))]
            if len(run) >= 3 and run[0].info.get("kind") in ("province", "city") and 2 * len(unknown) > len(run):
                abroad |= {(it.start, it.end) for it in run}
        return abroad

    def _country_abroad(self, place: _Item) -> bool:
        """``place`` is a country other than Việt Nam (countries.tsv)."""
        name = fold(self.span_text(place.info["name_start"], place.end))
        return self.rec.places.get(name) == "country" and name not in self.rec.home_places

    def _city_abroad(self, place: _Item) -> bool:
        """``place`` is a city abroad: one countries.tsv lists ("Bắc Kinh"), or written with the level word of a city or
        a province and a name no unit of Vietnam's map has ("thành phố Trịnh Châu")."""
        name = self.span_text(place.info["name_start"], place.end)
        if gazetteer.named_in_vietnam(name, "city"):
            return False
        if place.info["name_start"] == place.start:
            return self.rec.places.get(fold(name)) in ("city", "state")
        return self.level_kind(place.start, place.info["name_start"]) in ("city", "province")

    def _listed_on(self, place: _Item, places_at: dict[int, _Item]) -> bool:
        """Another place follows ``place`` after a separator of lists: "Trung Quốc" in "Hà Nội, Trung Quốc và Nhật Bản"
        is one of a list, not where the place before it lies."""
        return place.end + 1 < self.n and self.folded(place.end) in self.rec.list_separators \
            and place.end + 1 in places_at

    def _lists(self, places_at: dict[int, _Item]) -> list[list[_Item]]:
        """The runs of places read as the items of one list (``_listed_place``), each after the one before it and a
        separator."""
        runs: list[list[_Item]] = []
        for it in sorted(places_at.values(), key=lambda i: i.start):
            if not it.info.get("listed"):
                continue
            if runs and runs[-1][-1].end == it.start - 1 and self.folded(it.start - 1) in self.rec.list_separators:
                runs[-1].append(it)
            else:
                runs.append([it])
        return runs

    def location_records(self, items: list[_Item], day) -> list[Location]:
        # One record per (name, level word): "TP. Bạc Liêu" and "tỉnh Bạc Liêu" are two units; a name written
        # without a level word joins the first unit of that name the article gives a level, if any.
        groups: dict[tuple[str, str], list[_Item]] = {}
        bare: list[_Item] = []
        for it in items:
            if it.label != "LOC":
                continue
            if it.info["name_start"] == it.start:
                bare.append(it)
            else:
                level = self.level_kind(it.start, it.info["name_start"]) or ""
                if (word := fold(self.span_text(it.start, it.info["name_start"]))) in self.rec.distinct_line_levels:
                    level += " " + word.removeprefix("tuyến ")  # "đường sắt cao tốc Bắc Nam": no "đường sắt Bắc Nam"
                groups.setdefault((self._place_key(it.info["name_start"], it.end), level), []).append(it)
        sites = {kind for _, kind in groups if kind in self.rec.named_after_places}
        for kind in sites:  # "khu du lịch Hòn Dáu" of "khu du lịch Hòn Dáu Resort": one site, its name written short
            for key in sorted((k for k in groups if k[1] == kind), key=lambda k: len(k[0])):
                longer = [k for k in groups if k[1] == kind and k[0].startswith(key[0] + " ")]
                if len(longer) == 1:
                    groups[longer[0]] += groups.pop(key)
        inside = {}  # units written with their level word inside a body's name: "ban Thanh tra nhân dân phường Dịch Vọng"
        org_end = {k: it.end for it in items if it.label == "ORG" for k in range(it.start, it.end)}  # token -> its body's end
        for k, lvl in self.match.get("LEVEL", {}).items():
            if k in org_end and lvl < org_end[k] and (kind := self.level_kind(k, lvl)) in self.rec.unit_kinds \
                    and (end := self.place_name(lvl)) is not None and end <= org_end[k]:
                inside.setdefault(self._place_key(lvl, end), kind)
        for it in bare:
            name = self._place_key(it.start, it.end)
            if it.info.get("line"):  # "trục Bắc - Nam" is no "tuyến đường sắt Bắc Nam" of the same article (vietnews-021067):
                groups.setdefault((name, "line"), []).append(it)  # a line named by its ends is the line so named only
                continue
            # a province's name written alone is the province, not the city or district named after it ("Thọ Xuân,
            # Thanh Hoá" beside "thành phố Thanh Hoá")
            province = it.info.get("kind") in (None, "province") \
                and self.rec.places.get(fold(self.span_text(it.start, it.end))) == "province"
            # a site named after a place ("sân bay Kuala Lumpur") is not that place written alone; a site's own name is
            # ("Hòn Dáu Resort" of "khu du lịch Hòn Dáu Resort"); an administrative unit of that name the article names
            # first ("Dịch Vọng" is "phường Dịch Vọng", not "khu đô thị mới Dịch Vọng")
            key = min((k for k in groups if k[0] == name
                       and (k[1] not in self.rec.named_after_places or name not in self.rec.known_place_names
                            or self._known_as(it, k[1]))
                       and not (province and k[1] in self.rec.unit_kinds and k[1] != "province")),
                      key=lambda k: (k[1] not in self.rec.unit_kinds, groups[k][0].start), default=(name, ""))
            if (lvl := self.at("LEVEL", it.start)) is not None and it.start < lvl < it.end \
                    and (site := (self._place_key(lvl, it.end), self.level_kind(it.start, lvl) or "")) in groups:
                key = site  # "Hồ Gươm" (a name of countries.tsv with its level word) is "hồ Gươm"
            elif key[1] not in self.rec.unit_kinds and name in inside:
                key = (name, inside[name])  # "Dịch Vọng" is the ward a body's name holds, not "khu đô thị mới Dịch Vọng"
                it = _Item("LOC", it.start, it.end, {**it.info, "kind": it.info.get("kind") or inside[name]})
            groups.setdefault(key, []).append(it)
        for key in [k for k in groups if k[1] == "" and groups[k][0].info.get("kind") == "country"]:
            longer = [k for k in groups if k[0].startswith(key[0] + " ") and groups[k][0].info.get("kind") == "country"]
            if len(longer) == 1:  # "Nhật" for "Nhật Bản", "Hàn" for "Hàn Quốc": a country's short name
                groups[longer[0]] += groups.pop(key)
        for key in [k for k in groups if k[1] == "" and k[0] in self.rec.country_abbreviations]:
            if (full := (self.rec.country_abbreviations[key[0]], "")) in groups:  # "VN" for "Việt Nam" (place_lists.yaml)
                groups[full] += groups.pop(key)
        places_at = {it.start: it for it in items if it.label == "LOC"}
        abroad = self._abroad(places_at)  # (not of Vietnam's map, nor telling where its units lie)
        # the known places written anywhere in the article: resolve prefers units inside the provinces among them
        named = [self.span_text(k, e) for k, e in self.match.get("PLACE", {}).items() if (k, e) not in abroad]
        # and the units it writes with their level word ("quận 3", "TP.HCM", "huyện Phong Điền"): the district and the
        # province of a commune or ward named beside them ("phường 5, quận 3, TP.HCM")
        named += [self.span_text(i.start, i.end) for its in groups.values() for i in its if i.info["name_start"] > i.start
                  and self.level_kind(i.start, i.info["name_start"]) in gazetteer.PARENT_KINDS]
        records = []
        for its in sorted(groups.values(), key=lambda g: min(i.start for i in g)):
            mentions = sorted((self._mention(i.start, i.end) for i in its), key=lambda m: m.start)
            longest = max(its, key=lambda i: i.end - i.start)
            kind = longest.info.get("kind")
            known = kind or next(  # a known name listed or written with a dash ("… Mỹ, Pháp", "Thừa Thiên - Huế")
                (k for i in its if (k := self.rec.places.get(fold(self.span_text(i.info["name_start"], i.end))))), None)
            bare = all(i.info["name_start"] == i.start for i in its)  # no mention with its level word ("Ngọc Hồi")
            name = self.span_text(longest.info["name_start"], longest.end)
            # the units its own mentions are written in ("phường 1, TP. Bạc Liêu, tỉnh Bạc Liêu") before those of the
            # whole article, which may name a Phường 1 of another city
            around = [place for i in its for place in self._written_in(i, places_at)]
            unit = gazetteer.resolve(name, known, day, around, bare) if around else None
            if unit is None or not gazetteer.lies_in(unit, around, day):
                unit = gazetteer.resolve(name, known, day, named, bare)
            if unit is not None and unit.district is not None and around \
                    and unit.province not in gazetteer.provinces_of(around, day):
                unit = None  # a commune beside its district is no namesake elsewhere ("xã Quang Phục, huyện Tiên Lãng")
            if all((i.start, i.end) in abroad or i.info.get("repeated") for i in its) \
                    and any((i.start, i.end) in abroad for i in its):  # "riêng Banten" after "tỉnh Banten, Indonesia"
                unit = None
                kind = "state" if (kind or known) == "province" else kind  # the record's kind of a province abroad
            if kind is None:
                kind = unit.kind if unit is not None else known  # the unit's kind on the article's day, or the country's
            records.append(Location(
                name=_longest([written(m.text, compose=False) for m in mentions]),
                kind=kind,
                official_name=unit.name if unit else None,
                district=unit.district if unit else None,
                province=unit.province if unit else None,
                mentions=mentions,
            ))
        return records


@Language.factory(
    "vnx_entities",
    assigns=["doc._.people", "doc._.organizations", "doc._.locations", "doc.spans"],
)
def make_entities(nlp: Language, name: str) -> EntityRecognizer:
    return EntityRecognizer(nlp)
