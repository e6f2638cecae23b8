"""Pipeline component ``vnx_events``: who did what, when, where, under which document.

Triggers from ``data/event_triggers.yaml`` are found with a ``PhraseMatcher`` on whole words
(underthesea's segmentation: "tiếp" does not fire inside "tiếp thu"), outside entity names and
document references, and not as the name of an activity in general ("kết quả giám sát").
For each sentence and type, one event; its arguments come from the tagged entities around the
trigger:

* agent (chair, speaker, agent, …): the nearest person/organisation before the trigger in the
  same clause, else one right after a fronted trigger ("Phát biểu kết luận, đồng chí X"), else —
  for an anaphor such as "Đồng chí đề nghị" — the person last named; for an organisation agent,
  an organisation named after the trigger word ("Đoàn giám sát") mentioned earlier;
* objects (participant, subject, recipient, …): the entities after an object cue ("với …",
  "cùng tham dự có …") and the lists they head;
* time: the time expression nearest the trigger in the sentence (not a document's date of
  issue; a year or period written after the trigger's words, "hội nghị tổng kết công tác năm 2023", only
  without a day in the sentence), else the time of the article's lead; location: the place or body after "tại";
* documents: the references in the sentence, else the one the happening's activity is named as carrying out
  ("kết quả giám sát việc thực hiện Kết luận 62-KL/TW");
* who leads a delegation ("Đoàn … do ông X làm Trưởng đoàn") chairs its meeting and is its "Trưởng Đoàn …".
When the entity layer named no doer, the proper noun (or a body named in lower case before a place, "công an
huyện Long Hồ") opening the clause before the verb is read as one, by underthesea's POS tags. A plan ("sẽ …") is
reported only with a time; a trigger in scare quotes ("“bão”") is a figure of speech.
Events of one type at one time that share a participant or document are one happening, merged (also a doer and
the one it falls on told in two adjacent sentences).
``confidence`` grows with the evidence found in the sentence itself (trigger, time, agent, objects).

Assigns ``doc._.events`` (``records.Event``).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, LENGTH, NORM, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .gazetteer import bare_place_names
from .lexicons import load_tsv, load_yaml
from .records import CharRange, Event, Mention, Participant
from .times import relative_points
from .text import LINE_END, NormText, fold, marks, normalize, unmarked, words_within, written
from .tokenizer import norm_text, phrase_matches, segmenter_dictionary, underthesea_crf

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

_BRACKET_DEPTH = {"(": 1, ")": -1}  # how a character changes the bracket depth
_NAME_WORD = re.compile(r" ([^\W\d_][\w'’&-]*)")  # a word of a facility's name, after one space (_facilities)
_DASHED_WORD = re.compile(r" - ([^\W\d_][\w'’&-]*)")  # … and one a spaced dash joins to it ("Mar - a - Lago")
_COMMA_WORD = re.compile(r",\s*(\w+)(?=\s)")  # a comma and the word after it (_adversative_clause_after)


class _Reading:
    """The article as events read it for their decisions: its matching form (``text.normalize``: a run of white space
    inside a line as one space, HTML references read, invisible characters dropped, NFC), sliced, measured and searched
    by input offsets, so that a decision does not depend on how the input writes its white space ("tại  xã",
    "tại&nbsp;xã"); the positions it finds are mapped back to input offsets, the only ones events report."""

    def __init__(self, norm: NormText):
        self.norm, self.text = norm, norm.text
        self.one_to_one, self.length = norm.one_to_one, len(norm.text)

    def at(self, i: int) -> int:
        """The offset in the matching form of input offset ``i`` (``NormText.to_text``, its test of the map made once)."""
        if self.one_to_one:
            return i if 0 <= i <= self.length else 0 if i < 0 else self.length
        return bisect.bisect_left(self.norm.starts, i)

    def source(self, j: int) -> int:
        """The input offset where the matching form's character ``j`` starts (the input's end past the last)."""
        return self.norm.starts[j] if j < len(self.norm.starts) else len(self.norm.source)

    def __getitem__(self, span: slice) -> str:
        """The matching form of the input between two input offsets."""
        stop = len(self.norm.source) if span.stop is None else span.stop
        return self.text[self.at(span.start or 0) : self.at(stop)]

    def back(self, i: int, n: int) -> int:
        """The input offset ``n`` characters of the matching form before input offset ``i`` (or the start)."""
        return self.source(max(0, self.at(i) - n))

    def ahead(self, i: int, n: int) -> int:
        """The input offset ``n`` characters of the matching form after input offset ``i``."""
        return self.source(self.at(i) + n)

    def distance(self, a: int, b: int) -> int:
        """``b - a`` counted in characters of the matching form."""
        return self.at(b) - self.at(a)

    def find(self, sub: str, a: int = 0, b: int | None = None, last: bool = False) -> tuple[int, int] | None:
        """The input range of the first (``last``: the last) ``sub`` in the matching form between input offsets a and b."""
        lo, hi = self.at(a), self.at(len(self.norm.source) if b is None else b)
        j = self.text.rfind(sub, lo, hi) if last else self.text.find(sub, lo, hi)
        return None if j < 0 else self.norm.to_source(j, j + len(sub))


def _as_written(reading: _Reading, a: int, b: int) -> str:
    """The input between a and b as a name in a record: as written (``text.written``), its white space one space."""
    return " ".join(written(reading.norm.source[a:b], compose=False).split())


def _reading(doc: Doc) -> _Reading:
    """The article's ``_Reading``, made once per article."""
    key = ("vnx_events", "reading")
    if key not in doc.user_data:
        doc.user_data[key] = _Reading(norm_text(doc))
    return doc.user_data[key]


@dataclass
class _Entity:
    start: int
    end: int
    name: str
    kind: str  # person | organization | location
    holder: "_Entity | None" = None  # for an organisation written inside a person's title: that person
    titled: bool = False  # a person the article gives a position


class _Entities(list):
    """The entities of an article, sorted by start, with the starts indexed: the ones of a stretch of text are sliced by
    bisection, not found by a scan of the whole article for every trigger (quadratic on long texts)."""

    def __init__(self, entities):
        super().__init__(entities)
        self.starts = [e.start for e in self]
        self.longest = max((e.end - e.start for e in self), default=0)
        self._of: dict[tuple[str, str], _Entities] = {}

    def of(self, kind: str, word: str = "") -> "_Entities":
        """Those of ``kind`` whose folded name holds ``word``, in order, indexed the same way (once per article)."""
        if (kind, word) not in self._of:
            among = self.of(kind) if word else self
            self._of[kind, word] = _Entities(e for e in among if e.kind == kind and (not word or word in _folded(e.name)))
        return self._of[kind, word]

    def within(self, lo: int, hi: int) -> list["_Entity"]:
        """The entities starting at lo or after and before hi, in order."""
        return self[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]

    def overlapping(self, a: int, b: int) -> list["_Entity"]:
        """The entities that share a character with [a, b)."""
        return [e for e in self.within(a - self.longest, b) if e.start < b and a < e.end]


class _Spans:
    """Character ranges, sorted, indexed like ``_Entities``: the ones touching a stretch without a scan of them all."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def overlapping(self, a: int, b: int) -> list[tuple[int, int]]:
        """The ranges that share a character with [a, b)."""
        lo, hi = bisect.bisect_left(self.starts, a - self.longest), bisect.bisect_left(self.starts, b)
        return [(s, e) for s, e in self.spans[lo:hi] if s < b and a < e]


@dataclass
class _Draft:
    type: str
    trigger: tuple[int, int]
    rank: int
    sentence: Span
    time: str | None = None
    time_in_sentence: bool = False
    time_before: bool = False  # the time is written before the trigger ("ngày 13-6 sở sẽ công bố")
    location: str | None = None
    participants: list[tuple[str, str, str]] = field(default_factory=list)  # (role, name, kind)
    agent_in_sentence: bool = False
    anaphoric: bool = False  # the agent is "đồng chí"/"ông" standing for the person last named
    object_role: str = ""
    refers_to: "_Draft | None" = None  # "tại buổi họp báo": the happening of the lead it names again
    documents: list[str] = field(default_factory=list)
    word: str = ""  # the trigger, folded
    planned: bool = False  # "sẽ …": reported only with a time (the gold convention for plans)
    case_named: bool = False  # "điều tra làm rõ một vụ …": the case it is about follows the trigger
    toll: bool = False  # "… đã làm 5 người chết": its victims counted after the trigger, none named
    incident_noun: bool = False  # "vụ tai nạn …": an incident named by a noun (_occurred)
    unnamed_suspect: bool = False  # "truy bắt nghi phạm": it falls on the suspect the article names (_case_suspect)
    owned: bool = False  # "vụ tai nạn của hãng Lion Air": an incident named with whose it is, one that took place
    counted: int = 0  # "xử phạt … với 3 cơ sở": how many it falls on, counted after the trigger (_counted_objects)


class EventExtractor:
    def __init__(self, nlp: Language):
        data = load_yaml("event_triggers.yaml")
        self.types = data["types"]
        for spec in self.types.values():  # a type's crimes: triggers read as verbs, their doer a suspect, their object a victim
            crimes, roles = spec.get("crimes", []), spec.get("crime_roles", {})
            spec["triggers"] = spec["triggers"] + crimes
            if crimes:
                spec["verbs"] = spec.get("verbs", []) + crimes
                # (keyed by the folded word the rules look up: "ma tuý" is read "ma túy")
                spec["agent_by_trigger"] = spec.get("agent_by_trigger", {}) | dict.fromkeys(map(fold, crimes), roles["agent"])
                spec["object_by_trigger"] = spec.get("object_by_trigger", {}) | dict.fromkeys(map(fold, crimes), roles["object"])
                spec["force_doer_crimes"] = {fold(k): {fold(w) for w in v} for k, v in spec.get("force_doer_crimes", {}).items()}
            # … and the triggers whose subject is no doer but the one it befalls ("Nguyễn Thị Lan đoạt giải nhất": the recipient)
            spec["agent_by_trigger"] = spec.get("agent_by_trigger", {}) | {fold(k): v for k, v in spec.get("subject_role_by_trigger", {}).items()}
            spec["suit_verbs"] = {fold(w) for w in spec.get("suit_verbs", [])}  # (_sues)
            # … and its prizes won ("Nguyễn Thị Lan đoạt giải nhất"): their subject the winner
            won = spec.get("won_triggers", [])
            if won:
                spec["triggers"] = spec["triggers"] + won
                spec["agent_by_trigger"] = spec.get("agent_by_trigger", {}) | dict.fromkeys(map(fold, won), spec["won_role"])
            # … and its acts of war ("quân đội Syria giành lại quyền kiểm soát …"): verbs whose doer, a body, is an armed force
            force_acts = spec.get("force_acts", {})
            if force_acts:
                spec["triggers"] = spec["triggers"] + list(force_acts)
                spec["verbs"] = spec.get("verbs", []) + list(force_acts)
                spec["force_acts"] = {fold(k): {fold(w) for w in v} for k, v in force_acts.items()}
            # … and its deaths ("Guo … tự sát"): verbs whose subject is their victim, reported with that victim alone
            deaths = spec.get("deaths", [])
            if deaths:
                spec["triggers"] = spec["triggers"] + deaths
                spec["verbs"] = spec.get("verbs", []) + deaths
                spec["agent_by_trigger"] = spec.get("agent_by_trigger", {}) | dict.fromkeys(map(fold, deaths), spec["death_role"])
        # the acts whose subject is a suspect, of any type: a series of them shares its doer ("Lương Công Hiếu bỏ trốn và
        # … đã ra đầu thú", vietnews-016628: a flight, then a surrender)
        self.suspect_acts = {word: role for spec in self.types.values() for word, role in spec["agent_by_trigger"].items()
                             if role == "suspect"}
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.rank: dict[tuple[str, str], int] = {}
        for type_, spec in self.types.items():
            for rank, phrase in enumerate(spec["triggers"]):
                self.rank[(type_, fold(phrase))] = rank
            self.matcher.add(type_, list(nlp.tokenizer.pipe(spec["triggers"])))
        self.not_after = {fold(w) for w in data["not_a_happening_after"]}
        self.object_cues = sorted((fold(w) for w in data["object_cues"]), key=len, reverse=True)
        self.joiners = sorted((fold(w) for w in data["list_joiners"]), key=len, reverse=True)
        self.age_words = {fold(w) for w in data["age_apposition_words"]}
        self.list_closers = {fold(w) for w in data["list_closers"]}
        self.co_doer_joiners = {fold(w) for w in data["co_doer_joiners"]}
        self.unit_phrases = {fold(w) for w in data["unit_phrases"]}
        self.list_openers = [fold(w).split() for w in data["list_openers"]]
        self.location_cues = {fold(w) for w in data["location_cues"]}
        self.setting_cues = {fold(w) for w in data["setting_cues"]}
        self.bare_mention_followers = {fold(w) for w in data["bare_mention_followers"]}
        self.pointing_back_followers = {fold(w) for w in data["pointing_back_followers"]}
        self.counterpart_cues = {fold(w) for w in data["counterpart_cues"]}
        self.counterpart_ends = {fold(w) for w in data["counterpart_ends"]}
        self.place_only_cues = {fold(w) for w in data["place_only_location_cues"]}
        self.containment_words = {fold(w) for w in data["containment_words"]}
        self.address_heads = {fold(w) for w in data["address_heads"]}
        self.place_address_words = {fold(w) for w in data["place_address_words"]}
        self.motion_verbs = {fold(w) for w in data["motion_verbs"]}
        self.residence_words = {fold(w) for w in data["residence_words"]}
        self.visited_place_types = set(data["visited_place_types"])
        self.visited_place_gap = {fold(w) for w in data["visited_place_gap_words"]}
        self.location_fillers = sorted((fold(w).split() for w in data["location_fillers"]), key=len, reverse=True)
        self.place_anaphora = [fold(w).split() for w in data["place_anaphora"]]
        # a facility noun before a capitalised name, in the matching form, the longest first (_facilities)
        facilities = sorted({normalize(w).text for w in data["facility_nouns"]}, key=len, reverse=True)
        self.facility_pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, facilities))})(?= )", re.IGNORECASE)
        self.not_doer_after = {fold(w) for w in data["not_doer_after"]} | set(self.object_cues) | self.location_cues \
            | {fold(w) for w in data["causative_verbs"]}  # "nhờ ông B. ký thay": B. signs on another's errand
        honorifics = load_tsv("honorifics.tsv")
        self.addresses = {fold(r["cue"]) for r in honorifics if r["kind"] == "address"}
        self.honorifics = {fold(r["cue"]) for r in honorifics}
        self.anaphora = self.addresses  # "Đồng chí đề nghị …", "ông cho biết": the person last named
        self.public_speaker_cues = {fold(w) for w in data["public_speaker_cues"]}
        self.suspect_descriptions = {fold(w) for w in data["suspect_descriptions"]}
        self.person_demonstrative = fold(data["person_demonstrative"])
        language = load_yaml("language.yaml")
        plural = {fold(w) for w in language["plural_markers"]}
        self.document_date_links = {fold(w) for w in data["document_date_links"]}
        self.birth_words = {fold(w) for w in data["not_event_time_after"]}
        self.report_nouns = {fold(w) for w in data["report_nouns"]}
        self.contained_spots = {fold(w) for w in data["contained_spots"]}
        statement = data["written_statement"]
        self.statement_cues = {fold(w) for w in statement["cues"]}
        self.statement_nouns = {fold(w) for w in statement["nouns"]}
        self.statement_type = statement["type"]
        source = data["statement_source"]
        self.statement_source = {"cues": {fold(w) for w in source["cues"]}, "verbs": {fold(w) for w in source["verbs"]},
                                 "reach": source["reach"], "times": {fold(w) for w in source["times"]}}
        self.subject_matter_nouns = {fold(w) for w in data["subject_matter_nouns"]}
        self.day_words = {fold(w) for w in data["day_words"]}
        self.school_year_words = {fold(w) for w in data["school_year_words"]}
        self.deadline_words = {fold(w) for w in data["deadline_words"]}
        self.event_time_prepositions = {fold(w) for w in data["event_time_prepositions"]}
        self.anaphoric_types = set(data["anaphoric_event_types"])
        self.head_words = {fold(w) for w in data["head_words"]}
        self.head_descriptions = {fold(w) for w in data["head_descriptions"]}
        self.head_titles = {fold(k): [fold(w).split() for w in v] for k, v in data["head_titles"].items()}
        self.holding_places = {fold(w) for w in data["holding_places"]}
        self.document_object_cues = sorted((fold(w) for w in data["document_object_cues"]), key=len, reverse=True)
        toll = data["toll"]  # "làm 5 người chết", "khiến ít nhất 20 người thiệt mạng"
        self.toll_verbs = {fold(w) for w in toll["verbs"]}
        self.toll_outcomes = {fold(w) for w in toll["outcomes"]}
        self.toll = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, map(fold, toll['verbs'])))})(?: \w+){{0,2}} \d[\d.,]*"
                               rf" (?:(?:{'|'.join(map(re.escape, map(fold, toll['people'])))}) )?"
                               rf"(?:{'|'.join(map(re.escape, map(fold, toll['outcomes'])))})(?!\w)")
        self.led_by_before = {fold(w) for w in data["led_by_before"]}
        self.led_by_after = [fold(w) for w in data["led_by_after"]]
        self.lead_event_types = set(data["lead_event_types"])
        self.reporting = sorted((fold(w) for w in data["reporting_verbs"]), key=len, reverse=True)
        self.source_reporting = {fold(w) for w in data["source_reporting_verbs"]}
        # each verb as a whole word, in that order: _reports_another_doer asks them one after the other
        self.reporting_patterns = [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.IGNORECASE) for w in self.reporting]
        self.announcing_patterns = [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.IGNORECASE)
                                    for w in sorted((fold(w) for w in data["announcing_verbs"]), key=len, reverse=True)]
        self.assessing_patterns = [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.IGNORECASE)
                                   for w in sorted({fold(w) for w in data["opinion_verbs"]}, key=len, reverse=True)]
        self.opinion_patterns = [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.IGNORECASE)
                                 for w in sorted({fold(w) for w in data["opinion_verbs"]} | set(self.reporting), key=len, reverse=True)]
        self.requested_after = {fold(w) for w in data["requested_after"]}
        self.planned = {fold(w) for w in data["planned_markers"]}
        self.discourse_modals = sorted((fold(w) for w in data["discourse_modals"]), key=len, reverse=True)
        self.memories = {fold(w) for w in data["memory_markers"]}
        self.habits = {t: {fold(w) for w in spec.get("habit_markers", ())} for t, spec in self.types.items()}
        self.done_after = {t: {fold(w) for w in spec.get("done_after", ())} for t, spec in self.types.items()}
        self.past_markers = {fold(w) for w in data["past_markers"]}
        self.conditions = {fold(w) for w in data["condition_markers"]}
        self.negations = {fold(w) for w in data["negation_markers"]}
        self.cancellations = {fold(w) for w in data["cancellation_markers"]}
        self.cancellation_compounds = {fold(w) for w in data["cancellation_compounds"]}
        self.negation_window = data["negation_window"]
        self.prohibitions = {fold(w) for w in data["prohibition_markers"]}
        self.prohibition_nouns = {fold(w) for w in data["prohibition_nouns"]}
        self.planned_window = data["planned_window"]
        self.plan_scope_ends = {fold(w) for w in data["plan_scope_ends"]}
        self.cue_window = data["cue_after_window"]
        self.planned_after = [fold(w) for w in data["planned_after"]]
        self.planned_right_after = [fold(w).split() for w in data["planned_right_after"]]
        self.prize_nouns = {fold(w) for w in data["prize_nouns"]}
        self.speech_verbs = {fold(w) for w in data["speech_verbs"]} | set(self.reporting)
        self.quantities = {fold(w) for w in data["quantity_words"]} | plural
        self.media_nouns = {fold(w) for w in data["media_nouns"]}
        self.interview_triggers = {t: {fold(w) for w in spec.get("interview_triggers", ())} for t, spec in self.types.items()}
        self.press_only = {t: {fold(w) for w in spec.get("press_only", ())} for t, spec in self.types.items()}
        self.media_names = {fold(f) for row in load_tsv("organizations.tsv") if row["system"] == "media"
                            for f in (row["name"], row["abbreviation"], *row["variants"].split("|")) if f.strip()}
        self.press = {t: {fold(w) for w in spec.get("press_words", ())} | self.media_nouns for t, spec in self.types.items()}
        self.press_length = {t: max(len(w.split()) for w in words) for t, words in self.press.items()}
        self.object_gap_words = data["object_gap_words"]
        self.object_gap_openers = {fold(w) for w in data["object_gap_clause_openers"]}
        self.subject_clause_openers = self.object_gap_openers | {fold(w) for w in data["subject_clause_openers"]}
        self.subject_pronouns = {fold(w) for w in data["subject_pronouns"]}
        self.pronoun_list_joins = {fold(w) for w in data["pronoun_list_joins"]}
        self.plotter_heads = {fold(w) for w in data["plotter_heads"]}
        self.aside_openers = {fold(w) for w in data["aside_openers"]}
        self.close_doer_words = {fold(w) for w in data["close_doer_words"]}
        self.companion_openers = {fold(w) for w in data["companion_openers"]}
        self.subject_bodies = {fold(w) for w in data["subject_bodies"]} | {fold(w) for w in data["group_doers"]} \
            | {fold(w) for w in data["organization_heads"]}
        self.quotation_pattern = re.compile("|".join(map(re.escape, data["quotation_marks"])))
        self.scare_quote_words = data["scare_quote_words"]
        self.directive_done = {fold(w) for w in data["directive_done_before"]}
        self.carried_out_directives = {fold(w) for w in data["carried_out_directives"]}
        self.required_after = {fold(w) for w in data["required_after"]}
        self.not_requested = {fold(w) for w in data["not_requested"]}
        self.urged_after = {fold(w) for w in data["urged_after"]}
        self.notice_content = {key: {fold(w) for w in words} if key in ("joins", "notice_words", "document_modifiers", "addressee_cues", "addressee_joins")
                               else set(words)
                               for key, words in data["notice_content"].items()}
        self.urged_end = {fold(w) for w in data["urged_ends"]}
        # the longest phrase of each (words), read once: _requested tries them at every word of a lead
        self.requested_most = {name: _longest(getattr(self, name)) for name in ("not_requested", "urged_after", "requested_after")}
        self.same_time = [fold(w) for w in data["same_time_anaphora"]]
        self.passive = {fold(w) for w in data["passive_markers"]}
        self.adversative = {fold(w) for w in data["adversative_passive_markers"]}
        self.object_first = {fold(w) for w in data["object_first_triggers"]} \
            | {fold(w) for spec in self.types.values() for w in spec.get("won_triggers", ())}
        self.fronted_openers = {fold(w) for w in data["fronted_clause_openers"]}
        self.after_happening_openers = {fold(w) for w in data["after_happening_openers"]}
        self.sideline_words = {fold(w) for w in data["sideline_words"]}
        self.manner_adverbs = {fold(w) for w in data["fronted_manner_adverbs"]}
        self.type_not_after = {t: self.not_after | {fold(w) for w in spec.get("not_after", ())} for t, spec in self.types.items()}
        self.activity_joins = {fold(w) for w in data["activity_joins"]}
        self.direct_object_triggers = {t: {fold(w) for w in spec.get("direct_object_triggers", ())} for t, spec in self.types.items()}
        titles = load_tsv("titles.tsv")  # the titles that name one office ("Thủ tướng") and the modifiers before them ("Phó")
        self.title_heads = {fold(r["title"]) for r in titles if r["kind"] == "standalone"}
        self.title_modifiers = {fold(r["modifier"]) for r in load_tsv("title_modifiers.tsv") if r["position"] == "before"}
        # the objects of these triggers are what the act is about, its subject ("quyết định thành lập đoàn kiểm tra")
        self.subject_object_triggers = {t: {fold(w) for w in spec.get("subject_object_triggers", ())} for t, spec in self.types.items()}
        self.trigger_not_after = {t: {fold(k): {fold(w) for w in v} for k, v in spec.get("not_after_by_trigger", {}).items()}
                                  for t, spec in self.types.items()}
        self.type_not_before = {t: {fold(w) for w in spec.get("not_before", ())} for t, spec in self.types.items()}
        self.trigger_not_later = {t: {fold(k): {fold(w) for w in v} for k, v in spec.get("not_later_by_trigger", {}).items()}
                                  for t, spec in self.types.items()}
        self.trigger_forcing = {t: {fold(k): {fold(w) for w in v} for k, v in spec.get("forcing_by_trigger", {}).items()}
                                for t, spec in self.types.items()}
        self.trigger_not_before = {t: {fold(k): {fold(w) for w in v}
                                       for k, v in spec.get("not_before_by_trigger", {}).items()}
                                   for t, spec in self.types.items()}
        self.cue_after = {t: {fold(k): [fold(w) for w in v] for k, v in spec.get("cue_after", {}).items()}
                          for t, spec in self.types.items()}
        self.not_cue = {t: {fold(w) for w in spec.get("not_prize_words", ())} for t, spec in self.types.items()}
        # (the things a trigger gives, one of which must be written around it: given_things_by_trigger)
        self.things_given = {t: {fold(k): [fold(w) for key in v for w in spec[key]]
                                 for k, v in spec.get("given_things_by_trigger", {}).items()}
                             for t, spec in self.types.items()}
        self.place_triggers = {t: ({fold(w) for w in spec.get("place_triggers", ())}, set(spec.get("place_kinds", ())))
                               for t, spec in self.types.items()}
        self.place_lead_verbs = {t: {fold(w) for w in spec.get("place_lead_verbs", ())} for t, spec in self.types.items()}
        self.cue_before = {t: {fold(k): [fold(w) for w in v] for k, v in spec.get("cue_before", {}).items()}
                           for t, spec in self.types.items()}
        self.needs_object = {t: {fold(w) for w in spec.get("needs_object", ())} for t, spec in self.types.items()}
        self.attack_cues = {t: {fold(k): [fold(w) for w in v] for k, v in spec.get("attack_cues_by_trigger", {}).items()}
                            for t, spec in self.types.items()}
        self.attack_words = {t: {fold(w) for w in spec.get("attack_triggers", ())} for t, spec in self.types.items()}
        self.wanted_cues = {t: {fold(k): [fold(w) for w in v] for k, v in spec.get("wanted_by_trigger", {}).items()}
                            for t, spec in self.types.items()}
        self.questioning_cues = {t: {fold(k): [fold(w) for w in v] for k, v in spec.get("questioning_by_trigger", {}).items()}
                                 for t, spec in self.types.items()}
        self.questioning_in_case = {t: {fold(w) for w in spec.get("questioning_in_case_only", ())} for t, spec in self.types.items()}
        self.case_nouns = {t: {fold(w) for w in spec.get("case_nouns", ())} for t, spec in self.types.items()}
        self.person_agent_triggers = {t: {fold(w) for w in spec.get("person_agent_triggers", ())} for t, spec in self.types.items()}
        self.body_triggers = {t: {fold(w) for w in spec.get("body_triggers", ())} for t, spec in self.types.items()}
        self.owner_cues = {t: {fold(w) for w in spec.get("owner_cues", ())} for t, spec in self.types.items()}
        self.held_by = {t: {"role": spec["held_by"]["role"], **{k: {fold(w) for w in spec["held_by"][k]}
                                                                for k in ("cues", "sessions", "name_words")}}
                        for t, spec in self.types.items() if spec.get("held_by")}
        self.noun_triggers = {t: {fold(w) for w in spec.get("nouns", ())} for t, spec in self.types.items()}
        self.vehicle_makers = {t: {fold(w) for w in spec.get("vehicle_makers", ())} for t, spec in self.types.items()}
        self.all_vehicle_makers = set().union(*self.vehicle_makers.values())
        self.vehicle_nouns = {fold(w) for w in data["vehicle_nouns"]}
        self.purpose = {fold(w) for w in data["purpose_markers"]}
        self.purpose_pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, self.purpose))})(?!\w)", re.IGNORECASE)
        self.contrast_openers = {fold(w) for w in data["contrast_clause_openers"]}
        self.deed_pattern = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(fold(w)) for w in data['deed_nouns'])})(?!\w)",
                                       re.IGNORECASE)
        self.custody_purpose_types = set(data["custody_purpose_types"])
        self.custody_words = [fold(w) for w in data["custody_words"]]
        self.custody_triggers = {fold(w) for w in data["custody_triggers"]}
        # the words _requested reads: a word of several syllables that is none of them is not read in parts
        self.directive_words = self.requested_after | self.required_after | self.urged_after | self.purpose
        self.causative = {fold(w) for w in data["causative_verbs"]}
        grouped = data["group_bodies"]
        self.group_bodies = {"nouns": {fold(w) for w in grouped["nouns"]}, "plural": {fold(w) for w in grouped["plural"]},
                             "tail_words": grouped["tail_words"]}
        self.org_anaphora = sorted((fold(w) for w in data["organization_anaphora"]), key=len, reverse=True)
        self.org_descriptors = [fold(w) for w in data["organization_descriptors"]]
        self.org_descriptor_starts = {w.split()[0] for w in self.org_descriptors}
        self.org_heads = {fold(w) for w in data["organization_heads"]}
        self.demonstratives = {fold(w) for w in data["organization_demonstratives"]}
        kinds = set(data["unit_anaphora_kinds"])
        self.unit_demonstratives = {fold(w) for w in data["unit_demonstratives"]}
        self.unit_levels = {tuple(fold(r["word"]).rstrip(".").split()) for r in load_tsv("admin_levels.tsv") if r["kind"] in kinds}
        self.org_anaphora_starts = {w.split()[0] for w in self.org_anaphora} | self.org_descriptor_starts \
            | {w.split()[0] for w in self.org_heads}
        self.chair_verbs = [fold(w) for w in data["chair_verbs"]]
        self.event_nouns = {fold(w) for w in data["event_nouns"]}
        self.incident_nouns = {fold(w) for w in data["incident_nouns"]}
        self.relation_words = {fold(w) for w in data["relation_words"]}
        sent = data["addressee_after_sending"]
        self.sent_to = {"verbs": {fold(w) for w in sent["verbs"]}, "prepositions": {fold(w) for w in sent["prepositions"]},
                        "words": sent["words"], "asking_types": set(sent["asking_types"]), "sent_types": set(sent["sent_types"])}
        self.time_owner_nouns = {fold(w) for w in data["time_owner_nouns"]}
        self.next_clause_time_words = {fold(w) for w in data["next_clause_time_words"]}
        self.clause_coordinators = {fold(w) for w in data["clause_coordinators"]}
        self.relative_time_words = {fold(w) for w in data["relative_time_words"]}
        self.list_intro = [fold(w) for w in data["next_sentence_list_intro"]]
        named_next = data["group_named_next"]
        self.group_named_next = {"nouns": {role: [fold(w).split() for w in words] for role, words in named_next["nouns"].items()},
                                 "links": [fold(w).split() for w in named_next["links"]], "counts": plural,
                                 "qualifier_words": named_next["qualifier_words"], "sentences": named_next["sentences"]}
        organised = data["organised_after"]
        self.organised = {**organised, "types": set(organised["types"]),
                          "verbs": {fold(k): v for k, v in organised["verbs"].items()}}
        attendance = data["attendance"]
        self.attendance = {**attendance, "openers": {fold(w) for w in attendance["openers"]}, "cue": fold(attendance["cue"]),
                           "representatives": {fold(w) for w in attendance["representatives"]},
                           "types": set(attendance["types"])}
        self.subject_cues = [fold(w) for w in data["subject_cues"]]
        self.topic_prepositions = {fold(w) for w in data["topic_prepositions"]}
        self.auxiliaries = {fold(w) for w in data["subject_auxiliaries"]}
        self.clause_conjunctions = {fold(w) for w in data["clause_conjunctions"]}
        self.clause_lead_words = self.auxiliaries | self.clause_conjunctions
        self.own_subject_after_report = set(data["own_subject_after_report_types"])
        self.subject_not_first = {fold(w) for w in data["subject_not_first"]} | {fold(w) for w in language["date_words"]}
        self.body_heads = {fold(w) for w in data["body_heads"]}
        self.body_name_words = data["body_name_words"]
        self.group_doers = {fold(w) for w in data["group_doers"]}
        self.authority_heads = [fold(w) for w in data["authority_heads"]]
        self.apposition_heads = {fold(w) for w in data["apposition_heads"]}
        self.apposition_before_heads = {fold(w) for w in data["apposition_before_heads"]}
        self.acts_by_word = set(data["acts_by_word_types"])
        self.sequence_openers = {fold(w) for w in data["sequence_openers"]}
        self.series_joins = [fold(w).replace(",", " , ").split() for w in data["series_joiners"]]
        self.incident_types = set(data["incident_types"])
        self.acts_after_incident = set(data["acts_after_incident"])
        counted = data["counted_objects"]
        # the number words of time_words.yaml that count people ("hai", "ba", … "mười"): one table for both counts
        self.count_words = {fold(w): n for w, n in load_yaml("time_words.yaml")["number_words"].items()
                            if isinstance(n, int) and n > 1}
        self.counted_objects = {"types": set(counted["types"]), "words": counted["words"],
                                "nouns": [fold(w).split() for w in counted["nouns"]]}
        self.restated_types = set(data["restated_time_types"])
        self.restated_gap = data["restated_time_gap"]
        self.restated_source_openers = [fold(w).split() for w in data["restated_source_openers"]]
        self.restated_source_words = data["restated_source_words"]
        self.retold_types = set(data["retold_time_types"])
        self.incident_time_cues = [fold(w) for w in data["incident_time_cues"]]
        self.effect_time_cues = [fold(w) for w in data["effect_time_cues"]]
        self.issuing_types = set(data["issuing_types"])
        self.incident_look_back = data["incident_look_back"]
        self.windows = data["windows"]
        self.sequel_openers = [fold(w) for w in data["sequel_openers"]]
        self.lapse_units = {fold(w) for w in data["lapse_units"]}
        self.earlier_openers = {fold(w) for w in data["earlier_openers"]}
        self.lapse_amounts = {fold(w) for w in data["lapse_amounts"]} | self.quantities
        self.on_the_spot = {fold(w) for w in data["on_the_spot_triggers"]}
        self.background_acts = {t: {fold(w) for w in spec.get("background_acts", ())} for t, spec in self.types.items()}
        self.next_day_words = [fold(w) for w in data["next_day_words"]]
        self.examinations = {fold(w) for w in data["examination_triggers"]}
        self.hedges = sorted((fold(w) for w in data["passive_hedges"]), key=len, reverse=True)
        agreements = set(data["agreement_kinds"])
        kinds = [fold(r["written"]) for r in load_tsv("document_kinds.tsv") if r["kind"] not in agreements]
        self.document_words = {fold(r["written"]) for r in load_tsv("document_kinds.tsv")} | {fold(w) for w in data["ruling_nouns"]}
        self.signed_documents = {(t, fold(w)): kinds
                                 for t, spec in self.types.items() if spec.get("signed_documents") for w in spec["triggers"]}
        self.signed_forms = {t: {fold(w) for w in spec.get("signed_forms", ())} for t, spec in self.types.items()}
        self.same_happening = [{fold(w) for w in group} for group in data["one_happening"]]
        self.descriptions = {fold(w) for w in data["description_nouns"]}
        self.clause_links = {fold(w) for w in data["clause_links"]}
        self.determiners = {fold(w) for w in data["description_determiners"]} | self.addresses
        self.plural_determiners = {fold(w) for w in data["description_plural_determiners"]} | plural
        self.group_people = self.descriptions | {fold(w) for w in data["group_person_nouns"]}
        self.objectless = {t: {fold(w) for w in spec.get("objectless", ())} for t, spec in self.types.items()}
        self.group_nouns = {fold(w) for w in data["group_nouns"]}
        self.kin_nouns = {fold(w) for w in data["kin_nouns"]}
        self.case_place_verbs = {fold(w) for w in data["case_place_verbs"]}
        self.while_words = {fold(w) for w in data["while_words"]}
        self.own_kin_words = {fold(w) for w in data["own_kin_words"]}
        self.kin_apposition_before = {fold(w) for w in data["kin_apposition_before"]}
        self.kin_address_nouns = {fold(w) for w in data["kin_address_nouns"]}
        self.charge_heads = {fold(w) for w in data["charge_heads"]}
        self.copulas = {fold(w) for w in data["copulas"]}
        self.doer_markers = {fold(w) for w in data["doer_markers"]}
        self.driven_vehicles = {fold(w) for w in data["driven"]["vehicles"]}
        self.driving_verbs = {fold(w) for w in data["driven"]["verbs"]}
        self.whole_words = {fold(w) for w in data["whole_words"]}
        self.not_doer_most = _longest(self.not_doer_after)  # (words of its longest phrase: "người đứng đầu")
        self.agreement_nouns = [fold(w) for w in data["agreement_nouns"]]
        self.citing_verbs = {fold(w) for w in data["citing_verbs"]}
        self.happening_phrase_heads = {fold(w) for w in data["happening_phrase_heads"]}
        self.possessives = {fold(w) for w in data["possessives"]}
        self.owned_places = {fold(w) for w in data["owned_places"]}
        self.own_word_only = {fold(w) for w in data["own_word_only"]}
        self.cause_links = {fold(w) for w in data["cause_links"]}
        self.setting_verbs = [fold(w) for w in data["setting_verbs"]]
        occurrence = data["occurrence"]
        self.occurred_triggers = {fold(w) for w in occurrence["by_itself"]}
        self.bare_occurrences = {fold(w) for w in occurrence["without_noun"]}
        self.many_incidents = {fold(w) for w in occurrence["many_before"]}
        self.incident_location_cues = {fold(w) for w in occurrence["location_cues"]}
        self.retold_occurrence = {fold(w) for w in occurrence["retold_before"]}
        self.part_of_other = [fold(w).split() for w in occurrence["part_of_other"]]
        self.result_of_openers = [fold(w).split() for w in occurrence["result_of_openers"]]
        self.habit_after = {fold(w) for w in occurrence["habit_after"]}
        self.told_next = [fold(w).split() for w in occurrence["told_next"]]
        self.headline_incidents = {fold(w) for w in occurrence["headline"]}
        self.new_referent_words = [fold(w).split() for w in occurrence["new_referent_words"]]
        self.also_words = {fold(w) for w in occurrence["also_words"]}
        self.indefinite_words = {fold(w) for w in occurrence["indefinite_words"]}
        self.arrival_verbs = [fold(w).split() for w in occurrence["arrival_verbs"]]
        self.arrival_words = occurrence["arrival_words"]

    # ------------------------------------------------------------------ helpers
    def _entities(self, doc: Doc, trigger_starts: set[int] = frozenset()) -> "_Entities":
        found = []
        titles: list[tuple[int, int, _Entity]] = []
        for person in doc._.people or ():
            found += [_Entity(m.start, m.end, person.name, "person", titled=bool(person.titles)) for m in person.mentions]
            for title in person.titles:
                titles += [(m.start, m.end, _Entity(m.start, m.end, person.name, "person", titled=True)) for m in title.mentions]
        by_start = sorted(range(len(titles)), key=lambda i: titles[i][0])  # by bisection, not a scan of every title
        title_starts, longest = [titles[i][0] for i in by_start], max((b - a for a, b, _ in titles), default=0)
        for org in doc._.organizations or ():
            for m in org.mentions:
                holding = [i for i in by_start[bisect.bisect_left(title_starts, m.end - longest) : bisect.bisect_right(title_starts, m.start)]
                           if titles[i][1] >= m.end]
                holder = titles[min(holding)][2] if holding else None
                found.append(_Entity(m.start, m.end, org.name, "organization", holder))
        for loc in doc._.locations or ():
            found += [_Entity(m.start, m.end, loc.name, "location") for m in loc.mentions]
        # one person spelled with and without tone marks ("Phan Van Anh Vu" / "Phan Văn Anh Vũ") is one participant,
        # named as written with the marks
        spelled: dict[str, str] = {}
        for e in found:
            if e.kind == "person":
                key = _bare(e.name)
                if key not in spelled or marks(e.name) > marks(spelled[key]):
                    spelled[key] = e.name
        titled = {e.name for e in found if e.kind == "person" and e.titled}
        for e in found:
            if e.kind == "person":
                e.name = spelled[_bare(e.name)]
        # a person named by one word of one full name only ("ông Tập" for Tập Cận Bình, "ông Kishida") is that person
        full = {e.name for e in found if e.kind == "person" and len(self._without_address(e.name).split()) > 1}
        by_end_word: dict[str, set[str]] = {}  # a full name by the fold of its first and of its last word
        for n in full:
            for w in {fold(n.split()[0]), fold(n.split()[-1])}:
                by_end_word.setdefault(w, set()).add(n)
        for e in found:
            core = self._without_address(e.name)
            if e.kind == "person" and len(core.split()) == 1:  # "ông Tập", and "Ông D." as the entity layer may name it
                owners = by_end_word.get(fold(core), set()) - {e.name}
                if len(owners) == 1:
                    e.name = owners.pop()
                    e.titled = e.titled or e.name in titled
        # a body named by its head alone ("Công an khám nghiệm hiện trường" after "Công an tỉnh Trà Vinh"): the body with
        # that head named most often before it, the last of equals
        bodies = sorted((e for e in found if e.kind == "organization" and fold(e.name) not in self.org_heads),
                        key=lambda e: e.start)
        body_starts = [b.start for b in bodies]
        for e in found:
            head = fold(e.name)
            if e.kind == "organization" and head in self.org_heads:
                body = _most_named(bodies[: bisect.bisect_left(body_starts, e.start)], e.start, (head,))
                if body is not None:
                    e.name = body.name
        self._complete_units(doc, found)
        found += self._named_again(doc, found)
        found.sort(key=lambda e: e.start)
        return _Entities(sorted(found + self._organization_anaphora(doc, found, trigger_starts), key=lambda e: e.start))

    def _complete_units(self, doc: Doc, found: list[_Entity]) -> None:
        """A body whose name ends with a level word pointed back at by a demonstrative (unit_demonstratives: "Cơ quan
        cảnh sát điều tra Công an tỉnh này", vietnews-016671) is the one of the unit of that level named last before it
        ("Công an tỉnh Quảng Nam"): its name takes that unit's name."""
        text = _reading(doc)
        named = sorted((e for e in found if e.kind in ("organization", "location")), key=lambda e: e.start)
        for e in found:
            if e.kind != "organization" or not _edge_phrase(fold(text[e.end : text.ahead(e.end, 12)]).split(),
                                                            self.unit_demonstratives, last=False):
                continue
            words = e.name.split()
            level = next((n for n in (2, 1) if tuple(fold(" ".join(words[-n:])).rstrip(".").split()) in self.unit_levels), 0)
            if not level:
                continue
            for other in reversed([o for o in named if o.end <= e.start]):
                own = other.name.split()
                folded = [fold(w).rstrip(".") for w in own]
                at = next((i for i in range(len(own) - level, 0 - 1, -1)
                           if tuple(folded[i : i + level]) == tuple(fold(" ".join(words[-level:])).rstrip(".").split())), None)
                if at is not None and at + level < len(own):
                    e.name = " ".join(words + own[at + level :])
                    break

    def _without_address(self, name: str) -> str:
        """A person's name without the form of address the entity layer may have kept ("Ông D.")."""
        words = name.split()
        while len(words) > 1 and fold(words[0]) in self.addresses:
            words = words[1:]
        return " ".join(words)

    def _joined_before(self, doc: Doc, e: _Entity, in_sentence: list[_Entity]) -> list[_Entity]:
        """The people of the list that ``e`` ends, joined by a comma or "và" ("Quý và Sỹ", "Sỹ và Quý"), past the form
        of address or description opening the next ("bệnh nhân Mai Quốc Triều và Y Gia Long") and the bracket that says
        who one is ("Đinh Thanh Điền (đội trưởng Đội TTGT quận Cái Răng) và Lê Văn Hoàng (…) cũng bị kỷ luật"), or the age
        between commas ("Wa Lone, 32 tuổi và Kyaw Soe Oo, 28 tuổi, bị kết tội", vietnews-010224)."""
        found, last = [], e
        for other in reversed([x for x in in_sentence if x.end <= e.start]):
            gap = _reading(doc)[other.end : last.start]
            if gap.count(")") > gap.count("("):
                continue  # a name inside the bracket after one of the list
            joint = " ".join(self._list_gap(self._between(doc, self._past_age(doc, self._past_bracket(doc, other.end, last.start),
                                                                              last.start), last.start)))
            if other.kind != "person" or joint not in (",", "và", ", và") or self._governed(doc, other, 0):
                break  # (not "của L., Quý đã dùng cây gỗ đánh đập cháu": L. is whose money it was)
            found.append(other)
            last = other
        return found

    def _public_speaker(self, doc: Doc, person: _Entity, entities: _Entities) -> bool:
        """Whether the article names the person, at one of their mentions, after a cue of a role whose statements are
        public though it is no title (public_speaker_cues: "Luật sư Trần Hồng Phúc", "Công tố viên Geoffrey Berman")."""
        for e in entities.of("person"):
            if e.name == person.name:
                words = self._between(doc, _reading(doc).back(e.start, self.windows["public_speaker_cue_chars"]), e.start).split()
                if _edge_phrase(words, self.public_speaker_cues, most=_longest(self.public_speaker_cues)):
                    return True
        return False

    def _co_doers(self, doc: Doc, doer: _Entity, in_sentence: list[_Entity], c0: int, s0: int, at: int) -> list[_Entity]:
        """The others of the doer's kind joined to it in its clause before the verb at ``at`` ("Bộ trưởng A và Thứ trưởng B
        làm việc …", "A cùng B đến thăm …", "A phối hợp với B khám nghiệm …"): a run of names whose gaps, past a form of
        address, a description or a title opening the next, are co_doer_joiners; an item after a bare comma counts once
        a joiner of words follows ("A, B và C", "A, B cùng các tỉnh … chủ trì") or went before ("A phối hợp với B, C, D
        tổ chức"), so "Theo A, B cho biết" joins none; a run governed before its first name ("của A và B") is no subject."""
        runs, run, pending, previous, opened = [], [], [], None, False

        def listed(run: list[_Entity], pending: list[_Entity], opened: bool) -> list[_Entity]:
            if opened or len(run) >= 2 or pending and _edge_phrase(self._between(doc, pending[-1].end, at).split(),
                                                                   self.co_doer_joiners, last=False):
                return run + pending
            return run

        for e in in_sentence:
            if e.kind != doer.kind or e.start < c0 or e.end > at:
                continue
            if previous is not None and self._in_bracket_after(doc, previous.end, e.start):
                continue  # "Trạm biên phòng … (Bộ đội biên phòng TP. HCM)": who the last one is
            gap = self._co_doer_gap(doc, previous, e) if previous is not None else None
            # "Theo Sở Y tế, Sở Tài chính và …" (not the "với" of a joiner: "A phối hợp với B, C, D tổ chức")
            if gap is None or gap == "," and previous is run[0] and self._governed(doc, previous, s0):
                runs.append(listed(run, pending, opened))
                run, pending, opened = [e], [], self._list_opened(doc, e)
            elif gap == ",":
                pending.append(e)
            else:
                run += pending + [e]
                pending = []
            previous = e
        run = next((r for r in runs + [listed(run, pending, opened)] if doer in r), [])
        if len(run) < 2 or self._governed(doc, run[0], s0):
            return []
        return [e for e in run if e is not doer and e.name != doer.name]

    def _list_opened(self, doc: Doc, e: _Entity) -> bool:
        """Whether a word of list_openers stands right before ``e``, past its form of address or description and its title
        ("như Đỗ Kỳ Phong, La Gia Anh", "gồm: ông A, ông B"): the names joined to it by commas are one list."""
        start = e.start
        for t0, t1 in _titles_from(doc, _reading(doc).back(e.start, self.windows["governor_chars"]), e.start + 1):
            if t1 <= e.start and not self._between(doc, t1, e.start).strip(" ,-–("):
                start = t0
                break
        words = self._list_gap(self._between(doc, _reading(doc).back(start, self.windows["governor_chars"]), start).replace(":", " : "))
        return any(words[-len(w):] == w for w in self.list_openers)

    def _co_doer_gap(self, doc: Doc, a: _Entity, b: _Entity) -> str | None:
        """How ``b`` joins the name ``a`` before it: "," or a joiner of co_doer_joiners (past a form of address, a
        description or a title opening ``b``), else None."""
        gap_end = b.start
        for t0, t1 in _titles_from(doc, a.end, b.start + 1):  # "… và Thứ trưởng B"
            if a.end <= t0 and t1 <= b.start and not self._between(doc, t1, b.start).strip(" ,-–("):
                gap_end = t0
                break
        words = self._between(doc, a.end, gap_end).split()
        if words[-1:] in (["của"], ["thuộc"]):
            words.pop()
        n = _edge_phrase(words, self.unit_phrases, most=4)  # "phối hợp cùng phòng nghiệp vụ Công an tỉnh …": a unit of that body
        joint = " ".join(self._list_gap(" ".join(words[: len(words) - n] if n and len(words) > n else words)))
        return joint if joint == "," or joint in self.co_doer_joiners else None

    def _charge_listed(self, doc: Doc, type_: str, a: int, sentence: Span) -> bool:
        """Whether a crime at ``a`` is an item of a list of charges headed by one of the type's not_after words ("khởi
        tố … về hành vi giết người, hiếp dâm, cướp tài sản, tàng trữ chất ma tuý", "tội phạm buôn bán và vận chuyển ma
        tuý"): the items before it are a few words each, the first ends with the head and a crime (or the first word of
        one: "buôn bán" of "buôn bán ma tuý"); not "thực hiện hành vi phạm tội đến cùng, giết người và cướp tài sản"."""
        segments = re.split(r",| và | hoặc ", f" {self._between(doc, sentence.start_char, a)} ")
        if segments[-1].strip():
            return False  # the crime does not open an item of a list
        heads = self.type_not_after[type_] | self.charge_heads
        for segment in reversed(segments[:-1]):
            words = segment.split()
            n = next((i for i in range(len(words) - 1, max(-1, len(words) - 5), -1)
                      if _edge_phrase(words[: i + 1], heads, most=2)), None)
            if n is not None:
                item = " ".join(words[n + 1 :])
                crimes = self.types[type_].get("agent_by_trigger", {})
                return bool(item) and any(f"{item} ".startswith(f"{c} ") or c.split()[0] == words[n + 1] for c in crimes)
            if len(words) > self.windows["charge_item_words"]:
                return False
        return False

    def _kin_of(self, doc: Doc, e: _Entity) -> bool:
        """Whether a kin noun stands right before the person, past a form of address ("vợ ông Yên uống thuốc cỏ tự tử",
        "bắn vợ Karen Elaine Smith trước khi tự sát"): the one named is another's kin, who is not the doer of what follows;
        or the person is the one a kin noun before "của" is kin of (_kin_relation)."""
        if self._kin_relation(doc, e):
            return True
        words = self._between(doc, _reading(doc).back(e.start, self.windows["kin_chars"]), e.start).split()
        addressed = bool(words) and words[-1] in self.addresses
        if addressed:
            words.pop()
        n = _edge_phrase(words, self.kin_nouns, most=2)
        if not n or addressed:
            return bool(n)
        # right before the name: "người cha Nguyễn Văn Hùng" is the father himself, "bạn Nguyễn Văn An" addresses An
        return " ".join(words[-n:]) not in self.kin_address_nouns \
            and not (len(words) > n and words[-n - 1] in self.kin_apposition_before)

    def _kin_relation(self, doc: Doc, e: _Entity) -> bool:
        """Whether the person is the one a kin noun before "của" in the same clause is kin of ("Ông Kim Jong - nam, anh
        trai cùng cha khác mẹ của lãnh đạo Triều Tiên, bị sát hại", vietnews-008644): the kin is the subject, not the one
        named."""
        clause = self._between(doc, _reading(doc).back(e.start, self.windows["kin_relation_chars"]), e.start).split(",")[-1].split()
        return clause[-1:] == ["của"] and any(_edge_phrase(clause[:i], self.kin_nouns, most=2) for i in range(1, len(clause)))

    def _named_again(self, doc: Doc, found: list[_Entity]) -> list[_Entity]:
        """Mentions of a person the entity layer named elsewhere in the article but not there ("Hà (tên đã được thay
        đổi)" tagged once, then "mời Hà cùng cha ruột", "chiều hôm sau ông D. … xin lỗi"): the full name, or the
        last word of a name of several words ("D." of "Trần Chí D.", "Truyện" of "Hoàng Công Truyện"), written with
        its capital, as a whole name (no capitalised word glued before or after it, save a form of address), and not
        after a kin noun ("Mẹ Hà" is Hà's mother). A short form two people share is not read."""
        people: dict[str, _Entity] = {}
        for e in found:
            if e.kind == "person":
                people.setdefault(e.name, e)
        forms: dict[str, set[str]] = {}
        for name in people:
            words = self._without_address(name).split()
            if not words or not words[-1][:1].isupper():
                continue
            forms.setdefault(" ".join(words), set()).add(name)
            if len(words) > 1:
                forms.setdefault(words[-1], set()).add(name)
        forms = {f: names.pop() for f, names in forms.items() if len(names) == 1 and len(f.rstrip(".")) >= 1}
        if not forms:
            return []
        nt = norm_text(doc)
        text = nt.text  # matched in the matching form (the sample mixes composed and decomposed letters), offsets mapped back
        keyed = {normalize(f).text: name for f, name in forms.items()}
        # a form written at a word start has the text's run of word characters there as its own: the forms are looked up
        # by it, the longest first (one pass over the word starts, not an alternation of every form at every character)
        by_run: dict[str, list[str]] = {}
        for f in sorted(keyed, key=len, reverse=True):
            by_run.setdefault(re.match(r"\w*", f).group(), []).append(f)
        word_char = re.compile(r"\w")
        taken = sorted([(sp.start_char, sp.end_char) for sp in doc.spans.get("entities", [])]
                       + [(m.start, m.end) for ref in doc._.documents or () for m in ref.mentions]
                       + [(e.start, e.end) for e in found])
        starts = [x for x, _ in taken]
        longest = max((y - x for x, y in taken), default=0)
        titled = {e.name for e in found if e.kind == "person" and e.titled}
        out, end = [], 0
        for run in re.finditer(r"(?<![\w.])\w*" if "" in by_run else r"(?<![\w.])\w+", text):
            s = run.start()
            if s < end or (form := next((f for f in by_run.get(run.group(), ())
                                         if text.startswith(f, s) and not word_char.match(text, s + len(f))), None)) is None:
                continue
            end = s + len(form)
            a, b = nt.to_source(s, end)
            if any(x < b and a < y for x, y in taken[bisect.bisect_left(starts, a - longest) : bisect.bisect_left(starts, b)]):
                continue
            after = text[end : end + 2]
            if after[:1] in " -\u2013" and after[1:2].isupper():
                continue  # "Hà Nội", "Hà Tĩnh": part of a longer name
            before = text[max(0, s - self.windows["name_again_chars"]) : s].split()
            prev = before[-1] if before else ""
            opens = len(before) < 2 or before[-2][-1:] in ".!?:;\"\u201c\u201d"  # prev opens its sentence
            # … or prev ends the sentence before ("… của toà Wanda Plaza. Guo sau đó cho nổ …"; not an abbreviation,
            # "TP. Hà", whose letters before the dot are few or all capitals)
            ended = prev[-1:] in ".!?" and len(prev.rstrip(".!?")) >= self.windows["sentence_end_word_chars"] and not prev.rstrip(".!?").isupper()
            if prev[:1].isupper() and fold(prev) not in self.honorifics and not opens and not ended:
                continue  # "Nguyễn Văn Hà": the end of another name
            if fold(prev) in self.kin_nouns or fold(" ".join(before[-2:])) in self.kin_nouns:
                continue  # "Mẹ Hà", "gia đình Hà": someone of Hà's family
            name = keyed[form]
            out.append(_Entity(a, b, name, "person", titled=name in titled))
        return out

    def _organization_anaphora(self, doc: Doc, found: list[_Entity], trigger_starts: set[int]) -> list[_Entity]:
        """"cơ quan này", "đơn vị trên": the organisation named last; "cơ quan kiểm tra": the one named before
        whose name holds the words after the descriptor ("Uỷ ban Kiểm tra Trung ương")."""
        orgs = [e for e in found if e.kind == "organization" and e.holder is None]
        # the tokens as one array: making a Token object per token was most of this method's cost; a run of white space
        # inside a line is skipped, as the matching form reads it ("cơ quan  này" is "cơ quan này")
        source = norm_text(doc).source
        kept = _compact(doc)
        every_start, lengths = doc.to_array([IDX, LENGTH]).T.tolist()
        starts = [every_start[i] for i in kept]
        folded = [fold(source[every_start[i] : every_start[i] + lengths[i]]) for i in kept]
        every_word_start = _word_starts(doc)
        word_starts = [every_word_start[i] for i in kept]
        count = len(kept)

        def words(i: int, n: int) -> str:
            """The tokens i to i + n (of the kept ones) as written, folded."""
            return fold(source[starts[i] : every_start[kept[i + n - 1]] + lengths[kept[i + n - 1]]])

        named = _Spans((e.start, e.end) for e in found)
        covered = set()  # tokens starting inside an entity
        for e in found:
            covered.update(range(bisect.bisect_left(starts, e.start), bisect.bisect_left(starts, e.end)))
        out = []
        i = 0
        while i < count:
            a = starts[i]
            hit = None
            if i in covered or folded[i] not in self.org_anaphora_starts:
                i += 1
                continue
            for n in (3, 2):
                phrase = " ".join(folded[i : i + n])  # the folded tokens first (cheap), the words as written to confirm
                if i + n <= count and phrase in self.org_anaphora and words(i, n) == phrase:
                    before = [e for e in orgs if e.end <= a]
                    if before:
                        hit = (n, before[-1])
                    break
            if hit is None:  # "Bộ này", "công ty này": the organisation named last whose name starts so
                for k in (2, 1):
                    head = " ".join(folded[i : i + k])
                    if i + k < count and head in self.org_heads and folded[i + k] in self.demonstratives \
                            and words(i, k) == head:
                        before = [e for e in orgs if e.end <= a and fold(e.name).startswith(head + " ")]
                        if before:
                            hit = (k + 1, before[-1])
                        break
            if hit is None:  # "sở sẽ công bố": a bare head as a subject stands for the one body named before with that head
                for k in (2, 1):
                    head = " ".join(folded[i : i + k])
                    if i + k >= count or head not in self.org_heads or not word_starts[i + k] or words(i, k) != head:
                        continue
                    # in lower case before an auxiliary ("13-6 sở sẽ": may be read as one word), or opening the sentence
                    # before an auxiliary or a trigger ("Cảnh sát mở cuộc điều tra")
                    token = doc[kept[i]]
                    lower = written(token.text, compose=False)[:1].islower() and word_starts[i]
                    opening = token.is_sent_start or token.i and doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text
                    after_comma = token.i and doc[token.i - 1].text == "," and word_starts[i]
                    if (lower or after_comma) and folded[i + k] in self.auxiliaries or opening and (
                            folded[i + k] in self.auxiliaries or kept[i + k] in trigger_starts):
                        # (a body named in a title counts: "Giám đốc Sở Giao thông Vận tải Hải Phòng … . Để khắc phục, Sở
                        # đã yêu cầu …", vietnews-019652)
                        before = [e for e in found if e.kind == "organization" and e.end <= a
                                  and fold(e.name).startswith(head + " ")]
                        # (of several, the one named in the sentence before or this one, if only one is: "… em Nguyễn Tấn
                        # Đức, học sinh … Trường Tiểu học Long Khánh B1, … . Ngày 20-3, trường đã tổ chức trao giấy khen")
                        near = {e.name for e in before if self._named_just_before(doc, e, token.i)}
                        if before and (len({e.name for e in before}) == 1 or len(near) == 1 and before[-1].name in near):
                            hit = (k, before[-1])
                        break
            if hit is None and folded[i] in self.org_descriptor_starts:
                for desc in self.org_descriptors:
                    k = len(desc.split())
                    if i + k > count or words(i, k) != desc:
                        continue
                    for n in (2, 1):
                        tail = [doc[j] for j in kept[i + k : i + k + n]]
                        if len(tail) < n or any(t.is_punct or t.is_space or written(t.text, compose=False)[:1].isupper() for t in tail):
                            continue
                        before = [e for e in orgs if e.end <= a and f" {words(i + k, n)} " in f" {fold(e.name)} "]
                        if before:
                            hit = (k + n, before[-1])
                            break
                    if hit:
                        break
            if hit is not None:
                n, org = hit
                end = every_start[kept[i + n - 1]] + lengths[kept[i + n - 1]]
                if not named.overlapping(a, end):
                    out.append(_Entity(a, end, org.name, "organization"))
                i += n
            else:
                i += 1
        return out

    def _named_just_before(self, doc: Doc, e: _Entity, i: int) -> bool:
        """Whether the entity stands in the sentence of token ``i`` or in the one before it."""
        sentence = self._sentence_of(doc, i)
        lo = self._sentence_of(doc, sentence.start - 1).start_char if sentence.start else sentence.start_char
        return e.start >= lo

    def _blocked(self, doc: Doc) -> _Spans:
        """Ranges where a trigger word is part of a name, a title or a document reference."""
        spans = [(s.start_char, s.end_char) for s in doc.spans.get("entities", [])]
        spans += [(m.start, m.end) for ref in doc._.documents or () for m in ref.mentions]
        return _Spans(spans)

    def _quotations(self, doc: Doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Ranges between pairs of quotation marks (paired within each paragraph): those that hold only a few words
        ("“bão” scandal": a word used figuratively), and the longer ones (what someone said)."""
        reading, short, long = _reading(doc), [], []
        text, at = reading.text, 0
        for paragraph in text.split("\n"):
            marks = [at + m.start() for m in self.quotation_pattern.finditer(paragraph)]
            for i in range(0, len(marks) - 1, 2):
                few = len(text[marks[i] + 1 : marks[i + 1]].split()) <= self.scare_quote_words
                (short if few else long).append((reading.source(marks[i]), reading.source(marks[i + 1])))
            at += len(paragraph) + 1
        return short, long

    def _quoted_away(self, doc: Doc, e: "_Entity", at: int) -> bool:
        """Whether the entity stands inside a quotation (what someone said) that the trigger at ``at`` is outside of: a
        name said is no doer of the saying ("“Lính dù Syria đã đánh úp IS, …”, thông báo từ bộ Quốc phòng Nga")."""
        return any(a < e.start and e.end <= b and not a < at < b
                   for a, b in doc.user_data[("vnx_events", "quotations")].overlapping(e.start, e.end))

    def _between(self, doc: Doc, a: int, b: int) -> str:
        return fold(_reading(doc)[a:b])

    def _facilities(self, doc: Doc) -> _Entities:
        """Places written as a facility noun and a capitalised name ("khách sạn Sheraton", "nhà nghỉ Thanh Ngân"), which
        the entity layer does not tag (they are no bodies or administrative units): candidates for ``_place``; once per
        article. The name is its capitalised words right after the noun, as written."""
        key = ("vnx_events", "facilities")
        if key not in doc.user_data:
            reading, found = _reading(doc), []
            text = reading.text
            for m in self.facility_pattern.finditer(text):
                end, words = m.end(), 0
                while words < self.windows["facility_name_words"] and (w := _NAME_WORD.match(text, end)) and w.group(1)[0].isupper():
                    end, words, at = w.end(), words + 1, w.end()
                    while dashed := _DASHED_WORD.match(text, at):  # up to the last capitalised word ("Mar - a - Lago",
                        at = dashed.end()  # not "khách sạn X - nơi …")
                        end = at if dashed.group(1)[0].isupper() else end
                if words:
                    a, b = reading.source(m.start()), reading.source(end)
                    found.append(_Entity(a, b, _as_written(reading, a, b), "facility"))
            doc.user_data[key] = _Entities(found)
        return doc.user_data[key]

    def _place(self, doc: Doc, entities: list[_Entity], start: int, end: int, skip: tuple[int, int] = (0, 0),
               last: bool = False, cues: set[str] | None = None, after: int | None = None, case_places: bool = True,
               asked: bool = False) -> str | None:
        """The first (``last``: the last) body or place of ``entities`` from ``start`` on that a location cue governs
        ("tại Huyện ủy Quảng Điền", "ở quận 1"), a filler noun allowed between them ("tại địa bàn xã Thanh Minh", "tại vùng
        Cox's Bazar"); not one where someone lives or works ("trú tại xã Hà Thạch"). A facility named before ``end``
        (``_facilities``: "tại khách sạn Sheraton") counts as a place when no entity shares a character with it and it does
        not start in ``skip``. Past the trigger ending at ``after``, a place_only_location_cues word governs a location
        with no verb between the trigger and it ("tuần tra trên sông Đồng Nai"; not "đề nghị Hà Nội cắt cỏ trên quốc lộ
        18": where the grass is). Unless ``case_places``, not one where a case happened ("xét xử vụ án … xảy ra tại ngân
        hàng Đông Á": the bank is not where the court sits), unless the trigger follows it in a clause of while_words
        ("xảy ra tại quận Narowal … trong khi ông Iqbal tham dự cuộc họp"). For a request (``asked``), past the trigger not
        one with a verb between them ("đề nghị Hà Nội cho phép dựng mô hình khỉ Kong … tại một vị trí nổi bật ở khu vực
        phố đi bộ Hồ Gươm", vietnews-020807: where the act asked for is done)."""
        facilities = [f for f in self._facilities(doc).within(start, end) if not skip[0] <= f.start < skip[1]
                      and not any(e.start < f.end and f.start < e.end for e in entities)]
        places = sorted(entities + facilities, key=lambda e: e.start) if facilities else entities
        for e in reversed(places) if last else places:
            if e.kind not in ("organization", "location", "facility") or e.start < start or self._about_person(doc, e, entities) \
                    or self._in_title(doc, e):
                continue
            # (a bracket apart: "Tuấn (trú tại xã Long Phước)" is where he lives)
            words = self._between(doc, max(start, _reading(doc).back(e.start, self.windows["location_cue_chars"])),
                                  e.start).replace("(", " ( ").split()
            for filler in self.location_fillers:
                if words[-len(filler):] == filler and len(words) > len(filler):
                    words = words[: -len(filler)]
                    break
            governed = words[-1:] and (words[-1] in (cues or self.location_cues)
                                       or after is not None and e.kind == "location" and e.start >= after
                                       and words[-1] in self.place_only_cues and not self._verb_between(doc, after, e.start))
            if not governed and cues is None and e.kind == "location":
                # … past the spot inside it ("bắt giữ Sỹ tại căn nhà trong hẻm đường Phạm Văn Đồng": the street)
                near = self._between(doc, max(start, _reading(doc).back(e.start, self.windows["spot_chars"])),
                                     e.start).replace("(", " ( ")
                named = {self._between(doc, x.start, x.end) for x in places if x.end <= e.start and x.start >= e.start - len(near)}
                words = self._spot_before(near.split()) or self._addressed_spot(near.replace(",", " , ").split(), named) \
                    or self._contained_spot(near.split())
                governed = bool(words)
            if governed and not self._residence_before(doc, words[:-1], start, e.start) \
                    and (case_places or not _edge_phrase(words[:-1], self.case_place_verbs)
                         or after is not None and e.end < after and self._stands_between(doc, e.end, after, self.while_words)) \
                    and not (asked and after is not None and e.start >= after and self._verb_between(doc, after, e.start)):
                return e.name
        return None

    def _incident_setting_before(self, doc: Doc, e: _Entity, s0: int, at: int) -> bool:
        """Whether the entity, before the trigger at ``at``, is the setting of an incident named by its noun a few words
        before the location cue that governs it, no comma between (incident_nouns: "Tổng thống Nga Putin lên án vụ ám sát
        ở Ankara và kêu gọi …", vietnews-007523; "đã làm rõ vụ giết người ở huyện Cầu Kè và đình chỉ điều tra", 016962):
        where that incident took place, not where the act told after it was done; unless the act is told as going on
        while it took place (while_words: "Vụ việc xảy ra tại quận Narowal … trong khi ông Iqbal tham dự cuộc họp",
        vietnews-004868)."""
        if e.end > at:
            return False
        words = self._between(doc, max(s0, _reading(doc).back(e.start, self.windows["incident_setting_chars"])), e.start)
        words = words.rsplit(",", 1)[-1].split()
        return len(words) > 1 and words[-1] in self.location_cues and bool(set(words[:-1]) & self.incident_nouns) \
            and not self._stands_between(doc, e.end, at, self.while_words)

    def _in_title(self, doc: Doc, e: _Entity) -> bool:
        """Whether the entity stands inside a person's title ("Đại sứ Mỹ tại Việt Nam Daniel Kritenbrink", vietnews-011782;
        "Đại sứ Australia tại Việt Nam trao bằng …", 013729): where the office is, not where the happening was."""
        return any(t0 <= e.start and e.end <= t1
                   for t0, t1 in _titles_from(doc, _reading(doc).back(e.start, self.windows["title_place_chars"]), e.start))

    def _about_person(self, doc: Doc, e: _Entity, entities: list[_Entity]) -> bool:
        """Whether ``e`` stands inside a bracket opened right after a person's name ("lệnh bắt tạm giam với Võ Văn Trụ (36
        tuổi, ngụ Long An, làm việc tại Công ty PouYuen, quận Bình Tân)"): what the bracket says is about that person."""
        text = norm_text(doc).source  # (``doc.text`` joins every token again each time it is read)
        opened = text.rfind("(", 0, e.start)
        return opened >= 0 and ")" not in text[opened : e.start] \
            and any(p.kind == "person" and p.end <= opened and not text[p.end : opened].strip() for p in entities)

    def _spot_before(self, words: list[str]) -> list[str]:
        """The words up to a location cue when the words after it name a spot inside the place that follows them, a
        containment word last but one or last ("tại căn nhà trong hẻm", "ở phòng trọ thuộc"): a few words, no comma;
        else []."""
        for i in range(len(words) - 1, max(-1, len(words) - 2 - self.windows["spot_words"]), -1):
            if words[i] in self.location_cues:
                spot = words[i + 1 :]
                return words[: i + 1] if spot and "," not in spot and set(spot[-2:]) & self.containment_words else []
        return []

    def _contained_spot(self, words: list[str]) -> list[str]:
        """The words when they end with a dwelling of contained_spots and a containment word ("đột kích nhiều căn hộ
        trong", vietnews-000903): the place after them holds the spot where it happened; else []."""
        if not words or words[-1] not in self.containment_words:
            return []
        return words if _edge_phrase(words[:-1], self.contained_spots) else []

    def _addressed_spot(self, words: list[str], named: set[str]) -> list[str]:
        """The words up to a location cue when the words after it name a spot and then its address up to the place that
        follows them: a bracket opened after the spot ("ở phòng sơn xe gara Auto Bình Dương (thị xã Thuận An"), or address
        parts each opened by one of address_heads and closed by a comma ("tại đường ĐT746, phường Uyên Hưng"); a few
        words (addressed_spot_words) and no other bracket; not when the spot is itself a place of ``named`` (the folded
        places before: "tại xã Phú Thọ (huyện Quế Sơn)" happened in the commune); else []."""
        for i in range(len(words) - 1, max(-1, len(words) - 2 - self.windows["addressed_spot_words"]), -1):
            if words[i] in self.location_cues:
                spot = words[i + 1 :]
                if len(spot) < 2 or ")" in spot or spot.count("(") > (spot[-1] == "(") \
                        or any(f"{' '.join(spot)} ".startswith(f"{n} ") for n in named):
                    return []
                if spot[-1] == "(" and "," not in spot:
                    return words[: i + 1]
                parts = " ".join(spot).split(",")
                if spot[-1] == "," and all(_edge_phrase(p.split(), self.address_heads, last=False) and len(p.split()) > 1
                                           for p in parts[:-1]):
                    return words[: i + 1]
                return []
        return []

    def _residence_before(self, doc: Doc, words: list[str], start: int, at: int) -> bool:
        """Whether the words before the location cue of the place at ``at`` end with a word of where someone lives or
        works ("trú tại"); not one of place_address_words after a comma that closes a spot a location cue governs, from
        ``start`` on ("tại công ty chuyên sản xuất đồ gỗ, có địa chỉ tại …": the address of the spot)."""
        n = _edge_phrase(words, self.residence_words, most=2)
        if not n or " ".join(words[-n:]) not in self.place_address_words:
            return bool(n)
        segments = self._between(doc, start, at).replace("(", ",").split(",")
        lead = next((k for k in range(len(segments) - 1, -1, -1) if f" {' '.join(words[-n:])} " in f" {segments[k]} "), 0)
        return lead == 0 or segments[lead - 1].split()[:1] not in ([w] for w in self.location_cues)

    def _verb_between(self, doc: Doc, a: int, b: int) -> bool:
        """Whether underthesea tags a word between a and b as a verb."""
        span = doc.char_span(a, b, alignment_mode="contract")
        if span is None or not len(span):
            return False
        tags = _pos_tags(doc, self._sentence_of(doc, span.start))
        return any(tags.get(t.i, "").startswith("V") for t in span)

    def _gone_to(self, doc: Doc, in_sentence: list[_Entity], s0: int, at: int) -> str | None:
        """The place (or facility) a verb of going governs right before the trigger at ``at``, nothing or "để" between
        them ("đến tỉnh Kon Tum mua ma tuý", "ra TP. Đà Nẵng cướp giật tài sản"): where the act was done."""
        places = [e for e in in_sentence if e.kind == "location"] + list(self._facilities(doc).within(s0, at))
        for e in sorted(places, key=lambda e: e.end, reverse=True):
            if e.end <= at and self._between(doc, e.end, at).split() in ([], ["để"]):
                name = self._place(doc, [e], s0, at, cues=self.motion_verbs)
                return name if name == e.name else None
        return None

    def _setting_placed_before(self, doc: Doc, d: _Draft, entities: _Entities) -> str | None:
        """The place of a happening the trigger's sentence opens with as its setting (a setting cue, an event noun and its
        head, before a comma: "Trong phiên toà ngày 3/9, hai phóng viên … bị kết tội", vietnews-010224, tester s20) that the
        sentence before names with a location cue ("… khi rời phiên toà ở Insein, Yangon, Myanmar, ngày 3/9."); else None."""
        reading = _reading(doc)
        opening = reading[d.sentence.start_char : d.trigger[0]].split(",")[0].split()
        if len(opening) < 3 or fold(opening[0]) not in self.setting_cues or fold(opening[1]) not in self.event_nouns:
            return None
        noun = opening[1:2]
        for w in opening[2 : 2 + self.windows["setting_noun_words"]]:
            if fold(w) in self.day_words or not w.isalpha():
                break
            noun.append(w)
        if len(noun) < 2:
            return None
        before = self._sentence_of(doc, d.sentence.start - 1)
        found = reading.find(" ".join(noun).lower(), before.start_char, before.end_char)
        if found is None:
            return None
        return self._place(doc, entities.within(found[1], before.end_char), found[1], before.end_char)

    def _there(self, doc: Doc, s0: int, at: int) -> bool:
        """Whether a word pointing back at a place ("Tại đây", "ở đó") opens the sentence or a comma segment before ``at``."""
        segments = self._between(doc, s0, at).split(",")
        return any(seg.split()[: len(w)] == w for seg in segments for w in self.place_anaphora)

    def _reference_clause(self, doc: Doc, s0: int, at: int) -> tuple[int, int]:
        """The range, before the trigger at ``at``, of another trigger told as a point of reference (relative_time_words
        opening its comma-free stretch) up to the comma that closes it ("sau hơn 1 năm sát hại nữ sinh … ở phố Nguyễn
        Phúc Lai vào buổi tối, ngày 12/7, Nguyễn Anh Tú … được đưa ra xét xử sơ thẩm": the street and the evening are the
        killing's, the trial is later); (at, at) when there is none. A time expression that starts in it is that
        happening's all the same ("vào buổi tối, ngày 12/7")."""
        starts = doc.user_data[("vnx_events", "trigger_chars")]
        reading = _reading(doc)
        for c in starts[bisect.bisect_left(starts, s0) : bisect.bisect_left(starts, at)]:
            lead = fold(reading[s0:c]).rsplit(",", 1)[-1].split()
            if lead and _edge_phrase(lead, self.relative_time_words, last=False):
                comma = reading.find(",", c, at)
                if comma is not None:
                    return c, comma[0]
        return at, at

    def _fronted_purpose(self, doc: Doc, s0: int, at: int) -> tuple[int, int]:
        """The range of a purpose clause opening the sentence (purpose_markers) up to the first comma before the trigger
        at ``at`` ("Để hạn chế tình trạng trên tại tỉnh An Giang, Phó thủ tướng yêu cầu …", vietnews-003085: the province
        is where the aim lies, not where the request was made); (at, at) when there is none."""
        reading = _reading(doc)
        comma = reading.find(",", s0, at)
        if comma is None or not _edge_phrase(fold(reading[s0 : comma[0]]).split(), self.purpose, last=False):
            return at, at
        return s0, comma[0]

    def _apposition_before(self, doc: Doc, in_sentence: list[_Entity], s0: int, at: int) -> tuple[int, int]:
        """The range, before the trigger at ``at``, of an apposition about a person named in its sentence: opened by a
        comma right after the name and one of apposition_before_heads, closed by the last comma before the trigger with
        at most apposition_gap_words words between that comma and the trigger ("Ông Hồ Hoài Bang, giữ chức chủ tịch Ngân
        hàng Phát triển Trung Quốc năm 2013 - 2018, bị điều tra", vietnews-009156: the years of the post); (at, at) when
        there is none."""
        reading = _reading(doc)
        close = reading.find(",", s0, at, last=True)
        if close is None or len(self._between(doc, close[1], at).split()) > self.windows["apposition_gap_words"]:
            return at, at
        for e in in_sentence:
            if e.kind != "person" or not s0 <= e.end <= close[0]:
                continue
            gap = reading[e.end : close[0]]
            if not gap.lstrip().startswith(",") or gap.lstrip()[1:].lstrip().startswith(","):
                continue
            if _edge_phrase(fold(gap.lstrip()[1:]).split(), self.apposition_before_heads, last=False):
                return e.end, close[0]
        return at, at

    def _deed_after(self, doc: Doc, b: int, s1: int) -> int:
        """Where, after the trigger ending at ``b``, a noun of a deed (deed_nouns) names what the trigger is about: the
        time and place written from there on are the deed's ("tạm giữ hình sự đối với Nguyễn Thanh Tuấn … để điều tra về
        hành vi " giết người " tại xã Trung An (TP Mỹ Tho) vào đêm 18-3", vietnews-016423: the killing's); ``s1`` if none."""
        reading = _reading(doc)
        found = self.deed_pattern.search(reading[b:s1])
        return s1 if found is None else reading.source(reading.at(b) + found.start())

    def _purpose_after(self, doc: Doc, b: int, s1: int) -> int:
        """Where, after the trigger ending at ``b``, a purpose marker (purpose_markers) opens what the act is for: the
        time and place written from there on are the aim's ("ký ban hành công văn để siết chặt quản lý đất đai tại huyện
        Vạn Ninh", vietnews-002440: the district is what the rule is for); not a negated "để" ("yêu cầu không để thiếu
        điện": "let"); ``s1`` if none. (_fill asks it not for a visit nor an act on the spot, done where and when
        their aim is: "có chuyến thăm đến Triều Tiên để tham dự một sự kiện … vào tháng 9 tới", vietnews-006612.)"""
        reading = _reading(doc)
        for found in self.purpose_pattern.finditer(reading[b:s1]):
            at = reading.source(reading.at(b) + found.start())
            if not _edge_phrase(self._between(doc, b, at).split(), self.negations):
                return at
        return s1

    def _later_clause(self, doc: Doc, b: int, s1: int) -> int:
        """Where, after the trigger ending at ``b``, a later clause with a trigger of its own begins (``s1`` if none): a
        relative clause on what the trigger acts on, opened by a doer marker a few words before its verb ("tặng phụ bản
        bộ atlas … do nhà xuất bản … xuất bản tại Berlin năm 1885", vietnews-019188: Berlin and 1885 are the printing's),
        not one saying who holds the trigger's happening ("hội thảo … do Bộ … tổ chức tại"); or a coordinated clause
        whose predicate an aspect word opens ("bỏ trốn và đến 10h ngày 3-1 đã ra đầu thú tại Công an TP Hà Giang",
        vietnews-016628). The time and place written from there on are not the trigger's."""
        starts = doc.user_data[("vnx_events", "trigger_chars")]
        word_starts = _word_starts(doc)
        for c in starts[bisect.bisect_left(starts, b) : bisect.bisect_left(starts, s1)]:
            marks = self._doer_markers_within(doc, b, c)
            if marks:
                rest = self._between(doc, marks[-1].idx + len(marks[-1]), c).split()
                verb = self._between(doc, c, s1).split()
                if len(rest) <= self.windows["doer_marker_words"] and not set(rest) & self.cause_links \
                        and not _edge_phrase(verb, self.organised["verbs"], last=False):
                    return marks[-1].idx
            span = doc.char_span(b, c, alignment_mode="contract")
            for t in reversed(span or ()):
                if word_starts[t.i] and (t.i + 1 == len(doc) or word_starts[t.i + 1]) and fold(t.text) in self.clause_coordinators:
                    if self._clause_opening(doc, t.idx + len(t), c):
                        return t.idx
                    break
        return s1

    def _adversative_clause_after(self, doc: Doc, b: int, s1: int) -> int:
        """Where, after the trigger ending at ``b``, a comma and an adversative passive marker open a predicate of their
        own ("từng đoạt giải Nobel Hoà bình năm 1991 vì …, bị chỉ trích vì không lên tiếng phản đối hoạt động của quân
        đội ở bang Rakhine", vietnews-010224, tester s18), a conjunction of contrast (contrast_clause_openers) or an
        apposition about the one named before (apposition_heads: "xét xử … Vương Tam Vận, người từng giữ chức bí thư tỉnh
        uỷ Cam Túc giai đoạn 2011-2017", vietnews-009156): what that says later is not the trigger's (``s1`` if none)."""
        reading = _reading(doc)
        found = next((m for m in _COMMA_WORD.finditer(reading[b:s1])
                      if fold(m.group(1)) in self.adversative | self.contrast_openers | self.apposition_heads), None)
        return s1 if found is None else reading.source(reading.at(b) + found.start())

    def _clause_opening(self, doc: Doc, a: int, b: int) -> bool:
        """Whether the words from a to b open a predicate of its own: an aspect word (subject_auxiliaries), with at most
        a time and the words that date what happened next before it ("và đến 10h ngày 3-1 đã ra đầu thú"); not a noun
        phrase ("lễ viếng và truy điệu 2 phi công … sẽ được tổ chức": one subject)."""
        times = [t for t in doc._.times or () if a <= t.start and t.end <= b]
        words = f" {self._between(doc, a, times[0].start) if times else ''} {self._between(doc, times[-1].end if times else a, b)} "
        if not any(f" {w} " in words for w in self.auxiliaries):
            return False
        for w in sorted(self.auxiliaries | self.next_clause_time_words, key=len, reverse=True):
            words = words.replace(f" {w} ", " ")
        return not words.replace(",", " ").strip()

    def _time_value(self, doc: Doc, sentence: Span, trigger: tuple[int, int], reference: tuple[int, int] = (0, 0),
                    later: int | None = None, incident: bool = False) -> tuple[str, bool] | None:
        """The value of the time expression nearest the trigger in the sentence, and whether it is written before the
        trigger; not one that starts in the ``reference`` range (``_reference_clause``) nor from ``later`` on (a later
        clause's, ``_later_clause``); for an ``incident``, not one after the predicate of a happening held (planned_after)
        written after the trigger ("lễ viếng … 2 phi công hy sinh trong vụ máy bay Yak -52 rơi … sẽ được tổ chức vào
        sáng mai (16/6)", vietnews-014488: the funeral's day; nobody holds a crash)."""
        candidates = []
        doc_ends = [m.end for ref in doc._.documents or () for m in ref.mentions]
        times = doc._.times or []
        if ("vnx_events", "time_order") not in doc.user_data:  # once per article: a scan of all its times for every
            # trigger was quadratic; the times in start order, and their starts, for a bisect to the sentence
            order = sorted(range(len(times)), key=lambda i: times[i].start)
            doc.user_data[("vnx_events", "time_order")] = order
            doc.user_data[("vnx_events", "time_starts")] = [times[i].start for i in order]
        order, starts = doc.user_data[("vnx_events", "time_order")], doc.user_data[("vnx_events", "time_starts")]
        if ("vnx_events", "relative_points") not in doc.user_data:  # durations counted from the time before them
            doc.user_data[("vnx_events", "relative_points")] = relative_points(norm_text(doc).source, times)
        points = doc.user_data[("vnx_events", "relative_points")]
        for i in order[bisect.bisect_left(starts, sentence.start_char):bisect.bisect_left(starts, sentence.end_char)]:
            t = times[i]
            if not _known(t):
                continue
            value, granularity = points.get(t.start, (t.value, t.granularity))  # "Một tháng sau đó": counted on
            if granularity == "duration" or reference[0] <= t.start < reference[1] or later is not None and t.start >= later:
                continue
            if any(0 <= _reading(doc).distance(e, t.start) < self.windows["document_date_chars"] and self._between(doc, e, t.start).strip() in self.document_date_links for e in doc_ends):
                continue  # "Kết luận 62-KL/TW, ngày 08/12/2009": the document's date, not the event's
            before, own = self._words_before_time(doc, t, sentence.start_char), fold(t.text).split()
            if self._birth_date(before, own):
                continue  # "(SN 1970)", "sinh năm 1968": a birth date
            if _edge_phrase(own, self.school_year_words, last=False) \
                    and not _edge_phrase(before, self.event_time_prepositions, most=2):
                continue  # "phương án tuyển sinh vào lớp 10 năm học 2019-2020": what the plan is for
            if t.end <= trigger[0] and self._reporting_between(doc, t.end, trigger[0]):
                continue  # "Ngày 9/9, nguồn tin … cho biết, phòng Hình sự … vừa bắt": the report's day
            if t.end <= trigger[0] and self._cited_on(doc, t.end, trigger[0]):
                continue  # "…", RT ngày 26/5 dẫn phát biểu của … Donald Trump trong lễ tốt nghiệp …": the outlet's day
            if self._source_day(doc, t, trigger, sentence.start_char):
                continue  # "CNN dẫn lời Tổng thống Mỹ Donald Trump ngày 13/3, nhắc đến việc …": the day of the words quoted
            if t.start >= trigger[1]:
                if self._quoted_after(doc, t, trigger[1]):
                    continue  # "đăng một status trên Facebook cá nhân: " Tuần sau, thứ Sáu ngày 25/3 …": the words' time
                if _edge_phrase(before, self.deadline_words, most=2) or _edge_phrase(own, self.deadline_words, last=False, most=2):
                    continue  # "đề nghị VWS … đưa vào vận hành trước tháng 3-2018": a deadline, not the request's time
                owner_from = self._last_time_end(doc, trigger[1], t.start) if granularity in ("day", "hour", "minute") \
                    else trigger[1]
                if self._stands_between(doc, owner_from, t.start, self.time_owner_nouns | self.relative_time_words) \
                        and not self._held_then(doc, trigger, t, before):
                    continue  # "trả lời … về vụ gây rối vào ngày 10 và 11-6-2018": the time of that other thing
                if self._reporting_between(doc, trigger[1], t.start):
                    continue  # "thống kê vừa được Bộ Y tế công bố cho thấy … vào viện dịp tết": the time of what it reports
                if self._opens_reported_clause(doc, trigger, t, sentence.end_char):
                    continue  # "người phát ngôn … cho biết ngày 3-1 Cơ quan Cảnh sát Điều tra … đã khởi tố": the act's day
                if incident and self._stands_between(doc, trigger[1], t.start, self.planned_after):
                    continue
                if "," in self._between(doc, trigger[1], t.start) and _edge_phrase(before, self.next_clause_time_words, most=2):
                    continue  # "…, bị … bắt giữ, đến ngày 20/5 thì được tại ngoại": the time of what happened next
            fine = granularity in ("day", "hour", "minute")
            of_object = not fine and t.start >= trigger[1] and bool(self._between(doc, trigger[1], t.start).strip()) \
                and not _edge_phrase(before, self.event_time_prepositions, most=2) \
                and not _edge_phrase(own, self.event_time_prepositions, last=False, most=2)
            if of_object and self._stands_between(doc, trigger[1], t.start, self.speech_verbs):
                continue  # "Trong cuộc gặp …, Chủ tịch X nhấn mạnh … quan hệ ngoại giao với Việt Nam năm 1969": what is said
            candidates.append((of_object, abs(_reading(doc).distance(trigger[0], t.start)), value, t.end <= trigger[0], fine))
        # a year or a period written after the trigger's words ("hội nghị tổng kết công tác năm 2023", "hợp tác giai đoạn
        # 2024-2030"; not "ký kết năm 2015") that no "vào"/"từ" dates is part of what the happening is about: it yields to
        # a day in the sentence
        if any(c[4] for c in candidates):
            candidates = [c for c in candidates if not c[0]]
        if not candidates:
            return None
        best = min(candidates)
        return _day(best[2]), best[3]

    def _opens_reported_clause(self, doc: Doc, trigger: tuple[int, int], t, s1: int) -> bool:
        """Whether the time ``t``, written right after a reporting trigger (reporting_verbs; a comma between at most), is
        followed by a capitalised word, the subject of the clause reported: the time is that clause's ("đại tá Lê Văn Canh
        - trưởng Phòng Tham mưu, người phát ngôn Công an tỉnh Hà Giang cho biết ngày 3-1 Cơ quan Cảnh sát Điều tra, Công
        an TP Hà Giang đã khởi tố vụ án hình sự", vietnews-016628: the prosecution's day, not the statement's)."""
        reading = _reading(doc)
        if fold(reading[trigger[0] : trigger[1]]) not in self.reporting or self._between(doc, trigger[1], t.start).strip(" ,"):
            return False
        rest = reading[t.end : s1].lstrip(" ,").split()
        return bool(rest) and rest[0][:1].isupper()

    def _last_time_end(self, doc: Doc, a: int, b: int) -> int:
        """The end of the last time expression written between ``a`` and ``b``, else ``a``: a noun that owns a time owns the
        first written after it, not a day written past that one ("hội nghị tổng kết công tác 2017, triển khai nhiệm vụ 2018
        của Cục Hải quan TP. HCM chiều 17-1", events-heldout9 018327: "nhiệm vụ" owns 2018, not the conference's afternoon;
        but a list of years goes on: "theo kế hoạch từ năm 2016 và số trụ hư năm 2017", 002165)."""
        times = doc._.times or []
        order, starts = doc.user_data[("vnx_events", "time_order")], doc.user_data[("vnx_events", "time_starts")]
        ends = [times[i].end for i in order[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)] if times[i].end <= b]
        return max(ends, default=a)

    def _held_then(self, doc: Doc, trigger: tuple[int, int], t, before: list[str]) -> bool:
        """Whether the time ``t`` after the trigger follows a verb of taking place ("diễn ra vào") with only nouns of
        what the happening is about between (subject_matter_nouns, no other trigger): the trigger's own time ("hội nghị
        triển khai nhiệm vụ năm học mới … diễn ra vào ngày 13-8", vietnews-015811), not that of the task named."""
        if not _edge_phrase([w for w in before if w != "vào"], self.setting_verbs) or self._trigger_between(doc, trigger[1], t.start):
            return False
        words = f" {self._between(doc, trigger[1], t.start).replace(',', ' ')} "
        for w in self.subject_matter_nouns:  # (their words apart: the "vụ" of "nhiệm vụ" names no incident)
            words = words.replace(f" {w} ", " ")
        return not any(f" {w} " in words for w in self.time_owner_nouns | self.relative_time_words)

    def _quoted_after(self, doc: Doc, t, b: int) -> bool:
        """Whether the time ``t`` stands inside a quotation of words said or written, opened by a colon after the trigger
        ending at ``b`` ("đăng một status trên Facebook cá nhân: " Tuần sau, thứ Sáu ngày 25/3 …", vietnews-022335; "Trả
        lời với báo giới, bà Sanders cho biết: " … nếu cuộc họp diễn ra vào ngày 12/6 …", 006551): the time of the words,
        not of the trigger's happening. (Not a phrase quoted inside the sentence: "vụ nổ xảy ra trong " phòng giải lao nhà
        thi đấu lúc 22h30 ngày 22/5 "", 007882.)"""
        return any(b <= a < t.start and t.end <= z and _reading(doc)[b:a].rstrip().endswith(":")
                   for a, z in doc.user_data[("vnx_events", "quotations")].overlapping(t.start, t.end))

    def _words_before_time(self, doc: Doc, t, lo: int) -> list[str]:
        """The words right before the time expression ``t`` (birth_cue_chars back, not before ``lo``), folded."""
        cue_from = max(lo, _reading(doc).back(t.start, self.windows["birth_cue_chars"]))
        return self._between(doc, cue_from, t.start).replace("(", " ").split()

    def _birth_date(self, before: list[str], own: list[str]) -> bool:
        """Whether a time expression of words ``own`` after the words ``before`` is a birth date ("(SN 1970)", "sinh
        năm 1968")."""
        return bool(_edge_phrase(before, self.birth_words, most=2) or _edge_phrase(own, self.birth_words, last=False, most=2))

    def _stands_between(self, doc: Doc, a: int, b: int, phrases) -> bool:
        """Whether one of ``phrases`` (folded) stands, as whole words, between a and b."""
        words = f" {self._between(doc, a, b).replace(',', ' ')} "
        return any(f" {w} " in words for w in phrases)

    def _source_day(self, doc: Doc, t, trigger: tuple[int, int], lo: int) -> bool:
        """Whether the time ``t`` follows, in one clause, a reporting verb and its source ("dẫn lời ông X ngày 13/3",
        source_reporting_verbs) with the trigger outside that clause: the day of the words quoted."""
        reading = _reading(doc)
        start = max(lo, reading.back(t.start, self.windows["source_day_chars"]))
        cut = reading.find(",", start, t.start, last=True)
        start = cut[1] if cut else start
        if start <= trigger[0] < t.start:
            return False  # "AFP dẫn lời cảnh sát bắt giữ X ngày 5/3": the time of what is reported
        return self._stands_between(doc, start, t.start, self.source_reporting)

    def _report_dated(self, doc: Doc, t) -> bool:
        """Whether the time ``t`` is written right after a report named as a noun ("… cho biết trong thông báo ngày
        15/10", vietnews-008778): the day of the report, not of what the story told before it."""
        before = self._between(doc, _reading(doc).back(t.start, self.windows["report_noun_chars"]), t.start).split()
        if before[-1:] and before[-1] in self.day_words:
            before = before[:-1]
        return bool(_edge_phrase(before, self.report_nouns, most=_longest(self.report_nouns)))

    def _cited_on(self, doc: Doc, a: int, b: int) -> bool:
        """Whether a verb of citing (citing_verbs) opens the words from a time ending at ``a`` to the trigger at ``b``
        ("Reuters hôm 6-6 dẫn một số nguồn thạo tin", "RT ngày 26/5 dẫn phát biểu của …", vietnews-008298): the time is
        the day of the outlet's report, not of what it cites."""
        return bool(_edge_phrase(self._between(doc, a, b).split(), self.citing_verbs, last=False))

    def _reporting_between(self, doc: Doc, a: int, b: int) -> bool:
        """Whether a verb framing a report ("cho biết", "xác nhận") stands between a and b."""
        return self._stands_between(doc, a, b, self.reporting)

    def _lead_sentences(self, doc: Doc, sents: list[Span]) -> list[Span]:
        """The first sentence of the article's first two body paragraphs (the summary and the body's lead)."""
        body = [(a, b) for a, b, kind in doc._.regions or () if kind == "body"][:2]
        found = [next((s for s in sents if a <= s.start_char < b), None) for a, b in body]
        return [s for s in found if s is not None]

    def _lead_time(self, doc: Doc, leads: list[Span], incident: bool = False, effect: bool = True,
                   told_in: set[int] | None = None) -> str | None:
        """The first day-or-finer time of the lead: the time of the happening the article reports; not, unless
        ``incident`` (the time of an incident the lead reports), a day an incident time cue introduces (_incident_day);
        not, without ``effect`` (the time of an act that issues a rule), the day a rule takes effect (_effect_day); with
        ``told_in``, only from the lead sentences that start there (_told_sentences)."""
        for lead in leads:
            if told_in is not None and lead.start_char not in told_in:
                continue
            for t in doc._.times or ():
                if lead.start_char <= t.start < lead.end_char and _known(t) and t.granularity in ("day", "hour", "minute"):
                    if self._reporting_between(doc, t.end, lead.end_char):
                        continue  # "Ngày 9/9, nguồn tin … cho biết, …": the day of the report
                    if self._stands_between(doc, lead.start_char, t.start, self.planned):
                        continue  # "… sẽ có một kỳ nghỉ ngắn ở nước ngoài từ ngày hôm nay (12-5)": a plan's time
                    if not effect and self._effect_day(doc, lead.start_char, t.start):
                        continue  # "…, áp dụng từ ngày 20/9 tới đây": the day the measure signed takes effect
                    if not incident and self._incident_day(doc, lead.start_char, t.start):
                        continue  # "vụ việc xảy ra vào khoảng 14h ngày 23/4": the incident's day (_incident_setting)
                    return _day(t.value)
        return None

    def _told_sentences(self, type_: str, told: list[_Draft]) -> set[int]:
        """The starts of the sentences where a trigger of ``type_`` was read: a police or court act of the summary
        (acts_after_incident) takes the lead's day only from one of them, not from a body lead that dates the incident
        the act followed ("Công an huyện Vũ Quang … đã ra quyết định khởi tố, bắt tạm giam 4 người …" then "Được biết tối
        ngày 3-3, ông Nguyễn Văn Thân … đang ngồi trong nhà thì …", vietnews-016744, tester s21: the beating's day)."""
        return {d.sentence.start_char for d in told if d.type == type_}

    def _incident_day(self, doc: Doc, s0: int, at: int) -> bool:
        """Whether an incident time cue ("vụ việc xảy ra vào", incident_time_cues) stands a few characters before ``at``:
        the time after it is the day of the incident told, which _incident_setting gives to the incident, not the day of
        what the article's summary reports (events-heldout5 000738: "Công an tỉnh Gia Lai đang thụ lý điều tra vụ án …"
        then "vụ việc xảy ra vào khoảng 14h ngày 23/4": an investigation going on, not one of the 23rd)."""
        low = _reading(doc)[max(s0, _reading(doc).back(at, self.windows["incident_cue_chars"])) : at].lower()
        return any(cue in low for cue in self.incident_time_cues)

    def _effect_day(self, doc: Doc, s0: int, at: int) -> bool:
        """Whether an effect cue ("có hiệu lực từ", "áp dụng từ", effect_time_cues) stands a few characters before ``at``:
        the time after it is the day a rule takes effect, not the day of what the article reports."""
        reading = _reading(doc)
        near = fold(reading[max(s0, reading.back(at, self.windows["incident_cue_chars"])) : at])
        return any(cue in near for cue in self.effect_time_cues)

    # ------------------------------------------------------------------ the component
    def __call__(self, doc: Doc) -> Doc:
        matches = sorted(phrase_matches(self.matcher, doc), key=lambda m: (m[1], -(m[2] - m[1])))
        # a verb of motion without its place is no trigger at all, nor a verb another trigger's doer stands before
        # ("Nguyễn Anh Tú đến Công an quận Đống Đa đầu thú")
        matches = [m for m in matches if self._place_follows(doc, doc.vocab.strings[m[0]], m[1], m[2])]
        entities = self._entities(doc, {start for _, start, _ in matches})
        doc.user_data[("vnx_events", "trigger_chars")] = sorted({doc[start].idx for _, start, _ in matches})
        word_starts = _word_starts(doc)
        # … and those that are whole words, for "another act between" a doer and a crime (_other_act_between): a piece of
        # a word ("bắt" of "bắt_đầu", "tiếp" of "tiếp_tục") is no act, as it is no trigger (the loop below skips it)
        doc.user_data[("vnx_events", "word_trigger_chars")] = sorted({doc[start].idx for _, start, end in matches
                                                                      if _whole_words(doc, start, end, word_starts)})
        doc.user_data[("vnx_events", "trigger_ends")] = sorted({doc[end - 1].idx + len(doc[end - 1]) for _, _, end in matches})
        phrases: dict[int, set[str]] = {}  # the phrases of the lexicon starting at each character, folded
        for _, start, end in matches:
            phrases.setdefault(doc[start].idx, set()).add(fold(doc[start:end].text))
        doc.user_data[("vnx_events", "trigger_phrases")] = phrases
        doc.user_data[("vnx_events", "told")] = {}  # the triggers read as happenings so far: start -> end
        doc.user_data[("vnx_events", "inside_told")] = set()  # trigger starts inside one read ("nổ" of "cho nổ")
        doc.user_data[("vnx_events", "told_starts")] = []  # the starts of "told", in order
        blocked = self._blocked(doc)
        quoted, quotations = self._quotations(doc)
        quoted, quotations = _Spans(quoted), _Spans(quotations)
        doc.user_data[("vnx_events", "quotations")] = quotations  # the long ones, for _quoted_away
        doc.user_data[("vnx_events", "name_starts")] = {sp.end: sp.start for sp in doc.spans.get("entities", [])}
        sentences = list(doc.sents)  # once: Token.sent walks the doc on every call
        lead_sentences = self._lead_sentences(doc, sentences)
        lead_time = self._lead_time(doc, lead_sentences)
        incident_time = self._lead_time(doc, lead_sentences, incident=True)
        drafts: list[_Draft] = []
        stated: dict[int, str] = {}  # sentence start -> the type of the acts a statement or notice told there says
        last_drafted: dict[int, _Draft] = {}  # the last of drafts in each sentence (by its start)
        told: list[_Draft] = []  # every trigger read, reported or not (for _retold_time)
        activities: list[tuple[str, str, int]] = []  # (type, word, end) of the triggers naming an activity
        pos_tags: dict[tuple[int, bool], str] = {}  # (token index, cased) -> underthesea POS tag, per sentence on demand
        sentence_starts = [s.start for s in sentences]
        taken_until = -1
        starts = {start for _, start, _ in matches}
        for match_id, start, end in matches:
            type_ = doc.vocab.strings[match_id]
            if start < taken_until:
                continue
            if not _whole_words(doc, start, end, word_starts):
                continue
            a, b = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            if not doc._.in_body(a, b) or blocked.overlapping(a, b) or any(s < a and b <= e for s, e in quoted.overlapping(a, b)):
                continue
            if self._names_an_activity(doc, type_, start, end) or activities and activities[-1][0] == type_ \
                    and self._between(doc, activities[-1][2], a).replace(",", " , ").split() in self.series_joins:
                # "kết quả giám sát việc thực hiện Kết luận …"; and the next of a series ("tuổi tái bổ nhiệm, tái cử")
                activities.append((type_, fold(_reading(doc)[a:b]), b))
                continue
            sentence = sentences[bisect.bisect_right(sentence_starts, start) - 1]
            source = self._statement_source(doc, fold(doc[start:end].text), b, sentence, entities)
            if source is None and not self._cue_follows(doc, type_, a, b):
                continue
            if fold(doc[start:end].text) in self.types[type_].get("agent_by_trigger", {}) \
                    and self._charge_listed(doc, type_, a, sentence):
                continue  # "về hành vi giết người, hiếp dâm, cướp tài sản": charges, no crimes told
            if source is None and not self._verb_if_needed(doc, type_, start, end, pos_tags) \
                    and not self._joined_act(doc, type_, sentence, a, told) \
                    and not self._spoken_in_statement(doc, type_, fold(_reading(doc)[a:b]), sentence.start_char, a):
                continue
            if self._requested(doc, sentence, a, blocked, self._in_custody(doc, type_, sentence, a, told)):
                continue
            if self._forcing(doc, type_, a, b, entities):
                continue
            taken_until = end
            word = fold(_reading(doc)[a:b])
            if word in self.chair_verbs and self._names_event_next(doc, end, starts):
                continue  # "chủ trì buổi công bố": the chair of the happening named next, not a meeting of its own
            type_ = self._issued_by_signing(doc, type_, word, sentence, a, b)
            draft = _Draft(type_, (a, b), self.rank.get((type_, word), 99), sentence, word=word)
            following = self._between(doc, b, sentence.end_char).replace(",", " ").split()[: self.windows["case_noun_words"]]
            draft.case_named = bool(set(following) & self.case_nouns[type_]) \
                or word in self.needs_object[type_] and self._case_undergoes(doc, type_, sentence, a)
            people = entities.of("person")
            i = bisect.bisect_left(people.starts, a)
            last_person = next((people[j] for j in range(i - 1, -1, -1) if people[j].end <= a), None)
            previous = last_drafted.get(sentence.start)
            if source is not None:  # '"…", thông báo từ bộ Quốc phòng Nga cho biết': the body's statement
                draft.type = self.statement_type
            self._fill(doc, draft, entities, last_person, blocked, previous)
            if source is not None:  # (its source is its issuer, whoever else the sentence names)
                draft.participants = [(self.types[draft.type]["agent"], source.name, source.kind)]
                if draft.time_before and len(self._between(doc, sentence.start_char, a).split()) > self.statement_source["reach"] * 2:
                    # "Đại sứ … ngày 29/11 nêu rõ …, thông cáo của Bộ Ngoại giao cho biết" (vietnews-011782): the day of
                    # what it reports, written before it, not its own
                    draft.time, draft.time_in_sentence, draft.time_before = None, False, False
            draft.counted = self._counted_objects(doc, draft)
            if draft.toll and draft.incident_noun:  # "ông Vũ … cho biết vụ hoả hoạn xảy ra …": a noun has no doer
                draft.participants = [p for p in draft.participants if p[0] != self.types[type_]["agent"]]
            directed = self._done_directive_end(doc, sentence, a)
            if directed is not None:  # "Cảng vụ … đã yêu cầu an ninh hàng không … lập biên bản": the one asked does it
                agent = self.types[type_].get("agent_by_trigger", {}).get(word, self.types[type_]["agent"])
                named = {e.name for e in entities.within(directed, a)}
                draft.participants = [p for p in draft.participants if p[0] != agent or p[1] in named]
            press = self._interview(doc, type_, word, b, entities)
            if word in self.press_only[type_] and press is None:
                continue  # "trò chuyện với nhau", "chia sẻ với cán bộ": a talk, no interview
            if not self._done_by_body(draft):
                continue  # "Najib bác bỏ cáo buộc": a person's denial, no statement of a body
            if press:  # "Trao đổi với Tuổi Trẻ, anh Etienne cho biết": the newspaper asks, it takes no part
                draft.participants = [p for p in draft.participants if p[1] != press or p[0] == self.types[type_]["agent"]]
            told.append(draft)
            doc.user_data[("vnx_events", "told")][a] = b
            doc.user_data[("vnx_events", "told_starts")].append(a)  # matches run in order of start
            trigger_chars = doc.user_data[("vnx_events", "trigger_chars")]
            doc.user_data[("vnx_events", "inside_told")].update(
                trigger_chars[bisect.bisect_right(trigger_chars, a) : bisect.bisect_left(trigger_chars, b)])
            if self._reported(draft) and not self._conditional(doc, draft) and not self._negated(doc, draft) \
                    and not self._prohibited(doc, draft) \
                    and not self._said_only(draft, quotations, entities):
                draft.planned = self._planned(doc, draft)
                self._as_attack(doc, draft)
                if stated.get(sentence.start) == draft.type:
                    continue  # "… kết luận trong một báo cáo rằng … và đề nghị …": what the statement says, not told apart
                told_as = draft.type
                if self._said_in_statement(doc, draft) and self._as_statement(draft):
                    stated[sentence.start] = told_as
                elif self._as_wanted_notice(doc, draft):
                    stated[sentence.start] = "SPEECH"  # "… thông báo và đề nghị quần chúng nhân dân ai biết …": its appeal
                self._as_questioning(doc, draft, told)
                drafts.append(draft)
                last_drafted[sentence.start] = draft
        # One event per sentence and type: the trigger with the most evidence, then the preferred word; but a sentence
        # that dates several triggers of a type each with its own day written before it ("ngày 13-6 sở sẽ công bố …,
        # ngày 19-6 sở sẽ công bố …") tells that many happenings, and for the types of acts_by_word_types each trigger
        # word is an act of its own ("khởi tố vụ án, khởi tố bị can và tạm giam …": three).
        dated: dict[tuple, set] = {}
        for d in drafts:
            if d.time_before:
                dated.setdefault((d.sentence.start, d.type, d.object_role), set()).add(d.time)
        best: dict[tuple, _Draft] = {}
        for d in drafts:
            key = (d.sentence.start, d.type, d.object_role)
            if len(dated.get(key, ())) > 1:
                key += (d.time if d.time_before else None,)
            if d.type in self.acts_by_word:
                key += (d.word,)
            elif self._after_sequence_opener(doc, d):
                key += (d.trigger[0],)  # "trong buổi họp báo … sau khi làm việc với Bộ …": two meetings
            score = (d.agent_in_sentence, len(d.participants), -d.rank)
            if key not in best or score > (best[key].agent_in_sentence, len(best[key].participants), -best[key].rank):
                best[key] = d
        chosen = sorted(best.values(), key=lambda d: d.trigger[0])
        self._share_series_objects(doc, chosen)
        self._counted_listed(doc, chosen, entities)
        self._attendees_next(doc, chosen, sentences, entities)
        self._same_time_anaphora(doc, chosen)
        leads = {s.start for s in lead_sentences}
        lead_events = [d for d in chosen if d.sentence.start in leads]
        if lead_time and any(d.type in self.lead_event_types for d in lead_events):
            for d in chosen:  # speeches at the meeting the article reports
                if d.time is None and d.type == "SPEECH" and any(k == "person" for _, _, k in d.participants[:1]) \
                        and not d.planned:  # (a plan is reported only with a time of its own: "các trường có thể đề xuất")
                    d.time = lead_time
        if incident_time:
            for d in lead_events:  # "Thanh tra Chính phủ sẽ thanh tra toàn diện …" in the summary of "Ngày 6/12, …"
                timeless = not any(d.sentence.start_char <= t.start < d.sentence.end_char and t.granularity != "duration"
                                   for t in doc._.times or ())
                if d.time is None and (timeless and not self._reporting_between(doc, d.sentence.start_char, d.trigger[0])
                                       or self._reported_incident(doc, d)):
                    d.time = incident_time if d.type in self.incident_types \
                        else self._lead_time(doc, lead_sentences, effect=False) if d.type in self.issuing_types \
                        else self._lead_time(doc, lead_sentences, told_in=self._told_sentences(d.type, told)) \
                        if d.type in self.acts_after_incident else lead_time
        self._headline_incident_time(doc, chosen, incident_time)
        self._incident_setting(doc, chosen, sentences, entities)
        self._story_time(doc, chosen)
        self._restated_time(doc, chosen, sentences, entities)
        self._speech_at_meeting_before(doc, chosen, told, sentences)
        self._retold_time(chosen, told, sentences)
        self._incident_told_before(doc, chosen, told, sentences)
        chosen = [d for d in chosen if d.time is not None or not d.planned]
        for d in chosen:  # "Đại tá X thông tin tại buổi họp báo": the lead's "họp báo", named again
            if d.time is None and d not in lead_events:
                d.refers_to = next((m for m in lead_events if m.type == d.type and m.time and len(m.time) >= 10
                                    and set(_trigger_words(doc, m)) <= set(_trigger_words(doc, d))
                                    and not _unrelated_doers(m, d, self.types[d.type]["agent"])  # another doer: another happening
                                    and not self._falls_on_others(m, d)  # … and so is one falling on others
                                    and not self._told_earlier(doc, d)), None)
            if d.time is None and d.refers_to is None and self._setting(doc, d) and not self._brought_in_new(doc, d):
                # "Phan Thị Thu Hiền báo cáo tại cuộc họp": the last such meeting named before, where someone acted
                d.refers_to = next((m for m in reversed(chosen) if m.type == d.type and m.trigger[0] < d.trigger[0]
                                    and _one_inside_other(_trigger_words(doc, m), _trigger_words(doc, d))
                                    and not self._falls_on_others(m, d)), None)
        self._activity_documents(doc, chosen, activities)
        chosen = self._notice_content(doc, chosen, entities)
        merged = [d for d in self._merge(doc, chosen) if not self._points_back(doc, d)]
        self._case_suspect(merged)
        merged = [d for d in merged if d.participants or d.toll]  # (an unnamed suspect no named one stands for: no one)
        self._examined_victim(merged)
        doc._.events = [self._record(doc, d) for d in merged]
        return doc

    def _falls_on_others(self, m: _Draft, d: _Draft) -> bool:
        """Whether ``d``, naming ``m`` again as its setting, falls on others than ``m`` does (_other_objects), for a type
        whose doers and objects have roles of their own ("Còn trong thông điệp năm mới gửi tới Tổng thống Syria …, ông
        Putin cho hay …" after his message to Erdogan, events-heldout9 006697: a second message); not the sides of a
        meeting, all participants ("Tại phiên họp, Thủ tướng …": the one named before, whoever else it names)."""
        return d.object_role != self.types[d.type]["agent"] and _other_objects(m, d)

    def _notice_content(self, doc: Doc, chosen: list[_Draft], entities: _Entities) -> list[_Draft]:
        """The drafts less the requests told as what an appeal says (notice_content's notice_words: "kháng cáo yêu cầu xem
        xét lại …"): one act, the appeal, which takes the request's addressees in place of its own objects; a letter or a
        notice (letter_types) and its request stay two events (_letter_and_request), the request dropped only when the
        next sentence tells it again (_request_told_again). The appeal takes no time given the request from around its
        sentence ("Ngày 27-5, TAND cấp cao … xét xử phúc thẩm … Theo đó, Trần Phương Bình kháng cáo yêu cầu …",
        vietnews-000950: the appeal was made before)."""
        spec = self.notice_content
        notices = [d for d in chosen if d.type in spec["notice_types"] or d.word in spec["notice_words"]]
        contents = []
        for d in chosen:
            if d.type not in spec["request_types"] or d.word not in self.requested_after | self.urged_after:
                continue
            notice = next((n for n in notices if n.sentence.start == d.sentence.start and n.trigger[1] <= d.trigger[0]
                           and self._notice_joined(" ".join(self._between(doc, n.trigger[1], d.trigger[0]).split()))), None)
            letter = notice if notice is not None and notice.type in spec["letter_types"] else next(
                (n for n in notices if n.type in spec["letter_types"] and n.sentence.start == d.sentence.start
                 and n.trigger[1] <= d.trigger[0] and self._letter_addressees(doc, n, d.trigger[0], entities) is not None), None)
            if letter is not None:  # a letter and the request it makes: two events (corpus/events/README.md, session 23)
                self._letter_and_request(doc, letter, d, entities)
                again = self._request_told_again(d, chosen)
                if again is not None:
                    again.time = again.time or d.time
                    contents.append(id(d))
                continue
            if notice is None:
                continue
            agent, addressed = self.types[d.type]["agent"], self.types[notice.type]["object"]
            # the request, right after the notice, is what the notice says: those it addresses are the notice's, in
            # place of what the notice's own reading found past its trigger, inside the request ("Bộ GTVT có công văn
            # đề nghị Thủ tướng Chính phủ giao cho UBND TP Hải Phòng …", vietnews-018288: no one named is asked)
            kept = [p for p in notice.participants if p[0] != addressed]
            notice.participants = kept + [(addressed, name, kind) for role, name, kind in d.participants if role != agent
                                          and name not in {n for _, n, _ in kept}]
            contents.append(id(d))
        return [d for d in chosen if id(d) not in contents]

    def _letter_and_request(self, doc: Doc, letter: _Draft, d: _Draft, entities: _Entities) -> None:
        """A letter a body sends and the request it makes, two events (the owner's convention of session 23: "Bộ Y tế đã
        có công văn gửi Sở Y tế tỉnh Thừa Thiên - Huế yêu cầu xác minh …", events-dev2 004254; "Hội đã có công văn gửi
        Thường trực Hội Nhà báo Việt Nam đề nghị …", events-heldout10 002932): the letter keeps as its objects only those
        it is sent to ("gửi …" before the request), the request its own addressees, or the letter's when it names none,
        and the letter's doer as its own when it has none."""
        sent_to = self._letter_addressees(doc, letter, d.trigger[0], entities) or []
        addressed, agent = self.types[letter.type]["object"], self.types[letter.type]["agent"]
        agent_r, object_r = self.types[d.type]["agent"], self.types[d.type]["object"]
        # (a letter whose request names the ones it directs, with no "gửi" before, is sent to them: "có công văn chỉ đạo sở
        # GD & ĐT Sơn La cập nhật …", vietnews-014423, a letter of its own, not the one sent to bộ Công an before)
        letter.participants = [p for p in letter.participants if p[0] != addressed] + (
            [(addressed, e.name, e.kind) for e in sent_to]
            or [(addressed, name, kind) for role, name, kind in d.participants if role == object_r])
        if not any(role == agent_r for role, _, _ in d.participants):
            d.participants = [(agent_r, name, kind) for role, name, kind in letter.participants if role == agent] + d.participants
        if sent_to and not any(role == object_r for role, _, _ in d.participants):
            d.participants = d.participants + [(object_r, e.name, e.kind) for e in sent_to]
        if d.time is None and letter.time is not None:
            d.time = letter.time

    def _request_told_again(self, d: _Draft, chosen: list[_Draft]) -> _Draft | None:
        """The request of the next sentence that tells again, with those it addresses, the request a letter carries with no
        one named ("… đã ký công văn khẩn chỉ đạo các sở ngành liên quan …. Chủ tịch UBND tỉnh Khánh Hoà Lê Đức Vinh yêu cầu
        huyện Vạn Ninh, Sở tài nguyên - môi trường, …", events-heldout9 002440, annotated once, at the second): a request
        (requested_after) of the same type, doer and time, or None."""
        agent, addressed = self.types[d.type]["agent"], self.types[d.type]["object"]
        doers = {name for role, name, _ in d.participants if role == agent}
        if not doers or any(role == addressed for role, _, _ in d.participants):
            return None
        return next((m for m in chosen if m is not d and m.type == d.type and m.sentence.start == d.sentence.end
                     and m.word in self.requested_after and doers & {name for role, name, _ in m.participants if role == agent}
                     and (m.time is None or d.time is None or m.time == d.time)), None)

    def _letter_addressees(self, doc: Doc, letter: _Draft, end: int, entities: _Entities) -> list[_Entity] | None:
        """The bodies and people a letter is sent to, named right after its trigger (the document's name between, at
        most, as for _notice_joined) and a cue of notice_content's addressee_cues, joined by its addressee_joins, up to
        ``end`` ("có công văn gửi Sở Y tế tỉnh Thừa Thiên - Huế yêu cầu …"): [] when the request follows the letter with no
        one named between (_notice_joined), None when the words between are no such thing."""
        spec = self.notice_content
        between = " ".join(self._between(doc, letter.trigger[1], end).split())
        if self._notice_joined(between):
            return []
        named = [e for e in entities.within(letter.trigger[1], end) if e.end <= end and e.kind in ("person", "organization")]
        named = [e for i, e in enumerate(named) if not any(o.start <= e.start and e.end <= o.end and o is not e for o in named)]
        if not named:
            return None
        head = " ".join(self._between(doc, letter.trigger[1], named[0].start).split())
        cue = next((c for c in sorted(spec["addressee_cues"], key=len, reverse=True) if f" {head}".endswith(f" {c}")), None)
        if cue is None or not self._notice_joined(head[: len(head) - len(cue)].strip()):
            return None
        gaps = [" ".join(self._between(doc, a.end, b.start).split()) for a, b in zip(named, named[1:])]
        tail = " ".join(self._between(doc, named[-1].end, end).split())
        if any(g not in spec["addressee_joins"] for g in gaps) or tail not in spec["addressee_joins"]:
            return None
        return named

    def _notice_joined(self, between: str) -> bool:
        """Whether the words between a notice's trigger and a request join them as one act (notice_content's joins), or name
        the document that makes the request ("đã ký công văn khẩn chỉ đạo các sở ngành …", events-heldout9 002440: a kind
        of document_kinds.tsv, then one of notice_content's document_modifiers at most)."""
        spec = self.notice_content
        if between in spec["joins"]:
            return True
        words = between.split()
        if words and words[-1] in spec["document_modifiers"]:
            words.pop()
        return " ".join(words) in self.document_words

    def _headline_incident_time(self, doc: Doc, chosen: list[_Draft], incident_time: str | None) -> None:
        """An accident or a disaster (types with occurrence_counts) told in the title with no time of its own takes the
        time of the incident the lead tells (the headline names the happening the lead dates: "Cháy kho chứa cồn, khu dân cư hoảng loạn", then "Chiều 27/5, nhiều
        người hoảng hốt di tản khi lửa kèm tiếng nổ …", vietnews-019929)."""
        for d in chosen:
            if incident_time and d.time is None and self.types[d.type].get("occurrence_counts") and not d.planned \
                    and _in_headline(doc, d):
                d.time = incident_time

    def _done_by_body(self, d: _Draft) -> bool:
        """For a trigger of its type's body_triggers ("Bộ Ngoại giao Mỹ cũng đã lên tiếng quan ngại"), whether its doer is a
        body; True for other triggers."""
        if d.word not in self.body_triggers[d.type]:
            return True
        agent = self.types[d.type]["agent"]
        return any(role == agent and kind == "organization" for role, _, kind in d.participants)

    def _as_attack(self, doc: Doc, d: _Draft) -> None:
        """An explosion told with terror or a bombing in its sentence ("Một vụ nổ nghi do khủng bố xảy ra …"), or a trigger
        that is always one (attack_triggers: "Một vụ nổ súng đã xảy ra", a shooting), is an attack, of the type's
        attack_type, with the incident's victims as its victims (no one else named takes part in it)."""
        if d.word not in self.attack_words[d.type]:
            cues = self.attack_cues[d.type].get(d.word)
            if not cues:  # (asked of every draft: the sentence is read only for the triggers that have cues)
                return
            sentence = " " + " ".join(re.findall(r"\w+", fold(_reading(doc)[d.sentence.start_char:d.sentence.end_char]))) + " "
            if not any(f" {w} " in sentence for w in cues):
                return
        victim = self.types[d.type]["object"]
        d.type = self.types[d.type]["attack_type"]
        d.participants = [p for p in d.participants if p[0] == victim]

    def _said_in_statement(self, doc: Doc, d: _Draft) -> bool:
        """Whether the words right after the trigger say it was told in a written statement (written_statement: "kết luận
        trong một báo cáo rằng …")."""
        words = self._between(doc, d.trigger[1], d.sentence.end_char).replace(",", " , ").split()
        n = _edge_phrase(words, self.statement_cues, last=False, most=_longest(self.statement_cues))
        return n > 0 and bool(_edge_phrase(words[n:], self.statement_nouns, last=False, most=_longest(self.statement_nouns)))

    def _spoken_in_statement(self, doc: Doc, type_: str, word: str, s0: int, a: int) -> bool:
        """Whether the trigger (``word`` at ``a``, its sentence from ``s0``) is the noun of a written statement
        (written_statement) of its type, right after a verb of saying and a cue ("Stephen J. Adler, tổng biên tập hãng
        Reuters, nói trong một thông cáo", vietnews-010224; "Bộ trưởng … Marc Garneau cho biết trong thông báo ngày 15/10",
        events-heldout10 008778, a noun where "thông báo" must be a verb): the one who speaks in it issues it."""
        if type_ != self.statement_type or word not in self.statement_nouns:
            return False
        words = self._between(doc, s0, a).replace(",", " , ").split()
        n = _edge_phrase(words, self.statement_cues, most=_longest(self.statement_cues))
        return n > 0 and bool(_edge_phrase(words[:-n], self.speech_verbs, most=_longest(self.speech_verbs)))

    def _statement_source(self, doc: Doc, word: str, b: int, sentence: Span, entities: _Entities) -> "_Entity | None":
        """For a statement noun (written_statement's nouns) followed by a cue of statement_source, its body (or person)
        within reach words, and then only a time before a reporting verb ('" … ", thông báo từ bộ Quốc phòng Nga cho
        biết', events-heldout10 006446; "thông cáo của Bộ Ngoại giao cho biết", vietnews-011782): that source, else None."""
        if word not in self.statement_nouns:
            return None
        spec = self.statement_source
        words = self._between(doc, b, sentence.end_char).split()
        if not words or words[0] not in spec["cues"]:
            return None
        cue_end = _reading(doc).find(words[0], b, sentence.end_char)
        if cue_end is None:
            return None
        after = [e for e in entities.within(cue_end[1], sentence.end_char) if e.kind in ("person", "organization")]
        if not after or len(self._between(doc, cue_end[1], after[0].start).split()) > spec["reach"]:
            return None
        rest = re.findall(r"[\w/-]+|[^\w\s]", self._between(doc, after[0].end, sentence.end_char))
        for n in range(0, 4):
            if n and not all(w in spec["times"] or w.replace("/", "").replace("-", "").isdigit() for w in rest[:n]):
                break
            if _edge_phrase(rest[n:], spec["verbs"], last=False, most=2):
                return after[0]
        return None

    def _as_statement(self, d: _Draft) -> bool:
        """A body's speech act told as said in a written statement ("Liên Hợp Quốc ngày 27/8 kết luận trong một báo cáo
        rằng …", vietnews-010224) is its published statement, of written_statement's type, the body its doer (no one
        else named in it takes part); a person's stays their speech (_said_in_statement is asked by the caller). Whether
        it was so retyped."""
        doer = self.types[d.type]["agent"]
        body = next((p for p in d.participants if p[0] == doer and p[2] == "organization"), None)
        if body is None or d.type == self.statement_type:
            return False
        d.type = self.statement_type
        d.participants = [(self.types[d.type]["agent"], body[1], body[2])]
        return True

    def _as_wanted_notice(self, doc: Doc, d: _Draft) -> bool:
        """A notice that asks whoever knows or saw someone to tell (wanted_by_trigger: "… thông báo và đề nghị quần chúng
        nhân dân ai biết người có đặc điểm tương tự đối tượng thì thông báo ngay", vietnews-000903) is a wanted notice, of
        the type's wanted_type, its doer that type's agent. Whether it was so retyped."""
        cues = self.wanted_cues[d.type].get(d.word)
        if not cues:
            return False
        after = " " + " ".join(re.findall(r"\w+", self._between(doc, d.trigger[1], d.sentence.end_char))) + " "
        if not any(f" {w} " in after for w in cues):
            return False
        doer = self.types[d.type]["agent"]
        d.type = self.types[d.type]["wanted_type"]
        d.participants = [(self.types[d.type]["agent"] if role == doer else role, name, kind)
                          for role, name, kind in d.participants]
        return True

    def _as_questioning(self, doc: Doc, d: _Draft, told: list[_Draft]) -> None:
        """Police or prosecutors working with someone ("cơ quan điều tra, viện kiểm sát đang làm việc với ông Nguyễn Minh
        Trí") question them: a trigger of questioning_by_trigger with an investigating body among the words before it in
        its sentence (cue_before_words) is of the type's questioning_type, those named after it its suspects (object), those
        named before its agents. A force named only by a cue of questioning_in_case_only questions only a person named
        after it, or in a story that has told a case already (``told``: a draft of questioning_type before it)."""
        cues = self.questioning_cues[d.type].get(d.word)
        if not cues:
            return
        reading = _reading(doc)
        words = re.findall(r"\w+", fold(reading[d.sentence.start_char:d.trigger[0]]))[-self.windows["cue_before_words"]:]
        preceding = " " + " ".join(words) + " "
        found = {w for w in cues if f" {w} " in preceding}
        if not found:
            return
        legal = self.types[d.type]["questioning_type"]
        spec = self.types[legal]
        sentence = reading[d.sentence.start_char:d.sentence.end_char]
        after = d.trigger[1] - d.sentence.start_char
        if found <= self.questioning_in_case[d.type] and not any(t.type == legal for t in told if t is not d) \
                and not any(kind == "person" and sentence.find(name, after) >= 0 for _, name, kind in d.participants):
            return  # "Công an TP đã làm việc với các cơ sở đào tạo nghề" to place discharged soldiers: a working session
        d.type = legal
        d.participants = [(spec["object"] if sentence.find(name, after) >= 0 else spec["agent"], name, kind)
                          for _, name, kind in d.participants
                          if sentence.find(name, after) < 0 or kind == "person" or spec.get("object_kind") != "person"]

    def _case_undergoes(self, doc: Doc, type_: str, sentence: Span, a: int) -> bool:
        """Whether the trigger's clause opens with a case noun that a passive marker makes the one it falls on ("Vụ việc
        vẫn đang được Cơ quan điều tra VKSND tối cao tiếp tục điều tra", events-dev 016601): the case it is about."""
        c0, _ = self._clause(doc, sentence, a)
        words = self._between(doc, c0, a).split()
        return bool(words) and words[0] in self.case_nouns[type_] and bool(set(words) & self.passive)

    def _after_sequence_opener(self, doc: Doc, d: _Draft) -> bool:
        """Whether a subordinator of sequence (sequence_openers: "sau khi", "trước khi") stands right before the trigger,
        auxiliaries aside: it tells a happening of its own, before or after the one of its main clause."""
        words = self._between(doc, d.sentence.start_char, d.trigger[0]).replace(",", " , ").split()
        while words and words[-1] in self.auxiliaries:
            words.pop()
        return bool(_edge_phrase(words, self.sequence_openers))

    def _case_suspect(self, chosen: list[_Draft]) -> None:
        """An act that falls on a suspect written as a bare description ("tập trung lực lượng truy bắt nghi phạm.") falls
        on the article's suspect when its happenings name one person as a suspect and no other (vietnews-016962: "Công an
        đã gửi thông báo truy tìm Thái Thành Được"); with two or more, the description names none of them for sure."""
        suspects = {n for d in chosen for r, n, k in d.participants if r == "suspect" and k == "person"}
        if len(suspects) != 1:
            return
        for d in chosen:
            if d.unnamed_suspect and not any(r == "suspect" for r, _, _ in d.participants):
                d.participants.append(("suspect", next(iter(suspects)), "person"))

    def _suspect_described(self, doc: Doc, d: _Draft, c0: int, passive: bool) -> bool:
        """Whether the trigger's subject is a bare description of one person: for an act that falls on a suspect
        (``passive``), a suspect's description (suspect_descriptions) opening a clause before it, a passive marker after it
        ("Nghi phạm ngay lập tức bị bắt giữ", vietnews-004727), or another person's (description_nouns) who did a crime
        before the marker ("… và người tình đã bỏ trốn nhưng bị bắt lại ngay trong đêm", vietnews-016423; not "một học
        sinh bị thầy giáo phạt", 003698, nor "người đàn ông cũng được đưa về đơn vị này để lấy lời khai", 000914: who they
        are is no suspect's); for a crime, a suspect's description right before it, auxiliaries apart ("hung thủ giết
        người", 000887), not after a word that makes it no doer (not_doer_after: "không có liên hệ tới nghi phạm xả súng", 011230). Not a number of them ("2 đối tượng bị bắt"): several people, whom one name does not stand for."""
        words = self._between(doc, max(c0, d.sentence.start_char), d.trigger[0]).replace(",", " , ").split()
        if not passive:
            while words and words[-1] in self.auxiliaries:
                words.pop()
            n = _edge_phrase(words, self.suspect_descriptions)
            before = words[: len(words) - n]
            return bool(n) and not (before[-1:] and (before[-1] in self.plural_determiners or before[-1].isdigit())) \
                and not _edge_phrase(before, self.not_doer_after, most=self.not_doer_most)  # ("liên hệ tới nghi phạm xả súng")
        nouns = self.descriptions | self.suspect_descriptions
        for i in reversed([0] + [k + 1 for k, w in enumerate(words) if w in self.clause_links]):
            rest = self._undetermined(words[i:])
            n = _edge_phrase(rest, nouns, last=False)
            if n:
                tail = rest[n:]
                marker = next((k for k, w in enumerate(tail) if w in self.passive), None)
                if marker is None or len(tail) > self.windows["description_passive_words"]:
                    return False
                told = f" {' '.join(tail[:marker])} "
                return " ".join(rest[:n]) in self.suspect_descriptions or any(f" {act} " in told for act in self.suspect_acts)
        return False

    def _attendees_next(self, doc: Doc, chosen: list[_Draft], sentences: list[Span], entities: _Entities) -> None:
        """A sentence opening with who attended ("Tham dự có đồng chí Đặng Quốc Vinh, …; đồng chí Võ Hồng Hải, …",
        "Tham gia có đại diện của Bộ Tài chính, …", "Tham dự buổi lễ có …") names participants of the happening of an
        attended type (attendance.types) told last in the sentences just before it, in its paragraph: the people and
        bodies it names, but not a body inside one's title ("Phó Chủ tịch HĐND tỉnh")."""
        spec = self.attendance
        starts = [s.start_char for s in sentences]
        for k, sentence in enumerate(sentences):
            words = self._between(doc, sentence.start_char, sentence.end_char).replace(",", " , ").split()
            n = _edge_phrase(words, spec["openers"], last=False)
            if not n or spec["cue"] not in words[n : n + spec["words"] + 1]:
                continue
            listed = [e for e in entities.within(sentence.start_char, sentence.end_char)
                      if e.kind in ("person", "organization") and e.holder is None
                      and (not self._governed(doc, e, sentence.start_char) or self._represented(doc, e))]
            cue = words.index(spec["cue"], n)
            if not listed or self._between(doc, sentence.start_char, listed[0].start).replace(",", " , ").split()[: cue + 1] \
                    != words[: cue + 1]:
                continue  # (the list follows the cue: nothing named before it)
            lo = starts[max(0, k - spec["sentences_back"])]
            paragraph = _reading(doc).find("\n", lo, sentence.start_char, last=True)
            lo = paragraph[1] if paragraph else lo
            attended = [d for d in chosen if d.type in spec["types"] and lo <= d.trigger[0] < sentence.start_char]
            if not attended:
                continue
            d = attended[-1]
            named = {name for _, name, _ in d.participants}
            for e in listed:
                if e.name not in named:
                    d.participants.append((spec["role"], e.name, e.kind))
                    named.add(e.name)

    def _represented(self, doc: Doc, e: _Entity) -> bool:
        """Whether a word of attendance.representatives stands right before ``e`` ("đại diện của Bộ Tài chính"): the body
        attends through its representative, though "của" governs it."""
        words = self._between(doc, _reading(doc).back(e.start, self.windows["governor_chars"]), e.start).split()
        return bool(_edge_phrase(words, self.attendance["representatives"]))

    def _examined_victim(self, chosen: list[_Draft]) -> None:
        """An examination of the scene or the body (examination_triggers: "Công an huyện Chợ Gạo đã tiến hành phong toả,
        khám nghiệm hiện trường", "khám nghiệm tử thi") falls on the victim the article's happenings name, when they
        name one person as a victim and no other (the gold convention: events-heldout4 000605, 016962; events-heldout7
        002130); with two or more dead it names none of them for sure."""
        victims = {n for d in chosen for r, n, k in d.participants if r == "victim" and k == "person"}
        if len(victims) != 1:
            return
        for d in chosen:
            if d.word in self.examinations and not any(r == "victim" for r, _, _ in d.participants):
                d.participants.append(("victim", next(iter(victims)), "person"))

    def _activity_documents(self, doc: Doc, chosen: list[_Draft], activities: list[tuple[str, str, int]]) -> None:
        """A happening with no document takes the one its activity is named as carrying out elsewhere in the article
        ("báo cáo kết quả giám sát việc thực hiện Kết luận 62-KL/TW" for the supervision told after it): the document
        written right after the activity's word and a cue of document_object_cues."""
        reading = _reading(doc)
        mentions = [(m.start, ref.symbol) for ref in doc._.documents or () if ref.symbol for m in ref.mentions]
        carried: dict[tuple[str, str], str] = {}
        for type_, word, b in activities:
            cues = (reading.find(c, b, reading.ahead(b, len(c) + 1)) for c in self.document_object_cues)
            cue = next((found for found in cues if found and not self._between(doc, b, found[0]).strip()), None)
            if cue is None:
                continue
            symbol = next((sym for start, sym in mentions if start >= cue[1] and not self._between(doc, cue[1], start).strip()), None)
            if symbol:
                carried.setdefault((type_, word), symbol)
        for d in chosen:
            if not d.documents and (d.type, d.word) in carried:
                d.documents.append(carried[(d.type, d.word)])

    def _counted_objects(self, doc: Doc, d: _Draft) -> int:
        """How many the act falls on when it names none but counts them after its trigger, in its clause part
        (counted_objects: "ra quyết định xử phạt vi phạm hành chính … với 3 cơ sở gây ô nhiễm sông Bưởi", vietnews-020699;
        "bắt tạm giam 4 người cho vay nặng lãi", 016744): the article names them after, one by one or in a list; 0 if not
        counted so."""
        if d.type not in self.counted_objects["types"] or any(r == d.object_role for r, _, _ in d.participants):
            return 0
        part = self._between(doc, d.trigger[1], d.sentence.end_char).split(",")[0]
        words = re.findall(r"\w+", part)[: self.counted_objects["words"]]
        for i, w in enumerate(words[:-1]):
            number = int(w) if w.isdigit() else self.count_words.get(w)
            if number and any(words[i + 1 : i + 1 + len(n)] == n for n in self.counted_objects["nouns"]):
                return number
        return 0

    def _share_series_objects(self, doc: Doc, chosen: list[_Draft]) -> None:
        """A series of acts joined by a comma or "và" ("khởi tố bị can, bắt tạm giam đối tượng Vũ Anh Tuấn") falls on the
        ones named after its last act: an act of the series naming none takes those of the act after it, unless its
        trigger names what it falls on ("khởi tố vụ án": the case)."""
        for d, nxt in reversed(list(zip(chosen, chosen[1:]))):
            if d.type not in self.acts_by_word or nxt.type != d.type or nxt.sentence.start != d.sentence.start:
                continue
            if set(d.word.split()) & self.case_nouns[d.type] or any(r == d.object_role for r, _, _ in d.participants):
                continue
            if self._between(doc, d.trigger[1], nxt.trigger[0]).replace(",", " , ").split() not in self.series_joins:
                continue
            d.participants += [p for p in nxt.participants if p[0] == nxt.object_role == d.object_role]
            d.counted = d.counted or nxt.counted  # "khởi tố, bắt tạm giam 4 người": the four of both acts

    def _incident_setting(self, doc: Doc, chosen: list[_Draft], sentences: list[Span], entities: _Entities) -> None:
        """An incident (a crime, an accident) told without its day or place takes those of "vụ việc xảy ra vào ngày 10-5
        tại xã …" written in one of the next sentences, before any other incident is told: the day written right after
        the cue, the place a location cue governs after it."""
        reading = _reading(doc)
        times = [t for t in doc._.times or () if _known(t) and t.granularity in ("day", "hour", "minute")]
        starts = [sn.start_char for sn in sentences]
        for k, d in enumerate(chosen):
            if (d.time is not None and d.location is not None) or d.type not in self.incident_types or d.planned:
                # (a plan or a threat, "doạ sẽ cho nổ tung phòng trọ", is reported only with a time of its own)
                continue
            i = bisect.bisect_right(starts, d.sentence.start_char) - 1
            limit = next((m.sentence.start_char for m in chosen[k + 1:] if m.type in self.incident_types
                          and m.sentence.start_char > d.sentence.start_char), len(reading.norm.source))
            # the crime's sentence and the next ones, then the ones just before it ("Vụ án mạng xảy ra vào hồi 16h45 ngày
            # 5-5 … . Thông tin ban đầu, … chém …"), nearest first, not past another incident
            back = max((m.sentence.end_char for m in chosen[:k] if m.type in self.incident_types
                        and m.sentence.start_char < d.sentence.start_char), default=0)
            reach = max(back, reading.back(d.sentence.start_char, self.incident_look_back))
            ahead, back = self.windows["incident_sentences_after"], self.windows["incident_sentences_before"]
            around = sentences[i : i + ahead] + [sn for sn in sentences[max(0, i - back) : i][::-1] if sn.start_char >= reach]
            for sn in around:
                if sn.start_char >= limit:
                    continue
                # the cue is found in the sentence's matching form in lower case and its place there mapped back to the input
                low = reading[sn.start_char : sn.end_char].lower()
                at = next((low.find(c) for c in self.incident_time_cues if c in low), -1)
                if at < 0:
                    continue
                cue = reading.source(reading.at(sn.start_char) + at)
                if d.time is None:
                    found = [t for t in times if 0 <= reading.distance(cue, t.start) < self.windows["incident_cue_chars"]]
                    d.time = _day(found[0].value) if found else None
                if d.location is None:
                    d.location = self._place(doc, entities.within(sn.start_char, sn.end_char), cue, sn.end_char)
                if d.time is not None and d.location is not None:
                    break

    def _reported_incident(self, doc: Doc, d: _Draft) -> bool:
        """Whether the draft is an incident told in a report whose day is the only time of its sentence ("Sáng 9-5, đại
        diện Trường THPT … cho biết đang lập đoàn công tác đến nhà 2 học sinh bị nước cuốn trôi", vietnews-004163, after
        the lead "Hai nạn nhân bị nước cuốn trôi mất tích trong đêm 8-5"): it took place on the incident's day of the lead,
        not on the report's."""
        return d.type in self.incident_types and self._reporting_between(doc, d.sentence.start_char, d.trigger[0]) \
            and all(self._reporting_between(doc, t.end, d.trigger[0]) for t in doc._.times or ()
                    if d.sentence.start_char <= t.start < d.sentence.end_char and t.granularity != "duration")

    def _story_time(self, doc: Doc, chosen: list[_Draft]) -> None:
        """An undated incident told in a story whose day is written a few sentences before it ("… khai nhận, sáng 15-7,
        cháu L. … gặp Quý. … Quý đã dùng cây gỗ đánh đập cháu"), or an act told in a sentence opening with a sequel
        ("Nhận tin báo, lực lượng Công an quận … chỉ đạo …") or done on the spot ("Công an khám nghiệm hiện trường"), takes
        the last day written before it in its paragraph, up to incident_look_back characters back; not a day that dates a
        report ("Chiều 25-7, Công an tỉnh … cho biết")."""
        for d in chosen:
            if d.time is not None or d.planned or self._undated_frame(doc, d) or d.word in self.background_acts[d.type]:
                continue  # (a withdrawal, a marriage, a post told as the story's background: background_acts)
            opening = self._between(doc, d.sentence.start_char, d.trigger[0]).replace(",", " ")
            sequel = any(f" {opening} ".startswith(f" {w} ") for w in self.sequel_openers) or self._lapse_opening(opening.split())
            earlier = _edge_phrase(opening.split(), self.earlier_openers, last=False)  # "Trước khi được chẩn đoán …, X đã …"
            if (d.type in self.incident_types or sequel or d.word in self.on_the_spot) and not earlier:
                d.time = self._story_day(doc, d)
                if d.time and any(f" {w} " in f" {opening} " for w in self.next_day_words):
                    d.time = _next_day(d.time)  # "Mẹ Hà cho biết chiều hôm sau ông D. … sang nhà xin lỗi": the day after

    def _undated_frame(self, doc: Doc, d: _Draft) -> bool:
        """Whether the trigger's sentence writes a year, a month or a season the time layer cannot date ("chuyến bay 9268
        của hãng MetroJet Nga rơi trên bán đảo Sinai năm ngoái", vietnews-009498): the happening has a time of its own,
        not the day of the story told before it."""
        return any(d.sentence.start_char <= t.start < d.sentence.end_char and not _known(t)
                   and t.granularity not in ("day", "hour", "minute", "duration") for t in doc._.times or ())

    def _lapse_opening(self, words: list[str]) -> bool:
        """Whether ``words`` (folded) open with a lapse of hours or minutes after "sau" or before it ("sau nhiều giờ giằng
        co", "chỉ 30 phút sau", "vài giờ sau"): what the sentence tells is done the same day as the story before it."""
        words = words[1:] if words[:1] == ["chỉ"] else words
        after = words[:1] == ["sau"]
        words = words[int(after) :]
        amount = 0
        while amount < min(3, len(words)) and (words[amount] in self.lapse_amounts or words[amount].isdigit()):
            amount += 1
        unit = _edge_phrase(words[amount:], self.lapse_units, last=False) if amount else 0
        return bool(unit) and (after or words[amount + unit : amount + unit + 1] == ["sau"])

    def _story_day(self, doc: Doc, d: _Draft, same_day: bool = False) -> str | None:
        """The last day written before the trigger in its paragraph, up to incident_look_back characters back, that
        dates no report ("Chiều 25-7, Công an tỉnh … cho biết", "CNN dẫn lời ông X ngày 13/3"), if known ("22h cùng ngày" is not); for ``same_day``
        ("cùng ngày"), the last known one, in the paragraphs before too."""
        text = _reading(doc)
        paragraph = text.find("\n", 0, d.trigger[0], last=True)
        paragraph = paragraph[1] if paragraph else 0
        start = 0 if same_day else max(paragraph, text.back(d.sentence.start_char, self.incident_look_back))
        days, starts = _days(doc)
        last = next((t for t in reversed(days[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, d.trigger[0])])
                     if t.end <= d.trigger[0] and not (same_day and ("X" in t.value[5:10] or "/" in t.value))
                     and not self._reporting_between(doc, t.end, self._sentence_end(doc, text, t, d.trigger[0]))
                     and not self._source_day(doc, t, d.trigger, start) and not self._report_dated(doc, t)), None)
        if last is not None and any(t.granularity not in ("day", "hour", "minute", "duration") and _known(t)
                                    and not last.value.startswith(t.value)
                                    and not self._birth_date(self._words_before_time(doc, t, last.end), fold(t.text).split())
                                    for t in doc._.times or () if last.end <= t.start and t.end <= d.trigger[0]):
            # "Ngày 29-8, TAND … xử sơ thẩm … . Theo cáo trạng, từ năm 2014 - 2017, ông Phước …": a time of another
            # frame written since that day (not a birth date, "Hoàng Văn Líu (SN 1970, …)")
            return None
        return _day(last.value) if last is not None and "X" not in last.value[5:10] else None

    def _sentence_end(self, doc: Doc, text: _Reading, t, limit: int) -> int:
        """The end of the sentence (the segmenter's, so not at the dot of "TP. HCM") or paragraph holding the time
        expression ``t``, at most ``limit``."""
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        ends = [limit, self._sentence_of(doc, span.start).end_char] if span is not None else [limit]
        return min(ends + [e[0] for e in (text.find("\n", t.end),) if e is not None])

    def _named_as_source(self, doc: Doc, s0: int, a: int) -> bool:
        """Whether the name at ``a`` is the source the sentence (from ``s0``) opens with (restated_source_openers, then at
        most a title before the name: "Theo ông Phú, tối 8-5 …"): what follows is what that person tells, not their
        statement again."""
        opening = self._between(doc, s0, a)
        words = opening.split()
        return "," not in opening and any(words[: len(w)] == w and len(words) - len(w) <= self.restated_source_words
                                          for w in self.restated_source_openers)

    def _restated_time(self, doc: Doc, chosen: list[_Draft], sentences: list[Span], entities: _Entities) -> None:
        """An undated statement or announcement takes the day written beside its doer in one of the next two
        sentences, when that sentence names the doer again ("Cục hàng không liên bang Mỹ công bố kết quả …" then
        "Cục hàng không liên bang Mỹ (FAA) ngày 16-4 cho biết …"): the same statement, dated where it is restated."""
        times = [t for t in doc._.times or () if _known(t) and t.granularity in ("day", "hour", "minute")]
        starts = [sn.start_char for sn in sentences]
        text = _reading(doc)
        for d in chosen:
            if d.time is not None or d.type not in self.restated_types:
                continue
            doers = {n for r, n, _ in d.participants if r in (self.types[d.type]["agent"], "chair")}
            if not doers:
                continue
            i = bisect.bisect_right(starts, d.sentence.start_char) - 1
            for sn in sentences[i + 1 : i + 3]:
                named = [(e.start, e.end) for e in entities.within(sn.start_char, sn.end_char) if e.name in doers]
                for name in doers:  # a doer read by its place in the clause is no tagged entity: its name as written
                    at = text.find(normalize(name).text, sn.start_char, sn.end_char)
                    if at is not None:
                        named.append(at)
                named = [(a, b) for a, b in named if not self._named_as_source(doc, sn.start_char, a)]
                near = [t for t in times if sn.start_char <= t.start < sn.end_char
                        and any(-self.restated_gap <= text.distance(b, t.start) <= self.restated_gap
                                or -self.restated_gap <= text.distance(t.end, a) <= self.restated_gap for a, b in named)]
                if near:
                    d.time = _day(near[0].value)
                    break

    def _speech_at_meeting_before(self, doc: Doc, chosen: list[_Draft], told: list[_Draft], sentences: list[Span]) -> None:
        """An undated speech whose speaker takes part in a dated meeting (lead_event_types) told in the sentence right
        before it, in its paragraph, takes the meeting's day ("Tại buổi làm việc sáng 12/12 với Quận uỷ quận Tân Bình, Bí
        thư Thành uỷ Đinh La Thăng cho rằng, …. Người đứng đầu Thành uỷ thành phố yêu cầu …", vietnews-019360, tester
        s21): what was said there, as the lead's meeting dates the speeches after it; not one whose own sentence names a
        meeting ("Tại kỳ họp 31 (từ ngày 12 đến 14/11), Uỷ ban Kiểm tra Trung ương xác định …. …, tại kỳ họp thứ 32, cơ
        quan kiểm tra đề nghị …", 020284: another session)."""
        starts = [sn.start_char for sn in sentences]
        text = _reading(doc)
        settings = {x.sentence.start_char for x in told if x.type in self.lead_event_types}
        for d in chosen:
            if d.time is not None or d.type != "SPEECH" or d.planned or d.sentence.start_char in settings:
                continue
            speakers = {n for r, n, _ in d.participants if r == self.types[d.type]["agent"]}
            i = bisect.bisect_right(starts, d.sentence.start_char) - 1
            if not speakers or i < 1 or text.find("\n", sentences[i - 1].end_char, d.sentence.start_char):
                continue
            before = sentences[i - 1].start_char
            meeting = next((m for m in chosen if m.sentence.start_char == before and m.type in self.lead_event_types
                            and m.time_in_sentence and speakers & {n for _, n, _ in m.participants}), None)
            if meeting is not None:
                d.time = meeting.time

    def _retold_time(self, chosen: list[_Draft], told: list[_Draft], sentences: list[Span]) -> None:
        """An undated happening takes the day of the same trigger word, of its type, written with a day before it in the
        next sentence and not reported there on its own (no doer named: "… cho biết đã phối hợp nhiều lực lượng bất ngờ
        kiểm tra một nhà hàng …. Theo đó, lúc 22h tối 11-5, khi các lực lượng bất ngờ ập vào kiểm tra, …"): the
        happening told again with its time."""
        starts = [sn.start_char for sn in sentences]
        reported = {id(d) for d in chosen}
        told_in: dict[int, list[_Draft]] = {}  # the triggers read in each sentence (by its first character), in order
        for x in told:
            told_in.setdefault(x.sentence.start_char, []).append(x)
        for d in chosen:
            if d.time is not None or d.type not in self.retold_types:
                continue
            i = bisect.bisect_right(starts, d.sentence.start_char) - 1
            nxt = sentences[i + 1].start_char if i + 1 < len(sentences) else None
            again = [x for x in told_in.get(nxt, ()) if x.type == d.type and x.word == d.word
                     and id(x) not in reported and x.time_before and x.time and len(x.time) >= 10 and "/" not in x.time]
            if again:
                d.time = again[0].time[:10]

    def _incident_told_before(self, doc: Doc, chosen: list[_Draft], told: list[_Draft], sentences: list[Span]) -> None:
        """An incident named again by its noun opening its sentence, reported for its toll ("Vụ tai nạn khiến 8 người
        thiệt mạng"), takes the doer, place and time of the same trigger (or one of its one_happening group) read in the
        sentence before and not reported there on its own ("Tâm là người lái chiếc xe tải gây tai nạn thảm khốc trên quốc
        lộ 5 ở huyện Kim Thành, Hải Dương.", vietnews-003869): one happening told in two sentences."""
        starts = [sn.start_char for sn in sentences]
        reported = {id(d) for d in chosen}
        for d in chosen:
            opening = self._between(doc, d.sentence.start_char, d.trigger[0]).split()
            if d.type not in self.incident_types or not d.toll or len(opening) != 1 or opening[0] not in self.incident_nouns:
                continue
            i = bisect.bisect_right(starts, d.sentence.start_char) - 1
            if i < 1:
                continue
            before = sentences[i - 1].start_char
            told_before = next((x for x in told if x.sentence.start_char == before and x.type == d.type and id(x) not in reported
                                and (x.word == d.word or any(x.word in g and d.word in g for g in self.same_happening))), None)
            if told_before is not None:
                names = {n for _, n, _ in d.participants}
                d.participants = [p for p in told_before.participants if p[1] not in names] + d.participants
                d.location = d.location or told_before.location
                d.time = d.time or told_before.time

    def _names_event_next(self, doc: Doc, end: int, starts: set[int]) -> bool:
        """Whether another trigger follows, after an optional classifier ("buổi", "lễ", "cuộc", "phiên")."""
        i = end
        while i < len(doc) and doc[i].is_space:
            i += 1
        if i < len(doc) and fold(doc[i].text) in self.event_nouns and i not in starts:
            i += 1
            while i < len(doc) and doc[i].is_space:
                i += 1
        return i in starts

    def _same_time_anaphora(self, doc: Doc, chosen: list[_Draft]) -> None:
        """"Cùng ngày, Ban Bí thư … trao quyết định": the day of the happening dated just before, or else the last known
        day written before it ("Khoảng 11h cùng ngày, Công an huyện … kiểm tra", which the time layer leaves unknown); the
        latter too when a day is written after that happening's sentence and before it, the story moved on ("… ngày 3/10,
        gia đình bé L. … trình báo về việc L. bị Mới xâm hại tình dục. … ngày 1/10, bé L. được người thân đưa đến nhà Mới
        …. Trưa cùng ngày, … Mới … thực hiện hành vi dâm ô", vietnews-000639: the 1st)."""
        previous, previous_end = None, 0
        days, starts = _days(doc)
        for d in chosen:
            if d.time is None or "X" in d.time[5:10]:
                lead_in = self._between(doc, d.sentence.start_char, d.trigger[0])
                if any(w in lead_in for w in self.same_time):
                    since = days[bisect.bisect_left(starts, previous_end) : bisect.bisect_left(starts, d.sentence.start_char)]
                    moved_on = any("X" not in t.value[5:10] and "/" not in t.value for t in since)
                    d.time = (None if moved_on else previous) or self._story_day(doc, d, same_day=True) or d.time
                    d.time_in_sentence = d.time is not None
            elif d.time_in_sentence and len(d.time) >= 10 and "/" not in d.time:
                previous, previous_end = d.time[:10], d.sentence.end_char  # a day (or finer, read as its day); its sentence's

    def _verb_if_needed(self, doc: Doc, type_: str, start: int, end: int, tags: dict[tuple[int, bool], str]) -> bool:
        """For a trigger that must be a verb, whether underthesea's POS tagger reads its first word as one, on the words
        as written or in their matching form (each misreads some: a lower-case name "long hồ" as a verb and the "thụ lý"
        after it as a noun; a sentence's capital "Trả lời" as a name), or reads it as an adverb or adjective modifying a
        verb of the trigger ("tạm giam" as "tạm"/A "giam"/V); for a crime of several words, a verb anywhere in it (the
        causative "cho" of "Guo sau đó cho nổ tung chiếc xe" read as a preposition)."""
        needed = self.types[type_].get("verbs")
        phrase = fold(_reading(doc)[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])])
        if not needed or (needed != "all" and phrase not in {fold(v) for v in needed}) or phrase in self.noun_triggers[type_]:
            return True
        crime = phrase in self.types[type_].get("agent_by_trigger", {})
        for cased in (False, True):
            if (start, cased) not in tags:
                tags.update({(i, cased): tag for i, tag in _pos_tags(doc, self._sentence_of(doc, start), cased).items()})
            first = tags.get((start, cased), "V")
            if first.startswith("V") or (first[:1] in "AR" or crime) and any(tags.get((i, cased), "").startswith("V")
                                                                             for i in range(start + 1, end)):
                return True
        # "Đồng chí Bí thư yêu cầu …": the tagger reads "Bí thư yêu cầu" as nouns; after such a subject it is the verb
        return self._after_passive(doc, start) or self._addressed_subject(doc, self._sentence_of(doc, start), doc[start].idx, True) \
            or self._opens_fronted_clause(doc, start, end)

    def _opens_fronted_clause(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the trigger opens its sentence, or follows only a short adverbial and its comma, with a quantity or a
        plural determiner right after it (its object: "Trước đó, tiếp đón một đoàn chính trị gia Mỹ đến thăm Trung Quốc, Thủ
        tướng Lý Khắc Cường phát biểu", events-dev 004579, which the tagger reads as a noun): a fronted clause's verb, its
        subject the main clause's."""
        sentence = self._sentence_of(doc, start)
        a, b = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        lead = self._between(doc, sentence.start_char, a).split()
        if lead and (lead[-1][-1:] != "," or len(lead) > self.windows["fronted_adverbial_words"]):
            return False
        after = self._between(doc, b, sentence.end_char).split()
        return bool(_edge_phrase(after, self.quantities, last=False))

    def _addressed_subject(self, doc: Doc, sentence: Span, a: int, titled: bool = False) -> bool:
        """Whether the clause before ``a`` is only an address, with a title (``titled``: must have one) and auxiliaries
        ("Ông cũng", "Đồng chí Bí thư"): the person last named as the subject."""
        comma = _reading(doc).find(",", sentence.start_char, a, last=True)
        c0 = comma[1] if comma else sentence.start_char
        words = self._between(doc, c0, a).split()
        for t0, t1 in _titles_from(doc, c0, a + 1):
            if c0 <= t0 and t1 <= a:
                words = self._between(doc, c0, t0).split() + [None] + self._between(doc, t1, a).split()
                break
        while words and words[-1] in self.auxiliaries:
            words.pop()
        if words[-1:] == [None]:
            words.pop()
        elif titled:
            return False
        return " ".join(map(str, words)) in self.anaphora

    def _joined_act(self, doc: Doc, type_: str, sentence: Span, a: int, told: list[_Draft]) -> bool:
        """Whether a trigger of acts_by_word_types follows a joiner of a series after an act of its type told earlier in
        its sentence ("xét xử sơ thẩm lần 1 vào năm 2015 và tuyên phạt Tuyết": the tagger reads "tuyên phạt" as a noun)."""
        if type_ not in self.acts_by_word or not told or told[-1].type != type_ or told[-1].sentence.start != sentence.start:
            return False
        before = self._between(doc, told[-1].trigger[1], a).replace(",", " , ").split()
        return any(before[len(before) - len(j) :] == j for j in self.series_joins if j)

    def _after_passive(self, doc: Doc, start: int) -> bool:
        """Whether a passive marker stands before a name right before the token ("đang bị Công an thị xã Phú Mỹ tạm giữ
        hình sự"): what follows that doer is a verb, whatever the tagger reads."""
        names = doc.user_data[("vnx_events", "name_starts")]
        i = start - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or i + 1 not in names:
            return False  # "đang bị tạm giam" with no doer named: a state, which the tagger may rightly read so
        i = names[i + 1] - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        return i >= 0 and fold(doc[i].text) in self.passive

    def _sentence_of(self, doc: Doc, i: int) -> Span:
        """The sentence holding token i, found without ``Token.sent`` (which walks the whole doc): by bisection over the
        sentence starts, read once per document."""
        key = ("vnx_events", "sentence_starts")
        if key not in doc.user_data:
            doc.user_data[key] = [k for k, start in enumerate(doc.to_array([SENT_START]).tolist()) if start == 1]
        starts = doc.user_data[key]
        at = bisect.bisect_right(starts, i)
        a = starts[at - 1] if at else 0
        b = starts[at] if at < len(starts) else len(doc)
        return doc[a:b]

    def _reported(self, d: _Draft) -> bool:
        """A trigger with nobody taking part (or without the parties its type needs) is a word, not a happening."""
        spec = self.types[d.type]
        roles = [role for role, _, _ in d.participants]
        crime = d.word in spec.get("agent_by_trigger", {})  # "bị hai phụ nữ sát hại": its victim is enough
        if spec.get("requires_agent") and not crime and spec["agent"] not in roles:
            return False
        if spec.get("requires_object") and not any(role != spec["agent"] for role in roles) and not d.toll and not d.owned:
            return False
        if d.word in self.needs_object[d.type] and d.object_role not in roles and not d.case_named:
            return False  # "Công an TP Huế cùng điều tra": an investigation in general, nobody under it
        return bool(roles) or d.toll or d.unnamed_suspect  # (the last, if the article names its suspect: _case_suspect)

    def _planned(self, doc: Doc, d: _Draft) -> bool:
        """Whether a marker of the future, a possibility or a memory ("sẽ tổ chức … trao giấy khen", "có thể bị … xử phạt",
        "từng làm việc"), in the last words of the trigger's clause before it, makes it a plan (reported only with a
        time); an item of a list takes the plan marker that heads the list ("sẽ … tham gia … như: …, tặng quà …"); so does a
        type's marker of a habit ("nhiều lần" before a crime), in the trigger's clause part or opening its clause ("Nhiều
        lần đi nước ngoài về, Dương mua áo tặng ông Vĩnh", vietnews-000036, tester s21: gifts told as a habit)."""
        c0, _ = self._clause(doc, d.sentence, d.trigger[0])
        segments = self._between(doc, c0, d.trigger[0]).split(",")
        lead = self._unhedged_modal(" " + " ".join(self._past_plan_scope(segments[-1].split())[-self.planned_window:]) + " ")
        if any(f" {w} " in lead for w in self.planned | self.memories | self.habits[d.type]):
            return True
        if len(segments) > 1 and _edge_phrase(segments[0].split(), self.habits[d.type], last=False):
            return True
        if len(segments) > 1 and not segments[-1].split():  # an item of a list (", tặng quà …"): the plan that heads it
            clause = self._unhedged_modal(" " + " ".join(" ".join(segments).split()) + " ")
            at = max(clause.rfind(f" {w} ") for w in self.planned)
            if at >= 0 and not any(f" {w} " in clause[at:] for w in self.past_markers):
                return True
        _, c1 = self._clause(doc, d.sentence, d.trigger[0])
        opening = segments[-1].split()
        if opening and _edge_phrase(opening, self.fronted_openers, last=False) == len(opening):
            # "khi công bố khung chương trình …, Bộ sẽ xem xét …", "sau khi ban hành đề án trên, nhà hát này sẽ được …": a
            # fronted subordinate clause with no subject of its own takes its tense from the main clause after it (not one
            # with its own: "Sau khi Trump đắc cử, Hicks sẽ truyền tải …", vietnews-010602, told of the past)
            main = self._between(doc, d.trigger[1], c1).split(",")[1 : 1 + self.windows["fronted_clause_segments"]]
            heads = [" " + " ".join(part.split()[: self.windows["main_clause_plan_words"]]) + " " for part in main]
            if any(f" {w} " in head for head in heads for w in self.planned):
                return True
        # "lễ viếng và truy điệu … sẽ được tổ chức vào sáng mai": a happening named first, planned in its predicate
        predicate = self._between(doc, d.trigger[1], c1).split(",", 1)[0].split()[: self.windows["plan_predicate_words"]]
        tail = " " + " ".join(predicate) + " "
        return any(f" {w} " in tail for w in self.planned_after) or any(predicate[: len(w)] == w for w in self.planned_right_after)

    def _past_plan_scope(self, words: list[str]) -> list[str]:
        """``words`` after the last word that opens a clause of what came of an attempt or a plan (plan_scope_ends: "tìm
        cách cứu hộ thì bất ngờ bị xe buýt … tông trúng", vietnews-022302): a plan marker before it is not the trigger's."""
        ends = [i for i, w in enumerate(words) if w in self.plan_scope_ends]
        return words[ends[-1] + 1 :] if ends else words

    def _unhedged_modal(self, lead: str) -> str:
        """``lead`` (words between spaces) without the phrases whose modal frames the writer's words, not the happening
        ("rất nhiều vụ án oan sai có thể kể đến như: vụ án ông X bị tuyên án 10 năm")."""
        for phrase in self.discourse_modals:
            lead = lead.replace(f" {phrase} ", " ")
        return lead

    def _issued_by_signing(self, doc: Doc, type_: str, word: str, sentence: Span, a: int, b: int) -> str:
        """A signature put to a document one issues ("ký thông báo", "Công văn này do ông X … ký") is its issuance; one put
        on a form (signed_forms: "ký vào phiếu đề nghị sửa chữa", vietnews-003393) an act of another kind (OTHER); a
        signature of parties to an agreement stays a signing."""
        kinds = self.signed_documents.get((type_, word))
        if not kinds:
            return type_
        forms = self.signed_forms[type_]
        if forms and _edge_phrase(self._between(doc, b, sentence.end_char).split(), forms, last=False, most=_longest(forms)):
            return "OTHER"
        after = " " + " ".join(self._between(doc, b, sentence.end_char).split()[: self.windows["signed_document_words"]]) + " "
        c0, _ = self._clause(doc, sentence, a)
        before = self._between(doc, c0, a).replace(",", " ").split()
        # "… do ông X ký": X signs it
        cut = max((i for i, w in enumerate(before) if w in self.doer_markers), default=-1)
        subject = " " + " ".join(before[:cut]) + " "
        issued = any(f" {k} " in after for k in kinds) or cut > 0 and any(f" {k} " in subject for k in kinds)
        return "ISSUANCE" if issued else type_

    def _setting(self, doc: Doc, d: _Draft) -> bool:
        """Whether the trigger names where something else happened: it follows a setting cue, after an optional
        classifier ("báo cáo tại cuộc họp", "phát biểu tại hội nghị", "nói trong họp báo")."""
        return self._after_location_cue(doc, d.sentence.start_char, d.trigger[0], self.setting_cues)

    def _after_location_cue(self, doc: Doc, s0: int, a: int, cues: set[str] | None = None) -> bool:
        """Whether a location cue (or one of ``cues``), with an optional classifier, stands right before ``a`` (in the
        sentence from ``s0``)."""
        words = self._between(doc, max(s0, _reading(doc).back(a, self.windows["setting_chars"])), a).split()
        if words and words[-1] in self.event_nouns:
            words.pop()
        return bool(words) and words[-1] in (cues or self.location_cues)

    def _where(self, doc: Doc, e: _Entity) -> bool:
        """Whether a location cue ("ở", "tại") governs the entity: it tells where someone works or is, not who."""
        words = self._between(doc, _reading(doc).back(e.start, self.windows["where_cue_chars"]), e.start).split()
        return bool(words) and words[-1] in self.location_cues

    def _cue_points_back(self, doc: Doc, b: int, s1: int, in_sentence: list[_Entity]) -> bool:
        """Whether a subject cue a few words after the trigger, in its phrase, is followed by a form of address alone
        ("quyết định bãi nhiệm chức danh Tổng giám đốc đối với ông là …"), which stands for the person named before."""
        found = next((f for cue in self.subject_cues for f in [_reading(doc).find(f" {cue} ", b, s1)]
                      if f and "," not in (gap := self._between(doc, b, f[0]))
                      and len(gap.split()) <= self.windows["subject_cue_words"]), None)
        if found is None:
            return False
        words = self._between(doc, found[1], s1).split()
        return bool(words) and words[0] in self.anaphora and not any(found[1] <= e.start < found[1] + len(words[0]) + 2
                                                                     for e in in_sentence)

    def _bracketed(self, doc: Doc, e: _Entity, entities: list[_Entity], s0: int, at: int) -> bool:
        """Whether the entity is all a bracket holds ("Tổng cục Môi trường (Bộ Tài nguyên và Môi trường) ngày 17/5 ra
        quyết định xử phạt") or ends an apposition set off by dashes after a person's name ("Ông Nguyễn Quốc Toản - phó
        trưởng phòng …, Cục Hải quan TP. HCM - phát biểu"): it says whose the name before it is; that one acts. So does
        a bracket opened in the sentence before it and closed before the trigger at ``at`` ("kiểm tra Trung tâm Dream Game
        (lầu 3, trung tâm AEON Mall, đường …, Tân Phú), tạm giữ": an address, the mall holds nobody)."""
        text = _reading(doc)
        after = text[e.end : text.ahead(e.end, 2)].strip()
        if text[text.back(e.start, 2) : e.start].strip().endswith("(") and after.startswith(")"):
            return True
        depth = 0
        for ch in text[s0 : e.start]:
            depth = max(0, depth + _BRACKET_DEPTH.get(ch, 0))
        if depth and ")" in text[e.end : at]:
            return True
        if not after[:1] in DASHES:
            return False
        lo = text.back(e.start, self.windows["apposition_chars"])
        dash = max((text.find(f" {d} ", lo, e.start, last=True) or (-1, -1) for d in DASHES), key=lambda found: found[0])
        return dash[0] >= 0 and any(p.kind == "person" and p.end <= dash[0] and not text[p.end : dash[0]].strip()
                                    for p in entities)

    def _object_of_verb(self, doc: Doc, e: _Entity, at: int) -> bool:
        """Whether a trigger of the lexicon ends right before the entity, with only white space between, and only a
        comma (and a bracket, auxiliaries) stands between the entity and the trigger at ``at``: the entity is the first
        verb's object, the second verb shares the first one's subject ("PC45 phối hợp với Công an quận Tân Phú kiểm tra
        Trung tâm Dream Game (…), tạm giữ bốn đối tượng": the game centre is checked, it holds nobody; but "chỉ đạo Công
        an quận Sơn Trà kiểm tra, bắt giữ": the police told to do it do it)."""
        ends = doc.user_data[("vnx_events", "trigger_ends")]
        i = bisect.bisect_right(ends, e.start) - 1
        if i < 0 or _reading(doc)[ends[i] : e.start].strip():
            return False
        between = re.sub(r"\([^()]*\)", " ", self._between(doc, e.end, at))
        return "," in between and not set(between.replace(",", " ").split()) - self.auxiliaries

    def _object_in_happening_phrase(self, doc: Doc, e: _Entity) -> bool:
        """Whether the entity stands right after a trigger of the lexicon that a noun of happening_phrase_heads opens
        ("Vụ việc hành hung L. … được một người quay video và sau đó đăng …", vietnews-003368): the entity is the one that
        happening fell on, inside a noun phrase, not the subject of the clause."""
        ends = doc.user_data[("vnx_events", "trigger_ends")]
        i = bisect.bisect_right(ends, e.start) - 1
        reading = _reading(doc)
        if i < 0 or reading[ends[i] : e.start].strip():
            return False
        starts = doc.user_data[("vnx_events", "trigger_chars")]
        lo = reading.back(ends[i], self.windows["trigger_phrase_chars"])
        return any(_edge_phrase(self._between(doc, reading.back(c, 12), c).split(), self.happening_phrase_heads, most=2)
                   for c in starts[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, ends[i])])

    def _in_subordinate_clause(self, doc: Doc, e: _Entity, c0: int, at: int) -> bool:
        """Whether the entity stands in a fronted subordinate clause ("Ngay sau khi …", fronted_clause_openers) that a
        comma closes before the trigger at ``at``, and the words after the last comma before the trigger hold a subject
        of their own, more than auxiliaries and conjunctions ("Ngay sau khi Toà án nhân dân TP. Hà Nội tuyên huỷ …, tối
        14-12, Bộ đã phát đi thông báo": the ministry issues it, not the court). So does a fronted purpose clause
        (purpose_markers: "Để HAGL phát triển nhanh …, Thaco cam kết … huy động vốn đầu tư": Thaco invests)."""
        lead = self._between(doc, c0, e.start).rsplit(",", 1)[-1].split()
        openers = self.fronted_openers | self.purpose
        if not any(_edge_phrase(lead[i:], openers, last=False) for i in range(min(len(lead), 2))):
            return False
        between = _reading(doc)[e.end : at]
        if "," not in between:
            return False
        rest = between.rsplit(",", 1)[-1].split()
        while n := _edge_phrase([fold(w) for w in rest], self.clause_lead_words, last=False):
            rest = rest[n:]
        # (a subject is written with a capital: "… khi mà phía Công an quận Đống Đa … cung cấp, cùng sự tinh nhuệ vốn
        # có đã mật phục và bắt quả tang" goes on in the same clause)
        return bool(rest) and written(rest[0], compose=False)[:1].isupper()

    def _in_fronted_aside(self, doc: Doc, e: _Entity, c0: int, at: int) -> bool:
        """Whether the entity stands in a fronted phrase of what is set aside ("Ngoài …", aside_openers) that a comma
        closes before the trigger at ``at``: the main clause after it has a subject of its own ("Ngoài ba phương án do Sở
        GD-ĐT Hà Nội đưa ra lấy ý kiến, các trường có thể đề xuất phương án tuyển sinh khác", vietnews-015811: the
        schools propose, not the department)."""
        lead = self._between(doc, c0, e.start)
        if "," in lead or not _edge_phrase(lead.split(), self.aside_openers, last=False):
            return False
        return "," in _reading(doc)[e.end : at]

    def _agent_of_earlier_passive(self, doc: Doc, e: _Entity, s0: int, at: int) -> bool:
        """Whether the entity is the doer of a passive written before ("được Thủ tướng Chính phủ chấp thuận …", a title
        between) and another passive marker stands between it and the trigger ("… từ đầu năm 2004 và được khởi công từ
        năm 2007"): the approval is the government's, the ground-breaking is nobody's named."""
        before = self._between(doc, max(s0, _reading(doc).back(e.start, self.windows["governor_chars"])), e.start).split()
        if not set(before[-3:]) & self.passive:
            return False
        return bool(set(self._unhedged(self._between(doc, e.end, at)).replace(",", " ").split()) & self.passive)

    def _doer_of_marked_act(self, doc: Doc, e: _Entity, s0: int, at: int) -> bool:
        """Whether the entity follows a doer marker ("do") and does the act read right after it, with a clause of another
        subject between that act and the trigger at ``at`` ("Một thông cáo do đảng Cộng sản Trung Quốc ban hành, truyền
        thông nhà nước đăng tải", vietnews-010683: the party issues, state media posts). Not an act shared by a list of
        verbs ("do Công an huyện thụ lý, điều tra")."""
        before = self._between(doc, max(s0, _reading(doc).back(e.start, self.windows["governor_chars"])), e.start).split()
        if not before or before[-1] not in self.doer_markers:
            return False
        told = doc.user_data[("vnx_events", "told")]
        starts = doc.user_data[("vnx_events", "told_starts")]
        act = next((c for c in starts[bisect.bisect_left(starts, e.end) : bisect.bisect_left(starts, at)]), None)
        if act is None or self._between(doc, e.end, act).strip():
            return False
        rest = self._between(doc, told[act], at).split(",")
        if len(rest) < 2:
            return False
        words = [w for w in fold(rest[-1]).split() if w not in self.auxiliaries | self.manner_adverbs]
        return bool(words)

    def _struck_after(self, doc: Doc, b: int, end: int, people: list[_Entity]) -> _Entity | None:
        """The person a causing verb after the trigger makes undergo an outcome ("chém vào cổ, khiến anh H. tử vong tại
        chỗ", "đâm … làm ông X bị thương"; toll verbs and outcomes), within victim_words words of the trigger."""
        for e in people:
            if e.start < b or e.end > end:
                continue
            words = self._list_gap(self._between(doc, b, e.start))
            if len(words) > self.windows["victim_words"]:
                return None
            after = [w.strip(".,;") for w in self._between(doc, e.end, end).split()]
            while after and after[0] in self.auxiliaries:
                after = after[1:]  # "… khiến ông X đã tử vong"
            if _edge_phrase(words, self.toll_verbs) and _edge_phrase(after, self.toll_outcomes, last=False):
                return e
        return None

    def _organisers_after(self, doc: Doc, b: int, end: int, in_sentence: list[_Entity]) -> list[tuple[str, _Entity]]:
        """Who holds the happening whose trigger ends at ``b``, written after a doer marker a few words on and closed by
        an organising verb ("hội thảo về " … " do Bộ Khoa học và công nghệ phối hợp với Hiệp hội Thương mại Hoa Kỳ tại
        Việt Nam (Amcham Vietnam) tổ chức", "… do ông X chủ trì"): the names joined right after the marker (co-doer
        joiners, commas; the first may follow a unit of it, "do văn phòng đại diện … của Cục Sở hữu trí tuệ"), each with
        the role of the verb (organised_after.verbs)."""
        marks = self._doer_markers_within(doc, b, end)
        if not marks or len(self._between(doc, b, marks[0].idx).split()) > self.organised["words"]:
            return []
        run: list[_Entity] = []
        last = marks[0].idx + len(marks[0])
        for e in in_sentence:
            if e.start < last or e.end > end or e.kind not in ("person", "organization"):
                continue  # (a place inside a unit's name is read as a word of the gap: "văn phòng đại diện tại TP. HCM của")
            gap = self._between(doc, last, e.start)
            words = gap.split()
            # (the first right after the marker, or past a unit of it: "do văn phòng đại diện tại TP. HCM của Cục Sở hữu
            # trí tuệ tổ chức")
            unit = "," not in gap and len(words) <= self.organised["unit_words"]
            if not run and words and unit and words[-1] not in self.possessives:
                continue  # (a name read inside the unit's words)
            if not (not words or unit if not run else " ".join(self._list_gap(gap)) in self.co_doer_joiners | {","}):
                break
            run.append(e)
            last = self._past_bracket(doc, e.end, end)
        rest = [w.strip(".,;:!?") for w in self._between(doc, last, end).split()]
        n = _edge_phrase(rest, self.organised["verbs"], last=False)
        return [(self.organised["verbs"][" ".join(rest[:n])], e) for e in run] if n else []

    def _doer_markers_within(self, doc: Doc, a: int, b: int) -> list[Token]:
        """The doer markers ("do") between ``a`` and ``b`` that are words of their own (not the "do" of "tự do")."""
        span = doc.char_span(a, b, alignment_mode="contract")
        if span is None:
            return []
        starts = _word_starts(doc)
        return [t for t in span if starts[t.i] and (t.i + 1 == len(doc) or starts[t.i + 1]) and fold(t.text) in self.doer_markers]

    def _doer_marked_after(self, doc: Doc, a: int, b: int) -> bool:
        """Whether a doer marker ("do", a word of its own) stands between a name ending at a and the trigger at b, with
        at most doer_marker_words words after it and no word linking a cause to its outcome ("nên"): the doer is the one
        written after it ("một bữa tối do cảnh sát ở Yangon chủ trì"), not a leader named with it ("Đoàn … do ông X làm
        trưởng đoàn") nor a cause ("Cường khai nhận do ghen tuông nên đã ra tay sát hại bà M.": Cường kills)."""
        if self._stands_between(doc, a, b, self.led_by_after):
            return False
        marks = self._doer_markers_within(doc, a, b)
        if not marks:
            return False
        rest = self._between(doc, marks[-1].idx + len(marks[-1]), b).split()
        return len(rest) <= self.windows["doer_marker_words"] and not set(rest) & self.cause_links

    def _occurred(self, doc: Doc, d: "_Draft", c0: int, c1: int) -> bool:
        """Whether the trigger names an incident told as taking place (occurrence_counts): an incident noun before it
        and a verb of taking place after it in its clause part ("một vụ tai nạn giao thông giữa xe máy và xe khách xảy ra
        trên đường …"), or that verb right before it ("đã xảy ra vụ tai nạn giao thông …"), or a trigger that tells it
        by itself ("ngọn lửa bùng phát tại nhà kho"), or a storm with its landfall right after it ("bão số 3 đổ bộ vào …"):
        the happening stands alone, with nobody named in it."""
        before = re.findall(r"\w+", self._between(doc, c0, d.trigger[0]).split(",")[-1])
        if d.word in self.occurred_triggers:
            return not self._part_or_habit(doc, d, before, c1) and not self._result_of_incident_before(doc, d, c0)
        if d.word in self.headline_incidents and self._heads_headline(doc, d):
            return not self._part_or_habit(doc, d, before, c1)  # (not "… thay đổi thiết kế dễ dẫn tới cháy nổ", 002814)
        noun = bool(before) and before[-1] in self.incident_nouns
        d.incident_noun = noun
        if noun:
            before.pop()
            if _edge_phrase(before, self.many_incidents | self.retold_occurrence, last=True):
                return False  # "hàng loạt vụ tai nạn giao thông đã xảy ra": incidents in general; "khi vụ nổ súng xảy ra"
            after = self._between(doc, d.trigger[1], c1).split(",")[0]
            if any(re.search(rf"(?<!\w){re.escape(v)}(?!\w)", after) for v in self.setting_verbs):
                return True
        elif not _edge_phrase(before, self.retold_occurrence, last=True):
            following = re.findall(r"\w+", self._between(doc, d.trigger[1], c1).split(",")[0])[: self.arrival_words]
            if any(following[i : i + len(v)] == v for v in self.arrival_verbs for i in range(len(following))):
                return True  # "bão số 3 đổ bộ vào vùng biển Quảng Ninh": a storm arriving (not "khi bão Jebi đổ bộ")
        for v in self.setting_verbs:
            n = len(v.split())
            if before[-n:] == v.split() and (noun or d.word in self.bare_occurrences):
                # … not where or when one took place, told again ("nơi xảy ra vụ tai nạn", "sau khi xảy ra tai nạn")
                return not _edge_phrase(before[:-n], self.retold_occurrence, last=True)
        return False

    def _heads_headline(self, doc: Doc, d: "_Draft") -> bool:
        """Whether the trigger opens the article's title or ends its first part, before a comma, a colon or its end ("Cháy
        khách sạn 5 sao tại Anh", vietnews-009922; "Xưởng vải ở Vĩnh Phúc cháy, lính cứu hoả Hà Nội được huy động",
        019772): a headline tells the incident the article reports."""
        title = next(((a, b) for a, b, kind in doc._.regions or () if kind == "title" and a <= d.trigger[0] < b), None)
        if title is None:
            return False
        reading = _reading(doc)
        if not reading[title[0] : d.trigger[0]].strip():
            return True
        rest = reading[d.trigger[1] : title[1]].lstrip()
        return not rest or rest[0] in ",:;" and "," not in reading[title[0] : d.trigger[0]]

    def _part_or_habit(self, doc: Doc, d: "_Draft", before: list[str], c1: int) -> bool:
        """Whether a trigger of by_itself is told as part of another happening or as a habit, not as one taking place:
        in a clause of time or as a result (part_of_other in the words of its clause part before it, not as told_next: "sau
        khi có tổng cộng 5 chiếc xe buýt bốc cháy", vietnews-005088; "Hai tàu chở dầu bị tấn công dẫn tới bốc cháy",
        007562), or with a word of habit right after it ("xe buýt lại bốc cháy thường xuyên", 005088)."""
        for w in self.part_of_other:
            for i in range(len(before) - len(w) + 1):
                if before[i : i + len(w)] == w and not any(before[max(0, i + len(w) - len(n)) : i + len(w)] == n
                                                           for n in self.told_next):
                    return True
        after = re.findall(r"\w+", self._between(doc, d.trigger[1], c1))
        return _edge_phrase(after, self.habit_after, last=False) > 0

    def _result_of_incident_before(self, doc: Doc, d: "_Draft", c0: int) -> bool:
        """Whether the clause of a trigger of by_itself opens after an incident told before (result_of_openers, before a
        comma: "Sau cú va chạm, xe máy ngã xuống đường bốc cháy", vietnews-002445): what it tells is that incident's
        result, part of the same happening, not one more."""
        opening = self._between(doc, c0, d.trigger[0])
        if "," not in opening:
            return False
        words = re.findall(r"\w+", opening.split(",")[0])
        return any(words[: len(w)] == w for w in self.result_of_openers)

    def _takes_place_at(self, doc: Doc, a: int, b: int) -> bool:
        """Whether a verb of taking place (setting_verbs) follows the name ending at a, with only auxiliaries between,
        before the trigger at b: the name is where it happened ("Gara ô tô Quang Vinh xảy ra vụ việc nhân viên rửa xe
        trộm cắp"; not "đại diện Viện kiểm sát … tại phiên toà xét xử vụ án … xảy ra tại Công ty … đã … đề nghị")."""
        words = self._between(doc, a, b).split()
        while words and words[0] in self.auxiliaries:
            words = words[1:]
        return any(" ".join(words[: len(v.split())]) == v for v in self.setting_verbs)

    def _opener_right_before(self, doc: Doc, a: int, b: int) -> bool:
        """Whether a clause opener of fronted_clause_openers ends the words between a and b, more than 3 words after a,
        with no comma: the trigger opens a subordinate clause (the caller checks that a comma closes it) whose subject is
        the main clause's, written after it ("New York Times thống kê trong 100 ngày đầu tiên sau khi nhậm chức, Tổng
        thống Trump …": Trump takes office)."""
        words = self._between(doc, a, b).split()
        n = _edge_phrase(words, self.fronted_openers)
        return bool(n) and "," not in words and len(words) - n > 3

    def _agreement_told(self, doc: Doc, a: int, b: int) -> bool:
        """Whether an agreement noun (agreement_nouns) stands between a and b, at most agreement_words words (auxiliaries
        and passive markers aside) before b: the trigger tells of that agreement in a relative clause ("rút khỏi thoả
        thuận hạt nhân đã ký kết giữa Iran và …"), not of the name at a."""
        words = f" {self._between(doc, a, b).replace(',', ' ')} "
        for noun in self.agreement_nouns:
            at = words.rfind(f" {noun} ")
            if at >= 0:
                rest = [w for w in words[at + len(noun) + 2 :].split() if w not in self.auxiliaries and w not in self.passive]
                return len(rest) <= self.windows["agreement_words"]
        return False

    def _document_first(self, doc: Doc, b: int, at: int) -> bool:
        """Whether the words from the trigger's end ``b`` to an object at ``at`` open with a document's or a ruling's
        kind word (document_kinds.tsv, ruling_nouns; after plural or whole words) and end with an object cue ("với",
        "đối với"; a form of address after it): the trigger acts on that document, and the object named after it is whom
        the document is about, not whom the trigger falls on (but "huỷ toàn bộ bản án sơ thẩm vụ bị cáo Trần Thị Tuyết":
        the defendant)."""
        words = self._between(doc, b, at).split()
        while n := _edge_phrase(words, self.whole_words | self.plural_determiners, last=False):
            words = words[n:]
        if words and words[-1] in self.anaphora:
            words.pop()
        return bool(_edge_phrase(words, self.document_words, last=False)) and bool(_edge_phrase(words, set(self.object_cues)))

    def _happening_named_between(self, doc: Doc, a: int, b: int, nouns=None) -> bool:
        """Whether a trigger after a classifier of ``nouns`` (event_nouns: "cuộc hội đàm", "buổi họp") starts between a
        and b."""
        starts = doc.user_data[("vnx_events", "trigger_chars")]
        reading = _reading(doc)
        nouns = self.event_nouns if nouns is None else nouns
        return any(self._between(doc, reading.back(c, 8), c).split()[-1:] in ([w] for w in nouns)
                   for c in starts[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)])

    def _nominal(self, doc: Doc, a: int, b: int) -> bool:
        """Whether the trigger from a to b is named as a happening: a classifier (event_nouns) opens it or stands right
        before it ("chuyến thăm", "cuộc họp")."""
        own = self._between(doc, a, b).split()[:1]
        return bool(own) and own[0] in self.event_nouns or self._happening_named_between(doc, a, a + 1)

    def _predicate_between(self, doc: Doc, a: int, b: int) -> bool:
        """Whether a trigger right after an aspect word (subject_auxiliaries: "đã", "sẽ") starts between a and b: the
        trigger's phrase is the subject of that later predicate, and what follows it is that one's ("chuyến thăm gần đây
        tới Tây Ban Nha đã kêu gọi các nước EU", vietnews-009490: the EU is called on, not visited)."""
        starts = doc.user_data[("vnx_events", "trigger_chars")]
        reading = _reading(doc)
        return any(self._between(doc, reading.back(c, 12), c).split()[-1:] in ([w] for w in self.auxiliaries)
                   for c in starts[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)])

    def _trigger_between(self, doc: Doc, a: int, b: int) -> bool:
        """Whether another trigger of the lexicon starts between characters a and b."""
        starts = doc.user_data[("vnx_events", "trigger_chars")]
        i = bisect.bisect_left(starts, a)
        return i < len(starts) and starts[i] < b

    def _act_told_between(self, doc: Doc, a: int, b: int) -> bool:
        """Whether a trigger read as a happening starts between characters a and b: a name before it is that act's
        doer, not the doer of an incident named after it ("ba nam thanh niên gồm …, Lê Minh Hải và Nguyễn Trung Thông đến
        gây gổ và hành hung một nam thanh niên khác có liên quan đến vụ tai nạn với Y Gia Long", vietnews-016387)."""
        told = doc.user_data[("vnx_events", "told_starts")]
        i = bisect.bisect_right(told, a)
        return i < len(told) and told[i] < b

    def _other_act_between(self, doc: Doc, a: int, b: int, acts) -> bool:
        """Whether a trigger of the lexicon starts between characters a and b that is none of ``acts`` (folded) or was
        not read as a happening: a crime or a death after a series of crimes and deaths told has the series' doer ("Guo
        sau đó cho nổ tung chiếc xe … và tự sát"), not one written before another verb ("ông X … đã khen thưởng ban
        chuyên án vì … bắt giữ …, cướp tài sản") or a charge ("khởi tố X về hành vi giết người, hiếp dâm, cướp tài sản");
        not a piece of a word ("Nguyễn Văn An tiếp tục đâm …": word_trigger_chars)."""
        starts = doc.user_data[("vnx_events", "word_trigger_chars")]
        phrases = doc.user_data[("vnx_events", "trigger_phrases")]
        told = doc.user_data[("vnx_events", "told")]
        inside = doc.user_data[("vnx_events", "inside_told")]  # "nổ" of "cho nổ": no trigger of its own
        return any(not phrases[c] & acts.keys() or c not in told
                   for c in starts[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)] if c not in inside)

    def _object_of_act_told(self, doc: Doc, e: _Entity, c0: int, acts) -> bool:
        """Whether ``e`` follows an act of ``acts`` (folded) read in its clause, with no comma or other trigger between:
        the one that act fell on, not the doer of the series' next act ("An đâm chết vợ là chị Bình rồi tự sát": An
        dies, not Bình; "… đâm chết anh Nam, cướp xe máy": Nam robs nobody; "A đâm chết B, C cướp xe": C may)."""
        starts = doc.user_data[("vnx_events", "told_starts")]
        i = bisect.bisect_left(starts, e.start) - 1
        if i < 0 or starts[i] < c0:
            return False
        s, t = starts[i], doc.user_data[("vnx_events", "told")][starts[i]]
        if t > e.start or not doc.user_data[("vnx_events", "trigger_phrases")][s] & acts.keys():
            return False
        return not re.search(r"[,;:]", _reading(doc)[t : e.start]) and not self._trigger_between(doc, t, e.start)

    def _said_only(self, d: _Draft, quotations: _Spans, entities: _Entities) -> bool:
        """Whether the trigger stands in a quotation that names nobody (“Hôm nay họp, phường tổ chức thông báo …”, ông
        Phụng nói): its participants were read from outside it, from the words that frame it; a speaker's words."""
        q = next(((a, b) for a, b in quotations.overlapping(d.trigger[0], d.trigger[0] + 1) if a < d.trigger[0] < b), None)
        return q is not None and not any(e.kind != "location" for e in entities.within(q[0] + 1, q[1]))

    def _conditional(self, doc: Doc, d: _Draft) -> bool:
        """Whether a condition ("nếu …") opens the trigger's sentence or stands in its clause before it ("Nếu được HĐND
        thành phố thông qua, UBND … phê duyệt ban hành", "lo ngại nếu trao …"): a happening supposed, dated or not."""
        words = self._between(doc, d.sentence.start_char, d.trigger[0]).replace(",", " ").split()
        return bool(set(words) & self.conditions)

    def _negated(self, doc: Doc, d: _Draft) -> bool:
        """Whether a negation stands in the last words before the trigger, in its comma segment or, for an item of a list,
        the segment before ("VWS vẫn chưa cập nhật, báo cáo đầy đủ", "chưa được bổ nhiệm"): a happening said not to have
        taken place."""
        # words as the segmenter reads them ("không" of "hàng không" is no negation; "không thể" is one), in the
        # trigger's comma segment, or the one before when the trigger opens its own (an item of a list)
        c0 = self._clause(doc, d.sentence, d.trigger[0])[0]
        segments = self._word_segments(doc, c0, d.trigger[0])
        words = segments[-1] if segments[-1] or len(segments) == 1 else segments[-2]
        if set(words[-self.negation_window:]) & self.negations:
            return True
        # a cancellation, by syllables ("Trump huỷ chuyến thăm"), not inside a word of destruction ("phá huỷ")
        syllables = fold(_reading(doc)[c0 : d.trigger[0]]).split(",")[-1].split() + fold(d.word).split()[:1]
        return any(s in self.cancellations and " ".join(syllables[i - 1 : i + 1]) not in self.cancellation_compounds
                   and " ".join(syllables[i : i + 2]) not in self.cancellation_compounds
                   for i, s in enumerate(syllables[:-1]) if i >= len(syllables) - 1 - self.negation_window)

    def _word_segments(self, doc: Doc, a: int, b: int) -> list[list[str]]:
        """The words between a and b as the segmenter reads them (folded; a word of several syllables read at its last,
        "" at the others), in comma segments."""
        span = doc.char_span(a, b, alignment_mode="contract")
        starts = doc._.word_starts or [True] * len(doc)
        segments: list[list[str]] = [[]]
        word: list[str] = []
        for t in span or ():
            if t.text == ",":
                segments.append([])
            elif not (t.is_punct or t.is_space):
                word = [t.text] if starts[t.i] else [*word, t.text]
                segments[-1].append(fold(" ".join(word)) if t.i + 1 == len(doc) or starts[t.i + 1] else "")
        return segments

    def _prohibited(self, doc: Doc, d: _Draft) -> bool:
        """Whether a prohibition ("nghiêm cấm", prohibition_markers; not a ban named as a thing, "lệnh cấm") stands before
        the trigger in its clause: an act forbidden, no happening."""
        segments = self._word_segments(doc, self._clause(doc, d.sentence, d.trigger[0])[0], d.trigger[0])
        words = [w for segment in segments for w in segment if w]  # ("cấm vận", an embargo, is a word of its own)
        return any(w in self.prohibitions and (i == 0 or words[i - 1] not in self.prohibition_nouns)
                   for i, w in enumerate(words))

    def _names_an_activity(self, doc: Doc, type_: str, start: int, end: int) -> bool:
        """The trigger word names the activity as a thing ("kết quả giám sát", "theo yêu cầu", "chỉ đạo của …"); not after a
        type's done_after phrase of one or two words before those ("có hành vi hành hung", "thực hiện hành vi dâm ô": the
        act done)."""
        words = self.type_not_after[type_]  # the words after which no type is a happening, and this type's own
        trigger = fold(doc[start:end].text)
        if trigger in self.trigger_not_after[type_]:
            words = words | self.trigger_not_after[type_][trigger]  # and this trigger's own
        kept = _compact(doc)  # (windows of tokens as the plain text has them: a run of white space is none)
        at, to = bisect.bisect_left(kept, start), bisect.bisect_left(kept, end)
        before = [doc[i] for i in kept[max(0, at - 5) : at] if not doc[i].is_space and doc[i].text != ","]
        if before and fold(before[-1].text) in self.activity_joins:
            # "nội dung và yêu cầu": joined to a word of not_a_happening_after, a thing too (not to a type's own words:
            # "đột kích toà nhà và bắt giữ 13 người", vietnews-007582, is no "nhà tạm giữ")
            before, words = before[:-1], self.not_after
        else:
            before = before[-4:]
        names = doc.user_data[("vnx_events", "name_starts")]
        for n in (2, 1):
            phrase = fold(" ".join(t.text for t in before[-n:]))
            if len(before) >= n and phrase in words \
                    and not any(fold(" ".join(t.text for t in before[-n - k:])) in self.done_after[type_] for k in (1, 2)) \
                    and (phrase not in self.own_word_only or _word_starts(doc)[before[-n].i]) \
                    and not (before[-1].i + 1 in names and written(before[-1].text, compose=False)[:1].isupper()):
                # (not the "sự" of "hình sự"; nor the last word of a name: "được Thành đoàn, Trung ương Đoàn khen thưởng",
                # events-heldout7 017584, is no "đoàn" of inspectors)
                return True
        after = [fold(doc[i].text) for i in kept[to : to + 8 + self.windows["not_later_words"]] if not doc[i].is_space]
        while after and (after[0] in self.quantities or after[0].replace(".", "").replace(",", "").isdigit()):
            after = after[1:]  # "điều động hơn 10 xe", "điều động một tàu": what is sent, after its quantity
        later = self.trigger_not_later[type_].get(trigger)
        if later and any(_edge_phrase(after[i : self.windows["not_later_words"]], later, last=False, most=_longest(later))
                         for i in range(min(len(after), self.windows["not_later_words"]))):
            return True  # "triệu tập Quang Hải lên đội tuyển": a call-up
        after = after[:3]
        following = self.type_not_before[type_] | self.trigger_not_before[type_].get(trigger, set())
        if _edge_phrase(after, following, last=False):
            return True
        # … and written first, as the subject of a passive ("quyền phát động chiến tranh từ nay sẽ được trao cho Uỷ ban
        # An ninh": a power handed over, no prize)
        words = [fold(t.text) for t in before]
        if not (words and words[-1] in self.passive or len(words) > 1 and words[-2] in self.passive and words[-1] in self.auxiliaries):
            return False
        word_starts = _word_starts(doc)
        lead = [i for i in kept[max(0, at - self.windows["passive_subject_words"]) : at] if not doc[i].is_space]
        lead = lead[max((k + 1 for k, i in enumerate(lead) if doc[i].text == ","), default=0) :]  # (its clause)
        for k, i in enumerate(lead):
            n = _edge_phrase([fold(doc[j].text) for j in lead[k:]], following, last=False) if word_starts[i] else 0
            if n and (k + n == len(lead) or word_starts[lead[k + n]]):  # whole words: not "chính quyền", "quyền lợi"
                return True
        return False

    def _forcing(self, doc: Doc, type_: str, a: int, b: int, entities: _Entities) -> bool:
        """Whether the trigger forces the person right after it to act ("bắt ông Thân ngồi lên xe máy": forced him to
        sit): a verb of forcing, no happening of its own."""
        verbs = self.trigger_forcing[type_].get(fold(_reading(doc)[a:b]))
        window = self.windows["forced_object_chars"]
        obj = next((e for e in entities.within(b, b + window) if e.kind == "person"), None) if verbs else None
        if obj is None or len(self._between(doc, b, obj.start).split()) > 2 or "," in self._between(doc, b, obj.start):
            return False
        after = self._between(doc, obj.end, obj.end + window).split()
        return bool(_edge_phrase(after, verbs, last=False, most=_longest(verbs)))

    def _in_custody(self, doc: Doc, type_: str, sentence: Span, a: int, told: list[_Draft]) -> bool:
        """Whether a trigger of custody_purpose_types follows, in its sentence, an act of custody told before it or a word of
        taking someone to the police (custody_words: "được đưa về trụ sở Công an … để lấy lời khai"): what the police hold
        someone for ("tạm giữ để điều tra") is done with them, not only aimed at."""
        if type_ not in self.custody_purpose_types:
            return False
        if told and told[-1].word in self.custody_triggers and sentence.start_char <= told[-1].trigger[0]:
            return True
        before = " " + " ".join(fold(_reading(doc)[sentence.start_char : a]).split()) + " "
        return any(f" {w} " in before for w in self.custody_words)

    def _requested(self, doc: Doc, sentence: Span, a: int, blocked: _Spans, in_custody: bool = False) -> bool:
        """Whether a directive or a modal ("đề nghị X …", "phải …") earlier in the trigger's clause makes it asked for;
        words of names are not read ("Cần" of "TP Cần Thơ" is no modal); a purpose makes it so, but for an act done with
        someone in custody (``in_custody``: _in_custody)."""
        if self._after_location_cue(doc, sentence.start_char, a):
            return False  # "đã đề nghị như trên với lãnh đạo UBND Q. 3 tại buổi khảo sát": where it was asked, no request
        c0, _ = self._clause(doc, sentence, a)
        if len(self._between(doc, c0, a).split()) <= 2:
            c0 = sentence.start_char  # "yêu cầu Sở Nội vụ xem xét …; kiểm tra …": the clause goes on the directive
        reading = _reading(doc)
        lead = reading[c0:a]
        for s, e in blocked.overlapping(c0, a):
            if s < a and c0 < e:
                lo, hi = reading.distance(c0, max(s, c0)), reading.distance(c0, min(e, a))
                lead = lead[:lo] + " " * (hi - lo) + lead[hi:]
        for s, e in self._other_compounds(doc, c0, a):  # (each syllable still a word: the windows count them)
            lo, hi = reading.distance(c0, max(s, c0)), reading.distance(c0, min(e, a))
            lead = lead[:lo] + re.sub(r"[^\s,]", "_", lead[lo:hi]) + lead[hi:]
        lead = fold(lead)
        for sep in (":", "–", " - "):
            lead = lead.rsplit(sep, 1)[-1]
        if lead.split()[:1] and lead.split()[0] in self.purpose and "," in lead:
            lead = lead.split(",", 1)[1]  # "Để khắc phục, Sở đã yêu cầu …": a fronted purpose is the done act's aim
        words = lead.replace(",", " ").split()[-self.windows["directive_words"] :]
        if set(words[-self.windows["purpose_words"] :]) & self.purpose and not in_custody:
            return True  # "trả hồ sơ để điều tra, truy tố": what it is for, not what happened
        if self._in_purpose_clause(lead) and not in_custody:
            return True
        athlete = {j for i in range(len(words)) for j in range(i, i + _edge_phrase(words[i:], self.not_requested, last=False,
                                                                                     most=self.requested_most["not_requested"]))}
        for i in range(len(words)):
            if i in athlete:
                continue  # "vận động viên"
            if words[i] in self.required_after and not set(words[max(0, i - 4) : i]) & self.adversative:
                return True  # (not a consequence undergone: "bị trúng gió phải giã từ sự nghiệp", events-heldout7 001435)
            if _edge_phrase(words[i:], self.urged_after, last=False, most=self.requested_most["urged_after"]) \
                    and not set(words[i + 1 :]) & self.urged_end:  # "kêu gọi mọi người tránh xa … và thông báo": its own act
                return True
            n = _edge_phrase(words[i:], self.requested_after, last=False, most=self.requested_most["requested_after"])
            if n and not (" ".join(words[i : i + n]) in self.carried_out_directives
                          and any(w in self.directive_done for w in words[max(0, i - 3) : i])):
                return True  # (an order told as given was carried out; a proposal or a task handed out, not yet)
        return False

    def _in_purpose_clause(self, lead: str) -> bool:
        """Whether the folded words before the trigger end in a purpose clause set off by a comma, within
        purpose_clause_words (", để lực lượng chức năng có cơ sở xem xét xử lý hoặc gửi"): what an act is for."""
        words = lead.rsplit(",", 1)[-1].split() if "," in lead else []
        return bool(words) and words[0] in self.purpose and len(words) <= self.windows["purpose_clause_words"]

    def _done_directive_end(self, doc: Doc, sentence: Span, a: int) -> int | None:
        """The input offset right after a directive told as done before the trigger in its clause, within the directive
        window ("Đại diện Cảng vụ hàng không tại Thọ Xuân đã yêu cầu an ninh hàng không tại Thọ Xuân lập biên bản",
        vietnews-003022): the act is the one's asked, its doer named after the directive, not before; None for none."""
        c0, _ = self._clause(doc, sentence, a)
        reading = _reading(doc)
        hits = [hit for done in self.directive_done for word in self.requested_after
                if (hit := reading.find(f"{done} {word} ", c0, a, last=True))]
        if not hits:
            return None
        end = max(hits)[1]
        asked = self._between(doc, end, a).replace(",", " ").split()
        if len(asked) > self.windows["directive_words"] or asked[:1] and asked[0] in self.addresses \
                or asked[-1:] and asked[-1] in self.event_nouns:
            return None  # "thuyết phục bà ký": the one asked, named by a form of address; "… tại buổi khảo sát": a setting
        return end

    def _other_compounds(self, doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
        """Character ranges of the words of several syllables between ``a`` and ``b`` (underthesea's segmentation) that are
        no directive, modal or purpose word themselves: their syllables are not read as one ("giao" of "giao thông", "ngoại
        giao", "bàn giao"; "cần" of "cần thiết")."""
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            return []
        starts, ranges = _word_starts(doc), []
        i = span.start
        while i > 0 and (doc[i].is_space or not starts[i]):
            i -= 1  # (from the start of the word holding the first token)
        words: list[list[Token]] = []
        for t in doc[i : span.end]:
            if not t.is_space:
                if starts[t.i] or not words:
                    words.append([])
                words[-1].append(t)  # (a run of white space inside a word does not end it)
        for word in words:
            if len(word) > 1 and fold(" ".join(t.text for t in word)) not in self.directive_words:
                ranges.append((word[0].idx, word[-1].idx + len(word[-1])))
        return ranges

    def _cue_follows(self, doc: Doc, type_: str, a: int, b: int) -> bool:
        """For a trigger that needs one, whether its cue follows within a few words ("làm việc với …") or precedes it
        within ten ("Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng cho biết")."""
        word = fold(_reading(doc)[a:b])
        things = self.things_given[type_].get(word)
        if things:  # "trao giải", "trao cho Vy danh hiệu này", "một phần quà rồi vui vẻ trao cho ông Hà"; not "trao … tập tài liệu"
            reading, chars = _reading(doc), self.windows["given_thing_chars"]
            after = re.split(r"[.;!?]", self._between(doc, b, reading.ahead(b, chars)))[0]
            before = re.split(r"[.;!?,]", self._between(doc, reading.back(a, chars), a))[-1]
            return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", f"{before} {after}") for w in things)
        before = self.cue_before[type_].get(word)
        if before:
            words = self._between(doc, _reading(doc).back(a, self.windows["cue_before_chars"]), a).replace(",", " ").split()[-self.windows["cue_before_words"] :]
            preceding = " " + " ".join(words) + " "
            return any(f" {w} " in preceding for w in before)
        cues = self.cue_after[type_].get(word)
        if not cues:
            return True
        following = self._between(doc, b, _reading(doc).ahead(b, self.windows["cue_after_chars"])).replace(",", " ").split()
        if self.types[type_].get("cue_right_after"):  # a whole cue phrase right after it: "giành huy chương vàng"
            if _edge_phrase(following, self.not_cue[type_], last=False, most=_longest(self.not_cue[type_])):
                return False  # "đạt giải ngân 80% vốn"
            return bool(_edge_phrase(following, set(cues), last=False, most=_longest(cues)))
        # a cue of several words ("đại sứ", "phái đoàn") starting within the window
        return any(_edge_phrase(following[i:], set(cues), last=False, most=_longest(cues)) for i in range(self.cue_window))

    def _place_follows(self, doc: Doc, type_: str, start: int, end: int) -> bool:
        """For a trigger of place_triggers (tokens ``start``-``end``), whether a place of the type's place_kinds (the
        entity layer's kinds: "country") is named right after it ("tới Hàn Quốc"); True for other triggers."""
        words, kinds = self.place_triggers[type_]
        if not words:
            return True
        b = doc[end - 1].idx + len(doc[end - 1])
        if fold(_reading(doc)[doc[start].idx : b]) not in words:
            return True
        key = ("vnx_events", "place_starts")
        if key not in doc.user_data:  # once per article: where each place mention starts, and its kind
            doc.user_data[key] = {m.start: loc.kind for loc in doc._.locations or () for m in loc.mentions}
        starts = doc.user_data[key]
        reading = _reading(doc)
        j = reading.at(b)
        if starts.get(reading.source(j + 1 if reading.text[j : j + 1] == " " else j)) not in kinds:
            return False
        # … and as the verb of its clause, not the direction of another verb before it ("Trung Quốc xuất siêu lớn sang
        # Việt Nam", "điều quân tới Iraq"), but for the verbs of going (place_lead_verbs: "đặt chân sang Triều Tiên")
        before = start - 1
        while before >= 0 and doc[before].is_space:
            before -= 1
        if before < 0:
            return True
        word_starts = _word_starts(doc)
        while before > 0 and not word_starts[before]:
            before -= 1
        tag = _pos_tags(doc, self._sentence_of(doc, start)).get(before, "")
        lead = fold(_reading(doc)[doc[before].idx : doc[start - 1].idx + len(doc[start - 1])]).strip()
        # nor what a common noun in lower case names goes there ("xuất khẩu gạo sang Trung Quốc", "gửi tiền sang Mỹ",
        # "trong chuyến sang Thái Lan"): the word before is the goer's name, a pronoun, an adverb or opens the sentence
        # ("cử cô Kim tới Hàn Quốc", "Nong Poy từng sang Việt Nam", "Khi tới Trung Quốc")
        common = tag in _COMMON_NOUN_TAGS and not doc[before].text[:1].isupper()
        return tag[:1] not in ("V", "A") and not common or lead in self.place_lead_verbs[type_]

    def _interview(self, doc: Doc, type_: str, word: str, b: int, entities: "_Entities") -> str | None:
        """For a trigger of interview_triggers ending at ``b`` followed (after its cue_after word, "với", if it has one)
        by a word of the press or a body's name ("Chia sẻ với truyền thông", "Chia sẻ với giới truyền thông", "Trao đổi
        với Tuổi Trẻ", "trả lời phỏng vấn"): an interview given, whose speaker needs no position; the body's name ("" for
        a word of the press), else None. Words are read in the matching form, folded; offsets stay the input's."""
        if word not in self.interview_triggers[type_]:
            return None
        reading = _reading(doc)
        text = reading[b : reading.ahead(b, self.windows["cue_after_chars"])]
        if not text[:1].isspace():
            return None
        raw = [(m.start(), fold(m.group().strip(",;:"))) for m in re.finditer(r"\S+", text)]
        if raw and raw[0][1] in self.cue_after[type_].get(word, ()):
            raw = raw[1:]  # "với"
        if not raw:
            return None
        at = reading.source(reading.at(b) + raw[0][0])
        body = next((e for e in entities.within(at, at + 1) if e.kind == "organization"), None)
        if body is not None and self._medium(body.name, type_):
            return body.name  # "Trao đổi với Tuổi Trẻ"; not "trao đổi với Bộ Tài chính", a body that takes part
        words = " ".join(w for _, w in raw).split()
        return "" if any(" ".join(words[:n]) in self.press[type_] for n in range(1, self.press_length[type_] + 1)) else None

    def _medium(self, name: str, type_: str) -> bool:
        """Whether a body's name is a medium's: one of the media of organizations.tsv (name, abbreviation, variant), or a
        name opened by a word of the press or a medium's kind ("báo Tuổi Trẻ", "Đài Truyền hình Việt Nam")."""
        words = fold(name).split()
        return " ".join(words) in self.media_names or bool(_edge_phrase(words[:-1], self.press[type_], last=False,
                                                                          most=self.press_length[type_]))

    def _clause(self, doc: Doc, sentence: Span, at: int) -> tuple[int, int]:
        """Character range of the clause (between semicolons) holding ``at``."""
        reading = _reading(doc)
        left = reading.find(";", sentence.start_char, at, last=True)
        right = reading.find(";", at, sentence.end_char)
        return left[1] if left else sentence.start_char, right[0] if right else sentence.end_char

    def _fill(self, doc: Doc, d: _Draft, entities: _Entities, last_person: _Entity | None,
              blocked: _Spans, previous: "_Draft | None" = None) -> None:
        spec = self.types[d.type]
        trigger_word = fold(_reading(doc)[d.trigger[0] : d.trigger[1]])
        s0, s1 = d.sentence.start_char, d.sentence.end_char
        in_sentence = entities.within(s0, s1)
        c0, c1 = self._clause(doc, d.sentence, d.trigger[0])
        wanted = {"person": ("person",), "organization": ("organization",), "any": ("person", "organization")}[spec["agent_kind"]]
        forces = spec.get("force_doer_crimes", {}).get(trigger_word) or spec.get("force_acts", {}).get(trigger_word)
        if trigger_word in spec.get("agent_by_trigger", {}):
            # a crime's doer is a person ("… lừa đảo", not the body that reports it); an attack's an armed force as well
            wanted = ("person", "organization") if forces else ("person",)
        elif trigger_word in spec.get("force_acts", {}):
            wanted = ("organization",)  # an act of war: an armed force's ("quân đội Syria giành lại quyền kiểm soát …")
        elif trigger_word in self.person_agent_triggers[d.type] or self._spoken_in_statement(doc, d.type, d.word, d.sentence.start_char, d.trigger[0]):
            wanted = ("person", "organization")  # "Phó chủ tịch UBND … Lê Văn Tâm đã ký ban hành"; "X nói trong một thông cáo"

        # time and place
        reference = self._reference_clause(doc, s0, d.trigger[0])
        if reference[0] >= d.trigger[0]:
            reference = self._fronted_purpose(doc, s0, d.trigger[0])
        if reference[0] >= d.trigger[0]:
            reference = self._apposition_before(doc, in_sentence, s0, d.trigger[0])
        later = min(self._later_clause(doc, d.trigger[1], s1), self._adversative_clause_after(doc, d.trigger[1], s1),
                    self._deed_after(doc, d.trigger[1], s1),
                    s1 if d.type in self.visited_place_types or trigger_word in self.on_the_spot
                    else self._purpose_after(doc, d.trigger[1], s1))
        d.time, d.time_before = self._time_value(doc, d.sentence, d.trigger, reference, later,
                                                 d.type in self.incident_types) or (None, False)
        d.toll = bool(spec.get("occurrence_counts") and self._occurred(doc, d, c0, c1)) \
            or bool(spec.get("toll_counts") and self.toll.search(self._between(doc, d.trigger[1], s1)))
        d.time_in_sentence = d.time is not None
        # (not a place named inside the words the trigger quotes: "… máy bay của Iran ở trong vùng Vịnh Persian …”",
        # "“… cửa hàng của chúng tôi ở Amarillo, Texas …”, Walmart thông báo", vietnews-006815, 011384)
        d.location = self._place(doc, [e for e in in_sentence if not reference[0] <= e.start < reference[1] and e.start < later
                                       and not self._quoted_away(doc, e, d.trigger[0])
                                       and not self._incident_setting_before(doc, e, s0, d.trigger[0])],
                                 s0, later, reference, after=d.trigger[1], case_places=d.type in self.incident_types,
                                 asked=trigger_word in self.requested_after)
        if d.location is None and d.sentence.start > 0 and self._there(doc, s0, d.trigger[0]) \
                and not self._stands_between(doc, s0, d.trigger[0], self.speech_verbs):
            # "… chở đến khu rừng keo tại xã Phú Thọ (huyện Quế Sơn). Tại đây, … đánh đập cháu": the place named before
            # (not for what is told there: "Tại đây, T. khai nhận … đã giết bà Vân")
            before = self._sentence_of(doc, d.sentence.start - 1)
            d.location = self._place(doc, entities.within(before.start_char, before.end_char), before.start_char,
                                     before.end_char, last=True)
        if d.location is None and d.sentence.start > 0:  # "… rời phiên toà ở Insein, Yangon …. Trong phiên toà ngày 3/9, …"
            d.location = self._setting_placed_before(doc, d, entities)
        if d.location is None and d.toll:  # "vụ tai nạn … xảy ra trên tuyến QL5 đoạn qua thôn Cổ Phục, xã Kim Lương"
            d.location = self._place(doc, [e for e in in_sentence if e.start >= d.trigger[1]], d.trigger[1], s1,
                                     cues=self.location_cues | self.incident_location_cues)
        # "chuyến thăm chính thức Trung Quốc": the place right after the trigger is where it happened, and what it fell on
        # (nobody named past it is visited: "thăm Nga trong khuôn khổ Diễn đàn Kinh tế phương Đông", "thăm Việt Nam và
        # Thủ tướng Nguyễn Xuân Phúc thăm Mỹ")
        visited = next((e for e in in_sentence if e.kind == "location" and e.start >= d.trigger[1]
                        and self._between(doc, d.trigger[1], e.start).strip() in self.visited_place_gap | {""}),
                       None) if d.type in self.visited_place_types else None
        if d.location is None and visited is not None:
            d.location = visited.name
        if d.location is None:  # "Quý và Sỹ … đến tỉnh Kon Tum mua ma tuý": where one went to do it
            d.location = self._gone_to(doc, in_sentence, s0, d.trigger[0])

        object_role = spec.get("object_by_trigger", {}).get(trigger_word, spec["object"])
        agent_role = spec.get("agent_by_trigger", {}).get(trigger_word, spec["agent"])  # a crime's doer is its suspect
        object_kind = spec.get("object_kind_by_trigger", {}).get(trigger_word, spec.get("object_kind", "any"))
        object_kinds = {"person": ("person",), "any": ("person", "organization")}[object_kind]
        if object_role == "victim":
            object_kinds = ("person",)  # the police named after "chém" are not its victim
        if trigger_word in self.objectless[d.type]:
            object_kinds = ()  # "người tình đã bỏ trốn": a flight falls on nobody
        d.object_role = object_role
        taken: set = {d.location}

        # the one it falls on, written first: "ông Hải được điều động", "ông Cảnh trúng cử"
        fronted = self._fronted_object(doc, d, in_sentence, c0, object_kinds, trigger_word)
        if fronted is None and "person" in object_kinds:  # "…, nghi phạm đã bị lực lượng chức năng khống chế bắt giữ"
            fronted = self._fronted_description(doc, d, c0, trigger_word, self._described(doc, entities))
        if fronted is not None:
            obj, agent_span = fronted
            fronted_role = spec["suer_role"] if self._sues(doc, spec, obj.end, d.trigger[0]) else object_role
            d.participants.append((fronted_role, obj.name, obj.kind))
            taken.add(obj.name)
            if obj.kind == "person" and obj in in_sentence:  # "A (…), B (…) và C (…) cũng bị kỷ luật": all of the list
                for e in reversed(self._joined_before(doc, obj, in_sentence)):
                    if e.name not in taken:
                        d.participants.append((fronted_role, e.name, e.kind))
                        taken.add(e.name)
            by = [e for e in in_sentence if agent_span[0] <= e.start and e.end <= agent_span[1] and e.kind in wanted]
            if not by and "organization" in wanted:  # a body's name the entity layer did not read
                by = [e for e in [self._body_named(doc, *agent_span)] if e is not None]
            if by:  # "bị cơ quan chức năng kỷ luật"; all of a list ("được Thành đoàn, Trung ương Đoàn khen thưởng")
                doers = [by[-1]]
                for e in reversed(by[:-1]):
                    if e.kind != doers[0].kind or self._co_doer_gap(doc, e, doers[0]) is None:
                        break
                    doers.insert(0, e)
                d.participants += [(agent_role, e.name, e.kind) for e in doers if e.name not in taken]
                d.agent_in_sentence = True

        # agent
        agent = None
        passive_type = object_role in PASSIVE_ROLES
        # the doer written before the trigger: the last entity of the clause that passes the tests (tested from the last);
        # a crime's doer is not read past another verb of the lexicon ("ông X … đã khen thưởng ban chuyên án vì … bắt giữ
        # đối tượng … vụ giết …, cướp tài sản": X awards, he robs nobody)
        crime = trigger_word in spec.get("agent_by_trigger", {})
        incident_named = d.type in self.incident_types and self._happening_named_between(doc, d.trigger[0], d.trigger[0] + 1,
                                                                                          self.incident_nouns)
        # "Bộ Y tế đã có công văn gửi Sở Y tế tỉnh … yêu cầu xác minh": the one sent to, right before the trigger, is asked
        addressees = self._addressees_before(doc, d.trigger[0], c0, in_sentence) if d.type in self.sent_to["asking_types"] else []
        pressed = lambda e: spec.get("no_media_doer") and e.kind == "organization" and self._medium(e.name, d.type)  # noqa: E731
        # "Đại sứ quán Mỹ tại Philippines cho biết trong cuộc gặp, đại sứ Kim đã giải thích …": the source reports what
        # was done at the happening; those named after the comma take part in it, the source does not
        reported_setting = self._reported_setting(doc, d, c0, in_sentence)
        doer_before = None if fronted is not None or reported_setting else next(
            (e for e in reversed(in_sentence) if c0 <= e.start and e.end <= d.trigger[0] and e.kind in wanted
             and e.name != d.location and e not in addressees
             and not self._governed(doc, e, s0) and not self._bracketed(doc, e, in_sentence, s0, d.trigger[0])
             and not pressed(e) and not self._object_of_verb(doc, e, d.trigger[0])
             and not self._object_in_happening_phrase(doc, e)
             and not self._in_subordinate_clause(doc, e, c0, d.trigger[0])
             and not self._in_fronted_aside(doc, e, c0, d.trigger[0])
             and not self._agent_of_earlier_passive(doc, e, s0, d.trigger[0])
             and not self._doer_of_marked_act(doc, e, s0, d.trigger[0])
             and not self._agreement_told(doc, e.end, d.trigger[0])
             and not _edge_phrase(self._between(doc, e.end, d.trigger[0]).split(), self.citing_verbs)  # "Sky News dẫn thông báo"
             and not (trigger_word in self.object_first and self._opener_right_before(doc, e.end, d.trigger[0])
                      and "," in " ".join(self._between(doc, d.trigger[1], s1).split()[: self.windows["opener_comma_words"]]))
             and not self._takes_place_at(doc, e.end, d.trigger[0])
             and not self._doer_marked_after(doc, e.end, d.trigger[0])
             and not self._quoted_away(doc, e, d.trigger[0])
             and not self._not_doer_between(doc, e.end, d.trigger[0], passive_type, agent_role in PASSIVE_ROLES)
             and not (trigger_word in self.requested_after and self._asked_one(doc, e.end, d.trigger[0]))
             and not self._reports_another_doer(doc, e.end, d.trigger[0])
             and not self._subordinate_subject_between(doc, e.end, d.trigger[0])
             and not self._opines_on_happening(doc, e.end, d.trigger[0], self._noun_trigger(d.type, trigger_word))
             and not self._about_happening(doc, e.end, d.trigger[0])
             and not self._assesses_a_matter(doc, e.end, d.trigger[0])
             and not self._description_subject(doc, e.end, d.trigger[0])
             and not (crime and self._other_act_between(doc, e.end, d.trigger[0], spec["agent_by_trigger"] | self.suspect_acts))
             and not (crime and self._kin_of(doc, e))
             and not (incident_named and self._act_told_between(doc, e.end, d.trigger[0]))
             and not (crime and self._object_of_act_told(doc, e, c0, spec["agent_by_trigger"]))
             and not (d.type in self.own_subject_after_report and self._reports_a_clause(doc, e.end, d.trigger[0]))
             and not (d.type in self.own_subject_after_report and self._named_as_source(doc, s0, e.start))), None)
        if doer_before is not None and doer_before.holder is not None and trigger_word in self.object_first:
            doer_before = doer_before.holder  # "Hồ Hoài Bang trở thành chủ tịch Ngân hàng …": the one who holds the title
        if doer_before is not None and trigger_word in self.object_first and agent_role == spec["agent"] \
                and doer_before.kind in object_kinds:
            # "Bộ trưởng … Josefa Gonzalez Blanco Ortiz Mena ngày 25/5 nộp đơn từ chức": the subject of an object-first
            # trigger is the one it falls on, not a doer
            # (… written close before it: "Lopez Obrador đã trò chuyện với … và chấp nhận đơn từ chức của bà" is no
            # resignation of his)
            gap = self._between(doc, doer_before.end, d.trigger[0]).replace(",", " ").split()
            if len(gap) <= self.windows["object_first_words"] or _edge_phrase(gap, self.fronted_openers):
                # ("Hồ Hoài Bang trở thành chủ tịch … từ năm 2013 cho tới khi từ chức": the clause shares his subject)
                d.participants.append((object_role, doer_before.name, doer_before.kind))
                taken.add(doer_before.name)
            fronted, doer_before = (doer_before, (d.trigger[0], d.trigger[0])), None  # as _fronted_object reads it
        elif doer_before is not None:
            agent = doer_before
        elif fronted is None:
            after = [e for e in in_sentence if e.start >= d.trigger[1] and e.kind in wanted]
            # the trigger opens the sentence, or follows only its adverbials ("Trong một diễn biến khác, ngày 24-5, trả lời …")
            lead_in = self._between(doc, s0, d.trigger[0]).rsplit(",", 1)[-1].split()
            nobody_before = not any(e.start < d.trigger[0] and e.kind != "location" for e in in_sentence)
            # … or a subordinator whose clause leaves its subject to the main clause ("Ngay sau khi tuyên thệ nhậm chức,
            # ông Mahathir cam kết …")
            # (past the auxiliaries and adverbs of manner before the verb: "Sau khi xuất sắc giành được ngôi vị …, Ngọc Duyên")
            opening = [w for w in lead_in if w not in self.passive]
            while opening and opening[-1] in self.auxiliaries | self.manner_adverbs:
                opening.pop()
            if opening[-1:] and len(opening) >= 2 and " ".join(opening[-2:]) in self.manner_adverbs:
                opening = opening[:-2]
            # (… or, before a happening named as a noun, ends a fronted phrase: "Trả lời Đài truyền hình quốc gia Trung Quốc
            # sau cuộc điện đàm, ông Tập cho biết": he spoke after the call he took part in)
            opener = " ".join(opening) in self.fronted_openers \
                or opening[-1:] and opening[-1] in self.after_happening_openers and self._nominal(doc, *d.trigger) \
                and "," not in self._between(doc, s0, d.trigger[0])
            # … or the sidelines of a meeting ("Chia sẻ bên lề buổi họp báo, Giám đốc Sở … Trần Ngọc Oanh cho biết")
            sideline = opening[:-1] if opening[-1:] and opening[-1] in self.event_nouns else opening
            opener = opener or bool(_edge_phrase(sideline, self.sideline_words))
            short = len(self._between(doc, s0, d.trigger[0]).split()) <= 2
            fronted_trigger = (len(lead_in) <= 2 or opener) and " ".join(lead_in) not in self.anaphora \
                and not set(lead_in) & self.anaphora and (nobody_before or opener or short)
            fronted_trigger, opener = fronted_trigger or reported_setting, opener or reported_setting
            for e in after if fronted_trigger and (opener or trigger_word not in self.object_first) else ():
                if pressed(e) or self._governed(doc, e, s0) or self._cites(doc, e):
                    continue  # "Khám xét nơi ở của y, cảnh sát phát hiện …, theo Fox News": the report's source
                gap = self._between(doc, d.trigger[1], self._titled_start(doc, e, d.trigger[1]))
                if "," in gap and len(gap.rsplit(",", 1)[-1].split()) <= 3:
                    if not set(lead_in) & self.passive and trigger_word not in self.object_first:
                        agent = e  # "Phát biểu kết luận, đồng chí X", "Trả lời câu hỏi …, đại tá X thừa nhận"
                    elif (passive_type or trigger_word in self.object_first) and e.kind in object_kinds:
                        # "Bị hành hung bất ngờ, thiếu tá Th. bỏ xe …", "Sau khi nhậm chức, ông X …"
                        d.participants.append((object_role, e.name, e.kind))
                        taken.add(e.name)
                    break

        if agent is None and fronted is None and doer_before is None and "person" in wanted:
            agent = self._head_described(doc, c0, d.trigger[0], in_sentence, entities)  # "Người đứng đầu Thành uỷ yêu cầu"
        if agent is None and fronted is None and doer_before is None and spec.get("subject_by_pos"):
            agent = self._subject_by_pos(doc, d, c0, entities, blocked)  # "Lầu Năm Góc ngày 24-5 thông báo", "…, Walmart thông báo"
        if agent is None and fronted is None and doer_before is None and spec.get("group_doers"):
            agent = self._group_doer(doc, d, c0, entities)  # "nhóm chuyên trách đột kích toà nhà và bắt giữ …"
        if agent is None and fronted is None and doer_before is None and spec.get("close_person_doer"):
            agent = self._close_person_doer(doc, d, in_sentence, c0)  # "chủ tịch Kim đã trực tiếp thanh tra …"
        if agent is None and fronted is None and spec["agent_kind"] != "organization":
            lead_words = self._between(doc, c0, d.trigger[0]).split()
            address = self._address_before(doc, c0, d.trigger[0])
            if last_person is not None and address is not None \
                    and not (d.type in self.own_subject_after_report and self._reports_a_clause(doc, c0, d.trigger[0])):
                agent = self._address_referent(doc, address, last_person, entities)  # "Đồng chí đề nghị …"
                # … but a description pointed at ("người đàn ông này đã giết vợ") names the person named last: a doer
                # of its own happening, not one told again
                d.anaphoric = not self._pointed_description(lead_words)
        if agent is None and fronted is None and previous is not None and previous.agent_in_sentence \
                and self._subject_elided(doc, d, previous):
            doer = next((p for p in previous.participants if p[0] in (self.types[previous.type]["agent"], "chair")
                         and p[2] in wanted), None)
            if doer is not None:  # "ngày 19-6 sở sẽ công bố …; ngày 10-7 công bố …": the subject of the clause before
                d.participants.append((agent_role, doer[1], doer[2]))
                d.agent_in_sentence = True
        if agent is not None and agent.kind == "organization" and forces \
                and not _edge_phrase(fold(agent.name).split(), forces, last=False):
            agent = None  # "Lầu Năm Góc … gọi là “chiến dịch” tấn công của Iran": a body, no armed force
        if agent is not None and agent.holder is not None and "person" in wanted:
            agent = agent.holder  # "ông X, Bí thư thứ nhất Trung ương Đoàn đã trao …": X, not the body of the title
        if agent is not None and agent.kind == "person" and spec.get("person_agent_needs_title") and not agent.titled \
                and not self._public_speaker(doc, agent, entities) \
                and self._interview(doc, d.type, trigger_word, d.trigger[1], entities) is None:
            agent = None
        if agent is None and fronted is None and spec.get("organiser_cues"):
            # "tỉnh Nghệ An tổ chức lễ khánh thành …": a province or district holding it stands for its authorities
            cues = {fold(w) for w in spec["organiser_cues"]}
            agent = next((e for e in reversed(in_sentence) if e.kind == "location" and c0 <= e.start and e.end <= d.trigger[0]
                          and " ".join(w for w in self._between(doc, e.end, d.trigger[0]).split() if w not in self.auxiliaries) in cues
                          and self._between(doc, e.start, e.end).split()[0] in self.holding_places), None)
            agent = agent and replace(agent, kind="organization")  # (its authorities)
        led = None  # the body the agent leads ("Đoàn giám sát … do ông X … làm Trưởng đoàn đã làm việc …")
        if agent is not None and agent.kind == "organization" and "person" in wanted \
                and self._between(doc, _reading(doc).back(agent.start, 12), agent.start).split()[-1:] in ([w] for w in self.head_words):
            # "Trưởng Đoàn giám sát đề nghị …": the person who leads the body named so before
            head = next((h for e in reversed(entities.within(0, agent.start)) if e.kind == "organization"
                         and _share({e.name}, {agent.name}) for h in (self._leader(doc, e, entities),) if h), None)
            agent = head or agent
        elif agent is not None and agent.kind == "person":
            led = next((e for e in in_sentence if e.kind == "organization" and e.end <= agent.start
                        and getattr(self._leader(doc, e, entities), "name", None) == agent.name), None)
        if agent is not None and agent.kind == "person" and agent is doer_before and object_role in PASSIVE_ROLES \
                and self._cue_points_back(doc, d.trigger[1], s1, in_sentence):
            # "ông Trần Ngọc Hà … cho rằng, quyết định bãi nhiệm đối với ông là vi phạm": the one it falls on
            d.participants.append((object_role, agent.name, agent.kind))
            taken.add(agent.name)
            agent = None
        if agent is not None:
            d.agent_in_sentence = s0 <= agent.start < s1
            # (the words from the doer to the trigger, or for a doer after a fronted trigger those that open the clause:
            # "Chủ trì hội nghị …, Thủ tướng Nguyễn Xuân Phúc yêu cầu": he chairs it)
            span_text = self._between(doc, min(agent.end, d.trigger[0]) if agent.start < d.trigger[0] else c0, d.trigger[1])
            chairing = any(cue in span_text for cue in spec.get("chair_cues", ())) or led is not None and "chair_cues" in spec
            organising = any(cue in span_text for cue in spec.get("organiser_cues", ()))
            role = "chair" if chairing else "agent" if organising else agent_role
            d.participants.append((role, agent.name, agent.kind))
            if led is not None and role == "chair":  # … and the body takes part
                d.participants.append((agent_role, led.name, led.kind))
            elif agent.kind == "organization" and (head := self._leader(doc, agent, entities)) is not None:
                d.participants.append(("participant", head.name, head.kind))  # "Đoàn kiểm tra … do ông X làm trưởng đoàn"
            if crime and agent is doer_before:  # "Quý và Sỹ … đến tỉnh Kon Tum mua ma tuý": both did it
                d.participants += [(role, e.name, e.kind) for e in self._joined_before(doc, agent, in_sentence)
                                   if e.name not in {n for _, n, _ in d.participants}]
                # "Nhóm đối tượng trên do Lê Mạnh Thắng cầm đầu … đã ra tay chém …": the group named before, he among them
                group = self._listed_before(doc, c0, entities) if self._group_pointed(self._between(doc, c0, agent.start)) else []
                d.participants += [(role, name, "person") for name in group if agent.name in group
                                   and name not in {n for _, n, _ in d.participants}]
            elif agent is doer_before:  # "Công an huyện Châu Đức phối hợp cùng Công an tỉnh … khám nghiệm hiện trường"
                d.participants += [(role, e.name, e.kind) for e in self._co_doers(doc, agent, in_sentence, c0, s0, d.trigger[0])
                                   if e.name not in {n for _, n, _ in d.participants}]
        elif fronted is None and "organization" in wanted and (grouped := self._bodies_grouped(doc, d, c0, entities)):
            d.participants += [(agent_role, name, "organization") for name in grouped]  # "dù các bên đã đưa ra yêu cầu"
        elif fronted is None and spec["agent_kind"] in ("organization", "any"):
            bodies = entities.of("organization", trigger_word)
            i = bisect.bisect_left(bodies.starts, d.trigger[0])
            named = bodies[i - 1] if i else None
            if named is not None:
                d.participants.append((agent_role, named.name, "organization"))
        chair = self._chair_before(doc, d, in_sentence, c0, s0)
        if chair is not None and chair.name not in {n for _, n, _ in d.participants}:
            d.participants.append(("chair", chair.name, chair.kind))

        # a doer told by a description the article gives a name elsewhere ("Đối tượng đâm …" of "đối tượng Phú")
        described = self._described(doc, entities)
        if agent is None and fronted is None and "person" in wanted and not any(r == agent_role for r, _, _ in d.participants):
            lead = self._between(doc, c0, d.trigger[0]).rsplit(",", 1)[-1].split()
            while lead and lead[-1] in self.auxiliaries:
                lead.pop()
            if lead and lead[-1] in self.demonstratives:
                lead.pop()
            n = _edge_phrase(lead, described)
            key = " ".join(lead[-n:]) if n else None
            if key is not None and len(lead) <= len(key.split()) + 1:
                d.participants.append((agent_role, described[key], "person"))
                d.agent_in_sentence = True
            elif len(lead) >= 2 and lead[0] in self.plural_determiners and not set(lead) & self.passive \
                    and _edge_phrase(lead[1:], self.group_people, last=False):
                # "Trước đêm diễn, các nghệ sĩ đã có buổi đến thăm …": the people the article listed last before
                for name in self._listed_before(doc, d.trigger[0], entities):
                    d.participants.append((agent_role, name, "person"))

        # objects
        taken |= {name for _, name, _ in d.participants}
        after = [e for e in in_sentence if e.start >= d.trigger[1] and e.kind in ("person", "organization")
                 and (visited is None or e.start < visited.start)]
        # "hội kiến với Chủ tịch Uỷ ban châu Âu Jean - Claude Juncker": the one it falls on is the person named after it, the
        # body of his title only says who he is (read past with the title); what a happening is about ("đối với X") is
        # still measured from every name, as its window counts
        holders = {e.name for e in after if e.kind == "person"}
        objects_after = [e for e in after if e.holder is None or e.holder.name not in holders]
        places_after = [e for e in in_sentence if e.kind == "location" and e.start >= d.trigger[1]]
        usable = lambda found: [e for e in found if e.name not in taken and e.kind in object_kinds]  # noqa: E731
        direct_ok = trigger_word in self.direct_object_triggers[d.type]
        # the one addressed right after a directive before those its cues bring in ("yêu cầu Tổng Công ty Cấp nước … và
        # Cảnh sát PCCC TP phối hợp với Sở Tài chính, …", events-heldout9 002165: the two asked, not the departments they are
        # to work with); for a type whose sides are both (sides_direct_and_cued), the cued ones first, the direct added below
        direct_first = direct_ok and not spec.get("sides_direct_and_cued")
        # "Bộ Tư pháp kiến nghị Thủ tướng Chính phủ chỉ đạo Bộ KH & ĐT …": the one asked is the unnamed Prime Minister; no
        # object is read (neither the body of the title nor those the request names: "đề nghị Thủ tướng Chính phủ giao cho
        # UBND TP Hải Phòng …", vietnews-018288)
        unnamed_addressee = direct_ok and bool(objects_after) and objects_after[0].kind == "organization" \
            and self._body_of_bare_title(doc, d.trigger[1], objects_after[0])
        cue_objects: list[_Entity] = []
        for find in () if unnamed_addressee else (
            lambda: self._cued(doc, objects_after, d.trigger[1], s1, direct=True, places=places_after) if direct_first else [],
            lambda: self._cued(doc, objects_after, d.trigger[1], s1,
                               self.sent_to["verbs"] if d.type in self.sent_to["sent_types"] else ()),  # "có công văn gửi X"
            lambda: self._cued(doc, objects_after, d.trigger[1], s1, self.owner_cues[d.type], owner=True)  # "kỳ họp … của X"
            if object_role in spec.get("owner_cue_roles", (object_role,)) else [],
            lambda: self._next_object(doc, objects_after, d.trigger[1], self._nominal(doc, *d.trigger))
            if fronted is None and passive_type else [],  # "khởi tố bị can Võ Văn Trụ"
            lambda: self._cued(doc, objects_after, d.trigger[1], s1, direct=True, places=places_after) if direct_ok and not direct_first else [],
            lambda: self._listed_next(doc, d.sentence, entities) if fronted is None and passive_type else [],  # "Đó là, X; Y"
            lambda: self._group_named_next(doc, d.sentence, entities, object_role)  # "Nạn nhân là X"
            if fronted is None and not _in_headline(doc, d) and self._purpose_after(doc, s0, d.trigger[0]) == d.trigger[0] else [],
        ):
            cue_objects = usable(find())
            if cue_objects:
                break
        if direct_ok and spec.get("sides_direct_and_cued"):  # "triệu tập đại sứ Mỹ Sung Kim tới gặp Salvador Medialdea": both
            direct = usable(self._cued(doc, objects_after, d.trigger[1], s1, direct=True, places=places_after))
            cue_objects = direct + [e for e in cue_objects if e.name not in {o.name for o in direct}]
        if object_role == "participant" and spec.get("subject_by_cue"):  # "chỉ đạo kiểm điểm … đối với Ban thường vụ Đảng uỷ": what it is about
            about = [e for e in self._cued(doc, after, d.trigger[1], s1, self.subject_cues, owner=True,
                                               within=self.windows["subject_cue_words"])
                     if e.name not in taken][:1]
            for e in about:
                d.participants.append(("subject", e.name, e.kind))
                taken.add(e.name)
            cue_objects = [e for e in cue_objects if e.name not in taken]
        for e in cue_objects:
            # "tuyên huỷ quyết định thu hồi bằng tiến sĩ với ông Hoàng Xuân Quế": the one the decision annulled was about
            role = "subject" if passive_type and self._document_first(doc, d.trigger[1], e.start) \
                or trigger_word in self.subject_object_triggers[d.type] else object_role
            d.participants.append((role, e.name, e.kind))
            taken.add(e.name)
        if not cue_objects:
            cue_objects = usable(addressees)
            for e in cue_objects:
                d.participants.append((object_role, e.name, e.kind))
                taken.add(e.name)
        pointed = None
        if not cue_objects and fronted is None and "person" in object_kinds:
            # "triệu tập đối tượng này", "… đối với ông này": the person last named so
            pointed = self._pointed_back(doc, d.trigger[0], d.trigger[1], s1, entities)
            if pointed is not None and pointed not in taken:
                d.participants.append((object_role, pointed, "person"))
                taken.add(pointed)
        if pointed is None and not cue_objects and fronted is None and passive_type and "person" in object_kinds:
            # "sàm sỡ một nữ sinh lớp 9" of "nữ sinh Hà": the one it falls on, told by a description the article names
            words = self._between(doc, d.trigger[1], s1).replace(",", " , ").split()[: self.windows["description_words_after"]]
            words = self._undetermined(words)
            if words and (words[0] in self.plural_determiners or words[0].isdigit()):
                words = []  # "bắt giam 2 đối tượng": several people, not the one the description names
            n = _edge_phrase(words, described, last=False)
            name = described[" ".join(words[:n])] if n else self._addressed_after(doc, d.trigger[1], s1, entities)
            if name is None:  # "siết cổ mẹ mình" of "mẹ ruột của Tuấn, bà Vũ Thị C.": the relative the article names
                name = self._relative_named(doc, entities).get(self._own_relative(words))
            if name is not None and name not in taken:
                d.participants.append((object_role, name, "person"))
                taken.add(name)
            elif name is None and object_role == "suspect" \
                    and _edge_phrase([w.rstrip(".;:!?") for w in words], self.suspect_descriptions, last=False):
                d.unnamed_suspect = True  # "truy bắt nghi phạm.": the case's suspect, no name after it (_case_suspect)
        if fronted is None and passive_type and "person" in object_kinds and not any(r == object_role for r, _, _ in d.participants):
            # "Sau khi rời nhà hàng, hai phóng viên bị bắt …": the people the article listed last, as many as counted
            for name in self._group_undergoes(doc, d, c0, entities):
                if name not in taken:
                    d.participants.append((object_role, name, "person"))
                    taken.add(name)
        if fronted is None and "suspect" in (object_role, agent_role) and not any(r == "suspect" for r, _, _ in d.participants) \
                and self._suspect_described(doc, d, c0, passive=object_role == "suspect"):
            d.unnamed_suspect = True  # "người tình đã bỏ trốn nhưng bị bắt lại": the case's suspect (_case_suspect)

        # "chuyến thăm của ông Tập Cận Bình": the owner of a named happening is its doer, whoever is named before it (an
        # incident's too: "vụ tai nạn của hãng Lion Air")
        if spec.get("owner_role") and (self._nominal(doc, *d.trigger) or incident_named or trigger_word in self.noun_triggers[d.type]):
            owner = self._cued(doc, [e for e in in_sentence if e.start >= d.trigger[1] and e.kind in wanted],
                               d.trigger[1], s1, self.owner_cues[d.type], owner=True)[:1] \
                or self._owner_far(doc, d, [e for e in in_sentence if e.start >= d.trigger[1] and e.kind in wanted])
            for e in owner:
                d.participants = [p for p in d.participants if p[1] != e.name and p[0] != spec["owner_role"]]
                d.participants.append((spec["owner_role"], e.name, e.kind))
                taken.add(e.name)
                d.agent_in_sentence = True
                d.owned = incident_named

        # "cuộc họp của Bộ GTVT", "Hội nghị ngoại trưởng ASEAN": the body a meeting is named after holds it (held_by)
        held = self.held_by.get(d.type)
        if held and trigger_word not in held["sessions"] and self._nominal(doc, *d.trigger) \
                and not any(r in ("agent", "chair") for r, _, _ in d.participants):
            bodies = [e for e in in_sentence if e.start >= d.trigger[1] and e.kind == "organization"]
            # (all of a list: "cuộc họp khẩn của Liên đoàn Arab (AL) và Tổ chức Hợp tác Hồi giáo (OIC)", vietnews-006532; not
            # the sides a dash pairs: "hai cuộc họp ASEAN - Mỹ và ASEAN - Ấn Độ", 010989)
            holder = self._cued(doc, bodies, d.trigger[1], s1, held["cues"], owner=True) or [
                e for e in bodies[:1] if " ".join(self._between(doc, d.trigger[1], e.start).split()) in held["name_words"] | {""}
                and not _reading(doc)[e.end : e.end + 3].lstrip().startswith(DASHES)]
            for e in holder:
                d.participants = [p for p in d.participants if p[1] != e.name] + [(held["role"], e.name, e.kind)]
                taken.add(e.name)

        # "hội thảo … do Bộ Khoa học và công nghệ phối hợp với Hiệp hội … tổ chức": its organisers, after the doer marker
        if d.type in self.organised["types"] and not any(r in ("agent", "chair") for r, _, _ in d.participants):
            for role, e in self._organisers_after(doc, d.trigger[1], c1, in_sentence):
                if e.name not in taken:
                    d.participants.append((role, e.name, e.kind))
                    taken.add(e.name)
                    d.agent_in_sentence = True

        # "… chém vào cổ, khiến anh H. tử vong tại chỗ": the one the outcome befalls
        if object_role == "victim" and not any(r == "victim" for r, _, _ in d.participants):
            struck = self._struck_after(doc, d.trigger[1], c1, [e for e in in_sentence if e.kind == "person"])
            if struck is not None and struck.name not in taken:
                d.participants.append(("victim", struck.name, "person"))
                taken.add(struck.name)

        # "máy bay Boeing 737 Max 8 của Hãng hàng không Ethiopian Airlines đã gặp tai nạn": the make of the vehicle, no
        # participant; the operator named after it is
        makes = [p for p in d.participants if fold(p[1]) in self.vehicle_makers[d.type]
                 or self._names_a_vehicle(doc, [e for e in in_sentence if e.name == p[1]])]
        d.participants = [p for p in d.participants if p not in makes]
        operator = self._operator_of_make(doc, d.type, [e for e in in_sentence if e.start < d.trigger[0]], {p[1] for p in makes})
        if operator is not None and operator.name not in taken:
            d.participants.append((spec.get("owner_role") or agent_role, operator.name, operator.kind))
            taken.add(operator.name)

        # documents
        for ref in doc._.documents or ():
            if ref.symbol and any(s0 <= m.start < s1 for m in ref.mentions) and ref.symbol not in d.documents:
                d.documents.append(ref.symbol)

    def _address_before(self, doc: Doc, c0: int, at: int) -> str | None:
        """The first form of address between ``c0`` and the trigger at ``at`` ("Đồng chí đề nghị …"), which refers to a
        person named before; none when a description is the trigger's subject ("Theo trình báo của ông Hoàng Văn Khanh …,
        kẻ gian đã đột nhập vào tiệm vàng của ông", vietnews-004239, tester s21; "chị Thành phát hiện tên trộm đột nhập":
        the thief, unnamed, not the one the address names)."""
        if self._description_subject(doc, c0, at):
            return None
        lead_words = self._between(doc, c0, at).split()
        return next((w for i in range(len(lead_words)) for w in (" ".join(lead_words[i:i + 2]), lead_words[i])
                     if w in self.anaphora), None)

    def _titled_start(self, doc: Doc, e: _Entity, lo: int) -> int:
        """Where the person ``e`` is first written with the title the entity layer read right before the name, after
        ``lo`` ("Trong cuộc họp báo ngày 11/4, Thư ký báo chí Nhà Trắng Sarah Huckabee Sanders khẳng định", vietnews-007490,
        tester s21: the subject opening the main clause is the title and the name, however long the title); else its start."""
        if e.kind != "person":
            return e.start
        return next((a for a, b in _titles_from(doc, lo, e.start) if not self._between(doc, b, e.start).strip()), e.start)

    def _owner_far(self, doc: Doc, d: _Draft, after: list[_Entity]) -> list[_Entity]:
        """The owner of a named happening written past the words that say which one it is, for a type with owner_reach
        ("chuyến thăm Triều Tiên lần thứ hai trong 5 tháng qua của ông Tống", vietnews-009995): the first entity of
        ``after`` an owner cue governs within its words, none of its not_between words before it; else []."""
        reach = self.types[d.type].get("owner_reach")
        if not reach:
            return []
        found = self._cued(doc, after, d.trigger[1], d.sentence.end_char, self.owner_cues[d.type], owner=True,
                           within=reach["words"])[:1]
        stops = {fold(w) for w in reach["not_between"]}
        return [e for e in found if not set(self._between(doc, d.trigger[1], e.start).replace(",", " , ").split()) & stops]

    def _names_a_vehicle(self, doc: Doc, mentions: list[_Entity]) -> bool:
        """Whether a maker of vehicles (the vehicle_makers of any type) is written in its sentence only as the make of a
        vehicle, after a vehicle noun (vehicle_nouns: "dòng máy bay Boeing 737 Max 8", "chiếc Boeing 737 MAX 8"): the
        vehicle named, not the firm ("đình chỉ khai thác dòng máy bay Boeing 737 Max 8", vietnews-013609: Boeing is no
        suspect)."""
        if not mentions or fold(mentions[0].name) not in self.all_vehicle_makers:
            return False
        reading = _reading(doc)
        return all(_edge_phrase(self._between(doc, reading.back(e.start, 20), e.start).split(), self.vehicle_nouns)
                   for e in mentions)

    def _operator_of_make(self, doc: Doc, type_: str, before: list[_Entity], makes: set[str]) -> _Entity | None:
        """The body a vehicle of one of ``makes`` belongs to, named after the make by an owner cue ("của", owner_cues of
        ``type_``) with only the model between, among the entities ``before`` the trigger ("chiếc máy bay Boeing 737 Max
        8 của Hãng hàng không Ethiopian Airlines đã gặp tai nạn", vietnews-013609): the airline's crash."""
        for i, e in enumerate(before[:-1]):
            if e.name not in makes:
                continue
            nxt = before[i + 1]
            words = self._between(doc, e.end, nxt.start).split()
            if nxt.kind == "organization" and words and words[-1] in self.owner_cues[type_] \
                    and len(words) <= self.windows["model_words"] + 1:
                return nxt
        return None

    def _address_referent(self, doc: Doc, address: str, last: _Entity, entities: _Entities) -> _Entity:
        """The person a form of address (folded) refers to: the one named last, unless that one is named in a sentence
        whose subject is the same form, bare, before the name ("…, cô cũng gây tiếng vang … trước ống kính của Peter
        Lindbergh - nhiếp ảnh gia … . " … ", cô trả lời CNN", vietnews-017256): the form goes on referring to whom it
        referred to there, the person named last before it."""
        reading = _reading(doc)
        stop = max((hit[1] for mark in (". ", "! ", "? ", "\n") if (hit := reading.find(mark, 0, last.start, last=True))),
                   default=0)
        lead = reading[stop : last.start]
        bare = [m.start() for m in re.finditer(rf"(?<!\w)({re.escape(address)}) (\w)", lead, re.IGNORECASE)
                if fold(m.group(1)) == address and not m.group(2).isupper()]  # not "cô Zhang", nor the name's own address
        if not bare:
            return last
        at = reading.source(reading.at(stop) + bare[0])
        people = entities.of("person")
        before = people[: bisect.bisect_left(people.starts, at)]
        return next((e for e in reversed(before) if e.end <= at), last)

    def _leader(self, doc: Doc, body: _Entity, entities: _Entities) -> _Entity | None:
        """The person its sentence names as leading ``body``: "Đoàn giám sát của HĐND tỉnh do ông Lê Văn A, Phó Chủ tịch
        HĐND tỉnh, làm Trưởng đoàn" (led_by_before, an address, the person, an apposition, led_by_after)."""
        sentence = self._sentence_of(doc, doc.char_span(body.start, body.end, alignment_mode="expand").start)
        for p in entities.within(body.end, sentence.end_char):
            if p.kind != "person":
                continue
            before = self._between(doc, body.end, p.start).split()
            if len(before) > self.body_name_words:
                return None
            while before and before[-1] in self.addresses:
                before.pop()
            rest = self._between(doc, p.end, sentence.end_char)
            if rest.startswith(","):  # past the apposition ", Phó Chủ tịch HĐND tỉnh,"
                rest = rest.split(",", 2)[-1].strip()
            if before[-1:] and before[-1] in self.led_by_before and any(f" {rest} ".startswith(f" {w} ") for w in self.led_by_after):
                return p
        return None

    def _head_described(self, doc: Doc, c0: int, at: int, in_sentence: list[_Entity], entities: _Entities) -> _Entity | None:
        """The person a subject of the clause before the trigger at ``at`` describes as the head of a body (head_descriptions,
        only auxiliaries between the body and the trigger: "Người đứng đầu Thành uỷ thành phố yêu cầu …", vietnews-019360):
        the holder of the title of that body named last before ("Bí thư Thành uỷ Đinh La Thăng"), the body's name and the
        title's one the same or one the other's first words; None if there is none."""
        body = next((e for e in reversed(in_sentence) if e.kind == "organization" and c0 <= e.start and e.end <= at), None)
        if body is None or any(w not in self.auxiliaries for w in self._between(doc, body.end, at).split()) \
                or not _edge_phrase(self._between(doc, c0, body.start).split(), self.head_descriptions):
            return None
        name = fold(body.name)
        titled = (e for e in reversed(entities.within(0, body.start)) if e.kind == "organization" and e.holder is not None)
        holder = next((e.holder for e in titled if f"{name} ".startswith(f"{fold(e.name)} ")
                       or f"{fold(e.name)} ".startswith(f"{name} ")), None)
        if holder is None and name in self.head_titles:
            # a body whose head's title names no body ("Thủ tướng Nguyễn Xuân Phúc …. Người đứng đầu Chính phủ đề nghị …",
            # events-heldout7 003483): the person named last before with that title
            heads = self.head_titles[name]
            holders = {p.name for p in doc._.people or () if any(fold(t.text).split()[: len(h)] == h for t in p.titles for h in heads)}
            holder = next((e for e in reversed(entities.within(0, body.start)) if e.kind == "person" and e.name in holders), None)
        return holder

    def _next_object(self, doc: Doc, after: list[_Entity], b: int, nominal: bool = False) -> list[_Entity]:
        """The entity right after the trigger, a few words on and in the same phrase ("bắt tạm giam đối tượng Vũ Anh
        Tuấn"; not "bắt một người đàn ông …, với cáo buộc có ý định sát hại Tổng thống Barack Obama", nor one past a semicolon:
        "… thì bị Nh. tát vào mặt, đạp vào bụng; nhân viên KSAN Trịnh Ngọc Hoàn … thì bị D. … đấm vào mặt", vietnews-003022);
        not, for a trigger named as a happening (``nominal``: "chuyến thăm"), one past the verb it is the subject of
        (``_predicate_between``)."""
        if not after:
            return []
        gap = self._between(doc, b, after[0].start)
        words = gap.split()
        if self._driver(doc, words, after[0]):
            return after[:1]  # "bắt giữ một ghe tải gỗ … do ông Nguyễn Anh Kiệt (42 tuổi, …) điều khiển": its driver
        opens = "," in gap or ";" in gap or any(w in self.object_gap_openers for w in words)
        prize = bool(_edge_phrase(words, self.prize_nouns, most=_longest(self.prize_nouns)))  # "trao giải thưởng Hồ Hảo Hớn"
        # "bắt giữ 8 đối tượng liên quan vụ sát hại nữ sinh viên Cao Mỹ Duyên": the one that other happening fell on
        incident = self._happening_named_between(doc, b, after[0].start, self.incident_nouns)
        predicate = nominal and self._predicate_between(doc, b, after[0].start)
        if len(words) > self.object_gap_words or opens or prize or incident or predicate \
                or self._pronoun_clause(words) or self._object_of_act_between(doc, b, after[0]):
            return []
        if words and words[-1] in self.possessives \
                and not any(_edge_phrase(words[i:], self.owned_places, last=False) for i in range(len(words))):
            # "được trao giải thưởng của Quỹ môi trường Goldman": the prize's giver, not its recipient (but "khám xét
            # nhà của Vũ": the one whose home is searched)
            return []
        # … and those listed after it ("bắt giữ Nguyễn Văn An và Trần Văn Bình", "bổ nhiệm bà X, ông Y và ông Z"; with "và"
        # past an apposition of theirs: "tạm giam 2 đối tượng Đặng Sỹ Quý, SN 1992, trú tại …, tỉnh Đắk Lắk và Võ Văn Sỹ,
        # SN 1999 …"), of its kind, no other trigger between (save in a bracket that says who the last one is); an item
        # after a bare comma counts once a closing word ends the list ("…, Thượng tá X, Trưởng Công an huyện, cho biết"
        # is no list)
        # (after a list opener the items may be set apart by semicolons and each say who it is: "khởi tố thêm các bị can
        # khác gồm: Nguyễn Bảo Long; Hồ Tuấn và Nguyễn Mạnh Hùng, đều là Phó Tổng giám đốc MobiFone; Phan Thị Hoa Mai, …",
        # "xét xử 9 bị cáo … gồm Dương Minh Tâm - nguyên phó chánh TTGT, Đoàn Vũ Duy - nguyên đội trưởng …, …")
        found, pending, opened = after[:1], [], self._list_opened(doc, after[0])
        for e in after[1:]:
            last = (pending or found)[-1]
            if self._in_bracket_after(doc, last.end, e.start):
                continue  # a name in the bracket that says who the last one is ("Vũ Ngọc Linh (tức Linh tô, …)")
            gap = self._between(doc, last.end, e.start)
            words = self._list_gap(gap)
            apposition = words[:1] == [","] and words[-1:] == ["và"] \
                and len(gap.replace(",", " ").split()) <= self.windows["listed_apposition_words"]
            if e.kind != found[0].kind or self._trigger_between(doc, self._past_bracket(doc, last.end, e.start), e.start):
                break
            item = self._list_gap(gap.replace(";", " ; "))
            if opened and item[-1:] in ([","], [";"], ["và"]) and len(item) <= self.windows["listed_apposition_words"]:
                found += pending + [e]
                pending = []
            elif words == [","]:
                pending.append(e)
            elif " ".join(words) in self.list_closers or apposition or self._joined_past_bracket(gap):
                found += pending + [e]
                pending = []
            else:
                break
        return found

    def _pronoun_clause(self, words: list[str]) -> bool:
        """Whether the folded words between a trigger and a name hold a subject pronoun with a verb after it: a clause of
        its own, whose object the name is ("khi vừa xong 4 vụ tai nạn người ta được nghe bộ trưởng Giao thông vận tải
        tuyên bố", vietnews-012938: the minister is no victim); not a list ("gặp tôi và ông X")."""
        return any(w in self.subject_pronouns and words[i + 1] not in self.pronoun_list_joins
                   for i, w in enumerate(words[:-1]))

    def _object_of_act_between(self, doc: Doc, b: int, e: _Entity) -> bool:
        """Whether another trigger of the lexicon ends between the trigger (ending at ``b``) and the entity with at most
        the entity's title between them, the phrase after the trigger opening with a doer's head (plotter_heads): the entity
        is that act's object, in the description of the one the trigger falls on ("FBI bắt kẻ âm mưu sát hại Tổng thống
        Obama", vietnews-009839: the plotter is arrested, not Obama)."""
        ends = doc.user_data[("vnx_events", "trigger_ends")]
        inner = [c for c in ends[bisect.bisect_right(ends, b) : bisect.bisect_right(ends, e.start)]]
        if not inner:
            return False
        words = self._between(doc, b, inner[-1]).split()
        while words and words[0] in self.plural_determiners | self.determiners:
            words = words[1:]
        if not words or words[0] not in self.plotter_heads or "," in " ".join(words):
            return False  # (not a list of acts: "xét xử sơ thẩm … và tuyên phạt Tuyết 12 năm tù", vietnews-000008)
        rest = inner[-1]
        for t0, t1 in _titles_from(doc, rest, e.start):
            if not self._between(doc, rest, t0).strip():
                rest = t1
        return not self._between(doc, rest, e.start).strip()

    def _driver(self, doc: Doc, words: list[str], e: _Entity) -> bool:
        """Whether the folded words between a trigger and the person ``e`` open with a vehicle (within
        windows.driven_vehicle_words) and end with a doer marker and a form of address, and a verb of driving follows the
        person, past the bracket that says who he is ("bắt giữ một ghe tải gỗ không biển số do ông Nguyễn Anh Kiệt (42
        tuổi, …) điều khiển"): the vehicle's driver is the one the act falls on."""
        words = list(words)
        while words and words[-1] in self.addresses:
            words.pop()
        if e.kind != "person" or not words or words[-1] not in self.doer_markers or "," in " ".join(words) \
                or not any(_edge_phrase(words[i:], self.driven_vehicles, last=False)
                           for i in range(min(len(words), self.windows["driven_vehicle_words"]))):
            return False
        length = len(norm_text(doc).source)
        a = self._past_bracket(doc, e.end, length)
        rest = re.findall(r"\w+", self._between(doc, a, min(length, a + 40)))
        return bool(_edge_phrase(rest, self.driving_verbs, last=False))

    def _list_gap(self, gap: str) -> list[str]:
        """The folded words between two items of a list, commas apart, without the form of address, the description or
        the honorific that opens the second item (", ông" of "bà X, ông Y", "và đối tượng" of "… và đối tượng Y", "và
        hoàng hậu" of "Nhật hoàng Akihito và hoàng hậu Michiko")."""
        words = gap.replace(",", " , ").split()
        if words and words[-1] in self.addresses:
            words.pop()
        n = _edge_phrase(words, self.descriptions | self.honorifics)
        return words[: len(words) - n] if n and len(words) > n else words

    def _past_bracket(self, doc: Doc, a: int, b: int) -> int:
        """The offset after a bracket opened right after ``a`` and closed before ``b`` (what it says is about the one
        ending at ``a``: "Trương Hữu Lộc (57 tuổi, … - bị khởi tố về hành vi gây rối an ninh) và …"), else ``a``."""
        bracket = re.match(r"\s*\([^()]*\)", norm_text(doc).source[a:b])
        return a + bracket.end() if bracket else a

    def _in_bracket_after(self, doc: Doc, a: int, b: int) -> bool:
        """Whether ``b`` stands inside a bracket opened right after ``a`` and not closed before ``b`` ("Lê Mạnh Thắng (còn
        gọi là Thắng đen, …"): what the bracket holds describes the one ending at ``a``."""
        gap = _reading(doc)[a:b]
        return gap.lstrip().startswith("(") and ")" not in gap

    def _past_age(self, doc: Doc, a: int, b: int) -> int:
        """The offset after an age written right after ``a`` between commas and before ``b`` (", 32 tuổi" of "Wa Lone, 32
        tuổi và Kyaw Soe Oo": age_apposition_words after a number), else ``a``: it says who the one ending at ``a`` is."""
        age = re.match(r"\s*,\s*\d+\s+(\w+)", _reading(doc)[a:b])
        return a + age.end() if age and fold(age.group(1)) in self.age_words else a

    def _joined_past_bracket(self, gap: str) -> bool:
        """Whether the folded words between two names join them in a list past a bracket after the first ("Lê Mạnh Thắng
        (32 tuổi), Vũ Ngọc Linh (32 tuổi) và Trần Ngọc Dũng", "Randall Kyne (SN 1980) và Francis Wchea"): the bracket
        says who the first is, the list goes on."""
        rest = re.sub(r"^\s*\([^()]*\)", "", gap)
        return rest != gap and rest.strip() in self.joiners

    def _body_named(self, doc: Doc, a: int, b: int) -> _Entity | None:
        """The words between a and b as a body's name the entity layer did not read: a head of body_heads, capitalised or
        with a capitalised word last, and at most a few words more, with no punctuation ("bị Tổng cục môi trường xử phạt",
        "người đang bị cơ quan quản lý xuất nhập cảnh Singapore (ICA) bắt giữ")."""
        reading, base = _reading(doc), _reading(doc).at(a)
        # the words of the matching form, where they stand, without a short form in brackets: "… Singapore (ICA)"
        found = [(m, m.group()) for m in re.finditer(r"\S+", re.sub(r"\s*\([^()]*\)\s*$", "", reading[a:b]))]
        marks = [i for i, (_, w) in enumerate(found) if fold(w) in self.passive]
        found = found[marks[-1] + 1 :] if marks else found  # after the marker: "…, người đang bị cơ quan …"
        words = [w for _, w in found]
        if not 2 <= len(words) <= self.body_name_words or not (words[0][:1].isupper() or words[-1][:1].isupper()) \
                or not _edge_phrase([fold(w) for w in words[:2]], self.body_heads, last=False, most=2) \
                or any(not w.replace(".", "").replace("-", "").isalnum() for w in words):
            return None
        start, end = reading.norm.to_source(base + found[0][0].start(), base + found[-1][0].end())
        return _Entity(start, end, _as_written(reading, start, end), "organization")

    def _subject_phrase(self, doc: Doc, start: int, a: int) -> str:
        """The words before a verb at ``a`` that may be its subject: after the last comma, bracket or quotation mark
        from ``start``, without the auxiliaries and the time written between subject and verb ("Lầu Năm Góc ngày 24-5
        đã thông báo")."""
        reading = _reading(doc)
        text = reading.text  # (in the matching form's offsets)
        times = doc._.times or ()
        if ("vnx_events", "times_by_start") not in doc.user_data:  # the times from ``start`` by bisection, not a scan of all
            order = sorted(range(len(times)), key=lambda i: times[i].start)
            doc.user_data[("vnx_events", "times_by_start")] = order, [times[i].start for i in order]
        order, time_starts = doc.user_data[("vnx_events", "times_by_start")]
        spans = {reading.at(times[i].end): reading.at(times[i].start) for i in sorted(
            i for i in order[bisect.bisect_left(time_starts, start) : bisect.bisect_right(time_starts, a)] if times[i].end <= a)}
        start, end = reading.at(start), reading.at(a)
        while True:
            end = len(text[:end].rstrip())
            if end in spans:
                end = spans[end]
                continue
            words = text[start:end].split()
            n = _edge_phrase([fold(w) for w in words[-3:]], self.auxiliaries)
            if not n:
                break
            end = text.rfind(words[-n], start, end)
        head = " ".join(text[start:end].split())
        return re.split(r"[,;:(\u201c\u201d\"\u2018\u2019'\-\u2013]\s|^\s*[\"\u201c\u201d']", head)[-1].strip(" \"'\u201c\u201d")

    def _close_person_doer(self, doc: Doc, d: _Draft, in_sentence: list[_Entity], c0: int) -> _Entity | None:
        """For a type whose doers are bodies (close_person_doer), a person with a title who is the subject right before
        the trigger: past the title said of him, only a companion phrase ("cùng …"), auxiliaries and close_doer_words
        between ("chủ tịch Kim đã trực tiếp thanh tra hai nhà máy dệt", vietnews-004498; "Ông Lê Trí Thanh - Phó chủ tịch
        tỉnh Quảng Nam cùng cơ quan chức năng đi kiểm tra hiện trường", 021692): a leader inspecting in person; not one
        who speaks of it ("ông Toản cũng cho biết … 60 ngày kiểm tra sau thông quan")."""
        allowed = self.close_doer_words | {w for w in self.auxiliaries | self.manner_adverbs if " " not in w}
        for e in reversed(in_sentence):
            if e.kind != "person" or e.start < c0 or e.end > d.trigger[0]:
                continue
            start = e.end
            for t0, t1 in _titles_from(doc, e.end, d.trigger[0])[:1]:  # "Lê Trí Thanh - Phó chủ tịch tỉnh Quảng Nam"
                if not self._between(doc, e.end, t0).replace("-", " ").replace(",", " ").strip():
                    start = t1
            words = self._between(doc, start, d.trigger[0]).split()
            while words and (n := _edge_phrase(words, allowed, most=_longest(allowed))):
                words = words[:-n]
            if e.titled and (not words or _edge_phrase(words, self.companion_openers, last=False)) \
                    and "," not in " ".join(words) and not set(words) & self.passive:
                # (not "ông Lê Thuận Bé - phó giám đốc cùng bị kỷ luật …, thiếu kiểm tra", vietnews-002973)
                return e  # (an earlier one, when the later is among those with him: "ông Kim cùng vợ là bà Ri Sol Ju")
        return None

    def _group_doer(self, doc: Doc, d: _Draft, c0: int, entities: _Entities) -> _Entity | None:
        """A doer written as a group in lower case ("Hôm 22/2, nhóm chuyên trách đột kích toà nhà và bắt giữ 13 người",
        "lực lượng chức năng", "cơ quan công an"): an authority named before it in the article (an organisation
        whose name opens with one of authority_heads: "Cục Di trú Đài Loan", not the outlet "Taiwan News"), the one named
        most often before it if several are."""
        words = fold(self._subject_phrase(doc, max(c0, d.sentence.start_char), d.trigger[0])).split()
        while words and words[0] in self.plural_determiners | self.determiners:
            words = words[1:]
        n = _edge_phrase(words, self.group_doers, last=False, most=4)
        if n and words[n : n + 1] and words[n] in self.possessives:
            # "tổ công tác của Trạm biên phòng cửa khẩu Nhà Rồng (…) tuần tra": the body whose group it is, named after it
            # (a name the entity layer did not read as one of body_heads)
            reading = _reading(doc)
            owner = next((e for e in entities.of("organization").within(c0, d.trigger[0])
                          if fold(reading[reading.back(e.start, 60) : e.start]).split()[-n - 1 :] == words[: n + 1]), None)
            at = reading.find(f" {words[n]} ", max(c0, d.sentence.start_char), d.trigger[0])
            return owner or (self._body_named(doc, at[1], d.trigger[0]) if at else None)
        if not n or words[n : n + 1] and words[n] in self.not_doer_after:
            return None  # (the group opens the clause, a first verb may follow it: "đột kích … và bắt giữ")
        bodies = entities.of("organization")
        return _most_named(bodies[: bisect.bisect_left(bodies.starts, d.trigger[0])], d.trigger[0], self.authority_heads)

    def _subject_by_pos(self, doc: Doc, d: _Draft, c0: int, entities: _Entities, blocked: _Spans) -> _Entity | None:
        """The grammatical subject of a trigger verb when the entity layer named no doer: the proper-noun phrase
        (underthesea POS ``Np``) that opens the clause or follows its last comma, before the verb, with only
        auxiliaries ("đã", "sẽ", "vừa") and a time ("ngày 24-5") between ("Lầu Năm Góc ngày 24-5 thông báo",
        "…", Walmart thông báo"), or a body's name written in lower case before a place ("công an huyện Long Hồ thụ
        lý"). A place or a name already tagged is not taken (places acting are no participants)."""
        reading = _reading(doc)
        a = d.trigger[0]
        start = max(c0, d.sentence.start_char)
        segment = self._subject_phrase(doc, start, a)
        parts = segment.split()
        heads = [i for i in range(len(parts)) if _edge_phrase([fold(w) for w in parts[i : i + 2]], self.body_heads, last=False, most=2)]
        if heads and heads[-1] > 0 and not all(written(w, compose=False)[:1].isupper() for w in parts):  # "Hồ sơ … chuyển lên công an huyện Long Hồ thụ lý":
            parts = parts[heads[-1]:]  # the body written last, right before the verb, does it
            segment = " ".join(parts)
        headed = bool(heads) and bool(_edge_phrase([fold(w) for w in parts[:2]], self.body_heads, last=False, most=2)) \
            and written(parts[-1], compose=False)[:1].isupper()
        if not 1 <= len(parts) <= (self.body_name_words if headed else 6) \
                or not (headed or all(written(w, compose=False)[:1].isupper() or written(w, compose=False)[:1].isdigit() for w in parts)):
            return None
        if fold(parts[0]) in self.anaphora or fold(parts[0]) in self.subject_not_first:
            return None
        if fold(segment) in self.org_heads:
            return None  # "…, tối 14-12, Bộ đã phát đi thông báo": a body's head alone names none
        if fold(segment) in _place_names():
            return None  # "Nga thông báo": a country acting is no participant
        found = reading.find(segment, start, reading.ahead(a, 1), last=True)
        if found is None:
            return None
        s_at, s_end = found
        touching = entities.overlapping(s_at, s_end)
        places = [(e.start, e.end) for e in touching if headed and e.kind == "location" and s_at < e.start and e.end <= s_end]
        if any((e.start, e.end) not in places for e in touching):
            return None  # a place, or a name the entity layer read and the rules passed over
        if any((s, e) not in places for s, e in blocked.overlapping(s_at, s_end)):
            return None
        span = doc.char_span(s_at, s_end, alignment_mode="expand")
        # (the first token of the span, unless it starts before the segment: a zero-width character opening a word
        # belongs to its token, not to the matching form)
        first = None if span is None else span.start if reading.at(span[0].idx) >= reading.at(s_at) else span.start + 1
        if first is None or first >= span.end:
            return None
        tagged = _pos_tags(doc, self._sentence_of(doc, first), cased=True)
        tags = [tagged[t.i] for t in doc[first:span.end] if t.i in tagged]
        # the tagger splits unknown names at random ("Lầu" N, "Năm Góc" Np): a noun first, no verb, a proper noun
        # somewhere (or, after a body's head, the capitalised words that end the phrase); a lone word that merely opens
        # the sentence with a capital must be a proper noun itself
        # (a body's head may govern a verb in its name: "Cơ quan quản lý di trú Malaysia")
        if not tags or tags[0] not in ("N", "Np") or any(t.startswith("V") for t in tags) and not headed \
                or "Np" not in tags and not headed:
            return None
        if len(parts) == 1 and tags[0] != "Np":
            return None
        return _Entity(s_at, s_end, _as_written(reading, s_at, s_end), "organization")

    def _pointed_description(self, words: list[str]) -> bool:
        """Whether folded words end with a description and a demonstrative ("người đàn ông này", "cô gái này", before
        auxiliaries: "người đàn ông này đã")."""
        words = list(words)
        while words and words[-1] in self.auxiliaries:
            words.pop()
        return len(words) > 1 and words[-1] in self.demonstratives \
            and _edge_phrase(words[:-1], self.descriptions)

    def _description_subject(self, doc: Doc, a: int, b: int) -> bool:
        """Whether a description ends the words between an entity and the trigger ("chị Thành phát hiện tên trộm đột
        nhập"): that description, not the entity, is the trigger's subject."""
        words = self._between(doc, a, b).replace(",", " , ").split()
        while words and words[-1] in self.auxiliaries:
            words.pop()  # (after a comma it ends another phrase: "chia sẻ với gia đình ba học sinh, chỉ đạo …")
        return len(words) > 1 and bool(_edge_phrase(words, self.descriptions))

    def _given_with_one_name(self, doc: Doc, entities: list[_Entity], name: str, read) -> dict[str, str]:
        """The words ``read(text, person)`` finds given with each person's name, folded -> that name, for the words given
        with one name only; read once per article and kept under ``name``."""
        key = ("vnx_events", name)
        if key not in doc.user_data:
            text = _reading(doc)
            found: dict[str, set[str]] = {}
            for e in entities:
                if e.kind == "person":
                    for words in read(text, e):
                        found.setdefault(words, set()).add(e.name)
            doc.user_data[key] = {words: names.pop() for words, names in found.items() if len(names) == 1}
        return doc.user_data[key]

    def _described(self, doc: Doc, entities: list[_Entity]) -> dict[str, str]:
        """Descriptions the article gives one person's name with ("nữ sinh Hà", "đối tượng Nguyễn Văn Phú", "nạn nhân
        là chị B"): folded description -> that name; a description given to two people is left out."""
        return self._given_with_one_name(doc, entities, "described", self._descriptions_of)

    def _descriptions_of(self, text: _Reading, e: _Entity) -> list[str]:
        """The descriptions written right before a person's name or after it and a copula, folded."""
        found = []
        words = self._words_before_name(text, e)[-self.windows["description_words_before"] :]
        while words and (words[-1] in self.addresses or words[-1] in self.copulas):
            words.pop()  # "nữ sinh Hà", "nạn nhân là chị B"
        if n := _edge_phrase(words, self.descriptions):
            found.append(" ".join(words[-n:]))
        # … and written after the name: "xác định Phạm Quốc Cường (36 tuổi, quê Tiền Giang) là nghi phạm"
        after = text[e.end : text.ahead(e.end, self.windows["description_chars_after"])]
        if after.lstrip().startswith("("):
            close = after.find(")")
            after = after[close + 1 :] if close >= 0 else ""
        words = fold(after).replace(",", " , ").replace(".", " . ").split()[: self.windows["description_words_after"]]
        if words and words[0] in self.copulas:
            words = self._undetermined(words[1:])
            if n := _edge_phrase(words, self.descriptions, last=False):
                found.append(" ".join(words[:n]))
        return found

    def _words_before_name(self, text: _Reading, e: _Entity) -> list[str]:
        """The words written right before a name (description_chars_before characters), folded, a comma a word of its
        own: where a description or a kin noun given with the name stands."""
        return fold(text[text.back(e.start, self.windows["description_chars_before"]) : e.start]).replace(",", " , ").split()

    def _own_relative(self, words: list[str]) -> str | None:
        """The kin noun folded ``words`` open with when it names the subject's own relative: followed by one of
        own_kin_words ("mẹ mình", "vợ của mình", "mẹ ruột") or closing the clause ("giết vợ."); else None."""
        n = _edge_phrase(words, self.kin_nouns, last=False)
        rest = " ".join(words[n:]).replace(".", " . ").split()
        if not n or rest and rest[0] not in (",", ".", ";") and not _edge_phrase(rest, self.own_kin_words, last=False):
            return None
        return " ".join(words[:n])

    def _relative_named(self, doc: Doc, entities: list[_Entity]) -> dict[str, str]:
        """Kin nouns the article gives one person's name with, as someone's relative ("mẹ ruột của Tuấn, bà Vũ Thị C.",
        "vợ là chị B"): folded kin noun -> that name; a kin noun given to two people is left out."""
        return self._given_with_one_name(doc, entities, "relative_named", self._kin_before_name)

    def _kin_before_name(self, text: _Reading, e: _Entity) -> list[str]:
        """The kin noun written right before a person's name that makes the person someone's relative, folded, if any."""
        words = self._words_before_name(text, e)
        while words and (words[-1] in self.addresses or words[-1] == ","):
            words.pop()  # "mẹ ruột của Tuấn, bà Vũ Thị C."
        marked = bool(words) and words[-1] in self.copulas  # "vợ là chị B"
        words = words[:-1] if marked else words
        tail = words[-self.windows["kin_owner_words"] - 1 :]
        owner = [len(words) - len(tail) + i for i, w in enumerate(tail[:-1]) if w in self.possessives]
        words = words[: owner[-1]] if owner else words  # "… của Tuấn" (not Tuấn himself, after "mẹ ruột của")
        own = bool(words) and words[-1] in self.own_kin_words
        words = words[:-1] if own else words  # "ruột"
        n = _edge_phrase(words, self.kin_nouns)
        return [" ".join(words[-n:])] if n and (marked or owner or own) else []  # someone's relative, not "gần nhà bà C."

    def _addressees_before(self, doc: Doc, a: int, c0: int, in_sentence: list[_Entity]) -> list[_Entity]:
        """The people or bodies something is sent to, written right before the trigger at ``a`` ("… đã có công văn gửi
        Sở Y tế tỉnh Thừa Thiên - Huế yêu cầu xác minh", "gửi công văn đến cục Thuế tỉnh Quảng Nam đề nghị", "gửi HĐND
        và UBND Đà Nẵng đề nghị"): the list ending right before it whose first item follows a sending verb, or one of its
        prepositions with the verb a few words before (addressee_after_sending)."""
        run: list[_Entity] = []
        end = a
        for e in reversed([x for x in in_sentence if c0 <= x.start and x.end <= a and x.kind in ("person", "organization")]):
            if e.end > end:
                continue  # (a name inside the one after it)
            gap = self._between(doc, e.end, end).strip()
            if gap not in ("" if not run else self.joiners):
                return []
            run.insert(0, e)
            end = e.start
            words = self._between(doc, max(c0, _reading(doc).back(e.start, self.windows["governor_chars"])), e.start).split()
            if words[-1:] and (words[-1] in self.sent_to["verbs"] or words[-1] in self.sent_to["prepositions"]
                               and set(words[-1 - self.sent_to["words"] : -1]) & self.sent_to["verbs"]):
                return run
        return []

    def _pointed_back(self, doc: Doc, a: int, b: int, end: int, entities: _Entities) -> str | None:
        """The person a demonstrative after the trigger ``a``–``b`` points back to ("triệu tập đối tượng này", "kỷ luật
        đối với ông này"; past an object cue only): the nearest person named before the trigger, in its sentence or the
        few before it (windows.pointed_back_sentences), with that form of address or description written before the
        name ("đối tượng Thắng", "ông Nguyễn Hồng Châu"), so that "bà này" after "Tuấn … bà C." is C."""
        text = _reading(doc)
        words = self._between(doc, b, end).replace(",", " , ").split()[: self.windows["pointed_back_words"]]
        n = _edge_phrase(words, self.object_cues, last=False)
        words = words[n:]
        k = _edge_phrase(words, self.addresses | self.descriptions, last=False)
        if not k or words[k : k + 1] != [self.person_demonstrative]:
            return None
        head = words[:k]
        sentence = self._sentence_of(doc, doc.char_span(a, b, alignment_mode="expand").start)
        first = sentence
        for _ in range(self.windows["pointed_back_sentences"]):
            if first.start == 0:
                break
            first = self._sentence_of(doc, first.start - 1)
        people = entities.of("person")
        for e in reversed(people[bisect.bisect_left(people.starts, first.start_char) : bisect.bisect_left(people.starts, a)]):
            before = fold(text[text.back(e.start, self.windows["description_chars_before"]) : e.start]).split()
            if e.end <= a and (before[-k:] == head or fold(text[e.start : e.end]).split()[:k] == head):
                return e.name
        return None

    def _undetermined(self, words: list[str]) -> list[str]:
        """Folded words without the determiners that open them ("một nữ sinh", "em học sinh"), unless a determiner
        begins a description ("cô giáo", "cụ bà", "bé gái")."""
        while words and words[0] in self.determiners and " ".join(words[:2]) not in self.descriptions:
            words = words[1:]
        return words

    def _addressed_after(self, doc: Doc, b: int, end: int, entities: list[_Entity]) -> str | None:
        """The person a form of address alone right after the trigger stands for ("Quý đã dùng cây gỗ đánh đập cháu gãy
        xương tay" of "cháu N.V. L."): the one person the article names after that form of address, if only one."""
        text = _reading(doc)
        words = text[b:end].split()
        words = words[self._owned_place_words([fold(w) for w in words[: self.windows["spot_words"]]]) :][:2]
        if not words or fold(words[0].strip(",.")) not in self.addresses or len(words) > 1 and written(words[1], compose=False)[:1].isupper():
            return None
        address = fold(words[0].strip(",."))
        names = {e.name for e in entities if e.kind == "person" and e.start < b
                 and fold(text[text.back(e.start, self.windows["address_chars"]) : e.start]).split()[-1:] == [address]}
        return names.pop() if len(names) == 1 else None

    def _owned_place_words(self, words: list[str]) -> int:
        """How many of the folded words after a trigger name a place whose owner the trigger falls on, up to the
        possessive before that owner ("đột nhập vào tiệm vàng của ông", vietnews-004239: 5), or 0."""
        at = 1 if words[:1] == ["vào"] else 0
        n = _edge_phrase(words[at:], self.owned_places, last=False)
        return at + n + 1 if n and words[at + n : at + n + 1] and words[at + n] in self.possessives else 0

    def _subject_elided(self, doc: Doc, d: _Draft, previous: _Draft) -> bool:
        """Whether the trigger opens a clause of its own (after a comma or semicolon following the previous trigger of
        the sentence) with nothing before it but a time, auxiliaries and conjunctions: its subject is left out,
        the one of the clause before."""
        text = _reading(doc)
        a = d.trigger[0]
        cuts = [found[1] for found in (text.find(mark, previous.trigger[1], a, last=True) for mark in ",;") if found]
        if not cuts:
            return False
        cut = max(cuts)  # (after the mark)
        lead = text[cut:a]
        for t in doc._.times or ():
            if cut <= t.start and t.end <= a:
                lead = lead.replace(text[t.start : t.end], " ")
        words = fold(lead).split()
        if set(words) & self.planned:
            return False  # "…; đồng thời, sẽ chỉ đạo …": a plan of the doer, not a second happening told
        while words:
            n = _edge_phrase(words, self.clause_lead_words)
            if not n:
                break
            words = words[:-n]
        return not words

    def _not_doer_between(self, doc: Doc, a: int, b: int, passive_type: bool, undergone: bool) -> bool:
        """Whether a causative ("nhờ ông B. ký") or, for a happening that falls on someone, a passive marker
        ("… bị phụ huynh tố cáo … đã bị cơ quan chức năng kỷ luật") between an entity and the trigger makes it no doer;
        unless its doer undergoes it ("bị đột quỵ"), also an adversative passive marker right before the trigger
        ("Trần Đức Minh … bị đề nghị mức án")."""
        words = self._unhedged(self._between(doc, a, b)).replace(",", " ").split()
        return bool(set(words) & self.causative) or not undergone and bool(words) and words[-1] in self.adversative \
            or passive_type and bool(set(self._past_coordinated_clause(words)) & self.passive)

    def _asked_one(self, doc: Doc, a: int, b: int) -> bool:
        """Whether a passive marker, past auxiliaries, stands right before the request at ``b`` told after an entity
        ending at ``a`` ("UBND quận 1 được yêu cầu phối hợp …", vietnews-019360): the entity is the one asked, no speaker
        (not a passive of an earlier predicate: "cho học sinh … được nghỉ …, đồng thời yêu cầu", vietnews-002903)."""
        words = self._unhedged(self._between(doc, a, b)).replace(",", " ").split()
        while words and words[-1] in self.auxiliaries:
            words.pop()
        return bool(words) and words[-1] in self.passive

    def _past_coordinated_clause(self, words: list[str]) -> list[str]:
        """The folded words after the last conjunction that opens a verb phrase of its own, a conjunction of
        clause_conjunctions followed by an auxiliary ("… xác định bà Thuỷ … bị sát hại dã man tại nhà và đang tiến hành
        điều tra": the passive is the victim's, the investigating is active), else all of them ("bị cảnh cáo và điều
        chuyển": one passive)."""
        for i in range(len(words) - 2, -1, -1):
            if words[i] in self.clause_conjunctions and words[i + 1] in self.auxiliaries:
                return words[i + 1 :]
        return words

    def _cites(self, doc: Doc, e: _Entity) -> bool:
        """Whether a citing verb follows the entity right after its name ("…, 4 người chết tại bệnh viện, Reuters dẫn
        thông tin từ cơ quan bảo vệ dân sự Haiti", vietnews-010438): the one who cites the report, not a doer."""
        words = self._between(doc, e.end, _reading(doc).ahead(e.end, self.windows["cue_after_chars"])).split()
        return bool(_edge_phrase(words, self.citing_verbs, last=False))

    def _reports_another_doer(self, doc: Doc, a: int, b: int) -> bool:
        """Whether a reporting verb between an entity and the trigger is followed by another subject, written with a
        capital ("Ông Morgulov còn cho biết Triều Tiên đang tìm cách đối thoại"): the entity is the source, not the
        doer ("Sở … cho biết sẽ công bố", "ông X … cho biết, đã chỉ đạo Công an huyện" keep their doer). So does a verb of
        announcing (announcing_verbs) with such a subject right after it ("Mike Pompeo hôm 1/2 tuyên bố Washington sẽ rút
        khỏi INF", vietnews-011085); not a name further on, in what is announced ("Putin cũng tuyên bố ngừng tuân thủ INF
        để đáp trả Mỹ, … và yêu cầu các bộ trưởng", 011085: he requests)."""
        between = _reading(doc)[a:b]
        for pattern in self.reporting_patterns:
            found = pattern.search(between)
            if found:
                rest = between[found.end() :]
                return any(written(w, compose=False)[:1].isupper() for w in rest.split())
        for pattern in self.announcing_patterns:
            found = pattern.search(between)
            if found:
                return any(written(w, compose=False)[:1].isupper() for w in between[found.end() :].split()[:1])
        return False

    def _subordinate_subject_between(self, doc: Doc, a: int, b: int) -> bool:
        """Whether a clause opener (object_gap_clause_openers, not a doer marker) between an entity and the trigger opens
        a clause that runs to the trigger with a subject of its own, written with a capital, a pronoun or a body in lower
        case ("Bloomberg hé lộ tín hiệu … khi Trung Quốc đã đề xuất kế hoạch …": China proposes, Bloomberg reports it; "…
        lúc nó mới được công bố"; "… hy vọng với việc chính phủ nước này mới ký hợp đồng")."""
        words = _reading(doc)[a:b].split()
        folded = [fold(w) for w in words]
        for i in range(len(words) - 1, -1, -1):
            if folded[i] in self.subject_clause_openers and folded[i] not in self.doer_markers:
                rest, j = folded[i + 1 :], i + 1
                while n := _edge_phrase(rest, self.clause_lead_words, last=False):
                    rest, j = rest[n:], j + n
                return bool(rest) and "," not in " ".join(words[i:]) \
                    and (written(words[j], compose=False)[:1].isupper() or bool(_edge_phrase(rest, self.subject_pronouns, last=False))
                         or bool(_edge_phrase(rest, self.subject_bodies, last=False)))
        return False

    def _opines_on_happening(self, doc: Doc, a: int, b: int, noun_trigger: bool = False) -> bool:
        """Whether a reporting or opinion verb between an entity and the trigger is followed only by a classifier of
        event_nouns ("Bà Joanna Lee … cho rằng cuộc hội đàm thượng đỉnh sẽ …"), or, for a ``noun_trigger``
        (_noun_trigger), by nothing ("Thứ trưởng Sơn cho biết hội nghị đã giúp …", vietnews-011282), a topic preposition
        first or not ("nói về cuộc gặp", 011143): the happening opens the clause reported or is what is spoken of; the
        entity speaks about it and takes no part in it. So too an incident's classifier (incident_nouns: "Cơ quan này còn
        cho biết vụ bắt giữ diễn ra hôm 21-7", vietnews-004686, tester s21: the source names the arrest, it made none)."""
        between = fold(_reading(doc)[a:b])
        found = _last_match(self.opinion_patterns, between)
        if found is None:
            return False
        rest = between[found.end() :].replace(",", " ").split()
        if rest[:1] and rest[0] in self.topic_prepositions:
            rest = rest[1:]  # "nói về cuộc gặp": what is spoken of
        if not rest:
            return noun_trigger
        classifiers = self.event_nouns | self.incident_nouns
        return rest[-1] in classifiers and not set(rest) - classifiers - self.plural_determiners

    def _about_happening(self, doc: Doc, a: int, b: int) -> bool:
        """Whether the words between an entity and the trigger end with a thing and a topic preposition, one classifier of
        event_nouns at least after it ("Báo Straitstimes vừa tổ chức một cuộc thăm dò ý kiến dư luận Singapore về cuộc hội
        đàm thượng đỉnh", vietnews-018823): the happening is what that thing is about; the entity takes no part in it."""
        reading = _reading(doc)
        words = [(reading.ahead(a, m.start()), fold(m.group())) for m in re.finditer(r"\S+", reading[a:b])]
        at = max((i for i, (_, w) in enumerate(words) if w in self.topic_prepositions), default=None)
        if not at or "," in words[at - 1][1]:  # (none, or right after the entity: "X về dự cuộc họp" is a coming back)
            return False
        rest = at + 1
        while rest < len(words) and (words[rest][1] in self.event_nouns or words[rest][1] in self.plural_determiners):
            rest += 1
        if rest == at + 1:  # "cử cán bộ về kiểm tra", "anh về thăm quê": "về" is a coming back, the trigger a verb after
            # it; but "báo với ông về cuộc gặp" (vietnews-011143): a trigger that opens with the classifier is a happening
            first = fold(reading[b : reading.ahead(b, 12)]).split()[:1]
            return rest == len(words) and bool(first) and first[0] in self.event_nouns
        # … or what stands after them is a trigger of its own ("về cuộc hội đàm thượng đỉnh": the one named first)
        return rest == len(words) or self._trigger_between(doc, words[rest][0], words[rest][0] + 1)

    def _reported_setting(self, doc: Doc, d: _Draft, c0: int, in_sentence: list[_Entity]) -> bool:
        """Whether a happening named as a noun is the setting that opens a reported clause: a reporting verb, a setting
        cue and classifiers before it, a comma within a few words after it and a person named first after that comma
        ("Đại sứ quán Mỹ tại Philippines cho biết trong cuộc gặp, đại sứ Kim đã giải thích", vietnews-010355, tester s20);
        not a body acting after it ("Ông X cho biết trong cuộc họp báo, Bộ Y đã …": X may well have held it)."""
        if not self._noun_trigger(d.type, d.word):
            return False
        before = self._between(doc, c0, d.trigger[0]).split()
        while before and before[-1] in self.event_nouns | self.plural_determiners:
            before.pop()
        if not before or before[-1] not in self.setting_cues:
            return False
        if not _edge_phrase(before[:-1], self.reporting, most=_longest(self.reporting)):
            return False
        after = self._between(doc, d.trigger[1], d.sentence.end_char).replace(",", " , ").split()
        if "," not in after[: self.windows["opener_comma_words"]]:
            return False
        comma = _reading(doc).find(",", d.trigger[1], d.sentence.end_char)
        first = next((e for e in in_sentence if comma is not None and e.start >= comma[1] and e.kind != "location"), None)
        return first is not None and first.kind == "person"

    def _assesses_a_matter(self, doc: Doc, a: int, b: int) -> bool:
        """Whether a verb of opinion (opinion_verbs, not the reporting verbs: "cho biết việc …" may tell one's own act)
        between an entity and the trigger is followed by a matter it judges, opened by a noun of happening_phrase_heads
        ("Sở Xây dựng đánh giá việc cưỡng chế … theo quyết định xử phạt nêu trên gặp nhiều khó khăn", vietnews-002107,
        tester s20): the entity judges the matter and takes no part in the act told inside it."""
        found = _last_match(self.assessing_patterns, fold(_reading(doc)[a:b]))
        return found is not None and bool(_edge_phrase(found.string[found.end() :].replace(",", " ").split(),
                                                        self.happening_phrase_heads, last=False, most=2))

    def _noun_trigger(self, type_: str, word: str) -> bool:
        """Whether the trigger ``word`` (folded) of a type that lists the triggers it reads only as verbs is none of them:
        a noun naming the happening ("hội nghị", "họp báo"; not "họp", "tiếp")."""
        verbs = self.types[type_].get("verbs")
        return bool(verbs) and verbs != "all" and word not in {fold(v) for v in verbs}

    def _reports_a_clause(self, doc: Doc, a: int, b: int) -> bool:
        """Whether a reporting verb between an entity and the trigger is followed by words of a clause of its own, more
        than auxiliaries and conjunctions ("Ngân hàng Nhà nước cho biết xuất khẩu tăng trưởng"; not "… cho biết đã …")."""
        between = _reading(doc)[a:b]
        for pattern in self.reporting_patterns:
            found = pattern.search(between)
            if found:
                rest = fold(between[found.end() :]).replace(",", " ").split()
                while rest:
                    n = _edge_phrase(rest, self.clause_lead_words, last=False)
                    if not n:
                        return True
                    rest = rest[n:]
                return False
        return False

    def _unhedged(self, text: str) -> str:
        """Folded text without the hedges that look passive ("được cho là đã …": is said to have …)."""
        text = f" {text} "
        for h in self.hedges:
            text = text.replace(f" {h} ", " ")
        return text.strip()

    def _chair_before(self, doc: Doc, d: _Draft, in_sentence: list[_Entity], c0: int, s0: int) -> _Entity | None:
        """"X (sẽ) chủ trì buổi công bố …": X chairs the happening the trigger names."""
        words = self._between(doc, c0, d.trigger[0]).split()
        if words and words[-1] in self.event_nouns:
            words.pop()
        tail = " ".join(words)
        verb = next((v for v in self.chair_verbs if tail == v or tail.endswith(" " + v)), None)
        if verb is None:
            return None
        cut = len(tail) - len(verb)  # the chair is written before the verb
        candidates = [e for e in in_sentence if c0 <= e.start and e.kind in ("person", "organization")
                      and len(self._between(doc, c0, e.end)) <= cut and not self._governed(doc, e, s0)]
        if not candidates:
            return None
        chair = candidates[-1]
        return chair.holder or chair

    def _listed_before(self, doc: Doc, at: int, entities: _Entities, kind: str = "person") -> list[str]:
        """The people (or the entities of ``kind``) of the last list of two or more names joined by commas or "và" before
        ``at`` in its paragraph, up to incident_look_back characters back ("… như: Khánh Ly, Elvis Phương, Lê Uyên, Quang
        Thành và Kim Anh")."""
        text = _reading(doc)
        paragraph = text.find("\n", 0, at, last=True)
        start = max(paragraph[1] if paragraph else 0, text.back(at, self.incident_look_back))
        people = [e for e in entities.within(start, at) if e.kind == kind and e.end <= at]
        lists = [run for run in self._name_runs(doc, people) if len({e.name for e in run}) >= 2]
        return list(dict.fromkeys(e.name for e in lists[-1])) if lists else []

    def _bodies_grouped(self, doc: Doc, d: _Draft, c0: int, entities: _Entities) -> list[str]:
        """The bodies a counted or plural group of bodies (group_bodies: "ba nhóm", "các bên") stands for when it is the
        whole subject of the trigger's clause part, at most group_bodies tail_words words before the trigger: those of
        the last list of two or more organisations before it (_listed_before), as many as counted ("Trung tâm Lưu trữ An
        ninh Quốc gia, Nhóm Công dân … cùng Viện Nghiên cứu … thảo đơn kiện … . Đơn kiện nhằm vào Bộ An ninh Nội địa, bởi
        các tổ chức tuyên bố mật vụ không cung cấp danh sách dù các bên đã đưa ra yêu cầu", vietnews-012764: the three
        asked, not the department named last)."""
        lead = self._between(doc, c0, d.trigger[0]).rsplit(",", 1)[-1].split()
        cut = max((i for i, w in enumerate(lead) if w in self.subject_clause_openers), default=-1)
        lead = lead[cut + 1 :]  # "… dù các bên đã đưa ra yêu cầu": the clause "dù" opens
        if len(lead) < 2:
            return []
        n = _edge_phrase(lead[1:], self.group_bodies["nouns"], last=False)
        count = int(lead[0]) if lead[0].isdigit() else self.count_words.get(lead[0])
        if not n or len(lead) - 1 - n > self.group_bodies["tail_words"] or count is None and lead[0] not in self.group_bodies["plural"]:
            return []
        listed = self._listed_before(doc, d.trigger[0], entities, kind="organization")
        return listed if len(listed) >= 2 and count in (None, len(listed)) else []

    def _name_runs(self, doc: Doc, people: list[_Entity]) -> list[list[_Entity]]:
        """The people (in text order) grouped into runs of names joined by commas or "và", past the bracket after each
        ("Lê Mạnh Thắng (…), Vũ Ngọc Linh (…) và Trần Ngọc Dũng"), a name inside such a bracket left out."""
        text = _reading(doc)
        runs: list[list[_Entity]] = []
        for e in people:
            if runs and self._in_bracket_after(doc, runs[-1][-1].end, e.start):
                continue  # a name in the bracket that says who the last one is ("Lê Mạnh Thắng (còn gọi là Thắng đen, …)")
            gap = fold(text[runs[-1][-1].end : e.start]) if runs else ""
            if runs and (gap.strip() in self.joiners or self._joined_past_bracket(gap)):
                runs[-1].append(e)  # (past that bracket: "Lê Mạnh Thắng (…), Vũ Ngọc Linh (…) và Trần Ngọc Dũng")
            else:
                runs.append([e])
        return runs

    def _counted_listed(self, doc: Doc, chosen: list[_Draft], entities: _Entities) -> None:
        """An act that counts the people it falls on and names none (_counted_objects: "khởi tố, bắt tạm giam 4 người")
        falls on the first list of exactly that many names the article gives after it, opened by a link (group_named_next
        links: "Quá trình điều tra, cơ quan chức năng làm rõ nhóm người tham gia đánh ông Thân gồm: Võ Chí Trung (28 tuổi),
        Nguyễn Đình Tuấn (…), Nguyễn Văn Duẩn (…) và Hoàng Văn Thịnh (…)", vietnews-016744, tester s21)."""
        for d in chosen:
            if d.counted < 2 or any(r == d.object_role for r, _, _ in d.participants):
                continue
            people = [e for e in entities.within(d.sentence.end_char, len(_reading(doc).norm.source)) if e.kind == "person"]
            for run in self._name_runs(doc, people):
                before = self._between(doc, _reading(doc).back(run[0].start, self.windows["governor_chars"]),
                                       run[0].start).replace(":", " ").split()
                if before and before[-1] in self.addresses:
                    before.pop()
                if len({e.name for e in run}) == d.counted \
                        and any(before[len(before) - len(link):] == link for link in self.group_named_next["links"]):
                    d.participants += [(d.object_role, name, "person") for name in dict.fromkeys(e.name for e in run)]
                    break

    def _group_undergoes(self, doc: Doc, d: _Draft, c0: int, entities: _Entities) -> list[str]:
        """The people a counted group of people opening the trigger's clause part stands for, when the group undergoes the
        trigger (a passive marker between): those of the last list of names before it (_listed_before), when the numeral
        counts as many ("Wa Lone, 32 tuổi và Kyaw Soe Oo, 28 tuổi, bị kết tội …. Sau khi rời nhà hàng, hai phóng viên bị bắt
        vì lưu trữ tài liệu mật", vietnews-010224, tester s21 cause 2); not an uncounted group ("nhiều cán bộ bị khiển
        trách": others than those listed)."""
        lead = self._between(doc, c0, d.trigger[0]).rsplit(",", 1)[-1].split()
        while lead and lead[-1] in self.auxiliaries:
            lead.pop()
        if len(lead) < 3 or lead[-1] not in self.passive or not (lead[0] in self.count_words or lead[0].isdigit()):
            return []
        if _edge_phrase(lead[1:-1], self.group_people, last=False) != len(lead) - 2:
            return []  # (the group is the whole subject: "hai phóng viên bị", not "hai xe của ông X bị")
        listed = self._listed_before(doc, d.trigger[0], entities)
        return listed if (int(lead[0]) if lead[0].isdigit() else self.count_words[lead[0]]) == len(listed) else []

    def _group_pointed(self, lead: str) -> bool:
        """Whether the folded words opening a clause are a group pointed back to ("nhóm đối tượng trên do …", "các đối
        tượng này", "băng nhóm nói trên"): a group noun (group_nouns) and maybe a description, or a plural determiner and
        a description, then a demonstrative (organization_demonstratives), and nothing after it but a doer marker."""
        words = lead.replace(",", " ").split()
        group = _edge_phrase(words, self.group_nouns, last=False)
        plural = 0 if group else int(bool(words) and words[0] in self.plural_determiners)
        words = words[group + plural :]
        described = _edge_phrase(words, self.group_people, last=False)
        if not group and not (plural and described):
            return False  # ("các" alone is no group: "các này")
        words = words[described:]
        m = _edge_phrase(words, self.demonstratives, last=False)
        return bool(m) and (len(words) == m or words[m] in self.doer_markers)

    def _listed_next(self, doc: Doc, sentence: Span, entities: _Entities) -> list[_Entity]:
        """The people of the next sentence when it is a list introduced by "Đó là", "Gồm" ("… khởi tố 5 đối tượng …
        . Đó là, Phan Văn Hùng …; Đỗ Thuỳ Châu …")."""
        reading = _reading(doc)
        rest = reading[sentence.end_char : reading.ahead(sentence.end_char, self.windows["list_intro_chars"])]
        nxt = reading.source(reading.at(sentence.end_char) + len(rest) - len(rest.lstrip()))
        head = fold(rest.lstrip()[:20]).replace(",", " ").replace(":", " ").split()
        if not any(" ".join(head[: len(w.split())]) == w for w in self.list_intro):
            return []
        end = reading.find(". ", nxt)
        end = end[0] if end else len(reading.norm.source)
        return [e for e in entities.within(nxt, end) if e.kind == "person" and e.holder is None]

    def _group_named_next(self, doc: Doc, sentence: Span, entities: _Entities, role: str) -> list[_Entity]:
        """The people one of the next sentences (group_named_next.sentences) names right after opening with those of the
        object's role, counted or with a link ("Các bệnh nhân là: Nguyễn Văn Ái, …", "Nạn nhân là chị Trần Thị Ph.", "Ba em
        Nguyễn Văn Hưng, Lê Viết Cường, …", "Ba nạn nhân tử vong tại chỗ gồm: …"): the ones the happening told before falls
        on. Not for a title, which the lead retells, nor for the aim of an act ("bắt khẩn cấp hai nghi can để điều tra …",
        vietnews-016986: _fill asks it only outside one)."""
        nouns = self.group_named_next["nouns"].get(role)
        following = sentence
        for _ in range(self.group_named_next["sentences"] if nouns else 0):
            if following.end >= len(doc):
                break
            following = self._sentence_of(doc, following.end)
            nxt, end = following.start_char, following.end_char
            while following.end < len(doc) and any(e.kind == "person" for e in entities.overlapping(end - 1, end)):
                # a name's initials end the segmenter's sentence: "Hai học sinh được xác định là N.H. M.Q. (16 tuổi) … và Đ. X.K."
                following = self._sentence_of(doc, following.end)
                end = following.end_char
            people = [e for e in entities.within(nxt, end) if e.kind == "person" and e.holder is None]
            if people and self._opens_with_group(self._between(doc, nxt, people[0].start).replace(":", " ").split(), nouns):
                return [e for e in people if not self._kin_named_after(doc, e, nxt, nouns)]
        return []

    def _kin_named_after(self, doc: Doc, e: _Entity, s0: int, nouns: list[list[str]]) -> bool:
        """Whether a possessive governs the person, past a form of address or a noun of ``nouns`` ("… là Mai (28 tuổi) và
        Bách (4 tuổi), là vợ và con của bệnh nhân Đặng Ngọc Vạn"): the one whose kin the list names, not in it."""
        words = self._between(doc, max(s0, _reading(doc).back(e.start, self.windows["governor_chars"])), e.start).split()
        if words and words[-1] in self.addresses:
            words.pop()
        n = next((len(w) for w in sorted(nouns, key=len, reverse=True) if words[-len(w):] == w), 0)
        rest = words[: len(words) - n]
        return bool(rest) and rest[-1] in self.possessives

    def _opens_with_group(self, words: list[str], nouns: list[list[str]]) -> bool:
        """Whether ``words`` (folded, before a sentence's first name) are a group of ``nouns``, counted or plural, then
        its name right away, or a noun, a few words that qualify it and a link ("nạn nhân tử vong tại bệnh viện là bà")."""
        counted = bool(words) and (words[0] in self.group_named_next["counts"] or words[0].isdigit())
        words = words[int(counted):]
        n = next((len(w) for w in sorted(nouns, key=len, reverse=True) if words[: len(w)] == w), 0)
        if not n:
            return False
        words = words[n:]
        if words and words[-1] in self.addresses:
            words.pop()  # "… là chị Trần Thị Ph."
        if counted and not words:
            return True
        return any(words[len(words) - len(link):] == link and len(words) - len(link) <= self.group_named_next["qualifier_words"]
                   and not any("," in w for w in words) for link in self.group_named_next["links"])

    def _governed(self, doc: Doc, e: _Entity, s0: int) -> bool:
        """Whether a preposition or possessive ("của", "cho", "với", "tại") governs the entity: then it is no doer."""
        words = self._between(doc, max(s0, _reading(doc).back(e.start, self.windows["governor_chars"])), e.start).split()
        if words and words[-1] in self.anaphora:  # "với ông X"
            words.pop()
        elif n := _edge_phrase(words, self.descriptions):  # "tạo điều kiện cho bị cáo Trần Đức Minh …"
            words = words[:-n]
        for n in (2, 1):  # "theo hãng tin Reuters": the preposition governs the outlet's name
            if len(words) > n and " ".join(words[-n:]) in self.media_nouns:
                words = words[:-n]
                break
        if words and words[-1] in self.sent_to["prepositions"] \
                and set(words[-1 - self.sent_to["words"] : -1]) & self.sent_to["verbs"]:
            return True  # "gửi công văn đến cục Thuế tỉnh Quảng Nam đề nghị xác minh": the addressee
        return bool(_edge_phrase(words, self.not_doer_after, most=self.not_doer_most))

    def _sues(self, doc: Doc, spec: dict, a: int, b: int) -> bool:
        """Whether the words from a to the trigger at b open, past auxiliaries, with a verb of suing of the type
        (suit_verbs): the one named before a sues, and the court's act on its suit is no suspect's ("Bà Xuân Mai đã kiện
        chị em ruột … và đã được TAND TP Nha Trang thụ lý", vietnews-016570)."""
        if not spec["suit_verbs"]:
            return False
        words = self._between(doc, a, b).split()
        while n := _edge_phrase(words, self.auxiliaries, last=False):
            words = words[n:]
        return bool(_edge_phrase(words, spec["suit_verbs"], last=False, most=4))

    def _fronted_object(self, doc: Doc, d: _Draft, in_sentence: list[_Entity], c0: int, kinds: tuple, trigger_word: str):
        """The entity a passive ("X bị/được [Y] V", "X bị cảnh cáo và điều chuyển") or an object-first trigger
        ("X trúng cử") makes the object, with the character range where a doer may be written (after the marker)."""
        spec = self.types[d.type]
        if spec.get("object_by_trigger", {}).get(trigger_word, spec["object"]) not in PASSIVE_ROLES:
            return None
        before = [e for e in in_sentence if c0 <= e.start and e.end <= d.trigger[0]]
        objects = [e for e in before if e.kind in kinds and not self._where(doc, e)]  # not "một bác sĩ ở Trung tâm Y tế …"
        # nor a name inside a bracket that says who the one before it is ("Bùi Kim Thu (SN 1975, …, huyện Điện Biên - vợ
        # Công) bị khởi tố": she is charged, not her husband)
        objects = [e for e in objects if not self._inside_description(doc, e, d.sentence.start_char, d.trigger[0])
                   and not self._related_to_subject(doc, e, c0) and not self._kin_relation(doc, e)]
        # nor a name outside the quotation that holds the trigger ("Bà đã nói tương tự câu của Bộ trưởng Nội vụ Rudd: " …
        # một hoạt động đang được điều tra "": an activity is investigated, not Rudd), nor one inside another quotation
        objects = [e for e in objects if not self._quoted_away(doc, e, d.trigger[0]) and not any(
            a < d.trigger[0] < b and not (a < e.start and e.end <= b)
            for a, b in doc.user_data[("vnx_events", "quotations")].overlapping(d.trigger[0], d.trigger[0] + 1))]
        span = doc.char_span(c0, d.trigger[0], alignment_mode="contract")
        marks = [t.idx for t in span or () if fold(t.text) in self.passive]
        if marks and trigger_word not in self.object_first:
            objects = [e for e in objects if e.end <= marks[-1]]  # not the doer after the marker ("bị Tổng cục … xử phạt")
        # nor the doer of an earlier passive ("Phạm Băng Băng bị cơ quan thuế điều tra và bị phạt nặng": the tax office
        # investigates, she is fined); save the one a bracket holding the trigger describes ("được Nguyễn Tuấn Anh (nhân
        # viên Công ty …, bị truy tố tội đưa hối lộ …) đưa cho")
        objects = [e for e in objects if not self._after_passive_marker(doc, e, c0) or self._in_bracket_after(doc, e.end, d.trigger[0])]
        if not objects:
            return None
        obj = objects[-1]
        if obj.holder is not None and "person" in kinds:
            obj = obj.holder  # "Bà Aung San Suu Kyi, lãnh đạo chính phủ Myanmar, từng đoạt giải": she, not the body of her title
        if trigger_word in self.object_first:
            gap = self._between(doc, obj.end, d.trigger[0])
            # … past an apposition ("German Martinez, người đứng đầu viện an sinh xã hội Mexico (IMSS) từ chức")
            head = gap[1:].split()[:1]
            apposition = gap.startswith(",") and gap.count(",") == 1 and bool(head) and head[0] in self.apposition_heads
            # … or past a short main verb, to a clause opener whose clause leaves its subject to it ("Donald Trump làm
            # gì sau khi đắc cử tổng thống Mỹ?": Trump is elected)
            words = gap.split()
            opened = "," not in gap and any(" ".join(words[-n:]) in self.fronted_openers and len(words) - n <= 3 for n in (1, 2, 3))
            return (obj, (d.trigger[0], d.trigger[0])) if len(gap.replace(",", " ").split()) <= 3 or apposition or opened else None
        # the marker: among the last words before the trigger ("bị", "bị cảnh cáo và"), or before a doer
        # written between it and the trigger ("bị cơ quan chức năng kỷ luật")
        text = _reading(doc)
        last = max(obj.end, max((e.end for e in before), default=obj.end))
        tail = self._unhedged(fold(text[last : d.trigger[0]])).replace(",", " ").split()
        marker = next((i for i in range(len(tail) - 1, max(-1, len(tail) - 6), -1) if tail[i] in self.passive), None)
        if marker is not None and any(_edge_phrase(tail[j : j + 2], self.kin_nouns, last=False, most=2)
                                      for j in range(max(0, marker - 3), marker)):
            return None  # "Bà Xí kể … chồng bà bị đâm": her husband, not she
        if self._described_subject_between(doc, obj.end, d.trigger[0]):
            return None  # "bà Lang … bị đâm chết … và người tình đã bỏ trốn nhưng bị bắt lại": the lover, not she
        if self._stands_between(doc, obj.end, d.trigger[0], self.speech_verbs):  # what follows a verb of saying was said
            return None  # "Garneau cảnh báo người điều khiển UAV có thể bị … phạt": the one warned about, not Garneau
        if any(w in self.passive for w in tail[-5:]) and not self._new_subject_between(doc, obj.end, d.trigger[0]):
            # not past another happening told before the marker ("Trần Hông Quân thăm hỏi người bị thương trong vụ
            # cháy": the visitor is not the fire's victim; "ông Hải bị cảnh cáo và điều chuyển" has the marker first)
            # ("… cướp giật tài sản và bị bắt giữ": one subject for both verbs, joined by a conjunction)
            gap = doc.char_span(obj.end, d.trigger[0], alignment_mode="contract")
            marks = [t for t in reversed(gap) if fold(t.text) in self.passive] if gap is not None else []
            if marks and self._trigger_between(doc, obj.end, marks[0].idx):
                lead = fold(text[obj.end : marks[0].idx]).replace(",", " ").split()
                while lead and lead[-1] in self.auxiliaries:
                    lead.pop()
                if not lead or lead[-1] not in self.clause_links | self.clause_lead_words:
                    return None
            # a doer may be written between the last marker and the trigger ("đã bị Tổng cục môi trường xử phạt")
            return obj, ((marks[0].idx + len(marks[0])) if marks else d.trigger[0], d.trigger[0])
        # an apposition or a relative clause between them: "ông X, người đang bị cơ quan … (ICA) bắt giữ"; the doer
        # is written between the marker and the trigger
        between = self._unhedged(fold(text[obj.end : d.trigger[0]]).replace(",", " , ")).split()
        lead = between[1:] if between[:1] == [","] else between
        lead = lead[1:] if lead[:1] and lead[0] in self.apposition_heads else lead  # "…, người đang bị …"
        marker = next((i for i, w in enumerate(lead[:3]) if w in self.passive), None)  # "đang bị", "vừa bị"
        if marker is not None and len(between) <= self.windows["apposition_words"] and "," not in lead:
            gap = text[obj.end : d.trigger[0]]
            at = text.source(text.at(obj.end) + len(gap) - len(gap.lstrip()))
            return obj, (at, d.trigger[0])
        for k, e in enumerate(before):
            if e.start >= obj.end and e is not obj:
                gap = fold(text[obj.end : e.start]).replace(",", " ").split()
                last = e  # the doer, or the last of a list of them ("được Thành đoàn, Trung ương Đoàn khen thưởng")
                for f in before[k + 1 :]:
                    if f.kind != e.kind or self._co_doer_gap(doc, last, f) is None:
                        break
                    last = f
                rest = fold(text[last.end : d.trigger[0]]).split()
                if len(rest) > 1 and not self._joined_act_after_doer(rest):
                    continue
                if gap and gap[-1] in self.passive:
                    return obj, (e.start, last.end)
                # … past the unit of the body written in lower case ("bị đội Cảnh sát điều tra về tội phạm Công an TP.
                # Pleiku bắt giữ")
                words = fold(text[obj.end : e.start]).replace(",", " , ").split()
                unit = next((i for i, w in enumerate(reversed(words)) if w in self.passive), None)  # words after the marker
                if e.kind == "organization" and unit and unit <= self.windows["passive_unit_words"] and "," not in words[-unit:]:
                    return obj, (e.start, last.end)
        return None

    def _joined_act_after_doer(self, rest: list[str]) -> bool:
        """Whether the folded words between a passive's doer and the trigger are an act of that doer joined to it by a
        comma or a clause coordinator ("bị D. giật mũ và đấm", "bị Nh. tát vào mặt, đạp"), within passive_joined_act_words."""
        words = " ".join(rest).replace(",", " , ").split()
        return 1 < len(words) <= self.windows["passive_joined_act_words"] + 1 \
            and (words[-1] == "," or words[-1] in self.clause_coordinators) and "," not in words[:-1]

    def _after_passive_marker(self, doc: Doc, e: _Entity, c0: int) -> bool:
        """Whether a passive marker stands right before the entity, past its form of address ("bị cơ quan thuế điều tra",
        "được ông X bổ nhiệm"): it is the doer of that passive."""
        words = self._between(doc, max(c0, _reading(doc).back(e.start, self.windows["governor_chars"])), e.start).split()
        if words and words[-1] in self.anaphora:
            words.pop()
        return bool(words) and words[-1] in self.passive

    def _inside_description(self, doc: Doc, e: _Entity, s0: int, at: int) -> bool:
        """Whether the entity stands inside a bracket, after other words of it, that closes before the trigger at ``at``:
        the bracket says who the one before it is ("Bùi Kim Thu (SN 1975, …, huyện Điện Biên - vợ Công) bị khởi tố": she
        is charged, not her husband); a name that is all the bracket holds is another name of that one ("Phạm Thế Anh
        (Thế Anh) đã bị … bắt giữ")."""
        text = _reading(doc)
        lead = text[s0 : e.start]
        opened: list[int] = []  # where each bracket still open starts
        for i, ch in enumerate(lead):
            if ch == "(":
                opened.append(i)
            elif ch == ")" and opened:
                opened.pop()
        return bool(opened) and bool(lead[opened[-1] + 1 :].strip()) and ")" in text[e.end : at]

    def _related_to_subject(self, doc: Doc, e: _Entity, c0: int) -> bool:
        """Whether a relation word (relation_words) written after a noun stands between the clause start ``c0`` and the
        entity: the entity belongs to what describes the subject ("hai cán bộ liên quan đến việc ký, xét duyệt hồ sơ ông
        Hoa bị nhầm lẫn đã bị điều chuyển công tác": the two officials are moved, not Hoa), unlike a relation word that
        opens the clause ("Liên quan đến vụ việc, ông X đã bị bắt")."""
        words = fold(_reading(doc)[c0 : e.start]).replace(",", " , ").split()
        return any(words[i - 1] != "," and words[i - 1] not in self.clause_lead_words
                   and _edge_phrase(words[i:], self.relation_words, last=False) for i in range(1, len(words)))

    def _fronted_description(self, doc: Doc, d: _Draft, c0: int, trigger_word: str, described: dict[str, str]):
        """A passive whose subject is a description the article gives one name ("Sau nhiều giờ …, nghi phạm giết người
        tình đã bị lực lượng chức năng khống chế bắt giữ" of "Phạm Quốc Cường … là nghi phạm"): the description opens the
        clause (after its last comma), a passive marker follows within a few words; that person is the object, a doer
        may be written between the marker and the trigger."""
        spec = self.types[d.type]
        if not described or spec.get("object_by_trigger", {}).get(trigger_word, spec["object"]) not in PASSIVE_ROLES:
            return None
        text = _reading(doc)
        start = max(c0, d.sentence.start_char)
        cut = text.find(",", start, d.trigger[0], last=True)
        at = cut[1] if cut else start
        words = self._undetermined(self._unhedged(fold(text[at : d.trigger[0]])).split())
        n = _edge_phrase(words, described, last=False)
        key = " ".join(words[:n]) if n else None
        if key is None:
            return None
        n = len(key.split())
        marker = next((i for i in range(n, min(len(words), n + self.windows["description_marker_words"])) if words[i] in self.passive), None)
        if marker is None or len(words) - marker > self.windows["description_passive_words"]:  # syllables: "bị lực lượng chức năng khống chế bắt giữ"
            return None
        passive = text.find(" " + words[marker] + " ", at, d.trigger[0], last=True)  # folded words keep their letters
        if passive is None:
            return None
        passive_at = passive[0]
        return _Entity(at, passive_at, described[key], "person"), (passive_at, d.trigger[0])

    def _described_subject_between(self, doc: Doc, a: int, b: int) -> bool:
        """Whether, after a comma or a conjunction between a and b, a description opens a clause of its own ("… và người
        tình đã bỏ trốn nhưng bị bắt lại")."""
        words = self._between(doc, a, b).replace(",", " , ").split()
        for i, w in enumerate(words):
            if w in self.clause_links and _edge_phrase(words[i + 1 :], self.descriptions, last=False):
                return True
        return False

    def _new_subject_between(self, doc: Doc, a: int, b: int) -> bool:
        """Whether, after a comma between an entity and a passive trigger, a clause of its own opens with a noun
        phrase before the marker ("ông Duterte, trong đó cho rằng hàng nghìn người đã bị sát hại"): then the marker's
        subject is that phrase, not the entity."""
        reading = _reading(doc)
        text, end = reading.text, reading.at(b)
        comma, depth = -1, 0
        for i in range(reading.at(a), end):  # the last comma outside brackets ("bà X (62 tuổi, ngụ quận Thủ Đức) bị sát hại")
            depth = max(0, depth + _BRACKET_DEPTH.get(text[i], 0))  # (a bracket closing before a starts none)
            if text[i] == "," and depth <= 0:
                comma = i
        if comma < 0:
            return False
        after = reading.source(comma + 1 + len(text[comma + 1 : end]) - len(text[comma + 1 : end].lstrip()))
        if _titles_from(doc, after, after + 1):
            return False  # an apposition: "ông X, Giám đốc Sở Y vừa bị kỷ luật"
        words = fold(text[comma + 1 : end]).split()
        marker = next((i for i, w in enumerate(words) if w in self.passive), None)
        return marker is not None and marker >= 3

    def _cued(self, doc: Doc, after: list[_Entity], start: int, end: int, extra=(), direct: bool = False,
              owner: bool = False, within: int | None = None, places: list[_Entity] = ()) -> list[_Entity]:
        """Entities introduced by an object cue ("với X", "cùng tham dự có các thành viên X"), or with ``direct`` the
        entity right after the trigger ("yêu cầu Công an quận Sơn Trà"), with the lists they head. A title or an
        honorific between the cue and the person is skipped ("với Thủ tướng Trung Quốc Lý Khắc Cường", "đối với ông X").
        With ``direct``, the ``places`` listed first are read past: "yêu cầu huyện Vạn Ninh, Sở tài nguyên - môi trường, Sở
        Xây dựng …" (events-heldout9 002440) addresses the bodies after the place too."""
        within = self.windows["owner_cue_words"] if within is None else within
        chosen: list[_Entity] = []
        previous_end = start
        cues = [*extra] if owner else [*self.object_cues, *extra]
        for n, e in enumerate(after):
            if chosen and chosen[-1].end == previous_end and self._in_bracket_after(doc, previous_end, e.start):
                continue  # "Lê Mạnh Thắng (còn gọi là Thắng đen, …), Vũ Ngọc Linh (tức Linh tô, …)": who the last one is
            gap_end = e.start
            for a, b in _titles_from(doc, previous_end, e.start + 1):  # the person's title written right before them
                if previous_end <= a and b <= e.start and not self._between(doc, b, e.start).strip(" ,-–("):
                    gap_end = a
                    break
            if chosen and not owner and self._happening_named_between(doc, previous_end, gap_end):
                break  # "họp báo với Tổng thống Moon Jae-in sau cuộc hội đàm riêng với … Kim Jong-un": that talk's side
            words = self._between(doc, previous_end, gap_end).split()
            if self._doer_markers_within(doc, previous_end, gap_end):
                break  # "được trao giải nhất … do Bộ GD-ĐT phối hợp với Trung ương Đoàn … tổ chức": its givers, no objects
            if words and words[-1] in self.anaphora:
                words.pop()
            elif len(words) >= 2 and " ".join(words[-2:]) in self.anaphora:
                words = words[:-2]
            gap = " ".join(words)
            bare = gap
            for joiner in self.joiners:  # "… có các thành viên" introduces the list like "… có"
                if bare.endswith(" " + joiner) or bare == joiner:
                    bare = bare[: len(bare) - len(joiner)].strip()
            if chosen and chosen[-1].end == previous_end and (gap in self.joiners or bare == "" or self._joined_past_bracket(gap)):
                chosen.append(e)
            elif direct:  # right after the trigger (not what it is about: "báo cáo về Tổng thống Duterte")
                if n == 0 and len(words) <= 2 and "," not in gap and not set(words) & self.topic_prepositions \
                        or n == 0 and self._listed_after_places(doc, previous_end, gap_end, places):
                    chosen.append(e)
            elif owner:  # after a cue a few words on, in the same phrase: "kỳ họp thứ 11 của X", "… đối với X"
                if not chosen and len(words) <= within and ("," not in gap or within > self.windows["owner_cue_words"]) \
                        and any(f" {bare}".endswith(f" {c}") for c in cues):
                    chosen.append(e)
            elif any(bare.endswith(cue) and len(words) - len(cue.split()) < self.windows["object_cue_gap_words"] for cue in cues):
                chosen.append(e)  # (counted before the cue: "lễ kỷ niệm 79 năm Quốc khánh với sự tham dự của Tổng Bí thư X")
            previous_end = e.end
        return chosen

    def _body_of_bare_title(self, doc: Doc, a: int, e: _Entity) -> bool:
        """Whether the body ``e`` follows right after a title that names one office by itself, written from ``a``
        ("Thủ tướng Chính phủ"; titles.tsv standalone titles, after a modifier such as "Phó"): with no name after the
        body, the title stands for its unnamed holder, who is asked, not the body (events-heldout4 016652, annotated with
        no participant for "Bộ Tư pháp kiến nghị Thủ tướng Chính phủ chỉ đạo …"). (Not the head of a body: "yêu cầu Chủ
        tịch UBND TP. Nha Trang", "Giám đốc Sở …" may stand for the body.)"""
        words = self._between(doc, a, e.start).split()
        while words and words[0] in self.title_modifiers:
            words.pop(0)
        return bool(words) and " ".join(words) in self.title_heads

    def _listed_after_places(self, doc: Doc, a: int, b: int, places: list[_Entity]) -> bool:
        """Whether the words from ``a`` to ``b`` are only places listed one after another from ``a``, the last one
        followed by a list joiner ("huyện Vạn Ninh, " before "Sở tài nguyên - môi trường")."""
        at = a
        for p in places:
            if at <= p.start and p.end <= b and (at == a and not self._between(doc, at, p.start).strip()
                                                  or self._between(doc, at, p.start).strip() in self.joiners):
                at = p.end
        return at > a and self._between(doc, at, b).strip() in self.joiners

    def _merge(self, doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
        """One happening written several times is one event: same type and time, a shared participant and a
        shared trigger word ("phiên xét xử" … "xét xử"; a trial and its ruling, "xét xử" and "tuyên phạt", are two).
        An event known only through an anaphor ("Đồng chí đề nghị …") counts only as part of one named before; but a
        speech (anaphoric_event_types) whose clause is only the address ("Ông cũng yêu cầu …") is one of its own, unless
        its speaker spoke before; so is a happening of any type whose clause is only the address after its own day, and an
        act that falls on the one the anaphor names (object_first_triggers: a prize won, an office taken) dated in its
        own sentence ("Năm 2004, cô đăng quang Miss Tiffany Universal", events-heldout7 001483)."""
        merged: list[_Draft] = []
        words = {id(d): _trigger_words(doc, d) for d in drafts}
        for d in drafts:
            names = {n for _, n, _ in d.participants}
            # (a crime's doer is its suspect: "A. … tát vào mặt nhân viên Gi." and "bà Lê Thị H. … bị Nh. tát vào mặt" are two
            # slaps by two doers, vietnews-003022)
            agent = self.types[d.type].get("agent_by_trigger", {}).get(d.word, self.types[d.type]["agent"])
            for m in merged:
                if m.type != d.type and d.refers_to is not m:
                    continue
                # each test only when the ones before it hold: pairs of drafts grow with the square of an article's
                # happenings. (A time read from around the sentence, not in it, does not set a retold act apart:
                # "Tuấn thừa nhận đã dùng dây siết cổ mẹ mình" after the killing was told with its day)
                one = d.refers_to is m or m.type == d.type \
                    and (_compatible_times(m.time, d.time) or not d.time_in_sentence and m.time_in_sentence) \
                    and (d.anaphoric or _one_inside_other(words[id(m)], words[id(d)])
                         or any(m.word in g and d.word in g for g in self.same_happening)) \
                    and (_share(names, {n for _, n, _ in m.participants}) or _complementary(m, d, agent)) \
                    and not (_other_objects(m, d) or _other_doers(m, d, agent) and not _same_objects_same_day(m, d) or _other_places(m, d)) \
                    and not _other_counterparts(m, d, self._counterpart(doc, m), self._counterpart(doc, d)) \
                    and not self._one_more_act(doc, d)
                # an incident named again with the day it took from the story, not from its own sentence: the same one,
                # whoever it is told to fall on ("Các nạn nhân của vụ cháy … ông Nguyễn Thông Thăng …. Nạn nhân thứ 5 bị
                # cháy đen … là ông Trần Văn Quốc": one fire)
                one = one or m.type == d.type and d.type in self.incident_types \
                    and (d.word == m.word or any(m.word in g and d.word in g for g in self.same_happening)) \
                    and d.time is not None and d.time == m.time and not d.time_in_sentence and not _other_doers(m, d, agent) \
                    and not _other_places(m, d)
                one = one or self._incident_named_again(m, d)
                one = one or self._item_of_counted(doc, m, d, agent, words[id(m)], words[id(d)])
                retold = not one and self._bare_incident_retold(doc, m, d)
                one = one or retold
                bare = not one and self._named_again_bare(doc, m, d)
                again = bare or not one and self._named_again_same_day(doc, m, d)
                if one or again:
                    # (named again bare, it brings only the ones it is the setting of: "Trong buổi đối thoại, … ông Tô
                    # Văn Hùng … cho biết", vietnews-014603)
                    for p in d.participants if one or bare and self._setting(doc, d) else ():
                        if p[1] not in {n for _, n, _ in m.participants}:
                            m.participants.append(p)
                    m.documents += [s for s in d.documents if s not in m.documents]
                    m.location = m.location or (d.location if one else None)
                    if m.time is None or ("X" in m.time and d.time and "X" not in d.time):
                        m.time = d.time  # the more specific value
                    if one and self.types[d.type].get("occurrence_counts"):
                        self._retold_in_body(doc, m, d)  # (an accident or a disaster)
                    break
            else:
                addressed = d.anaphoric and self._addressed_subject(doc, d.sentence, d.trigger[0])
                if not d.anaphoric or d.word in self.object_first and d.time_in_sentence \
                        or addressed and (d.time_in_sentence and d.time_before or d.type in self.anaphoric_types
                                          and not any(m.type == d.type and _share(_doers(m, agent), _doers(d, agent))
                                                      for m in merged)):
                    merged.append(d)  # (a speaker's speech told before goes on: "Trong thời gian tới, đồng chí đề nghị …")
        return merged

    def _item_of_counted(self, doc: Doc, m: _Draft, d: _Draft, agent: str, m_words: list[str], d_words: list[str]) -> bool:
        """Whether ``d`` names one of the ones an act ``m`` counted and has not named all of yet, later in its paragraph,
        by a trigger word of ``m``'s, with no doer or time of its own that differs ("Tổng cục Môi trường … ngày 17/5 ra
        quyết định xử phạt … với 3 cơ sở …. Trong số này, Công ty TNHH Tân Hiếu Hưng … bị phạt …. Công ty Cổ phần Mía
        đường Hoà Bình … bị phạt …. Đơn vị thứ ba bị phạt là cơ sở chăn nuôi lợn của ông Nguyễn Ngọc Sáng", vietnews-020699,
        tester s21): one decision told item by item."""
        if not m.counted or m.type != d.type or d.time_in_sentence and not _compatible_times(m.time, d.time):
            return False
        if len({n for r, n, _ in m.participants if r == m.object_role}) >= m.counted:
            return False
        if not any(r == d.object_role for r, _, _ in d.participants) or _other_doers(m, d, agent):
            return False
        return _one_inside_other(m_words, d_words) and _reading(doc).find("\n", m.trigger[1], d.trigger[0]) is None

    def _points_back(self, doc: Doc, d: _Draft) -> bool:
        """Whether the trigger is followed right away by a word pointing back (pointing_back_followers: "quyết định xử phạt
        nêu trên"): a happening told before, not a new one (asked of the drafts left standing by _merge)."""
        after = [w.strip(".,;:!?") for w in self._between(doc, d.trigger[1], d.sentence.end_char).split()[:2]]
        return bool(_edge_phrase(after, self.pointing_back_followers, last=False, most=2))

    def _incident_named_again(self, m: _Draft, d: _Draft) -> bool:
        """Whether ``d`` names the incident ``m`` again by its noun ("vụ nổ"), with no time of its own in its sentence and
        nobody named in it ("Một số kênh truyền thông đưa tin có hai vụ nổ xảy ra.", vietnews-007882, after the blast told
        with its day): the same happening, not one more."""
        return m.type == d.type and d.type in self.incident_types and d.incident_noun and not d.time_in_sentence \
            and not d.participants and (d.word == m.word or any(m.word in g and d.word in g for g in self.same_happening)) \
            and not _other_places(m, d)

    def _one_more_act(self, doc: Doc, d: _Draft) -> bool:
        """Whether ``d``'s doer, named in its sentence, is said to do it "also" (occurrence.also_words among the last words
        before the trigger: "Bộ Quốc phòng Nga cũng ra thông báo, …" after its "thông báo từ bộ Quốc phòng Nga cho biết",
        events-heldout10 006446): one more act of its kind, not the one told before again. For the acts that put out a
        document or a statement only (issuing_types): a speech told "also" is often the one told before, retold with more
        of its content ("Bộ Nội vụ đã … yêu cầu làm rõ …. Bộ cũng đã yêu cầu Sở Nội vụ …", all-dev 021647, one request)."""
        if not d.agent_in_sentence or d.type not in self.issuing_types:
            return False
        before = fold(_reading(doc)[d.sentence.start_char : d.trigger[0]]).split(",")[-1].split()
        return bool(set(before[-self.windows["also_words"] :]) & self.also_words)

    def _bare_incident_retold(self, doc: Doc, m: _Draft, d: _Draft) -> bool:
        """Whether ``d`` tells again, naming nobody, the incident ``m`` told before by the same word or one of its
        one_happening group, at a compatible time and place: the title, the lead and a later retelling of one crash or
        fire ("Trực thăng cứu hộ chở 9 người rơi ở Nhật Bản", then "Chiếc trực thăng rơi xuống vùng núi …", vietnews-009531,
        tester s19). Not one whose subject is brought in as a new one (new_referent_words: "Hồi tháng hai, một chiếc trực
        thăng đã gặp sự cố và rơi") or as one more (also_words), unless ``m`` is still the headline's and ``d`` the body's
        first telling, which tells it again as news ("Xe buýt liên tục bốc cháy bí ẩn giữa Roma", then "Thêm một chiếc xe
        buýt vừa mới bốc cháy tại Roma ngày 8-5", 005088), then also at a place the headline names coarser ("Cháy gara ở Bình
        Dương", then "Chiều 26/3, đám cháy bùng phát ở phòng sơn xe gara Auto Bình Dương (thị xã Thuận An, …)", 021497) and
        with the people it names ("Cây bạch đàn bị cưa đổ, đè trúng 3 học sinh", then "… ông Trí để cây bạch đàn … đè trúng
        …", 020571)."""
        if m.type != d.type or d.type not in self.incident_types \
                or not (d.word == m.word or any(m.word in g and d.word in g for g in self.same_happening)) \
                or not _compatible_times(m.time, d.time):
            return False
        first_told = _in_headline(doc, m) and not _in_headline(doc, d)  # (_retold_in_body then moves it to the body)
        if _other_places(m, d) and not first_told and not _abroad_in_country(doc, m.location, d.location):
            return False
        if d.participants and (m.participants or not (first_told or m.toll)):
            # (… named later: the headline's incident, or one told with its toll, "vừa xảy ra vụ đuối nước khiến 2 chị em
            # ruột tử vong", then "hai chị em ruột là T.T. T.L. (14 tuổi) và T.V. K. (6 tuổi) … bị chết đuối",
            # events-heldout11 003377: one drowning, unless it is brought in as another below)
            return False
        if d.participants and first_told:
            return True
        before = fold(_reading(doc)[d.sentence.start_char : d.trigger[0]]).split(",")[-1].split()
        if set(before[-self.windows["also_words"] :]) & self.also_words:
            return False  # "tại công ty … phường Uyên Hưng … cũng xảy ra cháy lớn" (vietnews-014964): one more fire
        return first_told or not any(before[i : i + len(w)] == w for w in self.new_referent_words
                                     for i in range(len(before)))

    def _retold_in_body(self, doc: Doc, m: _Draft, d: _Draft) -> None:
        """An incident told again keeps the longer of two places that hold one another ("Quảng Ninh",
        "cảng Cái Rồng (Vân Đồn, Quảng Ninh)"), and one the headline told first is recorded at the body's first telling, where
        its day and place are written ("Hai ôtô lao xuống mép sông, một người chết", then "Vào cua gấp, xe giường nằm lao xuống
        mép sông Cà Mau ở Ninh Bình", vietnews-022302), with the lead's place if it names one."""
        if m.location and d.location and len(d.location) > len(m.location):
            m.location = d.location
        if _in_headline(doc, m) and not _in_headline(doc, d):
            m.trigger, m.sentence, m.word, m.time_in_sentence = d.trigger, d.sentence, d.word, d.time_in_sentence
            m.location = d.location or m.location

    def _named_again_bare(self, doc: Doc, m: _Draft, d: _Draft) -> bool:
        """Whether ``d`` names the happening ``m`` told before again by the same noun (_nominal), with no time in its
        sentence and nothing after the noun that names another (bare_mention_followers or a punctuation mark: "… khai mạc
        phiên họp và …", vietnews-014823): the same happening, whoever stands in its sentence (they join it only when it
        is their setting, _setting)."""
        if m.type != d.type or d.word != m.word or d.time_in_sentence or m.trigger[0] >= d.trigger[0] \
                or not self._nominal(doc, *d.trigger) or self._brought_in_new(doc, d):
            return False
        after = _reading(doc)[d.trigger[1] : d.sentence.end_char]
        words = after.split()
        bare = not words or not words[0][:1].isalnum() \
            or bool(_edge_phrase([fold(w) for w in words[:2]], self.bare_mention_followers, last=False, most=2))
        return bare and not _other_places(m, d) \
            and not _other_counterparts(m, d, self._counterpart(doc, m), self._counterpart(doc, d))

    def _told_earlier(self, doc: Doc, d: _Draft) -> bool:
        """Whether the trigger's sentence opens with an earlier_openers phrase ("Trước đó, bị can Lê Tấn Hùng đã bị khởi tố,
        bắt tạm giam …", vietnews-016934, after the prosecution of 24-8 the lead tells): what came before the story, not
        the story's happening named again."""
        opening = self._between(doc, d.sentence.start_char, d.trigger[0]).replace(",", " ").split()
        return bool(_edge_phrase(opening, self.earlier_openers, last=False))

    def _brought_in_new(self, doc: Doc, d: _Draft) -> bool:
        """Whether the trigger's noun is brought in as a new one: the indefinite "một" (indefinite_words) right before it
        or before its classifier ("Thủ tướng Anh Theresa May cho biết trong một thông báo", vietnews-007882, after "Sky News
        dẫn thông báo từ cảnh sát Anh": her notice, not the police's told again)."""
        words = self._between(doc, max(d.sentence.start_char, _reading(doc).back(d.trigger[0], self.windows["setting_chars"])),
                              d.trigger[0]).split()
        if len(words) >= 2 and words[-1] in self.event_nouns and words[-1] not in self.indefinite_words:
            words.pop()
        return bool(words) and words[-1] in self.indefinite_words

    def _named_again_same_day(self, doc: Doc, m: _Draft, d: _Draft) -> bool:
        """Whether ``d`` names the happening ``m`` told before again by the same noun (_nominal) on the same day and at
        the same place ("… giải thích trong cuộc họp báo ngày hôm nay 27-6 tại thủ đô Kuala Lumpur" and the caption "…
        công bố hình ảnh các món đồ thu giữ từ gia đình cựu thủ tướng Najib Razak trong cuộc họp báo ngày 27-6 tại thủ đô
        Kuala Lumpur", vietnews-005452): one happening; who stands in the later sentence joins it not."""
        return m.type == d.type and d.word == m.word and m.trigger[0] < d.trigger[0] and m.time == d.time \
            and m.time is not None and len(m.time) == len("XXXX-06-27") and bool(m.location and d.location) \
            and not _other_places(m, d) and self._nominal(doc, *d.trigger)

    def _counterpart(self, doc: Doc, d: _Draft) -> set[str]:
        """The capitalised words (folded) of the other side written right after the trigger behind a counterpart cue
        ("cuộc họp với nhóm G7 ở Italia": {"g7"}), up to a comma or a word of counterpart_ends; empty for none."""
        reading = _reading(doc)
        after = reading[d.trigger[1] : min(reading.ahead(d.trigger[1], 80), d.sentence.end_char)]
        words = re.split(r"[,.;:!?()\"“”]", after)[0].split()
        if not words or fold(words[0]) not in self.counterpart_cues:
            return set()
        names = set()
        for w in words[1:]:
            if fold(w) in self.counterpart_ends:
                break
            if w[:1].isupper() or w[:1].isdigit() and any(c.isupper() for c in w):
                names.add(fold(w))
        return names

    def _record(self, doc: Doc, d: _Draft) -> Event:
        a, b = d.trigger
        # one entry per (role, name): a body named twice in the sentence ("làm việc với Ban Thường vụ …, … Ban
        # Thường vụ …") takes part once
        participants = list(dict.fromkeys(d.participants))
        evidence = [True, d.time_in_sentence, d.agent_in_sentence, len(participants) > 1]
        return Event(
            type=d.type,
            trigger=Mention(text=norm_text(doc).source[a:b], start=a, end=b),
            time=d.time,
            location=d.location,
            participants=[Participant(role=r, name=n, kind=k) for r, n, k in participants],
            documents=d.documents,
            sentence=_sentence_range(d.sentence),
            confidence=round(0.2 + 0.2 * sum(evidence), 2),
        )


def _sentence_range(sentence: Span) -> CharRange:
    """The sentence's characters without the white space around it (the blank line closing a paragraph, "&nbsp;"),
    so that slicing the input with it gives the sentence a reader sees."""
    first = next((t for t in sentence if written(t.text).strip()), None)
    if first is None:
        return CharRange(start=sentence.start_char, end=sentence.end_char)
    last = next(t for t in map(sentence.__getitem__, range(len(sentence) - 1, -1, -1)) if written(t.text).strip())
    return CharRange(start=first.idx, end=last.idx + len(last.text))


def _most_named(bodies: list[_Entity], at: int, heads) -> _Entity | None:
    """The body named most often before ``at`` among ``bodies`` whose name opens with one of ``heads`` (folded) and goes
    on, the last of equals: who a body named by its head alone ("Công an khám nghiệm hiện trường") or a group in lower
    case ("lực lượng chức năng bắt giữ") stands for."""
    named = [b for b in bodies if b.end <= at and any(_folded(b.name).startswith(h + " ") for h in heads)]
    counts = Counter(b.name for b in named)
    return max(reversed(named), key=lambda b: counts[b.name]) if named else None


def _longest(phrases) -> int:
    """The number of words of the longest phrase (0 for none)."""
    return max((len(p.split()) for p in phrases), default=0)


def _last_match(patterns, text: str):
    """The last match in ``text`` of the first of ``patterns`` that matches it, or None."""
    for pattern in patterns:
        found = None
        for found in pattern.finditer(text):
            pass
        if found:
            return found
    return None


def _edge_phrase(words: list[str], phrases, last: bool = True, most: int = 3) -> int:
    """How many of the last (or first) words, at most ``most``, make a phrase of ``phrases``: the longest such, or 0."""
    for n in range(min(most, len(words)), 0, -1):
        if " ".join(words[-n:] if last else words[:n]) in phrases:
            return n
    return 0


def _title_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the TITLE entities, read once per document."""
    key = ("vnx_events", "title_ranges")
    if key not in doc.user_data:
        doc.user_data[key] = [(sp.start_char, sp.end_char) for sp in doc.spans.get("entities", []) if sp.label_ == "TITLE"]
    return doc.user_data[key]


def _titles_from(doc: Doc, lo: int, hi: int) -> list[tuple[int, int]]:
    """The ranges of ``_title_ranges`` starting at ``lo`` or after and before ``hi``, in its order: by bisection over their
    starts (sorted once per document), not a scan of every title of the article for every entity."""
    key = ("vnx_events", "title_starts")
    titles = _title_ranges(doc)
    if key not in doc.user_data:
        order = sorted(range(len(titles)), key=lambda i: titles[i][0])
        doc.user_data[key] = order, [titles[i][0] for i in order]
    order, starts = doc.user_data[key]
    return [titles[i] for i in sorted(order[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)])]


def _compact(doc: Doc) -> list[int]:
    """The indices of the tokens that are no white space inside a line (which the matching form reads as the one space
    between two words): windows of words are counted on them, as in the plain text. Read once per document."""
    key = ("vnx_events", "compact")
    if key not in doc.user_data:
        spaces = doc.to_array([IS_SPACE]).tolist()  # (no Token object per token)
        doc.user_data[key] = [i for i, space in enumerate(spaces) if not space or LINE_END.search(doc[i].text)]
    return doc.user_data[key]


def _word_starts(doc: Doc) -> list[bool]:
    """underthesea's word starts, with a word starting at each edge of a name and after a digit or a mark: the segmenter
    may run a name on into the verb after it ("huyện Long Hồ thụ lý") or a date into the noun after it ("13-6 sở sẽ").
    Letters are read in the tokens' matching form (a word with a zero-width character or soft hyphen is still letters),
    and a run of white space inside a line starts no word. Read once per document."""
    key = ("vnx_events", "word_starts")
    if key not in doc.user_data:
        starts = list(doc._.word_starts or [True] * len(doc))
        kept = _compact(doc)
        for sp in doc.spans.get("entities", []):
            starts[sp.start] = True
            after = bisect.bisect_left(kept, sp.end)  # (the word after the name, past white space)
            if after < len(kept):
                starts[kept[after]] = True
        strings = doc.vocab.strings
        alpha = [a or strings[n].isalpha() for a, n in zip(doc.to_array([IS_ALPHA]).tolist(), doc.to_array([NORM]).tolist())]
        for i, j in zip(kept, kept[1:]):
            if alpha[j] and not alpha[i]:
                starts[j] = True
        doc.user_data[key] = starts
    return doc.user_data[key]


def _whole_words(doc: Doc, start: int, end: int, word_starts: list[bool]) -> bool:
    """Whether doc[start:end] is whole words of underthesea's segmentation, or the first syllables of a word the
    segmenter glued of syllables its dictionary does not know as one word, the rest in lower case: it runs a trigger on
    into the word after it now and then ("Một vụ nổ nghi do khủng bố" as "nổ_nghi", vietnews-007882; "tông_trúng",
    022302), where a dictionary compound ("bắt_giữ", "chữ_ký") is one word whose syllables are no trigger of their own.
    (Not the last syllables of a word: a noun glued before a verb names a doer or a thing, "nhà_đầu_tư", "kẻ_cướp_giật".)"""
    if not word_starts[start]:
        return False
    if end == len(doc) or word_starts[end]:
        return True
    first = next(i for i in range(end - 1, start - 1, -1) if word_starts[i])  # (the word cut by the trigger's end)
    last = next((i for i in range(end + 1, len(doc)) if word_starts[i]), len(doc))
    rest = doc[end:last].text
    known = segmenter_dictionary()
    return bool(known) and rest == rest.lower() and _dictionary_form(doc[first:last].text) not in known


def _dictionary_form(word: str) -> str:
    """A word as the segmenter's dictionary spells it: folded, with the old 'y' of a syllable ending in it after a
    consonant written 'i' as the dictionary has it ("chữ ký" is its "chữ kí")."""
    return " ".join(re.sub(r"(?<=[bcdđghklmnpqrstvx])([yýỳỷỹỵ])$", lambda m: "iíìỉĩị"["yýỳỷỹỵ".index(m.group(1))], w)
                    for w in fold(word).split())


# underthesea's POS tags of common nouns (VLSP 2013: N noun, Nc classifier, Nu unit, Ny abbreviated noun); Np is a name
_COMMON_NOUN_TAGS = frozenset({"N", "Nc", "Nu", "Ny"})


def _pos_tags(doc: Doc, sentence: Span, cased: bool = False) -> dict[int, str]:
    """underthesea's POS tags (VLSP 2013 tag set) for the words of a sentence, on the token starting each word;
    ``cased`` tags the words as written (proper nouns, ``Np``, are told by their capitals), composed: the tagger's
    features are NFC strings, and NFD input must tag as its NFC does; else their matching form."""
    words: list[tuple[int, str]] = []
    word_starts = _word_starts(doc)
    for token in sentence:
        if token.is_space:
            continue
        form = (written(token.text) or token.text) if cased else token.norm_
        if not words or word_starts[token.i]:
            words.append((token.i, form))
        else:
            words[-1] = (words[-1][0], words[-1][1] + " " + form)
    if not words:
        return {}
    tags = underthesea_crf("pos_tag", "pos_crf_vlsp2013_20230303").predict([[w] for _, w in words])
    return {i: tag.split("-", 1)[-1] for (i, _), tag in zip(words, tags)}


@lru_cache(maxsize=4096)
def _folded(name: str) -> str:
    """A name folded, once per name (the rules compare the names of an article's bodies over and over)."""
    return fold(name)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Provinces and countries named without a level word ("Nga", "Cần Thơ"), folded."""
    return frozenset(fold(name) for name in bare_place_names())


def _bare(name: str) -> str:
    """A name without its tone and vowel marks, for telling one name spelled two ways."""
    return unmarked(fold(name).replace("đ", "d"))


DASHES = ("-", "–")  # the dashes that set off an apposition ("Ông X - phó trưởng phòng …, Cục Y - phát biểu")
PASSIVE_ROLES = ("subject", "appointee", "suspect", "victim", "recipient")


def _known(t) -> bool:
    """Whether a time expression's value tells something: not None, and not all X ("hôm qua" read without a
    publication date is ``XXXX-XX-XX``, a day nobody can name)."""
    return t.value is not None and any(ch.isdigit() for ch in t.value)


def _days(doc: Doc) -> tuple[list, list[int]]:
    """The article's known times of a day or finer, in order, with their starts; read once per document."""
    key = ("vnx_events", "days")
    if key not in doc.user_data:
        days = [t for t in doc._.times or () if _known(t) and t.granularity in ("day", "hour", "minute")]
        doc.user_data[key] = days, [t.start for t in days]
    return doc.user_data[key]


def _day(value: str | None) -> str | None:
    """An event's time is its day (or coarser): "XXXX-06-12T15" is "XXXX-06-12"."""
    return value.split("T", 1)[0] if value else value


def _next_day(value: str) -> str | None:
    """The day after a day value ("XXXX-05-10" -> "XXXX-05-11"; an unknown year read as a leap one), None for a value
    coarser than a day."""
    if not re.fullmatch(r"[\dX]{4}-\d\d-\d\d", value):
        return None
    year = int(value[:4]) if value[:4].isdigit() else 2000
    after = date(year, int(value[5:7]), int(value[8:10])) + timedelta(days=1)
    return f"{value[:4] if after.year == year else after.year if value[:4].isdigit() else 'XXXX'}-{after:%m-%d}"


def _share(a: set[str], b: set[str]) -> bool:
    """A name in common, one written inside the other ("Chính phủ" in "Thanh tra Chính phủ") counting."""
    return any(words_within(x, y) for x in a for y in b)


def _trigger_words(doc: Doc, d: _Draft) -> list[str]:
    return fold(_reading(doc)[d.trigger[0] : d.trigger[1]]).split()


def _one_inside_other(a: list[str], b: list[str]) -> bool:
    """One trigger written inside the other as whole words ("xét xử" in "phiên xét xử"; not "hội kiến" / "hội đàm")."""
    return words_within(" ".join(a), " ".join(b))


def _object_names(x: _Draft) -> set[str]:
    """The names of the ones a draft's happening falls on (its type's object role)."""
    return {n for r, n, _ in x.participants if r == x.object_role}


def _other_objects(m: _Draft, d: _Draft) -> bool:
    """Both name the ones the happening falls on, and none in common: two happenings of one doer
    ("khởi tố 5 đối tượng" and, before that, "khởi tố bị can … ông Liêm"); the chair of a meeting with others named takes
    part in it too (the chair of "Đoàn giám sát … do ông A … làm Trưởng đoàn đã làm việc với …" is in "Tại buổi làm việc,
    ông A đề nghị …")."""
    def objects(x: _Draft) -> set[str]:
        named = _object_names(x)
        return named | {n for r, n, _ in x.participants if r == "chair"} if named else named

    a, b = objects(m), objects(d)
    return bool(a) and bool(b) and not _share(a, b)


def _doers(d: _Draft, agent_role: str) -> set[str]:
    """The names of a draft's doers (its type's agent role, or chair)."""
    return {n for r, n, _ in d.participants if r in (agent_role, "chair")}


def _other_doers(m: _Draft, d: _Draft, agent_role: str) -> bool:
    """Both name a doer, and none in common ("Phó thủ tướng yêu cầu Bộ Nội vụ …" and "Bộ cũng đã yêu cầu Sở …")."""
    a, b = _doers(m, agent_role), _doers(d, agent_role)
    return bool(a) and bool(b) and not _share(a, b)


def _same_objects_same_day(m: _Draft, d: _Draft) -> bool:
    """Both name the same ones the happening falls on, on the same day: one happening though their doers differ, a body and
    its unit ("Cơ quan công an Đồng Nai vừa bắt giữ hai nghi can" and "Phòng Cảnh sát hình sự (PC 45, Công an tỉnh Đồng Nai)
    … bắt khẩn cấp hai nghi can", both naming the two, vietnews-016986)."""
    return bool(_object_names(m)) and _object_names(m) == _object_names(d) and m.time is not None and m.time == d.time \
        and len(m.time) == len("XXXX-04-07")


def _complementary(m: _Draft, d: _Draft, agent_role: str) -> bool:
    """One names only the doer, the next sentence only the one it falls on ("… vừa bắt một kẻ lừa …" then "Danh tính
    đối tượng mới bị bắt giữ … là Phạm Hồng Hải"): one happening told in two sentences."""
    def sides(x: _Draft) -> tuple[bool, bool]:
        roles = {r for r, _, _ in x.participants}
        return bool(roles & {agent_role, "chair"}), x.object_role in roles

    adjacent = 0 <= d.sentence.start_char - m.sentence.end_char <= 4
    return adjacent and {sides(m), sides(d)} == {(True, False), (False, True)}


def _unrelated_doers(m: _Draft, d: _Draft, agent_role: str) -> bool:
    """Both name a doer and their names have no word in common ("Lầu Năm Góc" / "Walmart"; a court written two ways,
    "HĐXX TAND Cấp" / "TAND Cấp cao tại TP. HCM", is one doer)."""
    for roles in ({agent_role, "chair"}, {"agent"}):  # (and the bodies holding a meeting: "do Cục Sở hữu trí tuệ tổ chức")
        a = {w for r, n, _ in m.participants if r in roles for w in fold(n).split()}
        b = {w for r, n, _ in d.participants if r in roles for w in fold(n).split()}
        if a and b and not a & b:
            return True
    return False


def _in_headline(doc: Doc, d: _Draft) -> bool:
    """Whether the draft's trigger lies in the article's title (layout region "title")."""
    return any(kind == "title" and a <= d.trigger[0] < b for a, b, kind in doc._.regions or ())


def _other_places(m: _Draft, d: _Draft) -> bool:
    """Whether both drafts have a place and neither names the other's ("hạt Sindo" and "Bắc Kinh": two visits; "Hà Nội" and
    "quận Hoàn Kiếm, Hà Nội" may be one happening)."""
    return bool(m.location and d.location) and not words_within(m.location, d.location) \
        and not words_within(d.location, m.location)


def _abroad_in_country(doc: Doc, a: str, b: str) -> bool:
    """Whether one of two places is a country and the other a place below a country that Việt Nam's gazetteer does not
    hold (no official name, no province: abroad), which the place records cannot say is elsewhere: a crash "ở Nhật Bản"
    told again "ở Gunma" (vietnews-009531)."""
    kinds: dict[str, tuple[str | None, bool]] = {}
    for loc in doc._.locations or ():
        for name in (loc.name, *(m.text for m in loc.mentions)):
            kinds.setdefault(fold(name), (loc.kind, loc.official_name is None and loc.province is None))
    first, second = kinds.get(fold(a)), kinds.get(fold(b))
    if first is None or second is None:
        return False
    return any(x[0] == "country" and y[0] != "country" and y[1] for x, y in ((first, second), (second, first)))


def _other_counterparts(m: _Draft, d: _Draft, a: set[str], b: set[str]) -> bool:
    """Both name the other side after the trigger (``a``, ``b``: its capitalised words) and neither the other's other side
    nor one of its participants has a word of it: two meetings ("với NATO" / "với nhóm G7"); "A hội đàm với B" and "B hội
    đàm với A" are one."""
    def known(x: _Draft, side: set[str]) -> set[str]:
        return side | {w for _, n, _ in x.participants for w in fold(n).split()}

    return bool(a) and bool(b) and not a & known(d, b) and not b & known(m, a)


def _compatible_times(a: str | None, b: str | None) -> bool:
    """Unknown, equal, or equal where one leaves digits unknown ("XXXX-12-06" and "2017-12-06")."""
    if a is None or b is None or a == b:
        return True
    return len(a) == len(b) and all(x == y or "X" in (x, y) for x, y in zip(a, b))


@Language.factory("vnx_events", assigns=["doc._.events"], requires=["doc._.people", "doc._.organizations", "doc._.times"])
def make_events(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor(nlp)
