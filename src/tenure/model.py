"""Plain dataclasses shared by every stage of the pipeline.

ingest → :class:`Document`; extract → :class:`Mention`; resolve → :class:`Event`;
ledger → :class:`Tenure`, :class:`Flow`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

EVENT_TYPES = ("departure", "appointment", "leave", "return", "founding")
MANNERS = ("resigned", "removed", "retired", "unspecified")
MODALITIES = ("asserted", "planned", "reported")


@dataclass(frozen=True)
class Passage:
    """A stretch of a document in one language: ``text[start:end]``."""

    start: int
    end: int
    lang: str


@dataclass
class Document:
    """A document as read: ``text`` is what evidence offsets index."""

    id: str
    text: str
    source: str = ""
    published: str | None = None
    title: str | None = None
    url: str | None = None
    passages: list[Passage] = field(default_factory=list)

    @property
    def languages(self) -> list[str]:
        """Languages of the passages, most text first."""
        size: dict[str, int] = {}
        for p in self.passages:
            size[p.lang] = size.get(p.lang, 0) + p.end - p.start
        return sorted(size, key=lambda lang: -size[lang])


@dataclass(frozen=True)
class Evidence:
    """Where a source says it: ``text == document.text[start:end]``."""

    doc: str
    start: int
    end: int
    lang: str
    text: str


@dataclass
class Mention:
    """One report of an event in one document, before cross-document merging."""

    type: str
    person: str
    org: str
    evidence: Evidence
    role: str | None = None
    date: str | None = None
    manner: str | None = None
    modality: str = "asserted"
    person_aliases: list[str] = field(default_factory=list)
    org_aliases: list[str] = field(default_factory=list)
    # Where the date comes from: "stated" in the sentence, "context" (an earlier sentence of
    # the paragraph, "at the same time"), "published" (a sentence in the present), "none".
    date_source: str = "stated"
    # How the person was found: "text" (named in the sentence, or a pronoun for a name),
    # "speaker" (a first-person sentence of a letter or note whose author the document
    # names) or "none" (first person, author never named: ``person`` is empty and the
    # mention is only a source for an event another document attributes).
    attribution: str = "text"
    passage: list[str] = field(default_factory=list)  # distinctive names around the evidence

    @property
    def attributed(self) -> bool:
        return self.attribution != "none"


@dataclass
class Alternative:
    """A slot value that some sources give and the voted value does not."""

    slot: str
    value: str | None
    docs: list[str]


@dataclass
class Event:
    """One real-world change, merged from every mention that reports it."""

    id: str
    type: str
    person: str
    org: str
    role: str | None
    date: str | None
    manner: str | None
    modality: str
    evidence: list[Evidence]
    known_since: str | None = None
    alternatives: list[Alternative] = field(default_factory=list)

    def to_spec(self) -> dict:
        """The event as one line of the interchange format (shared/spec/events.md)."""
        row = {
            "type": self.type,
            "person": self.person,
            "org": self.org,
            "role": self.role,
            "date": self.date,
        }
        if self.type == "departure":
            row["manner"] = self.manner or "unspecified"
        row["modality"] = self.modality
        row["evidence"] = [asdict(e) for e in self.evidence]
        return row

    def to_dict(self) -> dict:
        """Everything the ledger knows of the event, for ``--json`` output."""
        row = {"id": self.id, **self.to_spec(), "known_since": self.known_since}
        row["alternatives"] = [asdict(a) for a in self.alternatives]
        return row


@dataclass
class Tenure:
    """A person holding a role (or working) at an organisation for a while."""

    person: str
    org: str
    role: str | None
    start: str | None
    end: str | None
    state: str  # "active", "ended", "on_leave"
    start_known: bool = True
    end_known: bool = True
    known_since: str | None = None
    events: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Flow:
    """A person leaving one organisation for another."""

    person: str
    from_org: str
    to_org: str
    left: str | None
    joined: str | None
    via: str  # type of the event at the new organisation
    events: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class DocumentStatus:
    """A stored document and what became of it."""

    id: str
    source: str
    published: str | None
    languages: list[str]
    chars: int
    mentions: int
    ingested_at: str

    def to_dict(self) -> dict:
        return asdict(self)
