"""Tenures and talent flows derived from merged events.

An appointment opens a tenure; a departure closes it (and implies the role was held
before, when no appointment opened it); a leave suspends it and a return resumes it; a
founding opens a Founder or Co-founder tenure. Each bound keeps its precision and whether
a source states it (``start_known``) or it is only implied.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict

from tenure.model import Event, Flow, Tenure
from tenure.resolve.keys import name_key, org_key

# On one date, what ends comes before what begins: a departure, then a return or a new role.
_ORDER = {"leave": 0, "departure": 1, "founding": 2, "appointment": 3, "return": 4}


def derive_tenures(events: list[Event]) -> list[Tenure]:
    """Every tenure the events imply, per person and organisation, in date order."""
    by_holder: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for e in events:
        by_holder[(e.person, e.org)].append(e)
    tenures: list[Tenure] = []
    for (person, org), items in by_holder.items():
        items.sort(key=lambda e: (e.date or "", _ORDER[e.type]))
        tenures.extend(_walk(person, org, items))
    _succession(tenures, events)
    return tenures


def _walk(person: str, org: str, events: list[Event]) -> list[Tenure]:
    done: list[Tenure] = []
    open_: list[Tenure] = []
    for e in events:
        if e.type in ("appointment", "founding"):
            role = e.role or ("Founder" if e.type == "founding" else None)
            open_.append(_tenure(person, org, role, e, start=e.date))
        elif e.type == "departure":
            closing = [t for t in open_ if t.role and e.role and _same_role(t.role, e.role)]
            if e.role and not closing:
                closing = [_tenure(person, org, e.role, e, start=None, start_known=False, with_event=False)]
            closing += [t for t in open_ if not t.role or not e.role]
            for t in closing:
                t.end, t.end_known, t.state = e.date, True, "ended"
                t.events.append(e.id)
                if t in open_:
                    open_.remove(t)
                done.append(t)
        elif e.type == "leave":
            held = open_ or [_tenure(person, org, e.role, e, start=None, start_known=False, with_event=False)]
            for t in held:
                t.state = "on_leave"
                t.events.append(e.id)
            open_ = held
        elif e.type == "return":
            suspended = [t for t in open_ if t.state == "on_leave"]
            for t in suspended:
                t.state = "active"
                t.events.append(e.id)
            if not suspended:
                open_.append(_tenure(person, org, e.role, e, start=e.date))
    return done + open_


def _tenure(
    person: str,
    org: str,
    role: str | None,
    e: Event,
    start: str | None,
    start_known: bool = True,
    with_event: bool = True,
) -> Tenure:
    return Tenure(
        person,
        org,
        role,
        start,
        None,
        "active",
        start_known,
        False,
        e.known_since,
        [e.id] if with_event else [],
    )


def _succession(tenures: list[Tenure], events: list[Event]) -> None:
    """A role one person holds at a time (chief executive, chair...) passes on: another
    person's appointment (or return) to it ends an earlier holder's open tenure, unknown end."""
    arrivals = [
        e
        for e in events
        if e.type in ("appointment", "return") and e.role and e.date and _SINGLE.search(e.role)
    ]
    for t in tenures:
        if t.state == "ended" or not t.role or not _SINGLE.search(t.role):
            continue
        later = [
            e
            for e in arrivals
            if e.org == t.org
            and e.person != t.person
            and _same_role(t.role, e.role)
            and _after(e.date, t.start, interim=t.role.startswith("Interim"))
        ]
        if later:
            first = min(later, key=lambda e: e.date)
            t.end, t.end_known, t.state = first.date, False, "ended"
            t.events.append(first.id)


def _after(day: str, start: str | None, interim: bool) -> bool:
    """``day`` comes after a tenure's ``start``; an interim one ends within its own period too."""
    if not start:
        return True
    return period_end(day) >= period_start(start) if interim else period_start(day) > period_end(start)


_SINGLE = re.compile(r"^(?:Interim )?(?:Chief \w+(?: \w+)* Officer|Chief Scientist|President|Board Chair)$")


def _same_role(a: str | None, b: str | None) -> bool:
    return not a or not b or name_key(a).replace("interim", "") == name_key(b).replace("interim", "")


def holds_on(tenure: Tenure, on: str) -> str | None:
    """Whether ``tenure`` covers day ``on``: "certain", "likely" or None (not held).

    Certain when a source states the start and ``on`` lies clearly inside both bounds;
    likely when a bound is only implied or ``on`` falls in a bound's period.
    """
    if tenure.start and on < period_start(tenure.start):
        return None
    if tenure.end and on > period_end(tenure.end):
        return None
    started = bool(tenure.start_known and tenure.start and on > period_end(tenure.start))
    not_ended = not tenure.end or on < period_start(tenure.end)
    return "certain" if started and not_ended else "likely"


def period_start(value: str) -> str:
    """First day of a YYYY, YYYY-MM or YYYY-MM-DD period."""
    parts = value.split("-")
    return "-".join([parts[0], parts[1] if len(parts) > 1 else "01", parts[2] if len(parts) > 2 else "01"])


def period_end(value: str) -> str:
    """Last day of a YYYY, YYYY-MM or YYYY-MM-DD period."""
    parts = value.split("-")
    if len(parts) == 3:
        return value
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 12
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def derive_flows(events: list[Event]) -> list[Flow]:
    """Moves between organisations: a departure from A, then an appointment or founding at B."""
    by_person: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_person[e.person].append(e)
    flows = []
    for person, items in by_person.items():
        arrivals = [e for e in items if e.type in ("appointment", "founding")]
        for left in (e for e in items if e.type == "departure"):
            nxt = _next_arrival(left, arrivals)
            if nxt is not None:
                flows.append(
                    Flow(person, left.org, nxt.org, left.date, nxt.date, nxt.type, [left.id, nxt.id])
                )
    flows.sort(key=lambda f: (f.left or "", f.person))
    return flows


def _next_arrival(left: Event, arrivals: list[Event]) -> Event | None:
    """The first arrival elsewhere on or after the departure (or reported alongside it)."""
    docs = {ev.doc for ev in left.evidence}
    candidates = []
    for e in arrivals:
        if org_key(e.org) == org_key(left.org):
            continue
        if left.date and e.date:
            if period_end(e.date) >= period_start(left.date):
                candidates.append((period_start(e.date), e))
        elif docs & {ev.doc for ev in e.evidence}:
            candidates.append((e.date or left.date or "", e))
    return min(candidates, key=lambda c: c[0])[1] if candidates else None


def route_counts(flows: list[Flow]) -> list[dict]:
    """Moves counted by route (from one organisation to another), most travelled first."""
    routes: dict[tuple[str, str], list[Flow]] = defaultdict(list)
    for f in flows:
        routes[(f.from_org, f.to_org)].append(f)
    rows = []
    for (source, target), moves in routes.items():
        dates = sorted(d for f in moves for d in [f.left or f.joined] if d)
        rows.append(
            {
                "from_org": source,
                "to_org": target,
                "moves": len(moves),
                "people": sorted({f.person for f in moves}),
                "first": dates[0] if dates else None,
                "last": dates[-1] if dates else None,
            }
        )
    rows.sort(key=lambda r: (-r["moves"], r["from_org"], r["to_org"]))
    return rows
