"""Event mentions of one sentence: a trigger phrase, who, where, in which role, when."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from tenure.extract.context import DocContext, Sentence
from tenure.extract.dates import DateMention, find_dates
from tenure.extract.mentions import Named, SentenceNames
from tenure.extract.roles import RoleSpan
from tenure.lang import Trigger
from tenure.model import Evidence, Mention

# What may stand between two people named together ("Kim and Lee", "Kim, CFO, and Lee").
_COORDINATION = regex.compile(r"^[\s,、，;]*(?:\p{Ll}{1,5}[\s']*){0,3}[\s,、，]*$")
_NEGATION_WINDOW = 28
_ORG_WINDOW = 40


@dataclass(frozen=True)
class Found:
    """A trigger matched in a sentence."""

    start: int
    end: int
    trigger: Trigger


def sentence_mentions(ctx: DocContext, sentence: Sentence, focus: list[str]) -> Iterator[Mention]:
    """Event mentions of ``sentence``; ``focus`` holds the people named so far (latest last)."""
    lang = sentence.lang
    if lang.trigger_re is None:
        return
    text = ctx.text
    found = [
        Found(m.start(), m.end(), lang.triggers[int(m.lastgroup[1:])])
        for m in lang.trigger_re.finditer(text, sentence.start, sentence.end)
    ]
    if not found or _sentence_excluded(ctx, sentence):
        return
    names = SentenceNames(ctx, sentence)
    roles = names.roles
    dates = _dates(ctx, sentence)
    for hit in found:
        if _negated(ctx, sentence, hit):
            continue
        for person in _people_for(text, names.people, roles, hit, focus):
            org = _org_for(ctx, names, hit, person)
            if org is None:
                continue
            yield _mention(ctx, sentence, hit, person, org, names, roles, dates)


def _mention(
    ctx: DocContext,
    sentence: Sentence,
    hit: Found,
    person: Named,
    org: Named,
    names: SentenceNames,
    roles: list[RoleSpan],
    dates: list[DateMention],
) -> Mention:
    text = ctx.text
    role = _role_for(roles, person, hit, names.people)
    if role is None and hit.trigger.role:
        role = hit.trigger.role
    return Mention(
        type=hit.trigger.type,
        person=person.name,
        org=org.name,
        role=role,
        date=_date_for(dates, hit),
        manner=(hit.trigger.manner or "unspecified") if hit.trigger.type == "departure" else None,
        modality=_modality(ctx, sentence, hit),
        evidence=Evidence(
            ctx.doc.id, sentence.start, sentence.end, sentence.lang.code, text[sentence.start : sentence.end]
        ),
        person_aliases=[a for a in person.aliases if a != person.name],
        org_aliases=[a for a in org.aliases if a != org.name],
    )


def _sentence_excluded(ctx: DocContext, sentence: Sentence) -> bool:
    """Continuations, generic statements and other sentences that report no change."""
    for name in ("continuation", "generic", "not_event"):
        cue = sentence.lang.cues.get(name)
        if cue is not None and cue.search(ctx.text, sentence.start, sentence.end):
            return True
    return False


def _negated(ctx: DocContext, sentence: Sentence, hit: Found) -> bool:
    cue = sentence.lang.cues.get("negation")
    if cue is None:
        return False
    start = max(sentence.start, hit.start - _NEGATION_WINDOW)
    return cue.search(ctx.text, start, hit.end) is not None


def _people_for(
    text: str, people: list[Named], roles: list[RoleSpan], hit: Found, focus: list[str]
) -> list[Named]:
    """The person (or people named together) the trigger speaks of."""
    before = [p for p in people if p.end <= hit.start]
    after = [p for p in people if p.start >= hit.end]
    if hit.trigger.person == "after":
        sides = (after, list(reversed(before)))
    else:
        sides = (list(reversed(before)), after)
    for side in sides:
        if side:
            chosen = _resolve(side[0], people, focus)
            if chosen is None:
                return []
            group = [chosen]
            for nearer, further in zip(side, side[1:], strict=False):
                if further.kind != "name" or not _coordinated(text, nearer, further, roles):
                    break
                group.append(further)
            return group
    return []


def _resolve(named: Named, people: list[Named], focus: list[str]) -> Named | None:
    """A pronoun stands for the person named last; a first-person subject is not resolved."""
    if named.kind == "name":
        return named
    if named.kind == "pronoun":
        earlier = [p for p in people if p.kind == "name" and p.end <= named.start]
        name = earlier[-1].name if earlier else (focus[-1] if focus else None)
        return Named(named.start, named.end, name) if name else None
    return None


def _coordinated(text: str, a: Named, b: Named, roles: list[RoleSpan]) -> bool:
    """True when only a conjunction, commas, short words or role titles separate two names."""
    start, end = min(a.end, b.end), max(a.start, b.start)
    gap = "".join(text[i] for i in range(start, end) if not any(r.start <= i < r.end for r in roles))
    return len(gap) < 60 and _COORDINATION.match(gap) is not None


def _org_for(ctx: DocContext, names: SentenceNames, hit: Found, person: Named) -> Named | None:
    """The organisation of the change: named by the trigger, near the person, or the main one."""
    orgs = [o for o in names.orgs if not _inside(o, person)]
    if hit.trigger.org == "after":
        explicit = [o for o in orgs if hit.end <= o.start <= hit.end + _ORG_WINDOW]
    else:
        explicit = [o for o in orgs if hit.start - _ORG_WINDOW <= o.end <= hit.start]
        explicit.reverse()
    if explicit:
        return explicit[0]
    if hit.trigger.type == "founding":
        return None
    if orgs:
        return min(orgs, key=lambda o: _distance(o.start, o.end, person.start, person.end))
    main = ctx.orgs.main()
    return Named(hit.start, hit.end, main, kind="company") if main else None


def _role_for(roles: list[RoleSpan], person: Named, hit: Found, people: list[Named]) -> str | None:
    """The role stated next to the person (or after an appointment trigger)."""
    best, best_distance = None, 10**9
    others = [p for p in people if p.kind == "name" and p.name != person.name]
    for role in roles:
        distance = min(
            _distance(role.start, role.end, person.start, person.end),
            _distance(role.start, role.end, hit.start, hit.end),
        )
        if any(_distance(role.start, role.end, o.start, o.end) < distance for o in others):
            continue
        if distance < best_distance:
            best, best_distance = role.title, distance
    return best


def _date_for(dates: list[DateMention], hit: Found) -> str | None:
    if not dates:
        return None
    return min(dates, key=lambda d: _distance(d.start, d.end, hit.start, hit.end)).value


def _dates(ctx: DocContext, sentence: Sentence) -> list[DateMention]:
    text = ctx.text[sentence.start : sentence.end]
    return [
        DateMention(d.start + sentence.start, d.end + sentence.start, d.value, d.relative)
        for d in find_dates(text, sentence.lang.code, ctx.published)
    ]


def _modality(ctx: DocContext, sentence: Sentence, hit: Found) -> str:
    cues = sentence.lang.cues
    if cues.get("reported") is not None and cues["reported"].search(ctx.text, sentence.start, sentence.end):
        return "reported"
    if hit.trigger.planned:
        return "planned"
    planned = cues.get("planned")
    window = max(sentence.start, hit.start - _NEGATION_WINDOW)
    if planned is not None and planned.search(ctx.text, window, hit.end):
        return "planned"
    return "asserted"


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0


def _inside(a: Named, b: Named) -> bool:
    return b.start <= a.start and a.end <= b.end
