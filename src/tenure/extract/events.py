"""Event mentions of one sentence: a trigger phrase, who, where, in which role, when."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, partial

import regex

from tenure.extract.context import DocContext, Sentence
from tenure.extract.dates import DateMention, find_dates
from tenure.extract.mentions import Named, SentenceNames, sentence_names
from tenure.extract.roles import RoleSpan
from tenure.extract.speakers import speaker_at
from tenure.lang import Language, Trigger
from tenure.model import Evidence, Mention

_NEGATION_WINDOW = 28
_NEGATION_AFTER = 12
_ORG_WINDOW = 40
_CLAUSE_BREAK = re.compile(r"[,;:，；：]")
_CLAUSE_MARKS = ",;:，；："
_OPENING = 12  # a date within the first characters of a paragraph sets its time
_ORG_GAP = 20  # "leaves to launch Acme": an organisation further away is another trigger's
_SUBJECT_REACH = 160  # a subject may stand far before its verb, past an appositive clause
_OBJECT_REACH = 60
_ROLE_AFTER_TRIGGER = 6  # "joined as CEO", "担任首席执行官": the role the trigger gives
_ROLE_OBJECT = 25  # "returned to her role as CEO": a title as what a trigger leads to


@dataclass(frozen=True)
class Found:
    """A trigger matched in a sentence."""

    start: int
    end: int
    trigger: Trigger


def sentence_mentions(ctx: DocContext, index: int) -> Iterator[Mention]:
    """Event mentions of the sentence ``ctx.sentences[index]``."""
    sentence = ctx.sentences[index]
    lang = sentence.lang
    if lang.trigger_re is None:
        return
    text = ctx.text
    found = [
        Found(m.start(), m.end(), lang.triggers[int(m.lastgroup[1:])])
        for m in lang.trigger_re.finditer(text, sentence.start, sentence.end)
    ]
    found = [hit for hit in found if not _excluded(ctx, sentence, hit)]
    if not found:
        return
    names = sentence_names(ctx, sentence)
    roles = names.roles
    targets = {id(hit): _explicit_org(text, names.orgs, hit, found) for hit in found}
    arrivals = [o for hit in found if hit.trigger.type != "departure" for o in [targets[id(hit)]] if o]
    titles = roles + [o for o in names.orgs if o.kind == "company"]  # may stand between two names
    mentions = []
    speaker = partial(speaker_at, ctx)
    for hit in found:
        if _negated(ctx, sentence, hit) or _unnamed_subject(text, names, hit):
            continue
        if hit.trigger.needs_object and targets[id(hit)] is None and not _role_follows(text, roles, hit):
            continue  # "return to hands-on work": not a return to an organisation
        for person in _people_for(
            text, names.people, titles, hit, lambda: _last_named(ctx, index), lang, speaker
        ):
            org = targets[id(hit)] or _fallback_org(ctx, names, hit, person, arrivals)
            if org is not None:
                mentions.append(_mention(ctx, index, hit, person, org, names, roles, found))
        if hit.trigger.type == "founding":
            mentions += _cofounders(ctx, index, hit, names, titles, [m for m in mentions if m.org], found)
    yield from _one_per_change(_absorb_appointments(mentions))


def _cofounders(
    ctx: DocContext,
    index: int,
    hit: Found,
    names: SentenceNames,
    titles: list[RoleSpan | Named],
    mentions: list[Mention],
    found: list[Found],
) -> list[Mention]:
    """ "founded Acme in 2016 with Lee", "fundó la empresa junto con la ingeniera Lee": the
    people named after ``[people] together_with`` founded it too; all are co-founders."""
    own = [m for m in mentions if m.type == "founding" and m.evidence.start == ctx.sentences[index].start]
    cue = ctx.sentences[index].lang.listed("people", "together_with")
    if not own or cue is None:
        return []
    text, sentence = ctx.text, ctx.sentences[index]
    _, clause_end = _clause(text, sentence, hit)
    link = cue.search(text, hit.start, clause_end)  # "hatte Acme 2011 gemeinsam mit Kim gegründet"
    partners = [p for p in names.people if p.kind == "name" and link and p.start >= link.end()]
    if not partners or not _WITH_GAP.fullmatch(_without(text, link.end(), partners[0].start, titles)):
        return []
    group = [partners[0]]
    for nearer, further in zip(partners, partners[1:], strict=False):
        if not _coordinated(text, nearer, further, titles, sentence.lang):
            break
        group.append(further)
    first = own[-1]
    added = []
    for partner in group:
        if partner.name in {m.person for m in own}:
            continue
        org = Named(first.evidence.start, first.evidence.start, first.org, aliases=tuple(first.org_aliases))
        added.append(_mention(ctx, index, hit, partner, org, names, [], found))
    for m in own + added:
        if added and m.role in (None, "Founder"):
            m.role = "Co-founder"
    return added


_WITH_GAP = re.compile(r"\s*(?:[^\W\d_]{1,12}\s+){0,3}")  # "la ingeniera", "his longtime friend"


def _without(text: str, start: int, end: int, spans: list[RoleSpan | Named]) -> str:
    """``text[start:end]`` without the characters of ``spans`` (titles between words)."""
    return "".join(text[i] for i in range(start, end) if not any(s.start <= i < s.end for s in spans))


def share_stated_dates(mentions: list[Mention]) -> None:
    """One change told twice in a document (the headline, then the story) has one date: the
    date a sentence states replaces the publication date or no date. Appointments share it
    only for the same title ("joined in 2021" and "named CEO" are two changes)."""
    stated: dict[tuple, str] = {}
    for m in mentions:
        if m.date and m.date_source == "stated":
            stated.setdefault(_change_key(m), m.date)
    for m in mentions:
        date = stated.get(_change_key(m)) if m.date_source in ("published", "none") else None
        if date:
            m.date, m.date_source = date, "context"


def share_successor_titles(ctx: DocContext, mentions: list[Mention]) -> None:
    """ "named Lee chief executive, replacing Kim, who leaves": Kim's departure and Lee's
    appointment are one title changing hands; a title one of them states (or Lee's other
    appointment there states: "Lee was named CEO. She succeeds Kim") is the other's too, and
    Kim leaves when Lee takes over, if no date says otherwise. A founder title is no one's
    to take over: the title Lee takes is the one Kim leaves."""
    for sentence in {m.evidence.start: ctx.sentence_at(m.evidence.start) for m in mentions}.values():
        cue = sentence.lang.cues.get("successor_of") if sentence else None
        link = cue.search(ctx.text, sentence.start, sentence.end) if cue is not None else None
        if link is None:
            continue
        found = sentence_names(ctx, sentence)
        after = [p for p in found.people if p.kind == "name" and p.start >= link.end()]
        if not after or len(_without(ctx.text, link.end(), after[0].start, found.roles)) > _PREDECESSOR_GAP:
            continue
        predecessor = after[0].name
        for new in (m for m in mentions if m.evidence.start == sentence.start and m.type == "appointment"):
            title = _held_title(new, mentions)
            for old in (m for m in mentions if m.type == "departure" and m.person == predecessor):
                if old.org == new.org and new.person != predecessor:
                    kept = old.role if old.role not in _FOUNDER_TITLES else None
                    new.role, old.role = new.role or kept or title, kept or title or old.role
                    if old.date_source in ("published", "none") and new.date_source in ("stated", "context"):
                        old.date, old.date_source = new.date, "context"


def _held_title(new: Mention, mentions: list[Mention]) -> str | None:
    """The title an appointment gives, or another appointment of the same person there states."""
    titles = [new.role] + [
        m.role for m in mentions if m.type == "appointment" and (m.person, m.org) == (new.person, new.org)
    ]
    return next((t for t in titles if t and t not in _FOUNDER_TITLES), None)


_PREDECESSOR_GAP = 3  # "replacing Kim": the predecessor right after the cue
_FOUNDER_TITLES = ("Founder", "Co-founder")


def _change_key(m: Mention) -> tuple:
    return (m.type, m.person, m.org, m.role if m.type == "appointment" else None)


def _role_follows(text: str, roles: list[RoleSpan], hit: Found) -> bool:
    """A title right after the trigger, in its clause ("returned to her role as CEO")."""
    return any(
        0 <= role.start - hit.end <= _ROLE_OBJECT and not _CLAUSE_BREAK.search(text, hit.end, role.start)
        for role in roles
    )


def _one_per_change(mentions: list[Mention]) -> list[Mention]:
    """One mention per (type, person, organisation) in a sentence: "加入了Acme,担任CFO", or a
    person named in two scripts, is one report; slots one of them lacks come from the other."""
    kept: dict[tuple[str, str, str], Mention] = {}
    for m in mentions:
        key = (m.type, m.person, m.org)
        if key not in kept:
            kept[key] = m
            continue
        first = kept[key]
        first.role = first.role or m.role
        first.date = first.date or m.date
        first.person_aliases = list(dict.fromkeys(first.person_aliases + m.person_aliases))
    return list(kept.values())


def _absorb_appointments(mentions: list[Mention]) -> list[Mention]:
    """ "Returned to Acme as CEO", "重返Acme担任CEO": the appointment is part of the return."""
    returns = {(m.person, m.org): m for m in mentions if m.type == "return"}
    kept = []
    for m in mentions:
        back = returns.get((m.person, m.org))
        if m.type == "appointment" and back is not None:
            back.role = back.role or m.role
            continue
        kept.append(m)
    return kept


def _mention(
    ctx: DocContext,
    index: int,
    hit: Found,
    person: Named,
    org: Named,
    names: SentenceNames,
    roles: list[RoleSpan],
    found: list[Found],
) -> Mention:
    text = ctx.text
    sentence = ctx.sentences[index]
    if hit.trigger.role == "inherit":  # "replaced by Lee", "Lee succeeds Kim as CEO"
        new = _new_re(sentence.lang)
        role = _inherited_role(roles, person, names.people) or _role_for(
            text, roles, person, hit, names.people, new
        )
    elif hit.trigger.type == "founding":
        role = hit.trigger.role or "Founder"  # a title next to a founder's name is held elsewhere
    else:
        role = _role_for(text, roles, person, hit, names.people, _new_re(sentence.lang)) or hit.trigger.role
    date, date_source = _date_for(ctx, index, hit, found, person.name)
    return Mention(
        type=hit.trigger.type,
        person=person.name,
        org=org.name,
        role=role,
        date=date,
        date_source=date_source,
        manner=(hit.trigger.manner or "unspecified") if hit.trigger.type == "departure" else None,
        modality=_modality(ctx, sentence, hit),
        evidence=Evidence(
            ctx.doc.id, sentence.start, sentence.end, sentence.lang.code, text[sentence.start : sentence.end]
        ),
        person_aliases=[a for a in person.aliases if a != person.name],
        org_aliases=[a for a in org.aliases if a != org.name],
        attribution=_ATTRIBUTION.get(person.kind, "text"),
    )


# A first-person subject resolved to the speaker the document names, or to no one.
_ATTRIBUTION = {"speaker": "speaker", "self": "none"}


def _excluded(ctx: DocContext, sentence: Sentence, hit: Found) -> bool:
    """A trigger in a clause that reports no change: a continuation, a generic statement or
    another cue of the language ("will continue to lead"; "投资方包括..." is not a hire)."""
    start, end = _clause(ctx.text, sentence, hit)
    for name in ("continuation", "generic", "not_event"):
        cue = sentence.lang.cues.get(name)
        if cue is not None and cue.search(ctx.text, start, end):
            return True
    return False


def _clause(text: str, sentence: Sentence, hit: Found) -> tuple[int, int]:
    """The stretch of the sentence between the clause breaks around a trigger."""
    start = max(text.rfind(c, sentence.start, hit.start) for c in _CLAUSE_MARKS) + 1
    ends = [i for c in _CLAUSE_MARKS if (i := text.find(c, hit.end, sentence.end)) >= 0]
    return max(start, sentence.start), min(ends, default=sentence.end)


def _negated(ctx: DocContext, sentence: Sentence, hit: Found) -> bool:
    """A negation in the few words before the trigger ("not leaving"), or right after it
    where the language puts it there ("辞任しない"). A trigger that holds a negation of its
    own (``negative``: "will not seek re-election") is negated only before it."""
    cues = sentence.lang.cues
    before, after = cues.get("negation"), cues.get("negation_after")
    start = max(sentence.start, hit.start - _NEGATION_WINDOW)
    if before is not None and before.search(ctx.text, start, hit.start if hit.trigger.negative else hit.end):
        return True
    if hit.trigger.negative:
        return False
    end = min(sentence.end, hit.end + _NEGATION_AFTER)
    return after is not None and after.match(ctx.text, hit.end, end) is not None


def _people_for(
    text: str,
    people: list[Named],
    titles: list[RoleSpan | Named],
    hit: Found,
    focus: Callable[[], str | None],
    lang: Language,
    speaker: Callable[[int], str | None] = lambda position: None,
) -> list[Named]:
    """The person (or people named together) the trigger speaks of.

    The nearest name on the trigger's side ("Kim resigned": before; "the departure of Kim":
    after), within reach; a trigger whose person usually stands before it may also find it
    after ("... announced today: Kim leaves").
    """
    inside = [
        p for p in people if hit.start <= p.start and p.end <= hit.end and p.kind == "name" and _known(p)
    ]
    if inside and not _subject_right_before(text, people, hit):
        return inside[:1]  # "kehrt Kim im April zurück": a name within a trigger that spans words
    inverted = _inverted_subject(text, people, hit, lang)
    if inverted is not None:  # "hat sie das Unternehmen verlassen": the subject after the verb
        chosen = _resolve(inverted, people, focus, speaker)
        return [chosen] if chosen is not None else []
    before = [p for p in reversed(people) if p.end <= hit.start and hit.start - p.end <= _SUBJECT_REACH]
    after = [p for p in people if p.start >= hit.end and p.start - hit.end <= _OBJECT_REACH]
    if (
        len(before) > 1
        and before[0].kind == "self"
        and _APPOSITION.match(text, before[1].end, before[0].start)
    ):
        before = before[1:]  # "Kim, my co-founder, left": Kim left
    sides = (after,) if hit.trigger.person == "after" else (before, after)
    for side in sides:
        if side:
            if side[0].kind == "self" and _oblique_after_name(text, people, side[0], lang):
                return []  # "Kim, who was my mentor, left": not the speaker's change
            chosen = _resolve(side[0], people, focus, speaker)
            if chosen is None:
                return []
            group = [chosen]
            for nearer, further in zip(side, side[1:], strict=False):
                if further.kind != "name" or not _coordinated(text, nearer, further, titles, lang):
                    break
                group.append(further)
            return group
    return []


_APPOSITION = re.compile(r"\s*[,，、]\s*$")


def _subject_right_before(text: str, people: list[Named], hit: Found) -> bool:
    """A name or pronoun right before a trigger whose person stands before it is its subject,
    not a name inside it ("Sie hatte Acme mit Kim gegründet")."""
    return hit.trigger.person == "before" and any(
        p.kind in ("name", "pronoun") and p.end <= hit.start and not text[p.end : hit.start].strip()
        for p in people
    )


_FIRST_WORD = re.compile(r"\S+\s+")


def _inverted_subject(text: str, people: list[Named], hit: Found, lang: Language) -> Named | None:
    """A pronoun or first-person word right after the first word of a trigger that spans
    words is its subject, wherever the language puts the subject after the verb ("Ende März
    hat sie Acme verlassen", "habe ich Acme gegründet"); not an oblique form ("hat mich")."""
    p = next((p for p in people if hit.start <= p.start < hit.end), None)
    if p is None or p.kind not in ("pronoun", "self") or not _FIRST_WORD.fullmatch(text, hit.start, p.start):
        return None
    oblique = lang.listed("people", "first_person_oblique", ignore_case=False)
    return None if oblique is not None and oblique.fullmatch(text, p.start, p.end) else p


def _oblique_after_name(text: str, people: list[Named], named: Named, lang: Language) -> bool:
    """A first-person word that is no subject ("my", "me": ``[people] first_person_oblique``)
    after a name in the sentence: the change is likely the named person's."""
    oblique = lang.listed("people", "first_person_oblique", ignore_case=False)
    return (
        oblique is not None
        and oblique.fullmatch(text, named.start, named.end) is not None
        and any(p.kind == "name" and p.end <= named.start for p in people)
    )


def _resolve(
    named: Named, people: list[Named], focus: Callable[[], str | None], speaker: Callable[[int], str | None]
) -> Named | None:
    """A pronoun stands for the sentence's first named person (its subject, usually), else
    for the person named last before the sentence; a first-person subject stands for the
    speaker the document names (see :mod:`tenure.extract.speakers`), else for no one: its
    mention is kept unattributed (``kind`` "self", empty name)."""
    if named.kind == "name":
        return named
    if named.kind == "pronoun":
        earlier = [p for p in people if p.kind == "name" and p.end <= named.start]
        name = earlier[0].name if earlier else focus()
        return Named(named.start, named.end, name) if name else None
    if named.kind == "self":
        name = speaker(named.start)
        return Named(named.start, named.end, name or "", kind="speaker" if name else "self")
    return None


def _last_named(ctx: DocContext, index: int, lookback: int = 5) -> str | None:
    """The person named last in the few sentences before ``ctx.sentences[index]``."""
    for sentence in reversed(ctx.sentences[max(0, index - lookback) : index]):
        named = [p for p in sentence_names(ctx, sentence).people if p.kind == "name" and _known(p)]
        if named:
            return named[-1].name
    return None


def _known(person: Named) -> bool:
    """A full name, or a short one the document resolved to a full name."""
    return " " in person.name or "·" in person.name or person.name not in person.aliases


def _coordinated(text: str, a: Named, b: Named, titles: list[RoleSpan | Named], lang: Language) -> bool:
    """True when only a conjunction, commas, brackets, short words or titles ("CFO", "the
    company's") separate two names."""
    gap = _without(text, min(a.end, b.end), max(a.start, b.start), titles)
    return len(gap) < 60 and _coordination(lang).match(gap) is not None


@cache
def _coordination(lang: Language) -> regex.Pattern:
    """What may stand between two people named together ("Kim and Lee", "Kim, CFO, and Lee")."""
    words = "|".join(f"(?:{w})" for w in lang.section("people").get("conjunctions", [])) or "(?!)"
    punct = r"[\s,、，()（）]*"
    return regex.compile(
        rf"^{punct}(?:(?:{words}){punct})?(?:\p{{Ll}}{{1,5}}(?!\p{{Ll}})[\s'’]*){{0,2}}{punct}$",
        regex.IGNORECASE,
    )


def _explicit_org(text: str, orgs: list[Named], hit: Found, found: list[Found]) -> Named | None:
    """The organisation the trigger names ("left Acme", "加入了 Acme", "fondée par ... Acme").

    Of two names in a row ("the Acme rival Borealis") the last is the one meant.
    """
    inside = [o for o in orgs if hit.start <= o.start and o.end <= hit.end]
    if inside:  # "hat 2021 die Acme GmbH mitgegründet"
        return inside[-1]
    if hit.trigger.org == "after":
        near = [o for o in orgs if hit.end <= o.start <= hit.end + _ORG_WINDOW]
        if not near:
            return None
        if hit.trigger.type != "founding" and not _close(text, hit.end, near[0].start):
            return None  # "resigns, heads to Acme": another clause's organisation
        if any(hit.end <= o.start and o.end <= near[0].start for o in found):
            return None  # "leaves to launch Acme": the organisation of the next trigger
        chosen = near[0]
        for nxt in near[1:]:
            if nxt.start - chosen.end <= 1:
                chosen = nxt
        return chosen
    near = [o for o in orgs if hit.start - _ORG_WINDOW <= o.end <= hit.start]
    if near:
        return near[-1]
    if hit.trigger.type == "founding":  # "Kim, che aveva fondato Acme": the relative is the founder
        after = [o for o in orgs if hit.end <= o.start and _close(text, hit.end, o.start)]
        return after[0] if after else None
    return None


def _close(text: str, start: int, end: int) -> bool:
    """Nothing but a few words, and no clause break, between ``start`` and ``end``."""
    return end - start <= _ORG_GAP and not _CLAUSE_BREAK.search(text, start, end)


def _fallback_org(
    ctx: DocContext, names: SentenceNames, hit: Found, person: Named, arrivals: list[Named]
) -> Named | None:
    """With no organisation named by the trigger: the one next to the person, else the main one.

    A founding needs a named organisation. An organisation some other trigger of the
    sentence joins is not the one a departure leaves.
    """
    if hit.trigger.type == "founding":
        return None
    orgs = [o for o in names.orgs if not _inside(o, person) and o not in arrivals]
    if orgs:
        return min(orgs, key=lambda o: _distance(o.start, o.end, person.start, person.end))
    main = ctx.orgs.main()
    nearby = _paragraph_orgs(ctx, hit.start) if len(ctx.orgs.surfaces) > 1 else []
    if nearby and main not in nearby:  # a brief among others ("Personalien"): its own company
        return Named(hit.start, hit.end, nearby[-1], kind="company")
    return Named(hit.start, hit.end, main, kind="company") if main else None


def _paragraph_orgs(ctx: DocContext, position: int) -> list[str]:
    """The organisations named (not referred to) in the sentences of the paragraph before
    ``position``."""
    starts = ctx.sentence_starts()
    i = bisect_right(starts, position) - 1
    found: list[str] = []
    while i > 0 and "\n" not in ctx.text[ctx.sentences[i - 1].end : ctx.sentences[i].start]:
        i -= 1
        found[:0] = [o.name for o in sentence_names(ctx, ctx.sentences[i]).orgs if o.kind != "company"]
    return found


def _unnamed_subject(text: str, names: SentenceNames, hit: Found) -> bool:
    """A role title right before the trigger is its subject ("the product lead resigned"),
    unless it is set off by commas or a name stands next to it ("Kim, its CFO, resigned")."""
    if hit.trigger.person != "before" or hit.trigger.type in ("appointment", "founding"):
        return False  # before an appointment, a title is the role it gives ("社長に就任")
    for role in names.roles:
        if 0 <= hit.start - role.end <= 3 and not text[role.end : hit.start].strip():
            named = [p for p in names.people if p.kind == "name"]
            return not any(_distance(p.start, p.end, role.start, role.end) <= 3 for p in named)
    return False


def _role_for(
    text: str, roles: list[RoleSpan], person: Named, hit: Found, people: list[Named], new: re.Pattern | None
) -> str | None:
    """The role stated next to the person (or after an appointment trigger); a role nearer
    to another person named in the sentence is that person's."""
    for role in roles:
        if (
            new is not None
            and hit.trigger.type == "appointment"
            and new.search(text, max(0, role.start - 12), role.start)
        ):
            return role.title  # "nueva directora ejecutiva", "its new CFO": the role given
    for role in roles:
        gap = text[hit.end : role.start] if role.start >= hit.end else ","
        if (
            hit.trigger.type in ("appointment", "return")
            and len(gap) <= _ROLE_AFTER_TRIGGER
            and not (_CLAUSE_BREAK.search(gap))
            and not _titles_another(role, person, people)
        ):
            return role.title
        if hit.trigger.type == "appointment" and 0 <= hit.start - role.end <= 1 and role.end > person.end:
            return role.title  # "社長に就任", "zum Vorstandschef ernannt": the role the trigger gives
    after = _role_after_apposition(text, roles, person) if hit.trigger.type == "appointment" else None
    if after is not None and hit.end <= person.start:
        return after  # "nommé Armand Roy, administrateur depuis 2020, président du conseil"
    best, best_distance = None, 10**9
    others = [p for p in people if p.kind == "name" and p.name != person.name]
    for role in roles:
        to_person = _distance(role.start, role.end, person.start, person.end)
        if any(_distance(role.start, role.end, o.start, o.end) < to_person for o in others):
            continue
        distance = min(to_person, _distance(role.start, role.end, hit.start, hit.end))
        if distance < best_distance:
            best, best_distance = role.title, distance
    return best


def _titles_another(role: RoleSpan, person: Named, people: list[Named]) -> bool:
    """A title written right before someone else's name ("folgt auf Firmengründer Kim") is theirs."""
    return any(p.kind == "name" and p.name != person.name and 0 <= p.start - role.end <= 1 for p in people)


_APPOSITION_CLOSED = re.compile(r"\s*,[^,;:]{2,80}?,\s*(?:[^\W\d_]{1,4}\s+)?")


def _role_after_apposition(text: str, roles: list[RoleSpan], person: Named) -> str | None:
    """The role right after an apposition that follows the person ("Kim Lee, a former
    banker, as CFO"): what the person is named, not what the apposition says they were."""
    m = _APPOSITION_CLOSED.match(text, person.end)
    if m is None:
        return None
    return next((r.title for r in roles if r.start == m.end()), None)


@cache
def _new_re(lang: Language) -> re.Pattern | None:
    """Words before the title an appointment gives (``[role_modifiers] new``)."""
    words = lang.section("role_modifiers").get("new", [])
    return re.compile("(?:" + "|".join(words) + r")\W{1,3}$", re.IGNORECASE) if words else None


def _date_for(
    ctx: DocContext, index: int, hit: Found, found: list[Found], person: str
) -> tuple[str | None, str]:
    """When the event happened, and how the date was found ("stated" in the sentence,
    "context" of the sentences before, "published"), by the first rule that gives a date:

    1. the date nearest the trigger that no other trigger of the sentence is nearer to, or a
       date opening the sentence, for the triggers of its first clause ("In May, Kim left and
       Lee joined"), or for all of them when it is a stated date ("In May 2024, ...");
    2. "At the same time, ...": the last date stated before the sentence;
    3. a date stated earlier in the paragraph, in a sentence naming the same person or
       opening the paragraph;
    4. a sentence in the present or near future ("is leaving", "have decided"), or the
       headline: the publication date. Otherwise none: background events are not dated by
       the document.
    """
    sentence = ctx.sentences[index]
    dates = _dates(ctx, sentence)
    at = [d for d in dates if d.bound == "at"]
    effective = _effective_re(sentence.lang)
    best, best_distance = None, 10**9
    for d in at:
        if d.start >= hit.end and _next_clause(ctx.text, hit.end, d.start, sentence.lang):
            continue  # "have started Acme, and from April I will run it": the next clause's date
        distance = _distance(d.start, d.end, hit.start, hit.end)
        if any(_distance(d.start, d.end, o.start, o.end) < distance for o in found if o is not hit):
            continue
        if (
            (d.start >= hit.end or len(at) == 1)
            and effective is not None
            and effective.search(ctx.text, max(sentence.start, d.start - 20), d.start)
        ):
            return d.value, "stated"  # "named CEO on Monday, effective July 1": when it takes effect
        if distance < best_distance:
            best, best_distance = d.value, distance
    if best:
        return best, "stated"
    first = min(found, key=lambda f: f.start)
    opening = [d for d in at if d.end <= first.start]
    if opening and (
        not _CLAUSE_BREAK.search(ctx.text, first.end, hit.start)
        or not opening[0].relative
        and opening[0].start - sentence.start <= _OPENING
    ):
        return opening[-1].value, "stated"
    if any(d.bound == "same" for d in dates):
        return _last_date(ctx, index), "context"
    earlier = _paragraph_date(ctx, index, person)
    if earlier:
        return earlier, "context"
    current = sentence.lang.listed("dates", "current")
    if ctx.published and current is not None and current.search(ctx.text, sentence.start, hit.end):
        return ctx.published.isoformat(), "published"
    if ctx.published and _is_headline(ctx, index):
        return ctx.published.isoformat(), "published"  # "Acme names Kim chief executive"
    return None, "none"


def _is_headline(ctx: DocContext, index: int) -> bool:
    """The document's first line, standing alone: a headline tells the news of the day."""
    sentence = ctx.sentences[index]
    return index == 0 and "\n" in ctx.text[sentence.end : sentence.end + 3]


def _next_clause(text: str, start: int, end: int, lang: Language) -> bool:
    """True when a comma and a conjunction ("…, and …") stand between ``start`` and ``end``."""
    return _next_clause_re(lang).search(text, start, end) is not None


@cache
def _next_clause_re(lang: Language) -> re.Pattern:
    words = "|".join(w for w in lang.section("people").get("conjunctions", []) if w.isalpha()) or "(?!)"
    return re.compile(rf"[,;，；]\s*(?:{words})(?!\w)", re.IGNORECASE)


def _last_date(ctx: DocContext, index: int) -> str | None:
    """The last date stated anywhere before sentence ``index``."""
    for i in range(index - 1, -1, -1):
        at = [d for d in _dates(ctx, ctx.sentences[i]) if d.bound == "at"]
        if at:
            return at[-1].value
    return None


def _paragraph_date(ctx: DocContext, index: int, person: str) -> str | None:
    """A date stated earlier in the paragraph about ``person``, or opening the paragraph."""
    for i in range(index - 1, -1, -1):
        this, nxt = ctx.sentences[i], ctx.sentences[i + 1]
        if "\n" in ctx.text[this.end : nxt.start]:
            return None
        at = [d for d in _dates(ctx, this) if d.bound == "at"]
        if not at:
            continue
        opens = i == 0 or "\n" in ctx.text[ctx.sentences[i - 1].end : this.start]
        if opens and at[0].start - this.start <= _OPENING:
            return at[0].value
        if any(p.name == person for p in sentence_names(ctx, this).people):
            return at[-1].value
    return None


@cache
def _effective_re(lang: Language) -> re.Pattern | None:
    """Phrases before the date a change takes effect (``[dates] effective``)."""
    words = lang.section("dates").get("effective", [])
    return re.compile("(?:" + "|".join(words) + r")\W*$", re.IGNORECASE) if words else None


def _inherited_role(roles: list[RoleSpan], person: Named, people: list[Named]) -> str | None:
    """ "X was replaced by Y": Y takes the role stated next to X (not "founder": no one
    takes that over)."""
    others = [p for p in people if p.kind == "name" and p.name != person.name]
    for role in roles:
        if role.title in _FOUNDER_TITLES:
            continue
        if others and min(_distance(role.start, role.end, o.start, o.end) for o in others) < 12:
            return role.title
    return None


def _dates(ctx: DocContext, sentence: Sentence) -> list[DateMention]:
    """The dates of a sentence, with offsets into the document (computed once)."""
    key = ("dates", sentence.start)
    if key not in ctx.cache:
        ctx.cache[key] = find_dates(ctx.text, sentence.lang.code, ctx.published, sentence.start, sentence.end)
    return ctx.cache[key]


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
