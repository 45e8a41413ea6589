"""The language of a stretch of Latin-script text: function words first, lingua when they are unsure.

Counting function words that belong to one language only ("the", "und", "della", "não") settles
most lines of running text in a few microseconds; lingua (restricted to the Latin-script languages
tenure knows, low-accuracy mode, built once) decides the rest, and :func:`word_scores` helps where
lingua is weakest, on short lines full of names. The function-word shortcut is only used while
every language of the detector has a word list, so that a language added to ``tenure.lang``
without one is never mistaken for a listed one (lingua then decides every line).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from tenure import lang as languages

BASE_LANGUAGES = ("en", "fr", "it", "de", "es", "pt")
NON_LATIN = frozenset(  # languages written in another script
    ("am", "ar", "be", "bg", "bn", "el", "fa", "gu", "he", "hi", "hy", "ja", "ka", "kk", "km", "kn", "ko")
    + ("lo", "mk", "ml", "mn", "mr", "my", "ne", "pa", "ru", "si", "sr", "ta", "te", "th", "uk", "ur")
    + ("yi", "zh")
)
SAMPLE_CHARS = 320
WORDS_SAMPLE = 200  # characters read for function words
WORD = re.compile(r"[^\W\d_]+")


def function_words(code: str) -> str:
    """The ``[detect] function_words`` of a language's data file ("" when it has none)."""
    if code not in languages.available():
        return ""
    return (languages.data(code).get("detect") or {}).get("function_words", "")


@cache
def detector_languages() -> tuple[str, ...]:
    """ISO 639-1 codes of the Latin-script languages lingua chooses from."""
    from lingua import IsoCode639_1

    codes = []
    for code in sorted(set(BASE_LANGUAGES) | set(languages.available())):
        if code in NON_LATIN:
            continue
        try:
            IsoCode639_1.from_str(code)
        except ValueError:
            continue
        codes.append(code)
    return tuple(codes)


@cache
def _detector():
    """lingua in low-accuracy mode, restricted to :func:`detector_languages`; built on first use."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    chosen = [Language.from_iso_code_639_1(IsoCode639_1.from_str(c)) for c in detector_languages()]
    return LanguageDetectorBuilder.from_languages(*chosen).with_low_accuracy_mode().build()


@cache
def _word_owners() -> dict[str, tuple[str, ...]]:
    """Function word → the languages it belongs to (of those the detector knows)."""
    owners: dict[str, list[str]] = {}
    for code in detector_languages():
        for word in function_words(code).split():
            if code not in owners.setdefault(word, []):
                owners[word].append(code)
    return {word: tuple(codes) for word, codes in owners.items()}


@cache
def _exclusive_words() -> dict[str, str] | None:
    """Word → the one language it is a function word of; None when a language has no list."""
    if any(not function_words(code) for code in detector_languages()):
        return None
    return {word: codes[0] for word, codes in _word_owners().items() if len(codes) == 1}


def has_word_lists() -> bool:
    """True when every language of the detector has a function-word list."""
    return _exclusive_words() is not None


def sample(text: str) -> str:
    """The start of ``text``, cut at a word boundary: enough to tell its language."""
    if len(text) <= SAMPLE_CHARS:
        return text
    cut = text.rfind(" ", SAMPLE_CHARS // 2, SAMPLE_CHARS)
    return text[: cut if cut > 0 else SAMPLE_CHARS]


def by_function_words(text: str) -> str | None:
    """The language of ``text`` when its function words leave no doubt, else None."""
    owners = _exclusive_words()
    if owners is None:
        return None
    hits = [owners[word] for word in WORD.findall(text[:WORDS_SAMPLE].lower()) if word in owners]
    if len(hits) < 2:
        return None
    counts = sorted(((hits.count(code), code) for code in set(hits)), reverse=True)
    best, runner_up = counts[0][0], counts[1][0] if len(counts) > 1 else 0
    decided = (best >= 3 and best >= 3 * runner_up) or (best == 2 and not runner_up)
    return counts[0][1] if decided else None


def word_scores(text: str) -> dict[str, float]:
    """Function words of (the start of) ``text`` per language; a shared word counts in part."""
    owners = _word_owners()
    scores: dict[str, float] = {}
    for word in WORD.findall(text[:SAMPLE_CHARS].lower()):
        codes = owners.get(word)
        if codes:
            for code in codes:
                scores[code] = scores.get(code, 0.0) + 1.0 / len(codes)
    return scores


def confidences(text: str) -> tuple[tuple[str, float], ...]:
    """lingua's confidence in each language for (a sample of) ``text``, most likely first."""
    return _ranked(sample(text))


@lru_cache(maxsize=4096)  # boilerplate ("Share this article", "Related:") recurs across documents
def _ranked(piece: str) -> tuple[tuple[str, float], ...]:
    values = _detector().compute_language_confidence_values(piece)
    return tuple((v.language.iso_code_639_1.name.lower(), v.value) for v in values)


def detect(text: str) -> str | None:
    """The language of a stretch of Latin-script text, or None when lingua cannot tell."""
    found = by_function_words(text)
    if found:
        return found
    ranked = confidences(text)
    return ranked[0][0] if ranked and ranked[0][1] > 0 else None
