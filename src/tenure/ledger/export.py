"""Writing the ledger out: the spec's JSON Lines, CSV, tenures as JSON Lines, GraphML."""

from __future__ import annotations

import csv
import json
from typing import TextIO
from xml.sax.saxutils import quoteattr

from tenure.model import Event, Flow, Tenure

FORMATS = ("jsonl", "csv", "tenures-jsonl", "graphml")
CSV_FIELDS = (
    "id",
    "type",
    "person",
    "org",
    "role",
    "date",
    "manner",
    "modality",
    "known_since",
    "sources",
    "evidence",
)


def write_jsonl(events: list[Event], out: TextIO) -> None:
    """One merged event per line, exactly the format of shared/spec/events.md."""
    for e in events:
        out.write(json.dumps(e.to_spec(), ensure_ascii=False) + "\n")


def write_csv(events: list[Event], out: TextIO) -> None:
    """One event per row; evidence texts joined with `` | ``."""
    writer = csv.writer(out)
    writer.writerow(CSV_FIELDS)
    for e in events:
        writer.writerow(
            [
                e.id,
                e.type,
                e.person,
                e.org,
                e.role or "",
                e.date or "",
                e.manner or "",
                e.modality,
                e.known_since or "",
                " ".join(sorted({v.doc for v in e.evidence})),
                " | ".join(v.text for v in e.evidence),
            ]
        )


def write_tenures(tenures: list[Tenure], out: TextIO) -> None:
    """One tenure per line."""
    for t in tenures:
        out.write(json.dumps(t.to_dict(), ensure_ascii=False) + "\n")


def write_graphml(tenures: list[Tenure], flows: list[Flow], out: TextIO) -> None:
    """People and organisations as nodes; tenures and flows as edges."""
    people = sorted({t.person for t in tenures} | {f.person for f in flows})
    orgs = sorted({t.org for t in tenures} | {f.from_org for f in flows} | {f.to_org for f in flows})
    out.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
    )
    for key, target in (
        ("kind", "node"),
        ("name", "node"),
        ("edge", "edge"),
        ("role", "edge"),
        ("start", "edge"),
        ("end", "edge"),
        ("state", "edge"),
        ("person", "edge"),
    ):
        out.write(f'  <key id="{key}" for="{target}" attr.name="{key}" attr.type="string"/>\n')
    out.write('  <graph id="tenure" edgedefault="directed">\n')
    for kind, names in (("person", people), ("org", orgs)):
        for name in names:
            out.write(
                f"    <node id={quoteattr(kind + ':' + name)}>"
                f'<data key="kind">{kind}</data><data key="name">{_text(name)}</data></node>\n'
            )
    for t in tenures:
        out.write(
            _edge(
                "person:" + t.person,
                "org:" + t.org,
                edge="tenure",
                role=t.role,
                start=t.start,
                end=t.end,
                state=t.state,
            )
        )
    for f in flows:
        out.write(
            _edge(
                "org:" + f.from_org,
                "org:" + f.to_org,
                edge="flow",
                person=f.person,
                start=f.left,
                end=f.joined,
            )
        )
    out.write("  </graph>\n</graphml>\n")


def _edge(source: str, target: str, **data: str | None) -> str:
    body = "".join(f'<data key="{k}">{_text(v)}</data>' for k, v in data.items() if v)
    return f"    <edge source={quoteattr(source)} target={quoteattr(target)}>{body}</edge>\n"


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
