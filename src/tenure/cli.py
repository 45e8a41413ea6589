"""The ``tenure`` command: ingest documents, then ask the ledger questions."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

import tenure
from tenure.ingest import DEFAULT_MAX_BYTES, IngestError, count_inputs
from tenure.ledger import export as exporters
from tenure.ledger.ledger import read_metadata
from tenure.ledger.tenures import route_counts
from tenure.model import EVENT_TYPES, Event, Flow, Tenure

app = typer.Typer(
    help="Turn news about people changing jobs into an evidence-backed ledger.",
    no_args_is_help=True,
    add_completion=False,
)
alias_app = typer.Typer(help="User assertions about names: aliases, merges and splits.", no_args_is_help=True)
app.add_typer(alias_app, name="alias")
out = Console()
if not out.is_terminal:  # piped: tables as wide as a log line, not 80 columns
    out.width = 160
err = Console(stderr=True)

Db = Annotated[Path, typer.Option("--db", envvar="TENURE_DB", help="The ledger file (SQLite).")]
AsJson = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]
KnownOn = Annotated[str | None, typer.Option("--as-known-on", help="Answer with what was known on this day.")]
DEFAULT_DB = Path("tenure.db")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursively) or - for stdin.")],
    db: Db = DEFAULT_DB,
    published: Annotated[
        str | None, typer.Option(help="Publication date for documents that state none.")
    ] = None,
    max_size: Annotated[int, typer.Option(help="Largest document read, in MB.")] = DEFAULT_MAX_BYTES // 2**20,
    meta: Annotated[
        Path | None, typer.Option(help="JSON Lines of metadata per document id (doc, published).")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Read documents, extract their events and add them to the ledger."""
    try:
        metadata = read_metadata(meta) if meta else None
    except (OSError, ValueError) as error:
        err.print(f"{meta}: {error}")
        raise typer.Exit(2) from error
    with tenure.open(db) as ledger:
        total = count_inputs(paths)
        progress = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=total < 50 or not err.is_terminal,
        )

        def on_item(item: object) -> None:
            if isinstance(item, IngestError):
                err.print(f"[red]error[/red] {item}", markup=True, highlight=False, soft_wrap=True)
            progress.advance(task)

        with progress:
            task = progress.add_task("ingest", total=total)
            report = ledger.ingest(
                paths, published=published, max_bytes=max_size * 2**20, metadata=metadata, on_item=on_item
            )
    if as_json:
        _print_json(report.to_dict())
    else:
        out.print(
            f"{report.read} documents read: {report.stored} stored, {report.unchanged} unchanged; "
            f"{report.failed} failed; {report.mentions} mentions; {report.events} events in the ledger."
        )
    if report.failed:
        raise typer.Exit(1)


@app.command()
def events(
    db: Db = DEFAULT_DB,
    org: Annotated[str | None, typer.Option(help="Only events at this organisation.")] = None,
    person: Annotated[str | None, typer.Option(help="Only events of this person.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="|".join(EVENT_TYPES))] = None,
    since: Annotated[str | None, typer.Option(help="Only events on or after this date.")] = None,
    until: Annotated[str | None, typer.Option(help="Only events on or before this date.")] = None,
    as_known_on: KnownOn = None,
    as_json: AsJson = False,
) -> None:
    """List merged events with their sources."""
    if type and type not in EVENT_TYPES:
        raise typer.BadParameter(f"--type must be one of {', '.join(EVENT_TYPES)}")
    with _open(db) as ledger:
        found = ledger.events(
            org=org, person=person, type=type, since=since, until=until, as_known_on=as_known_on
        )
    if as_json:
        _print_json([e.to_dict() for e in found])
    else:
        out.print(_events_table(found))


@app.command()
def person(name: str, db: Db = DEFAULT_DB, as_known_on: KnownOn = None, as_json: AsJson = False) -> None:
    """A person's history across organisations, with sources."""
    with _open(db) as ledger:
        found = ledger.person(name, as_known_on=as_known_on)
    heading = found["person"] + (f"  (also: {', '.join(found['aliases'])})" if found["aliases"] else "")
    _print_history(found, heading, "Tenures", as_json, f"no events of {name!r} in the ledger")


@app.command()
def org(
    name: str,
    db: Db = DEFAULT_DB,
    on: Annotated[str | None, typer.Option(help="Show the leadership on this day.")] = None,
    as_known_on: KnownOn = None,
    as_json: AsJson = False,
) -> None:
    """An organisation's timeline and who held which role."""
    with _open(db) as ledger:
        found = ledger.org(name, on=on, as_known_on=as_known_on)
    title = f"Leadership on {on}" if on else "Tenures"
    _print_history(found, found["org"], title, as_json, f"no events at {name!r} in the ledger")


@app.command()
def who(
    org: Annotated[str, typer.Option(help="The organisation.")],
    role: Annotated[str, typer.Option(help="The role, e.g. CEO or 'Chief Technology Officer'.")],
    on: Annotated[str | None, typer.Option(help="The day (YYYY-MM-DD); default: now.")] = None,
    db: Db = DEFAULT_DB,
    as_known_on: KnownOn = None,
    as_json: AsJson = False,
) -> None:
    """Who held a role at an organisation on a day, with evidence and certainty."""
    with _open(db) as ledger:
        holders = ledger.who(org, role, on=on, as_known_on=as_known_on)
    if as_json:
        _print_json([h.to_dict() for h in holders])
        return
    if not holders:
        out.print(f"No one holds {role} at {org}" + (f" on {on}" if on else "") + " per the ledger.")
        return
    table = Table("person", "role", "from", "to", "certainty", "source")
    for h in holders:
        source = h.evidence[0]["text"][:80] if h.evidence else ""
        table.add_row(
            h.person,
            h.role or "",
            _bound(h.tenure.start, h.tenure.start_known),
            _bound(h.tenure.end, h.tenure.end_known),
            h.certainty,
            source,
        )
    out.print(table)


@app.command()
def flows(
    db: Db = DEFAULT_DB,
    from_org: Annotated[str | None, typer.Option("--from", help="Moves away from this organisation.")] = None,
    to_org: Annotated[str | None, typer.Option("--to", help="Moves to this organisation.")] = None,
    since: Annotated[str | None, typer.Option(help="Moves on or after this date.")] = None,
    until: Annotated[str | None, typer.Option(help="Moves on or before this date.")] = None,
    as_known_on: KnownOn = None,
    by_route: Annotated[bool, typer.Option("--by-route", help="Count the moves of each route.")] = False,
    as_json: AsJson = False,
) -> None:
    """Talent flows: who left which organisation for which (or, --by-route, how many)."""
    with _open(db) as ledger:
        found = ledger.flows(
            from_org=from_org, to_org=to_org, since=since, until=until, as_known_on=as_known_on
        )
    if by_route:
        routes = route_counts(found)
        if as_json:
            _print_json(routes)
            return
        table = Table("from", "to", "moves", "people", "first", "last", title=f"{len(routes)} routes")
        for r in routes:
            table.add_row(
                r["from_org"],
                r["to_org"],
                str(r["moves"]),
                ", ".join(r["people"]),
                r["first"] or "",
                r["last"] or "",
            )
        out.print(table)
        return
    if as_json:
        _print_json([f.to_dict() for f in found])
        return
    out.print(_flows_table(found))


@app.command()
def docs(db: Db = DEFAULT_DB, as_json: AsJson = False) -> None:
    """Ingested documents and their status."""
    with _open(db) as ledger:
        found = ledger.docs()
    if as_json:
        _print_json([d.to_dict() for d in found])
        return
    table = Table("id", "published", "languages", "chars", "mentions", "ingested", "source")
    for d in found:
        table.add_row(
            d.id,
            d.published or "",
            ",".join(d.languages),
            str(d.chars),
            str(d.mentions),
            d.ingested_at,
            d.source,
        )
    out.print(table)


@app.command()
def export(
    db: Db = DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", help="|".join(exporters.FORMATS))] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File to write (default: stdout).")
    ] = None,
    as_known_on: KnownOn = None,
) -> None:
    """Export the ledger (jsonl is the interchange format of spec/events.md)."""
    if format not in exporters.FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(exporters.FORMATS)}")
    with _open(db) as ledger:
        view = ledger.view(as_known_on)
        target = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            if format == "jsonl":
                exporters.write_jsonl(view.events, target)
            elif format == "csv":
                exporters.write_csv(view.events, target)
            elif format == "tenures-jsonl":
                exporters.write_tenures(view.tenures, target)
            else:
                exporters.write_graphml(view.tenures, view.flows, target)
        finally:
            if output:
                target.close()


@alias_app.command("add")
def alias_add(
    alias: str,
    name: str,
    db: Db = DEFAULT_DB,
    org: Annotated[bool, typer.Option("--org", help="Names of an organisation.")] = False,
) -> None:
    """Say that ALIAS is another name of NAME."""
    with _open(db) as ledger:
        number = ledger.alias(alias, name, "org" if org else "person")
    out.print(f"assertion {number}: {alias!r} is {name!r}")


@alias_app.command("list")
def alias_list(db: Db = DEFAULT_DB, as_json: AsJson = False) -> None:
    """The user's assertions."""
    with _open(db) as ledger:
        found = ledger.assertions()
    if as_json:
        _print_json(found)
        return
    table = Table("id", "kind", "entity", "a", "b", "created")
    for a in found:
        table.add_row(str(a["id"]), a["kind"], a["entity"], a["a"], a["b"], a["created_at"])
    out.print(table)


@alias_app.command("remove")
def alias_remove(number: int, db: Db = DEFAULT_DB) -> None:
    """Withdraw the user assertion NUMBER (see `tenure alias list`)."""
    with _open(db) as ledger:
        if not ledger.unsay(number):
            _not_found(f"no assertion {number}")
    out.print(f"assertion {number} withdrawn")


@app.command()
def merge(
    a: str,
    b: str,
    db: Db = DEFAULT_DB,
    org: Annotated[bool, typer.Option("--org", help="Names of an organisation.")] = False,
) -> None:
    """Say that A and B are the same person (or organisation)."""
    with _open(db) as ledger:
        number = ledger.merge_names(a, b, "org" if org else "person")
    out.print(f"assertion {number}: {a!r} and {b!r} are the same")


@app.command()
def split(
    a: str,
    b: str,
    db: Db = DEFAULT_DB,
    org: Annotated[bool, typer.Option("--org", help="Names of an organisation.")] = False,
) -> None:
    """Say that A and B are different people (or organisations)."""
    with _open(db) as ledger:
        number = ledger.split_names(a, b, "org" if org else "person")
    out.print(f"assertion {number}: {a!r} and {b!r} are different")


# --- output helpers ----------------------------------------------------------------------


def _open(db: Path) -> tenure.Ledger:
    if not db.exists() and str(db) != ":memory:":
        err.print(f"{db}: no such ledger (run `tenure ingest` first, or pass --db / TENURE_DB)")
        raise typer.Exit(2)
    return tenure.open(db)


def _print_history(found: dict, heading: str, title: str, as_json: bool, missing: str) -> None:
    """A person's or an organisation's tenures and events, as tables or JSON."""
    if not found["events"]:
        _not_found(missing)
    if as_json:
        tenures = [t.to_dict() for t in found["tenures"]]
        _print_json({**found, "tenures": tenures, "events": [e.to_dict() for e in found["events"]]})
        return
    out.print(f"[bold]{heading}[/bold]")
    out.print(_tenures_table(found["tenures"], title=title))
    out.print(_events_table(found["events"]))


def _not_found(message: str) -> None:
    err.print(message)
    raise typer.Exit(1)


def _print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def _events_table(found: list[Event]) -> Table:
    table = Table(title=f"{len(found)} events")
    for name in ("date", "type", "person", "org", "role", "sources"):
        table.add_column(name, no_wrap=name in ("date", "sources"))
    table.add_column("evidence", overflow="ellipsis", max_width=70)
    for e in found:
        extra = "; ".join(f"{a.slot}: {a.value} ({', '.join(a.docs)})" for a in e.alternatives)
        evidence = _one_line(e.evidence[0].text, 140) + (f"\n[dim]also {extra}[/dim]" if extra else "")
        table.add_row(
            e.date or "",
            e.type + (f" ({e.manner})" if e.manner and e.manner != "unspecified" else ""),
            e.person,
            e.org,
            e.role or "",
            str(len({v.doc for v in e.evidence})),
            evidence,
        )
    return table


def _tenures_table(found: list[Tenure], title: str) -> Table:
    table = Table("person", "org", "role", "from", "to", "state", title=title)
    for t in found:
        table.add_row(
            t.person, t.org, t.role or "", _bound(t.start, t.start_known), _bound(t.end, t.end_known), t.state
        )
    return table


def _flows_table(found: list[Flow]) -> Table:
    table = Table("person", "from", "left", "to", "joined", "how", title=f"{len(found)} moves")
    for f in found:
        table.add_row(f.person, f.from_org, f.left or "", f.to_org, f.joined or "", f.via)
    return table


def _one_line(text: str, size: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _bound(value: str | None, known: bool) -> str:
    if not value:
        return "?" if not known else ""
    return value if known else f"~{value}"


def main() -> None:  # pragma: no cover - console entry point
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    app()
