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
# Frequent function words (and a few frequent words of news: weekdays, "years", "said").
# A word listed for several languages counts for none of them.
FUNCTION_WORDS = {
    "en": (
        "the of and to in is was for that with as on by at from his her he she it its has have "
        "had be been are were will would this which who an after said their they not but or also "
        "than into over about more new our we i my you per there when since while before where "
        "could should other s t years year according where today monday tuesday wednesday "
        "thursday friday month those these including"
    ),
    "fr": (
        "le la les des du de et est un une dans pour qui que sur par au aux pas il elle a son sa "
        "ses ont été avec ce cette sera ne en se plus nous je mais ou leur être après depuis "
        "était sont comme lui y on l d qu n s c j or à entre ans année selon lors aujourd lundi "
        "mardi mercredi jeudi vendredi mois dont où leurs cet ces aussi très tout tous avait "
        "ainsi"
    ),
    "it": (
        "il lo la gli le i di e è che per con un una uno non nel nella nei negli del della delle "
        "dei degli alla alle al ai agli dal dalla dai sono ha hanno anche come più si ma questo "
        "questa suo sua dopo era stato stata essere sarà da in a o l all dell nell sull ad ed tra "
        "fra sul sulla su anni anno secondo detto ancora oggi lunedì martedì mercoledì giovedì "
        "venerdì mese quale loro cui nostro viene stati"
    ),
    "de": (
        "der die das und ist den dem des ein eine einen einem einer zu zum zur mit von vom im in "
        "nicht sich auf für wird wurde hat haben sie er es bei nach auch als an am aus um wie "
        "noch nur oder aber sein seine ihre ihr war werden wir ich so dass über unter vor seit "
        "bis man jahre jahren jahr laut nachdem wenn heute montag dienstag mittwoch donnerstag "
        "freitag monat seinen seinem ihren ihrem dieser diese dieses sowie bereits hatte worden "
        "soll neue neuen"
    ),
    "es": (
        "el la los las y que en de del un una es por con para se su sus al lo como más fue ha han "
        "sido era no o pero este esta sobre entre tras desde hasta son sin le les ya también muy "
        "a ser será estaba e u nos años año según dijo después cuando donde ahora aunque están "
        "hace hoy lunes martes miércoles jueves viernes mes cual cuya cuyo ella ellos él"
    ),
    "pt": (
        "o os a as e que em de do da dos das um uma no na nos nas é com para por se não ao aos à "
        "foi ele ela seu sua seus suas mais como mas pelo pela entre sobre até desde também já "
        "ser será são tem há este esta isso após num numa anos ano disse depois onde agora embora "
        "estão faz hoje segunda terça quarta quinta sexta mês qual cujo eles pelos pelas nossa "
        "nosso seja foram ainda"
    ),
}


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
        for word in FUNCTION_WORDS.get(code, "").split():
            if code not in owners.setdefault(word, []):
                owners[word].append(code)
    return {word: tuple(codes) for word, codes in owners.items()}


@cache
def _exclusive_words() -> dict[str, str] | None:
    """Word → the one language it is a function word of; None when a language has no list."""
    if any(code not in FUNCTION_WORDS for code in detector_languages()):
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
