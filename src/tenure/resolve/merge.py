"""One event per real-world change: merging mentions across documents and languages.

Mentions with the same type, the same person and the same organisation are one event when
their dates are compatible (``2024-09`` agrees with ``2024-09-25``; a mention with no date
agrees with any); an organisation told in common words ("superintelligence sûre", a name
translated) is the one other documents name for the same change. Slot values are voted:
the most specific date consistent with most sources, the role most sources state; the values
outvoted are kept as alternatives.

A first-person mention whose document never names its speaker (``attribution`` "none") is
no event by itself. It becomes an extra source of an existing event of the same type at the
same organisation when another document that cites the event holds the same text: the
distinctive names of the passages around the two mentions (``Mention.passage``) must share
at least ``MIN_SHARED_NAMES`` names and most of the smaller set, and exactly one event may
qualify. The letter a news story quotes under its author's name thereby attributes the
unsigned original, in whatever language each is written.
"""

from __future__ import annotations

import calendar
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from tenure.model import Alternative, Event, Mention
from tenure.resolve.entities import Assertion, Orgs, People
from tenure.resolve.keys import name_key, org_key, token_key


@dataclass
class Sourced:
    """A mention with when its document could first be known."""

    mention: Mention
    known: str | None  # YYYY-MM-DD: publication date, else ingest date


def compatible(a: str | None, b: str | None) -> bool:
    """Dates agree to the precision of the coarser one (None agrees with anything); two days
    or months a few weeks apart agree too: an announcement and its effective date, two time
    zones, or a month one source tells from the paragraph it stands in."""
    if not a or not b:
        return True
    n = min(len(a), len(b))
    if a[:n] == b[:n]:
        return True
    if n >= 7:  # days or months: the gap between the two stretches of time they name
        (a_first, a_last), (b_first, b_last) = _days(a), _days(b)
        gap = max(a_first, b_first).toordinal() - min(a_last, b_last).toordinal()
        return gap <= (_SAME_CHANGE_DAYS if n == 10 else _NEXT_MONTH_DAYS)
    return False


def _days(value: str) -> tuple[date, date]:
    """The first and last day of a YYYY-MM or YYYY-MM-DD date."""
    if len(value) == 10:
        day = date.fromisoformat(value)
        return day, day
    year, month = int(value[:4]), int(value[5:7])
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


_SAME_CHANGE_DAYS = 31
_NEXT_MONTH_DAYS = 27  # a month and the next (or a day in it): never two months apart


def merge(sourced: Iterable[Sourced], assertions: Iterable[Assertion] = ()) -> list[Event]:
    """Merge mentions into events; see the module docstring."""
    return merge_with_names(sourced, assertions)[0]


def merge_with_names(
    sourced: Iterable[Sourced], assertions: Iterable[Assertion] = ()
) -> tuple[list[Event], People, Orgs]:
    """Like :func:`merge`, also returning the people and organisation resolvers."""
    everything = list(sourced)
    sourced = [s for s in everything if s.mention.attributed and s.mention.person]
    unattributed = [s for s in everything if not s.mention.attributed]
    assertions = list(assertions)
    mentions = [s.mention for s in sourced]
    orgs = Orgs(mentions, assertions)
    people = People(mentions, assertions, org_name=orgs.name)
    named = _named_for_described(sourced, people, orgs)
    groups: dict[tuple[str, str, str], list[Sourced]] = defaultdict(list)
    for s in sourced:
        m = s.mention
        groups[(m.type, people.name(m.person, m.org), named.get(id(m)) or orgs.name(m.org))].append(s)
    events = []
    members_of: dict[int, list[Sourced]] = {}
    for (kind, person, org), members in groups.items():
        for cluster in _by_date(members):
            events.append(_event(kind, person, org, cluster))
            members_of[id(events[-1])] = cluster
    if unattributed:
        _attribute(unattributed, events, members_of, orgs, everything)
    events.sort(key=lambda e: (e.date or "9999", e.person, e.type))
    _unique_ids(events)
    return events, people, orgs


def _named_for_described(sourced: list[Sourced], people: People, orgs: Orgs) -> dict[int, str]:
    """A mention whose organisation is told in common words, as machine translation renders a
    name ("superintelligence sûre"), is of the event other documents tell of the same person
    and change under a name, when exactly one organisation's name fits its date: mention id →
    that name."""
    described = [s.mention for s in sourced if _in_common_words(s.mention.org)]
    if not described:
        return {}
    told: dict[tuple[str, str], list[tuple[str, str | None]]] = defaultdict(list)
    for s in sourced:
        m = s.mention
        if not _in_common_words(m.org):
            told[(m.type, people.name(m.person, m.org))].append((orgs.name(m.org), m.date))
    found = {}
    for m in described:
        fits = {
            org
            for org, day in told.get((m.type, people.name(m.person, m.org)), [])
            if compatible(day, m.date)
        }
        if len(fits) == 1:
            found[id(m)] = fits.pop()
    return found


def _in_common_words(org: str) -> bool:
    """A name written in lower case only, in a script with capitals."""
    return any(c.islower() for c in org) and not any(c.isupper() for c in org)


MIN_SHARED_NAMES = 5  # distinctive names two passages must share to hold the same text
MIN_OVERLAP = 0.6  # ... and the share of the smaller passage's names they must be
_RARE_SHARE = 0.1  # in a large corpus, a name in more than this share of documents is common
_RARE_FLOOR = 5  # ... but never below this many documents


def _attribute(
    unattributed: list[Sourced],
    events: list[Event],
    members_of: dict[int, list[Sourced]],
    orgs: Orgs,
    everything: list[Sourced],
) -> None:
    """Attach each unattributed mention, as a source, to the one event whose other source
    holds the same passage (see the module docstring)."""
    common = _common_names(everything)
    at: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for e in events:
        at[(e.type, org_key(e.org))].append(e)
    for s in unattributed:
        m = s.mention
        keys = dict.fromkeys((org_key(orgs.name(m.org)), org_key(m.org)))
        fits = []
        for event in [e for key in keys for e in at.get((m.type, key), [])]:
            ignore = common | _words(event.org) | _words(m.org) | _words(event.person)
            ours = set(m.passage) - ignore
            best = None
            for other in members_of[id(event)]:
                if other.mention.evidence.doc == m.evidence.doc:
                    continue
                score = _overlap(ours, set(other.mention.passage) - ignore)
                if score is not None and (best is None or score > best[0]):
                    best = (score, other.mention.attribution == "speaker")
            if best is not None:
                fits.append((event, best[1]))
        if len(fits) > 1:  # a letter that names several people: its author's event, if one
            fits = [f for f in fits if f[1]]
        if len(fits) == 1:
            event = fits[0][0]
            event.evidence = sorted(set(event.evidence) | {m.evidence}, key=lambda e: (e.doc, e.start))


def _overlap(a: set[str], b: set[str]) -> float | None:
    """How much of the smaller of two name sets the other holds, when it is enough."""
    shared = len(a & b)
    if shared < MIN_SHARED_NAMES:
        return None
    score = shared / min(len(a), len(b))
    return score if score >= MIN_OVERLAP else None


def _common_names(everything: list[Sourced]) -> set[str]:
    """Names found around mentions of so many documents that they tell no passage apart."""
    per_doc: dict[str, set[str]] = defaultdict(set)
    for s in everything:
        per_doc[s.mention.evidence.doc].update(s.mention.passage)
    limit = max(_RARE_FLOOR, _RARE_SHARE * len(per_doc))
    counts = Counter(name for names in per_doc.values() for name in names)
    return {name for name, n in counts.items() if n > limit}


def _words(name: str) -> set[str]:
    return {token_key(w) for w in name.split()} | {token_key(name), org_key(name)}


def _unique_ids(events: list[Event]) -> None:
    """Two events that hash alike (same person, type, organisation, date) get distinct ids."""
    seen: set[str] = set()
    for e in events:
        base, n = e.id, 1
        while e.id in seen:
            n += 1
            e.id = f"{base}-{n}"
        seen.add(e.id)


def _by_date(members: list[Sourced]) -> list[list[Sourced]]:
    """Split one (type, person, org) group into clusters of mutually compatible dates."""
    dated = sorted((s for s in members if s.mention.date), key=lambda s: -len(s.mention.date or ""))
    clusters: list[list[Sourced]] = []
    for s in dated:
        for cluster in clusters:
            if all(compatible(s.mention.date, o.mention.date) for o in cluster):
                cluster.append(s)
                break
        else:
            clusters.append([s])
    undated = [s for s in members if not s.mention.date]
    if not clusters:
        return [undated] if undated else []
    for s in undated:
        agreeing = [c for c in clusters if _role_agrees(s.mention.role, c)]
        max(agreeing or clusters, key=len).append(s)
    return clusters


def _role_agrees(role: str | None, cluster: list[Sourced]) -> bool:
    """An undated report joins the dated cluster whose roles it agrees with."""
    roles = {name_key(s.mention.role) for s in cluster if s.mention.role}
    return not role or not roles or name_key(role) in roles


def _event(kind: str, person: str, org: str, members: list[Sourced]) -> Event:
    mentions = [s.mention for s in members]
    alternatives: list[Alternative] = []
    date = _vote_date(mentions, alternatives)
    role = _vote(mentions, "role", alternatives)
    manner = _vote(mentions, "manner", alternatives, ignore=("unspecified",)) if kind == "departure" else None
    modality = (
        "asserted"
        if any(m.modality == "asserted" for m in mentions)
        else _majority([m.modality for m in mentions])
    )
    evidence = sorted({m.evidence for m in mentions}, key=lambda e: (e.doc, e.start))
    known = [s.known for s in members if s.known]
    return Event(
        id=event_id(kind, person, org, date),
        type=kind,
        person=person,
        org=org,
        role=role,
        date=date,
        manner=manner or ("unspecified" if kind == "departure" else None),
        modality=modality,
        evidence=evidence,
        known_since=min(known) if known else None,
        alternatives=alternatives,
    )


def event_id(kind: str, person: str, org: str, date: str | None) -> str:
    """A stable id: the same change, with the same voted date, gets the same id on every rebuild."""
    raw = "|".join((kind, name_key(person), org_key(org), date or ""))
    return hashlib.sha1(raw.encode()).hexdigest()[:12]


def _vote_date(mentions: list[Mention], alternatives: list[Alternative]) -> str | None:
    dates = [m.date for m in mentions if m.date]
    if not dates:
        return None
    support = Counter(dates)
    stated = Counter(m.date for m in mentions if m.date and m.date_source == "stated")

    def rank(d: str) -> tuple[int, int, int, int]:
        # The date most sources agree with; then the one sentences state rather than take
        # from their paragraph (2024-06 stated over 2024-05 inherited); then the most specific.
        agree = sum(n for o, n in support.items() if compatible(d, o))
        said = sum(n for o, n in stated.items() if o.startswith(d) or d.startswith(o))
        return agree, said, len(d), support[d]

    best = max(support, key=rank)
    for value in sorted(support):  # another month is worth showing, even when close enough to merge
        if not compatible(value, best) or min(len(value), len(best)) >= 7 and value[:7] != best[:7]:
            alternatives.append(Alternative("date", value, _docs(mentions, "date", value)))
    return best


def _vote(
    mentions: list[Mention], slot: str, alternatives: list[Alternative], ignore: tuple[str, ...] = ()
) -> str | None:
    values = [getattr(m, slot) for m in mentions if getattr(m, slot) and getattr(m, slot) not in ignore]
    if not values:
        return None
    support = Counter(values)
    best = max(support, key=lambda v: (support[v], len(v)))
    for value in sorted(support):
        if value != best:
            alternatives.append(Alternative(slot, value, _docs(mentions, slot, value)))
    return best


def _majority(values: list[str]) -> str:
    return Counter(values).most_common(1)[0][0]


def _docs(mentions: list[Mention], slot: str, value: str) -> list[str]:
    return sorted({m.evidence.doc for m in mentions if getattr(m, slot) == value})
