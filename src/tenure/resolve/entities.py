"""One record per person and per organisation, across documents, scripts and spellings.

Names are grouped with a union-find over normalised keys. A mention's name is joined with
the aliases its document gave (a Latin name in parentheses after a transliteration). A name
of one word ("Tomas", "Varga") is only known within its organisation: it is joined with the
one full name sharing that word at the same organisation or in the same document, and never
when two such full names exist (two siblings). User assertions (``alias``, ``merge``,
``split``) are applied on top; a split is never undone by any join.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import regex

from tenure.resolve.keys import name_key, org_key

_LATIN = regex.compile(r"\p{Latin}")
_WORDS = regex.compile(r"[\s·・•‧]+")


@dataclass
class Assertion:
    """A user's statement about identity: ``alias``/``merge`` join two names, ``split`` parts them."""

    kind: str  # "alias" | "merge" | "split"
    entity: str  # "person" | "org"
    a: str
    b: str


class UnionFind:
    """Disjoint sets of keys that never put a blocked pair in one set."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.members: dict[str, set[str]] = {}
        self.blocked: set[frozenset[str]] = set()

    def find(self, key: str) -> str:
        if key not in self.parent:
            self.parent[key] = key
            self.members[key] = {key}
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> bool:
        """Join the sets of ``a`` and ``b`` unless that would join a blocked pair."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.blocked and any(
            frozenset((x, y)) in self.blocked for x in self.members[ra] for y in self.members[rb]
        ):
            return False
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        self.members[root] |= self.members.pop(child)
        return True


@dataclass
class Resolver:
    """Maps every spelling of a person or organisation to one canonical name."""

    sets: UnionFind = field(default_factory=UnionFind)
    spellings: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # key → spellings
    canonical: dict[str, str] = field(default_factory=dict)  # root → name

    def see(self, key: str, spelling: str, weight: int = 1) -> None:
        if key:
            self.spellings[key][spelling] += weight
            self.sets.find(key)

    def join(self, a: str, b: str) -> bool:
        return bool(a and b) and self.sets.union(a, b)

    def finish(self) -> None:
        """Choose each group's canonical name: Latin script, full, most frequent."""
        groups: dict[str, Counter] = defaultdict(Counter)
        for key, spellings in self.spellings.items():
            groups[self.sets.find(key)].update(spellings)
        for root, counts in groups.items():
            self.canonical[root] = max(counts, key=lambda s: _preference(s, counts[s]))

    def name(self, key: str, default: str) -> str:
        return self.canonical.get(self.sets.find(key), default)


def _preference(name: str, count: int) -> tuple:
    latin = bool(_LATIN.search(name))
    return (latin, min(len(_WORDS.split(name.strip())), 3), count, sum(c.isupper() for c in name), name)


def person_key(name: str, org: str) -> str:
    """A full name is known everywhere; a one-word name only at its organisation."""
    key = name_key(name)
    if len(_WORDS.split(name.strip())) >= 2:
        return key
    return f"{key}@{org_key(org)}"


def _unscoped(key: str) -> str:
    return key.split("@", 1)[0]


class People:
    """The people of a set of mentions, resolved."""

    def __init__(
        self,
        mentions: Iterable,
        assertions: Iterable[Assertion] = (),
        org_name: Callable[[str], str] = lambda org: org,
    ) -> None:
        mentions = list(mentions)
        assertions = [a for a in assertions if a.entity == "person"]
        self.org_name = org_name
        self.resolver = Resolver()
        for m in mentions:
            key = person_key(m.person, self.org_name(m.org))
            self.resolver.see(key, m.person)
            for alias in m.person_aliases:
                self.resolver.see(person_key(alias, self.org_name(m.org)), alias, 0)
        self._block(assertions)
        for m in mentions:
            for alias in m.person_aliases:
                self.resolver.join(
                    person_key(m.person, self.org_name(m.org)), person_key(alias, self.org_name(m.org))
                )
        self._join_short_names(mentions)
        self._apply(assertions)
        self.resolver.finish()

    def name(self, person: str, org: str) -> str:
        return self.resolver.name(person_key(person, self.org_name(org)), person)

    def spellings(self) -> Iterable[tuple[str, str]]:
        """(spelling, canonical name) for every spelling seen."""
        for key, counts in self.resolver.spellings.items():
            for spelling in counts:
                yield spelling, self.resolver.name(key, spelling)

    def _matching(self, name: str) -> list[str]:
        """Every key a user-given name stands for (a one-word name at every organisation)."""
        wanted = name_key(name)
        return [k for k in self.resolver.spellings if k == wanted or _unscoped(k) == wanted] or [wanted]

    def _block(self, assertions: list[Assertion]) -> None:
        for a in assertions:
            if a.kind == "split":
                for ka in self._matching(a.a):
                    for kb in self._matching(a.b):
                        self.resolver.sets.blocked.add(frozenset((ka, kb)))

    def _apply(self, assertions: list[Assertion]) -> None:
        for a in assertions:
            if a.kind in ("alias", "merge"):
                targets = self._matching(a.b)
                self.resolver.see(targets[0], a.b, 1 if a.kind == "alias" else 0)
                for ka in self._matching(a.a):
                    self.resolver.see(ka, a.a, 0)
                    self.resolver.join(ka, targets[0])

    def _join_short_names(self, mentions: list) -> None:
        owners: dict[tuple[str, str], set[str]] = defaultdict(set)
        for m in mentions:
            key = person_key(m.person, self.org_name(m.org))
            if "@" in key:
                continue
            for part in _WORDS.split(m.person.strip()):
                owners[(name_key(part), "org:" + org_key(self.org_name(m.org)))].add(
                    self.resolver.sets.find(key)
                )
                owners[(name_key(part), "doc:" + m.evidence.doc)].add(self.resolver.sets.find(key))
        for m in mentions:
            key = person_key(m.person, self.org_name(m.org))
            if "@" not in key:
                continue
            for scope in ("doc:" + m.evidence.doc, "org:" + org_key(self.org_name(m.org))):
                found = owners.get((_unscoped(key), scope), set())
                if len(found) == 1:
                    self.resolver.join(key, next(iter(found)))
                    break


class Orgs:
    """The organisations of a set of mentions, grouped by look-alike keys and user aliases."""

    def __init__(self, mentions: Iterable, assertions: Iterable[Assertion] = ()) -> None:
        assertions = [a for a in assertions if a.entity == "org"]
        self.resolver = Resolver()
        for a in assertions:
            if a.kind == "split":
                self.resolver.sets.blocked.add(frozenset((org_key(a.a), org_key(a.b))))
        for m in mentions:
            self.resolver.see(org_key(m.org), m.org)
            for alias in m.org_aliases:
                self.resolver.see(org_key(alias), alias, 0)
                self.resolver.join(org_key(m.org), org_key(alias))
        for a in assertions:
            if a.kind in ("alias", "merge"):
                self.resolver.see(org_key(a.a), a.a, 0)
                self.resolver.see(org_key(a.b), a.b, 1 if a.kind == "alias" else 0)
                self.resolver.join(org_key(a.a), org_key(a.b))
        self.resolver.finish()

    def name(self, org: str) -> str:
        return self.resolver.name(org_key(org), org)

    def spellings(self) -> Iterable[tuple[str, str]]:
        for key, counts in self.resolver.spellings.items():
            for spelling in counts:
                yield spelling, self.resolver.name(key, spelling)
