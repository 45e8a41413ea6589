"""People and organisations named in one sentence, resolved against the document context."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from tenure.extract import names
from tenure.extract.context import DocContext, Sentence, person_runs, sentence_pattern_names, sentence_roles
from tenure.extract.roles import RoleSpan
from tenure.resolve.keys import org_key


@dataclass(frozen=True)
class Named:
    """A person or organisation named at ``[start, end)``; ``name`` is its canonical form."""

    start: int
    end: int
    name: str
    kind: str = "name"  # name | pronoun | self | company
    aliases: tuple[str, ...] = ()


_DETERMINERS: dict[str, re.Pattern | None] = {}


def sentence_names(ctx: DocContext, sentence: Sentence) -> SentenceNames:
    """The names of a sentence, found once per document context."""
    key = ("names", sentence.start)
    if key not in ctx.cache:
        ctx.cache[key] = SentenceNames(ctx, sentence)
    return ctx.cache[key]


class SentenceNames:
    """Finds the people and organisations of one sentence."""

    def __init__(self, ctx: DocContext, sentence: Sentence) -> None:
        self.ctx = ctx
        self.sentence = sentence

    @cached_property
    def roles(self) -> list[RoleSpan]:
        """Role titles stated in the sentence."""
        return sentence_roles(self.ctx, self.sentence)

    @cached_property
    def orgs(self) -> list[Named]:
        """Organisations named in the sentence; "the company" stands for the main one."""
        ctx, s = self.ctx, self.sentence
        found = [
            Named(start, end, ctx.orgs.canonical(surface), aliases=(surface,))
            for start, end, surface in _occurrences(ctx.text, s.start, s.end, _org_surfaces(ctx))
        ]
        main = ctx.orgs.main()
        if main and s.lang.company_re is not None:
            for m in s.lang.company_re.finditer(ctx.text, s.start, s.end):
                found.append(Named(m.start(), m.end(), main, kind="company"))
        return _without_overlaps(found)

    @cached_property
    def people(self) -> list[Named]:
        """People named in the sentence, plus pronouns and first-person subjects."""
        ctx, s = self.ctx, self.sentence
        taken = [(o.start, o.end) for o in self.orgs] + [(r.start, r.end) for r in self.roles]
        found: list[Named] = []
        for run in person_runs(ctx, s):
            named = self._person_from_run(run)
            if named and not _overlaps(named, taken):
                found.append(named)
        for start, end, alias in _occurrences(ctx.text, s.start, s.end, ctx.people.native_surfaces()):
            found.append(Named(start, end, ctx.people.resolve(alias) or alias, aliases=(alias,)))
        for span in names.dotted_names(ctx.text, s.start, s.end, s.lang) + sentence_pattern_names(ctx, s):
            canonical = ctx.people.resolve(span.name) or (span.name if len(span.name) >= 2 else None)
            if canonical and not _overlaps(span, taken[: len(self.orgs)]):  # "정 대표": only a known 정
                found.append(Named(span.start, span.end, canonical, aliases=(span.name,)))
        for pattern, kind in ((s.lang.pronoun_re, "pronoun"), (s.lang.first_person_re, "self")):
            if pattern is not None:
                for m in pattern.finditer(ctx.text, s.start, s.end):
                    found.append(Named(m.start(), m.end(), "", kind=kind))
        return _without_overlaps(found)

    def _determined(self, word: names.Span) -> bool:
        """ "the Swede", "le Norvégien": a word after an article is a noun, not a name."""
        pattern = _DETERMINERS.setdefault(self.sentence.lang.code, _determiner_re(self.sentence.lang))
        if pattern is None:
            return False
        before = self.ctx.text[max(self.sentence.start, word.start - 12) : word.start]
        return pattern.search(before) is not None

    def _person_from_run(self, run: list[names.Span]) -> Named | None:
        ctx = self.ctx
        if len(run) >= 2 and run[0].name in ctx.people.not_first_names:
            run = run[1:]
        surface = " ".join(names.normalise_case(w.name) for w in run)
        canonical = ctx.people.resolve(surface)
        if canonical is None and len(run) == 1 and names.declines(self.sentence.lang):  # "уволил Кузнецова"
            canonical = next(
                filter(None, map(ctx.people.resolve, names.surname_nominatives(surface, self.sentence.lang))),
                None,
            )
        if canonical is None:
            if len(run) == 1 and (
                ctx.orgs.knows(surface)
                or len(surface) < 2
                or self._determined(run[0])
                or self.sentence.lang.data.get("capitalised_nouns")  # "mit Wirkung": a noun
            ):
                return None
            canonical = surface
        return Named(run[0].start, run[-1].end, canonical, aliases=(surface,))


def _determiner_re(lang) -> re.Pattern | None:
    words = lang.section("people").get("determiners", [])
    if not words:
        return None
    return re.compile(r"(?:^|\W)(?:" + "|".join(words) + r")\s+$", re.IGNORECASE)


def _org_surfaces(ctx: DocContext) -> list[str]:
    """Every spelling of every organisation the document names, longest first."""
    key = ("org-surfaces", 0)
    if key not in ctx.cache:
        spellings = {s for counts in ctx.orgs.surfaces.values() for s in counts}
        ctx.cache[key] = sorted(spellings, key=len, reverse=True)
    return ctx.cache[key]


def _occurrences(text: str, start: int, end: int, surfaces: list[str]) -> list[tuple[int, int, str]]:
    """Where the ``surfaces`` occur in ``text[start:end]``; a Latin name only as a whole word."""
    found = []
    for surface in surfaces:
        at = text.find(surface, start, end)
        while at != -1:
            stop = at + len(surface)
            if not names.has_latin_edge(surface) or (
                not _word_char(text, at - 1) and not _word_char(text, stop)
            ):
                found.append((at, stop, surface))
            at = text.find(surface, stop, end)
    return found


def _word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and names.is_latin_or_digit(text[index])


def _overlaps(named: Named, taken: list[tuple[int, int]]) -> bool:
    return any(named.start < end and start < named.end for start, end in taken)


def _without_overlaps(found: list[Named]) -> list[Named]:
    """Keep the longest of overlapping names, in order of position."""
    kept: list[Named] = []
    for item in sorted(found, key=lambda n: (n.start, -(n.end - n.start))):
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept


def same_org(a: str, b: str) -> bool:
    return org_key(a) == org_key(b)
