"""Pipeline component ``vnx_documents``: citations of Party and state documents, parsed and merged.

Recognises the three symbol shapes — Party ``số-LOẠI/CƠQUAN`` (62-KL/TW), state normative
``số/năm/LOẠI-CƠQUAN`` (100/2019/NĐ-CP, 59/2020/QH14) and administrative ``số/LOẠI-CƠQUAN``
(1234/QĐ-UBND, 123/UBND-VP) — with or without a kind word and "số", number lists
("số 10, 11, 12-NQ/TW"), ranges ("từ số 10 đến số 12-NQ/TW": the documents between the ends, which have no words of
their own, get the whole range as their one mention; see ``_range_between``), documents cited by kind and number
("Chỉ thị 05 của Bộ Chính trị"), named documents with a year or a congress ("Luật Đất đai năm 2024", "Hiến pháp năm
2013", "Nghị quyết Trung ương 4 khóa XII"; with their symbol in brackets beside them, one document: see
``_link_apposed``), and later bare mentions ("Kết luận 62"). Each citation is
read with the "số … ngày … của … về …" formula around it (issued_on, issuer, subject, signed_by),
and with "Ngày …, <issuer> đã ban hành <citation>" before it. The code tables (type codes, issuer
codes, kind words), the named documents (laws, constitution, congress and plenum resolutions) and
the context words are data files (``data/document_*.tsv``, ``data/document_context.yaml``); the code
builds its patterns from them.

The grammar is written by hand with regular expressions: no maintained library parses Vietnamese
document symbols, and the symbol rules are short and fixed by the regulations the tables cite.

Assigns ``doc._.documents`` (one ``DocumentReference`` per distinct document, all its mentions
merged) and ``doc.spans["documents"]`` (one span labelled DOCUMENT per mention).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .gazetteer import commune_names, name_key, units
from .layout import vietnam_day, warn
from .lexicons import alternation, load_tsv, load_yaml
from .records import DocumentReference, Mention
from .text import LINE_END, LINES, NormText, fold, normalize, unmarked
from .times import pick_year
from .tokenizer import _segmenter, _syllable_pattern, norm_text, underthesea_crf

if not Doc.has_extension("documents"):
    Doc.set_extension("documents", default=None)

# white space inside a symbol: one line break at most, after a separator ("100/2019/\nNĐ-CP", a line wrapped at it), never
# before one (a dash that opens a line is a bullet: "… là 15\n- KL/TW …") nor a paragraph break (a blank line)
_WS = r"[^\S\n]*(?:\n[^\S\n]*)?"
_DASH = rf"[^\S\n]*[-–‐]{_WS}"
_SLASH = rf"[^\S\n]*/{_WS}"
# A code: "QH14"/"QH 14" (a term number may be split off by word segmentation), "C 01", "KTT 2", "BCĐ 389" (a unit), or
# letters with digits, "&" or "." inside and an optional "(HTKT)" suffix.
_CODE = (r"(?:(?i:UBTVQH|QH)\s?\d{1,2}(?![\d/]|[.,]\d)|[^\W\d_]{1,2} \d{1,3}(?![\d/]|[.,]\d)|(?-i:[A-ZĐ]{3}) \d{1,3}(?![\d/]|[.,]\d|\s*[/-])"
         r"|[^\W\d_][^\W_]*(?:(?:\.|\s?&\s?)[^\W\d_]+)*(?:\s?\((?:[A-ZĐ]{2,}|[A-ZĐ]{1,3}\s?\d{1,3})\))?)")
# Word segmentation sometimes splits digit groups ("20/2 016/TT-BTC", "số 1 30/2 003/QĐ-TTg"): read them whole.
# A year after the era (2077) is read too, and kept only when the rest of the symbol fits (see _parse_symbol).
_YEAR = r"(?:1\s?9[4-9]\d|2\s?0\d\d)"
# "Nghị định 1 20/2 017 / NĐ - CP": a first digit split off after a word, only when the year is split the same way.
# A number after ":" and a digit split off is the year of a technical regulation's "số hiệu:năm" ("QCVN 05:2 013 / BTNMT",
# the national standard 05:2013 of the Bộ TN-MT, cut by word segmentation), no document number.
_SYMBOL = re.compile(
    r"(?<![\w/.,–-])(?<!:\d )(?:"
    rf"(?P<snum>(?:(?<=[^\W\d_] )\d\s(?=\d{{2,3}}\s*/\s*[12]\s\d{{3}}))?\d{{1,5}}(?:\s?[a-z](?=\s*/))?)(?P<nsep>{_SLASH}|{_DASH}(?={_YEAR}\s*/))(?P<year>{_YEAR})(?P<ysep>{_SLASH}|{_DASH})(?P<scodes>{_CODE}(?:(?:{_DASH}|{_SLASH}){_CODE})*)"
    rf"|(?P<pnum>\d{{1,5}}){_DASH}(?P<ptype>{_CODE})(?P<psep>{_SLASH}|{_DASH})(?P<pcodes>{_CODE}(?:{_DASH}{_CODE})*)"
    rf"|(?P<anum>\d{{1,6}}(?:\s?[a-zA-Z](?=\s*/))?){_SLASH}(?P<acodes>{_CODE}(?:(?:{_DASH}|{_SLASH}){_CODE})*)"
    rf"|(?P<gnum>\d{{1,5}}) (?P<gtype>[A-ZĐ][A-Za-zĐđ]{{1,4}})(?P<gsep>{_SLASH}|{_DASH})(?P<gcodes>{_CODE}(?:(?:{_DASH}|{_SLASH}){_CODE})*)"
    r")"
)
_SEPARATOR = re.compile(rf"{_DASH}|{_SLASH}")
_TERM = re.compile(r"^(UBTVQH|QH)(\d{1,2})$")
_D_FORMS = str.maketrans({"Đ": "D", "Ð": "D", "ð": "D"})
_DATE = re.compile(
    r"(?P<d>\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*(?P<m>\d{1,2})(?:\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>\d{4}))?(?![\d/])",
    re.IGNORECASE,
)
_FULL_DATE = re.compile(r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})(?!\d)")
# Every Vietnamese capital letter as a regex class body (NFC: the base vowels with each tone mark, and Đ), written
# [[:upper:]] in the data files' patterns; [A-ZĐ] alone misses "Ủ", "Ô", "Á"...
_UPPER = "A-ZĐ" + "".join(sorted({unicodedata.normalize("NFC", v + mark) for v in "AĂÂEÊIOÔƠUƯY"
                                  for mark in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")} - set("AEIOUY")))


def _alternatives_re(patterns: list[str]) -> re.Pattern:
    """One pattern matching any of the data file's ``patterns``, their [[:upper:]] written out as Vietnamese capitals."""
    return re.compile("|".join(patterns).replace("[:upper:]", _UPPER))


_SENT_END = re.compile(r"(?<!\bTP)(?<!\bTp)(?<!\b[A-ZĐ])[.!?…](?=\s|$)|[;\n]")
_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def code_key(code: str) -> str:
    """Comparison key of a code or symbol: upper case, "Đ" as "D", no spaces."""
    return re.sub(r"\s+", "", code).upper().translate(_D_FORMS)


def _words_re(words) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternation(normalize(w).text for w in words)})(?!\w)", re.IGNORECASE)


# a dash between two words of a name is its "và" or "&" when names are compared with the issuer table, as ``_names_re``
# lets the text write a dash for the table's "và": "Sở TN - MT" = "Sở TN & MT", "Bộ GD-ĐT" = "Bộ GD & ĐT", "bộ kế hoạch -
# đầu tư" = "Bộ Kế hoạch và Đầu tư" (any word, in any case: the table's names and the text's pass through it alike)
_NAME_DASH = re.compile(r"(?<=[^\W\d_])\s*[-–]\s*(?=[^\W\d_])")
_AND = fold(load_yaml("document_context.yaml")["name_conjunction"])  # "và", which "&" and a dash stand for in names


def _akey(name: str) -> str:
    """Comparison key of an issuer name: folded, "&" (and a dash between words) read as "và", commas left out
    ("Bộ Văn hóa, thể thao & du lịch" = "Bộ Văn hóa, Thể thao và Du lịch", "Sở TN - MT" = "Sở TN & MT")."""
    return " ".join(fold(_NAME_DASH.sub(" & ", name)).replace("&", f" {_AND} ").replace(",", " ").split())


def _names_re(keys) -> re.Pattern:
    """Issuer names, given by their ``_akey`` (folded, "&" as "và", no commas), as the text writes them: any case,
    "và", "&" or a dash, a comma or not between words."""
    def pattern(key: str) -> str:
        tokens = key.split()
        out = ""
        for i, tok in enumerate(tokens):
            if i:
                out += r"[\s,]*" if _AND in (tok, tokens[i - 1]) else r"(?:\s*,\s*|\s+)"
            out += rf"(?:{re.escape(_AND)}|&|[-–])" if tok == _AND else re.escape(tok)
        return out
    ordered = sorted(keys, key=lambda k: (-len(k), k))
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(pattern, ordered))})(?!\w)", re.IGNORECASE)


def _optional_words(words) -> str:
    """Each word optional, in the given order, each followed by white space."""
    return "".join(rf"(?:{alternation([w])}\s+)?" for w in words)


# a year followed by a dash and another year is a period ("Nghị quyết 5 năm 2016-2020": five years), not an issue year
_NOT_PERIOD = r"(?!\s*[-–]\s*\d)"
_YEAR_AFTER = r"\s+(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?![\d/])"
_YEAR_LIST = re.compile(r"\s*(?:,|\svà)\s+(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?![\d/]|\s*[-–]\s*\d)")  # "… năm 2003 và 2013"
_NAME = r"(?:[^\W\d_]+(?:,\s+|\s+)){0,7}?[^\W\d_]+"
# "BLHS 2015": an abbreviated code name (data: code_abbreviations) with its year.
_CODE_ABBREVIATION = re.compile(rf"(?<!\w)(?P<abbr>[A-ZĐ]{{4,6}}){_YEAR_AFTER}")


@dataclass(frozen=True)
class _Tables:
    """The data files, indexed for matching."""

    types: dict  # (key, "party"|"state") -> (code, kind)
    type_rows: dict  # (key, system) -> every (code, kind) of that key: "HD" Hướng dẫn and "HĐ" Hợp đồng share one
    issuers: dict  # key -> row (the first row of a code)
    issuer_table_keys: frozenset  # the keys of ``issuers``, built once (asked for every citation: "a code the tables know")
    system_issuers: dict  # (key, system) -> row, for a code with a row per system ("TW")
    case_codes: frozenset  # keys of court case codes ("DS", "HNGĐ", "ST"): not issuers
    instance_codes: frozenset  # keys of the court-level codes among them ("ST", "PT")
    form_codes: dict  # key -> type code key it completes ("XPVPHC" after "QĐ"): part of the type, no issuer
    kinds: dict  # fold(written) -> (kind, generic)
    bare_kinds: frozenset  # fold(written) of kind words that cite a document with a bare number
    numbered_kinds: frozenset  # fold(written) of kind words whose documents go by their number ("Công ước 98")
    kind_re: re.Pattern
    alias_re: re.Pattern
    alias_codes: dict  # _akey(alias) -> set of issuer keys
    head_re: re.Pattern
    org_re: re.Pattern
    court_re: re.Pattern  # the heads of a court's name ("TAND", "Tòa án nhân dân")
    behalf_re: re.Pattern  # "thay mặt" before the body a signer acts for
    title_re: re.Pattern
    title_after_re: re.Pattern  # a word that goes on a title, before its body ("thường trực"; data/title_modifiers.tsv)
    place_words: frozenset
    place_re: re.Pattern
    name_stop_re: re.Pattern
    surnames: frozenset  # fold(surname), data/surnames.tsv (shared with the entity component)
    addresses: frozenset  # fold(form of address) before a person's name ("ông", "bà"), data/honorifics.tsv
    kind_issuers: dict  # kind -> the only issuer of that kind ("Nghị định" -> "Chính phủ")
    subject_stop_re: re.Pattern
    party_subject_stop_re: re.Pattern  # ends a Party document's subject only
    verb_tail_re: re.Pattern
    issuer_tail_re: re.Pattern
    not_law: frozenset
    kind_gap_stops: frozenset
    ctx: dict  # data/document_context.yaml as read
    law_re: re.Pattern  # "Luật Đất đai năm 2024"
    law_before_re: re.Pattern  # "Luật Đất đai" ending the text before "số"
    convention_re: re.Pattern
    constitution_re: re.Pattern
    congress_re: re.Pattern
    plenum_re: re.Pattern
    after_date_re: re.Pattern  # "…, ban hành ngày 3/2/2020"
    issuer_link_re: re.Pattern  # "…, của …" / "… do …"
    addressee_re: re.Pattern  # "…, gửi … về"
    relative_re: re.Pattern  # "… mà <issuer> gửi/ban hành"
    subject_re: re.Pattern  # "…, về …" / "V/v …"
    of_re: re.Pattern  # the loose issuer links ("của")
    of_before_re: re.Pattern  # "chỉ đạo của <issuer> tại <citation>"
    passive_before_re: re.Pattern  # "được <issuer> thẩm duyệt tại <citation>"
    active_before_re: re.Pattern  # "<body> phê duyệt … tại <citation>", the body opening its clause
    passive_lead_re: re.Pattern  # the words up to "được" before a clause's subject ("Dự án đã được UBND tỉnh …")
    seat_re: re.Pattern  # "tại" before a court's seat ("TAND Cấp cao tại Hà Nội")
    body_demonstrative_re: re.Pattern  # a body named by a demonstrative ("bộ này")
    signer_re: re.Pattern  # "do <title> <name> ký"
    dashed_signer_re: re.Pattern  # "do <name> - <title> - ký"
    apposed_signer_re: re.Pattern  # "do ông <name>, <title> ký"
    signing_before_re: re.Pattern  # "… <name> đã ký" ending the text before a citation
    signing_re: re.Pattern  # "đã ký", "vừa ký ban hành": a signing verb and its adverbs, after a signer's name
    time_before_re: re.Pattern  # "Ngày 13/12, X đã ban hành"
    time_opening_re: re.Pattern  # "Tối 27/10, thông tin từ …, liên quan …, bộ Công Thương đã có"
    reported_re: re.Pattern  # a reporting verb in that opening: its date is the report's
    number_context_re: re.Pattern
    counted_after_re: re.Pattern  # a unit after a bare number: it counts, it numbers no document ("3 năm tù")
    number_year_re: re.Pattern  # "Nghị định 68 năm 2014": the number and its year (not "5 năm 2016-2020", a period)
    part_before_re: re.Pattern  # an article, clause or point right before a kind word ("khoản 8, chỉ thị 05")
    citing_before_re: re.Pattern  # a word governing a document right before a kind word ("theo Nghị định 46")
    list_glue_re: re.Pattern
    range_re: re.Pattern  # "đến (số)" between the two ends of a range of symbols
    range_before_re: re.Pattern  # "từ số 10 đến số " before the symbol that ends a range
    form_before_re: re.Pattern  # "Mẫu" right before "số": a form's number, not a document's
    later_by_re: re.Pattern  # "… do Chính phủ vừa ban hành" later in the sentence
    dashed_re: re.Pattern  # place names written with a dash
    recipient_re: re.Pattern  # "gửi", "trình" right before a body: a recipient, not an issuer
    company_re: re.Pattern  # state corporations, which go by their code ("VEC")
    month_after_re: re.Pattern  # a month of issue right after a citation ("tháng 8/2000")
    later_date_re: re.Pattern  # "… ban hành ngày 11/7/2019" later in the sentence
    place_ranks: dict  # fold(place word) -> rank (document_context.yaml)
    long_gap_kinds: frozenset  # fold(kind word) allowed a longer gap before "số"
    joint_words: frozenset  # fold(word) that marks a joint document
    provision_words: frozenset  # fold(kind word) that names another document's provisions before its kind word
    demonstrative_re: re.Pattern  # "này", "trên" after a place word: the place the article names
    court_level_re: re.Pattern  # "Tối cao", "cấp cao" after a court's head
    time_lead_re: re.Pattern  # a date opening a noun phrase ("Ngày 20/8/2018 TAND …"): no part of the name
    org_then_name_re: re.Pattern  # an organisation head then a capitalised name ending the text ("Cục Xuất bản")
    placed_name_re: re.Pattern  # a place word and its capitalised name before a lower-case word ("tỉnh Ninh Thuận tiếp")
    code_case: dict  # code_key -> the code as the tables write it ("TTG" -> "TTg"), to put a lower-case code's capitals back
    alias_case: dict  # _akey(issuer name) -> the name as the table writes it
    place_case: dict  # fold(place word) -> as the data writes it ("tp." -> "TP.")
    syllable_re: re.Pattern  # a Vietnamese syllable without its marks: a word, not a code
    term_re: re.Pattern  # "khóa xii": a term's numeral, in any case
    law_compound_re: re.Pattern  # a word that makes "luật" part of another word, ending the text ("pháp luật", "kỷ luật")
    law_name_phrases: tuple  # fold(phrase) with a function word that stands inside a law's name ("của nhà nước")
    country_re: re.Pattern  # countries of two words or more, which no common phrase spells ("việt nam", "hàn quốc")
    country_case: dict  # fold(country) -> as data/countries.tsv writes it
    name_stop_words_re: re.Pattern  # a clause word or phrase that ends a name written in lower case ("ký", "công bố")
    symbol_end_re: re.Pattern  # what may follow a symbol: punctuation, the end, a context word ("ngày", "của", "về")
    address_re: re.Pattern  # a form of address before a person's name ("ông", "bà")


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    types: dict = {}
    type_rows: dict = {}
    for row in load_tsv("document_types.tsv"):
        systems = ("party", "state") if row["system"] == "both" else (row["system"],)
        for system in systems:
            types[(code_key(row["code"]), system)] = (row["code"], row["kind"])
            type_rows.setdefault((code_key(row["code"]), system), []).append((row["code"], row["kind"]))
    issuers, system_issuers, alias_codes = {}, {}, {}
    for row in load_tsv("document_issuers.tsv"):
        issuers.setdefault(code_key(row["code"]), row)
        system_issuers[(code_key(row["code"]), row["system"])] = row
        for alias in [row["name"], *filter(None, (row["aliases"] or "").split("|"))]:
            alias_codes.setdefault(_akey(alias), set()).add(code_key(row["same_as"] or row["code"]))
    kind_rows = load_tsv("document_kinds.tsv")
    # the middle names of Vietnamese people are the entity layer's data too (people_context.yaml)
    ctx = {**load_yaml("document_context.yaml"), "person_middle_names": load_yaml("people_context.yaml")["person_middle_names"]}
    alias_case: dict = {}
    for row in load_tsv("document_issuers.tsv"):
        for alias in [row["name"], *filter(None, (row["aliases"] or "").split("|"))]:
            alias_case.setdefault(_akey(alias), alias)
    code_case = {code_key(c): c for c in (
        *(r["code"] for r in load_tsv("document_types.tsv")), *(r["code"] for r in load_tsv("document_issuers.tsv")),
        *(r["code"] for r in load_tsv("document_case_codes.tsv")), *(r["code"] for r in load_tsv("document_form_codes.tsv")))}
    syllable = ctx["syllable"]
    after_titles = [r["modifier"] for r in load_tsv("title_modifiers.tsv") if r["position"] == "after"]
    countries = [r["name"] for r in load_tsv("countries.tsv") if r["needs_context"] == "no" and len(r["name"].split()) > 1]
    verbs = alternation(ctx["issuing_verbs"])
    adverbs = alternation(ctx["verb_adverbs"])
    law_kinds = alternation(ctx["law_kinds"])
    conv, congress, plenum = ctx["convention"], ctx["congress"], ctx["plenum"]
    un = alternation([*conv["issuers"], *conv["abbreviations"]])
    of = alternation(w for w, how in ctx["issuer_links"].items() if how == "loose")
    subject = alternation(ctx["subject_words"]).replace("/", r"\s*/\s*")
    passive, at = alternation(ctx["passive_words"]), alternation(ctx["place_links"])
    time_words = alternation(v for w in ctx["time_words_before"] for v in (w, w[:1].upper() + w[1:]))
    year_leads = alternation(v for w in ctx["year_leads"] for v in (w, w[:1].upper() + w[1:]))
    year_opening = rf"(?:(?:{year_leads})\s+)*(?:năm|Năm)\s+(?P<year>(?:19|20)\d\d)(?![\d/])"
    return _Tables(
        types=types,
        type_rows=type_rows,
        issuers=issuers,
        issuer_table_keys=frozenset(issuers),
        system_issuers=system_issuers,
        case_codes=frozenset(code_key(r["code"]) for r in load_tsv("document_case_codes.tsv")),
        instance_codes=frozenset(code_key(r["code"]) for r in load_tsv("document_case_codes.tsv") if r["part"] == "instance"),
        form_codes={code_key(r["code"]): code_key(r["type"]) for r in load_tsv("document_form_codes.tsv")},  # "XP…": a prefix
        kinds={fold(r["written"]): (r["kind"], r["generic"] == "yes") for r in kind_rows},
        bare_kinds=frozenset(fold(r["written"]) for r in kind_rows if r["bare_number"] in ("yes", "always")),
        numbered_kinds=frozenset(fold(r["written"]) for r in kind_rows if r["bare_number"] == "always"),
        kind_re=_words_re(r["written"] for r in kind_rows),
        alias_re=_names_re(alias_codes),
        alias_codes=alias_codes,
        head_re=_words_re(ctx["issuer_heads"]),
        org_re=_words_re(ctx["org_heads"]),
        court_re=_words_re(ctx["court_heads"]),
        behalf_re=re.compile(rf"(?<!\w)(?:{alternation(ctx['behalf_words'])})\s+", re.IGNORECASE),
        title_re=_words_re(ctx["issuer_titles"]),
        title_after_re=re.compile(rf"^(?:{_words_re(after_titles).pattern})\s+", re.IGNORECASE),
        place_words=frozenset(fold(w) for w in ctx["place_words"]),
        place_re=_words_re(ctx["place_words"]),
        surnames=frozenset(fold(r["surname"]) for r in load_tsv("surnames.tsv")),
        addresses=frozenset(fold(r["cue"]) for r in load_tsv("honorifics.tsv") if r["kind"] == "address"),
        name_stop_re=re.compile(rf"\s+(?:{alternation(ctx['name_stops'])})(?!\w)|\s*[,;:()]|$", re.IGNORECASE),
        kind_issuers={r["kind"]: r["issuer"] for r in kind_rows if r["issuer"]},
        subject_stop_re=_alternatives_re(ctx["subject_stops"]),
        party_subject_stop_re=_alternatives_re(ctx["party_subject_stops"]),
        issuer_tail_re=re.compile(
            r"(?:\s*\((?-i:[A-ZĐ&]{2,}|[A-ZĐ][^\W\d_]*(?:\s[A-ZĐ][^\W\d_]*){0,3})\))?"  # "(PCTT)", "(Hà Nội)"
            rf"(?:,\s*(?:(?:{alternation(ctx['place_words'])})\s+)?[A-ZĐ]\S*(?:\s+[A-ZĐ]\S*)*)?(?:\s+(?:{alternation(ctx['reporting_verbs'])}))?\s*",
            re.IGNORECASE),
        verb_tail_re=re.compile(
            rf"(?:^|\s)(?P<adv>(?:(?:{adverbs})\s+)*)(?:(?:{alternation(ctx['contract_verbs'])})\s+{alternation([ctx['partner_link']])}\s+[^,;:]{{1,80}}?"
            rf"|(?:{verbs}))\s+(?:(?:{alternation(ctx['verb_objects'])})\s+)?$", re.IGNORECASE),
        not_law=frozenset(fold(w) for w in ctx["not_law"]),
        kind_gap_stops=frozenset(fold(w) for w in ctx["kind_gap_stops"]),
        ctx=ctx,
        place_ranks={fold(k): v for k, v in ctx["place_ranks"].items()},
        long_gap_kinds=frozenset(fold(w) for w in ctx["long_gap_kinds"]),
        joint_words=frozenset(fold(w) for w in ctx["joint_words"]),
        provision_words=frozenset(fold(w) for w in ctx["provision_words"]),
        demonstrative_re=re.compile(rf"\s*(?:{alternation(ctx['place_demonstratives'])})(?!\w)"),
        body_demonstrative_re=re.compile(rf"(?i:{_words_re(ctx['org_heads']).pattern})\s+(?:{alternation(ctx['place_demonstratives'])})(?!\w)"),
        court_level_re=re.compile(rf"\s+(?:{alternation(ctx['court_levels'])})(?!\w)", re.IGNORECASE),
        # only the head and place words are case-insensitive: the names after them must be capitalised
        org_then_name_re=re.compile(rf"(?:^|\s)(?i:{_words_re(ctx['org_heads']).pattern})\s+[A-ZĐ][^,;:]*$"),
        placed_name_re=re.compile(rf"(?:^|\s)(?i:{_words_re(ctx['place_words']).pattern})\s+(?:[A-ZĐ]\S*\s+)*[A-ZĐ]\S*(?=\s+[^\W\d_A-ZĐ])"),
        time_lead_re=re.compile(rf"^(?i:{alternation(ctx['time_words_before'])})\s+(?:ngày\s+)?\d{{1,2}}\s*[/.-]\s*\d{{1,2}}"
                                r"(?:\s*[/.-]\s*\d{4})?\s+"),
        law_re=re.compile(
            r"(?<!\w)" + "".join(f"(?<!{re.escape(w)} )" for w in ctx["law_compounds_before"])
            + rf"(?P<kind>{law_kinds})\s+(?P<name>{_NAME})(?:\s*\((?-i:[A-ZĐ]{{2,8}})\))?{_YEAR_AFTER}(?!\s*[-–]\s*\d)", re.IGNORECASE),
        law_before_re=re.compile(rf"(?<!\w)({law_kinds})\s+([^;.()!?:]{{1,60}}?)\s*$", re.IGNORECASE),
        convention_re=re.compile(
            rf"(?<!\w)(?P<kind>{alternation([conv['kind']])})\s+(?:{of}\s+)?(?P<issuer>(?:{un})\s+)?(?:về\s+)?"
            rf"(?P<name>(?:{alternation(conv['names'])})\s+{_NAME})(?:\s+(?:(?:{of})\s+)?(?P<issuer_mid>{un}))?(?:\s*\((?-i:[A-Z]{{2,8}})\))?{_YEAR_AFTER}"
            rf"(?:\s+(?:{of})\s+(?P<issuer2>{un}))?",
            re.IGNORECASE),
        constitution_re=re.compile(rf"(?<!\w)(?P<kind>{alternation(ctx['constitution_kinds'])}){_YEAR_AFTER}", re.IGNORECASE),
        congress_re=re.compile(
            rf"(?<!\w)(?:{alternation([congress['kind']])})\s+(?:{of}\s+)?(?:{alternation([congress['head']])})\s+"
            rf"{_optional_words(congress['optional'])}(?P<n>[IVXL]+)(?!\w)(?P<tail>\s+(?:{alternation([congress['tail']])}))?",
            re.IGNORECASE),
        plenum_re=re.compile(
            rf"(?<!\w)(?:{alternation([plenum['kind']])})\s+{_optional_words(plenum['before'])}(?:{alternation(plenum['heads'])})\s+"
            rf"{_optional_words(plenum['after'])}(?P<n>\d{{1,2}}|[IVX]+)(?![\w/-])(?!\s*[-–]\s*NQ)"
            rf"(?:\s*[(,]?\s*(?:{alternation([plenum['term']])})\s+(?P<term>[IVXL]+|\d{{1,2}})(?!\w)(?:\s*\))?)?",
            re.IGNORECASE),
        after_date_re=re.compile(
            rf"\s*[,(]?\s*(?:(?:(?:{passive})\s+)?(?:{alternation(ctx['date_verbs'])})\s+)?(?:vào\s+)?ngày\s+", re.IGNORECASE),
        issuer_link_re=re.compile(rf"\s*[,(]?\s*({alternation(ctx['issuer_links'])})\s+", re.IGNORECASE),  # "(của Bộ Chính trị)"
        addressee_re=re.compile(
            rf"\s*,?\s*(?:{alternation(ctx['addressee_words'])})\s+[^,;.()]{{1,80}}?(?=\s+(?:{subject})\s|\s+(?:vào\s+)?ngày\s+\d)", re.IGNORECASE),
        relative_re=re.compile(
            rf"\s*,?\s*(?:{alternation(ctx['relative_links'])})\s+(?P<np>[^,;:()\d]*?[^\W\d_][^;:()\d]{{0,80}}?)\s+(?:(?:{adverbs})\s+)*"
            rf"(?:{verbs})(?!\w)", re.IGNORECASE),
        subject_re=re.compile(  # also in a bracket right after the citation ("Quyết định 124 / QĐ - TTg (về Quy hoạch …)")
            rf"\s*,?\s*(?:\(\s*)?(?:(?:{alternation(ctx['subject_lead_words'])})\s+)?({subject})\s", re.IGNORECASE),
        of_re=re.compile(rf"\s+(?:{of})\s+"),
        of_before_re=re.compile(rf"\s(?:{of})\s+(?P<np>[^,;:()]{{2,80}}?)\s+(?:{at})\s+$"),
        passive_before_re=re.compile(rf"(?<!\w)(?:{passive})\s+(?P<np>[^,;:()]{{2,80}}?)\s+(?:{alternation(ctx['passive_verbs'])})"
                                     rf"(?:\s+[^,;:()]{{1,40}}?)?\s+(?:{at})\s+$", re.IGNORECASE),
        active_before_re=re.compile(rf"(?:^|[,;:]\s*)(?P<np>[^,;:()]{{2,60}}?)\s+(?:(?:{adverbs})\s+)*"
                                    rf"(?:{alternation(ctx['passive_verbs'])})(?:\s+[^,;:()]{{1,40}}?)?\s+(?:{at})\s+$", re.IGNORECASE),
        passive_lead_re=re.compile(rf"^(?:.*\s)?(?:{passive})\s+"),
        seat_re=re.compile(rf"\s+(?:{at})(?=\s+[A-ZĐ])"),
        signer_re=re.compile(
            rf"\b(?:{alternation(ctx['signer_links'])})\s+((?:[^\s,;]+\s+){{0,6}}?)((?:[^\W\d_]+\s+){{1,3}}[^\W\d_]+)"
            rf"\s+(?:{alternation(ctx['signing_verbs'])})(?!\w)"),
        dashed_signer_re=re.compile(  # "do ông Bùi Văn Gia - thứ trưởng Bộ GD-ĐT - ký", "do ông Mai Tuấn Anh - Chủ tịch HĐTV VEC ký"
            rf"\b(?:{alternation(ctx['signer_links'])})\s+(?P<name>(?:[^\W\d_]+\s+){{2,4}})[-–]\s+(?P<title>[^;]{{3,100}}?)\s+(?:[-–]\s+)?"
            rf"(?:{alternation(ctx['signing_verbs'])})(?!\w)"),
        apposed_signer_re=re.compile(  # "do ông Nguyễn Văn Đệ, Phó Chủ tịch UBND tỉnh Nghệ An ký"
            rf"\b(?:{alternation(ctx['signer_links'])})\s+(?P<name>(?:[^\W\d_]+\s+){{1,4}}[^\W\d_]+),\s+[^,;]{{3,100}}?\s+"
            rf"(?:(?:{adverbs})\s+)*(?:{alternation(ctx['signing_verbs'])})(?!\w)"),
        signing_re=re.compile(rf"\s+(?:(?:{adverbs})\s+)*(?:{alternation(ctx['signing_verbs'])})(?!\w)"),
        signing_before_re=re.compile(rf"\s+(?:(?:{adverbs})\s+)*(?:{alternation(ctx['signing_verbs'])})\s+"
                                     rf"(?:(?:{alternation(ctx['verb_objects'])})\s+)?$"),
        time_before_re=re.compile(  # also a whole date alone after a comma: "Tiếp đó, 1/8/2018, ông … ký thông báo số 14"
            rf"(?:(?:(?:{time_words})\s+(?:ngày\s+)?|(?:^|(?<=, ))(?=\d{{1,2}}/\d{{1,2}}/\d{{4}}(?!\d)))(?P<date>\d{{1,2}}\s*(?:[/.-]|\s+tháng\s+)\s*\d{{1,2}}(?:\s*(?:[/.-]|\s+năm\s+)\s*\d{{4}})?)"
            r"|(?:tháng|Tháng)\s+(?P<month>\d{1,2})\s*/\s*(?P<myear>\d{4})"
            rf"|(?:^|(?<=, )){year_opening})\s*,?\s*(?:[^,;:]{{0,80}},\s*){{0,2}}[^,;:]{{0,60}}$"),
        time_opening_re=re.compile(
            rf"[\s\-–]*(?:(?:{time_words})\s+(?:ngày\s+)?(?P<date>\d{{1,2}}\s*(?:[/.-]|\s+tháng\s+)\s*\d{{1,2}}(?:\s*(?:[/.-]|\s+năm\s+)\s*\d{{4}})?)"
            r"|(?:tháng|Tháng)\s+(?P<month>\d{1,2})\s*/\s*(?P<myear>\d{4})"
            rf"|{year_opening})(?![\d/])\s*,?\s*(?:[^,;:]{{0,100}},\s*){{0,3}}[^,;:]{{0,40}}$"),
        reported_re=re.compile(rf"(?<!\w)(?:{alternation(ctx['reporting_verbs_only'])})(?!\w)", re.IGNORECASE),
        number_context_re=re.compile(rf"\s*(?:,|;|\.|\(|\)|:|$|(?:{alternation(ctx['number_context_words'])})(?!\w))", re.IGNORECASE),
        counted_after_re=re.compile(rf"\s+(?:{alternation(ctx['counted_after'])})(?!\w)(?!\s+(?:19|20)\d\d{_NOT_PERIOD})", re.IGNORECASE),
        number_year_re=re.compile(rf"\s+(?:{alternation(ctx['year_words'])})\s+(?P<year>(?:19|20)\d\d)(?![\d/]){_NOT_PERIOD}", re.IGNORECASE),
        citing_before_re=re.compile(rf"(?<!\w)(?:{alternation(ctx['citing_words'])})\s+$", re.IGNORECASE),
        part_before_re=re.compile(rf"(?<!\w)(?:{alternation(ctx['part_words'])})\s+\d{{1,3}}[a-zđ]?\s*,?\s*$", re.IGNORECASE),
        dashed_re=re.compile(_words_re(ctx["dashed_places"]).pattern.replace(r"\-", "[-–‐]"), re.IGNORECASE),  # any dash
        company_re=_words_re(ctx["company_heads"]),
        recipient_re=re.compile(rf"(?<!\w)(?:{alternation(ctx['recipient_words'])})\s+(?:(?:{alternation(ctx['verb_objects'])})\s+)?$", re.IGNORECASE),
        later_by_re=re.compile(
            rf"(?<!\w)(?:{alternation(ctx['signer_links'])})\s+(?P<who>[^,;:()]{{2,80}}?)\s+(?:(?:{adverbs})\s+)*"
            rf"(?:{alternation(ctx['date_verbs'])})(?!\w)", re.IGNORECASE),
        month_after_re=re.compile(  # "chỉ thị 56 - CT / TW tháng 8/2000 của Bộ Chính trị", "ban hành tháng 10-2017"
            rf"\s*(?:(?:{passive})\s+)?(?:(?:{alternation(ctx['date_verbs'])})\s+)?(?:(?:{year_leads})\s+)?"
            r"tháng\s+(?P<month>\d{1,2})\s*[/-]\s*(?P<myear>(?:19|20)\d\d)(?![\d/])", re.IGNORECASE),
        later_date_re=re.compile(
            rf"(?<!\w)(?:{alternation(ctx['date_verbs'])})\s+(?:(?:{alternation(ctx['date_verb_modifiers'])})\s+)?(?:vào\s+)?(?:ngày\s+"
            rf"(?P<date>\d{{1,2}}\s*[/.-]\s*\d{{1,2}}(?:\s*[/.-]\s*\d{{4}})?)|tháng\s+(?P<month>\d{{1,2}})\s*/\s*(?P<myear>\d{{4}})(?![\d/]))",
            re.IGNORECASE),  # "(ban hành tháng 5/2014)"
        form_before_re=re.compile(rf"(?<!\w)(?:{alternation(ctx['form_words'])})\s+$", re.IGNORECASE),
        range_re=re.compile(rf"\s*(?:{alternation(ctx['range_words'])})\s+(?:số\s*)?", re.IGNORECASE),
        range_before_re=re.compile(rf"(?:(?:{alternation(ctx['range_opening'])})\s+)?(?:số\s+)?(?P<n>\d{{1,6}})\s+"
                                   rf"(?:{alternation(ctx['range_words'])})\s+(?:số\s*)?$", re.IGNORECASE),
        list_glue_re=re.compile(rf"\s*(?:,|;|{alternation(ctx['list_words'])})\s*(?:số\s*)?", re.IGNORECASE),
        code_case=code_case,
        alias_case=alias_case,
        place_case={fold(w): w for w in reversed(ctx["place_words"])},  # the first written form of a folded word wins
        syllable_re=re.compile(rf"(?:{alternation(syllable['onsets'])})?[aeiouy]{{1,3}}(?:{alternation(syllable['codas'])})?"),
        country_re=_words_re(countries),
        country_case={fold(c): c for c in countries},
        law_name_phrases=tuple(fold(p) for p in ctx["law_name_phrases"]),
        law_compound_re=re.compile(rf"(?<!\w)(?:{alternation(ctx['law_compounds_before'])})\s+$", re.IGNORECASE),
        term_re=re.compile(rf"(?<!\w)(?:{alternation([plenum['term']])})\s+([ivxl]+)(?!\w)", re.IGNORECASE),
        name_stop_words_re=_words_re([*(w for key in ("name_stops", "issuing_verbs", "signing_verbs", "verb_adverbs", "reporting_verbs",
                                                       "place_words", "issuer_titles", "place_demonstratives") for w in ctx[key])]),
        address_re=_words_re(r["cue"] for r in load_tsv("honorifics.tsv") if r["kind"] == "address"),
        symbol_end_re=re.compile(rf"\s*(?:[,.;)]|$)|\s+(?:{alternation([*ctx['number_context_words'], *ctx['subject_words']])})(?!\w)",
                                 re.IGNORECASE),
    )


@dataclass
class _Cite:
    """One mention (in matching-text offsets) and what was read around it."""

    start: int
    end: int
    key: str
    full: bool = True
    fields: dict = field(default_factory=dict)
    chain_end: int = 0
    said: dict = field(default_factory=dict)  # a later or earlier bare mention's own "của <body>" / "ngày …" (see _bare_mentions)


# -- symbols -------------------------------------------------------------------

def _unit_base(seg: str, t: _Tables) -> str:
    """A known issuer code with a unit suffix after a dot ("UBND.ĐT", also split "UBN D.ĐT"): the known code."""
    base = re.sub(r"\s+", "", seg).split(".")[0]
    return base if "." in seg and _issuer_row(base, t) else seg


def _case_parts(key: str, t: _Tables) -> tuple[str, ...] | None:
    """The court case codes a code key is written with, run together or not ("HSST" = HS + ST), or None."""
    if key in t.case_codes:
        return (key,)
    for n in range(len(key) - 1, 0, -1):
        if key[:n] in t.case_codes and (rest := _case_parts(key[n:], t)):
            return (key[:n], *rest)
    return None


def _issuer_row(code: str, t: _Tables):
    if code_key(code) in ("QH", "UBTVQH"):
        return None  # only with a term number (QH14): see document_issuers.tsv
    row = t.issuers.get(code_key(code))
    if row and row["same_as"]:
        row = t.issuers[code_key(row["same_as"])]
    return row


def _form_of(seg: str, t: _Tables) -> str | None:
    """The type code a form code completes ("XPVPHC" → QĐ), also by a prefix row of the table ("XP…": "XPHC", "XPPHC")."""
    key = code_key(seg)
    if key in t.form_codes:
        return t.form_codes[key]
    return next((v for k, v in t.form_codes.items() if k.endswith("…") and key.startswith(k[:-1]) and key not in t.issuers), None)


def _known(seg: str, t: _Tables) -> bool:
    key = code_key(seg)
    return key in t.issuers or (key, "state") in t.types or (key, "party") in t.types or bool(_TERM.match(key))


def _valid_code(seg: str, t: _Tables) -> bool:
    """A segment of a symbol: a known code, or an abbreviation (mostly capitals), not an ordinary word."""
    if _known(seg, t):
        return True
    letters = [c for c in seg if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return len(seg) >= 2 and bool(letters) and seg[0].isupper() and (capitals == len(letters) or capitals >= 2)


def _split_codes(text: str, start: int, end: int, t: _Tables) -> tuple[list[str], list[str], int]:
    """Code segments of ``text[start:end]`` with the separators before each (trailing ordinary words dropped).

    In a symbol written in lower case ("1234/qđ-ubnd-vp") unknown lower-case codes count too.
    """
    segs, seps, pos, kept_end, sep = [], [], start, start, ""
    raw = [p for p in _SEPARATOR.split(text[start:end]) if p]
    lower = text[start:end] == text[start:end].lower() and (len(raw) > 1 or _known(raw[0], t))
    for m in list(_SEPARATOR.finditer(text, start, end)) + [None]:
        seg_end = m.start() if m else end
        seg = text[pos:seg_end]
        glued = re.fullmatch(r"(.*?[A-ZĐ0-9])([a-zđà-ỹ]{3,})", seg)
        if glued and _known(glued.group(1), t):  # "NĐ-CPngày 12/11/2013": a word glued to the last code
            seg, seg_end, m = glued.group(1), pos + len(glued.group(1)), None
        if not (_valid_code(seg, t) or (lower and re.fullmatch(r"[a-zđ][a-zđ0-9.&()]*(?: \d+)?", seg) and len(seg) >= 2)):
            break
        counted = re.fullmatch(r"([^\W\d_]{1,3}) \d{1,3}", seg)
        if counted and _issuer_row(counted.group(1), t) and not _known(seg, t) and not any(_issuer_row(x, t) for x in segs):
            seg, seg_end, m = counted.group(1), pos + len(counted.group(1)), None  # "theo Nghị định 06/2018/NĐ-CP 29 trường
            # hợp": the issuing body's code takes no unit number (as "C 41", "P 4" do; a unit after the body may: "UBND - VP
            # 5"), the number after it counts something else
        segs.append(seg)
        seps.append(sep)
        kept_end = seg_end
        if m is None:
            break
        sep = "/" if "/" in m.group(0) else "-"
        pos = m.end()
    split = re.match(r" ([A-ZĐ]{1,2})((?:\.[A-ZĐ]+)*)(?![^\W_])", text[kept_end:kept_end + 12]) if segs else None
    if split and not _known(segs[-1], t) and _issuer_row(segs[-1] + split.group(1), t):
        segs[-1] += split.group(0)  # "QĐ - UBN D.ĐT": the last code split by word segmentation (UBND.ĐT)
        kept_end += split.end()
    return segs, seps, kept_end


def _canon(code: str, t: _Tables, system: str) -> str:
    key = code_key(code)
    if (key, system) in t.types:
        return t.types[(key, system)][0]
    row = _issuer_row(code, t)
    if row:
        return row["code"]
    term = _TERM.match(key)
    if term:
        return term.group(1) + term.group(2)
    return re.sub(r"\s+", "", code if not code.islower() else code.upper())  # "TTQH (P 2)" -> "TTQH(P2)"


def _issuer_name(codes: list[str], t: _Tables, system: str | None = None) -> str | None:
    names = []
    for code in codes:
        term = _TERM.match(code_key(code))
        row = t.system_issuers.get((code_key(code), system)) or _issuer_row(code, t)
        if term:
            names.append(f"{t.issuers[term.group(1)]['name']} khóa {_roman(int(term.group(2)))}")
        elif row:
            names.append(row["name"])
        else:
            return None
    return ", ".join(names) if names else None


def _type_row(code: str, system: str, t: _Tables, written: str | None = None) -> tuple[str, str] | None:
    """The (code, kind) a type code stands for. Of two codes that differ by "Đ" alone ("HD" Hướng dẫn and "HĐ" Hợp đồng,
    "DA" Dự án and "ĐA" Đề án: Nghị định 30/2020/NĐ-CP Phụ lục III) the one of the kind word written before the symbol
    ("Hợp đồng số 12/HD-XD": "Đ" written "D"), else the one spelt as written, else the table's."""
    rows = t.type_rows.get((code_key(code), system))
    if not rows:
        return None
    spelt = code.upper().replace("Ð", "Đ")
    return (next((r for r in rows if written and r[1] == written), None) or next((r for r in rows if r[0].upper() == spelt), None)
            or t.types[(code_key(code), system)])


def _type_of_kind(code: str, written: str | None, t: _Tables) -> bool:
    """Whether ``code`` is the state type code of the kind word written before the symbol."""
    row = _type_row(code, "state", t, written)
    return bool(written and row and row[1] == written)


def _kind_variant(code: str, written: str | None, t: _Tables) -> bool:
    """An unknown type code that spells out the written kind's code ("BCLN" = báo cáo liên ngành, "KLGĐ" = kết luận
    giám định): it begins with a type code of that kind and is no issuer the tables know."""
    key = code_key(code)
    if not written or _issuer_row(code, t) or _known(code, t):
        return False
    return any(kind == written and len(key) > len(k) and key.startswith(k) for (k, _sys), (_c, kind) in t.types.items())


def _code_written(code: str, text: str, start: int, end: int, mstart: int, mend: int) -> str | None:
    """How the sentence ``text[start:end]`` writes ``code`` as a word outside the citation ``mstart:mend`` and outside
    any symbol ("Hiệp hội … (VIPA) có văn bản số 46 / VIPA - VP"), "D" and "Đ" alike ("46 / NQ - HDQT" and "HĐQT"), or
    None."""
    pattern = "".join("[DĐ]" if c in "DĐ" else re.escape(c) for c in code)
    for m in re.finditer(rf"(?<![\w/–-])\s*({pattern})(?!\w)", text[start:end]):
        a = start + m.start()
        if not mstart <= a < mend and not re.search(r"[-/–]\s*$", text[max(0, a - 3):a + 1]):
            return m.group(1)
    return None


def _initials(name: str) -> str:
    """The initials of the capitalised words of a name, as a code key ("công ty … Rạng Đông" → "RD")."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper() and not (len(w) > 1 and w.isupper())]
    return code_key("".join(w[0] for w in words))


def _unit_second(text: str, m: re.Match, segs: list[str], typed: bool, written: str | None, t: _Tables) -> bool:
    """Whether the two codes of an administrative symbol are the issuer's and then a unit's, as a công văn writes them
    (Nghị định 30/2020/NĐ-CP, Phụ lục I: "số …/<cơ quan>-<đơn vị soạn thảo>"), though the tables would read a type
    code or an office first.

    The code pair decides: after the kind word "công văn", a first code that the tables know as the type code of
    another kind ("CT" Chỉ thị, "TTr" Tờ trình) followed by a code they do not know ("5306/CT-TTHT" of a Cục Thuế,
    "585/TTr-KHTH" of a Thanh tra sở) is the issuer's, since a công văn has no type code; and a first code the tables
    do not know that the sentence also writes as a name ("Hiệp hội … (VIPA)" + "46/VIPA-VP") is the issuer's when the
    second is unknown or an office (VP) that the sentence does not name.
    """
    first, second = (code_key(x) for x in segs)
    if _known(segs[1], t) and second not in t.ctx["office_codes"]:
        return False
    if typed:  # not when a body named before the symbol spells the second code: "Phó trưởng Ban chỉ đạo điều hành giá đã ký
        kind = (t.types.get((first, "state")) or t.types.get((first, "party")))[1]  # công văn 496 / TB - BCĐĐHG"
        return written == "Công văn" and kind != "Công văn" and not _known(segs[1], t) and not _spelled_in_sentence(
            text, _sentence_bounds(text, m.start(), m.end())[0], m.start(), m.start(), m.end(), frozenset({second}), t)
    if _issuer_row(segs[0], t):
        return False
    start, end = _sentence_bounds(text, m.start(), m.end())
    return bool(_code_written(segs[0], text, start, end, m.start(), m.end())) and not _code_written(segs[1], text, start, end, m.start(), m.end())


def _doc_number(written: str) -> str:
    """A document's number as records give it: no spaces, a letter glued to it in lower case ("753 A" → "753a", "2B" →
    "2b"), so that the text as written and in lower case read the same number; the official symbols write it so
    ("Nghị quyết 30a/2008/NQ-CP", "35a/NQ-CP") and the gold sets follow them."""
    return re.sub(r"\s+", "", written).lower()


def _parse_symbol(text: str, m: re.Match, t: _Tables, written: str | None = None, phrase: str = "",
                  latest_year: int | None = None) -> dict | None:
    """Fields of a symbol match, or None when it is not a document symbol (trailing words trimmed).

    ``written`` is the kind word written before the symbol (canonical), ``phrase`` the words between it and the
    number ("liên ngành"); they decide the writers' slips read here: a year after ``latest_year`` ("55/2077/TT-BGDĐT"),
    a dash after the year ("17/2006 - QĐ / UBND") and the issuer code before the type code ("122/2017/CP-NĐ") are
    accepted only when the type code is the written kind's and every issuer code is known.
    """
    reversed_codes = court = False
    if m.group("snum"):
        segs, seps, end = _split_codes(text, m.start("scodes"), m.end("scodes"), t)
        if not segs:
            return None
        number, year, system = _doc_number(m.group("snum")), int(re.sub(r"\s+", "", m.group("year"))), "state"
        typed = (code_key(segs[0]), "state") in t.types and len(segs) > 1
        issuer_segs = segs[1:] if typed else segs
        if not typed and len(segs) == 2 and _kind_variant(segs[0], written, t):
            typed, issuer_segs = True, segs[1:]
        elif (not typed and len(segs) == 2 and _issuer_row(segs[0], t) and (code_key(segs[0]), "state") not in t.types
                and _type_of_kind(segs[1], written, t) and not _issuer_row(segs[1], t)):
            reversed_codes, issuer_segs = True, segs[:1]  # "Nghị định số 122/2017/CP-NĐ"
        if "/" not in m.group("nsep") and not (typed and issuer_segs and all(_issuer_row(x, t) for x in issuer_segs)):
            return None  # "Nghị quyết 19-2018 / NQ - CP": a dash before the year only with a type code and a known issuer
        slip = "-" in m.group("ysep") or reversed_codes or year > (latest_year or t.ctx["latest_symbol_year"])
        if slip:
            fits = (typed or reversed_codes) and issuer_segs and all(_issuer_row(s, t) or _TERM.match(code_key(s)) for s in issuer_segs)
            if not fits or not (_type_of_kind(segs[1] if reversed_codes else segs[0], written, t)):
                return None
            if year > (latest_year or t.ctx["latest_symbol_year"]):
                year = None  # a typo: the year cannot be read ("2077" may be 2017 or 2007)
        prefix = f"{number}{'/' if '/' in m.group('nsep') else '-'}{m.group('year').replace(' ', '')}{'-' if '-' in m.group('ysep') else '/'}"
        parts = [_case_parts(code_key(s), t) for s in segs]
        court = all(p or (code_key(s), "state") in t.types for s, p in zip(segs, parts))
        court = court and any(set(p or ()) & t.instance_codes for p in parts)
        if court:
            issuer_segs = []  # a court's "56/2018/DS-ST", "524/2018/QĐ-ST", "464/2017/HSST-QĐ": case and instance, no issuer
    elif m.group("pnum"):
        tkey = code_key(m.group("ptype"))
        segs, seps, end = _split_codes(text, m.start("pcodes"), m.end("pcodes"), t)
        first = _issuer_row(segs[0], t) if segs else None
        dashed_state = (written is not None and "/" not in m.group("psep") and len(segs) == 1 and first
                        and first["system"] == "state" and (tkey, "state") in t.types)
        party_written = (written is not None and "/" in m.group("psep") and len(segs) == 1
                         and (row := _issuer_row(m.group("ptype"), t) or first) is not None and row["system"] == "party")
        if dashed_state:  # "Công văn số 2377 - QĐ - UBND": a state symbol written with dashes after a kind word
            number, year, system = m.group("pnum"), None, "state"
            segs, seps = [m.group("ptype"), *segs], ["", "-"]
            typed, issuer_segs, prefix = True, segs[1:], f"{number}-"
        elif party_written and first and (tkey, "party") not in t.types and _type_of_kind(m.group("ptype"), written, t):
            number, year, system = m.group("pnum"), None, "party"  # "công điện khẩn Số 1750 - CĐ / TU": a Party committee's
            segs, seps = [m.group("ptype"), *segs], ["", "/"]  # document of a kind the state's table lists (36-HD/VPTW has no CĐ)
            typed, issuer_segs, prefix = True, segs[1:], f"{number}-"
        elif party_written and not first and t.types.get((code_key(segs[0]), "party"), ("", ""))[1] == written:
            number, year, system = m.group("pnum"), None, "party"  # "thông báo kết luận số 789 - TU / TB": issuer and type
            segs, seps = [m.group("ptype"), *segs], ["", "/"]  # code swapped, kept as written
            typed, reversed_codes, issuer_segs, prefix = False, True, segs[:1], f"{number}-"
        elif party_written and first and (tkey, "party") not in t.types and _kind_variant(m.group("ptype"), written, t):
            number, year, system = m.group("pnum"), None, "party"  # "thông báo số 19 - TBKL / UBKTHU": the written kind's
            segs, seps = [m.group("ptype"), *segs], ["", "/"]  # code spelt out (thông báo kết luận), a Party body's code
            typed, issuer_segs, prefix = True, segs[1:], f"{number}-"
        elif (tkey, "party") not in t.types or not segs:
            return None
        elif "/" not in m.group("psep") and not (first and first["system"] == "party"):
            return None  # "05 - NQ - TW" is a Party symbol written with dashes; "12-KH-ABC" is not
        else:
            number, year, system = m.group("pnum"), None, "party"
            segs, seps = [m.group("ptype"), *segs], ["", "/", *(["-"] * (len(segs) - 1))]
            typed, issuer_segs = True, segs[1:]
            prefix = f"{number}-"
    elif m.group("gnum"):  # "Nghị quyết số 54 NQ - CP", "kết luận số 19 KL / TW": the separator after the number left out;
        segs, seps, end = _split_codes(text, m.start("gcodes"), m.end("gcodes"), t)  # a type code and an issuer the tables know
        first = _issuer_row(segs[0], t) if segs else None
        if not first or (code_key(m.group("gtype")), first["system"]) not in t.types:
            return None
        number, year, system = m.group("gnum"), None, first["system"]
        segs, seps = [m.group("gtype"), *segs], ["", "/" if system == "party" else "-", *seps[1:]]
        typed, issuer_segs, prefix = True, segs[1:2], f"{number}{'-' if system == 'party' else '/'}"
    else:
        segs, seps, end = _split_codes(text, m.start("acodes"), m.end("acodes"), t)
        if not segs:
            return None
        number, year, system = _doc_number(m.group("anum")), None, "state"  # "753 A / CT - CTTr": 753a
        tkey = code_key(segs[0])
        typed = (tkey, "state") in t.types or (tkey, "party") in t.types
        joint_written = any(w in fold(phrase) for w in t.joint_words)
        if len(segs) == 2 and _unit_second(text, m, segs, typed, written, t):
            typed, issuer_segs = False, segs[:1]  # "công văn số 5306/CT-TTHT", "văn bản số 46/VIPA-VP": issuer, then unit
        elif typed:
            joint = "liên tịch" in (t.types.get((tkey, "state")) or ("", ""))[1]
            issuer_segs = segs[1:] if joint else segs[1:2]
        elif len(segs) > 1 and _kind_variant(segs[0], written, t):
            typed, issuer_segs = True, segs[1:] if joint_written else segs[1:2]  # "báo cáo liên ngành số 01/BCLN-PNC-PGD&ĐT"
        elif not _issuer_row(segs[0], t) and len(segs) > 1 and _issuer_row(segs[1], t) and not _spelled_in_sentence(
                text, _sentence_bounds(text, m.start(), m.end())[0], m.start(), m.start(), m.end(), frozenset({code_key(segs[0])}), t):
            typed, issuer_segs = True, segs[1:2]  # a type code missing from the tables ("GXN-STNMT"), unless a body named
            # before it spells it: "Phó Chính uỷ bộ Tư lệnh Cảnh sát biển … đã ký văn bản số 402 / BTL - CT" (BTL, then a unit)
        elif len(segs) == 2 and _issuer_row(segs[0], t) and _type_of_kind(segs[1], written, t) and not _issuer_row(segs[1], t):
            reversed_codes, issuer_segs = True, segs[:1]  # "Quyết định số 608 / VEC - QĐ"
        else:
            issuer_segs = segs[:1]
        first = _issuer_row(issuer_segs[0], t) if issuer_segs else None
        if typed and first and first["system"] == "party" and (tkey, "party") in t.types:
            system, prefix = "party", f"{number}-"  # "25 / CT - TW" is Party symbol 25-CT/TW
            seps = ["", "/", *seps[2:]]
        else:
            prefix = f"{number}/"
    if typed and issuer_segs and _form_of(issuer_segs[0], t) == code_key(segs[0]):
        issuer_segs = issuer_segs[1:]  # "QĐ-XPVPHC", "BB-VPHC": the form of the document, not its issuer
    elif not typed and len(issuer_segs) > 1 and t.form_codes.get(code_key(issuer_segs[-1])) == "*":
        issuer_segs = issuer_segs[:-1]  # "371/2017/ATTP-CNĐK": the certificate's form after its issuer's code
    type_code = kind = None
    if typed:
        type_code, kind = next(filter(None, (_type_row(segs[0], s, t, written) for s in (system, "state", "party"))),
                               (_canon(segs[0], t, system), None))
    elif reversed_codes:
        type_code, kind = _type_row(segs[1], system, t, written) or _type_row(segs[1], "state", t, written)
    parts = [_canon(s, t, system) for s in segs]
    if typed or reversed_codes:
        parts[1 if reversed_codes else 0] = type_code  # as _type_row spells it ("12/ĐA-UBND" stays an Đề án)
    body = parts[0]
    for i, (sep, part) in enumerate(zip(seps[1:], parts[1:]), start=1):
        body += ("/" if system == "party" and i == 1 else "-" if i == 1 and typed else sep) + part
    issuer_segs = [_unit_base(s, t) for s in issuer_segs]  # "UBND.ĐT": a unit of the UBND, issuer UBND
    issuer_codes = [re.sub(r"\(.*\)$", "", _canon(s, t, system)) for s in issuer_segs]  # "VKS (P 3)": issuer VKS
    first = _issuer_row(issuer_codes[0], t) if issuer_codes else None
    if system == "party" and first and first["system"] == "state":
        system = "state"  # "01 - NQ / CP" is state symbol 01/NQ-CP written the Party way
        prefix, body = f"{number}/", body.replace("/", "-", 1)
    return {
        "end": end, "number": number, "year": year, "system": system, "symbol": prefix + body,
        "type_code": type_code, "kind": kind, "issuer_code": "-".join(issuer_codes) or None,
        "issuer": _issuer_name([re.sub(r"\s*\(.*\)$", "", s) for s in issuer_segs], t, system) if issuer_segs else None,
        "segs": segs, "court": court,
        "issuer_keys": {code_key(c) for c in issuer_codes} | {t_.group(1) for t_ in map(_TERM.match, map(code_key, issuer_codes)) if t_},
    }


# -- the kind word before a symbol ------------------------------------------------------

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def _kind_before(text: str, start: int, t: _Tables) -> tuple[int, str | None, bool, list[tuple[int, int]], bool, bool]:
    """Look left of a symbol for "<Kind> [words] [số] [N, N, ]" or "<Kind> từ số N đến số ".

    Returns (mention start, kind, generic, list numbers as spans, whether "số" was written, whether the number is a
    range's first).
    """
    window_start = max(0, start - 120)
    for blank in _BLANK_LINE.finditer(text, window_start, start):  # not across a paragraph break: a heading's words
        window_start = blank.end()  # are no kind word of the symbol that opens the next paragraph
    window = text[window_start:start]
    list_nums, cut = [], len(window)
    lst = re.search(r"(?:\d{1,6}(?:\s?[a-z])?\s*(?:,|;|\bvà\b)\s*)+$", window)
    if lst:
        list_nums = [(window_start + lst.start() + n.start(), window_start + lst.start() + n.end())
                     for n in re.finditer(r"\d+(?:\s?[a-z](?![^\W\d_]))?", lst.group(0))]
        cut = lst.start()
    rng = None if lst else t.range_before_re.search(window)
    if rng:  # "các Nghị quyết từ số 10 đến số 12-NQ/TW": the range's first number
        list_nums, cut = [(window_start + rng.start("n"), window_start + rng.end("n"))], rng.start()
    head = window[:cut]
    so = re.search(r"\bsố\s*:?\s*$", head, re.IGNORECASE)  # "số: 017 / QLCT - GCN"
    if so:
        head = head[:so.start()]
        law = t.law_before_re.search(head)
        if law and law.group(2)[0].isupper() and fold(law.group(2).split()[0]) not in t.not_law and not t.kind_re.search(law.group(2)):
            kind = t.kinds[fold(law.group(1))][0]
            return window_start + law.start(), kind, False, list_nums, True, bool(rng)
    best = None
    for km in t.kind_re.finditer(head):
        words = head[km.end():].split()
        long_gap = fold(km.group(0)) in t.long_gap_kinds
        if len(words) > ((10 if long_gap else 7) if so else 5) or any(not w.isalpha() or not w[0].islower() or fold(w) in t.kind_gap_stops for w in words):
            continue
        if km.group(0) != km.group(0).upper() and len(km.group(0)) <= 2:
            continue  # lower-case "tt", "ct" are words, not kind abbreviations
        if words and t.kinds[fold(km.group(0))][0] in t.ctx["law_kinds"] and fold(words[0]) in t.not_law:
            continue  # "văn phòng luật sư … có quyết định số 01": no law
        if _provision(head, km, t):
            continue
        if any(t.citing_before_re.search(head, km.end(), inner.start()) for inner in t.kind_re.finditer(head, km.end())):
            continue  # "bản án áp dụng nghị quyết 326/2016/NQ-UBTVQH14": the kind word after the citing verb is the symbol's
        best = km
        break
    if best is None:
        if not so:
            list_nums = []
        return (window_start + so.start() if so else start), None, False, list_nums, bool(so), bool(rng and list_nums)
    kind, generic = t.kinds.get(fold(best.group(0)), (None, False))
    return window_start + best.start(), kind, generic, list_nums, bool(so), bool(rng)


def _provision(text: str, km: re.Match, t: _Tables) -> bool:
    """A kind word naming the provisions of the document whose kind word follows ("quy định Nghị định số 144")."""
    return fold(km.group(0)) in t.provision_words and bool(t.kind_re.match(text, _SPACES.match(text, km.end()).end()))


# -- context after a citation: "ngày … của … về …" -----------------------------------------

_SPACES = re.compile(r"\s*")
_FULL_STOP = re.compile(r"(?<!\bTP)(?<!\bTp)(?<!\b[A-ZĐ])[.!?…](?=\s|$)|\n")


@lru_cache(maxsize=4)
def _stops(text: str, full: bool) -> list[int]:
    """Where the sentences of ``text`` end (``_SENT_END``; with ``full``, ``_FULL_STOP``, across ";"), found once per text
    (the citations of a text ask for their sentence again and again: a search from each is quadratic on a long text)."""
    return [m.start() for m in (_FULL_STOP if full else _SENT_END).finditer(text)]


def _full_sentence_end(text: str, end: int) -> int:
    """The end of the sentence, across ";" (a description may list items with it)."""
    stops = _stops(text, True)
    i = bisect_left(stops, end)
    return stops[i] if i < len(stops) else len(text)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or clause up to ";") around ``text[start:end]``, as (start, end), read at most
    ``sentence_reach`` characters on either side (document_context.yaml; cut at a space): text without sentence
    punctuation is not read whole for every citation in it.

    A second splitter beside the sentences ``vnx_layout`` sets on the Doc, on purpose: ``find_documents``
    runs on a plain string, without spaCy, so it cannot use them (and it also stops at ";").
    """
    stops, reach = _stops(text, False), _tables().ctx["sentence_reach"]
    i = bisect_left(stops, start)
    left = stops[i - 1] + 1 if i else 0
    j = bisect_left(stops, end)
    right = stops[j] if j < len(stops) else len(text)
    if start - left > reach:
        cut = text.find(" ", start - reach, start)
        left = cut + 1 if cut >= 0 else start - reach
    if right - end > reach:
        cut = text.rfind(" ", end, end + reach)
        right = cut if cut >= 0 else end + reach
    return left, right


def _iso(day: int, month: int, year: int | None) -> str | None:
    try:
        if year is None:
            date(2000, month, day)
            return f"XXXX-{month:02d}-{day:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _date_value(m: re.Match, year: int | None, published: date | None) -> str | None:
    """A date of issue: a day-month without a year takes the ``year`` of the document's symbol, else the year that
    the time expressions give it, in the news window around the ``published`` day ("ngày 28/12" in an article of
    3 January is of the December before)."""
    day, month = int(m.group("d")), int(m.group("m"))
    if m.group("y"):
        year = int(m.group("y"))
    elif year is None and published is not None:
        year = pick_year(month, day, published)
    return _iso(day, month, year)


def _name_word(w: str) -> bool:
    """A capitalised syllable of a personal name ("Quý", "Đôn"), not an abbreviation ("UBND") or a number."""
    w = w.rstrip(",;:.)")
    return w.isalpha() and w[0].isupper() and (len(w) == 1 or not w[1:].isupper() or len(w) == 2 and w[1:].islower())


def _person_cut(words: list[str], name_start: int, placed: bool, titled: bool, t: _Tables, gazetted: bool = False) -> int | None:
    """Where a person's name starts in a run of capitalised ``words`` read after a body's head, or None.

    A person's name is a surname (data/surnames.tsv, as the entity component reads it) and one to three more
    capitalised syllables ending the run: "UBND TP. Hà Nội Lê Quý Đôn", "Chủ tịch UBND Huỳnh Đức Thơ". The place name
    after a place word keeps its first two syllables (surnames are also place syllables: "Hà Nội", "Kiên Giang"), an
    abbreviated place ("HCM") its one word; a run
    right after the head is a person only after a title ("Chủ tịch UBND Huỳnh Đức Thơ") or with a middle name ("Văn",
    "Thị"). Among several surnames the one followed by a middle name wins, then a three-syllable name
    ("… Kiên Giang Nguyễn Văn A", "… Nguyễn Thị Kim Tiến"). A title word inside the run ends the name too.
    ``gazetted``: the place word is of a level the gazetteer names (province, district), so three name-like words
    right after it that name no unit are a person ("Chủ tịch UBND thành phố Huỳnh Đức Thơ").
    """
    best = None
    place = words[name_start].rstrip(",;:.") if name_start < len(words) else ""
    place_len = 1 if placed and len(place) >= 2 and place.isupper() else 2  # "TP. HCM Trần Vĩnh Tuyến": one word
    for j in range(name_start, len(words)):
        if j > name_start and t.title_re.match(" ".join(words[j:])):
            return j if best is None else min(j, best[1])  # "… Phó Chủ tịch …": a title starts a new phrase
        run = len(words) - j
        if fold(words[j].rstrip(",;:.")) not in t.surnames or not 2 <= run <= 4 or not all(map(_name_word, words[j + 1:])):
            continue
        if name_key(" ".join(words[j:]).rstrip(",;:.")) in _unit_names():
            continue  # "… sở Tài chính Hà Tĩnh": a province or district, not a person
        middle = words[j + 1] in t.ctx["person_middle_names"]
        numeric = j > 0 and words[j - 1].rstrip(",;:.").isdigit()
        unnamed = j == name_start and gazetted and run == 3 and not _unit_name(words[j:])  # "UBND thành phố Huỳnh Đức Thơ"
        if j - name_start < place_len and not middle and not numeric and not unnamed and not (j == name_start and titled and not placed and run == 3):
            continue
        key = (0 if middle else 1, {3: 0, 4: 1, 2: 2}[run], j)
        if best is None or key < best[0]:
            best = (key, j)
    return best[1] if best else None


@lru_cache(maxsize=1)
def _unit_names() -> frozenset:
    """The names of provinces and districts, of both eras (the gazetteer's), folded."""
    return frozenset(name for era in ("legacy", "2025") for name in units(era))


def _unit_name(words: list[str]) -> bool:
    """Whether the words after a place word begin with the name of a province or district ("Hồ Chí Minh", "Hà Nam")."""
    return any(name_key(" ".join(words[:n]).rstrip(",;:.")) in _unit_names() for n in range(1, len(words) + 1))


def _extend_name(text: str, pos: int, limit: int, t: _Tables, titled: bool = False) -> int:
    """Extend an issuer name at ``pos`` over a place word, capitalised words, a number ("quận 2") or "khóa XII".

    A person's name after the body's ("Phó Chủ tịch UBND TP. Hà Nội Lê Quý Đôn") is left out (see ``_person_cut``);
    ``titled``: a title stands before the body, so a name may follow it directly.
    """
    inner = t.alias_re.match(text, pos + len(text[pos:limit]) - len(text[pos:limit].lstrip()), limit)
    if inner:  # "Ban Thường vụ" + "Đảng ủy" + "ACV"
        pos = inner.end()
    joined = re.match(r"\.([^\W\d_]+\.?)", text[pos:limit])
    if joined and fold(joined.group(1)) in t.place_words:
        pos += 1  # "của UBND.TP": the place word written against the body's name
    words = list(re.finditer(r"\S+", text[pos:limit]))
    end, i = pos, 0
    for n in (2, 1):
        if len(words) >= n and fold(" ".join(w.group(0) for w in words[:n]).rstrip(",;:")) in t.place_words:
            i = n
            end = pos + words[n - 1].start() + len(words[n - 1].group(0).rstrip(",;:"))
            break
    placed, name_start = bool(i), i
    place_word = fold(" ".join(w.group(0) for w in words[:i]).rstrip(",;:"))
    rank = t.place_ranks.get(place_word, 9)
    if placed:  # "của Chủ tịch UBND tỉnh này": the place the article names, kept as written
        demo = t.demonstrative_re.match(text[end:limit])
        if demo:
            return end + demo.end()
    if i < len(words) and fold(words[i].group(0)) == "khóa" and i + 1 < len(words):
        term = re.match(r"[IVXL]+|\d{1,2}", words[i + 1].group(0))
        if term:
            return pos + words[i + 1].start() + term.end()
    if i and i < len(words):  # "tỉnh Bà Rịa - Vũng Tàu"
        dashed = t.dashed_re.match(text, pos + words[i].start(), limit)
        if dashed:
            return dashed.end()
    ends = []
    while i < len(words):
        w = words[i].group(0)
        if re.fullmatch(r"\([A-ZĐ&]{2,}\)", w) and i + 1 < len(words) and words[i + 1].group(0)[0].isupper():
            i += 1  # "Ngân hàng Nhà nước (NHNN) Việt Nam"
            continue
        spaced = re.match(r"\((?:[A-ZĐ&]+ ){1,4}[A-ZĐ&]+\)\s+(?=[A-ZĐ])", text[pos + words[i].start():limit])
        if spaced:  # "sở Thông tin và Truyền thông (T T&T T) TP. Hải Phòng": an abbreviation written with spaces
            i = next((k for k in range(i, len(words)) if words[k].start() >= words[i].start() + spaced.end()), len(words))
            continue
        stripped = w.rstrip(",;:.)")
        at = pos + words[i].start()
        head = t.org_re.match(text, at, limit)
        if (t.name_stop_re.match(text, at - 1, limit) and text[at - 1].isspace()
                               or head and len(head.group(0).split()) > 1):
            break  # "Chính phủ Quy định …", "Đảng ủy Tập đoàn …": a word that starts a clause or another body
        numeric = stripped.isdigit() and (i > 0 and fold(words[i - 1].group(0)) in t.place_words  # "quận 2"
                                          or i + 1 < len(words) and fold(words[i + 1].group(0)) == "khóa")  # "… Trung ương 5 khóa XII"
        if not stripped or not (stripped[0].isupper() or numeric) or code_key(stripped) in ("VE", "NGAY"):
            break
        end = pos + words[i].start() + len(stripped)
        ends.append((i, end))
        if stripped != w and not w.endswith("."):
            break
        i += 1
    if ends:
        run = [words[k].group(0) for k in range(name_start, ends[-1][0] + 1)]
        cut = _person_cut(run, 0, placed, titled, t, gazetted=rank <= t.ctx["gazetted_rank"])
        if cut is not None:
            before = [e for k, e in ends if k < name_start + cut]
            if not before and not placed:
                return pos
            end = before[-1] if before else pos + words[name_start - 1].start() + len(words[name_start - 1].group(0).rstrip(",;:"))
            return end
    if i < len(words) and fold(words[i].group(0)) == "khóa" and i + 1 < len(words):
        term = re.match(r"[IVXL]+|\d{1,2}", words[i + 1].group(0))
        if term:
            end = pos + words[i + 1].start() + term.end()
    return end


def _issuer_at(text: str, pos: int, limit: int, t: _Tables, loose: bool = False, keys: frozenset = frozenset()) -> tuple[int, str, set] | None:
    """An issuer name starting exactly at ``pos``: (end, name, compatible issuer keys).

    Known names (the issuer table's aliases, and heads like "Thanh tra" with a place) are read by
    their shape; with ``loose`` (after "của"/"do") any organisation name up to the next clause word
    is accepted too ("của hội Nghệ nhân và Thương hiệu Việt Nam về ..."). A second name joins the
    first ("của Bộ Y tế, Bộ Tài chính") when it fits one of the symbol's issuer ``keys``.
    """
    title = t.title_re.match(text, pos, limit)
    name_pos = pos
    if title:
        name_pos = title.end() + len(text[title.end():limit]) - len(text[title.end():limit].lstrip())
    best = None
    for regex in (t.alias_re, t.head_re):
        m = regex.match(text, name_pos, limit)
        if m and (best is None or m.end() > best[0]):
            best = (m.end(), regex is t.alias_re)
    level = t.court_level_re.match(text, best[0], limit) if best is not None and t.court_re.match(text, name_pos, limit) else None
    if level:  # "của TAND Cấp cao tại Hà Nội": a court's level, in either case, and its seat
        seat = t.seat_re.match(text, level.end(), limit)
        best = (max(level.end(), _extend_name(text, seat.end(), limit, t)) if seat else level.end(), best[1])
    head_end = name_pos
    if best is not None and loose and not best[1] and _extend_name(text, best[0], limit, t) == best[0]:
        head_end, best = best[0], None  # "của Ban Chỉ đạo xây dựng quy hoạch cán bộ …": a head with a lower-case name, read loosely below
    if best is not None:
        end, is_alias = best
        codes = t.alias_codes.get(_akey(text[name_pos:end]), set()) if is_alias else set()
        extended = _extend_name(text, end, limit, t, titled=bool(title))
        placed = not is_alias or any(t.issuers[c]["place"] == "yes" for c in codes)
        if placed or len(text[end:extended].split()) <= 2 or re.match(r"\s*\(|\s+(?:\d{1,2}\s+)?khóa\s", text[end:extended]):
            end = max(end, extended)  # a ministry takes no place: "bộ Công Thương Trần Tuấn Anh" is a person
        head = _body_heads(t.org_re.pattern).match(text, name_pos) if keys and not codes & keys else None
        spelled = _spelled(text, head, keys, t, limit) if head else None
        if spelled is not None and spelled > end:  # "của Đảng đoàn Hội Luật gia Việt Nam" + ĐĐHLGVN: a lower-case word
            end = spelled  # inside the name whose initials the symbol's code spells
        while is_alias:
            joint = re.match(rf"\s*(?:,|{re.escape(_AND)})\s*", text[end:limit])
            other = t.alias_re.match(text, end + joint.end(), limit) if joint else None
            if not other or _akey(other.group(0)) == _akey(text[name_pos:end]) or not (
                    t.alias_codes.get(_akey(other.group(0)), set()) & keys or (
                    keys and not codes & keys and joint.group(0).strip() == _AND)):
                break  # a joint body fits the symbol's codes; "phòng Nội vụ và phòng GD & ĐT" for "BCLN - PNC - PGD & ĐT" too;
                # the same name again opens the next clause ("của bộ Xây dựng, bộ Xây dựng thống nhất …")
            codes |= t.alias_codes.get(_akey(other.group(0)), set())
            end = max(other.end(), _extend_name(text, other.end(), limit, t))
        return end, text[name_pos:end].strip(), codes
    if not loose:
        return None
    first = re.match(r"\S+", text[name_pos:limit])
    if not first or not (first.group(0)[0].isupper() or t.org_re.match(text, name_pos, limit)
                         or fold(first.group(0)) in t.place_words):
        return None
    stop = t.name_stop_re.search(text, head_end, limit)
    end = stop.start() if stop else limit
    this = t.body_demonstrative_re.match(text, name_pos, end)
    if this:  # "của bộ này không phải là …": a body named by a demonstrative ends with it
        end = this.end()
    for kind in t.kind_re.finditer(text, head_end, end):  # "của ban Chỉ đạo … và Kế hoạch số 402 …": the next citation
        if re.match(r"\s+(?:số\s+)?\d", text[kind.end():end + 12]):
            end = kind.start() - len(re.search(r"(?:\s*(?:,|và))?\s*$", text[head_end:kind.start()]).group(0))
            break
    words = list(re.finditer(r"\S+", text[name_pos:end]))
    run = []
    for w in words:
        if not w.group(0)[0].isupper():
            break
        run.append(w.group(0))
    cut = _person_cut(run, 0, False, True, t) if not title else None
    if cut is not None:  # "của TGĐ Trần Văn Tám do văn bản …": a person (the signer), not the issuer
        if cut <= 1 and not (cut == 1 and (t.org_re.fullmatch(run[0]) or t.alias_re.fullmatch(run[0]))):
            return None
        end = name_pos + words[cut - 1].start() + len(words[cut - 1].group(0).rstrip(",;:"))
    head = _body_heads(t.org_re.pattern).match(text, name_pos)
    spelled = _spelled(text, head, keys, t, end) if head and keys and len(text[name_pos:end].split()) > 12 else None
    if spelled is not None:  # "của Cục trưởng cục Xúc tiến thương mại liên quan đến …" + XTTM: too long, the words spelling the code
        end = spelled
    elif len(text[name_pos:end].split()) > 12:  # "của hội Nghệ nhân và Thương hiệu Việt Nam báo cáo các vấn đề …"
        words = list(re.finditer(r"\S+", text[name_pos:end]))[:12]
        capital = [w for w in words[1:] if w.group(0)[0].isupper()]
        if not capital or not t.org_re.match(text, name_pos, limit):
            return None
        end = name_pos + capital[-1].end()
        for w in re.finditer(r"\S+", text[end:limit]):  # "… bất động sản Khu Đông đề xuất …": the capitalised run ends it
            if w.start() != 1 or not w.group(0)[0].isupper() or not w.group(0).rstrip(",;:.").isalpha():
                break
            end += w.start() + len(w.group(0).rstrip(",;:."))
            if w.group(0) != w.group(0).rstrip(",;:."):
                break
        term = t.term_re.match(text, _SPACES.match(text, end).end(), limit)
        end = term.end() if term and text[end:term.start()].isspace() else end  # "… Ban Chấp hành Trung ương Đảng khóa XII"
    return end, text[name_pos:end].strip(), set()


def _read_after(text: str, end: int, sent_end: int, fields: dict, t: _Tables, published: date | None,
                keys: frozenset = frozenset(), named_before: bool = False) -> int:
    """Read "ngày …", "năm …", "của …", "gửi …" and "về …" right after a citation; returns where reading stopped.

    ``named_before``: the clause that introduces the citation names its issuer, so a "của <body>" inside the subject
    belongs to the subject ("… thuộc phạm vi quản lý nhà nước của Bộ Văn hóa, thể thao & du lịch").
    """
    pos = end
    for _ in range(6):
        rest = text[pos:sent_end]
        m = t.after_date_re.match(rest)
        d = _DATE.match(rest, m.end()) if m else None
        if d is None:
            m = re.match(r"\s*[-–]\s*", rest)
            d = _FULL_DATE.match(rest, m.end()) if m else None
            day = _DATE.match(rest, m.end()) if m and d is None and pos == end else None
            if day and (t.subject_re.match(rest, day.end()) or re.match(r"\s*(?:[,.;)]|$)", rest[day.end():])):
                d = day  # "công điện khẩn Số 1750 - CĐ / TU - 4/9 về việc …": the day and month after a dash
        if d and m and "," in m.group(0):  # "Nghị định 42 / NĐ - CP, ngày 13 tháng 4 năm 2017, Cục … đã có thông báo số 137":
            nxt = t.kind_re.search(text, pos + d.end(), sent_end)  # the date opens the clause of the next citation
            verb = t.verb_tail_re.search(text[pos + d.end():nxt.start()]) if nxt and re.match(r"\s*,", text[pos + d.end():]) else None
            if verb and (verb.group("adv") or re.match(r"\s+(?:số\s*:?\s*)?\d", text[nxt.end():])):
                break  # not "…, ngày 09/07/2008, với chức năng tư vấn cho cơ quan cấp giấy phép …" (no citation, no adverb)
        if d:
            fields.setdefault("issued_on", _date_value(d, fields.get("year"), published))
            pos += d.end()
            continue
        m = re.match(r"\s*,?\s*(?:năm\s+)?((?:19|20)\d\d)(?![\d/])", rest, re.IGNORECASE)
        if m and (fields.get("year") is None or "năm" in m.group(0)):
            fields.setdefault("issued_on", m.group(1))
            pos += m.end()
            continue
        m = t.month_after_re.match(rest)
        if m and 1 <= int(m.group("month")) <= 12:  # the month of issue, then perhaps "của <body>"
            fields.setdefault("issued_on", f"{int(m.group('myear')):04d}-{int(m.group('month')):02d}")
            pos += m.end()
            continue
        bare = t.place_re.match(rest, len(rest) - len(rest.lstrip())) if pos == end else None
        if bare and t.after_date_re.match(rest, bare.end()) and _placed(keys & {code_key(re.split(r"[-/\s]", text[:pos].rstrip())[-1])}, t):
            m = bare  # "Báo cáo số 327 / BC - UBND tỉnh ngày 27/9/2017": the level of the body the code names, no place
        else:
            m = re.match(r"\s*\)", rest) or (t.place_re.match(rest.lstrip()) and re.match(r"\s*\S+(?:\s+[^\W\d_]*[A-ZĐ]\S*)+", rest))
        if m:  # a closing parenthesis, or the place a symbol belongs to ("08/2017/QĐ-UBND tỉnh Long An")
            code = re.split(r"[-/\s]", text[:pos].rstrip())[-1]
            if ")" not in m.group(0) and code_key(code) in keys and _placed(frozenset({code_key(code)}), t):
                place = text[pos:pos + m.end()].strip().rstrip(",;:")
                cut = _person_cut(place.split(), 1, True, False, t, gazetted=True)
                place = " ".join(place.split()[:cut]) if cut else place
                fields.setdefault("issuer_text", f"{_canon(code, t, 'state')} {place}")  # "Kế hoạch số 41 / KH - UBND huyện
                # Mường La": the local body the code names (as the tables spell it), with the place written after the symbol
            pos += m.end()
            continue
        m = t.issuer_link_re.match(rest)
        if m:  # "do X ký" names a signer: only a known body counts as the issuer there
            loose = t.ctx["issuer_links"][fold(m.group(1))] == "loose"
            if not loose:  # "do Phó Chủ tịch UBND tỉnh Nguyễn Văn Đệ ký": the signer is read from the link on
                fields.setdefault("signer_at", pos)
            found = _issuer_at(text, pos + m.end(), sent_end, t, loose=loose, keys=keys)
            if found:
                fields.setdefault("issuer_text", found[1])
                pos = found[0]
                continue
        m = t.relative_re.match(rest)
        if m and "issuer_text" not in fields:  # "công văn số 226 / BC - TTr mà Thanh tra bộ VH, TT & DL gửi …"
            np = m.group("np")
            title = t.title_re.match(np)
            if not title and (t.alias_re.match(np) or t.head_re.match(np) or t.org_re.match(np)) and len(np.split()) <= 12:
                fields["issuer_text"] = np
                pos += m.end()
                continue
        m = t.addressee_re.match(rest)
        if m:
            pos += m.end()
            continue
        m = re.match(r"\s*\([^()]{1,30}\)", rest)
        if m and "issuer_text" in fields:  # "của Bộ Chính trị (khoá XI) về …"
            pos += m.end()
            continue
        m = re.match(r"\s*,?\s*", rest)
        dashed = t.dashed_signer_re.match(rest, m.end())
        signer = None if dashed else t.signer_re.match(rest, m.end())
        if signer:  # "… của bộ GTVT do Thứ trưởng Lê Đình Thọ ký ngày 15/10, gửi …": the signer, read by _signed_by
            fields.setdefault("signer_at", pos)
            title = t.title_re.match(signer.group(1))
            words = (signer.group(1)[title.end():] + signer.group(2)).split() if title else []
            cut = _person_cut(words, 0, False, True, t) if words else None
            body = " ".join(words[:cut]) if cut else ""
        elif dashed:  # "… số 4674 / QĐ - BGĐT do ông Bùi Văn Gia - thứ trưởng Bộ GD-ĐT - ký": the title after the name
            fields.setdefault("signer_at", pos)
            title = t.title_re.match(dashed.group("title"))
            body = re.sub(r"\s*\([^()]*\)$", "", dashed.group("title")[title.end():].strip()) if title else ""
        else:
            break
        if body and not keys & t.issuer_table_keys and len(body.split()) >= 2 and body[0].isupper() and (
                t.org_re.match(body) or t.alias_re.match(body) or t.head_re.match(body)):
            fields.setdefault("issuer_text", body)  # "… số 17 / QĐ - XPVPHC do phó cục trưởng Cục Báo chí Nguyễn Văn Hiếu
            # ký": the body in the signer's title, for a code that names none
        pos += (signer or dashed).end()
    m = t.subject_re.match(text[pos:sent_end])
    if m:
        s = pos + m.start(1)
        stop = sent_end
        colon = re.search(r"[:?!]", text[s:sent_end])
        if colon:
            stop = s + colon.start()
        cut = t.subject_stop_re.search(text, s + len(m.group(1)) + 1, stop)  # not a quote that opens right after "về"
        if cut:
            stop = cut.start()
        cut = t.party_subject_stop_re.search(text, s, stop) if fields.get("system") == "party" else None
        if cut:
            stop = cut.start()
        for of in ([] if named_before else t.of_re.finditer(text[s:stop])):
            if re.search(rf"(?:{t.kind_re.pattern})\s+(?:số\s+)?\d[\d\s/-]*(?:[-/]\s*[A-ZĐ]+\d*\s*)*"
                         rf"(?:\s*,?\s*ngày\s+{_DATE.pattern}\s*)?$",
                         text[max(s, s + of.start() - 70):s + of.start()], re.IGNORECASE):
                continue  # "… thực hiện Chỉ thị số 56 của Bộ Chính trị", "… của Nghị định số 202/2004-NĐ-CP ngày 10/12/2004
                # của Chính Phủ": the issuer of the document the subject cites
            found = _issuer_at(text, s + of.end(), stop, t)
            if found and (not keys or found[2] & keys):
                cut_at = s + of.start()
                again = t.of_re.match(text, found[0], stop)
                second = _issuer_at(text, again.end(), stop, t) if again else None
                if second and (not keys or second[2] & keys):  # "… công chức, viên chức của UBND huyện Yên Dũng của UBND
                    found, cut_at = second, found[0]  # tỉnh Bắc Giang": a second "của" right after the first is the citation's
                fields.setdefault("issuer_text", found[1])
                stop = cut_at
                break
        depth = 0
        for i, ch in enumerate(text[s:stop]):  # ") đến hết năm 2016": a bracket opened before the citation closes
            depth += (ch == "(") - (ch == ")")
            if depth < 0:
                stop = s + i
                break
        subject = text[s:stop].rstrip(" ,.…")
        while subject.endswith(")") and subject.count(")") > subject.count("("):
            subject = subject[:-1].rstrip(" ,.…")  # "(Nghị định số 02/2017/NĐ-CP … về …)": the bracket closes before it
        while subject.endswith(("”", '"')) and sum(map(subject.count, '"“”')) % 2:
            subject = subject[:-1].rstrip(" ,.…")  # "… ký gửi các đơn vị " về việc … ": the quote opened before "về"
        if len(subject) > 3:
            fields.setdefault("subject", subject)
            pos = s + len(subject)
    return pos


def _signed_by(text: str, pos: int, sent_end: int, t: _Tables) -> str | None:
    """The signer of "… do Thứ trưởng Nguyễn Văn A ký": the person's name, without the title; or of "… do ông Bùi Văn Gia
    - thứ trưởng Bộ GD-ĐT - ký", the name before the title set off by dashes."""
    rest = text[pos:sent_end]
    found = [m for m in (t.dashed_signer_re.search(rest), t.signer_re.search(rest), t.apposed_signer_re.search(rest)) if m]
    if not found:
        return None
    m = min(found, key=lambda x: x.start())  # the dashed form first where both start: "do ông Mai Tuấn Anh - Chủ tịch HĐTV
    # VEC ký" is no "do <title> <name> ký" whose name is "HĐTV VEC"
    if m.re is t.apposed_signer_re:  # "do ông Nguyễn Văn Đệ, Phó Chủ tịch UBND tỉnh Nghệ An ký": a person's name first
        return _person_named(m.group("name").split(), t)
    name = (m.group("name") if m.re is t.dashed_signer_re else m.group(2)).split()
    while name and not (name[0][0].isupper() and name[0][1:].islower()):
        name.pop(0)  # "Thứ trưởng bộ GTVT Nguyễn Hồng Trường": titles and abbreviations come first
    return _name_ending(name, t)


def _person_named(words: list[str], t: _Tables) -> str | None:
    """The person named by ``words`` after a form of address at most ("ông Nguyễn Văn Đệ", "Phạm Minh Chính"): a surname
    and one to three more capitalised syllables that name no province or district, or None."""
    address = t.address_re.match(" ".join(words))
    words = words[len(address.group(0).split()):] if address else words
    if 2 <= len(words) <= 4 and fold(words[0]) in t.surnames and all(w.isalpha() and _name_word(w) for w in words) and (
            name_key(" ".join(words)) not in _unit_names()):
        return " ".join(words)
    return None


def _name_ending(words: list[str], t: _Tables) -> str | None:
    """The person's name that ends ``words`` after a title, its body and their place ("Phó Chủ tịch UBND TP Đà Nẵng Đặng
    Việt Dũng", "Bộ trưởng bộ Công Thương Trần Tuấn Anh"): of the endings that are a name (``_person_named``), one with a
    middle name ("Văn", "Thị") first, then one of three syllables, four, two (as ``_person_cut`` ranks them)."""
    names = [(0 if n > 2 and words[-n + 1] in t.ctx["person_middle_names"] else 1, {3: 0, 4: 1, 2: 2}[n], words[-n:])
             for n in (2, 3, 4) if len(words) >= n and _person_named(words[-n:], t)
             and name_key(" ".join(words[-n - 1:-n + 1])) not in _unit_names()]  # not "(Đắk) Nông Nguyễn Bốn"
    return " ".join(min(names)[2]) if names else None


def _signer_before(text: str, sent_start: int, mstart: int, t: _Tables) -> str | None:
    """The signer named in the clause that introduces the citation: "Thủ tướng Phạm Minh Chính đã ký Quyết định …",
    "Phó Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Đệ đã ký …" (the name ends the title and its body), "Ông Nguyễn Văn Đệ,
    Phó Chủ tịch UBND tỉnh Nghệ An đã ký …" (the name before the title set off by a comma)."""
    head = text[sent_start:mstart]
    verb = t.signing_before_re.search(head)
    if not verb:
        return None
    parts = re.sub(r"\([^()]*\)", " ", head[:verb.start()]).split(",")  # a place in brackets is no clause
    apposed = _person_named(parts[-2].split(), t) if len(parts) > 1 else None
    if apposed and (t.title_re.match(parts[-1].strip()) or t.address_re.match(parts[-2].strip())):
        return apposed  # the name, then its title after a comma ("ông Hoàng Văn Tý, Hiệu trưởng trường THPT …")
    return _name_ending(parts[-1].split(), t)


# -- context before a citation: "Ngày …, <issuer> đã ban hành <citation>" ----------------------------

def _issuer_ending(np: str, keys: frozenset, t: _Tables) -> tuple[int, str] | None:
    """A known issuer fitting ``keys`` that ends ``np`` (a place may follow: "…Sóc Sơn, Hà Nội"): (start, name)."""
    for m in t.alias_re.finditer(np):
        if not t.alias_codes.get(_akey(m.group(0)), set()) & keys:
            continue
        title = [x for x in t.title_re.finditer(np, 0, m.start()) if not np[x.end():m.start()].strip()]
        start = title[0].start() if title else m.start()
        found = _issuer_at(np, start, len(np), t, keys=keys)
        joint = re.match(r"\s+[-–]\s+(?=\w)[^,;:()]*$", np[found[0]:]) if found else None
        rest = np[found[0]:].split() if found else []
        person = bool(rest) and fold(rest[0]) in t.surnames and 2 <= len(rest) <= 4 and all(map(_name_word, rest[1:]))
        middle = person and len(rest) > 2 and rest[1] in t.ctx["person_middle_names"]  # "… Chính phủ Phan Văn Sáu"
        signer = found and re.fullmatch(r"\s+[-–]\s+(\S+)((?:\s+\S+){2,4})\s*", np[found[0]:])
        if signer and fold(signer.group(1)) in t.addresses and all(map(_name_word, signer.group(2).split())):
            return start, found[1]  # "… UBND TP - ông Nguyễn Văn Sửu": the signer set off by a dash
        if found and (t.issuer_tail_re.fullmatch(np, found[0]) or (joint and np[found[0]:].lstrip(" -–")[0].isupper())
                      or (person and (title or middle or t.title_re.match(np, m.start())))):
            return start, found[1]  # "… thiên tai - Ủy ban Quốc gia …": a joint body after a dash; "Chủ tịch UBND Huỳnh Đức Thơ"
    return None


def _named_for_code(np: str, keys: frozenset, t: _Tables) -> tuple[int, str] | None:
    """An organisation named right before the issuing verb whose words' initials spell the symbol's issuer code
    ("Tổng Công ty" → TCT): the text's body wins over the body the code table gives for that code."""
    heads = [h for h in re.finditer(rf"(?:^|(?<=\s))(?:{t.org_re.pattern})(?!\w)", np, re.IGNORECASE)
             if not t.title_re.match(np, h.start())]  # not the "Bộ" of "Bộ trưởng"
    for head in heads:
        name = np[head.start():].strip()
        if len(name.split()) <= 12 and code_key("".join(w[0] for w in re.findall(r"[^\W\d_]+", name))) in keys:
            return head.start(), name
    last_clause = max((m.end() for m in re.finditer(r"[,;]", np)), default=0)
    for head in sorted(heads, key=lambda h: h.start() < last_clause):  # "Tổng công ty Thái Sơn, …" + TS: the spelled words
        # and the place or name after them; the clause nearest the verb first ("cục Giám sát quản lý … , ngày 16/6/2016 Cục
        # GSQL đã có công văn số 802 / GSQL - GQ 1")
        end = _spelled(np, head, keys, t, whole=True)
        if end is not None:  # a head inside a longer name starts no name: "ban Chỉ đạo Phòng chống thiên tai …" + PCTT
            start = next(h.start() for h in heads if h.start() == head.start() or not re.search(
                r"[,;:()]|\s[-–]\s", np[h.start():head.start()]) and (np[h.end():].lstrip()[:1].isupper() or not np[
                    h.end():head.start()].strip()) and not any(  # "trường đại học …": two heads in a row
                    stop.group(0).strip() for stop in t.name_stop_re.finditer(np, h.end() + 1, head.start())))
            return start, np[start:end].strip()
    return None


def _spelled(text: str, head: re.Match, keys: frozenset, t: _Tables, limit: int | None = None, whole: bool = False) -> int | None:
    """Where the name at ``head`` (an organisation head, upper or lower case) ends when the initials of its words spell
    one of ``keys``, or None. The initials run from the head ("bệnh viện Đa khoa tỉnh" → BVĐKT, level words included),
    from the word after it ("Tổng công ty Thái Sơn" → TS) or from the proper name ("trường THPT Tôn Đức Thắng" → TĐT); the place or capitalised run that follows the spelled
    words belongs to the name ("bệnh viện Đa khoa tỉnh Hoà Bình"); ``whole``: the text ends where the name must end (the
    issuing verb follows), so the name runs to the next comma or bracket ("Thanh tra sở Tài chính Hà Tĩnh")."""
    limit = len(text) if limit is None else limit
    stop = re.search(r"[,;:()\[\]\"“”]|\s[-–]\s", text[head.start():limit])
    words = list(re.finditer(r"\S+", text[head.start():head.start() + stop.start() if stop else limit]))[:14]
    n_head = len(head.group(0).split())
    proper = next((k for k in range(n_head, len(words)) if _name_word(words[k].group(0)) and not words[k].group(0).isupper()), 0)
    for first in dict.fromkeys((0, n_head, proper)):  # "trường THPT Tôn Đức Thắng" → TĐT: the proper name alone
        spelled, skip = "", 0
        for k in range(first, len(words)):
            if skip:
                skip -= 1
                continue
            w = re.sub(r"[^\w&]", "", words[k].group(0))
            if not w or w[0].isdigit() or (first == proper not in (0, n_head) and not w[0].isupper()):
                break  # a proper name spells with its capitalised words only
            key = code_key(spelled + (w if (w.isupper() and len(w) > 1) or "&" in w else w[0]))
            if not any(x.startswith(key) for x in keys) and spelled and k >= n_head:
                # a level word the code leaves out: "Công an thành phố Hà Nội" → CAHN, "Công an quận Ba Đình" → CABD
                place = next((n for n in (2, 1) if fold(" ".join(x.group(0) for x in words[k:k + n])) in t.place_words), 0)
                if place and k + place < len(words):
                    skip = place - 1
                    continue
            spelled += w if (w.isupper() and len(w) > 1) or "&" in w else w[0]
            key = code_key(spelled)
            if not any(x.startswith(key) for x in keys):
                break
            if key in keys and len(key) >= 2 and k + 1 >= n_head:
                end = k + 1
                if whole:  # up to a clause word ("Sở QHKT tại có Văn bản …")
                    cut = t.name_stop_re.search(text, head.start() + words[k].end(), head.start() + words[-1].end())
                    end = len(words) if cut is None else max(k + 1, sum(1 for w in words if head.start() + w.end() <= cut.start()))
                while end < len(words) and (words[end].group(0)[0].isupper() or fold(words[end].group(0)) in t.place_words
                                            or t.org_re.fullmatch(words[end].group(0))):
                    end += 1  # the rest of the name: capitalised words, a place, a parent body ("Thanh tra sở Tài chính …")
                rank = t.place_ranks.get(fold(words[k].group(0)), 9)
                cut = _person_cut([w.group(0) for w in words[k + 1:end]], 0, True, False, t, gazetted=rank <= t.ctx["gazetted_rank"])
                end = k + 1 + cut if cut is not None else end  # "thanh tra tỉnh Quảng Nam Trần Minh Thái vừa ký": the signer
                return head.start() + words[end - 1].end()
    return None


@lru_cache(maxsize=2)
def _body_heads(org_pattern: str) -> re.Pattern:
    """The heads of bodies' names as whole words, compiled once (a lookbehind still sees before ``pos``)."""
    return re.compile(rf"(?<![\w/–-])(?:{org_pattern})(?!\w)", re.IGNORECASE)


def _spelled_in_sentence(text: str, sent_start: int, sent_end: int, mstart: int, mend: int, keys: frozenset,
                         t: _Tables) -> str | None:
    """A body named anywhere in the sentence whose initials spell an issuer code the tables do not know: "… tại phòng
    Công nghệ thông tin bệnh viện Đa khoa tỉnh Hoà Bình theo quyết định số 116 / QĐ - BVĐKT" → the hospital."""
    keys = frozenset(k for k in keys if k not in t.issuers and len(k) >= 3)
    if not keys:
        return None
    for head in _body_heads(f"{t.org_re.pattern}|{t.head_re.pattern}").finditer(text, sent_start, sent_end):
        if mstart <= head.start() < mend:  # the heads of bodies and of issuers ("Công an thành phố Hà Nội" + CAHN)
            continue
        end = _spelled(text, head, keys, t, sent_end)
        if end is not None and not mstart <= end <= mend:
            return text[head.start():end].strip()
    return None


def _read_before(text: str, sent_start: int, mstart: int, fields: dict, keys: frozenset, t: _Tables,
                 published: date | None) -> None:
    """The issuer and date of the clause that introduces the citation.

    "Ngày 15/11/2018, UBND tỉnh Quảng Nam có Quyết định số …": the clause's subject names the
    issuer when it fits the symbol's issuer code; "chỉ đạo của Thường trực Thành ủy tại Công văn …" too.
    """
    head = text[sent_start:mstart]
    of = t.of_before_re.search(head)
    if of and "issuer_text" not in fields:  # a citation without codes takes any body the tables know ("yêu cầu của Chủ
        known = keys or t.issuer_table_keys  # tịch UBND tỉnh Bắc Giang tại Văn bản số 1945")
        found = _issuer_ending(of.group("np"), known, t) or _named_for_code(of.group("np"), keys, t)
        bodies = frozenset(b for k in keys for b in t.ctx["office_codes"].get(k, ()))
        if not found and bodies:  # "kết luận của Phó Chủ tịch thường trực UBND TP - ông … tại Thông báo số 152 / TB - VP"
            found = _issuer_ending(of.group("np"), bodies, t)
        if found:  # "kết luận của Trưởng Ban chỉ đạo điều hành giá tại Thông báo số 259 / TB - BCĐĐHG": initials
            fields["issuer_text"] = found[1]
    active = t.active_before_re.search(head)
    acting = _issuer_at(active.group("np"), 0, len(active.group("np")), t) if active and "issuer_text" not in fields else None
    if acting and acting[0] == len(active.group("np")) and (not keys & t.issuer_table_keys or acting[2] & keys):
        fields["issuer_text"] = acting[1]  # "UBND TP. HCM phê duyệt quy hoạch chi tiết 1/2.000 tại quyết định số 13585 /
        # KTST - QH": a body the tables know, the clause's subject, acted through the citation
    passive = t.passive_before_re.search(head)
    if passive and "issuer_text" not in fields:  # "Công trình được cục Cảnh sát PCCC & CNCH thẩm duyệt tại văn bản số 215"
        np = passive.group("np").strip()
        bodies = frozenset(b for k in keys for b in t.ctx["office_codes"].get(k, ()))
        found = _issuer_ending(np, keys, t) or (_issuer_ending(np, bodies, t) if bodies else None)
        if found:
            fields["issuer_text"] = found[1]
        elif (t.org_re.match(np) or t.head_re.match(np)) and not keys & t.issuer_table_keys and len(np.split()) <= 10:
            fields["issuer_text"] = np  # a body the tables do not know, for a code they do not know
    bracket = re.search(rf"(?:{t.kind_re.pattern})\s*\(\s*$", head, re.IGNORECASE)
    if bracket:  # "đã ban hành quyết định (số 352/QĐ-TA)"
        head = head[:bracket.start()]
    verb = t.verb_tail_re.search(head)
    if not verb:
        return
    np_text = head[:verb.start("adv") if verb.group("adv") else verb.start()].rstrip()
    if np_text.endswith(",") and len(re.findall(r"[,;:]", np_text)) >= 2:  # "Chánh Thanh tra Sở, ông Quách Công Ban, đã ký":
        np_text = np_text[:-1].rstrip()  # the signer's name set off by commas on both sides
    dashed = re.search(r"\s[-–]$", np_text)
    if dashed and re.search(r"\s[-–]\s", np_text[:dashed.start()]):  # "ông Bùi Văn Ga - thứ trưởng Bộ Giáo dục và Đào
        np_text = np_text[:dashed.start()].rstrip()  # tạo - đã ký": a title set off by dashes on both sides
    trailing = re.search(r"\s+(?:vào\s+)?ngày\s+(?P<date>\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)$", np_text)
    if trailing:  # "Công ty … ngày 29/10/2010 đã ký hợp đồng …"
        d = _DATE.match(trailing.group("date"))
        if d and "issued_on" not in fields:
            fields["issued_on"] = _date_value(d, fields.get("year"), published)
        np_text = np_text[:trailing.start()]
    behalf = list(t.behalf_re.finditer(np_text))
    found = _issuer_at(np_text, behalf[-1].end(), len(np_text), t, loose=True) if behalf else None
    found = (behalf[-1].end(), found[1]) if found and not np_text[found[0]:].strip() else None  # "… thay mặt Ban Bí thư ký"
    found = found or _issuer_ending(np_text, keys, t)
    bodies = frozenset(b for k in keys for b in t.ctx["office_codes"].get(k, ()))
    if not found and bodies:  # "UBND tỉnh đã có văn bản số 3037 / VP - NNTN": the office signs for the body
        found = _issuer_ending(np_text, bodies, t)
    if not found and keys:  # also a code the tables do not know: "Tổng công ty Thái Sơn, Bộ Quốc phòng (…) có … / QĐ - TS"
        found = _named_for_code(np_text, keys, t)  # "Tổng Công ty ban hành Kế hoạch số 3933 / TCT - VP": not Tổng cục Thuế
    np_start = found[0] if found else None
    if found and "issuer_text" not in fields:
        fields["issuer_text"] = found[1]
    elif not found and not keys & t.issuer_table_keys:
        segments = re.split(r"[,;:]", np_text)
        last = segments[-1].split()
        if len(segments) > 2 and 3 <= len(last) <= 5 and fold(last[0]) in t.addresses and all(map(_name_word, last[1:])):
            segments = segments[:-1]  # "Chánh Thanh tra Sở, ông Trịnh Xuân Thái vừa ký": the body before the signer's name
            np_text = np_text[:len(np_text) - len(np_text.split(",")[-1]) - 1]
        segment = segments[-1]
        place = t.place_re.match(segment.strip())
        place = place if place and segment.strip()[place.end():].lstrip()[:1].isupper() else None  # not "Tỉnh ủy"
        if len(segments) > 1 and re.fullmatch(r"[,]", np_text[len(np_text) - len(segment) - 1]) and (
                place  # "Công an huyện Tiền Hải, tỉnh Thái Bình"
                or (re.match(r"\s*[A-ZĐ][^,;:]*\s+(?:và|&)\s+[A-ZĐ]", segment)  # "Cục Xuất bản, In và Phát hành"
                    and t.org_then_name_re.search(segments[-2]))):
            head = segments[-2]
            org = list(re.finditer(rf"(?:^|\s)(?:{t.org_re.pattern}|{t.head_re.pattern})", head, re.IGNORECASE))
            first = len(org) - 1
            while first > 0 and not head[org[first - 1].end():org[first].start()].strip():
                first -= 1  # "Thanh tra bộ VH, TT & DL": heads in a row belong to one name
            head = head[org[first].start():] if org and not place else head
            segment = head + "," + segment
        np_start = len(np_text) - len(segment)
        np = t.passive_lead_re.sub("", segment.strip())
        np = t.time_lead_re.sub("", np)  # "Ngày 20/8/2018 TAND có quyết định …": the date is no part of the name
        short = re.search(r"\s*\(([^()]{1,40})\)$", np)  # "công ty … Rạng Đông (công ty Rạng Đông) đã có văn bản": its short
        if short and not t.title_re.match(short.group(1).strip()):  # name; not a title ("ông … (thứ trưởng Bộ …) đã ký")
            np = np[:short.start()]
        placed = t.placed_name_re.search(np)
        if placed and not re.search(r"[A-ZĐ\d]", np[placed.end():]):
            np = np[:placed.end()]  # "văn phòng UBND tỉnh Ninh Thuận tiếp tục có …": a name ends with its place
        titles = list(t.title_re.finditer(np))
        np = t.title_after_re.sub("", np[titles[-1].end():].strip()) if titles else np  # "phó chủ tịch thường trực UBND tỉnh"
        np = np[:-1] if np.endswith(")") and np.count(")") > np.count("(") else np  # "(… Giám đốc công ty TNHH Yên Khánh)"
        if not any(r.match(np) for r in (t.org_re, t.alias_re, t.head_re)):  # "Chấp hành viên chi cục Thi hành án …": an
            inner = _body_heads(t.org_re.pattern).search(np)  # officer of the body named after him
            lead = np[:inner.start()].split() if inner else []
            if inner and len(lead) <= 3 and not any(w.isupper() and len(w) > 1 for w in lead):  # not "HĐQT ngân hàng …"
                np = np[inner.start():]  # "ông …, với tư cách là Chủ tịch Hội đồng tuyển dụng, ký"
            elif inner and any(stop.group(0).strip() for stop in t.name_stop_re.finditer(np, 0, inner.start())) and not any(
                    w.isupper() and len(w) > 1 for w in lead):
                np = np[inner.start():]  # "Chịu trách nhiệm trong việc Hội đồng thành viên ban hành …": a clause before the body
        if fold(np) in t.addresses:  # "ông …, Chủ tịch UBND huyện Phú Ninh, tỉnh Quảng Nam cho biết, ông vừa ký Quyết định
            titled = [x for x in t.title_re.finditer(np_text, 0, np_start)]  # 1225 / QĐ - XPVPHC": the body of his title
            named = _issuer_at(np_text, titled[-1].start(), np_start, t, loose=True, keys=keys) if titled else None
            np = named[1].rstrip(" ,") if named and (not keys & t.issuer_table_keys or named[2] & keys) else ""
        if fold(np) in t.ctx["body_anaphors"]:  # "Theo thông tin từ nhà hát Kịch Việt Nam, ngày …, đơn vị này đã có"
            prior = list(_body_heads(t.org_re.pattern).finditer(np_text, 0, np_start))
            named = _issuer_at(np_text, prior[-1].start(), np_start, t, loose=True) if prior else None
            np = named[1].rstrip(" ,") if named else ""
        words = np.split()
        cut = _person_cut(words, 0, False, bool(titles), t)
        if cut and (fold(words[cut - 1]) in t.place_words or fold(" ".join(words[cut - 2:cut])) in t.place_words):
            cut = None  # "… tỉnh Hà Tĩnh", "… TP Hà Nội": a place, not a person
        if len(words) in (3, 4) and fold(words[0]) in t.surnames and all(map(_name_word, words[1:])):
            cut = 0  # "… là ông Võ Minh Đức, Phạm Quang Sáng đã đồng ký": people sign, the body is not named
        if cut is not None:  # what is left must be a body's name ("Liên quan đến việc Phan Sào Nam ký" names none)
            body = cut and (any(r.match(np) for r in (t.org_re, t.alias_re, t.head_re)) or all(w[0].isupper() for w in words[:cut]))
            np = " ".join(words[:cut]) if body else ""
        trailing = re.search(r"(?:\s+[^\W\d_A-ZĐ]\S*)+\s+và$", np)
        if trailing and np[:trailing.start()].split()[-1][:1].isupper():
            np = np[:trailing.start()]  # "HĐQT Eximbank tiếp tục họp và ban hành …": the name ends before the other verb
        if np and fold(np.split()[0]) in t.addresses:
            np = ""  # "Ông Thăng còn chịu trách nhiệm trong việc ban hành nghị quyết số 4266": a person, no body
        if np and fold(np.split()[-1]) in map(fold, t.ctx["passive_words"]):
            np = ""  # "Ngày 15/3, bộ phim được cấp Giấy phép phổ biến phim số 39 …": the subject received it
        if np and len(np.split()) <= 12 and (np[0].isupper() or t.org_re.match(np)):
            fields.setdefault("issuer_text", np)  # an issuer the tables do not know, for a code they do not know
    if np_start is None:
        np_start = len(np_text) - len(re.split(r"[,;:]", np_text)[-1])
    if "issued_on" in fields:
        return
    # "Sáng 13/6, xác nhận với PV …, ông … cho biết đã ký", "Ngày 5/7, thông tin với báo …, … vừa ký": the day it was said
    # (a statement after the date; "Ông …, Cục trưởng … cho biết, …, ngày 19/1/2018, cục … đã có công văn" is the document's)
    time = _last(t.time_before_re, np_text[:np_start]) or _last(t.time_before_re, np_text, np_start)  # or after the name
    if time and t.reported_re.search(np_text, time.start()):
        time = None
    elif not time and not t.reported_re.search(np_text):
        time = t.time_opening_re.match(np_text[:np_start])
    if time and time.group("date"):
        d = _DATE.match(time.group("date"))
        value = _date_value(d, fields.get("year"), published) if d else None
    elif time and time.group("year"):
        value = time.group("year")
    elif time:
        value = f"{int(time.group('myear')):04d}-{int(time.group('month')):02d}"
    else:
        value = None
    if value:
        fields["issued_on"] = value


def _last(pattern: re.Pattern, text: str, pos: int = 0) -> re.Match | None:
    """The match of ``pattern`` that starts last in ``text`` (from ``pos``): of the dates before a citation the one
    nearest to it ("Tin từ sở … ngày 17/12 cho biết, ngày 13/12/2018, NHNN đã ban hành …": the second)."""
    last = None
    while (m := pattern.search(text, pos)) is not None:
        last, pos = m, m.start() + 1
    return last


# -- elsewhere in the sentence: the place of a local issuer, "do X ban hành ngày …" -----------------

def _placed(keys: frozenset, t: _Tables) -> bool:
    return any(t.issuers[k]["place"] == "yes" for k in keys if k in t.issuers)


def _complete_place(name: str, text: str, start: int, end: int, t: _Tables) -> str:
    """"UBND tỉnh" + the one "tỉnh Thanh Hoá" the clause ``text[start:end]`` names elsewhere, else the one the text names
    before the sentence (as the entity layer's ``in_full``): "UBND tỉnh Thanh Hoá". The sentence's other clauses, across
    ";", are not read (the gold keeps "UBND tỉnh" there)."""
    words = name.split()
    if not words or fold(words[-1]) not in t.place_words:
        return name
    place = re.escape(words[-1]).replace(r"\.", r"\.?")
    stops = _stops(text, True)
    i = bisect_left(stops, start)
    for a, b in ((start, end), (0, stops[i - 1] + 1 if i else 0)):
        found = [m.group(1).strip() for m in re.finditer(rf"(?<!\w)(?i:{place})\s+((?:[A-ZĐ][^\W\d_]*\s?)+)", text[a:b])]
        found = {f for f in found if _person_cut(f.split(), 0, True, True, t, gazetted=True) != 0}  # "UBND quận Trần Thị
        # Thanh Tâm"
        if found:
            return f"{name} {found.pop()}" if len(found) == 1 else name
    return name


def _demonstrative_resolved(name: str, text: str, start: int, end: int, t: _Tables) -> str:
    """An issuer named by a demonstrative, read as the body it points back to in the sentence of ``text[start:end]``:
    a level and a demonstrative ("HĐND tỉnh này", "UBND huyện nói trên") take the one place of that level the sentence,
    else the text before it, names (``_complete_place``: "UBND tỉnh Tuyên Quang áp dụng Nghị quyết số 09/2016 của HĐND
    tỉnh này" → "HĐND tỉnh Tuyên Quang"); a head and a demonstrative ("bộ này") the last body with that head named before
    the citation in the sentence ("Bộ GTVT khẳng định công văn số 1222 / BGTVT - TC … của bộ này" → "Bộ GTVT"). Kept as
    written when nothing, or several places, are named."""
    words = name.split()
    for n in (2, 1):  # "tỉnh này", "huyện nói trên"
        if len(words) > n and t.demonstrative_re.fullmatch(" ".join(words[-n:])):
            base = " ".join(words[:-n])
            if fold(words[-n - 1]) in t.place_words:
                full = _complete_place(base, text, *_sentence_bounds(text, start, end), t)
                return full if full != base else name
            if t.body_demonstrative_re.fullmatch(name):
                sent_start = _sentence_bounds(text, start, end)[0]
                heads = list(re.finditer(rf"(?<!\w)(?i:{re.escape(base)})\s+(?=[A-ZĐ])", text[sent_start:start]))
                found = _issuer_at(text, sent_start + heads[-1].start(), start, t, loose=True) if heads else None
                return found[1].rstrip(" ,") if found else name
    return name


def _local_bodies(text: str, start: int, end: int, mstart: int, mend: int, keys: frozenset, t: _Tables):
    """The mentions of a local issuer the symbol names (UBND, Tỉnh ủy, Sở, …) with its place in ``text[start:end]``,
    outside the citation ``mstart:mend`` and any symbol, and not as the body a document goes to: (start, end, name,
    rank of its place, folded place)."""
    for m in t.alias_re.finditer(text, start, end):
        if mstart <= m.start() < mend or re.search(r"[-/–]\s*$", text[max(start, m.start() - 3):m.start()]):
            continue  # inside this citation or another symbol ("… / QĐ - UBND")
        if t.recipient_re.search(text, max(start, m.start() - 40), m.start()):
            continue  # "… gửi UBND tỉnh X", "Sở … trình UBND tỉnh": the body the document goes to
        title = t.title_re.match(text, m.start(), m.end())
        pos = m.start()
        if title and title.end() < m.end():
            inner = t.alias_re.match(text, title.end() + len(text[title.end():m.end()]) - len(text[title.end():m.end()].lstrip()), end)
            if not inner:
                continue
            pos = inner.start()
            m = inner
        if not t.alias_codes.get(_akey(m.group(0)), set()) & keys:
            continue
        found = _issuer_at(text, pos, end, t, keys=keys)
        if not found or found[0] <= m.end():
            continue  # the bare code's body ("UBND") says no more than the table
        place = t.place_re.search(text, m.end(), found[0])
        yield m.start(), found[0], found[1], t.place_ranks.get(fold(place.group(0)), 9) if place else 9, fold(text[m.end():found[0]])


def _issuer_in_sentence(text: str, sent_start: int, sent_end: int, mstart: int, mend: int, keys: frozenset,
                        t: _Tables) -> str | None:
    """The nearest mention of a local issuer the symbol names (UBND, Tỉnh ủy, Sở, …) with its place, anywhere in the
    sentence: "dự án đã được UBND TP Đà Nẵng phê duyệt … tại Quyết định số 6039 / QĐ - UBND" → "UBND TP Đà Nẵng".

    A weaker reading than "của X" or the clause that introduces the citation; a title before the name is left out,
    and a bare place word is completed with the one place of that level the sentence names.
    """
    if not _placed(keys, t):
        return None
    best = None
    for start, end, name, rank, _place in _local_bodies(text, sent_start, sent_end, mstart, mend, keys, t):
        distance = mstart - end if end <= mstart else start - mend
        if best is None or (rank, distance) < best[0]:
            best = ((rank, distance), name)
    return _complete_place(best[1], text, sent_start, sent_end, t) if best else None


def _named_place(words: list[str], t: _Tables) -> bool:
    """Whether the place words after a body's name name the place ("tỉnh Nghệ An"), not only its level ("TP", "tỉnh này")."""
    return any(w[0].isupper() and fold(w) not in t.place_words for w in words)


@lru_cache(maxsize=8)
def _article_bodies(text: str, keys: frozenset) -> tuple:
    """Every mention of a local issuer of ``keys`` with its place in the whole text (``_local_bodies``), found once per
    text and codes."""
    return tuple(_local_bodies(text, 0, len(text), 0, 0, keys, _tables()))


def _issuer_in_article(text: str, sent_start: int, sent_end: int, keys: frozenset, t: _Tables) -> str | None:
    """The local issuer of the symbol's code when the article names exactly one such body with a place, outside the
    citation's sentence: "UBND tỉnh Nghệ An tổ chức hội nghị.\nQuyết định số 1234/QĐ-UBND được công bố …" → "UBND tỉnh
    Nghệ An" (as written first); two places ("UBND tỉnh Nghệ An", "UBND huyện Quỳnh Lưu") leave the table's name."""
    if not _placed(keys, t):
        return None
    bodies = [(place, name) for start, _end, name, _rank, place in _article_bodies(text, keys)
              if not sent_start <= start < sent_end and _named_place(name.split()[-len(place.split()):], t)]
    return bodies[0][1] if len({place for place, _name in bodies}) == 1 else None


def _court_in_sentence(text: str, sent_start: int, sent_end: int, mstart: int, mend: int, t: _Tables) -> str | None:
    """The court named nearest before the citation (else the first after it), for a judgment or court decision whose
    symbol names only the case and the instance: "TAND tỉnh Phú Thọ đã tống đạt Quyết định số 03/2017/HSST-QĐ"."""
    before, after = [], []
    for m in t.court_re.finditer(text, sent_start, sent_end):
        if mstart <= m.start() < mend:
            continue
        level = t.court_level_re.match(text[m.end():sent_end])
        end = _extend_name(text, m.end() + (level.end() if level else 0), sent_end, t)
        if end == m.end() and not (m.group(0).isupper() or len(m.group(0).split()) > 2):
            continue  # a bare "tòa" names no court
        (before if end <= mstart else after).append(text[m.start():end])
    return before[-1] if before else after[0] if after else None


def _code_as_name(text: str, sent_start: int, sent_end: int, mstart: int, mend: int, info: dict, t: _Tables) -> str | None:
    """An issuer code the tables do not know (or know as the name the body goes by), which the sentence also writes as
    a name: "HĐTV VEC nhận định: "Quyết định 608 / QĐ - VEC …" → "VEC" (companies sign with their abbreviation)."""
    code = info["issuer_code"]
    row = t.issuers.get(code_key(code or ""))
    named = bool(row) and code in (row["aliases"] or "").split("|") and bool(t.company_re.match(row["name"]))  # "VEC"
    if (info["issuer"] and not named) or not code or "-" in code or (row and not named) or len(code) < 2:
        return None
    return _code_written(code, text, sent_start, sent_end, mstart, mend)


_KIND_NUMBER = re.compile(r"\s+(?:số\s+)?\d")


def _read_later(text: str, stop: int, end: int, fields: dict, keys: frozenset, t: _Tables, published: date | None) -> None:
    """"… Nghị định 63/2019/NĐ-CP quy định … do Chính phủ vừa ban hành ngày 11/7/2019": the issuer and date of a
    clause later in the sentence that says who issued the citation and when, with no other citation in between."""
    rest = text[stop:min(end, stop + 600)]  # read up to 400 characters on; a citation or symbol opening before that fits in 600
    other = [m.start() for m in t.kind_re.finditer(rest) if _KIND_NUMBER.match(rest, m.end())]
    sym = _SYMBOL.search(rest)
    rest = rest[:min(other[:1] + ([sym.start()] if sym else []) + [len(rest), 400])]
    m = t.later_by_re.search(rest)
    if m and "issuer_text" not in fields:
        found = _issuer_at(rest, m.start("who"), m.end("who"), t, keys=keys)
        if found and found[0] == m.end("who") and (not keys or found[2] & keys):
            fields["issuer_text"] = found[1]
        elif not found or found[0] != m.end("who"):
            # "… số 371/2017/ATTP-CNĐK do chi cục An toàn Vệ sinh Thực phẩm cấp": a body the tables do not know, named as
            # the issuer, wins over the table's name for the code
            found = _issuer_at(rest, m.start("who"), m.end("who"), t, loose=True, keys=keys)
            if found and found[0] == m.end("who") and not found[2] and t.org_re.match(found[1]):
                fields["issuer_text"] = found[1]
    m = t.later_date_re.search(rest)
    if m and "issued_on" not in fields:
        d = _DATE.match(m.group("date")) if m.group("date") else None
        if d:
            fields["issued_on"] = _date_value(d, fields.get("year"), published)
        elif m.group("month") and 1 <= int(m.group("month")) <= 12:
            fields["issued_on"] = f"{int(m.group('myear')):04d}-{int(m.group('month')):02d}"


# -- named documents -----------------------------------------------------------------

def _named(text: str, t: _Tables) -> list[_Cite]:
    out = []
    implied = {fold(k): v for k, v in t.ctx["convention"]["implied_issuers"].items()}
    abbreviated = {fold(k): v for k, v in t.ctx["convention"]["abbreviations"].items()}
    for m in t.convention_re.finditer(text):
        issuer = m.group("issuer") or m.group("issuer_mid") or m.group("issuer2")  # "… Luật biển của Liên Hợp Quốc năm 1982"
        issuer = " ".join(issuer.split()) if issuer else implied.get(fold(m.group("name")))  # "Công ước Luật biển 1982"
        issuer = abbreviated.get(fold(issuer or ""), issuer)  # "Công ước LHQ về Luật Biển 1982"
        kind = t.ctx["convention"]["kind"]
        out.append(_Cite(m.start(), m.end(), f"named:{fold(kind)} {fold(m.group('name'))} {m.group('year')}", fields={
            "kind": kind, "year": int(m.group("year")), "issuer": issuer}))
    pos = 0
    while (m := t.law_re.search(text, pos)) is not None:
        pos = m.start() + 1  # a rejected match may hide a law inside it ("Luật X sửa đổi, so với Luật X năm 2007")
        name = m.group("name")
        words = [fold(w.strip(",")) for w in name.split()]
        inner = f" {' '.join(words)} "
        for phrase in t.law_name_phrases:  # "Luật Trách nhiệm bồi thường của Nhà nước năm 2017"
            inner = inner.replace(f" {phrase} ", " ")
        if words[0] in t.not_law or " ".join(words[:2]) in t.not_law or any(w in t.kind_gap_stops for w in inner.split()):
            continue
        if _clause_after_name(text, m, _unyeared()):
            continue  # "Luật Công đoàn Việt Nam để trình Quốc hội năm 2019": the year is the clause's
        if _another_countrys(text, m.end(), _unyeared()):
            continue  # "Luật bảo vệ động vật hoang dã 2010 của Malaysia": no Vietnamese document
        kind = t.kinds[fold(m.group("kind"))][0]
        pos = m.end()
        out.append(_Cite(m.start(), m.end(), f"named:{fold(kind)} {fold(name)} {m.group('year')}", fields={
            "kind": kind, "year": int(m.group("year")), "system": "state", "issuer": t.kind_issuers[kind],
            "name": " ".join(_official(kind, " ".join(name.split()), _unyeared()))}))
        years = []  # "Luật đất đai năm 2003 và 2013", "… năm 2003, 2010 và 2013": the same law of other years
        while (other := _YEAR_LIST.match(text, pos)) is not None:
            years.append(other)
            pos = other.end()
        if years and years[-1].group(0).lstrip().startswith(","):
            years = []  # "Luật Đất đai năm 2013, năm 2015 tỉnh đã cấp …": a list of years ends with "và"
        for other in years:
            out.append(_Cite(other.start("year"), other.end("year"), f"named:{fold(kind)} {fold(name)} {other.group('year')}", fields={
                "kind": kind, "year": int(other.group("year")), "system": "state", "issuer": t.kind_issuers[kind]}))
    for m in _CODE_ABBREVIATION.finditer(text):
        name = t.ctx["code_abbreviations"].get(m.group("abbr"))
        if name:
            kind = "Bộ luật"  # the abbreviations in the data are those of codes
            out.append(_Cite(m.start(), m.end(), f"named:{fold(name)} {m.group('year')}", fields={
                "kind": kind, "year": int(m.group("year")), "system": "state", "issuer": t.kind_issuers[kind]}))
    for m in t.constitution_re.finditer(text):
        kind = t.kinds[fold(m.group("kind"))][0]
        out.append(_Cite(m.start(), m.end(), f"named:{fold(kind)} {m.group('year')}", fields={
            "kind": kind, "year": int(m.group("year")), "system": "state", "issuer": t.kind_issuers[kind]}))
    congress, plenum = t.ctx["congress"], t.ctx["plenum"]
    for m in t.congress_re.finditer(text):
        n = m.group("n").upper()
        out.append(_Cite(m.start(), m.end(), f"named:nq đại hội {n}", fields={
            "kind": congress["kind"], "system": "party", "issuer": congress["issuer"].format(n=n)}))
    for m in t.plenum_re.finditer(text):
        term = m.group("term")
        term = (_roman(int(term)) if term.isdigit() else term.upper()) if term else None
        issuer = plenum["issuer"] + (f" {plenum['term']} {term}" if term else "")
        out.append(_Cite(m.start(), m.end(), f"named:nq tw {m.group('n').upper()} {term or ''}".strip(), fields={
            "kind": plenum["kind"], "system": "party", "issuer": issuer}))
    kept: list[_Cite] = []
    for c in out:  # the convention wins over the "Luật Biển 1982" inside it
        if not any(k.start < c.end and c.start < k.end for k in kept):
            kept.append(c)
    return kept


# -- named documents without a year -------------------------------------------------

@dataclass(frozen=True)
class _Unyeared:
    """data/document_names.tsv and document_context.yaml ``unyeared``, indexed for matching."""

    names: dict  # (fold(kind), folded name words without commas) -> (kind, official name, same_as given, issuer)
    kinds: dict  # fold(kind) -> kind as written in the table, for the canonical key of a yeared name
    longest: int  # the most words a listed name has
    kind_re: re.Pattern  # the kind words of the table ("Bộ luật", "Luật", "Pháp lệnh")
    constitution_re: re.Pattern  # "Hiến pháp"
    not_after_re: re.Pattern  # a school, field, profession or bill word ending the text before the kind word
    bill_list_re: re.Pattern  # "dự án luật": the items of a list after it, and a name joined to it by "và", are bills
    amending_re: re.Pattern  # "sửa đổi, bổ sung một số điều của" ending the text before a kind word
    draft_after_re: re.Pattern  # "sửa đổi", "(sửa đổi)" after the name
    end_re: re.Pattern  # punctuation, a line's end, or a word that ends a name
    end_word_re: re.Pattern  # a word that ends a name
    country_re: re.Pattern  # a country after the name, or after "của"/"cho"
    home: frozenset  # fold(country) of the home country ("việt nam")
    noun_tags: frozenset


# a year in brackets right after a name ("Luật Sở hữu trí tuệ (2005)", "Pháp lệnh lưu trữ quốc gia (năm 2001)"), not a
# period ("(2005-2010)")
_BRACKET_YEAR = re.compile(r"[^\S\n]*\([^\S\n]*(?:năm[^\S\n]+)?(?P<year>(?:19|20)\d\d)(?![\d/]|\s*[-–]\s*\d)(?P<close>[^\S\n]*\))?",
                           re.IGNORECASE)
_NAME_WORDS = re.compile(r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+)([^\W\d_]+)")  # the words of a name, a comma between two at most


def _name_words(name: str) -> tuple[str, ...]:
    """Comparison key of a name: folded words, commas left out ("Phòng, chống tham nhũng" = "phòng chống tham nhũng")."""
    return tuple(fold(w) for w in re.findall(r"[^\W\d_]+", name))


@lru_cache(maxsize=1)
def _unyeared() -> _Unyeared:
    ctx = load_yaml("document_context.yaml")["unyeared"]
    names, kinds = {}, {}
    for row in load_tsv("document_names.tsv"):
        kinds[fold(row["kind"])] = row["kind"]
        official = row["same_as"] or f"{row['kind']} {row['name']}"
        kind = next(k for k in sorted(kinds.values(), key=len, reverse=True) if fold(official).startswith(fold(k) + " "))
        names[(fold(row["kind"]), _name_words(row["name"]))] = (
            kind, official[len(kind) + 1:], bool(row["same_as"]), row["issuer"] or _tables().kind_issuers[kind])
    countries = [r["name"] for r in load_tsv("countries.tsv") if r["kind"] == "country"]
    country = alternation(countries)
    return _Unyeared(
        names=names,
        kinds=kinds,
        longest=max(len(k[1]) for k in names),
        kind_re=_words_re(kinds.values()),
        constitution_re=_words_re(load_yaml("document_context.yaml")["constitution_kinds"]),
        not_after_re=re.compile(rf"(?<!\w)(?:{alternation(ctx['not_after'])})[^\S\n]+$", re.IGNORECASE),
        bill_list_re=re.compile(rf"(?<!\w)(?:{alternation(ctx['bill_lists'])})(?!\w)(?:[^.!?\n]*[:;]|(?:(?!{alternation(ctx['amending_titles'])})"
                                rf"[^.!?;:\n])*?\svà)[^\S\n]*$", re.IGNORECASE),
        amending_re=re.compile(rf"(?<!\w)(?:{alternation(ctx['amending_titles'])})[^\S\n]+$", re.IGNORECASE),
        draft_after_re=re.compile(rf"[^\S\n]*(?:{alternation(ctx['draft_after'])})(?!\w)", re.IGNORECASE),
        end_re=re.compile(rf"[^\S\n]*(?:[^\w\s]|\n|$)|[^\S\n]+(?:{alternation(ctx['end_words'])})(?!\w)", re.IGNORECASE),
        end_word_re=re.compile(rf"[^\S\n]+(?:{alternation(ctx['end_words'])})(?!\w)", re.IGNORECASE),
        country_re=re.compile(rf"[^\S\n]+(?:(?:{alternation(ctx['country_gap_words'])})[^\S\n]+)?"
                              rf"(?:(?P<link>{alternation(ctx['country_links'])})[^\S\n]+)?(?P<country>{country})(?!\w)"),
        home=frozenset(fold(r["name"]) for r in load_tsv("countries.tsv") if r["home"] == "yes" and r["kind"] == "country"),
        noun_tags=frozenset(ctx["noun_tags"]),
    )


def _official(kind: str, name: str, u: _Unyeared) -> tuple[str, str]:
    """A named document's kind and name as its official title writes them when the data lists it ("Luật KTNN": Luật,
    Kiểm toán nhà nước; "luật đất đai": Luật, Đất đai), else as written."""
    row = u.names.get((fold(kind), _name_words(name)))
    return (row[0], row[1]) if row else (kind, name)


def _canonical(kind: str, name: str, u: _Unyeared) -> str:
    """The comparison key of a named document: its official kind and name, folded, commas left out."""
    kind, name = _official(kind, name, u)
    return " ".join((fold(kind), *_name_words(name)))


def _unyeared_cites(text: str, cites: list[_Cite], t: _Tables) -> list[_Cite]:
    """Laws, codes and ordinances the data lists, and the constitution, named without a year ("vi phạm Điều 134 Bộ luật
    Hình sự", "Theo Luật Giao thông đường bộ, người …", "Hiến pháp quy định …"). The listed name that follows the kind
    word, the longest, is the name; it ends where punctuation, a word of ``end_words`` or a word that is no noun (by
    underthesea's POS tags) follows. Not a school, field or bill ("Trường Đại học Luật", "dự thảo Luật Đặc xá sửa
    đổi"), nor another country's ("Bộ luật Hình sự Malaysia"). A short or colloquial form (``same_as``) counts after a
    capitalised kind word only, an official name all in lower case with two syllables or more ("luật đất đai"; "bộ
    luật" always); ``text`` is the lower-case reading, so a paragraph all in lower case reads as capitalised. A mention
    joins the record of the same document cited with its year, or named before its symbol ("luật Thi đua, Khen thưởng
    số 13/2003/QH11"), elsewhere in the text when there is one such record ("Bộ luật Hình sự năm 2015 … Điều 134 Bộ
    luật Hình sự"); otherwise the mentions of a name make one record of no year. A year in brackets right after the
    name is its year ("Luật Sở hữu trí tuệ (2005)"), unless an amending law's title comes before the name."""
    u = _unyeared()
    taken = [(c.start, c.end) for c in cites]
    yeared: dict = {}  # canonical name -> keys of the records that cite it with a year
    for c in cites:
        body, _, year = c.key.partition(":")[2].rpartition(" ")
        kind = next((k for k in sorted(u.kinds, key=len, reverse=True) if body.startswith(k + " ")), None)
        if c.key.startswith("named:") and re.fullmatch(r"\d{4}", year) and kind:
            yeared.setdefault(_canonical(kind, body[len(kind) + 1:], u), set()).add(c.key)
        elif c.key.startswith("named:") and re.fullmatch(r"\d{4}", year) and body in map(fold, t.ctx["constitution_kinds"]):
            yeared.setdefault(body, set()).add(c.key)
        elif c.key.startswith("sym:") and c.full and (km := u.kind_re.match(text, c.start)) and (named := _listed_name(text, km, u)):
            yeared.setdefault(_canonical(named[2], named[3], u), set()).add(c.key)  # "luật X số 13/2003/QH11"
    found = []  # (start, end, kind, official name, year in brackets)
    pos = 0
    while (km := u.kind_re.search(text, pos)) is not None:
        pos = km.end()
        found_at = _listed_name(text, km, u, tag=True)
        if found_at:
            year = _BRACKET_YEAR.match(text, found_at[1])
            if year and not u.amending_re.search(text, max(0, km.start() - 60), km.start()):
                found.append((*found_at[:2], *found_at[2:], int(year.group("year"))))
                if year.group("close"):
                    found[-1] = (found_at[0], year.end(), *found[-1][2:])  # "Luật Sở hữu trí tuệ (2005)"
            else:
                found.append((*found_at, None))
            pos = found[-1][1]
    for m in u.constitution_re.finditer(text):
        if text[m.start()].isupper() and not u.not_after_re.search(text, max(0, m.start() - 30), m.start()):
            end = _name_end(text, m.start(), m.end(), u, tag=False)
            if end is not None:
                found.append((m.start(), end, t.kinds[fold(m.group(0))][0], "", None))
    found = [f for f in found if not any(a < f[1] and f[0] < b for a, b in taken)]
    out = []
    for start, end, kind, name, year in sorted(found, key=lambda f: f[4] is None):  # those with a year first
        canon = _canonical(kind, name, u) if name else fold(kind)
        keys = {k for k in yeared.get(canon, set()) if year is None or k.endswith(f" {year}")}
        if len(keys) == 1:
            out.append(_Cite(start, end, next(iter(keys)), full=False))
            continue
        key = f"named:{canon}" + (f" {year}" if year else "")
        if year:
            yeared.setdefault(canon, set()).add(key)  # "Pháp lệnh lưu trữ quốc gia (năm 2001) … thay thế Pháp lệnh lưu trữ quốc gia"
        row = u.names.get((fold(kind), _name_words(name)))
        out.append(_Cite(start, end, key, fields={
            "kind": kind, "year": year, "system": "state", "issuer": row[3] if row else t.kind_issuers[kind],
            "name": " ".join(filter(None, _official(kind, name, u)))}))
    return out


def _listed_name(text: str, km: re.Match, u: _Unyeared, tag: bool = False) -> tuple[int, int, str, str] | None:
    """The listed document named after the kind word ``km``: (start, end, kind, official name), or None; with ``tag``,
    also None when a noun follows the name (see ``_name_end``)."""
    if _no_law_before(text, km.start(), u):
        return None
    words, at = [], km.end()
    while len(words) < u.longest and (w := _NAME_WORDS.match(text, at)) and (words or not w.group(0).lstrip().startswith(",")):
        words.append(w)
        at = w.end()
    kind = fold(km.group(0))
    n = next((n for n in range(len(words), 0, -1) if (kind, tuple(fold(w.group(1)) for w in words[:n])) in u.names), 0)
    if not n:
        return None
    official_kind, official, alias, _issuer = u.names[(kind, tuple(fold(w.group(1)) for w in words[:n]))]
    kind_capital, name_capital = text[km.start()].isupper(), text[words[0].start(1)].isupper()
    if alias and not kind_capital:
        return None  # "luật hình sự", "luật giao thông": a field of law, traffic rules
    if not (kind_capital or name_capital or kind == "bộ luật" or n >= 2):
        return None  # "luật giá", lower case and one syllable
    end = _name_end(text, km.start(), words[n - 1].end(), u, tag)
    return (km.start(), end, official_kind, official) if end is not None else None


def _another_countrys(text: str, end: int, u: _Unyeared) -> bool:
    """Whether a country other than the home one follows ``end``, right after it or after "của/cho" (``country_links``):
    the law named before it is that country's."""
    country = u.country_re.match(text, end)
    return bool(country) and fold(country.group("country")) not in u.home


def _clause_after_name(text: str, m: re.Match, u: _Unyeared) -> bool:
    """Whether a listed name ends inside the name ``m`` the year reading took, and a word of ``end_words`` follows it
    there: "Luật Công đoàn Việt Nam để trình Quốc hội năm 2019", "Luật Đất đai có hiệu lực năm 2014" name the law
    without its year (the year-less reading takes them)."""
    km = u.kind_re.match(text, m.start())
    named = _listed_name(text, km, u) if km else None
    return bool(named and named[1] < m.end("name") and u.end_word_re.match(text, named[1]))


def _no_law_before(text: str, start: int, u: _Unyeared) -> bool:
    """Whether what is written before a kind word at ``start`` makes it no law in force: a school, field, profession
    or bill word right before it ("Trường Đại học Luật", "dự thảo Luật …"), or a list of bills it opens an item of
    ("các dự án luật: …; Luật Thư viện")."""
    return bool(u.not_after_re.search(text, max(0, start - 30), start) or u.bill_list_re.search(text, max(0, start - 400), start))


def _name_end(text: str, start: int, end: int, u: _Unyeared, tag: bool) -> int | None:
    """Where the mention of a name that ends at ``end`` ends (over "Việt Nam" after it), or None when what follows
    makes it no document of its own: another country, an amended draft, or (with ``tag``) a noun that goes on with
    the name."""
    if _another_countrys(text, end, u):
        return None  # "Bộ luật Hình sự Malaysia", "Hiến pháp cho Syria"
    country = u.country_re.match(text, end)
    if country:
        end = end if country.group("link") else country.end()  # "Luật Công đoàn Việt Nam"; "Hiến pháp của Việt Nam"
    if u.draft_after_re.match(text, end):
        return None
    if u.end_re.match(text, end) or not tag:
        return end
    sentence_end = _sentence_bounds(text, end, end)[1]
    snippet = text[start:min(sentence_end, end + 40)]
    return end if _tag_after(snippet, end - start) not in u.noun_tags | {None} else None


# -- the whole text ------------------------------------------------------------------

def _published_day(published_at) -> date | None:
    if isinstance(published_at, (datetime, date)):
        return vietnam_day(published_at)  # 31 December 18:00 UTC is New Year's Day in Vietnam
    if isinstance(published_at, str):
        try:
            return vietnam_day(datetime.fromisoformat(published_at))
        except ValueError:
            return None
    return None


def _symbol_cites(text: str, t: _Tables, published: date | None) -> list[_Cite]:
    cites: list[_Cite] = []
    prev: _Cite | None = None
    run: list[_Cite] = []
    for m in _SYMBOL.finditer(text):
        start = m.start()
        mstart, written, generic, list_nums, has_so, ranged = _kind_before(text, start, t)
        info = _parse_symbol(text, m, t, None if generic else written, text[mstart:start],
                             published.year + 1 if published else None)
        if info is None:
            continue
        end = info["end"]
        is_admin = bool(m.group("anum"))
        if is_admin and written is None and not has_so and not _known(info["segs"][0], t):
            continue  # "Gói thầu 04/BRT-TB": without a kind word or "số", an unknown first code is not a symbol
        if written is None and has_so and t.form_before_re.search(text, max(0, mstart - 20), mstart):
            continue  # "điền Mẫu số 01/ĐK": a form's code
        listed = prev.fields.get("kind") if prev and t.list_glue_re.fullmatch(text[prev.chain_end:mstart]) else None
        if written is None and listed and (info["kind"].startswith(listed) if info["kind"] else info["type_code"] is None
                                           and prev.fields["type_code"] is None
                                           and prev.fields["issuer_code"] == info["issuer_code"]):
            written = listed  # a list item takes the kind word of the list when its type code names that kind, or, with
            # no type code, when it has the shape of the item before ("Luật 59/2020/QH14 và 61/2020/QH14"); not another
            # kind ("Các văn bản 62-KL/TW, 100/2019/NĐ-CP và 1234/QĐ-UBND": a Nghị định and a Quyết định), nor a kind
            # to an item of another shape ("Nghị định 100/2019/NĐ-CP, 59/2020/QH14": a law or a resolution, unsaid)
        kind = written
        if generic or written is None or (info["kind"] and info["kind"].startswith(written) and info["kind"] != written):
            kind = info["kind"] or (written if not generic else None)
        if kind is None and info["type_code"] is None and is_admin and (generic or _issuer_row(info["segs"][0], t)):
            kind = "Công văn"  # an administrative symbol without a type code is a công văn (Nghị định 30/2020, Phụ lục I)
        fields = {k: info[k] for k in ("number", "year", "system", "symbol", "type_code", "issuer_code", "issuer")}
        fields["kind"] = kind
        sent_start, sent_end = _sentence_bounds(text, start, end)
        keys = frozenset(info["issuer_keys"])
        before: dict = {"year": fields["year"]}  # the introducing clause, read once; what comes after the citation wins
        _read_before(text, sent_start, mstart if not list_nums else min(mstart, list_nums[0][0]), before, keys, t, published)
        stop = _read_after(text, end, sent_end, fields, t, published, keys, named_before="issuer_text" in before)
        signer = _signed_by(text, min(stop, fields.pop("signer_at", stop)), sent_end, t) or _signer_before(
            text, sent_start, mstart, t)
        if signer:
            fields["signed_by"] = signer
        for key in ("issuer_text", "issued_on"):  # the only fields _read_before writes, each only where still empty
            if key in before:
                fields.setdefault(key, before[key])
        _read_later(text, stop, _full_sentence_end(text, end), fields, keys, t, published)
        if fields.get("issuer_text") and info["type_code"] is None and len(info["segs"]) == 2 and not any(_known(x, t) for x in info["segs"]):
            initials = _initials(fields["issuer_text"])
            first, second = (code_key(x) for x in info["segs"])
            if len(second) >= 2 and initials.endswith(second) and not initials.endswith(first):
                fields["issuer_code"] = _canon(info["segs"][1], t, info["system"])  # "công ty … Rạng Đông … 3282 / QLHT - RĐ"
        if "issuer_text" in fields:  # "… do Chủ tịch UBND quận … ký" + the "UBND quận Sơn Trà" named before
            fields["issuer_text"] = _complete_place(fields["issuer_text"], text, sent_start, sent_end, t)
        if "issuer_text" not in fields and not fields.get("issuer"):
            spelled = _spelled_in_sentence(text, sent_start, sent_end, mstart, end, keys, t)
            if spelled:
                fields["issuer_text"] = spelled
        if "issuer_text" not in fields and info["court"]:
            court = _court_in_sentence(text, sent_start, sent_end, mstart, end, t)
            if court:
                fields["issuer_text"] = court
        if "issuer_text" not in fields:
            near = _issuer_in_sentence(text, sent_start, sent_end, mstart, end, keys, t) or _code_as_name(
                text, sent_start, sent_end, mstart, end, info, t)
            if near:
                fields["issuer_near"] = near
            elif (article := _issuer_in_article(text, sent_start, sent_end, keys, t)) is not None:
                fields["issuer_near"] = article
        for i, (a, b) in enumerate(list_nums):
            num = _doc_number(text[a:b])
            sym = info["symbol"].replace(info["number"], num, 1)
            cites.append(_Cite(mstart if i == 0 else a, b, "sym:" + code_key(sym),
                               fields={**fields, "number": num, "symbol": sym}, chain_end=b))
        cite = _Cite(mstart if not list_nums else start, end, "sym:" + code_key(info["symbol"]), fields=fields, chain_end=stop)
        to_prev = prev and t.range_re.fullmatch(text[prev.chain_end:mstart])  # "số 10-NQ/TW đến 12-NQ/TW"
        if to_prev or (prev and re.fullmatch(r"\s*(?:,|và)\s*", text[prev.chain_end:mstart], re.IGNORECASE)):
            if "issuer_text" in prev.fields and "issuer_text" not in fields and prev.fields["issuer_code"] == fields["issuer_code"]:
                fields["issuer_text"] = prev.fields["issuer_text"]  # "UBND TP đã ban hành Quyết định … và Quyết định …"
            run.append(cite)
        else:
            run = [cite]
        for earlier in run[-2::-1]:  # "Quy định 263-QĐ/TW và Quy định 181-QĐ/TW của Bộ Chính trị về …"
            if "subject" in earlier.fields or earlier.fields.get("issuer_text", fields.get("issuer_text")) != fields.get(
                    "issuer_text"):
                break  # "Thông báo số 03 / TB - ĐU của Đảng uỷ và Thông báo số 119 / TB - CĐNT … của Ban giám hiệu về
                # …": an item with an issuer of its own is a document of its own, the subject the later one's
            for k in ("issuer_text", "subject"):  # the issuer only of a document of the same issuer code ("Thông tư
                if k in fields and (k == "subject" or earlier.fields.get("issuer_code") == fields["issuer_code"]):
                    earlier.fields.setdefault(k, fields[k])  # 01/2021/TT-BTC và 100/2019/NĐ-CP của Chính phủ")
            if "issued_on" in fields and all(earlier.fields.get(k) == fields.get(k) for k in ("type_code", "issuer_code", "year")):
                earlier.fields.setdefault("issued_on", fields["issued_on"])  # "Nghị quyết số 18 - NQ / TW và Nghị quyết số 19
                # - NQ / TW ngày 25-10-2017": documents of one type and body listed before one date (not "Luật … năm 2017
                # và nghị định số 68/2018/NĐ-CP ngày 15-5-2018")
        first = (cites[-1] if ranged else prev if to_prev else None)
        if first is not None:
            cites += _range_between(first, cite, t)
        cites.append(cite)
        prev = cite
    return cites


def _range_between(first: _Cite, last: _Cite, t: _Tables) -> list[_Cite]:
    """The documents between the two ends of a range of one kind and code ("từ số 1234/QĐ-UBND đến số 1236/QĐ-UBND" →
    1235/QĐ-UBND), with the last end's fields. They have no words of their own: each is a record whose one mention is
    the whole range, ``first.start`` to ``last.end`` (its text is the range as written, so offsets hold). None when the
    ends differ in more than the number, do not rise, or span more than ``range_max`` documents (ends only)."""
    a, b = first.fields.get("number") or "", last.fields["number"]
    symbol = last.fields["symbol"]
    if not (a.isdigit() and b.isdigit() and first.fields.get("kind") == last.fields.get("kind")
            and (first.fields.get("symbol") or "").replace(a, "#", 1) == symbol.replace(b, "#", 1)
            and 2 <= int(b) - int(a) + 1 <= t.ctx["range_max"]):
        return []
    width = len(a) if a.startswith("0") else 0  # "01 đến 03": "02"
    numbers = [str(n).zfill(width) for n in range(int(a) + 1, int(b))]
    return [_Cite(first.start, last.end, "sym:" + code_key(symbol.replace(b, n, 1)),
                  fields={**last.fields, "number": n, "symbol": symbol.replace(b, n, 1)}, chain_end=last.end) for n in numbers]


def _term_fits(symbol: str, year, t: _Tables) -> bool:
    """Whether every Quốc hội term in a symbol ("…/2017/QH14") could have passed a document in ``year``."""
    for m in re.finditer(r"(?:UBTVQH|QH)(\d{1,2})$|(?:UBTVQH|QH)(\d{1,2})(?=-)", symbol):
        span = t.ctx["assembly_terms"].get(int(m.group(1) or m.group(2)))
        if year and span and not span[0] <= year <= span[1]:
            return False
    return True


def _merge_term_slips(cites: list[_Cite], t: _Tables) -> None:
    """"Nghị quyết số 42/2017/QH14 … Nghị quyết số 42/2017/QH4": a term that cannot have passed the document in its
    year, beside the same number and year with a term that fits, is a later mention of that document."""
    for c in cites:
        sym, year = c.fields.get("symbol") or "", c.fields.get("year")
        if not year or _term_fits(sym, year, t):
            continue
        pattern = re.sub(r"(UBTVQH|QH)\d{1,2}", r"\1\\d{1,2}", re.escape(sym))
        same = {o.key for o in cites if o is not c and o.full and re.fullmatch(pattern, o.fields.get("symbol") or "")
                and _term_fits(o.fields["symbol"], year, t)}
        if len(same) == 1:
            c.key, c.full = same.pop(), False


# the number after a kind word in a later mention, and the year a state symbol's number has ("Nghị định 100/2019")
_BARE_NUMBER = re.compile(r"\s+(?:số\s+)?(\d{1,6})(?:\s*/\s*(?P<year>(?:19|20)\d\d))?(?![\d/]|\s*[-–/]\s*\w|[.,]\d)")


def _bare_mentions(text: str, cites: list[_Cite], t: _Tables) -> list[_Cite]:
    """Later "Kết luận 62" / "Luật Đất đai" mentions of a document already cited in full."""
    by_kind_number: dict = {}
    named: dict = {}
    codes_of: dict = {}  # key -> the issuer code of its symbol
    years_of: dict = {}  # key -> the year of its symbol
    for c in cites:
        if c.key.startswith("sym:") and c.fields.get("kind"):
            by_kind_number.setdefault((fold(c.fields["kind"]), c.fields["number"]), set()).add(c.key)
            codes_of.setdefault(c.key, code_key(c.fields.get("issuer_code") or ""))
            years_of.setdefault(c.key, c.fields.get("year"))
        if c.fields.get("name"):
            named.setdefault(fold(c.fields["name"]), set()).add(c.key)
    taken = [(c.start, c.end) for c in cites]
    out = []
    u = _unyeared()
    for km in t.kind_re.finditer(text):
        kind = t.kinds.get(fold(km.group(0)), (None, True))
        if kind[1] or kind[0] is None:
            continue
        m = _BARE_NUMBER.match(text, km.end())
        if not m:
            continue
        keys = by_kind_number.get((fold(kind[0]), m.group(1)), set())
        if m.group("year"):  # "Nghị định 100/2019" after "Nghị định 100/2019/NĐ-CP": the year has to be the symbol's
            keys = {k for k in keys if years_of.get(k) == int(m.group("year"))}
        if len(keys) == 1 and not any(a < m.end() and km.start() < b for a, b in taken):
            key = next(iter(keys))
            out.append(_Cite(km.start(), m.end(), key, full=False, said=_bare_said(text, m.end(), codes_of[key], t)))
    for name, keys in named.items():
        if len(keys) != 1:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
            if _no_law_before(text, m.start(), u) or u.draft_after_re.match(text, m.end()):
                continue  # "dự thảo Luật Đặc xá sửa đổi" is no mention of "Luật Đặc xá năm 2007"
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(_Cite(m.start(), m.end(), next(iter(keys)), full=False))
    return out


def _bare_said(text: str, end: int, code: str, t: _Tables) -> dict:
    """What a bare mention says of its document right after it: "Kết luận 62 của Bộ Chính trị …" names the body that
    issued 62-KL/TW when the citation with the symbol does not (a body the issuer table gives the symbol's code), and
    "ngày 8/12/2009" the day it was issued."""
    fields: dict = {}
    _read_after(text, end, _sentence_bounds(text, end - 1, end)[1], fields, t, None, keys=frozenset({code}))
    said = {}
    issuer = fields.get("issuer_text")
    if issuer and code in t.alias_codes.get(_akey(issuer), set()):
        said["issuer_text"] = issuer
    if len(fields.get("issued_on") or "") == 10:  # a whole date: a year alone may be the clause's ("… Kết luận 62 năm 2023")
        said["issued_on"] = fields["issued_on"]
    return said


def _known_issuer_after(text: str, pos: int, t: _Tables) -> bool:
    """"… 54 của Quốc hội": an issuer link and a body the issuer table knows (not a bare place-taking head), which makes
    a lower-case "nghị quyết 54" a citation."""
    link = t.issuer_link_re.match(text, pos)
    if not link or t.ctx["issuer_links"][fold(link.group(1))] != "loose":
        return False
    m = t.alias_re.match(text, link.end())
    codes = t.alias_codes.get(_akey(m.group(0)), set()) if m else set()
    return bool(codes) and not _placed(frozenset(codes), t) and not re.match(r"\w", text[m.end():m.end() + 1])


_NUMBER_AFTER_KIND = re.compile(
    r"\s+(?:(?P<so>số\s+)?(?P<n>\d{1,5}(?:[a-zA-Z](?![^\W\d_]|\s*/))?)(?:\s*/\s*(?P<ny>(?:19|20)\d\d))?(?![\d/]|\s*[-–/]\s*(?:\d|\w*[A-ZĐ])|[.,]\d|\s\d)"
    r"|\(\s*(?P<bso>số\s+)(?P<bn>\d{1,5})\s*\))")  # "quyết định (số 1484)": the number in brackets, only with "số"; a
# letter glued to the number is part of it ("Nghị quyết 30a của Chính phủ"); a separator and a code or number after it
# make it a symbol's, not a lower-case word ("theo nghị định 68/2000 - chủ yếu thuộc khối giáo dục")
_GAP = re.compile(r"[\s,]*")  # white space and commas between a citation and what follows it


_CAPITAL_BEFORE = re.compile(r"([^\W\d_]+),?[^\S\n]+$")  # the word right before a kind word on its line, a comma at most
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def _writers_capital(written: str, start: int, end: int, number_end: int, t: _Tables) -> bool:
    """Whether the kind word ``written[start:end]`` before the number ending at ``number_end`` was capitalised by the writer
    inside lower-case prose, and the number counts nothing (document_context.yaml ``counted_tags``): "dùng kinh phí Nghị
    định 116 chi lương", not "Nội dung chính: Quy định 13 hành vi bị cấm" (a capital after a colon, the number counts a
    noun) nor a headline ("… Công bố Quy định 13 Hành vi Bị cấm"). ``written`` is the text before the lower-case reading
    put capitals back (a kind word before a number is always capitalised there)."""
    word = written[start:end]
    if not word[0].isupper() or word.isupper():
        return False
    before = _CAPITAL_BEFORE.search(written, max(0, start - 40), start)
    after = _WORD_AFTER.match(written, number_end)
    if not (before and before.group(1).islower() and after and after.group(1).islower()):
        return False
    words = re.match(rf"(?:\s+[^\s.;!?]+){{1,{t.ctx['capital_tag_words']}}}", written[number_end:number_end + 200])
    return _tag_after(written[start:number_end + words.end()], number_end - start) not in t.ctx["counted_tags"]


@lru_cache(maxsize=1024)
def _tag_after(snippet: str, offset: int) -> str | None:
    """underthesea's POS tag (VLSP 2013 tag set) of the word starting right after ``snippet[:offset]``, by its word
    segmentation and POS tagger (as the tokenizer and the events layer use them) on ``snippet`` alone."""
    syllables = [(m.start(), m.end()) for m in _syllable_pattern().finditer(snippet)]
    if not syllables:
        return None
    words: list[list] = []
    for (a, b), tag in zip(syllables, _segmenter().tag([snippet[a:b] for a, b in syllables])):
        if words and tag == "I-W":
            words[-1][1] += " " + snippet[a:b]
        else:
            words.append([a, snippet[a:b]])
    tags = underthesea_crf("pos_tag", "pos_crf_vlsp2013_20230303").predict([[w] for _, w in words])
    first = offset + len(snippet[offset:]) - len(snippet[offset:].lstrip())
    return next((tag.split("-", 1)[-1] for (a, _w), tag in zip(words, tags) if a == first), None)


def _not_the_kinds_issuer(name: str | None, kind: str | None, t: _Tables) -> bool:
    """Whether ``name``, read from the text as the issuer of a document of ``kind``, is not the body that issues every
    document of that kind by law (``document_kinds.tsv`` issuer): "Thủ tướng Chính phủ vừa ký ban hành nghị định 123",
    "Nghị định 32/2006/NĐ-CP của Thủ tướng Chính phủ" name the signer, the Government issues a Nghị định; "của CP"
    (the Government's code) and "… của Quốc hội khóa XIII" name that body."""
    sole = t.kind_issuers.get(kind or "")
    if not (name and sole):
        return False
    sole_codes = t.alias_codes.get(_akey(sole), set())
    return not (_akey(name).startswith(_akey(sole)) or code_key(name) in sole_codes
                or t.alias_codes.get(_akey(name), set()) & sole_codes)


def _numbered_cites(text: str, cites: list[_Cite], t: _Tables, published: date | None, written: str) -> list[_Cite]:
    """Documents cited by kind and number only ("Chỉ thị 05 của Bộ Chính trị", "Nghị quyết số 54 của Quốc hội").

    A kind word and a number count when "số" is written, when the kind word is capitalised and the number is followed
    by "của/ngày/về/do/và" or punctuation, when the writer capitalised the kind word inside a sentence and the number
    counts nothing ("dùng kinh phí Nghị định 116 chi lương"; ``written`` is the text before the lower-case reading put
    capitals back, whose kind word before a number is always capitalised), when a lower-case kind word's number has two
    digits or more and is followed
    by the same but "của/do" ("nghị quyết 88, các tổ chức …"; "quyết định 12 của UBND tỉnh" names no body the table
    knows), or when "của" and a body the issuer table knows follow ("nghị quyết 54 của Quốc hội"); "Quyết định 1 năm
    tù" does not.
    """
    taken = [(c.start, c.end) for c in cites]
    groups: dict = {}
    years: dict = {}  # start -> the year written after the number ("Nghị định 68 năm 2014")
    symbol_years: dict = {}  # start -> the year of the number ("Nghị định 105/2017"), the symbol's without its codes
    for km in t.kind_re.finditer(text):
        kind, generic = t.kinds.get(fold(km.group(0)), (None, True))
        word = km.group(0)
        if kind is None or kind == "Hiến pháp" or len(word) <= 2:
            continue
        m = _NUMBER_AFTER_KIND.match(text, km.end())
        if not m or any(a < m.end() and km.start() < b for a, b in taken):
            continue
        dated = t.after_date_re.match(text, m.end())
        described = (dated and _DATE.match(text, dated.end()) or t.subject_re.match(text, m.end())
                     or t.signer_re.match(text, _GAP.match(text, m.end()).end())
                     or t.addressee_re.match(text, m.end()))
        if generic and not (m.group("so") and described):
            continue  # "tại Văn bản số 1945, ban hành ngày 8/7/2016", "văn bản số 401 về việc …", "Văn bản số 1065 gửi HĐTV
            # VEC do ông … ký ngày 8/4/2015": a generic kind word, "số" and the date it was issued, what it is about, its
            # signer or its addressee
        n = _doc_number(m.group("n") or m.group("bn"))
        if not (m.group("so") or m.group("bso")) and (re.fullmatch(r"(?:19|20)\d\d", n) or kind in t.ctx["law_kinds"]):
            continue  # "Nghị quyết 2013" names a year; "Luật 2 lần" is not a law
        year = t.number_year_re.match(text, m.end())
        context = bool(t.number_context_re.match(text, m.end()) or year)
        lower_context = context and len(n) >= 2 and not t.issuer_link_re.match(text, m.end())  # "nghị quyết 88, …"
        part = bool(t.part_before_re.search(text, max(0, km.start() - 30), km.start()))  # "sửa đổi khoản 8, chỉ thị 05 là …"
        part = part or bool(t.citing_before_re.search(text, max(0, km.start() - 30), km.start()))  # "theo Nghị định 46 không …"
        counted = bool(t.counted_after_re.match(text, m.end()))  # "theo quyết định 3 năm tù": the number counts
        part = part and not counted
        strict = bool(m.group("so") or m.group("bso")) or (fold(word) in t.bare_kinds and (
            (word[0].isupper() and (context or fold(word) in t.numbered_kinds)) or lower_context or part
            or _known_issuer_after(text, m.end(), t)
            or (not counted and _writers_capital(written, km.start(), km.end(), m.end(), t))))
        if m.group("ny") and not strict:
            continue  # "Nghị định 105/2017 của CP", "nghị định 13/2018 (quy định …)": number and year without codes, only in
            # a citation's context, where a number of 12 or less is no month either ("quy định tại Thông tư 01/2016",
            # "vừa ban hành Nghị quyết 05/2019 hướng dẫn …": a month after a kind word is written "tháng")
        groups.setdefault((kind, n.lstrip("0") or "0"), []).append((km.start(), year.end() if year else m.end(), n, strict))
        if year:
            years[km.start()] = int(year.group("year"))
        if m.group("ny"):
            symbol_years[km.start()] = int(m.group("ny"))
    listed = True
    while listed:  # "Quy định 101 và Quy định 55 có …": the second of a list joined to a citation is one too
        listed = False
        for (kind, _n), items in groups.items():
            if any(strict for *_x, strict in items):
                continue
            ends = [e for (k, _m), its in groups.items() if k == kind for _s, e, _x, strict in its if strict]
            for i, (start, end, n, _strict) in enumerate(items):
                if any(t.list_glue_re.fullmatch(text[e:start]) and text[e:start].strip() for e in ends if e < start):
                    items[i] = (start, end, n, True)
                    listed = True
    out = []
    for (kind, _n), items in groups.items():
        if not any(strict for *_x, strict in items):
            continue
        for start, end, n, _strict in items:
            fields = {"kind": kind, "number": n, "year": years.get(start)}
            sent_start, sent_end = _sentence_bounds(text, start, end)
            stop = _read_after(text, end, sent_end, fields, t, published)
            at = fields.pop("signer_at", None)  # "… do ông … ký" right after it, not a later citation's signer
            signer = (_signed_by(text, min(stop, at), sent_end, t) if at is not None else None) or _signer_before(
                text, sent_start, start, t)  # "Thủ tướng Nguyễn Xuân Phúc đã ký Nghị định số 15", as for a symbol
            if signer:
                fields["signed_by"] = signer
            if fields["year"]:  # "nghị định 43 năm 2014": issued in that year
                fields.setdefault("issued_on", str(fields["year"]))
            fields["year"] = fields["year"] or symbol_years.get(start)  # as a symbol's year, which sets no day of issue
            before: dict = {}  # "Bộ trưởng Bộ Công an đã ký Quyết định số 1085": the clause that introduces it
            _read_before(text, sent_start, start, before, frozenset(), t, published)
            for key in ("issuer_text", "issued_on"):
                if key in before:
                    fields.setdefault(key, before[key])
            issuer = fields.get("issuer_text")
            sole = t.kind_issuers.get(kind)
            sole_codes = t.alias_codes.get(_akey(sole or ""), set())
            if _not_the_kinds_issuer(issuer, kind, t):  # "Thủ tướng Chính phủ vừa ký ban hành nghị định 123"
                del fields["issuer_text"]
                issuer = None
            head = t.alias_re.match(issuer) if issuer else None  # "UBND tỉnh Khánh Hòa": the body the name opens with
            codes = (t.alias_codes.get(_akey(issuer), set()) if issuer else set()) or (
                t.alias_codes.get(_akey(head.group(0)), set()) if head else set())
            if issuer is None and sole:
                fields["issuer"] = sole
                codes = sole_codes  # "Theo Nghị định 116, …": the Government's, a state document
            systems = {t.issuers[c]["system"] for c in codes}
            if len(systems) == 1:
                fields["system"] = systems.pop()
            out.append(_Cite(start, end, f"num:{fold(kind)}:{_n}", fields=fields))
    return out


RECORD_FIELDS = ("kind", "name", "number", "year", "symbol", "type_code", "issuer_code", "issuer", "system", "issued_on", "subject",
                 "signed_by")

# -- text written in lower case ---------------------------------------------------------------

# a number and a separator, where a symbol's codes may follow
_CODES_FROM = re.compile(r"(?<![\w/.,–-])\d{1,6}(?:\s?[a-z](?=\s*/))?(?=\s*[-/–‐])")
# a kind word's number: right after it, or "số" after up to seven words ("quyết định cưỡng chế số 32", as _kind_before)
_KIND_TO_NUMBER = re.compile(r"(?P<to>\s+)(?:\(\s*)?\d|(?:\s+[^\W\d_]+){0,7}?(?P<so>\s+)(?:\(\s*)?số\b")
_CODE_SEP = re.compile(r"\s*[-/–‐]\s*")
_NAME_WORD = re.compile(r"\s([^\W\d_]+)(?=[\s,.;:)]|$)")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_TWO_WORDS = re.compile(r"(?:\s+[^\W\d_]+){1,2}")
# a year or number, or a code (with "." or "&" inside) and a term or unit number split off ("qh 14", "ktt 2"), a bracketed
# office ("(p 3)") or its last letters split off ("ubn d.đt")
_CODE_WORD = re.compile(r"\d+(?![^\W\d_])|(?P<code>[^\W_]+(?:(?:\.|\s?&\s?)[^\W_]+)*)(?P<rest>\s\d{1,3}(?![\d/])|\s?\([^()]{1,8}\)"
                        r"|\s[^\W\d_]{1,2}(?:\.[^\W\d_]+)+)?")


def _word_like(part: str, t: _Tables) -> bool:
    """Whether a lower-case letter group has the shape of a Vietnamese syllable ("quy", "tỉnh"), not of a code ("ubnd")."""
    return bool(t.syllable_re.fullmatch(_unmarked(part)))


_unmarked = lru_cache(maxsize=65536)(unmarked)  # asked for every lower-case word


def _upper1(word: str) -> str:
    """``word`` in capitals, one character for one: a letter whose capital is longer ("ß" → "SS") stays as written."""
    return "".join(u if len(u := c.upper()) == 1 else c for c in word)


def _put_case(chars: list[str], start: int, end: int, written: str) -> None:
    """Give ``chars[start:end]`` the capitals of ``written``, word by word (words that fold alike; "và", "&" and a dash
    between them, which carry no capitals, left out on both sides: "bộ gd-đt" takes the capitals of "Bộ GD&ĐT")."""
    words = [w for w in re.finditer(r"[^\W_]+", "".join(chars[start:end])) if fold(w.group(0)) != _AND]
    model = [w for w in re.findall(r"[^\W_]+", written) if fold(w) != _AND]
    if len(words) != len(model):
        return
    for w, m in zip(words, model):
        if fold(w.group(0)) == fold(m) and len(w.group(0)) == len(m):
            for i, c in enumerate(m):
                if c.isupper():
                    chars[start + w.start() + i] = _upper1(chars[start + w.start() + i])


def _recased(text: str, t: _Tables) -> str:
    """``text`` with the capitals the grammar reads put back in every paragraph written all in lower case ("căn cứ nghị
    định 100/2019/nđ-cp của chính phủ"): kind words, codes, names and people (see the helpers; data: the code tables,
    the issuer table, the gazetteer, countries, surnames and document_context.yaml ``syllable``); one character for one,
    so offsets hold. Capitals the data cannot tell (bodies the tables do not know) are not guessed."""
    chars = list(text)
    pos, names_from = 0, []
    for paragraph in text.split("\n"):
        start, end = pos, pos + len(paragraph)
        pos = end + 1
        if paragraph != paragraph.lower() or not any(c.isalpha() for c in paragraph):
            continue
        _recase_kinds(text, chars, start, end, t)
        _recase_codes(text, chars, start, end, t)
        names_from.append((start, end, _recase_names(text, chars, start, end, t)))
    if names_from:  # people last, read in the text as cased so far (joined once: once per paragraph is quadratic)
        cased = "".join(chars)
        for start, end, after in names_from:
            _recase_people(cased, chars, start, end, after, t)
    return "".join(chars)


def _capitalise(chars: list[str], start: int) -> None:
    chars[start] = _upper1(chars[start])


def _recase_kinds(text: str, chars: list[str], start: int, end: int, t: _Tables) -> None:
    """A kind word before its number or "số" (the first of "thông báo kết luận số …"), a named document's kind word and
    the first word of a law's name ("luật đất đai năm 2013" → "Luật Đất đai năm 2013")."""
    named = {*t.ctx["law_kinds"], *t.ctx["constitution_kinds"], t.ctx["convention"]["kind"]}
    last_number = -1
    for m in t.kind_re.finditer(text, start, end):
        kind, generic = t.kinds.get(fold(m.group(0)), (None, True))
        if not kind or generic or _provision(text, m, t):
            continue
        number = _KIND_TO_NUMBER.match(text, m.end(), end)
        if number and any(fold(w) in t.kind_gap_stops for w in text[m.end():number.start(number.lastgroup)].split()):
            number = None  # "quy định tại nghị định số 144": the number is the other kind's
        name = _NEXT_WORD.match(text, m.end(), end) if kind in t.ctx["law_kinds"] else None
        if name and (fold(name.group(1)) in t.not_law or t.law_compound_re.search(text, max(start, m.start() - 20), m.start())):
            continue  # "luật sư", "luật gia", "pháp luật": no law
        if kind in named or (number and number.end() != last_number):
            word = m.group(0)
            _put_case(chars, m.start(), m.end(), word.upper() if len(word) <= 3 else word[0].upper() + word[1:])
            last_number = number.end() if number else last_number
        if name and fold(name.group(1)) not in t.kind_gap_stops | {"năm", "số"}:
            _capitalise(chars, name.start(1))


def _recase_names(text: str, chars: list[str], start: int, end: int, t: _Tables) -> list[int]:
    """Abbreviations (a word with no syllable's shape: "tnhh", "gsql", "(unclos)", "blhs"), countries of two words or more,
    the issuer table's names as it writes them ("ủy ban nhân dân", "bộ công an"), a place word's own capitals ("tp." →
    "TP."), the gazetteer's place name after a place word, an abbreviation or a body ("tỉnh quảng nam", "thành ủy đà
    nẵng", "tp. hcm"; a commune's one or two words: "xã dân lý") and a term's numeral ("khóa xii"); returns where a
    person's name may begin (after a title, "ông"/"bà", a body or a place), for ``_recase_people``."""
    after = []  # where a person's name may begin
    for m in re.finditer(r"(?<![\w.])[^\W\d_]{2,}(?!\w|\.\w)", text[start:end]):  # "gsql", "tnhh", "eximbank"
        if not _word_like(m.group(0), t) and "".join(chars[start + m.start():start + m.end()]).islower():  # not a symbol's
            chars[start + m.start():start + m.end()] = _upper1(m.group(0))  # codes, read above ("nđ-cpngày")
            after.append(_recase_place_name(text, chars, start + m.end(), end, t, abbreviation=False))
    for m in t.country_re.finditer(text, start, end):
        _put_case(chars, m.start(), m.end(), t.country_case.get(fold(m.group(0)), ""))
    for m in t.alias_re.finditer(text, start, end):
        _put_case(chars, m.start(), m.end(), t.alias_case.get(_akey(m.group(0)), ""))
        after.append(_recase_place_name(text, chars, m.end(), end, t, abbreviation=False))
    for m in t.place_re.finditer(text, start, end):
        _put_case(chars, m.start(), m.end(), t.place_case.get(fold(m.group(0)), ""))
        named = _recase_place_name(text, chars, m.end(), end, t, abbreviation=True)
        if named == m.end() and t.place_ranks.get(fold(m.group(0)), 0) > t.ctx["gazetted_rank"]:
            words = _TWO_WORDS.match(text, m.end(), end)  # "xã dân lý": a commune's one or two words
            run = list(re.finditer(r"\S+", words.group(0))) if words else []
            if not (run and name_key(" ".join(w.group(0) for w in run)) in commune_names()):  # "xã đồng tiến": named so
                run = run[:next((i for i, w in enumerate(run) if t.name_stop_words_re.match(text, m.end() + w.start())), len(run))]
            for w in run:
                _capitalise(chars, m.end() + w.start())
            named = m.end() + run[-1].end() if run else named
        after.append(named)
    for m in re.finditer(r"\(([^()]{2,30})\)", text[start:end]):  # "(hà nội)"
        if name_key(m.group(1)) in _unit_names():
            _put_case(chars, start + m.start(1), start + m.end(1), m.group(1).title())
    for m in t.term_re.finditer(text, start, end):
        chars[m.start(1):m.end(1)] = _upper1(m.group(1))
    after += [m.end() for m in t.title_re.finditer(text, start, end)]
    after += [m.end() for m in t.address_re.finditer(text, start, end)]
    return after


def _recase_people(cased: str, chars: list[str], start: int, end: int, after: list[int], t: _Tables) -> None:
    """A person's name after ``after``'s positions or signing ("do thẩm phán nguyễn trường sơn ký"): a surname of
    data/surnames.tsv and one to three more words that are no clause words ("thứ trưởng lê đình thọ ký"). ``cased`` is
    the text with the capitals given so far: a word given its capitals (a body, an abbreviation) is no part of a name."""
    for m in t.signer_re.finditer(cased, start, end):  # "do thẩm phán nguyễn trường sơn ký": the signer's name
        words = list(re.finditer(r"\S+", m.group(2)))
        first = next((w for i, w in enumerate(words) if fold(w.group(0)) in t.surnames - t.addresses and len(words) - i >= 2), None)
        if first:
            after.append(m.start(2) + first.start() - 1)
    for m in t.signing_re.finditer(cased, start, end):  # "thủ tướng nguyễn xuân phúc đã ký": the signer before the verb
        words = list(re.finditer(r"\S+", cased[max(start, m.start() - 60):m.start()]))[-4:]
        while words and not (words[0].group(0).isalpha() and words[0].group(0).islower() and all(
                w.group(0).isalpha() and w.group(0).islower() for w in words)):
            words.pop(0)  # the lower-case words that end the text before it (a cased word is a body's or a place's)
        name = _name_ending([w.group(0).title() for w in words], t)
        if name:
            after.append(max(start, m.start() - 60) + words[-len(name.split())].start() - 1)
    for at in after:
        words = list(_NAME_WORD.finditer(cased[at:min(end, at + 80)]))  # a name's four words at most
        run = []
        for w in words[:4]:
            if (w.start() != (run[-1].end() if run else 0) or t.name_stop_words_re.match(cased, at + w.start(1))
                    or not w.group(1).islower() or not _word_like(w.group(1), t)):
                break
            run.append(w)
        if len(run) == 4 and run[1].group(1).title() not in t.ctx["person_middle_names"]:
            run = run[:3]  # "ông lương đình giáp giữ chức": three syllables, four only with a middle name ("nguyễn thị kim tiến")
        if len(run) >= 2 and fold(run[0].group(1)) in t.surnames:
            for w in run:
                _capitalise(chars, at + w.start(1))


def _recase_place_name(text: str, chars: list[str], pos: int, end: int, t: _Tables, abbreviation: bool) -> int:
    """Capitalise the province or district name the gazetteer knows right after ``pos`` (or, with ``abbreviation``, a
    code-shaped word: "hcm"); returns where the name ends (``pos`` when there is none)."""
    words = list(re.finditer(r"[^\s,;:().!?]+", text[pos:min(end, pos + 60)]))
    n = next((n for n in range(min(5, len(words)), 0, -1)
              if name_key(" ".join(w.group(0) for w in words[:n])) in _unit_names()), 0)
    named = words[:n] or [w for w in words[:1] if abbreviation and w.group(0).isalpha() and not _word_like(w.group(0), t)]
    for w in named:
        _put_case(chars, pos + w.start(), pos + w.end(), w.group(0).title() if n else w.group(0).upper())
    return pos + named[-1].end() if named else pos


def _recase_codes(text: str, chars: list[str], start: int, end: int, t: _Tables) -> None:
    """The codes of every symbol ("1234 / qđ - ubnd" → "QĐ - UBND", "ttg" → "TTg" as the tables write it)."""
    for m in _CODES_FROM.finditer(text, start, end):
        for at, code, rest in _symbol_codes(text, m.end(), end, t):
            known = t.code_case.get(code_key(code))
            _write_case(chars, at, known if known and known.lower() == code.lower() else _upper1(code))
            if rest:
                _write_case(chars, rest[0], _upper1(text[rest[0]:rest[1]]))


def _symbol_codes(text: str, at: int, end: int, t: _Tables):
    """The codes after a symbol's number (which ends at ``at``), as (start, code, rest): ``rest`` is the span of a unit
    number or bracket split off the code ("a 61", "ktt 2", "(p 3)") or None. A word with the shape of a Vietnamese
    syllable ends the symbol ("014 / btnmt - quy định") unless the tables know it, a unit is split off it, or it is short
    (``code_before_context``) and the clause goes on after it as after a symbol ("08 / tb - ta ngày …"). A word glued to
    the last code is left out ("nđ-cpngày 12/11/2013": "cp")."""
    while (sep := _CODE_SEP.match(text, at, end)) and (word := _CODE_WORD.match(text, sep.end(), end)):
        at = word.end()
        code = word.group("code")
        if not code:  # a number or a year ("100 / 2019 / nđ - cp")
            continue
        if not (code_key(code) in t.code_case or word.group("rest")
                or any(not _word_like(p, t) for p in re.findall(r"[^\W_]+", code))
                or (len(code) <= t.ctx["code_before_context"] and t.symbol_end_re.match(text, at, end))):
            return
        glued = None if code_key(code) in t.code_case else next(
            (n for n in range(len(code) - 2, 1, -1) if code_key(code[:n]) in t.code_case and _word_like(code[n:], t)), None)
        if glued:
            yield word.start("code"), code[:glued], None
            return
        yield word.start("code"), code, word.span("rest") if word.group("rest") else None


def _write_case(chars: list[str], start: int, written: str) -> None:
    """The capitals of ``written`` over ``chars`` from ``start``, one character for one (offsets hold): a character that
    is not the same letter in another case is left as it is."""
    for i, c in enumerate(written[:len(chars) - start]):
        if c.lower() == chars[start + i].lower():
            chars[start + i] = c


_APPOSED = re.compile(r"\s*\(\s*")  # a bracket opening right after a citation: what it holds names the same document
_APPOSED_END = re.compile(r"[^()\n]{0,60}\)")  # … and closing after the one it holds ("(Luật số 31/2024/QH15 ngày 18/1/2024)")


def _link_apposed(text: str, cites: list[_Cite]) -> None:
    """A named document and its symbol written beside it in brackets are one document: "Luật Đất đai năm 2024 (Luật số
    31/2024/QH15)", "Nghị quyết Trung ương 4 khóa XII (Nghị quyết số 04-NQ/TW)", either way round, of the same kind. Every
    mention of the named document joins the symbol's record (the symbol's fields make it; the name's issuer only when it
    names the symbol's issuer more fully: "Ban Chấp hành Trung ương Đảng khóa XII" for "Trung ương Đảng")."""
    for a, b in zip(cites, cites[1:]):  # in text order
        m = _APPOSED.match(text, a.end)
        if not (m and m.end() == b.start and _APPOSED_END.match(text, b.end) and a.full and b.full):
            continue
        named, numbered = (a, b) if a.key.startswith("named:") else (b, a)
        if not (named.key.startswith("named:") and numbered.key.startswith("sym:")
                and named.fields.get("kind") == numbered.fields.get("kind")):
            continue
        issuer, fuller = numbered.fields.get("issuer"), named.fields.get("issuer")
        if "issuer_text" not in numbered.fields and issuer and fuller and issuer in fuller and issuer != fuller:
            numbered.fields["issuer_text"] = fuller
        key = named.key
        for c in cites:
            if c.key == key:
                c.key, c.full = numbered.key, False


def _kept(keep: Callable[[int, int], bool], text: str, start: int, end: int) -> bool:
    """Whether ``keep`` keeps every line of the mention ``text[start:end]``: a citation wrapped at a line break
    ("Nghị định số 100/2019/\nNĐ-CP") spans two lines, which the layout reads as two regions."""
    if not LINE_END.search(text, start, end):
        return keep(start, end)
    lines = [(m.start() + len(m.group()) - len(m.group().lstrip()), m.end() - len(m.group()) + len(m.group().rstrip()))
             for m in LINES.finditer(text, start, end) if m.group().strip()]  # each line without its edge spaces
    return all(keep(a, b) for a, b in lines)


def find_documents(text: str, published_at=None, keep: Callable[[int, int], bool] | None = None,
                   norm: NormText | None = None) -> list[DocumentReference]:
    """Every document cited in ``text``, one record per document with all its mentions.

    ``published_at`` (datetime or ISO string) supplies the year of "ngày 27/3"; ``keep(start, end)``
    filters mentions by input offsets (the component keeps only title and body); ``norm``, the matching form of
    ``text`` when the caller has it already.
    """
    norm = norm if norm is not None else normalize(text)
    t = _tables()
    ntext = _recased(norm.text, t)
    published = _published_day(published_at)
    cites = _symbol_cites(ntext, t, published)
    _merge_term_slips(cites, t)
    symbol_spans = [(c.start, c.end) for c in cites]
    cites += [c for c in _named(ntext, t) if not any(a < c.end and c.start < b for a, b in symbol_spans)]
    cites += _bare_mentions(ntext, cites, t)
    cites += _numbered_cites(ntext, cites, t, published, norm.text)
    cites += _unyeared_cites(ntext, cites, t)
    cites.sort(key=lambda c: c.start)
    termed: dict = {}
    for c in cites:  # "Nghị quyết Trung ương 4" after "Nghị quyết Trung ương 4 khóa XII" is the same resolution
        if c.key.startswith("named:nq tw ") and len(c.key.split()) == 4:
            termed.setdefault(c.key.rsplit(" ", 1)[0], set()).add(c.key)
    for c in cites:
        if len(termed.get(c.key, ())) == 1:
            c.key = next(iter(termed[c.key]))
            c.full = False
    _link_apposed(ntext, cites)
    groups: dict[str, list[tuple[_Cite, int, int]]] = {}
    for c in cites:
        s, e = norm.to_source(c.start, c.end)
        if keep is None or _kept(keep, text, s, e):
            groups.setdefault(c.key, []).append((c, s, e))
    out = []
    for items in groups.values():
        fulls = [it for it in items if it[0].full]
        if not fulls:
            continue
        values: dict = {}
        for c, _s, _e in fulls:
            for k, v in c.fields.items():
                if v is not None and k not in values:
                    values[k] = v
        for c, _s, _e in items:  # "Kết luận 62 của Bộ Chính trị": a bare mention's issuer, when the full ones name none
            for k, v in c.said.items():
                if k not in values and not (k == "issuer_text" and "issuer_near" in values):
                    values[k] = v
        named = values.get("issuer_text", values.get("issuer_near"))
        if named is not None:
            named = _demonstrative_resolved(named, ntext, fulls[0][0].start, fulls[0][0].end, t)
        if values.get("issuer") == t.kind_issuers.get(values.get("kind") or "") and _not_the_kinds_issuer(named, values.get("kind"), t):
            named = None  # "Nghị định 32/2006/NĐ-CP của Thủ tướng Chính phủ": the signer; the code names the Government
        if named is not None and not _akey(values.get("issuer") or "").startswith(_akey(named) + " khóa "):
            values["issuer"] = named  # the text's name, unless the code names the same body with its term
            # ("Nghị quyết 30/2016/UBTVQH14 của Ủy ban Thường vụ Quốc hội": "… khóa XIV", as UBTVQH15 alone gives "… khóa XV")
        _c, s, e = fulls[0]
        out.append(DocumentReference(
            text=text[s:e], start=s, end=e, **{k: values.get(k) for k in RECORD_FIELDS},
            mentions=[Mention(text=text[a:b], start=a, end=b) for _c2, a, b in items],
        ))
    out.sort(key=lambda d: d.start)
    return out


def date_doubts(refs: list[DocumentReference], published: date | None) -> list[str]:
    """What is doubtful in the dates of issue the text gives, kept as written: a date in another year than the
    symbol's ("Thông tư 16/2018/TT-BTC ngày 7/2/2028", a slip of the writer's or a date that belongs to another
    document of the sentence; a judgment's number may be of its filing year) or after the article's publication day."""
    doubts = []
    for ref in refs:
        if not ref.issued_on:
            continue
        name = ref.symbol or ref.text
        if ref.year and not ref.issued_on.startswith(str(ref.year)):
            doubts.append(f"document {name}: issued_on {ref.issued_on} is not in the year its symbol gives ({ref.year})")
        if published and len(ref.issued_on) == 10 and ref.issued_on > published.isoformat():
            doubts.append(f"document {name}: issued_on {ref.issued_on} is after the article's publication day "
                          f"({published.isoformat()})")
    return doubts


@Language.factory("vnx_documents", assigns=["doc._.documents", "doc.spans"])
def make_documents(nlp: Language, name: str):
    """Fill ``doc._.documents`` and ``doc.spans["documents"]`` from the title and body."""

    def component(doc: Doc) -> Doc:
        norm = norm_text(doc)
        refs = find_documents(norm.source, doc._.published_at, keep=doc._.in_body, norm=norm)
        doc._.documents = refs
        for message in date_doubts(refs, _published_day(doc._.published_at)):
            warn(doc, message)
        spans = []
        for ref in refs:
            for m in ref.mentions:
                span = doc.char_span(m.start, m.end, label="DOCUMENT", alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.spans["documents"] = sorted(spans, key=lambda sp: (sp.start_char, sp.end_char))
        return doc

    return component
