"""The SQLite store: documents, their mentions, user assertions and the derived ledger.

Each document is written in its own transaction with its mentions, so an interrupted run
leaves every document either fully stored or not at all. The derived tables (events,
evidence, people, organisations, aliases, tenures) are rebuilt in one transaction; a flag
marks them stale until then, and readers rebuild a stale store before answering.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from tenure.model import Alternative, Document, DocumentStatus, Event, Evidence, Mention, Tenure
from tenure.resolve.entities import Assertion
from tenure.resolve.keys import org_key
from tenure.resolve.merge import Sourced

SCHEMA_VERSION = 3
# What each version adds to the one before it.
_MIGRATIONS = {
    # First-person mentions: how the person was found, and the names around the evidence.
    # Mentions stored before were extracted without them: their documents are re-read by
    # the next ingest (an empty hash never matches).
    2: """
        ALTER TABLE mentions ADD COLUMN attribution TEXT NOT NULL DEFAULT 'text';
        ALTER TABLE mentions ADD COLUMN passage TEXT;
        UPDATE documents SET hash = '';
        INSERT OR REPLACE INTO meta VALUES ('stale', '1');
    """,
    # Where a mention's date comes from, which breaks ties between dates; re-read as above.
    3: """
        ALTER TABLE mentions ADD COLUMN date_source TEXT NOT NULL DEFAULT 'stated';
        UPDATE documents SET hash = '';
        INSERT OR REPLACE INTO meta VALUES ('stale', '1');
    """,
}


def content_hash(doc: Document) -> str:
    """What identifies a document's content: its text and the metadata extraction uses."""
    raw = json.dumps([doc.text, doc.published, doc.title], ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Store:
    """A tenure ledger in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
        self._migrate()

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path}: store schema {version} is newer than this tenure ({SCHEMA_VERSION})"
            )
        if version < 1:
            schema = resources.files("tenure.ledger").joinpath("schema.sql").read_text(encoding="utf-8")
            self.db.executescript(f"BEGIN; {schema} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
            return
        for number in range(version + 1, SCHEMA_VERSION + 1):
            self.db.executescript(f"BEGIN; {_MIGRATIONS[number]} PRAGMA user_version = {number}; COMMIT;")

    # --- documents and mentions --------------------------------------------------------

    def document_hash(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT hash FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def put_document(self, doc: Document, mentions: list[Mention], digest: str) -> None:
        """Store ``doc`` and its mentions, replacing what an earlier version contributed."""
        with self._transaction():
            self.db.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
            self.db.execute(
                "INSERT INTO documents (id, hash, source, url, title, published, languages, text,"
                " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.id,
                    digest,
                    doc.source,
                    doc.url,
                    doc.title,
                    doc.published,
                    json.dumps(doc.languages),
                    doc.text,
                    now(),
                ),
            )
            self.db.executemany(
                'INSERT INTO mentions (doc, type, person, org, role, date, manner, modality, start, "end",'
                " lang, text, person_aliases, org_aliases, attribution, passage, date_source)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        doc.id,
                        m.type,
                        m.person,
                        m.org,
                        m.role,
                        m.date,
                        m.manner,
                        m.modality,
                        m.evidence.start,
                        m.evidence.end,
                        m.evidence.lang,
                        m.evidence.text,
                        json.dumps(m.person_aliases, ensure_ascii=False),
                        json.dumps(m.org_aliases, ensure_ascii=False),
                        m.attribution,
                        json.dumps(m.passage, ensure_ascii=False),
                        m.date_source,
                    )
                    for m in mentions
                ],
            )
            self._set("stale", "1")

    def sourced_mentions(self, known_by: str | None = None) -> Iterator[Sourced]:
        """Every stored mention with the day its document could first be known.

        With ``known_by`` (YYYY-MM-DD), only mentions of documents known by that day.
        """
        rows = self.db.execute(
            "SELECT m.*, COALESCE(d.published, substr(d.ingested_at, 1, 10)) AS known FROM mentions m"
            " JOIN documents d ON d.id = m.doc ORDER BY m.doc, m.start"
        )
        for row in rows:
            if known_by and row["known"] and row["known"][:10] > known_by:
                continue
            yield Sourced(_mention(row), row["known"])

    def documents(self) -> list[DocumentStatus]:
        rows = self.db.execute(
            "SELECT d.id, d.source, d.published, d.languages, length(d.text) AS chars, d.ingested_at,"
            " (SELECT count(*) FROM mentions m WHERE m.doc = d.id) AS mentions FROM documents d ORDER BY d.id"
        )
        return [
            DocumentStatus(
                r["id"],
                r["source"] or "",
                r["published"],
                json.loads(r["languages"] or "[]"),
                r["chars"],
                r["mentions"],
                r["ingested_at"],
            )
            for r in rows
        ]

    def org_keys(self) -> set[str]:
        """Keys of every organisation stored mentions name (learned, not given)."""
        rows = self.db.execute(
            "SELECT DISTINCT org FROM mentions UNION SELECT alias FROM aliases WHERE entity = 'org'"
        )
        return {org_key(r[0]) for r in rows}

    def document_text(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    # --- user assertions ---------------------------------------------------------------

    def add_assertion(self, kind: str, entity: str, a: str, b: str) -> int:
        with self._transaction():
            cur = self.db.execute(
                "INSERT INTO assertions (kind, entity, a, b, created_at) VALUES (?, ?, ?, ?, ?)",
                (kind, entity, a, b, now()),
            )
            self._set("stale", "1")
        return int(cur.lastrowid)

    def remove_assertion(self, number: int) -> bool:
        with self._transaction():
            cur = self.db.execute("DELETE FROM assertions WHERE id = ?", (number,))
            self._set("stale", "1")
        return cur.rowcount > 0

    def assertions(self) -> list[tuple[int, Assertion, str]]:
        rows = self.db.execute("SELECT * FROM assertions ORDER BY id")
        return [(r["id"], Assertion(r["kind"], r["entity"], r["a"], r["b"]), r["created_at"]) for r in rows]

    # --- the derived ledger ------------------------------------------------------------

    @property
    def stale(self) -> bool:
        return self._get("stale") == "1"

    def replace_ledger(
        self, events: list[Event], tenures: list[Tenure], aliases: list[tuple[str, str, str, str]]
    ) -> None:
        """Replace every derived table in one transaction and mark the ledger fresh."""
        with self._transaction():
            for table in ("evidence", "events", "people", "orgs", "aliases", "tenures"):
                self.db.execute(f"DELETE FROM {table}")
            self.db.executemany(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        e.id,
                        e.type,
                        e.person,
                        e.org,
                        e.role,
                        e.date,
                        e.manner,
                        e.modality,
                        e.known_since,
                        json.dumps([asdict(a) for a in e.alternatives], ensure_ascii=False),
                    )
                    for e in events
                ],
            )
            self.db.executemany(
                'INSERT INTO evidence (event, doc, start, "end", lang, text) VALUES (?, ?, ?, ?, ?, ?)',
                [(e.id, v.doc, v.start, v.end, v.lang, v.text) for e in events for v in e.evidence],
            )
            self.db.executemany("INSERT OR IGNORE INTO people VALUES (?)", [(e.person,) for e in events])
            self.db.executemany("INSERT OR IGNORE INTO orgs VALUES (?)", [(e.org,) for e in events])
            self.db.executemany("INSERT OR REPLACE INTO aliases VALUES (?, ?, ?, ?)", aliases)
            self.db.executemany(
                'INSERT INTO tenures (person, org, role, start, "end", state, start_known, end_known,'
                " known_since, events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        t.person,
                        t.org,
                        t.role,
                        t.start,
                        t.end,
                        t.state,
                        int(t.start_known),
                        int(t.end_known),
                        t.known_since,
                        json.dumps(t.events),
                    )
                    for t in tenures
                ],
            )
            self._set("stale", "0")

    def events(self) -> list[Event]:
        evidence: dict[str, list[Evidence]] = {}
        for r in self.db.execute("SELECT * FROM evidence ORDER BY doc, start"):
            evidence.setdefault(r["event"], []).append(
                Evidence(r["doc"], r["start"], r["end"], r["lang"], r["text"])
            )
        return [
            Event(
                r["id"],
                r["type"],
                r["person"],
                r["org"],
                r["role"],
                r["date"],
                r["manner"],
                r["modality"],
                evidence.get(r["id"], []),
                r["known_since"],
                [Alternative(**a) for a in json.loads(r["alternatives"] or "[]")],
            )
            for r in self.db.execute("SELECT * FROM events ORDER BY date, person, type")
        ]

    def tenures(self) -> list[Tenure]:
        return [
            Tenure(
                r["person"],
                r["org"],
                r["role"],
                r["start"],
                r["end"],
                r["state"],
                bool(r["start_known"]),
                bool(r["end_known"]),
                r["known_since"],
                json.loads(r["events"] or "[]"),
            )
            for r in self.db.execute("SELECT * FROM tenures ORDER BY person, start")
        ]

    def aliases(self, entity: str) -> dict[str, list[tuple[str, str]]]:
        """Canonical name → [(alias, source)] for ``entity`` ("person" or "org")."""
        out: dict[str, list[tuple[str, str]]] = {}
        for r in self.db.execute("SELECT * FROM aliases WHERE entity = ? ORDER BY alias", (entity,)):
            out.setdefault(r["name"], []).append((r["alias"], r["source"]))
        return out

    # --- helpers -----------------------------------------------------------------------

    def _transaction(self) -> _Transaction:
        return _Transaction(self.db)

    def _get(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` on error."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, value, trace) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


def _mention(row: sqlite3.Row) -> Mention:
    return Mention(
        type=row["type"],
        person=row["person"],
        org=row["org"],
        evidence=Evidence(row["doc"], row["start"], row["end"], row["lang"], row["text"]),
        role=row["role"],
        date=row["date"],
        manner=row["manner"],
        modality=row["modality"] or "asserted",
        person_aliases=json.loads(row["person_aliases"] or "[]"),
        org_aliases=json.loads(row["org_aliases"] or "[]"),
        attribution=row["attribution"] or "text",
        passage=json.loads(row["passage"] or "[]"),
        date_source=row["date_source"] or "stated",
    )
