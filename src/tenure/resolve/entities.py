"""One record per person and per organisation, across documents, scripts and spellings.

Names are grouped with a union-find over normalised keys: a mention's name is joined with
the aliases its document gave (a Latin name in parentheses after a transliteration), and a
first name or surname alone is joined with the one full name that shares it at the same
organisation. User assertions (``alias``, ``merge``, ``split``) are applied on top.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import regex

from tenure.resolve.keys import name_key, org_key

_LATIN = regex.compile(r"\p{Latin}")


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

    key: Callable[[str], str]
    sets: UnionFind = field(default_factory=UnionFind)
    spellings: Counter = field(default_factory=Counter)
    canonical: dict[str, str] = field(default_factory=dict)

    def see(self, name: str, weight: int = 1) -> None:
        if name:
            self.spellings[name] += weight
            self.sets.find(self.key(name))

    def join(self, a: str, b: str) -> None:
        ka, kb = self.key(a), self.key(b)
        if ka and kb:
            self.sets.union(ka, kb)

    def finish(self) -> None:
        """Choose each group's canonical name: Latin script, full, most frequent."""
        groups: dict[str, list[str]] = defaultdict(list)
        for name in self.spellings:
            groups[self.sets.find(self.key(name))].append(name)
        for root, members in groups.items():
            self.canonical[root] = max(members, key=self._preference)

    def _preference(self, name: str) -> tuple:
        latin = bool(_LATIN.search(name))
        return (latin, min(len(name.split()), 3), self.spellings[name], sum(c.isupper() for c in name), name)

    def name(self, name: str) -> str:
        return self.canonical.get(self.sets.find(self.key(name)), name)


def resolve_people(mentions: Iterable, assertions: Iterable[Assertion] = ()) -> Resolver:
    """Group the people of all mentions; see the module docstring."""
    mentions = list(mentions)
    assertions = list(assertions)
    people = Resolver(name_key)
    people.sets.blocked = _blocked(assertions, "person", name_key)
    for m in mentions:
        people.see(m.person)
        for alias in m.person_aliases:
            people.see(alias, 0)
            people.join(m.person, alias)
    _join_short_names(people, mentions)
    _apply(people, assertions, "person")
    people.finish()
    return people


def resolve_orgs(mentions: Iterable, assertions: Iterable[Assertion] = ()) -> Resolver:
    """Group organisations by look-alike keys (``OpenAl`` = ``OpenAI``) and user aliases."""
    assertions = list(assertions)
    orgs = Resolver(org_key)
    orgs.sets.blocked = _blocked(assertions, "org", org_key)
    for m in mentions:
        orgs.see(m.org)
        for alias in m.org_aliases:
            orgs.see(alias, 0)
            orgs.join(m.org, alias)
    _apply(orgs, assertions, "org")
    orgs.finish()
    return orgs


def _join_short_names(people: Resolver, mentions: list) -> None:
    """Join a one-word name with the only full name sharing that word at the same organisation
    or in the same document; never when two such full names exist (two siblings)."""
    full_by_token: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in mentions:
        parts = m.person.split()
        if len(parts) >= 2:
            for part in parts:
                for scope in (("org", org_key(m.org)), ("doc", m.evidence.doc)):
                    full_by_token[(name_key(part), *scope)].add(people.sets.find(name_key(m.person)))
    for m in mentions:
        if len(m.person.split()) != 1:
            continue
        token = name_key(m.person)
        for scope in (("doc", m.evidence.doc), ("org", org_key(m.org))):
            owners = full_by_token.get((token, *scope), set())
            if len(owners) == 1:
                people.sets.union(token, next(iter(owners)))
                break


def _blocked(assertions: list[Assertion], entity: str, key: Callable[[str], str]) -> set[frozenset[str]]:
    return {frozenset((key(a.a), key(a.b))) for a in assertions if a.kind == "split" and a.entity == entity}


def _apply(resolver: Resolver, assertions: list[Assertion], entity: str) -> None:
    """User aliases and merges join names; they too respect the user's splits."""
    for a in assertions:
        if a.entity == entity and a.kind in ("alias", "merge"):
            resolver.see(a.a, 0)
            resolver.see(a.b, 1 if a.kind == "alias" else 0)
            resolver.join(a.a, a.b)
