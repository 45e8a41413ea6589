"""The `tenure` command end to end: ingest, queries, exports, user assertions, interruptions."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tenure.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "docs"
runner = CliRunner()

NOTE = """Brightwater Inc. names a new finance chief

March 5, 2025

Brightwater Inc. said on Monday that Halvard Osei resigned as chief financial officer.
Osei will join Kestrel Analytics Inc. as chief financial officer on April 1.
"""


def run(*args: str) -> object:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result


def ingest(db: Path, *paths: str) -> object:
    return run("ingest", *paths, "--db", str(db))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "brightwater.txt").write_text(NOTE, encoding="utf-8")
    return folder


def test_ingest_then_query(tmp_path, corpus):
    db = tmp_path / "t.db"
    result = ingest(db, str(corpus))
    assert result.exit_code == 0, result.output
    assert "1 documents read: 1 stored" in result.output
    events = json.loads(run("events", "--db", str(db), "--json").output)
    kinds = {(e["type"], e["person"], e["org"], e["date"]) for e in events}
    assert ("departure", "Halvard Osei", "Brightwater Inc.", "2025-03-03") in kinds
    assert ("appointment", "Halvard Osei", "Kestrel Analytics Inc.", "2025-04-01") in kinds
    flows = json.loads(run("flows", "--db", str(db), "--json", "--from", "Brightwater").output)
    assert [(f["person"], f["to_org"]) for f in flows] == [("Halvard Osei", "Kestrel Analytics Inc.")]
    who = json.loads(
        run(
            "who",
            "--org",
            "Kestrel Analytics",
            "--role",
            "CFO",
            "--on",
            "2025-06-01",
            "--db",
            str(db),
            "--json",
        ).output
    )
    assert [h["person"] for h in who] == ["Halvard Osei"]
    assert who[0]["evidence"][0]["doc"] == "brightwater"
    person = json.loads(run("person", "Osei", "--db", str(db), "--json").output)
    assert person["person"] == "Halvard Osei" and len(person["events"]) == 2
    docs = json.loads(run("docs", "--db", str(db), "--json").output)
    assert [(d["id"], d["published"]) for d in docs] == [("brightwater", "2025-03-05")]


def test_reingest_is_idempotent_and_a_change_replaces_contributions(tmp_path, corpus):
    db = tmp_path / "t.db"
    ingest(db, str(corpus))
    again = ingest(db, str(corpus))
    assert "0 stored, 1 unchanged" in again.output
    (corpus / "brightwater.txt").write_text(
        NOTE.replace("Halvard Osei", "Marta Quist").replace("Osei", "Quist"), encoding="utf-8"
    )
    changed = ingest(db, str(corpus))
    assert "1 stored" in changed.output
    people = {e["person"] for e in json.loads(run("events", "--db", str(db), "--json").output)}
    assert people == {"Marta Quist"}


def test_bad_inputs_are_reported_and_the_rest_is_stored(tmp_path, corpus):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    db = tmp_path / "t.db"
    result = ingest(db, str(corpus), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output
    assert "image.png: binary file" in result.output
    assert "missing.txt: no such file or directory" in result.output
    assert "1 stored" in result.output and "3 failed" in result.output


def test_exports(tmp_path, corpus):
    db = tmp_path / "t.db"
    ingest(db, str(corpus))
    out = tmp_path / "events.jsonl"
    assert run("export", "--db", str(db), "-o", str(out)).exit_code == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    text = (corpus / "brightwater.txt").read_text(encoding="utf-8")
    for line in lines:
        assert set(line) >= {"type", "person", "org", "role", "date", "modality", "evidence"}
        for ev in line["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
    for fmt, marker in (("csv", "id,type,person"), ("tenures-jsonl", '"person"'), ("graphml", "<graphml")):
        result = run("export", "--db", str(db), "--format", fmt)
        assert result.exit_code == 0 and marker in result.output


def test_user_assertions_survive_reingest(tmp_path, corpus):
    db = tmp_path / "t.db"
    ingest(db, str(corpus))
    assert run("alias", "add", "H. Osei", "Halvard Osei", "--db", str(db)).exit_code == 0
    assert run("split", "Halvard Osei", "Osei", "--db", str(db)).exit_code == 0
    listed = json.loads(run("alias", "list", "--db", str(db), "--json").output)
    assert [(a["kind"], a["a"]) for a in listed] == [("alias", "H. Osei"), ("split", "Halvard Osei")]
    (corpus / "brightwater.txt").write_text(NOTE + "\nNo other changes.\n", encoding="utf-8")
    ingest(db, str(corpus))
    assert len(json.loads(run("alias", "list", "--db", str(db), "--json").output)) == 2
    assert run("alias", "remove", str(listed[1]["id"]), "--db", str(db)).exit_code == 0
    assert len(json.loads(run("alias", "list", "--db", str(db), "--json").output)) == 1


def test_queries_on_a_missing_ledger_fail_clearly(tmp_path):
    result = run("events", "--db", str(tmp_path / "nothing.db"))
    assert result.exit_code == 2


def test_an_interrupted_run_leaves_a_consistent_store(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(400):
        (folder / f"doc{i:03d}.txt").write_text(
            NOTE.replace("Halvard Osei", f"Person Number{i}"), encoding="utf-8"
        )
    db = tmp_path / "t.db"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tenure", "ingest", str(folder), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        if db.exists() and _stored(db) >= 20:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored = _stored(db)
    assert 0 < stored < 400
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = con.execute("SELECT count(*) FROM mentions WHERE doc NOT IN (SELECT id FROM documents)")
        assert orphans.fetchone()[0] == 0
    result = ingest(db, str(folder))
    assert result.exit_code == 0
    assert f"{stored} unchanged" in result.output
    assert _stored(db) == 400


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as con:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_demo_corpus_ingests_cleanly(tmp_path):
    result = ingest(tmp_path / "t.db", str(EXAMPLES))
    assert result.exit_code == 0, result.output
    assert "21 documents read: 21 stored" in result.output
