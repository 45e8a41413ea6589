"""The Python API: a ledger you ingest documents into and ask questions of.

>>> import tenure
>>> ledger = tenure.open("tenure.db")
>>> report = ledger.ingest(["examples/"])
>>> ledger.events(org="Acme")
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tenure.extract import extract
from tenure.ingest import DEFAULT_MAX_BYTES, IngestError, read_inputs
from tenure.ledger.store import Store, content_hash
from tenure.ledger.tenures import derive_flows, derive_tenures, holds_on
from tenure.model import Document, DocumentStatus, Event, Flow, Tenure
from tenure.resolve.entities import Assertion
from tenure.resolve.keys import KnownOrgs, name_key, org_key
from tenure.resolve.merge import merge_with_names
from tenure.resolve.roles import role_matches


@dataclass
class IngestReport:
    """What one ingest run did."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    failed: int = 0
    mentions: int = 0
    events: int = 0
    errors: list[IngestError] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "read": self.read,
            "stored": self.stored,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "mentions": self.mentions,
            "events": self.events,
            "errors": [str(e) for e in self.errors],
        }


@dataclass
class Holder:
    """Who held a role at an organisation on a day, with how sure the ledger is."""

    person: str
    role: str | None
    tenure: Tenure
    certainty: str
    evidence: list[dict]

    def to_dict(self) -> dict:
        return {
            "person": self.person,
            "role": self.role,
            "certainty": self.certainty,
            "tenure": self.tenure.to_dict(),
            "evidence": self.evidence,
        }


@dataclass
class View:
    """The ledger's facts as known on a day (or now): events, tenures and flows."""

    events: list[Event]
    tenures: list[Tenure]

    @property
    def flows(self) -> list[Flow]:
        return derive_flows(self.events)


class Ledger:
    """A tenure ledger stored in one SQLite file."""

    def __init__(self, path: str | Path = "tenure.db") -> None:
        self.store = Store(path)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -----------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        published: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        metadata: dict[str, dict] | None = None,
        on_item: Callable[[Document | IngestError], None] | None = None,
    ) -> IngestReport:
        """Read, extract and store every document under ``paths``, then rebuild the ledger.

        Unchanged documents are skipped; a changed document replaces what it contributed;
        bad inputs are reported in ``report.errors`` and do not stop the run. ``metadata``
        maps a document id to fields (``published``, ``title``, ``url``) that override what
        was read from the document.
        """
        report = IngestReport()
        self._known_orgs = KnownOrgs(self.store.org_keys())
        for item in read_inputs([str(p) for p in paths], max_bytes=max_bytes, published=published):
            if isinstance(item, Document) and metadata and item.id in metadata:
                _apply_metadata(item, metadata[item.id])
            if isinstance(item, IngestError):
                report.failed += 1
                report.errors.append(item)
            else:
                report.read += 1
                stored = self.add_document(item)
                report.stored += stored is not None
                report.unchanged += stored is None
                report.mentions += stored or 0
            if on_item:
                on_item(item)
        self.rebuild()
        report.events = len(self.store.events())
        return report

    def add_document(self, doc: Document) -> int | None:
        """Extract and store one document; None when it is stored unchanged already."""
        digest = content_hash(doc)
        if self.store.document_hash(doc.id) == digest:
            return None
        known = getattr(self, "_known_orgs", None)
        if known is None:
            known = self._known_orgs = KnownOrgs(self.store.org_keys())
        mentions = extract(doc, known)
        self.store.put_document(doc, mentions, digest)
        known.update(org_key(name) for m in mentions for name in (m.org, *m.org_aliases))
        return len(mentions)

    def rebuild(self) -> None:
        """Recompute events, people, organisations and tenures from the stored mentions."""
        assertions = [a for _, a, _ in self.store.assertions()]
        events, people, orgs = merge_with_names(self.store.sourced_mentions(), assertions)
        aliases = [("person", spelling, name, "text") for spelling, name in people.spellings()]
        aliases += [("org", spelling, name, "text") for spelling, name in orgs.spellings()]
        aliases = [row for row in aliases if row[1] != row[2]]
        aliases += [(a.entity, a.a, a.b, "user") for a in assertions if a.kind == "alias"]
        self.store.replace_ledger(events, derive_tenures(events), aliases)

    def alias(self, alias: str, name: str, entity: str = "person") -> int:
        """Say that ``alias`` is another name of ``name``; survives re-ingestion."""
        return self._assert("alias", entity, alias, name)

    def merge_names(self, a: str, b: str, entity: str = "person") -> int:
        """Say that ``a`` and ``b`` are the same person (or organisation)."""
        return self._assert("merge", entity, a, b)

    def split_names(self, a: str, b: str, entity: str = "person") -> int:
        """Say that ``a`` and ``b`` are different people (or organisations)."""
        return self._assert("split", entity, a, b)

    def unsay(self, number: int) -> bool:
        """Withdraw the user assertion ``number``."""
        done = self.store.remove_assertion(number)
        self.rebuild()
        return done

    def assertions(self) -> list[dict]:
        return [
            {"id": n, "kind": a.kind, "entity": a.entity, "a": a.a, "b": a.b, "created_at": when}
            for n, a, when in self.store.assertions()
        ]

    def _assert(self, kind: str, entity: str, a: str, b: str) -> int:
        if entity not in ("person", "org"):
            raise ValueError(f"entity must be 'person' or 'org', not {entity!r}")
        number = self.store.add_assertion(kind, entity, a, b)
        self.rebuild()
        return number

    # --- reading -----------------------------------------------------------------------

    def view(self, as_known_on: str | None = None) -> View:
        """Events and tenures, from every document or only those known on ``as_known_on``."""
        if as_known_on:
            return self._compute(as_known_on, [a for _, a, _ in self.store.assertions()])
        if self.store.stale:
            self.rebuild()
        return View(self.store.events(), self.store.tenures())

    def events(
        self,
        *,
        org: str | None = None,
        person: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        as_known_on: str | None = None,
    ) -> list[Event]:
        """Merged events, filtered by organisation, person, type and date range."""
        found = []
        for e in self.view(as_known_on).events:
            if org and not self._is_org(e.org, org) or person and not self._is_person(e.person, person):
                continue
            if type and e.type != type:
                continue
            if since and (not e.date or e.date < since[: len(e.date)]):
                continue
            if until and (not e.date or e.date[: len(until)] > until):
                continue
            found.append(e)
        return found

    def person(self, name: str, as_known_on: str | None = None) -> dict:
        """A person's career across organisations: tenures and events, with sources."""
        view = self.view(as_known_on)
        canonical = self._canonical_person(name, view)
        events = [e for e in view.events if e.person == canonical]
        tenures = [t for t in view.tenures if t.person == canonical]
        aliases = [a for a, _ in self.store.aliases("person").get(canonical, [])]
        return {"person": canonical, "aliases": aliases, "tenures": tenures, "events": events}

    def org(self, name: str, on: str | None = None, as_known_on: str | None = None) -> dict:
        """An organisation's dated timeline and who held which role (on a day, if given)."""
        view = self.view(as_known_on)
        canonical = next((e.org for e in view.events if self._is_org(e.org, name)), name)
        events = [e for e in view.events if e.org == canonical]
        tenures = [t for t in view.tenures if t.org == canonical]
        if on:
            tenures = [t for t in tenures if holds_on(t, on)]
        return {"org": canonical, "events": events, "tenures": tenures}

    def who(self, org: str, role: str, on: str | None = None, as_known_on: str | None = None) -> list[Holder]:
        """Who held ``role`` at ``org`` on day ``on`` (default: now), with evidence."""
        view = self.view(as_known_on)
        by_id = {e.id: e for e in view.events}
        holders = []
        for t in view.tenures:
            if not self._is_org(t.org, org) or not t.role or not role_matches(t.role, role):
                continue
            if on:
                certainty = holds_on(t, on)
            else:
                certainty = (
                    "certain"
                    if t.state != "ended" and t.start_known
                    else (None if t.state == "ended" else "likely")
                )
            if certainty:
                evidence = [
                    ev.__dict__ | {"event": eid}
                    for eid in t.events
                    if eid in by_id
                    for ev in by_id[eid].evidence
                ]
                holders.append(Holder(t.person, t.role, t, certainty, evidence))
        return holders

    def flows(
        self,
        *,
        from_org: str | None = None,
        to_org: str | None = None,
        since: str | None = None,
        until: str | None = None,
        as_known_on: str | None = None,
    ) -> list[Flow]:
        """Moves between organisations, filtered by origin, destination and period."""
        found = []
        for f in self.view(as_known_on).flows:
            if (
                from_org
                and not self._is_org(f.from_org, from_org)
                or to_org
                and not self._is_org(f.to_org, to_org)
            ):
                continue
            when = f.left or f.joined
            if (
                since
                and (not when or when < since[: len(when)])
                or until
                and (not when or when[: len(until)] > until)
            ):
                continue
            found.append(f)
        return found

    def docs(self) -> list[DocumentStatus]:
        return self.store.documents()

    # --- helpers -----------------------------------------------------------------------

    def _compute(self, known_by: str | None, assertions: list[Assertion]) -> View:
        events = merge_with_names(self.store.sourced_mentions(known_by), assertions)[0]
        return View(events, derive_tenures(events))

    def _is_org(self, value: str, query: str) -> bool:
        if org_key(value) == org_key(query):
            return True
        return any(org_key(a) == org_key(query) for a, _ in self.store.aliases("org").get(value, []))

    def _is_person(self, value: str, query: str) -> bool:
        key = name_key(query)
        if key == name_key(value) or key in {name_key(p) for p in value.split()}:
            return True
        return any(name_key(a) == key for a, _ in self.store.aliases("person").get(value, []))

    def _canonical_person(self, name: str, view: View) -> str:
        for e in view.events:
            if name_key(e.person) == name_key(name):
                return e.person
        for e in view.events:
            if self._is_person(e.person, name):
                return e.person
        return name


def _apply_metadata(doc: Document, fields: dict) -> None:
    for name in ("published", "title", "url"):
        if fields.get(name):
            setattr(doc, name, fields[name])


def read_metadata(path: str | Path) -> dict[str, dict]:
    """A sidecar JSON Lines file of document metadata: one object per line with ``doc`` (or
    ``id``) and any of ``published``, ``title``, ``url``."""
    import json

    found: dict[str, dict] = {}
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                found[str(row.get("doc") or row["id"])] = row
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                raise ValueError(f"{path}:{number}: not a metadata line ({error})") from error
    return found


def open(path: str | Path = "tenure.db") -> Ledger:  # noqa: A001 - the package's entry point
    """Open (or create) the ledger stored at ``path``."""
    return Ledger(path)
