"""The languages of a document, passage by passage: ``detect_passages(text) -> list[Passage]``.

A document is cut into lines (very long lines into runs of sentences). Script decides first: kana
→ Japanese, Hangul → Korean, Han → Chinese, Cyrillic → Russian, and so on; the majority script of
a line wins, a CJK character weighing as much as a few Latin letters. A long Latin-script
quotation in brackets inside Chinese or Japanese text is a passage of its own and does not count
for its line, and Latin-script names without function words do not make a CJK sentence a
Latin-script line. Latin-script lines go to :mod:`tenure.ingest.latin`. Lines too short or too
plain to tell (headlines of names, datelines, bylines, file names) take the language of their
paragraph or of the paragraphs around them. Consecutive lines of one language make one passage;
passages cover the whole text.
"""

from __future__ import annotations

import string
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

import regex

from tenure.ingest import latin
from tenure.model import Passage

DEFAULT = "en"
MIN_LETTERS = 20  # fewer Latin letters than this: too short to tell, take the neighbours' language
MIN_HAN = 10  # Han-only lines shorter than this may be Japanese as well as Chinese
CJK_WEIGHT = 2.5  # one CJK character carries about as much as this many Latin letters
CONTEXT_ODDS = 10.0  # lingua must prefer another language this much to overrule the neighbours
LONG_LINE = 1000  # lines longer than this are cut into runs of sentences of about CHUNK characters
CHUNK = 400
MAX_UNITS = 50_000  # a text of more lines than this is read in groups of lines
QUOTE_LETTERS = 30  # Latin letters a bracketed quotation needs to be a passage of its own
COUNTED = 240  # characters of a Latin-script line whose letters are counted

LATIN = regex.compile(r"\p{Latin}")
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
HANGUL = regex.compile(r"\p{Hangul}")
OTHER = regex.compile(r"[^\P{L}\p{Latin}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Common}\p{Inherited}]")
SENTENCE_END = regex.compile(r"[.!?](?:[\"'”’»)\]]*)\s+|[。！？]+[」』”）)]*\s*")
QUOTE = regex.compile(r"[（(「『“\"]([^（）()「」『』“”\"\n]{30,}?)[）)」』”\"]")
ASCII_LETTERS = string.ascii_letters.encode("ascii")
SCRIPT_LANGUAGES = {
    "CYRILLIC": "ru",
    "GREEK": "el",
    "ARABIC": "ar",
    "HEBREW": "he",
    "THAI": "th",
    "DEVANAGARI": "hi",
    "BENGALI": "bn",
    "TAMIL": "ta",
    "TELUGU": "te",
    "GUJARATI": "gu",
    "GURMUKHI": "pa",
    "KANNADA": "kn",
    "MALAYALAM": "ml",
    "SINHALA": "si",
    "ARMENIAN": "hy",
    "GEORGIAN": "ka",
    "ETHIOPIC": "am",
    "KHMER": "km",
    "LAO": "lo",
    "MYANMAR": "my",
}
LATIN_GROUP, CJK_GROUP = "latin", "cjk"
WEAK, LINGUA, SURE = 1, 2, 3  # how a unit's language was decided


@dataclass(slots=True)
class _Unit:
    """A line (or a run of sentences of a long line) and what is known of its language."""

    start: int
    end: int
    paragraph: int
    group: str = ""  # LATIN_GROUP, CJK_GROUP, or "" for other scripts and for no letters
    letters: int = 0
    lang: str | None = None
    strength: int = 0
    quotes: tuple[tuple[int, int, str], ...] = ()  # Latin-script quotations in a CJK line


def detect_passages(text: str) -> list[Passage]:
    """Passages of one language each, in order, covering ``text`` from 0 to ``len(text)``."""
    if not text:
        return []
    units = _units(text)
    for unit in units:
        _classify(text, unit)
    _han_only_lines(units)
    _resolve_weak(text, units)
    _smooth(units)
    segments: list[tuple[int, int, str | None]] = []
    for unit in units:
        segments.extend(_segments(unit))
    return _merge(segments, len(text))


# --- units ----------------------------------------------------------------------------------


def _units(text: str) -> list[_Unit]:
    """The lines of ``text`` as units (a text of very many lines: groups of lines)."""
    if text.count("\n") > MAX_UNITS:
        return _line_groups(text)
    units: list[_Unit] = []
    start = paragraph = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line)
        if line.isspace():
            paragraph += 1
            units.append(_Unit(start, end, paragraph))
        elif len(line) > LONG_LINE:
            units.extend(_Unit(a, b, paragraph) for a, b in _chunks(text, start, end))
        else:
            units.append(_Unit(start, end, paragraph))
        start = end
    return units


def _line_groups(text: str) -> list[_Unit]:
    """About MAX_UNITS units of whole lines, each its own paragraph: bounded memory and time."""
    least = len(text) // MAX_UNITS
    units: list[_Unit] = []
    start = 0
    while start < len(text):
        cut = text.find("\n", start + least)
        end = len(text) if cut < 0 else cut + 1
        units.append(_Unit(start, end, len(units)))
        start = end
    return units


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut after sentence ends into pieces of about CHUNK characters."""
    cuts = [start]
    for match in SENTENCE_END.finditer(text, start, end):
        if match.end() - cuts[-1] >= CHUNK and end - match.end() >= CHUNK // 2:
            cuts.append(match.end())
    cuts.append(end)
    return list(pairwise(cuts))


# --- classification -------------------------------------------------------------------------


def _classify(text: str, unit: _Unit) -> None:
    """Decide what script alone can decide; look for function words in Latin-script lines."""
    piece = text[unit.start : unit.end]
    head = piece[:COUNTED]  # Latin letters are counted only up to the thresholds that use them
    if piece.isascii():
        letters = len(head) - len(head.encode("ascii").translate(None, ASCII_LETTERS))
        if letters:
            _latin(piece, unit, letters)
        return
    try:
        piece.encode("latin-1")
    except UnicodeEncodeError:
        pass
    else:  # accented Latin text
        letters = sum(map(str.isalpha, head))
        if letters:
            _latin(piece, unit, letters)
        return
    latin_letters = len(LATIN.findall(piece))
    cjk = len(CJK.findall(piece))
    other = len(OTHER.findall(piece))
    quotes: list[tuple[int, int, str]] = []
    rest = piece
    if cjk and latin_letters >= QUOTE_LETTERS:
        quotes = _bracketed_quotes(text, unit.start, unit.end)
        if quotes:
            latin_letters -= sum(len(LATIN.findall(text, start, end)) for start, end, _ in quotes)
            rest = _without(text, unit, quotes)
    names_only = (
        cjk >= 2 and cjk * CJK_WEIGHT * 4 >= latin_letters >= other and not latin.by_function_words(rest)
    )
    if cjk and (cjk * CJK_WEIGHT >= max(latin_letters, other) or names_only):
        kana, hangul = len(KANA.findall(piece)), len(HANGUL.findall(piece))
        han = cjk - kana - hangul
        unit.group, unit.letters, unit.quotes = CJK_GROUP, cjk, tuple(quotes)
        if hangul and hangul >= kana and hangul * 2 >= han:
            unit.group, unit.lang, unit.strength = "", "ko", SURE
        elif kana:
            unit.lang, unit.strength = "ja", SURE
        elif han >= MIN_HAN:
            unit.lang, unit.strength = "zh", SURE
    elif other > latin_letters:
        letter = OTHER.search(piece)
        script = unicodedata.name(letter.group(), "?").split(" ", 1)[0] if letter else "?"
        if script in SCRIPT_LANGUAGES:
            unit.lang, unit.strength = SCRIPT_LANGUAGES[script], SURE
    elif latin_letters:
        _latin(piece, unit, min(latin_letters, COUNTED))


def _latin(piece: str, unit: _Unit, letters: int) -> None:
    unit.group, unit.letters = LATIN_GROUP, letters
    if letters < MIN_LETTERS:
        return
    found = latin.by_function_words(piece)
    if found:
        unit.lang, unit.strength = found, SURE
    elif not latin.has_word_lists() and letters >= 2 * MIN_LETTERS:
        ranking = latin.confidences(piece)
        if ranking and ranking[0][1] >= 0.7:
            unit.lang, unit.strength = ranking[0][0], LINGUA
    # else: running text shows its function words; a line without them (names, a headline,
    # a byline) is weak evidence and is decided with its paragraph and neighbours


def _bracketed_quotes(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Long Latin-script quotations in brackets or quotation marks, with their language."""
    found = []
    for match in QUOTE.finditer(text, start, end):
        inner = match.group(1)
        letters = len(LATIN.findall(inner))
        if letters < QUOTE_LETTERS or len(CJK.findall(inner)) * CJK_WEIGHT > 0.3 * letters:
            continue
        if len(inner.split()) < 5:
            continue
        lang = latin.detect(inner)
        if lang:
            found.append((match.start(1), match.end(1), lang))
    return found


def _without(text: str, unit: _Unit, quotes: list[tuple[int, int, str]]) -> str:
    """The unit's text without its quotations."""
    parts, position = [], unit.start
    for start, end, _ in quotes:
        parts.append(text[position:start])
        position = end
    parts.append(text[position : unit.end])
    return " ".join(parts)


def _han_only_lines(units: list[_Unit]) -> None:
    """Han-only lines are Chinese, unless much of the document's CJK text is Japanese."""
    japanese = sum(u.letters for u in units if u.lang == "ja")
    cjk = sum(u.letters for u in units if u.group == CJK_GROUP)
    if japanese >= 0.3 * cjk:
        for unit in units:
            if unit.group == CJK_GROUP and unit.lang == "zh":
                unit.lang, unit.strength = None, 0


# --- weak lines -----------------------------------------------------------------------------


def _resolve_weak(text: str, units: list[_Unit]) -> None:
    """Decide the lines that could not decide alone.

    A Latin-script line takes the language of the nearest decided line of its paragraph (one in
    Latin script first), else of the paragraphs around it: between paragraphs of two Latin-script
    languages, its paragraph's function words and then lingua pick one of them; between
    paragraphs in other scripts (a file name between Chinese paragraphs), it takes theirs. A short
    Han-only line takes the language (Chinese or Japanese) of the CJK lines around it.
    """
    forward, backward = range(len(units)), range(len(units) - 1, -1, -1)
    before_same, after_same = _nearest_decided(units, forward, True), _nearest_decided(units, backward, True)
    before_any, after_any = _nearest_decided(units, forward, False), _nearest_decided(units, backward, False)
    paragraphs = _paragraph_spans(units)
    chosen: dict[tuple[int, tuple[str, ...]], str] = {}
    fallback: dict[str, str] = {}
    for index, unit in enumerate(units):
        if not unit.group or unit.strength >= LINGUA:
            continue
        if unit.group == LATIN_GROUP:
            around = [u for u in (before_any[index], after_any[index]) if u is not None]
        else:
            around = [u for u in (before_same[index], after_same[index]) if u is not None]
        near = [u for u in around if u.paragraph == unit.paragraph]
        if near:
            same = [u for u in near if u.group == unit.group]
            unit.lang, unit.strength = (same or near)[0].lang, WEAK
            continue
        context = tuple(u.lang for u in around if u.group == unit.group and u.lang)
        if not context and around:
            unit.lang, unit.strength = around[0].lang, WEAK  # a Latin-script line among CJK text
            continue
        if not context:
            if unit.group not in fallback:
                fallback[unit.group] = _fallback(text, units, unit.group)
            context = (fallback[unit.group],)
        if unit.group != LATIN_GROUP or len(set(context)) == 1:
            unit.lang, unit.strength = context[0], WEAK
            continue
        key = (unit.paragraph, context)
        if key not in chosen:
            start, end = paragraphs[unit.paragraph]
            chosen[key] = _choose(text[start:end], context)
        unit.lang, unit.strength = chosen[key], WEAK


def _nearest_decided(units: list[_Unit], order: range, same_group: bool) -> list[_Unit | None]:
    """For each unit, the nearest unit decided alone (of its script group, or of any), in ``order``."""
    nearest: list[_Unit | None] = [None] * len(units)
    last: dict[str, _Unit] = {}
    for index in order:
        unit = units[index]
        key = unit.group if same_group else ""
        nearest[index] = last.get(key)
        if unit.strength >= LINGUA and unit.lang and (unit.group or not same_group):
            last[key] = unit
    return nearest


def _paragraph_spans(units: list[_Unit]) -> dict[int, tuple[int, int]]:
    spans: dict[int, tuple[int, int]] = {}
    for unit in units:
        if unit.group:
            start = spans.get(unit.paragraph, (unit.start, 0))[0]
            spans[unit.paragraph] = (start, unit.end)
    return spans


def _choose(paragraph: str, context: tuple[str, ...]) -> str:
    """The language of a paragraph between paragraphs of different languages (``context``)."""
    scores = latin.word_scores(paragraph)
    ranked = sorted(set(context), key=lambda code: -scores.get(code, 0.0))
    best, second = scores.get(ranked[0], 0.0), scores.get(ranked[1], 0.0)
    if best >= 1.5 and best >= 2 * second:
        return ranked[0]
    ranking = latin.confidences(paragraph)
    if not ranking:
        return context[0]
    confidence = dict(ranking)
    best_context = max(context, key=lambda code: confidence.get(code, 0.0))
    top, top_confidence = ranking[0]
    return best_context if confidence.get(best_context, 0.0) * CONTEXT_ODDS >= top_confidence else top


def _fallback(text: str, units: list[_Unit], group: str) -> str:
    """The language of a script group's text taken together, for documents with no sure line."""
    if group == CJK_GROUP:
        return "ja" if any(u.lang == "ja" for u in units) else "zh"
    joined = " ".join(text[u.start : u.end].strip() for u in units if u.group == LATIN_GROUP)
    if sum(u.letters for u in units if u.group == LATIN_GROUP) < MIN_LETTERS:
        return latin.by_function_words(joined) or DEFAULT  # too little text for lingua
    return latin.detect(joined) or DEFAULT


def _smooth(units: list[_Unit]) -> None:
    """A line of a paragraph that lingua alone set apart from both its neighbours joins them."""
    for i in range(1, len(units) - 1):
        unit, before, after = units[i], units[i - 1], units[i + 1]
        if (
            unit.group == LATIN_GROUP
            and unit.strength < SURE
            and before.lang == after.lang
            and before.lang != unit.lang
            and before.group == after.group == LATIN_GROUP
            and before.paragraph == unit.paragraph == after.paragraph
        ):
            unit.lang = before.lang


# --- passages -------------------------------------------------------------------------------


def _segments(unit: _Unit) -> list[tuple[int, int, str | None]]:
    """The unit as segments of one language: its quotations apart."""
    if not unit.quotes:
        return [(unit.start, unit.end, unit.lang)]
    segments: list[tuple[int, int, str | None]] = []
    position = unit.start
    for start, end, lang in unit.quotes:
        segments.append((position, start, unit.lang))
        segments.append((start, end, lang))
        position = end
    segments.append((position, unit.end, unit.lang))
    return segments


def _merge(segments: list[tuple[int, int, str | None]], length: int) -> list[Passage]:
    """Join neighbouring segments of one language; segments without letters join the one before."""
    first = next((lang for _, _, lang in segments if lang), DEFAULT)
    passages: list[list] = []
    for start, end, lang in segments:
        if start >= end:
            continue
        lang = lang or (passages[-1][2] if passages else first)
        if passages and passages[-1][2] == lang:
            passages[-1][1] = end
        else:
            passages.append([start, end, lang])
    if passages:
        passages[0][0], passages[-1][1] = 0, length
    return [Passage(start, end, lang) for start, end, lang in passages]
