"""Event mentions of one sentence: a trigger phrase, who, where, in which role, when."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache, partial

import regex

from tenure.extract.context import DocContext, Sentence
from tenure.extract.dates import DateMention, find_dates
from tenure.extract.mentions import Named, SentenceNames, sentence_names
from tenure.extract.roles import RoleSpan
from tenure.extract.speakers import passage_tokens, speaker_at
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
_BEHIND_PURPOSE = 1000  # a date before a purpose clause is the change before it first
_ROLE_BEFORE_VERB = 30  # "директором компании «Квант» назначен Кира": the title given, before the verb
_ROLE_PAST_DATE = 40  # "named on Monday chief executive": a date may stand before the role given
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
    found = _antecedents(found)
    names = sentence_names(ctx, sentence)
    roles = names.roles
    targets = {
        id(hit): _explicit_org(text, _arrival_orgs(ctx, sentence, names.orgs, hit), hit, found)
        or _described_org(ctx, sentence, hit)
        or _subject_org(ctx, sentence, hit)
        for hit in found
    }
    arrivals = [o for hit in found if hit.trigger.type != "departure" for o in [targets[id(hit)]] if o]
    leavings = [o for hit in found if hit.trigger.type == "departure" for o in [targets[id(hit)]] if o]
    titles = roles + [o for o in names.orgs if o.kind == "company"]  # may stand between two names
    mentions = []
    speaker = partial(speaker_at, ctx)
    for hit in found:
        if _negated(ctx, sentence, hit):
            continue
        titled = None
        if _unnamed_subject(text, names, hit):
            titled = _titled_subject(ctx, index, hit, names)  # "the CFO resigned": the CFO named before
            if titled is None:
                continue
        if hit.trigger.needs_object and targets[id(hit)] is None and not _role_follows(text, roles, hit):
            continue  # "return to hands-on work": not a return to an organisation
        dates = partial(_dates, ctx, sentence)
        people = (
            titled
            or _people_for(
                text, names.people, titles, hit, lambda: _last_named(ctx, index), lang, speaker, dates
            )
            or _dropped_subject(ctx, index, hit, names)
            or _titled_subject(ctx, index, hit, names)
            or []
        )
        for person in people:
            taken = {"departure": arrivals, "appointment": leavings}.get(hit.trigger.type, [])
            org = targets[id(hit)] or _fallback_org(ctx, names, hit, person, taken)
            if org is not None:
                mentions.append(_mention(ctx, index, hit, person, org, names, roles, found))
        if hit.trigger.type == "founding":
            mentions += _cofounders(ctx, index, hit, names, titles, [m for m in mentions if m.org], found)
    yield from _one_per_change(_absorb_appointments(mentions))


def _antecedents(found: list[Found]) -> list[Found]:
    """A trigger of type "same" ("a été suivie de celle de Lee", "seguite da quelle di Lee")
    reports the change the trigger before it in the sentence reports, for the person it names;
    with none before it, it reports nothing."""
    kept: list[Found] = []
    for hit in found:
        if hit.trigger.type == "same":
            if not kept:
                continue
            before = kept[-1].trigger
            hit = Found(hit.start, hit.end, replace(before, person=hit.trigger.person, org=hit.trigger.org))
        kept.append(hit)
    return kept


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
    people named after ``[people] together_with`` founded it too; all are co-founders. In
    languages that name them before the verb (``[people] together_before``: "赵一与钱二共同创办"),
    the person named before that word is a founder too."""
    own = [m for m in mentions if m.type == "founding" and m.evidence.start == ctx.sentences[index].start]
    if not own:
        return []
    text, sentence = ctx.text, ctx.sentences[index]
    group = (
        _partners_after(text, sentence, hit, names, titles)
        or _partner_before(text, sentence, hit, names)
        or _partners_named_with(text, sentence, hit, names, titles)
    )
    if not group:
        return []
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


def _partners_after(
    text: str, sentence: Sentence, hit: Found, names: SentenceNames, titles: list[RoleSpan | Named]
) -> list[Named]:
    """The people named after ``[people] together_with`` in the trigger's clause."""
    cue = sentence.lang.listed("people", "together_with")
    if cue is None:
        return []
    _, clause_end = _clause(text, sentence, hit)
    link = cue.search(text, hit.start, clause_end)  # "hatte Acme 2011 gemeinsam mit Kim gegründet"
    partners = [p for p in names.people if p.kind == "name" and link and p.start >= link.end()]
    if not partners or not _WITH_GAP.fullmatch(_without(text, link.end(), partners[0].start, titles)):
        return []
    return _coordinated_group(text, partners, titles, sentence.lang)


def _partner_before(text: str, sentence: Sentence, hit: Found, names: SentenceNames) -> list[Named]:
    """ "赵一于2016年与钱二共同创办": the person named before ``[people] together_before``, when
    the one after it stands right before the trigger."""
    cue = sentence.lang.listed("people", "together_before")
    if cue is None:
        return []
    clause_start, _ = _clause(text, sentence, hit)
    named = [p for p in names.people if p.kind == "name" and clause_start <= p.start and p.end <= hit.start]
    for link in cue.finditer(text, clause_start, hit.start):
        after = [p for p in named if p.start >= link.end()]
        before = [p for p in named if p.end <= link.start()]
        if before and after and after[0].start - link.end() <= 1 and hit.start - after[0].end <= 2:
            return [before[-1]]
    return []


def _partners_named_with(
    text: str, sentence: Sentence, hit: Found, names: SentenceNames, titles: list[RoleSpan | Named]
) -> list[Named]:
    """ "平田 俊と一緒に設立": the people before the trigger followed by ``[people]
    together_with_after``, with those coordinated to the first."""
    partners = [p for p in names.people if p.end <= hit.start and _partner(text, p, sentence.lang)]
    return _coordinated_group(text, partners, titles, sentence.lang)


def _coordinated_group(
    text: str, partners: list[Named], titles: list[RoleSpan | Named], lang: Language
) -> list[Named]:
    """The first of ``partners`` and those joined to it in a list ("Kim, Lee and Park")."""
    group = partners[:1]
    for nearer, further in zip(partners, partners[1:], strict=False):
        if not _coordinated(text, nearer, further, titles, lang):
            break
        group.append(further)
    return group


_WITH_GAP = re.compile(r"\s*(?:[^\W\d_]{1,12}\s+){0,3}")  # "la ingeniera", "his longtime friend"


def _partner(text: str, person: Named, lang: Language) -> bool:
    """ "平田 俊と一緒に設立", "한지훈과 함께 창업": a person right before ``[people]
    together_with_after`` (after an honorific) is a partner of the subject, not the subject."""
    cue = lang.listed("people", "together_with_after")
    if cue is None or person.kind != "name":
        return False
    at = person.end
    honorific = _honorific_re(lang)
    if honorific is not None and (m := honorific.match(text, at)):
        at = m.end()
    return cue.match(text, at) is not None


@cache
def _honorific_re(lang: Language) -> re.Pattern | None:
    words = lang.section("people").get("honorifics", [])
    return re.compile(r"\s*(?:" + "|".join(words) + r")\.?") if words else None


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
    to take over: the title Lee takes is the one Kim leaves. "AがCFOを退任し、後任にBが就任"
    (``[cues] successor`` before the successor): B takes the title A leaves, whatever title B
    held before.

    An appointee a trigger says replaces someone ("replaced by Lee", "son successeur, Lee")
    takes the title of that person's departure or leave the document reports at the same
    organisation (interim when the trigger says so), and its date when the sentence states
    none or states it of another title; with no such title, the predecessor takes the one the
    document gives the appointee.

    When the document reports no departure of the one replaced from that organisation ("named
    Lee chief executive, replacing Kim"), the sentence reports it: a departure is added to
    ``mentions``, with the appointment's date and the title changing hands."""
    noted = ctx.cache.get(("predecessors", 0), {})
    for m in mentions:
        entry = noted.get(id(m))
        if entry is not None and entry[0] is m and entry[1] and entry[1] != m.person:
            _take_over(m, entry[1], entry[2], mentions)
    for sentence in {m.evidence.start: ctx.sentence_at(m.evidence.start) for m in mentions}.values():
        if sentence is not None:
            _succeeding(ctx, sentence, [m for m in mentions if m.evidence.start == sentence.start])
        cue = sentence.lang.cues.get("successor_of") if sentence else None
        link = cue.search(ctx.text, sentence.start, sentence.end) if cue is not None else None
        if link is None:
            continue
        found = sentence_names(ctx, sentence)
        after = [p for p in found.people if p.kind == "name" and p.start >= link.end()]
        if not after or len(_without(ctx.text, link.end(), after[0].start, found.roles)) > _PREDECESSOR_GAP:
            continue
        predecessor = after[0].name
        for new in [m for m in mentions if m.evidence.start == sentence.start and m.type == "appointment"]:
            if new.person == predecessor:
                continue
            title = _held_title(new, mentions)
            olds = [
                m for m in mentions if m.type == "departure" and m.person == predecessor and m.org == new.org
            ]
            if not olds and new.attributed:
                olds = [_departure_of(ctx, after[0], new)]
                mentions.append(olds[0])
            for old in olds:
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


def _departure_of(ctx: DocContext, predecessor: Named, new: Mention) -> Mention:
    """The departure of the one ``new`` replaces, told by the same sentence."""
    old = Mention(
        type="departure",
        person=predecessor.name,
        org=new.org,
        evidence=new.evidence,
        date=new.date,
        date_source=new.date_source,
        manner="unspecified",
        modality=new.modality,
        person_aliases=[a for a in predecessor.aliases if a != predecessor.name],
        org_aliases=list(new.org_aliases),
    )
    old.passage = passage_tokens(ctx, old)
    return old


_PREDECESSOR_GAP = 3  # "replacing Kim": the predecessor right after the cue
_FOUNDER_TITLES = ("Founder", "Co-founder")


def _succeeding(ctx: DocContext, sentence: Sentence, own: list[Mention]) -> None:
    cue = sentence.lang.listed("cues", "successor")
    link = cue.search(ctx.text, sentence.start, sentence.end) if cue is not None and len(own) > 1 else None
    if link is None:
        return
    people = [p for p in sentence_names(ctx, sentence).people if p.kind == "name"]
    before = {p.name for p in people if p.end <= link.start()}
    after = {p.name for p in people if p.start >= link.end()}
    for old in (m for m in own if m.type == "departure" and m.role and m.person in before):
        for new in (m for m in own if m.type == "appointment" and m.person in after and m.org == old.org):
            new.role = old.role


def _take_over(new: Mention, predecessor: str, interim: bool, mentions: list[Mention]) -> None:
    """``new`` replaces ``predecessor``: see :func:`share_successor_titles`."""
    olds = [
        m
        for m in mentions
        if m.person == predecessor and m.org == new.org and m.type in ("departure", "leave")
    ]
    for old in olds:  # "She succeeds Kim, who is retiring": Kim leaves when she takes over
        if old.date_source in ("published", "none") and new.date_source in ("stated", "context"):
            old.date, old.date_source = new.date, "context"
    title = next((m.role for m in olds if m.role and m.role not in _FOUNDER_TITLES), None)
    if title is None:
        given = next(
            (
                m
                for m in [new, *mentions]
                if m.type == "appointment" and m.person == new.person and m.org == new.org and m.role
            ),
            new,
        )
        for old in olds:
            old.role = old.role if old.role not in (None, *_FOUNDER_TITLES) else given.role or old.role
            if old.date_source in ("none", "published") and given.date:
                old.date, old.date_source = given.date, "context"
        new.role = given.role
        return
    if interim and not title.startswith("Interim "):
        title = f"Interim {title}"
    dated = next((m for m in olds if m.date and m.date_source in ("stated", "context")), None)
    if dated is not None and (new.date_source != "stated" or new.role not in (None, title)):
        new.date, new.date_source = dated.date, "context"
    new.role = title


def _change_key(m: Mention) -> tuple:
    return (m.type, m.person, m.org, m.role if m.type == "appointment" else None)


_OPEN_ASIDE = regex.compile(r"\s*[,(，（]\s*\p{Ll}[^,;:().，；：（）]*")
_ASIDE_REACH = 60


def _in_aside(text: str, named: Named, role: RoleSpan, people: list[Named]) -> bool:
    """True when ``role`` stands in an aside that opens right after ``named`` ("Lee, que era CFO,")
    and names no one else ("Acme, dont elle était la directrice financière": hers)."""
    return (
        0 <= role.start - named.end <= _ASIDE_REACH
        and _OPEN_ASIDE.fullmatch(text, named.end, role.start) is not None
        and not any(named.end <= p.start < role.start for p in people)
    )


def _after_former(ctx: DocContext, sentence: Sentence, position: int) -> bool:
    """True when a cue of ``[orgs] former`` ("procedente de", "donde era", "ex-") ends right
    before ``position``, or holds it ("ex-vice-presidente da"): what stands there is an
    organisation or a title the person had before."""
    key = ("former", sentence.start)
    if key not in ctx.cache:
        former = sentence.lang.listed("orgs", "former")
        spans = [m.span() for m in former.finditer(ctx.text, sentence.start, sentence.end)] if former else []
        ctx.cache[key] = spans
    text = ctx.text
    return any(
        start < position < end or 0 <= position - end <= 2 and not text[end:position].strip(" -")
        for start, end in ctx.cache[key]
    )


def _given_by_other(text: str, role: RoleSpan, hit: Found, found: list[Found]) -> bool:
    """A title right after another appointment trigger of the sentence is the one it gives
    ("Lee replaces Kim, who leaves and will become chair"): not the role of ``hit``'s person."""
    return any(
        other is not hit
        and other.trigger.type in ("appointment", "return")
        and 0 <= role.start - other.end <= _ROLE_AFTER_TRIGGER
        and not other.end <= hit.end <= role.start  # "聘请王建国出任首席财务官": 出任's, and the hire's
        and not _CLAUSE_BREAK.search(text, other.end, role.start)
        for other in found
    )


def _role_follows(text: str, roles: list[RoleSpan], hit: Found) -> bool:
    """A title right after the trigger, in its clause ("returned to her role as CEO")."""
    return any(
        0 <= role.start - hit.end <= _ROLE_OBJECT and not _CLAUSE_BREAK.search(text, hit.end, role.start)
        for role in roles
    )


def _one_per_change(mentions: list[Mention]) -> list[Mention]:
    """One mention per (type, person, organisation) in a sentence: "加入了Acme,担任CFO", or a
    person named in two scripts, is one report; slots one of them lacks come from the other.
    Two that state different dates are two changes ("joined in 1991, promoted in 2021")."""
    kept: dict[tuple[str, str, str], Mention] = {}
    apart = []  # "入社し、2021年に専務に就任": two dates stated, two changes
    for m in mentions:
        key = (m.type, m.person, m.org)
        if key not in kept:
            kept[key] = m
            continue
        first = kept[key]
        if first.date and m.date and first.date != m.date and m.date_source == first.date_source == "stated":
            apart.append(m)
            continue
        first.role = first.role or m.role
        first.date = first.date or m.date
        first.person_aliases = list(dict.fromkeys(first.person_aliases + m.person_aliases))
    order = {id(m): i for i, m in enumerate(mentions)}
    return sorted([*kept.values(), *apart], key=lambda m: order[id(m)])


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
    arrival = hit.trigger.type != "departure"
    roles = [
        r
        for r in roles
        if not (len(found) > 1 and _given_by_other(text, r, hit, found))
        and not (arrival and _after_former(ctx, sentence, r.start))
    ]
    dates = _dates(ctx, sentence)
    new = _ending(sentence.lang, "role_modifiers", "new", r"\W{1,3}")  # "its new CFO"
    if hit.trigger.role == "inherit":  # "replaced by Lee", "Lee succeeds Kim as CEO"
        role = (
            _inherited_role(roles, person, names.people)
            or _role_for(text, roles, person, hit, names.people, new, dates=dates)
            or _predecessor_role(ctx, index, person, names.people)
        )
    elif hit.trigger.type == "founding":
        role = hit.trigger.role or "Founder"  # a title next to a founder's name is held elsewhere
    else:
        lang = sentence.lang
        role = (
            _role_for(text, roles, person, hit, names.people, new, lang, found, dates=dates)
            or hit.trigger.role
        )
    date, date_source = _date_for(ctx, index, hit, found, person.name)
    mention = Mention(
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
    if hit.trigger.role == "inherit":
        _note_predecessor(ctx, index, hit, person, names, mention)
    return mention


def _note_predecessor(
    ctx: DocContext, index: int, hit: Found, person: Named, names: SentenceNames, mention: Mention
) -> None:
    """Remember whom an appointee replaces, for :func:`share_successor_titles`: the person named
    on the other side of the trigger ("Lee replaces Kim", "replaced by Lee"), or, when the
    sentence names none there ("son successeur, Lee"), the person named last before it; and
    whether the trigger makes the replacement interim ("temporarily replaced by")."""
    others = [p for p in names.people if p.kind in ("name", "pronoun") and p.start != person.start]
    if person.start >= hit.end:
        side = [p for p in reversed(others) if p.end <= hit.start]
    else:
        side = [p for p in others if p.start >= hit.end]
    focus = partial(_last_named, ctx, index)
    named = _resolve(side[0], names.people, focus, lambda position: None) if side else None
    predecessor = named.name if named else focus()
    interim = ctx.sentences[index].lang.interim_re
    ctx.cache.setdefault(("predecessors", 0), {})[id(mention)] = (
        mention,
        predecessor,
        interim is not None and interim.search(ctx.text, hit.start, hit.end) is not None,
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
    """The stretch of the sentence between the clause breaks around a trigger: punctuation,
    and the language's ``[cues] contrast`` words ("steps down but will remain chair")."""
    start = max(text.rfind(c, sentence.start, hit.start) for c in _CLAUSE_MARKS) + 1
    ends = [i for c in _CLAUSE_MARKS if (i := text.find(c, hit.end, sentence.end)) >= 0]
    start, end = max(start, sentence.start), min(ends, default=sentence.end)
    contrast = sentence.lang.listed("cues", "contrast")
    if contrast is not None:
        for m in contrast.finditer(text, start, end):
            if m.end() <= hit.start:
                start = m.end()
            elif m.start() >= hit.end:
                return start, m.start()
    return start, end


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
    dates: Callable[[], list[DateMention]] = list,
) -> list[Named]:
    """The person (or people named together) the trigger speaks of.

    The nearest name on the trigger's side ("Kim resigned": before; "the departure of Kim":
    after), within reach, not counting the titles and dates between ("destituiu nesta
    segunda-feira o presidente-executivo da companhia, Kim"); a trigger whose person usually
    stands before it may also find it after ("... announced today: Kim leaves").
    """
    inside = [
        p for p in people if hit.start <= p.start and p.end <= hit.end and p.kind == "name" and _known(p)
    ]
    if inside and not _subject_right_before(text, people, hit):
        return inside[:1]  # "kehrt Kim im April zurück": a name within a trigger that spans words
    verb = [p for p in people if p.kind == "self" and hit.start <= p.start < hit.end]
    if verb and not any(p.end <= hit.start for p in people):  # "entrerò in Acme": the verb says who
        chosen = _resolve(verb[0], people, focus, speaker)
        return [chosen] if chosen is not None else []
    inverted = _inverted_subject(text, people, hit, lang)
    if inverted is not None:  # "hat sie das Unternehmen verlassen": the subject after the verb
        chosen = _resolve(inverted, people, focus, speaker)
        return [chosen] if chosen is not None else []
    before = [p for p in reversed(people) if p.end <= hit.start and hit.start - p.end <= _SUBJECT_REACH]
    if before and lang.listed("people", "together_with_after") is not None:
        before = [p for p in before if not _partner(text, p, lang)]
    after = [
        p
        for p in people
        if p.start >= hit.end and _object_gap(hit.end, p.start, titles, dates) <= _OBJECT_REACH
    ]
    if (
        len(before) > 1
        and before[0].kind == "self"
        and _APPOSITION.match(text, before[1].end, before[0].start)
    ):
        before = before[1:]  # "Kim, my co-founder, left": Kim left
    before = _before_aside(text, before, hit)
    if hit.trigger.person == "after":
        sides: tuple[list[Named], ...] = (after,)
    elif hit.trigger.role == "inherit" and (before or lang.section("people").get("drops_subject")):
        sides = (
            before,
        )  # "Lee succeeds Kim", "Sostituisce Bernardo Giusti": the name after is the one replaced
    elif hit.trigger.role == "inherit":
        sides = (after,)  # "Её временно заменит Инна Дудина": an object before, the subject after
    else:
        sides = (before, after)
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
    if hit.trigger.person == "before" and lang.section("people").get("drops_subject"):
        writer = speaker(hit.start)  # "4月からはAcmeに入社し": no subject, in a note someone signed
        if writer:
            return [Named(hit.start, hit.start, writer, kind="speaker")]
    return []


_APPOSITION = re.compile(r"\s*[,，、]\s*$")
# An aside between a subject and its verb: ", a former Acme engineer," or "(Bilbao, 1968)".
_ASIDE = regex.compile(r"(?:\s*[,，]\s*\p{Ll}[^,，;:()]*)+[,，]\s*|\s*\([^()]*\)\s*,?\s*")
_ASIDE_NAMES = 3


def _before_aside(text: str, before: list[Named], hit: Found) -> list[Named]:
    """ "Kim, ingeniera por la Universidad de Zaragoza, se incorporó", "Kim (Bilbao, 1968) fue
    elegido": the names inside an aside that closes right before the trigger are not its
    subject; the name before the aside is. ``before`` lists the nearest name first."""
    if len(before) < 2 or text[max(0, hit.start - 3) : hit.start].rstrip()[-1:] not in ",，)":
        return before
    for k in range(1, min(len(before), _ASIDE_NAMES + 1)):
        if before[k].kind == "name" and _ASIDE.fullmatch(text, before[k].end, hit.start):
            return before[k:]
    return before


def _object_gap(
    start: int, end: int, titles: list[RoleSpan | Named], dates: Callable[[], list[DateMention]]
) -> int:
    """How far a name at ``end`` stands from a trigger ending at ``start``, titles and dates aside."""
    gap = end - start
    if gap <= _OBJECT_REACH or gap > 2 * _OBJECT_REACH:
        return gap
    for spans in (titles, [*titles, *dates()]):  # the dates only when the titles are not enough
        covered, reached = 0, start
        for lo, hi in sorted((s.start, s.end) for s in spans if s.end > start and s.start < end):
            lo, hi = max(lo, reached), min(hi, end)
            if hi > lo:
                covered, reached = covered + hi - lo, hi
        if gap - covered <= _OBJECT_REACH:
            break
    return gap - covered


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


_TITLE_GAP = 3  # "le nouveau directeur financier prendra ses fonctions": a title right before the verb


def _titled_subject(ctx: DocContext, index: int, hit: Found, names: SentenceNames) -> list[Named] | None:
    """A title right before a trigger whose person stands before it, in a sentence that names
    no one ("Le nouveau directeur financier prendra ses fonctions le 15 mars"), is the person
    the few sentences before named with that title ("un nouveau directeur financier, Samuel
    Ortiz"). None when there is no such title or no such person."""
    if hit.trigger.person != "before" or any(p.kind == "name" for p in names.people):
        return None
    title = next(
        (
            r
            for r in names.roles
            if 0 <= hit.start - r.end <= _TITLE_GAP and not ctx.text[r.end : hit.start].strip()
        ),
        None,
    )
    if title is None:
        return None
    for i in range(index - 1, max(-1, index - 6), -1):
        earlier = sentence_names(ctx, ctx.sentences[i])
        for role in (r for r in reversed(earlier.roles) if r.title == title.title):
            near = [
                p
                for p in earlier.people
                if p.kind == "name" and _distance(p.start, p.end, role.start, role.end) <= _TITLE_GAP
            ]
            if near:
                return [Named(title.start, title.end, near[0].name, aliases=near[0].aliases)]
    return None


_DROPPED_REACH = 4  # "Dal 1° luglio assumerà l'incarico": the words that may open the sentence


def _dropped_subject(ctx: DocContext, index: int, hit: Found, names: SentenceNames) -> list[Named]:
    """In a language that drops subject pronouns (``[people] drops_subject``), a verb that
    opens a sentence naming no one before it ("Assumerà l'incarico il 1° luglio", "Sostituisce
    Bernardo Giusti") is said of the person named last before it."""
    sentence = ctx.sentences[index]
    if (
        hit.trigger.person != "before"
        or any(p.end <= hit.start for p in names.people)
        or not sentence.lang.section("people").get("drops_subject")
        or len(ctx.text[sentence.start : hit.start].split()) > _DROPPED_REACH
    ):
        return []
    name = _last_named(ctx, index)
    return [Named(hit.start, hit.start, name)] if name else []


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
    honorific = "|".join(f"(?:{w})" for w in lang.section("people").get("honorifics", [])) or "(?!)"
    title = rf"(?:(?:{honorific})\.?{punct})?"  # "青木氏と福田氏", "Kim and Dr Lee"
    return regex.compile(
        rf"^{punct}{title}(?:(?:{words}){punct})?{title}(?:\p{{Ll}}{{1,5}}(?!\p{{Ll}})[\s'’]*){{0,2}}{punct}$",
        regex.IGNORECASE,
    )


def _arrival_orgs(ctx: DocContext, sentence: Sentence, orgs: list[Named], hit: Found) -> list[Named]:
    """A hire or a return whose organisation stands before it is not at one the person came
    from ("アオバ電機は、前ホクト精機CFOの山岸氏を迎えた": ``[orgs] former``)."""
    if hit.trigger.type not in ("appointment", "return") or hit.trigger.org != "before":
        return orgs
    return [o for o in orgs if not _after_former(ctx, sentence, o.start)]


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


def _described_org(ctx: DocContext, sentence: Sentence, hit: Found) -> Named | None:
    """An organisation a founding names in common words, as machine translation renders a
    name ("a lancé cette année la superintelligence sûre, qui ..."): ``[orgs] described``,
    patterns with a group ``org`` matched right after the trigger. Its name is those words."""
    if hit.trigger.type != "founding" or hit.trigger.org != "after":
        return None
    pattern = _described_re(sentence.lang)
    m = pattern.match(ctx.text, hit.end, sentence.end) if pattern is not None else None
    if m is None or m.group("org") is None:
        return None
    return Named(m.start("org"), m.end("org"), m.group("org"))


@cache
def _described_re(lang: Language) -> regex.Pattern | None:
    """``[orgs] described`` as one pattern, case-sensitive (it tells lower-case words)."""
    patterns = lang.section("orgs").get("described", [])
    return regex.compile("|".join(f"(?:{p})" for p in patterns), regex.VERSION1) if patterns else None


def _subject_org(ctx: DocContext, sentence: Sentence, hit: Found) -> Named | None:
    """ "Bankora ha nombrado a Kim": right before a trigger whose organisation stands before it
    and whose person after it ("names", "ha nombrado a"), a capitalised name no person of the
    document bears is that organisation."""
    if hit.trigger.org != "before" or hit.trigger.person != "after":
        return None
    text, words = ctx.text, ctx.words(sentence)
    run = [w for w in words if w.end <= hit.start][-_SUBJECT_WORDS:]
    if not run or text[run[-1].end : hit.start] != " ":
        return None
    while len(run) > 1 and text[run[0].end : run[1].start] != " ":
        run = run[1:]
    stop = sentence.lang.stopwords()
    while run and run[0].name in stop:
        run = run[1:]
    if not run or any(w.name in stop for w in run):
        return None
    surface = text[run[0].start : run[-1].end]
    if ctx.people.resolve(surface) or sentence.lang.is_role_word(run[-1].name):
        return None
    return Named(run[0].start, run[-1].end, ctx.orgs.canonical(surface), aliases=(surface,))


_SUBJECT_WORDS = 3


def _close(text: str, start: int, end: int) -> bool:
    """Nothing but a few words, and no clause break, between ``start`` and ``end``."""
    return end - start <= _ORG_GAP and not _CLAUSE_BREAK.search(text, start, end)


def _fallback_org(
    ctx: DocContext, names: SentenceNames, hit: Found, person: Named, taken: list[Named]
) -> Named | None:
    """With no organisation named by the trigger: the one next to the person, else the main one.

    A founding needs a named organisation. An organisation some other trigger of the
    sentence joins is not the one a departure leaves, and one it leaves is not the one an
    appointment joins ("Lia, who became CEO of the new bank, left Calista"): ``taken``. One the
    person came from ("procedente de Acme", ``[orgs] former``) is not the one a hire or a
    return is at.
    """
    if hit.trigger.type == "founding":
        return None
    orgs = [o for o in names.orgs if not _inside(o, person) and o not in taken]
    if hit.trigger.type != "departure" and orgs:
        orgs = [o for o in orgs if not _after_former(ctx, names.sentence, o.start)]
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
    text: str,
    roles: list[RoleSpan],
    person: Named,
    hit: Found,
    people: list[Named],
    new: re.Pattern | None,
    lang: Language | None = None,
    found: list[Found] = (),
    dates: list[DateMention] = (),
) -> str | None:
    """The role stated next to the person (or after an appointment trigger, maybe past a date:
    "elegido el pasado jueves presidente"); a role nearer
    to another person named in the sentence is that person's, and one in another clause than
    the trigger's ("入社し、2020年に常務に就任") or past another trigger ("CEO에서 물러나 의장을
    맡았다") that one's. A title marked by ``new``
    before it or ``[role_modifiers] given`` after it is the one an appointment gives."""
    given = lang.listed("role_modifiers", "given") if lang is not None else None
    if (
        len(found) > 1
    ):  # "CEO에서 물러나 이사회 의장을 맡았다": a title past another trigger is that trigger's
        roles = [r for r in roles if not any(_between(o, r, hit) for o in found)]
    if given is not None and hit.trigger.type == "departure":  # "회장으로 물러난다": where they go
        roles = [r for r in roles if not given.match(text, r.end)]
    for role in roles:
        if (
            new is not None
            and hit.trigger.type == "appointment"
            and new.search(text, max(0, role.start - 12), role.start)
        ):
            return role.title  # "nueva directora ejecutiva", "its new CFO": the role given
    if given is not None and hit.trigger.type == "appointment":
        marked = [r for r in roles if given.match(text, r.end)]  # "後任のCEOには…が就任", "CEO로 선임"
        if marked:
            return min(marked, key=lambda r: _distance(r.start, r.end, hit.start, hit.end)).title
    if hit.trigger.person == "after" and hit.end <= person.start:
        later = _given_after_description(text, roles, person, hit)
        if later is not None:
            return later  # "designó a la vicepresidenta financiera, Kim, como presidenta encargada"
    for role in roles:
        gap = text[hit.end : role.start] if role.start >= hit.end else ","
        if dates and _ROLE_AFTER_TRIGGER < len(gap) <= _ROLE_PAST_DATE:
            gap = _without(text, hit.end, role.start, dates)
        if (
            hit.trigger.type in ("appointment", "return")
            and len(gap) <= _ROLE_AFTER_TRIGGER
            and not (_CLAUSE_BREAK.search(gap))
            and not (lang is not None and _next_clause(text, hit.end, role.start, lang))
            and not _titles_another(role, person, people)
        ):
            return role.title
        if hit.trigger.type == "appointment" and (
            0 <= hit.start - role.end <= 1
            and role.end > person.end
            or person.start >= hit.end
            and 0 <= hit.start - role.end <= _ROLE_BEFORE_VERB
            and not _CLAUSE_BREAK.search(text, role.end, hit.start)
        ):
            return role.title  # "社長に就任", "техническим директором компании назначен Кира": the role given
    after = _role_after_apposition(text, roles, person) if hit.trigger.type == "appointment" else None
    if after is not None and hit.end <= person.start:
        return after  # "nommé Armand Roy, administrateur depuis 2020, président du conseil"
    best, best_distance = None, 10**9
    others = [p for p in people if p.kind == "name" and p.name != person.name]
    for role in roles:
        to_person = _distance(role.start, role.end, person.start, person.end)
        if any(
            _distance(role.start, role.end, o.start, o.end) < to_person
            or _in_aside(text, o, role, people)
            and not 0 <= person.start - role.end <= 2  # "de celle de la directrice juridique, Manon"
            for o in others
        ):
            continue  # "Lee, que hasta ahora era responsable de tesorería, sucede a Kim": Lee's title
        if lang is not None and role.start >= hit.end and _next_clause(text, hit.end, role.start, lang):
            continue
        distance = min(to_person, _distance(role.start, role.end, hit.start, hit.end))
        if distance < best_distance:
            best, best_distance = role.title, distance
    return best


def _titles_another(role: RoleSpan, person: Named, people: list[Named]) -> bool:
    """A title written right before someone else's name ("folgt auf Firmengründer Kim") is theirs."""
    return any(p.kind == "name" and p.name != person.name and 0 <= p.start - role.end <= 1 for p in people)


def _between(other: Found, role: RoleSpan, hit: Found) -> bool:
    """True when the trigger ``other`` stands between ``role`` and ``hit``."""
    return (
        role.end <= other.start
        and other.end <= hit.start
        or hit.end <= other.start
        and other.end <= role.start
    )


def _given_after_description(text: str, roles: list[RoleSpan], person: Named, hit: Found) -> str | None:
    """The title after the person when the title between the trigger and the person describes
    them ("named the CFO, Kim Lee, as interim CEO"): a comma stands between it and the name."""
    if not any(
        hit.end <= r.start and r.end <= person.start and _DESCRIBES.fullmatch(text, r.end, person.start)
        for r in roles
    ):
        return None
    later = [r for r in roles if 0 <= r.start - person.end <= _GIVEN_REACH]
    return later[0].title if later else None


_GIVEN_REACH = 40
# "la vicepresidenta financiera, Kim", "o vice-presidente financeiro da Acme, Kim": a title set off by a comma
_DESCRIBES = regex.compile(r"[^,;:.，；：]{0,40}[,，]\s*")


_APPOSITION_CLOSED = re.compile(r"\s*,[^,;:]{2,80}?,\s*(?:[^\W\d_]{1,4}\s+)?")


def _role_after_apposition(text: str, roles: list[RoleSpan], person: Named) -> str | None:
    """The role right after an apposition that follows the person ("Kim Lee, a former
    banker, as CFO"): what the person is named, not what the apposition says they were."""
    m = _APPOSITION_CLOSED.match(text, person.end)
    if m is None:
        return None
    return next((r.title for r in roles if r.start == m.end()), None)


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
    effective = _ending(sentence.lang, "dates", "effective", r"\W*")
    told = [d for d in at if _told(ctx, sentence.lang, d)] if _tells_announcements(sentence.lang) else []
    rivals = [o for o in found if o is not hit]
    for group in ([d for d in at if d not in told], told) if told else (at,):
        best, best_distance = None, 10**9
        for d in group:
            if _takes_effect(ctx.text, d, hit, rivals, effective, sentence.start):
                return d.value, "stated"  # "named Lee CEO, effective April 1, succeeding Kim"
            if (
                group is not told
                and d.start >= hit.end
                and _next_clause(ctx.text, hit.end, d.start, sentence.lang)
            ):
                continue  # "have started Acme, and from April I will run it": the next clause's date
            distance = _distance(d.start, d.end, hit.start, hit.end)
            if any(
                _nearer(ctx.text, d, o, hit, distance)
                and not (d.start >= o.end and _next_clause(ctx.text, o.end, d.start, sentence.lang))
                and not (o.start >= d.end and _purpose(ctx, o, sentence))
                for o in rivals
            ):
                continue  # another trigger's date, unless the date opens the clause after it
            if (
                (d.start >= hit.end or len(at) == 1)
                and effective is not None
                and effective.search(ctx.text, max(sentence.start, d.start - 20), d.start)
            ):
                return d.value, "stated"  # "named CEO on Monday, effective July 1": when it takes effect
            if d.end <= hit.start and _purpose(ctx, hit, sentence):
                distance += _BEHIND_PURPOSE  # a date after "to start Borealis" is its own
            if distance < best_distance:
                best, best_distance = d.value, distance
        if best:
            return best, "stated"
    same = [d for d in dates if d.bound == "same"]
    if same:  # "10日、…が同日付で復帰": the sentence's own date before it, else an earlier one
        size = _PRECISION.get(same[0].value, 0)
        own = [d for d in at if d.end <= same[0].start and len(d.value) >= size]
        return (own[-1].value, "stated") if own else (_last_date(ctx, index, size), "context")
    first = min(found, key=lambda f: f.start)
    opening = [d for d in at if d.end <= first.start]
    if opening and (
        not _CLAUSE_BREAK.search(ctx.text, first.end, hit.start)
        or not opening[0].relative
        and opening[0].start - sentence.start <= _OPENING
    ):
        return opening[-1].value, "stated"
    earlier = _paragraph_date(ctx, index, person)
    if earlier:
        return earlier, "context"
    current = sentence.lang.listed("dates", "current")
    if ctx.published and current is not None and current.search(ctx.text, sentence.start, hit.end):
        return ctx.published.isoformat(), "published"
    if ctx.published and _is_headline(ctx, index):
        return ctx.published.isoformat(), "published"  # "Acme names Kim chief executive"
    return None, "none"


def _purpose(ctx: DocContext, hit: Found, sentence: Sentence) -> bool:
    """A trigger opening a purpose clause (``[cues] purpose``: "to start Borealis")."""
    cue = sentence.lang.listed("cues", "purpose")
    return cue is not None and cue.match(ctx.text, hit.start, hit.end) is not None


def _nearer(text: str, d: DateMention, other: Found, hit: Found, distance: int) -> bool:
    """True when the date ``d`` belongs to the ``other`` trigger rather than to ``hit``: the
    trigger of its own clause ("que deixou a Acme em dezembro, entra em funções": December is
    the leaving's), else the nearer one."""
    hit_parted, other_parted = _parted(text, d, hit), _parted(text, d, other)
    if hit_parted != other_parted:
        return hit_parted
    if hit.end <= d.start and d.end <= other.start and _AND.fullmatch(text, d.end, other.start):
        return False  # "deixará o cargo em 31 de janeiro e será sucedido": the date ends its clause
    return _distance(d.start, d.end, other.start, other.end) < distance


_AND = regex.compile(r"\s+\p{Ll}{1,3}\s+")  # "and", "y", "e", "et", "und" between two clauses


def _parted(text: str, d: DateMention, hit: Found) -> bool:
    start, end = (d.end, hit.start) if d.end <= hit.start else (hit.end, d.start)
    return start < end and _CLAUSE_BREAK.search(text, start, end) is not None


def _is_headline(ctx: DocContext, index: int) -> bool:
    """The document's first line, standing alone: a headline tells the news of the day."""
    sentence = ctx.sentences[index]
    return index == 0 and "\n" in ctx.text[sentence.end : sentence.end + 3]


def _next_clause(text: str, start: int, end: int, lang: Language) -> bool:
    """True when a comma and a conjunction ("…, and …") stand between ``start`` and ``end``."""
    return _next_clause_re(lang).search(text, start, end) is not None


@cache
def _next_clause_re(lang: Language) -> re.Pattern:
    """ "…, and …", or a verb form that ends a clause (``[dates] clause_end``: "入社し、")."""
    words = "|".join(w for w in lang.section("people").get("conjunctions", []) if w.isalpha()) or "(?!)"
    ends = "".join(f"|(?:{p})" for p in lang.section("dates").get("clause_end", []))
    return re.compile(rf"[,;，；]\s*(?:{words})(?!\w){ends}", re.IGNORECASE)


_PRECISION = {"day": 10, "month": 7}  # what "the same day", "the same month" refer back to


def _last_date(ctx: DocContext, index: int, size: int = 0) -> str | None:
    """The last date stated anywhere before sentence ``index``, at least ``size`` characters
    long ("同日付" is the last day named, not a year)."""
    for i in range(index - 1, -1, -1):
        at = [d for d in _dates(ctx, ctx.sentences[i]) if d.bound == "at" and len(d.value) >= size]
        if at:
            return at[-1].value
    return None


def _paragraph_date(ctx: DocContext, index: int, person: str) -> str | None:
    """A date stated earlier in the paragraph about ``person``, or opening the paragraph."""
    for i in range(index - 1, -1, -1):
        this, nxt = ctx.sentences[i], ctx.sentences[i + 1]
        if "\n" in ctx.text[this.end : nxt.start]:
            return None
        at = [d for d in _dates(ctx, this) if d.bound == "at" and not _told(ctx, this.lang, d)]
        if not at:
            continue
        opens = i == 0 or "\n" in ctx.text[ctx.sentences[i - 1].end : this.start]
        if opens and at[0].start - this.start <= _OPENING:
            return at[0].value
        if any(p.name == person for p in sentence_names(ctx, this).people):
            return at[-1].value
    return None


def _told(ctx: DocContext, lang: Language, d: DateMention) -> bool:
    """A date the news was told on ("…했다고 4일 밝혔다", "…は3日、…と発表した": ``[dates]
    announced`` right after it; "Acme said on Monday that": ``[dates] announced_before`` right
    before it): the date of a change only when no other date is stated."""
    announced = lang.listed("dates", "announced")
    if announced is not None and announced.match(ctx.text, d.end) is not None:
        return True
    before = _ending(lang, "dates", "announced_before", r"\s*", head=r"(?<!\w)")
    return before is not None and before.search(ctx.text, max(0, d.start - _TOLD_REACH), d.start) is not None


_TOLD_REACH = 60  # "told analysts on a conference call on Monday"


@cache
def _ending(lang: Language, section: str, key: str, tail: str, head: str = "") -> re.Pattern | None:
    """The list ``[section] key`` as one pattern that ends, but for ``tail``, where the text
    searched ends: the words right before a title ("its new") or a date ("effective")."""
    words = lang.section(section).get(key, [])
    return re.compile(head + "(?:" + "|".join(words) + ")" + tail + "$", re.IGNORECASE) if words else None


def _tells_announcements(lang: Language) -> bool:
    data = lang.section("dates")
    return bool(data.get("announced") or data.get("announced_before"))


def _takes_effect(
    text: str, d: DateMention, hit: Found, rivals: list[Found], effective: re.Pattern | None, floor: int
) -> bool:
    """A date after ``hit`` that ``[dates] effective`` opens ("effective April 1") with no
    other trigger between them: when ``hit``'s change takes effect."""
    return (
        effective is not None
        and d.start >= hit.end
        and not any(hit.end <= o.start < d.start for o in rivals)
        and effective.search(text, max(floor, d.start - 20), d.start) is not None
    )


def _predecessor_role(ctx: DocContext, index: int, person: Named, people: list[Named]) -> str | None:
    """ "Kim, COO since 2018, leaves in March. Lee will replace him": with no one else named in
    the sentence, the one replaced is the person the sentence before names last, and the role
    stated nearest that name is the one taken."""
    if index == 0 or any(p.kind == "name" and p.name != person.name and _known(p) for p in people):
        return None
    before = ctx.sentences[index - 1]
    named = [p for p in sentence_names(ctx, before).people if p.kind == "name"]
    if not named:
        return None
    last = named[-1]
    near = [
        (_distance(r.start, r.end, last.start, last.end), r.title) for r in sentence_names(ctx, before).roles
    ]
    return min(near)[1] if near and min(near)[0] <= _NEXT_TO else None


_NEXT_TO = 30  # "the COO of Acme, Kim": how far from the name its title may stand


def _inherited_role(roles: list[RoleSpan], person: Named, people: list[Named]) -> str | None:
    """ "X was replaced by Y": Y takes the role stated nearest X (nearer X than Y)."""
    others = [p for p in people if p.kind == "name" and p.name != person.name]
    best, best_distance = None, _NEXT_TO
    for role in roles if others else ():
        if role.title in _FOUNDER_TITLES:
            continue  # no one takes "founder" over
        distance = min(_distance(role.start, role.end, o.start, o.end) for o in others)
        if distance < best_distance and distance < _distance(role.start, role.end, person.start, person.end):
            best, best_distance = role.title, distance
    return best


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
