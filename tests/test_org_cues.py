"""Organisations named by the words around them: after a role title ("chief executive of
Halden") or a word for a company ("el grupo Ferrand"), in several languages."""

import pytest

from tenure.extract.context import build_context
from tenure.model import Document, Passage

from helpers import mentions_of


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Mara Quist, chief executive of Halden, resigned on Monday.",
            "en",
            ("departure", "Mara Quist", "Halden"),
        ),
        (
            "El consejero delegado de Ferrand, Carlos Medina, dimitió el pasado martes.",
            "es",
            ("departure", "Carlos Medina", "Ferrand"),
        ),
        (
            "Le directeur financier de Brévent, Paul Lemaire, a démissionné lundi.",
            "fr",
            ("departure", "Paul Lemaire", "Brévent"),
        ),
        (
            "L'amministratore delegato di Orsanti, Marco Bellini, si è dimesso ieri.",
            "it",
            ("departure", "Marco Bellini", "Orsanti"),
        ),
        (
            "O diretor financeiro da Lumeira, João Prates, renunciou ao cargo na segunda-feira.",
            "pt",
            ("departure", "João Prates", "Lumeira"),
        ),
    ],
)
def test_the_organisation_after_a_title_is_where_the_change_happens(text, lang, expected):
    found = mentions_of(text, lang=lang)
    assert [(m.type, m.person, m.org) for m in found] == [expected]


def test_a_name_after_the_organisation_is_not_part_of_it():
    text = "The co-founder of Halden Mara Quist spoke on Monday."
    document = Document(id="t", text=text, published="2025-03-05", passages=[Passage(0, len(text), "en")])
    orgs = build_context(document).orgs
    assert orgs.knows("Halden")
    assert not orgs.knows("Halden Mara Quist")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "El grupo Ferrand ha nombrado a Lucía Ortega nueva consejera delegada.",
            "es",
            ("appointment", "Lucía Ortega", "Ferrand"),
        ),
        (
            "Le groupe Brévent a nommé Claire Morel directrice financière.",
            "fr",
            ("appointment", "Claire Morel", "Brévent"),
        ),
        (
            "Il gruppo Orsanti ha nominato Marco Bellini amministratore delegato.",
            "it",
            ("appointment", "Marco Bellini", "Orsanti"),
        ),
    ],
)
def test_a_word_for_a_company_before_a_name_makes_it_one(text, lang, expected):
    found = mentions_of(text, lang=lang)
    assert [(m.type, m.person, m.org) for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mark Ellison founded Halden Robotics in 2016 with Priya Natarajan.", "en"),
        ("Mark Ellison fundó Halden Robotics en 2016 junto con la ingeniera Priya Natarajan.", "es"),
        ("Mark Ellison a fondé Halden Robotics en 2016 avec Priya Natarajan.", "fr"),
    ],
)
def test_people_a_founder_founded_with_are_cofounders(text, lang):
    found = [m for m in mentions_of(text, lang=lang) if m.type == "founding"]
    assert sorted((m.person, m.org, m.role, m.date) for m in found) == [
        ("Mark Ellison", "Halden Robotics", "Co-founder", "2016"),
        ("Priya Natarajan", "Halden Robotics", "Co-founder", "2016"),
    ]


def test_a_founder_alone_stays_founder():
    found = mentions_of("Mark Ellison founded Halden Robotics in 2016 with money from his family.")
    assert [(m.person, m.role) for m in found if m.type == "founding"] == [("Mark Ellison", "Founder")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Halden Robotics named Jane Roe chief executive, replacing Mark Ellison, who leaves the company.",
            "en",
        ),
        (
            "El grupo Halden ha nombrado a Jane Roe consejera delegada, en sustitución de Mark Ellison, "
            "que dejará el cargo.",
            "es",
        ),
    ],
)
def test_a_predecessor_held_the_title_the_successor_is_given(text, lang):
    found = {(m.type, m.person): m.role for m in mentions_of(text, lang=lang)}
    assert found[("appointment", "Jane Roe")] == "Chief Executive Officer"
    assert found[("departure", "Mark Ellison")] == "Chief Executive Officer"
