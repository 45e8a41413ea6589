"""What a document is about: its sentences, the people and organisations it names.

A first pass over the whole document registers full names, aliases (a Latin name in
parentheses after a transliteration) and organisations, so that a surname, a first name or
a transliteration later in the text resolves to the full name introduced earlier.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

import regex

from tenure import lang as languages
from tenure.extract import names
from tenure.extract.names import Span
from tenure.extract.roles import RoleSpan, find_roles
from tenure.extract.sentences import split_sentences
from tenure.lang import Language
from tenure.model import Document
from tenure.resolve.keys import KnownOrgs, name_key, org_key

# Each starts with its first letter, so that the engine skips ahead to the letters that may
# start it; what stands before that letter is looked at behind it.
_LOWER_WORD = re.compile(rf"[{names.LOWER}](?<![^\W\d_].)(?<!['’].)[^\W\d_]+")
_INNER_CAPITAL = re.compile(rf"[{names.UPPER}](?<=[{names.LOWER},;] .)(?:[^\W\d_]|['’\-])+")
_HAS_LATIN = regex.compile(r"\p{Latin}")
_WRITTEN_AFTER = regex.compile(r"[\p{Latin}\p{Cyrillic}]")  # legal forms that follow the name
_DEFAULT = "en"


@dataclass(frozen=True)
class Sentence:
    """A sentence ``[start, end)`` of the document, in language ``lang``."""

    start: int
    end: int
    lang: Language


@dataclass
class People:
    """Full names a document introduces, and how shorter forms map to them."""

    full: dict[str, str] = field(default_factory=dict)  # key → canonical full name
    parts: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # token key → full
    aliases: dict[str, str] = field(default_factory=dict)  # alias key → canonical
    not_first_names: set[str] = field(default_factory=set)
    native: dict[str, str] = field(default_factory=dict)  # spelling in another script → canonical
    pairs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # first word → second words

    def join_shorter_forms(self) -> None:
        """ "Álvaro Quintanilla" in a headline is the "Álvaro Quintanilla Reyes" of the text: a
        full name whose words all begin a longer one is that person, when only one fits."""
        names = list(self.full.values())
        for short in names:
            words = short.split()
            longer = [n for n in names if n != short and n.split()[: len(words)] == words]
            if len(words) >= 2 and len(longer) == 1:
                self.aliases[name_key(short)] = longer[0]
                self.full.pop(name_key(short), None)
                for owners in self.parts.values():
                    if short in owners:
                        owners.discard(short)
                        owners.add(longer[0])

    def find_nicknames(self) -> None:
        """A word written before two different names is an epithet, not a first name
        ("Captain Tom", "Captain Varga"): such pairs are not full names."""
        for first, seconds in self.pairs.items():
            if len(seconds) > 1:
                self.not_first_names.add(first)
                for second in seconds:
                    pair = self.full.pop(name_key(f"{first} {second}"), None)
                    for owners in self.parts.values():
                        owners.discard(pair)

    def add(self, name: str) -> str:
        key = name_key(name)
        if key in self.aliases:
            return self.aliases[key]
        canonical = self.full.setdefault(key, name)
        for token in name.split():
            self.parts[name_key(token)].add(canonical)
        return canonical

    def add_declined(self, written: str, nominative: str) -> str:
        """A name as written ("Екатерины Смирновой") stands for its nominative, and so does
        each of its words alone ("Смирновой")."""
        canonical = self.add(nominative)
        if written != nominative:
            self.aliases[name_key(written)] = canonical
            for word, base in zip(written.split(), nominative.split(), strict=False):
                if word != base:
                    self.parts[name_key(word)].add(canonical)
        return canonical

    def alias(self, alias: str, canonical: str) -> None:
        canonical = self.add(canonical)
        self.aliases[name_key(alias)] = canonical
        self.native[alias] = canonical
        for part in regex.split(r"[·・•‧\s]+", alias):
            if len(part) >= 2 and part != alias:
                self.aliases.setdefault(name_key(part), canonical)
                self.native.setdefault(part, canonical)

    def native_surfaces(self) -> list[str]:
        return list(self.native)

    def resolve(self, text: str) -> str | None:
        """The full name that ``text`` (a full name, alias, surname or first name) stands for."""
        key = name_key(text)
        if key in self.aliases:
            return self.aliases[key]
        if key in self.full:
            return self.full[key]
        owners = self.parts.get(key)
        if owners and len(owners) == 1:
            return next(iter(owners))
        return None


@dataclass
class Orgs:
    """Organisations a document names, counted, with the one it is mostly about."""

    surfaces: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    short: dict[str, str] = field(default_factory=dict)  # key of a short form → key of the full name
    memo: dict = field(default_factory=dict)  # answers (known, canonical, main) until the next change

    def key(self, surface: str) -> str:
        key = org_key(surface)
        return self.short.get(key, key)

    def add(self, surface: str, weight: int = 1) -> None:
        self.surfaces[self.key(surface)][surface] += weight
        self.memo.clear()

    def add_short(self, short: str, full: str, merge: bool = False) -> None:
        """``short`` ("Brenmoor") is how the document also calls ``full`` ("Brenmoor Freight Ltd").

        With ``merge`` (the document says so, as in "澄岚智能(Chenglan Intelligent)"), a short
        form already counted on its own is folded into the full name."""
        key, target = org_key(short), self.key(full)
        if merge and key in self.surfaces and key != target:
            self.surfaces[target].update(self.surfaces.pop(key))
            self.memo.clear()
        if key not in self.surfaces and key not in self.short:
            self.short[key] = target
            self.memo.clear()

    def knows(self, surface: str) -> bool:
        known = self.memo.get(("knows", surface))
        if known is None:
            known = self.memo[("knows", surface)] = self.key(surface) in self.surfaces
        return known

    def canonical(self, surface: str) -> str:
        """The most frequent spelling of an organisation (mixed case preferred on ties)."""
        if surface not in self.memo:
            self.memo[surface] = self._canonical(surface)
        return self.memo[surface]

    def _canonical(self, surface: str) -> str:
        counts = self.surfaces.get(self.key(surface))
        if not counts:
            return surface
        return max(counts, key=lambda s: (counts[s], sum(c.isupper() for c in s), len(s)))

    def main(self) -> str | None:
        """The organisation the document names most often."""
        if "\0main" not in self.memo:
            self.memo["\0main"] = self._main()
        return self.memo["\0main"]

    def _main(self) -> str | None:
        if not self.surfaces:
            return None
        key = max(self.surfaces, key=lambda k: sum(self.surfaces[k].values()))
        return self.canonical(next(iter(self.surfaces[key])))


@dataclass
class DocContext:
    """A document with its sentences and the people and organisations it names."""

    doc: Document
    published: date | None
    sentences: list[Sentence]
    people: People
    orgs: Orgs
    common_words: set[str]  # words written in lower case, never as a name mid-sentence
    proper_words: set[str]  # words capitalised after a lower-case word: names of something
    cache: dict = field(default_factory=dict)  # per-sentence results, by (what, sentence start)

    def words(self, sentence: Sentence) -> list[Span]:
        """The capitalised words of a sentence (computed once)."""
        key = ("words", sentence.start)
        if key not in self.cache:
            self.cache[key] = names.capitalised_words(self.doc.text, sentence.start, sentence.end)
        return self.cache[key]

    @property
    def text(self) -> str:
        return self.doc.text

    def sentence_starts(self) -> list[int]:
        key = ("sentence-starts", 0)
        if key not in self.cache:
            self.cache[key] = [s.start for s in self.sentences]
        return self.cache[key]

    def sentence_at(self, position: int) -> Sentence | None:
        """The sentence that holds ``position``, if any."""
        i = bisect_right(self.sentence_starts(), position) - 1
        if i >= 0 and position < self.sentences[i].end:
            return self.sentences[i]
        return None


def build_context(doc: Document, known_orgs: KnownOrgs | None = None) -> DocContext:
    """Split ``doc`` into sentences and register the names it introduces (and the
    organisations of ``known_orgs``, by key, that it names)."""
    sentences = list(_sentences(doc))
    common = {w.casefold() for w in _LOWER_WORD.findall(doc.text)}
    proper = {w.casefold() for w in _INNER_CAPITAL.findall(doc.text)}
    ctx = DocContext(doc, _published(doc), sentences, People(), Orgs(), common - proper, proper)
    _bucket_words(ctx)
    for sentence in sentences:
        _register_orgs(ctx, sentence)
        if known_orgs:
            _register_known_orgs(ctx, sentence, known_orgs)
    _join_declined_orgs(ctx)
    _family_names(ctx)
    for sentence in sentences:
        _register_people(ctx, sentence)
    _register_unspaced_names(ctx)
    ctx.people.find_nicknames()
    ctx.people.join_shorter_forms()
    if not ctx.orgs.surfaces:
        _guess_main_org(ctx)
    _count_orgs(ctx)
    return ctx


def _bucket_words(ctx: DocContext) -> None:
    """Find the capitalised words of the whole text at once and file them by sentence."""
    starts = [s.start for s in ctx.sentences]
    buckets: list[list[Span]] = [[] for _ in ctx.sentences]
    for word in names.capitalised_words(ctx.text, 0, len(ctx.text)):
        i = bisect_right(starts, word.start) - 1
        if i >= 0 and word.end <= ctx.sentences[i].end:
            buckets[i].append(word)
    for sentence, words in zip(ctx.sentences, buckets, strict=True):
        ctx.cache[("words", sentence.start)] = words


def _published(doc: Document) -> date | None:
    if not doc.published:
        return None
    parts = [int(p) for p in doc.published[:10].split("-")]
    while len(parts) < 3:
        parts.append(1)
    try:
        return date(*parts)
    except ValueError:
        return None


def _sentences(doc: Document):
    passages = doc.passages or []
    if not passages:
        from tenure.model import Passage

        passages = [Passage(0, len(doc.text), _DEFAULT)]
    for passage in passages:
        lang = _language(passage.lang)
        ordinal_dot = bool(lang.data.get("ordinal_dot"))
        for start, end in split_sentences(
            doc.text, passage.start, passage.end, _abbreviations(lang), ordinal_dot
        ):
            if not _is_chrome(doc.text, start, end):
                yield Sentence(start, end, lang)


@cache
def _abbreviations(lang: Language) -> frozenset[str]:
    return frozenset(lang.data.get("abbreviations", []))


_SEPARATOR = re.compile(r"\s[|•·\-–]\s|\s?\|\s?|©")
_CHROME_MARKS = re.compile("[|•·\\-–©]")  # a line without any of these is not chrome


def _is_chrome(text: str, start: int, end: int) -> bool:
    """Page furniture: a line of links or share buttons ("Email | LinkedIn | Copy link"), a
    copyright line. Such lines hold no events and name no organisation the page is about."""
    if not _CHROME_MARKS.search(text, start, end):
        return False
    separators = len(_SEPARATOR.findall(text, start, end))
    return separators >= 3 or ("©" in text[start:end] and end - start < 120)


@cache
def _language(code: str) -> Language:
    return languages.load(code if code in languages.available() else _DEFAULT)


# --- organisations ------------------------------------------------------------------------


def _register_orgs(ctx: DocContext, sentence: Sentence) -> None:
    text, lang = ctx.text, sentence.lang
    words = ctx.words(sentence)
    if not words and not _org_patterns(lang):
        return
    stop = _stopwords(lang)
    prefixes = _org_prefixes(lang)
    nouns = lang.listed("orgs", "nouns") is not None
    for run in names.word_runs(text, words, frozenset()):
        if nouns and len(run) > 1:
            for noun in (w for w in reversed(run[:-1]) if _company_noun(w.name, lang)):
                for org in _runs_listed_at(text, noun.end, sentence.end, words, lang):
                    ctx.orgs.add(org)  # "der Halbleiterhersteller Zellwag"
                break
        camel = [
            w
            for w in run
            if names.is_camel(w.name) and not _is_surname_prefix(w.name) and not _is_role_word(w.name, lang)
        ]
        if camel:
            head = run[: run.index(camel[0]) + 1]
            kept = [w for w in head if w.name not in stop][-3:]
            if kept and camel[0] in kept:
                ctx.orgs.add(text[kept[0].start : kept[-1].end])
        for suffixes in _suffix_patterns(lang) if len(run) > 1 else ():  # "Halden AG" in any language
            if _org_with_suffix(ctx, run, lang, suffixes):
                break
        if run[0].name in prefixes:
            head = run  # "Groupe Sorelle"
        elif len(run) > 1 and not prefixes.isdisjoint([w.name for w in run]):
            head = next(run[i:] for i, w in enumerate(run) if w.name in prefixes)  # "O Grupo Itacolomi"
        else:
            continue
        if len(head) == 1:  # "Universidad de Zaragoza": the name goes on past a particle
            found = _run_at(text, head[0].start, sentence.end, words, lang)
            if found and found[0] != head[0].name:
                ctx.orgs.add(found[0])
            continue
        head = head[:2] if len(head) > 3 else head  # "Banco Almagro Lorena Vidal": a name follows
        ctx.orgs.add(text[head[0].start : head[-1].end])
    if lang.org_before_re is not None and words:
        for cue in lang.org_before_re.finditer(text, sentence.start, sentence.end):
            for org in _runs_listed_at(text, cue.end(), sentence.end, words, lang):
                ctx.orgs.add(org)
    after_title = _after_title(lang)
    if after_title is not None and words and _new_name_after_link(ctx, sentence):
        for role in sentence_roles(ctx, sentence):  # "chief executive of Halden"
            link = after_title.match(text, role.end, sentence.end)
            found = link and _run_at(text, link.end(), sentence.end, words, lang)
            if found:
                _add_titled_org(ctx, found[0])
    for pattern in _org_patterns(lang):
        for m in pattern.finditer(text, sentence.start, sentence.end):
            ctx.orgs.add(m.group("org"))


_SUFFIX_REACH = 8  # a legal form may go on past the word: "S.p.A.", "Co.,Ltd."


def _register_known_orgs(ctx: DocContext, sentence: Sentence, known: KnownOrgs) -> None:
    """Runs of capitalised words that another document named as an organisation."""
    text = ctx.text
    for run in names.word_runs(text, ctx.words(sentence), frozenset()):
        for i in range(len(run)):
            if not known.may_begin(run[i].name) and run[i].name not in _org_prefixes(sentence.lang):
                continue
            for j in range(min(len(run), i + 4), i, -1):
                surface = text[run[i].start : run[j - 1].end]
                if org_key(surface) in known:
                    ctx.orgs.add(surface)
                    break


def _org_with_suffix(ctx: DocContext, run: list[Span], lang: Language, suffixes: re.Pattern) -> bool:
    """A run of capitalised words ending in a legal form or sector word: "Halden Biotech GmbH".

    Its first word alone ("Halden") is taken as a short form of it, unless that word is a
    common one; "Halden" counted on its own before ("quitte Halden") is folded into it.
    """
    text = ctx.text
    for word in reversed(run[1:]):  # the last one: "Kestrel Analytics Inc."
        suffix = suffixes.match(text, word.start, min(len(text), word.end + _SUFFIX_REACH))
        if suffix:
            stop = _stopwords(lang)
            run = [
                w for i, w in enumerate(run) if w.name not in stop or any(v.name not in stop for v in run[:i])
            ]
            nouns = [i for i, w in enumerate(run) if w.end <= word.start and _common_noun(w.name, lang)]
            if nouns:  # "Kasseler Solartechnik-Hersteller Aurelis Energie AG": the name after the noun
                run = run[nouns[-1] + 1 :]
            if not run or run[0].start >= word.start:  # the name must stand before its suffix
                return False
            full = text[run[0].start : max(word.end, suffix.end())]
            ctx.orgs.add(full)
            first = run[0].name
            if first.casefold() not in ctx.common_words and first not in _stopwords(lang):
                ctx.orgs.add_short(first, full, merge=True)
                ctx.cache.setdefault(("short-names", 0), set()).add(first)
            return True
    return False


def _runs_listed_at(text: str, pos: int, end: int, words: list[Span], lang: Language) -> list[str]:
    """Names listed right after ``pos``: "at Acme, Borealis and Cobalt Labs" → all three.

    A list goes on through commas only up to a conjunction, and stops before a name that is
    the subject of a new clause ("left Acme and Kim joined ...").
    """
    first = _run_at(text, pos, end, words, lang)
    if not first:
        return []
    found, pending = [first[0]], []
    joiner = _joiner(lang)
    stop = first[1]
    while m := joiner.match(text, stop, end):
        run = _run_at(text, m.end(), end, words, lang)
        if not run or _starts_clause(text, run[1], end, lang):
            break
        pending.append(run[0])
        if m.group("conj"):
            found += pending
            pending = []
        stop = run[1]
    return found


def _starts_clause(text: str, pos: int, end: int, lang: Language) -> bool:
    """True when a trigger follows ``pos`` right away: the name before it is a subject."""
    while pos < end and text[pos] == " ":
        pos += 1
    return lang.trigger_re is not None and lang.trigger_re.match(text, pos, end) is not None


_JOINERS: dict[str, regex.Pattern] = {}


def _joiner(lang: Language) -> regex.Pattern:
    """A comma or a conjunction of the language ("and", "et", "和") between listed names."""
    if lang.code not in _JOINERS:
        words = "|".join(f"(?:{w})" for w in lang.section("people").get("conjunctions", [])) or "(?!)"
        space = r"\s+" if lang.word_boundaries else r"\s*"
        _JOINERS[lang.code] = regex.compile(
            rf"\s*[,、，]?\s*(?P<conj>(?:{words}){space})|\s*[,、，]\s*", regex.IGNORECASE
        )
    return _JOINERS[lang.code]


def _run_at(text: str, pos: int, end: int, words: list[Span], lang: Language) -> tuple[str, int] | None:
    """The capitalised name starting right after ``pos`` (skipping a space or an elision)."""
    for i, word in enumerate(words):
        if word.start < pos:
            continue
        gap = text[pos : word.start]
        if len(gap) > 3 or gap.strip(" '’") not in ("", "l", "d", "L", "D"):
            return None
        run = [word]
        joins = _org_particles(lang)
        for nxt in words[i + 1 :]:
            gap = text[run[-1].end : nxt.start]
            if gap != " " and gap not in joins or nxt.name in lang.stopwords():
                break
            run.append(nxt)  # "Telecables del Norte": a particle between two capitalised words
        prefixes = _org_prefixes(lang)
        if run[0].name in prefixes and len(run) > 1:
            pass
        elif run[0].name in lang.stopwords() or _is_role_word(run[0].name, lang):
            return None
        return (text[run[0].start : run[-1].end], run[-1].end) if len(run) <= 4 else None
    return None


@cache
def _suffix_patterns(lang: Language) -> tuple[re.Pattern, ...]:
    """What ends a company's name in a sentence of ``lang``: its suffixes, English ones, and
    the legal forms of every language."""
    patterns = (lang.org_suffix_re, _english().org_suffix_re, _legal_forms())
    return tuple(p for p in dict.fromkeys(patterns) if p is not None)


@cache
def _legal_forms() -> re.Pattern | None:
    """The legal forms of every language written after a name ("AG", "S.p.A.", "Ltda."):
    an English text names "Halden AG" too."""
    forms = [f for f in languages.everywhere("orgs", "legal_forms") if _WRITTEN_AFTER.match(f)]
    return _english().any_of(sorted(forms, key=len, reverse=True), ignore_case=False)


def _add_titled_org(ctx: DocContext, surface: str) -> None:
    """Count the organisation a title is held at, as the document spells it elsewhere; of a
    long run ("of Acme Ilya Varga", a name after it), only its first word. A particle inside
    the name ("Telecables del Norte") does not make it long."""
    if ctx.orgs.knows(surface):
        ctx.orgs.add(ctx.orgs.canonical(surface))
    elif sum(word[:1].isupper() for word in surface.split(" ")) <= 2:
        ctx.orgs.add(surface)
    else:
        first = surface.split(" ", 1)[0]
        ctx.orgs.add(ctx.orgs.canonical(first) if ctx.orgs.knows(first) else first)


def sentence_roles(ctx: DocContext, sentence: Sentence) -> list[RoleSpan]:
    """The role titles of a sentence (found once)."""
    key = ("roles", sentence.start)
    if key not in ctx.cache:
        ctx.cache[key] = find_roles(ctx.text, sentence.start, sentence.end, sentence.lang)
    return ctx.cache[key]


@cache
def _after_title(lang: Language) -> re.Pattern | None:
    """The words between a title and the organisation it is held at (``[orgs] after_title``:
    "of", "at", "de", "bei")."""
    words = lang.section("orgs").get("after_title", [])
    return re.compile(r"\s+(?:" + "|".join(words) + r")\s+", re.IGNORECASE) if words else None


@cache
def _before_a_name(lang: Language) -> re.Pattern:
    """An ``after_title`` word before a capitalised word: where a titled organisation may be."""
    words = "|".join(lang.section("orgs").get("after_title", [])) or "(?!)"
    return re.compile(rf"\s(?i:{words})\s+(?P<name>[{names.UPPER}][^\W\d_]*)")


def _new_name_after_link(ctx: DocContext, sentence: Sentence) -> bool:
    """An ``after_title`` word before a capitalised word not yet known as an organisation."""
    return any(
        not ctx.orgs.knows(m.group("name"))
        for m in _before_a_name(sentence.lang).finditer(ctx.text, sentence.start, sentence.end)
    )


@cache
def _org_particles(lang: Language) -> frozenset[str]:
    """The gaps a particle makes inside an organisation's name (``[orgs] particles``: " del ")."""
    return frozenset(f" {p} " for p in lang.section("orgs").get("particles", []))


@cache
def _org_prefixes(lang: Language) -> frozenset[str]:
    """Words that open an organisation's name ("Groupe", "Banco") in this language or English."""
    words = lang.section("orgs").get("prefixes", []) + _english().section("orgs").get("prefixes", [])
    return frozenset(words)


_ORG_PATTERNS: dict[str, list[re.Pattern | regex.Pattern]] = {}


def _org_patterns(lang: Language) -> list[regex.Pattern]:
    """The language's own ``[orgs] patterns`` (each with a group ``org``)."""
    if lang.code not in _ORG_PATTERNS:
        _ORG_PATTERNS[lang.code] = [
            names.compile_pattern(p) for p in lang.section("orgs").get("patterns", [])
        ]
    return _ORG_PATTERNS[lang.code]


def _join_declined_orgs(ctx: DocContext) -> None:
    """ "ушла из «Калисты»" names «Калиста» in another case: names of the document that differ
    only in an ending of their last word that their language lists (``[orgs] case_endings``)
    are one organisation, written as the document writes it most often."""
    if len(ctx.orgs.surfaces) < 2:
        return
    endings = sorted(
        {e for lang in {s.lang for s in ctx.sentences} for e in lang.section("orgs").get("case_endings", [])},
        key=len,
        reverse=True,
    )
    if not endings:
        return
    groups: dict[str, list[str]] = defaultdict(list)
    for counts in ctx.orgs.surfaces.values():
        surface = counts.most_common(1)[0][0]
        cut = next(
            (len(e) for e in endings if surface.endswith(e) and len(surface.rsplit(" ", 1)[-1]) > len(e) + 2),
            0,
        )
        groups[surface[: len(surface) - cut].casefold()].append(surface)
    for same in groups.values():
        if len(same) > 1:
            main = max(same, key=lambda s: sum(ctx.orgs.surfaces[ctx.orgs.key(s)].values()))
            for other in same:
                if other != main:
                    ctx.orgs.add_short(other, main, merge=True)


def _count_orgs(ctx: DocContext) -> None:
    """Count every further occurrence of the registered organisations: their one-word names
    wherever they stand, a name of several words ("Telecables del Norte") as often as the text
    writes it."""
    if not ctx.orgs.surfaces:
        return
    for counts in list(ctx.orgs.surfaces.values()):
        for surface, registered in list(counts.items()):
            if " " in surface and (written := ctx.text.count(surface)) > registered:
                counts[surface] = written
    ctx.orgs.memo.clear()
    for sentence in ctx.sentences:
        for word in ctx.words(sentence):
            if ctx.orgs.knows(word.name):
                ctx.orgs.add(word.name)


# --- people -------------------------------------------------------------------------------


def _register_people(ctx: DocContext, sentence: Sentence) -> None:
    text, lang = ctx.text, sentence.lang
    for native, latin in names.paren_aliases(text, sentence.start, sentence.end):
        if names.is_acronym(latin.name) or _is_role_word(latin.name, lang):
            continue  # "最高財務責任者(CFO)": a title in two scripts
        if _org_alias(ctx, native.name, latin.name, lang) or _named_org(ctx, native.name, latin.name):
            continue
        alias = names.name_tail(native.name, lang)
        if alias:
            ctx.people.alias(alias, names.normalise_case(latin.name))
    for span in sentence_pattern_names(ctx, sentence):
        if (
            ctx.orgs.knows(span.name)
            or " " in span.name
            and any(ctx.orgs.knows(w) for w in span.name.split())
        ):
            continue  # "소라노항공 야마시타": an organisation and a family name
        if len(regex.split(r"[\s·・]+", span.name.strip())) >= 2:
            ctx.people.add(span.name)  # "東雲 紗季": its family name alone resolves to it
        if not lang.word_boundaries:
            ctx.cache.setdefault(("unspaced-names", 0), []).append(span.name)
    declines = names.declines(lang)
    for run in person_runs(ctx, sentence):
        surface = text[run[0].start : run[-1].end]
        if len(run) >= 2 and len({w.name for w in run}) == len(run) and not ctx.orgs.knows(surface):
            written = " ".join(names.normalise_case(w.name) for w in run)
            if declines:
                ctx.people.add_declined(written, names.nominative(written, lang))
            else:
                ctx.people.add(written)
        if len(run) == 2:
            ctx.people.pairs[run[0].name].add(run[1].name)


def _family_names(ctx: DocContext) -> None:
    """ "Firmengründer Horst Talbrück" of "Talbrück Logistik GmbH": the short form of a company
    written right after a lone word that may be a first name is that person's family name.
    The word then stands for the person, not for the company."""
    text = ctx.text
    for family in ctx.cache.get(("short-names", 0), ()):
        key = org_key(family)
        full = ctx.orgs.short.get(key)
        at = text.find(" " + family) if full is not None and key not in ctx.orgs.surfaces else -1
        while at >= 0:
            after = at + 1 + len(family)
            sentence = ctx.sentence_at(at)
            if (
                sentence is not None
                and not text[after : after + 1].isalnum()
                and not any(text.startswith(s, at + 1) for s in ctx.orgs.surfaces.get(full, ()))
            ):  # not "Dortmunder Talbrück Logistik GmbH": the company itself
                first = next(
                    (r[0] for r in person_runs(ctx, sentence) if r[-1].end == at and len(r) == 1), None
                )
                if first is not None:
                    del ctx.orgs.short[key]
                    ctx.orgs.memo.clear()
                    break
            at = text.find(" " + family, after)


def sentence_pattern_names(ctx: DocContext, sentence: Sentence) -> list[Span]:
    """The names the language's ``name_patterns`` find in a sentence (found once)."""
    if not names.has_name_patterns(sentence.lang):
        return []
    key = ("pattern-names", sentence.start)
    if key not in ctx.cache:
        ctx.cache[key] = names.pattern_names(ctx.text, sentence.start, sentence.end, sentence.lang)
    return ctx.cache[key]


@cache
def _particles(lang: Language) -> frozenset[str]:
    """Words inside a name ("van", "de", "bin") in ``lang``."""
    return frozenset(lang.section("people").get("particles", []))


def _guess_main_org(ctx: DocContext) -> None:
    """A document that names no organisation by any cue is still about one: the capitalised
    word it repeats most ("A Lumeira anunciou ... Lumeira"), when that word names no person,
    is no common or title word, and no other word is repeated as often."""
    counts: Counter = Counter()
    for sentence in ctx.sentences:
        for word in ctx.words(sentence):
            name = word.name
            if (
                len(name) >= 3
                and name_key(name) not in ctx.people.parts
                and name.casefold() not in ctx.common_words
                and _may_name(name, sentence.lang)
            ):
                counts[name] += 1
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        ctx.orgs.add(ranked[0][0])


def _register_unspaced_names(ctx: DocContext) -> None:
    """Names of scripts without spaces that a title anchored ("首席执行官林若溪", "東雲 紗季")
    are found wherever they occur again; a family name ("東雲") keeps standing for the full
    name. A name that begins exactly one longer name ("高野" of "高野真理子", "정" of "정태호")
    is that person's family name; one of a single character is only resolved, never searched."""
    found = list(dict.fromkeys(ctx.cache.get(("unspaced-names", 0), [])))
    bare = {name: name.replace(" ", "").replace("\u3000", "") for name in found}
    for name in found:
        owner = None
        if len(bare[name]) <= _FAMILY_NAME:
            longer = {
                ctx.people.resolve(other) or other
                for other, letters in bare.items()
                if len(letters) > len(bare[name]) and letters.startswith(bare[name])
            }
            owner = next(iter(longer)) if len(longer) == 1 else None
        if len(name) >= 2:
            ctx.people.alias(name, owner or ctx.people.resolve(name) or name)
        elif owner:
            ctx.people.parts[name_key(name)].add(owner)


_FAMILY_NAME = 3  # the longest family name written alone: "東雲", "欧陽", "정"
_ENGLISH_NAME = 100  # an English name the document gives in parentheses is how it is written


def _named_org(ctx: DocContext, native: str, latin: str) -> bool:
    """ "スタートアップのベルトリクス(Veltrix)", "쿼츠 다이내믹스(Quartz Dynamics)": a name the
    document already knows as an organisation's, or whose Latin form ends in a sector word,
    is the organisation's English name, not a person's."""
    words = native.split(" ")
    known = [" ".join(words[i:]) for i in range(len(words)) if ctx.orgs.knows(" ".join(words[i:]))]
    last = latin.rsplit(None, 1)[-1]
    suffix = _english().org_suffix_re
    if not known and not (" " in latin and suffix is not None and suffix.fullmatch(last)):
        return False
    native = (
        known[0] if known else native
    )  # "스타트업 노스윈드랩스(Northwind Labs)": the name is the last word
    ctx.orgs.add(latin, _ENGLISH_NAME)
    ctx.orgs.add_short(native, latin, merge=True)
    ctx.orgs.add(native)
    first = regex.split(r"[\s・]", native, maxsplit=1)[0]
    if first != native and len(first) >= 2:  # "クオーツ" of "クオーツ・ダイナミクス"
        ctx.orgs.add_short(first, latin, merge=True)
    return True


def _org_alias(ctx: DocContext, native: str, latin: str, lang: Language) -> bool:
    """ "澄岚智能科技有限公司(Chenglan Intelligent Technology)": the organisation's English name.

    The native name, without its legal form and then without its sector word, is registered
    as a short form of the English one.
    """
    forms = lang.section("orgs").get("legal_forms", []) + lang.section("orgs").get("suffixes", [])
    stripped = native
    for form in sorted(forms, key=len, reverse=True):
        if stripped.endswith(form) and len(stripped) > len(form) + 1:
            stripped = stripped[: -len(form)]
    if stripped == native:
        return False
    ctx.orgs.add(latin, 2)
    for surface in dict.fromkeys((native, stripped, *_sector_stripped(stripped, lang))):
        ctx.orgs.add_short(surface, latin, merge=True)
        ctx.orgs.add(surface)
    return True


def _sector_stripped(name: str, lang: Language) -> list[str]:
    """The name without a trailing sector word ("澄岚智能科技" → "澄岚智能")."""
    return [
        name[: -len(word)]
        for word in lang.section("orgs").get("sector_words", [])
        if name.endswith(word) and len(name) > len(word) + 1
    ]


def person_runs(ctx: DocContext, sentence: Sentence) -> list[list[Span]]:
    """Runs of capitalised words of a sentence that may be a person's name (1 to 3 words)."""
    text, lang = ctx.text, sentence.lang
    particles = _particles(lang)
    words = [w for w in ctx.words(sentence) if _could_be_name(ctx, w, lang)]
    runs = []
    for run in names.word_runs(text, words, particles):
        if len(run) == 1 and _unknown_opener(ctx, run[0], sentence) or _part_of_org(ctx, run, lang):
            continue
        while len(run) > 3:
            runs.append(run[:2])
            run = run[2:]
        runs.append(run)
    return runs


def _part_of_org(ctx: DocContext, run: list[Span], lang: Language) -> bool:
    """The tail of an organisation's name ("Freight Ltd" of "Brenmoor Freight Ltd")."""
    last = run[-1]
    if lang.org_suffix_re is not None and lang.org_suffix_re.fullmatch(last.name):
        return True
    before = ctx.text[max(0, run[0].start - 40) : run[0].start]
    if not before.endswith(" ") or before.endswith("  ") or not before.strip():
        return False
    previous = before.rsplit(None, 1)[-1]
    if not (previous[-1].isalnum() and ctx.orgs.knows(previous)):
        return False
    # "Freight" of "Brenmoor Freight"; not "Lorena Vidal" after "Banco Almagro", which only
    # follows the organisation's name
    return len(run) == 1 or ctx.orgs.knows(f"{previous} {run[0].name}")


def _unknown_opener(ctx: DocContext, word: Span, sentence: Sentence) -> bool:
    """A lone capitalised word opening a sentence, never seen as a name elsewhere."""
    return (
        _starts_sentence(ctx.text, sentence.start, word.start)
        and word.name.casefold() not in ctx.proper_words
        and not ctx.people.resolve(word.name)
    )


def _could_be_name(ctx: DocContext, word: Span, lang: Language) -> bool:
    name = word.name
    if not _may_name(name, lang) or ctx.orgs.knows(name):
        return False
    return not (name.casefold() in ctx.common_words and name_key(name) not in ctx.people.parts)


@lru_cache(maxsize=65536)
def _may_name(name: str, lang: Language) -> bool:
    """What a word alone says: not a stop word, pronoun, role, acronym, brand, trigger or a
    word that opens an organisation's name ("Banco", "Laboratorios")."""
    if (
        name in _stopwords(lang)
        or names.is_acronym(name)
        or _is_role_word(name, lang)
        or _common_noun(name, lang)
    ):
        return False
    if name in _org_prefixes(lang):
        return False
    for pattern in (lang.first_person_re, lang.pronoun_re, lang.trigger_re):
        if pattern is not None and pattern.fullmatch(name):
            return False
    return not (names.is_camel(name) and not _is_surname_prefix(name))


@lru_cache(maxsize=65536)
def _common_noun(word: str, lang: Language) -> bool:
    """A capitalised word that is a common noun by its form (``[people] common_nouns``, or a
    kind of company): in German, a compound by its last part ("Vertriebschefin")."""
    nouns = lang.listed("people", "common_nouns")
    return nouns is not None and nouns.fullmatch(word) is not None or _company_noun(word, lang)


@lru_cache(maxsize=65536)
def _company_noun(word: str, lang: Language) -> bool:
    """A capitalised word naming a kind of company (``[orgs] nouns``: "Halbleiterhersteller",
    "Fintech"): the capitalised name right after it is a company's."""
    nouns = lang.listed("orgs", "nouns")
    return nouns is not None and nouns.fullmatch(word) is not None


def _starts_sentence(text: str, sentence_start: int, position: int) -> bool:
    """True when only punctuation stands between the sentence start and ``position``."""
    return not any(c.isalnum() for c in text[sentence_start:position])


@lru_cache(maxsize=65536)
def _is_surname_prefix(name: str) -> bool:
    """``McAllister``, ``MacLeod``, ``DeWitt``, ``O'Neil``: capitals inside a surname after a
    ``[people] surname_prefixes`` entry of any language."""
    return bool(_surname_prefix().match(name))


@cache
def _surname_prefix() -> regex.Pattern:
    prefixes = sorted(languages.everywhere("people", "surname_prefixes"), key=len, reverse=True)
    return regex.compile("(?:" + "|".join(map(regex.escape, prefixes)) + r")\p{Lu}" if prefixes else "(?!)")


def _is_role_word(word: str, lang: Language) -> bool:
    return lang.is_role_word(word) or (lang.code != _DEFAULT and _english().is_role_word(word))


@cache
def _stopwords(lang: Language) -> frozenset[str]:
    """The language's stop words and English ones, which headlines everywhere borrow."""
    return lang.stopwords() | _english().stopwords()


def _english() -> Language:
    return languages.load(_DEFAULT)


def has_latin(text: str) -> bool:
    return bool(_HAS_LATIN.search(text))
