"""Who speaks in a document, and the distinctive names of the passage around a mention.

A first-person sentence ("I have decided to leave Acme") reports an event of its speaker.
A document names that speaker in one of two ways:

- an introduction: a sentence that names a person, holds a cue of its language
  (``[people] speaker_intro``: "wrote to staff", "ha lasciato una lettera", "的信") and ends
  in a colon. What follows the colon is the speaker's: the quotation it opens, or the rest of
  the paragraph and the paragraphs after it, until one is clearly narrative again (it has no
  first-person word and names someone in full, names the speaker, or has a third-person
  subject), at most ``MAX_QUOTE_PARAGRAPHS`` paragraphs;
- a signature: a short line that is only a name ("— Jane Roe", "Jane Roe, CEO") after
  paragraphs written in the first person; the note above it is the signer's.

A first-person sentence outside any such scope has no named speaker: its mentions are kept
unattributed, and the merge may attribute them when another document holds the same text
under a name (:mod:`tenure.resolve.merge`). For that, each mention carries the distinctive
names of its passage (:func:`passage_tokens`): capitalised words that are not a sentence's
first word, a stop word, a pronoun or a title.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import regex

from tenure import lang as languages
from tenure.extract import names
from tenure.extract.context import DocContext, Sentence, has_latin
from tenure.extract.mentions import Named, sentence_names
from tenure.lang import Language
from tenure.model import Mention
from tenure.resolve.keys import token_key

MAX_QUOTE_PARAGRAPHS = 12  # a quoted letter goes on for at most this many paragraphs
_COLON_REACH = 80  # "wrote to her team on Monday:": the colon that closes an introduction
_QUOTE_REACH = 8000  # how far the closing mark of a quotation that opens after the colon may be
_SIGNATURE_CHARS = 80  # a signature is a short line
_SIGNATURE_TAIL = 60  # "Jane Roe, CEO of Acme": what may follow the name
_PASSAGE_PARAGRAPHS = 1  # a mention's passage: its paragraph and this many on either side
_MAX_TOKENS = 100

_PARAGRAPH = re.compile(r"[^\n]+")
_COLON = re.compile(r"[:：](?!\d)")
_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "「": "」", "『": "』", "‹": "›"}
_SIGN = regex.compile(r"[\s—–\-~]*")
_AFTER_SIGNER = regex.compile(r"\s*(?:[,，(（]|$)")
_TRIM = " \t\r\u3000\ufeff"


@dataclass(frozen=True)
class Scope:
    """``text[start:end]`` is written by ``speaker``; ``kind``: "intro" or "signature"."""

    start: int
    end: int
    speaker: str
    kind: str


def speaker_at(ctx: DocContext, position: int) -> str | None:
    """The named speaker of a first-person word at ``position``, if the document names one."""
    scope = _scope_at(ctx, position)
    if scope is None:
        return None
    if scope.kind == "signature" and _in_quotation(ctx, position):
        return None  # '"I am leaving," Kim said.' is Kim's, not the signer's
    return scope.speaker


def passage_tokens(ctx: DocContext, mention: Mention) -> list[str]:
    """The distinctive names (keys) of the passage around ``mention``: the quotation of its
    speaker, else its paragraph and the paragraphs next to it."""
    start, end = _passage_range(ctx, mention)
    key = ("passage", start, end)
    if key not in ctx.cache:
        ctx.cache[key] = _tokens(ctx, start, end)
    return list(ctx.cache[key])


# --- scopes ---------------------------------------------------------------------------------


def _scope_at(ctx: DocContext, position: int) -> Scope | None:
    inside = [s for s in _scopes(ctx) if s.start <= position < s.end]
    return max(inside, key=lambda s: s.start) if inside else None  # the innermost


def _scopes(ctx: DocContext) -> list[Scope]:
    key = ("speakers", 0)
    if key not in ctx.cache:
        ctx.cache[key] = _introductions(ctx) + _signatures(ctx)
    return ctx.cache[key]


def _introductions(ctx: DocContext) -> list[Scope]:
    text = ctx.text
    scopes = []
    for sentence in ctx.sentences:
        cues = sentence.lang.listed("people", "speaker_intro")
        if cues is None:
            continue
        for cue in cues.finditer(text, sentence.start, sentence.end):
            colon = _COLON.search(text, cue.end(), min(sentence.end, cue.end() + _COLON_REACH))
            if colon is None:
                continue
            speaker = _introduced(ctx, sentence, cue.start(), colon.start())
            if speaker is None:
                continue
            end = _quotation_end(ctx, colon.end(), speaker)
            if end > colon.end():
                scopes.append(Scope(colon.end(), end, speaker, "intro"))
            break
    return scopes


def _introduced(ctx: DocContext, sentence: Sentence, cue: int, colon: int) -> str | None:
    """The person an introduction names: the one nearest its cue, before the colon."""
    people = [p for p in sentence_names(ctx, sentence).people if _known(p) and p.end <= colon]
    if not people:
        return None

    def distance(p: Named) -> tuple[int, bool]:
        return (p.start - cue if p.start > cue else max(0, cue - p.end), p.start > cue)

    return min(people, key=distance).name


def _quotation_end(ctx: DocContext, start: int, speaker: str) -> int:
    """Where what an introduction opens at ``start`` ends."""
    text = ctx.text
    at = start
    while at < len(text) and text[at] in " \t\u3000":
        at += 1
    if at < len(text) and text[at] in _QUOTES:
        close = text.find(_QUOTES[text[at]], at + 1, at + _QUOTE_REACH)
        if close != -1:
            return close + 1
    paras = _paragraphs(ctx)
    i = _paragraph_index(ctx, start)
    if i is None:
        return start
    end = paras[i][1] if paras[i][1] > start else start
    for j in range(i + 1, min(len(paras), i + 1 + MAX_QUOTE_PARAGRAPHS)):
        if _narrative(ctx, *paras[j], speaker, opening=end <= start):
            break
        end = paras[j][1]
    return end


def _signatures(ctx: DocContext) -> list[Scope]:
    paras = _paragraphs(ctx)
    scopes = []
    for i, (start, end) in enumerate(paras):
        if i == 0 or end - start > _SIGNATURE_CHARS:
            continue
        if not _wrote_above(ctx, paras, i, 0):
            continue  # a signature follows what its signer wrote
        signer = _signer(ctx, start, end)
        if signer is None:
            continue
        first, personal, long = i, 0, 0
        for j in range(i - 1, max(-1, i - 1 - MAX_QUOTE_PARAGRAPHS), -1):
            if _first_person(ctx, *paras[j]):
                personal += 1
            elif _narrative(ctx, *paras[j], signer):
                break
            first = j
            long += paras[j][1] - paras[j][0] > _SIGNATURE_CHARS  # not "Dear all," nor "Thanks!"
        recent = _wrote_above(ctx, paras, i, first)
        if first < i and recent and 2 * personal >= long:
            scopes.append(Scope(paras[first][0], paras[i - 1][1], signer, "signature"))
    return scopes


def _wrote_above(ctx: DocContext, paras: list[tuple[int, int]], i: int, low: int) -> bool:
    """A first-person paragraph among the two before paragraph ``i`` (from ``low`` on), or the
    third when the two between are short closing lines ("Danke für alles!", "Herzliche Grüße")."""
    if any(_first_person(ctx, *paras[j]) for j in range(max(low, i - 2), i)):
        return True
    return (
        i - 3 >= low
        and all(paras[j][1] - paras[j][0] <= _SIGNATURE_CHARS for j in (i - 2, i - 1))
        and _first_person(ctx, *paras[i - 3])
    )


def _signer(ctx: DocContext, start: int, end: int) -> str | None:
    """The person a signature line names: "— Jane Roe", "Jane Roe, CEO", "Jane"."""
    sentence = ctx.sentence_at(start)
    if sentence is None or sentence.end < end:
        return None
    lead = _SIGN.match(ctx.text, start, end)
    people = [p for p in sentence_names(ctx, sentence).people if p.kind == "name"]
    if not people or people[0].start != lead.end() or not _known(people[0]):
        return None
    person = people[0]
    tail = _AFTER_SIGNER.match(ctx.text, person.end, end)
    if tail is None or end - person.end > _SIGNATURE_TAIL:
        return None
    lang = sentence.lang
    for pattern in (lang.trigger_re, lang.first_person_re):
        if pattern is not None and pattern.search(ctx.text, person.end, end):
            return None
    return person.name


def _narrative(ctx: DocContext, start: int, end: int, speaker: str, opening: bool = False) -> bool:
    """A paragraph that is no longer the speaker's: no first-person word, and it names
    someone in full, names the speaker, has a third-person subject or, unless it opens the
    quotation ("Dear all:"), introduces something else with a colon."""
    if _first_person(ctx, start, end):
        return False
    if not opening and _COLON.match(ctx.text, end - 1):
        return True
    for sentence in _sentences_in(ctx, start, end):
        found = sentence_names(ctx, sentence).people
        if any(p.kind == "pronoun" for p in found):
            return True
        for p in found:
            if p.kind == "name" and (p.name == speaker or any(len(a.split()) >= 2 for a in p.aliases)):
                return True
    return False


def _first_person(ctx: DocContext, start: int, end: int) -> bool:
    key = ("first-person", start)
    if key not in ctx.cache:
        ctx.cache[key] = any(
            s.lang.first_person_re is not None and s.lang.first_person_re.search(ctx.text, s.start, s.end)
            for s in _sentences_in(ctx, start, end)
        )
    return ctx.cache[key]


def _in_quotation(ctx: DocContext, position: int) -> bool:
    """True when an opening quotation mark before ``position`` in its paragraph is not closed."""
    i = _paragraph_index(ctx, position)
    if i is None:
        return False
    before = ctx.text[_paragraphs(ctx)[i][0] : position]
    if before.count('"') % 2:
        return True
    return any(before.count(o) > before.count(c) for o, c in _QUOTES.items() if o != c)


def _known(person: Named) -> bool:
    """A full name, a short one the document resolved to a full name, or a name in a script
    written without spaces ("佐藤美咲", found by the language's name patterns)."""
    name = person.name
    return person.kind == "name" and (
        " " in name or "·" in name or name not in person.aliases or (len(name) >= 2 and not has_latin(name))
    )


# --- paragraphs and sentences ---------------------------------------------------------------


def _paragraphs(ctx: DocContext) -> list[tuple[int, int]]:
    """The non-empty lines of the document, trimmed."""
    key = ("paragraphs", 0)
    if key not in ctx.cache:
        spans = []
        text = ctx.text
        for m in _PARAGRAPH.finditer(text):
            start, end = m.start(), m.end()
            while start < end and text[start] in _TRIM:
                start += 1
            while end > start and text[end - 1] in _TRIM:
                end -= 1
            if end > start:
                spans.append((start, end))
        ctx.cache[key] = spans
        ctx.cache[("paragraph-starts", 0)] = [s for s, _ in spans]
    return ctx.cache[key]


def _paragraph_index(ctx: DocContext, position: int) -> int | None:
    paras = _paragraphs(ctx)
    i = bisect_right(ctx.cache[("paragraph-starts", 0)], position) - 1
    if i < 0:
        return 0 if paras else None
    return i


def _sentences_in(ctx: DocContext, start: int, end: int) -> list[Sentence]:
    starts = ctx.sentence_starts()
    i = max(0, bisect_right(starts, start) - 1)
    found = []
    while i < len(starts) and starts[i] < end:
        if ctx.sentences[i].end > start:
            found.append(ctx.sentences[i])
        i += 1
    return found


# --- passages -------------------------------------------------------------------------------


def _passage_range(ctx: DocContext, mention: Mention) -> tuple[int, int]:
    position = mention.evidence.start
    if mention.attribution == "speaker":
        scope = _scope_at(ctx, mention.evidence.end - 1) or _scope_at(ctx, position)
        if scope is not None:
            return scope.start, scope.end
    paras = _paragraphs(ctx)
    i = _paragraph_index(ctx, position)
    if i is None:
        return mention.evidence.start, mention.evidence.end
    low, high = max(0, i - _PASSAGE_PARAGRAPHS), min(len(paras) - 1, i + _PASSAGE_PARAGRAPHS)
    return paras[low][0], paras[high][1]


def _tokens(ctx: DocContext, start: int, end: int) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for sentence in _sentences_in(ctx, start, end):
        lang = sentence.lang
        for word in ctx.words(sentence):
            if not start <= word.start < end or len(word.name) < 3:
                continue
            opening = not any(c.isalnum() for c in ctx.text[sentence.start : word.start])
            if opening and word.name.casefold() not in ctx.proper_words:
                continue
            if _distinctive(ctx, word.name, lang):
                found.setdefault(token_key(word.name))
            if len(found) >= _MAX_TOKENS:
                return tuple(found)
    return tuple(k for k in found if k)


def _distinctive(ctx: DocContext, word: str, lang: Language) -> bool:
    """A capitalised word that names someone or something: not a stop word, pronoun or title;
    in a language that capitalises its nouns, only a name the document knows or a brand."""
    if not _may_be_name(word, lang):
        return False
    if lang.data.get("capitalised_nouns"):
        return bool(ctx.people.resolve(word) or ctx.orgs.knows(word) or names.is_camel(word))
    return True


@lru_cache(maxsize=65536)
def _may_be_name(word: str, lang: Language) -> bool:
    english = languages.load("en")
    if word in lang.stopwords() or word in english.stopwords():
        return False
    if lang.is_role_word(word) or english.is_role_word(word):
        return False
    for pattern in (lang.first_person_re, lang.pronoun_re, english.first_person_re):
        if pattern is not None and pattern.fullmatch(word):
            return False
    return True
