"""Finding the names of people and organisations in a sentence, in any script.

Pure functions over text; what a name is in one language (stop words, particles,
transliteration characters, name patterns) comes from that language's data file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from tenure.lang import Language

# Letters of the scripts whose names are capitalised (Latin, Greek, Cyrillic, with their
# combining marks), listed for the standard library's engine, which scans faster than regex.
_SCRIPTS = [
    (0x41, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x1C80, 0x1C8F), (0x1E00, 0x1FFF),
    (0x2C60, 0x2C7F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F), (0xA720, 0xA7FF), (0xAB30, 0xAB6F),
    (0xFF21, 0xFF5A),
]  # fmt: skip
_MARKS = [
    (0x300, 0x36F),
    (0x483, 0x489),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
]


def _class(ranges: list[tuple[int, int]], keep) -> str:
    return re.escape("".join(chr(c) for low, high in ranges for c in range(low, high + 1) if keep(chr(c))))


UPPER = _class(_SCRIPTS, str.isupper)
LOWER = _class(_SCRIPTS, str.islower)
_ALPHA = _class(_SCRIPTS, str.isalpha) + _class(_MARKS, lambda c: True)
# A capitalised word, with inner apostrophes and hyphens, maybe after an elided article
# ("d'Acme"). Words end at any letter of another script too: "Varga今日" holds "Varga".
# The pattern starts with the capital, so that the engine skips ahead to capitals; what may
# stand before it (no letter, or an elision after no letter) is looked at behind it.
_NOT_BEFORE = rf"[{_ALPHA}\d'’‘]"
_WORD = re.compile(
    rf"(?P<word>[{UPPER}](?:(?<!{_NOT_BEFORE}.)|(?<=(?<!{_NOT_BEFORE})[{LOWER}]['’].)"
    rf"|(?<=(?<!{_NOT_BEFORE})[{LOWER}][{LOWER}]['’].))(?:[{_ALPHA}]|['’‘\-](?=[{_ALPHA}]))*)(?![{_ALPHA}\d])"
)
# An elided article before a common word, capitalised at a sentence start: "L'officier".
_ELIDED = re.compile(rf"[{UPPER}]['’][{LOWER}]")
# Two names joined by a middle dot, as transliterations are written in Chinese and Japanese.
_DOT = "·・•‧"
# A name in another script followed by its Latin form in parentheses: 安娜·瓦尔加(Ana Varga),
# 헬리오AI(Helio AI).
_PAREN_ALIAS = regex.compile(
    r"(?P<native>[\p{Han}\p{Katakana}\p{Hangul}ー" + _DOT + r"]{2,16}[A-Z0-9]{0,4})\s*[（(]\s*"
    r"(?P<latin>\p{Lu}[\p{L}'’‘\-.]*(?:\s+\p{Lu}[\p{L}'’‘\-.]*){0,3})\s*[)）]"
)


@dataclass(frozen=True)
class Span:
    """A name found at ``text[start:end]``; ``name`` is its normalised form."""

    start: int
    end: int
    name: str


def capitalised_words(text: str, start: int, end: int) -> list[Span]:
    """Capitalised words of ``text[start:end]``; an elided article (``d'``, ``l'``) is dropped."""
    spans = []
    for m in _WORD.finditer(text, start, end):
        word, stop = m.group("word"), m.end("word")
        if word[1:2] in ("'", "’") and _ELIDED.match(word):
            continue
        if len(word) > 3 and word[-2] in "'’‘" and word[-1] in "sS":
            word, stop = word[:-2], stop - 2
        spans.append(Span(m.start("word"), stop, word))
    return spans


def word_runs(text: str, words: list[Span], particles: frozenset[str]) -> list[list[Span]]:
    """Group capitalised words that follow each other (with a space or a particle between)."""
    runs: list[list[Span]] = []
    for word in words:
        if runs:
            gap = text[runs[-1][-1].end : word.start]
            if (
                gap == " "
                or gap == "\u00a0"
                or (gap.strip() in particles and gap.startswith(" ") and gap.endswith(" ") and len(gap) < 8)
            ):
                runs[-1].append(word)
                continue
        runs.append([word])
    return runs


def normalise_case(word: str) -> str:
    """``VARGA`` → ``Varga``; mixed-case words (``McAllister``, ``DeepMind``) are kept."""
    if len(word) > 3 and word.isupper():
        return word.capitalize()
    return word


@lru_cache(maxsize=65536)
def is_camel(word: str) -> bool:
    """A word with a capital after a lower-case letter, as brands are written (``DeepMind``)."""
    return _CAMEL.search(word) is not None


_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")


def is_acronym(word: str) -> bool:
    return 2 <= len(word) <= 5 and word.isupper() and word.isalpha()


def paren_aliases(text: str, start: int, end: int) -> list[tuple[Span, Span]]:
    """Pairs (native, latin) of a name followed by its Latin form in parentheses."""
    pairs = []
    if text.find("(", start, end) < 0 and text.find("（", start, end) < 0:
        return pairs
    for m in _PAREN_ALIAS.finditer(text, start, end):
        native = _spaced_native(text, max(start, 0), m.start("native"), m.end("native"), m.group("latin"))
        pairs.append((native, Span(m.start("latin"), m.end("latin"), m.group("latin"))))
    return pairs


_HANGUL_WORD = regex.compile(r"\p{Hangul}+ $")


def _spaced_native(text: str, limit: int, start: int, end: int, latin: str) -> Span:
    """The native name before a Latin one, as many words long as it where the script separates
    words with spaces: "다나 홀로웨이(Dana Holloway)", not "홀로웨이"."""
    for _ in range(latin.count(" ") if _HANGUL_WORD.match(text[start:end] + " ") else 0):
        before = _HANGUL_WORD.search(text, max(limit, start - 12), start)
        if before is None:
            break
        start = before.start()
    return Span(start, end, text[start:end])


def dotted_names(text: str, start: int, end: int, lang: Language) -> list[Span]:
    """Transliterated names joined by a middle dot (``艾琳·卡特``, ``ジョン・スミス``).

    Only characters used for transliteration (listed in the language file) may form such a
    name, so the title before it (``首席技术官``) is not taken into the name.
    """
    chars = lang.section("people").get("transliteration_chars", "")
    if not chars:
        return []
    part = f"[{regex.escape(chars)}ー]"
    pattern = _dotted_pattern(part)
    return [Span(m.start(), m.end(), m.group()) for m in pattern.finditer(text, start, end)]


_DOTTED: dict[str, regex.Pattern] = {}


def _dotted_pattern(part: str) -> regex.Pattern:
    if part not in _DOTTED:
        _DOTTED[part] = regex.compile(f"{part}{{1,5}}(?:[{_DOT}]{part}{{1,7}}){{1,2}}")
    return _DOTTED[part]


def pattern_names(text: str, start: int, end: int, lang: Language) -> list[Span]:
    """Names matched by the language's own ``name_patterns`` (each with a group ``name``); a
    name inside a longer one ("게이코" of "다니구치 게이코") or holding a trigger phrase or a
    title ("退社　競合" of a headline) is none."""
    spans = []
    for pattern in _name_patterns(lang):
        for m in pattern.finditer(text, start, end):
            spans.append(Span(m.start("name"), m.end("name"), m.group("name")))
    spans = [s for s in spans if not _names_something_else(s.name, lang)]
    if len(spans) > 1:
        spans = [a for a in spans if not any(b.start <= a.start and a.end <= b.end and b != a for b in spans)]
    return spans


def _names_something_else(name: str, lang: Language) -> bool:
    return any(p is not None and p.search(name) is not None for p in (lang.trigger_re, lang.role_re))


_PATTERNS: dict[str, list[regex.Pattern]] = {}


def has_name_patterns(lang: Language) -> bool:
    return bool(_name_patterns(lang))


def _name_patterns(lang: Language) -> list[regex.Pattern]:
    if lang.code not in _PATTERNS:
        _PATTERNS[lang.code] = [compile_pattern(p) for p in lang.section("people").get("name_patterns", [])]
    return _PATTERNS[lang.code]


def compile_pattern(pattern: str) -> re.Pattern | regex.Pattern:
    """A data file's pattern (``name_patterns``, ``[orgs] patterns``) for the standard
    library's engine, several times faster than ``regex`` on text without spaces: the script
    classes of CJK (``\\p{Han}``, ``\\p{Katakana}``, ``\\p{Hangul}``) are written as ranges
    for it. A pattern only ``regex`` understands is compiled by ``regex``."""
    try:
        return re.compile(_with_ranges(pattern))
    except re.error:
        return regex.compile(pattern, regex.VERSION1)


# The blocks of the scripts written without spaces, as the standard engine reads them.
_SCRIPT_RANGES = {
    "Han": "\u3005\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "Katakana": "\u30a1-\u30fa\u30fd-\u30ff\u31f0-\u31ff\uff66-\uff6f\uff71-\uff9d",
    "Hiragana": "\u3041-\u3096\u309d-\u309f",
    "Hangul": "\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3",
}
_SCRIPT_CLASS = re.compile(r"\\p\{(Han|Katakana|Hiragana|Hangul)\}")


def _with_ranges(pattern: str) -> str:
    """``pattern`` with its CJK script classes written as ranges (inside a class or alone)."""
    out: list[str] = []
    inside, i = False, 0
    while i < len(pattern):
        m = _SCRIPT_CLASS.match(pattern, i)
        if m:
            ranges = _SCRIPT_RANGES[m.group(1)]
            out.append(ranges if inside else f"[{ranges}]")
            i = m.end()
            continue
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if char == "[" and not inside:
            inside = True
        elif char == "]" and inside and out[-1] not in ("[", "^"):
            inside = False
        out.append(char)
        i += 1
    return "".join(out)


def has_latin_edge(text: str) -> bool:
    """True when ``text`` starts or ends with a Latin letter or digit (needs word edges)."""
    return bool(text) and (_LATIN.match(text[0]) is not None or _LATIN.match(text[-1]) is not None)


_LATIN = regex.compile(r"[\p{Latin}\p{N}]")


@lru_cache(maxsize=4096)
def is_latin_or_digit(char: str) -> bool:
    return _LATIN.match(char) is not None


_HANGUL_NAME = regex.compile(r"\p{Hangul}+(?: \p{Hangul}+)*")


def name_tail(text: str, lang: Language) -> str:
    """The name at the end of a run of non-Latin text: ``任命马克`` → ``马克``.

    A transliterated name is the longest tail of transliteration characters (and middle
    dots); a name in kana is the tail in katakana; a name in Hangul is all of it, spaces
    included; otherwise the last three characters.
    """
    if _HANGUL_NAME.fullmatch(text):
        return text  # Korean writes names apart from what precedes them
    chars = lang.section("people").get("transliteration_chars", "") + _DOT
    size = 0
    for char in reversed(text):
        if char in chars or regex.match(r"[\p{Katakana}ー]", char):
            size += 1
        else:
            break
    if size >= 2:
        return text[-size:].lstrip(_DOT)
    return text[-3:] if len(text) >= 2 else ""


@lru_cache(maxsize=65536)
def nominative(name: str, lang: Language) -> str:
    """``Екатерины Смирновой`` → ``Екатерина Смирнова``: a name in another case brought back
    to the nominative by the language's ``[people.declension]`` table.

    The first name decides: the first row of ``first_name`` (an ending, and the ending it
    replaces) that makes it a name the table lists as ``masculine`` or ``feminine`` gives
    its nominative and its gender; the words after it follow the rows of that gender
    (``masculine_surname``, ``feminine_surname``). A name whose first name the table does
    not list, or is already in the nominative, is returned as it is.
    """
    table = lang.section("people").get("declension")
    words = name.split(" ")
    if not table or len(words) < 2:
        return name
    first = _first_name(words[0], lang)
    if first is None or first[0] == words[0]:
        return name
    rows = table.get(f"{first[1]}_surname", [])
    return " ".join([first[0]] + [_replace_ending(word, rows) or word for word in words[1:]])


def surname_nominatives(word: str, lang: Language) -> list[str]:
    """What a surname alone in another case may be in the nominative (``Лаптева`` →
    ``Лаптев``), by the surname rows of each gender of ``[people.declension]``."""
    table = lang.section("people").get("declension") or {}
    found = (_replace_ending(word, table.get(f"{g}_surname", [])) for g in ("masculine", "feminine"))
    return [w for w in dict.fromkeys(found) if w and w != word]


def _first_name(word: str, lang: Language) -> tuple[str, str] | None:
    """The nominative and gender of a first name the declension table lists, if any."""
    table, genders = _declension(lang)
    for gender, known in genders:
        if word in known:
            return word, gender
    for ending, replacement in table.get("first_name", []):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            candidate = word[: len(word) - len(ending)] + replacement
            for gender, known in genders:
                if candidate in known:
                    return candidate, gender
    return None


def _replace_ending(word: str, rows: list[list[str]]) -> str | None:
    for ending, replacement in rows:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: len(word) - len(ending)] + replacement
    return None


def declines(lang: Language) -> bool:
    """True when the language has a ``[people.declension]`` table."""
    return bool(_declension(lang)[0])


@lru_cache(maxsize=64)
def _declension(lang: Language) -> tuple[dict, tuple[tuple[str, frozenset[str]], ...]]:
    table = lang.section("people").get("declension") or {}
    return table, tuple((g, frozenset(table.get(g, []))) for g in ("feminine", "masculine"))
