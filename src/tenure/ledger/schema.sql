-- tenure's SQLite store. Documents and their mentions are what was read; every other
-- table is derived from them (and from the user's assertions) by a rebuild.
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    source TEXT,
    url TEXT,
    title TEXT,
    published TEXT,
    languages TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    person TEXT NOT NULL,
    org TEXT NOT NULL,
    role TEXT,
    date TEXT,
    manner TEXT,
    modality TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    lang TEXT,
    text TEXT NOT NULL,
    person_aliases TEXT,
    org_aliases TEXT,
    attribution TEXT NOT NULL DEFAULT 'text',  -- text | speaker | none (first person, no name)
    passage TEXT,                              -- JSON: distinctive names around the evidence
    date_source TEXT NOT NULL DEFAULT 'stated' -- stated | context | published | none
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc);
CREATE TABLE IF NOT EXISTS assertions (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,      -- alias | merge | split
    entity TEXT NOT NULL,    -- person | org
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    created_at TEXT NOT NULL
);
-- Derived tables.
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    person TEXT NOT NULL,
    org TEXT NOT NULL,
    role TEXT,
    date TEXT,
    manner TEXT,
    modality TEXT,
    known_since TEXT,
    alternatives TEXT
);
CREATE INDEX IF NOT EXISTS events_person ON events(person);
CREATE INDEX IF NOT EXISTS events_org ON events(org);
CREATE TABLE IF NOT EXISTS evidence (
    event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    doc TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    lang TEXT,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS evidence_event ON evidence(event);
CREATE TABLE IF NOT EXISTS people (
    name TEXT PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS orgs (
    name TEXT PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS aliases (
    entity TEXT NOT NULL,    -- person | org
    alias TEXT NOT NULL,
    name TEXT NOT NULL,
    source TEXT NOT NULL,    -- text | user
    PRIMARY KEY (entity, alias)
);
CREATE TABLE IF NOT EXISTS tenures (
    id INTEGER PRIMARY KEY,
    person TEXT NOT NULL,
    org TEXT NOT NULL,
    role TEXT,
    start TEXT,
    "end" TEXT,
    state TEXT NOT NULL,
    start_known INTEGER NOT NULL,
    end_known INTEGER NOT NULL,
    known_since TEXT,
    events TEXT
);
