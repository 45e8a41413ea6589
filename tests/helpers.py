"""Small helpers shared by the tests."""

from __future__ import annotations

from tenure.extract import extract
from tenure.model import Document, Evidence, Mention, Passage


def mentions_of(
    text: str, lang: str = "en", published: str | None = "2025-03-05", doc: str = "t"
) -> list[Mention]:
    """Extract ``text`` as one document written in ``lang``."""
    document = Document(id=doc, text=text, published=published, passages=[Passage(0, len(text), lang)])
    found = extract(document)
    for m in found:
        assert text[m.evidence.start : m.evidence.end] == m.evidence.text
    return found


def changes(text: str, lang: str = "en", published: str | None = "2025-03-05") -> set[tuple]:
    """The (type, person, organisation, role, date) of each mention of ``text``."""
    return {
        (m.type, m.person, m.org, m.role, m.date) for m in mentions_of(text, lang=lang, published=published)
    }


def in_order(text: str, lang: str = "en", published: str | None = "2025-03-05") -> list[tuple]:
    """The (type, person, organisation, role, date) of the mentions of ``text``, in order."""
    return [
        (m.type, m.person, m.org, m.role, m.date) for m in mentions_of(text, lang=lang, published=published)
    ]


def mention(
    type: str,
    person: str,
    org: str,
    doc: str = "d1",
    date: str | None = None,
    role: str | None = None,
    aliases: tuple[str, ...] = (),
    lang: str = "en",
) -> Mention:
    """A hand-made mention, for merging tests."""
    return Mention(
        type=type,
        person=person,
        org=org,
        role=role,
        date=date,
        evidence=Evidence(doc, 0, 4, lang, "text"),
        person_aliases=list(aliases),
    )


def assert_event(
    text: str, lang: str, published: str, type: str, person: str, org: str, role: str | None, date: str | None
) -> None:
    """``text`` reports exactly one event of ``type``, with these slots and the sentence as evidence."""
    found = [m for m in mentions_of(text, lang=lang, published=published) if m.type == type]
    assert len(found) == 1, found
    m = found[0]
    assert (m.person, m.org, m.role, m.date) == (person, org, role, date)
    assert m.evidence.text == text
    assert m.evidence.lang == lang


def assert_no_event(text: str, lang: str, published: str) -> None:
    assert mentions_of(text, lang=lang, published=published) == []
