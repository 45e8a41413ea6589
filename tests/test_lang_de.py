"""German: events, roles (Vorstand vs Aufsichtsrat), relative dates, and non-events."""

import pytest

from helpers import assert_event, assert_no_event, mentions_of

PUBLISHED = "2025-03-05"  # a Wednesday

EVENTS = [
    (
        "Der Vorstandschef der Halvorsen AG, Jens Marquardt, tritt am Montag zurück.",
        "departure",
        "Jens Marquardt",
        "Halvorsen AG",
        "Chief Executive Officer",
        "2025-03-03",
    ),
    (
        "Katrin Wendel verlässt die Brückner Logistik GmbH nach zwölf Jahren.",
        "departure",
        "Katrin Wendel",
        "Brückner Logistik GmbH",
        None,
        "2025-03-05",
    ),
    (
        "Finanzvorstand Tobias Rehm wurde von der Falkenried SE mit sofortiger Wirkung abberufen.",
        "departure",
        "Tobias Rehm",
        "Falkenried SE",
        "Chief Financial Officer",
        None,
    ),
    (
        "Gerhard Lindner geht Ende Juni bei der Oberau Maschinenbau AG in den Ruhestand.",
        "departure",
        "Gerhard Lindner",
        "Oberau Maschinenbau AG",
        None,
        "2025-06",
    ),
    (
        "Sabine Korte wurde zur Vorstandsvorsitzenden der Elbwerk Energie AG ernannt.",
        "appointment",
        "Sabine Korte",
        "Elbwerk Energie AG",
        "Chief Executive Officer",
        None,
    ),
    (
        "Markus Fiedler wechselt zum 1. April als Finanzchef zur Tannberg Pharma GmbH.",
        "appointment",
        "Markus Fiedler",
        "Tannberg Pharma GmbH",
        "Chief Financial Officer",
        "2025-04-01",
    ),
    (
        "Die Weidmann Bank AG hat Claudia Berger zur Aufsichtsratsvorsitzenden gewählt.",
        "appointment",
        "Claudia Berger",
        "Weidmann Bank AG",
        "Supervisory Board Chair",
        None,
    ),
    (
        "Thomas Hager wird kommissarischer Vorstandschef der Lindholm Software AG.",
        "appointment",
        "Thomas Hager",
        "Lindholm Software AG",
        "Interim Chief Executive Officer",
        None,
    ),
    (
        "Anna Vogt übernimmt im Mai die Geschäftsführung der Sandau Technologies GmbH.",
        "appointment",
        "Anna Vogt",
        "Sandau Technologies GmbH",
        None,
        "2025-05",
    ),
    (
        "Peter Holm nimmt eine Auszeit von der Kessler Gruppe.",
        "leave",
        "Peter Holm",
        "Kessler Gruppe",
        None,
        None,
    ),
    (
        "Nach drei Monaten kehrt Peter Holm im April zur Kessler Gruppe zurück.",
        "return",
        "Peter Holm",
        "Kessler Gruppe",
        None,
        "2025-04",
    ),
    (
        "Lena Brandt gründete im vergangenen Jahr die Nordlicht Robotics GmbH.",
        "founding",
        "Lena Brandt",
        "Nordlicht Robotics GmbH",
        "Founder",
        "2024",
    ),
    (
        "Felix Arnold hat 2021 die Quellwerk Software GmbH mitgegründet.",
        "founding",
        "Felix Arnold",
        "Quellwerk Software GmbH",
        "Co-founder",
        "2021",
    ),
    (
        "Jörg Ebner schied im vergangenen November aus dem Vorstand der Rhenus Chemie AG aus.",
        "departure",
        "Jörg Ebner",
        "Rhenus Chemie AG",
        "Management Board Member",
        "2024-11",
    ),
    (
        "Das Aufsichtsratsmitglied Ute Lorenz hat ihr Mandat bei der Stahlberg AG gestern niedergelegt.",
        "departure",
        "Ute Lorenz",
        "Stahlberg AG",
        "Supervisory Board Member",
        "2025-03-04",
    ),
]

NOT_EVENTS = [
    "Martin Keller bleibt weiterhin Vorstandschef der Halvorsen AG.",
    "Jens Marquardt tritt nicht zurück, teilte die Halvorsen AG mit.",
    "Wenn ein Vorstandschef geht, werden die Anleger der Halvorsen AG nervös.",
    "Die Halvorsen AG stellte im vergangenen Jahr einen neuen Finanzchef ein.",
    "Jens Marquardt will ein neues Unternehmen gründen.",
]


@pytest.mark.parametrize(("text", "type", "person", "org", "role", "date"), EVENTS)
def test_event(text, type, person, org, role, date):
    assert_event(text, "de", PUBLISHED, type, person, org, role, date)


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_an_event(text):
    assert_no_event(text, "de", PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Vorstandsvorsitzende der Ferrand AG, Klaus Meinert, legt sein Amt zum 30. Juni nieder.",
            ("departure", "Klaus Meinert", "Ferrand AG", "Chief Executive Officer", "2025-06-30"),
        ),
        (
            "Der Aufsichtsrat der Halden GmbH hat Petra Lang mit Wirkung zum 1. April zur neuen "
            "Finanzvorständin bestellt.",
            ("appointment", "Petra Lang", "Halden GmbH", "Chief Financial Officer", "2025-04-01"),
        ),
        (
            "Die Gründerin Anna Vogt hat 2019 das Start-up Lumeo gegründet.",
            ("founding", "Anna Vogt", "Lumeo", "Founder", "2019"),
        ),
    ],
)
def test_news_phrasings(text, expected):
    found = mentions_of(text, lang="de", published=PUBLISHED)
    assert [(m.type, m.person, m.org, m.role, m.date) for m in found] == [expected]


def test_a_capitalised_noun_alone_is_no_person():
    text = "Der Aufsichtsrat hat mit Wirkung zum 1. April einen neuen Finanzvorstand bestellt."
    assert mentions_of(text, lang="de", published=PUBLISHED) == []
