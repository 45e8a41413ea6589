"""People and organisations named in one sentence, resolved against the document context."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import regex

from tenure.extract import names
from tenure.extract.context import DocContext, Sentence, person_runs
from tenure.extract.roles import RoleSpan, find_roles
from tenure.resolve.keys import org_key


@dataclass(frozen=True)
class Named:
    """A person or organisation named at ``[start, end)``; ``name`` is its canonical form."""

    start: int
    end: int
    name: str
    kind: str = "name"  # name | pronoun | self | company
    aliases: tuple[str, ...] = ()


class SentenceNames:
    """Finds the people and organisations of one sentence."""

    def __init__(self, ctx: DocContext, sentence: Sentence) -> None:
        self.ctx = ctx
        self.sentence = sentence

    @cached_property
    def roles(self) -> list[RoleSpan]:
        """Role titles stated in the sentence."""
        return find_roles(self.ctx.text, self.sentence.start, self.sentence.end, self.sentence.lang)

    @cached_property
    def orgs(self) -> list[Named]:
        """Organisations named in the sentence; "the company" stands for the main one."""
        ctx, s = self.ctx, self.sentence
        found = []
        pattern = _org_pattern(ctx)
        if pattern is not None:
            for m in pattern.finditer(ctx.text, s.start, s.end):
                found.append(Named(m.start(), m.end(), ctx.orgs.canonical(m.group()), aliases=(m.group(),)))
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
        native = _native_pattern(ctx)
        if native is not None:
            for m in native.finditer(ctx.text, s.start, s.end):
                canonical = ctx.people.resolve(m.group()) or m.group()
                found.append(Named(m.start(), m.end(), canonical, aliases=(m.group(),)))
        for span in names.dotted_names(ctx.text, s.start, s.end, s.lang) + names.pattern_names(
            ctx.text, s.start, s.end, s.lang
        ):
            canonical = ctx.people.resolve(span.name) or span.name
            found.append(Named(span.start, span.end, canonical, aliases=(span.name,)))
        for pattern, kind in ((s.lang.pronoun_re, "pronoun"), (s.lang.first_person_re, "self")):
            if pattern is not None:
                for m in pattern.finditer(ctx.text, s.start, s.end):
                    found.append(Named(m.start(), m.end(), "", kind=kind))
        return _without_overlaps(found)

    def _person_from_run(self, run: list[names.Span]) -> Named | None:
        ctx = self.ctx
        if len(run) >= 2 and run[0].name in ctx.people.not_first_names:
            run = run[1:]
        surface = " ".join(names.normalise_case(w.name) for w in run)
        canonical = ctx.people.resolve(surface)
        if canonical is None:
            if len(run) == 1 and (ctx.orgs.knows(surface) or len(surface) < 2):
                return None
            canonical = surface
        return Named(run[0].start, run[-1].end, canonical, aliases=(surface,))


def _org_pattern(ctx: DocContext) -> regex.Pattern | None:
    """One pattern matching every registered spelling of every organisation of the document."""
    cached = getattr(ctx, "_org_re", None)
    if cached is not None or not ctx.orgs.surfaces:
        return cached
    surfaces = sorted({s for counts in ctx.orgs.surfaces.values() for s in counts}, key=len, reverse=True)
    parts = []
    for surface in surfaces:
        body = regex.escape(surface)
        if names.has_latin_edge(surface):
            body = rf"(?<![\p{{Latin}}\p{{N}}]){body}(?![\p{{Latin}}\p{{N}}])"
        parts.append(body)
    ctx._org_re = regex.compile("|".join(parts), regex.IGNORECASE | regex.VERSION1)  # type: ignore[attr-defined]
    return ctx._org_re  # type: ignore[attr-defined]


def _native_pattern(ctx: DocContext) -> regex.Pattern | None:
    """One pattern matching every non-Latin alias of a person (``米拉·穆拉蒂``, ``穆拉蒂``)."""
    if hasattr(ctx, "_native_re"):
        return ctx._native_re  # type: ignore[attr-defined]
    aliases = [a for a in ctx.people.native_surfaces() if not names.has_latin_edge(a)]
    pattern = None
    if aliases:
        pattern = regex.compile("|".join(regex.escape(a) for a in sorted(aliases, key=len, reverse=True)))
    ctx._native_re = pattern  # type: ignore[attr-defined]
    return pattern


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
