"""German: events, roles (Vorstand vs Aufsichtsrat), relative dates, and non-events."""

from functools import partial

import pytest

from helpers import assert_event, assert_no_event, in_order, mentions_of

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
        "Managing Director",
        "2025-05",
    ),
    (
        "Peter Holm nimmt eine Auszeit von der Kessler Gruppe.",
        "leave",
        "Peter Holm",
        "Kessler Gruppe",
        None,
        "2025-03-05",
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


# News phrasings: verb-final clauses, Austrian and Swiss usage, company nouns before names,
# titles before names, negative phrases, relative dates (published on Wednesday 2025-03-05).
MORE_EVENTS = [
    (
        "Der Generaldirektor der Almfeld Versicherung AG, Robert Hainzl, legt sein Amt mit Ende April "
        "zurück.",
        "departure",
        "Robert Hainzl",
        "Almfeld Versicherung AG",
        "Chief Executive Officer",
        "2025-04",
    ),
    (
        "Aufsichtsratschefin Sigrid Malten wird 2026 nicht mehr zur Wiederwahl antreten, teilte die "
        "Brandtal AG mit.",
        "departure",
        "Sigrid Malten",
        "Brandtal AG",
        "Supervisory Board Chair",
        "2026",
    ),
    (
        "Der Münchner Halbleiterhersteller Zellbrand hat seinen Vorstandschef Ralf Ostertag abberufen.",
        "departure",
        "Ralf Ostertag",
        "Zellbrand",
        "Chief Executive Officer",
        None,
    ),
    (
        "Bei der Rautal Medien GmbH ist Chefredakteurin Ines Kohl nach internen Streitigkeiten "
        "freigestellt worden.",
        "departure",
        "Ines Kohl",
        "Rautal Medien GmbH",
        "Editor-in-Chief",
        "2025-03-05",
    ),
    (
        "Der Aufsichtsrat habe Vorstandschef Sven Laub am Dienstagabend abberufen, teilte die Wendel AG mit.",
        "departure",
        "Sven Laub",
        "Wendel AG",
        "Chief Executive Officer",
        "2025-03-04",
    ),
    (
        "Neuer Finanzchef der Orlen Stahl AG wird Jan Wessel.",
        "appointment",
        "Jan Wessel",
        "Orlen Stahl AG",
        "Chief Financial Officer",
        None,
    ),
    (
        "Gregor Hain ist neuer Geschäftsführer der Mühlbach Brauerei GmbH.",
        "appointment",
        "Gregor Hain",
        "Mühlbach Brauerei GmbH",
        "Managing Director",
        "2025-03-05",
    ),
    (
        "Jan Rothe ist seit vergangenem Montag Chief Revenue Officer bei Lumora.",
        "appointment",
        "Jan Rothe",
        "Lumora",
        "Chief Revenue Officer",
        "2025-03-03",
    ),
    (
        "Wir freuen uns, Dana Obrist als neue Chief Marketing Officer bei Flinkhaus begrüßen zu dürfen.",
        "appointment",
        "Dana Obrist",
        "Flinkhaus",
        "Chief Marketing Officer",
        "2025-03-05",
    ),
    (
        "Die Tessin Versicherung AG hat Dr. Yvonne Alber in den Vorstand berufen.",
        "appointment",
        "Yvonne Alber",
        "Tessin Versicherung AG",
        "Management Board Member",
        None,
    ),
    (
        "Zudem wurde Regula Tanz an der ausserordentlichen Generalversammlung der Alpfirn AG in den "
        "Verwaltungsrat gewählt.",
        "appointment",
        "Regula Tanz",
        "Alpfirn AG",
        "Board Member",
        None,
    ),
    (
        "Technikvorstand Paul Rieger hatte im vergangenen Jahr ein Sabbatical bei der Sternau AG genommen.",
        "leave",
        "Paul Rieger",
        "Sternau AG",
        "Chief Technology Officer",
        "2024",
    ),
    (
        "Clara Vink will im April nächsten Jahres an die Spitze der Pinnhaus AG zurückkehren.",
        "return",
        "Clara Vink",
        "Pinnhaus AG",
        None,
        "2026-04",
    ),
    (
        "Firmengründer Stefan Brehm übernimmt ab dem 1. April erneut den Vorstandsvorsitz der "
        "Aurel Energie AG.",
        "return",
        "Stefan Brehm",
        "Aurel Energie AG",
        "Chief Executive Officer",
        "2025-04-01",
    ),
]

MORE_NOT_EVENTS = [
    "Vorstandschef Georg Pfister wird das Unternehmen nicht verlassen, sagte ein Sprecher der Talvon AG.",
    "Aufsichtsratschefin Ilse Dorn schließt nicht aus, 2026 erneut für eine weitere Amtszeit anzutreten.",
    "Der Aufsichtsrat der Talvon AG verlängerte den Vertrag von Vorstandschef Georg Pfister bis 2028.",
    "Seefeld-Chef Werner Lux verabschiedete sich am Freitag in den Sommerurlaub.",
    "Wir nehmen Abschied von unserem langjährigen Kollegen Peter Laux von der Kessing AG.",
]


@pytest.mark.parametrize(("text", "type", "person", "org", "role", "date"), MORE_EVENTS)
def test_more_events(text, type, person, org, role, date):
    assert_event(text, "de", PUBLISHED, type, person, org, role, date)


@pytest.mark.parametrize("text", MORE_NOT_EVENTS)
def test_more_not_events(text):
    assert_no_event(text, "de", PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a pronoun after the verb is its subject
            "Svenja Hartl leitete die Entwicklung bei Quendo Systems. Ende Februar hat sie das "
            "Unternehmen verlassen.",
            [("departure", "Svenja Hartl", "Quendo Systems", None, "2025-02")],
        ),
        (  # the subject before the verb, the partner inside the phrase: both co-founders
            "Hanna Seidl hatte die Kaufwerk GmbH 2011 gemeinsam mit Benno Lorenz gegründet.",
            [
                ("founding", "Hanna Seidl", "Kaufwerk GmbH", "Co-founder", "2011"),
                ("founding", "Benno Lorenz", "Kaufwerk GmbH", "Co-founder", "2011"),
            ],
        ),
        (  # the founder's family name is the company's: he is a person, and no one inherits "founder"
            "Die Talheim Logistik GmbH hat Anja Brück zum 1. Juni zur Geschäftsführerin ernannt. "
            "Sie folgt auf Firmengründer Horst Talheim, der sich aus dem operativen Geschäft zurückzieht.",
            [
                ("appointment", "Anja Brück", "Talheim Logistik GmbH", "Managing Director", "2025-06-01"),
                ("appointment", "Anja Brück", "Talheim Logistik GmbH", "Managing Director", "2025-06-01"),
                ("departure", "Horst Talheim", "Talheim Logistik GmbH", "Managing Director", "2025-06-01"),
            ],
        ),
        (  # the predecessor takes the title and the date of the successor
            "Der Verwaltungsrat der Alpfirn Holding AG hat Beat Gassner mit Wirkung zum 1. November zum "
            "neuen CEO ernannt. Er tritt die Nachfolge von Urs Moser an, der das Unternehmen verlässt.",
            [
                (
                    "appointment",
                    "Beat Gassner",
                    "Alpfirn Holding AG",
                    "Chief Executive Officer",
                    "2025-11-01",
                ),
                (
                    "appointment",
                    "Beat Gassner",
                    "Alpfirn Holding AG",
                    "Chief Executive Officer",
                    "2025-11-01",
                ),
                ("departure", "Urs Moser", "Alpfirn Holding AG", "Chief Executive Officer", "2025-11-01"),
            ],
        ),
        (  # an interview answer opens with the speaker's name
            "Svenja Hartl leitete die Entwicklung bei Quendo Systems.\n\n"
            "Hartl: Ich habe im Februar die Luvana Analytics GmbH gegründet.",
            [("founding", "Svenja Hartl", "Luvana Analytics GmbH", "Founder", "2025-02")],
        ),
        (  # a signed note with closing lines between the note and the name
            "Liebe Kolleginnen und Kollegen,\n\nnach acht Jahren bei Fernholm habe ich mich entschieden, "
            "das Unternehmen zum Ende des Monats zu verlassen.\n\nDanke für alles!\n\n"
            "Herzliche Grüße\nLeonie Strath",
            [("departure", "Leonie Strath", "Fernholm", None, "2025-03")],
        ),
        (  # briefs: a sentence naming no company is about the company of its paragraph
            "Gregor Hain ist neuer Geschäftsführer der Mühlbach Brauerei GmbH.\n\n"
            "Bei der Rautal Medien GmbH ist Chefredakteurin Ines Kohl freigestellt worden. "
            "Ihre Aufgaben übernimmt ihr Stellvertreter Lukas Frei.",
            [
                ("appointment", "Gregor Hain", "Mühlbach Brauerei GmbH", "Managing Director", "2025-03-05"),
                ("departure", "Ines Kohl", "Rautal Medien GmbH", "Editor-in-Chief", "2025-03-05"),
                ("appointment", "Lukas Frei", "Rautal Medien GmbH", None, "2025-03-05"),
            ],
        ),
    ],
)
def test_documents(text, expected):
    found = mentions_of(text, lang="de", published=PUBLISHED)
    assert [(m.type, m.person, m.org, m.role, m.date) for m in found] == expected


def test_a_company_noun_in_the_genitive_is_no_part_of_the_name():
    text = (
        "Die Brunnthal Papier AG holt sich eine neue Finanzchefin. Lena Oswald ist derzeit Finanzchefin "
        "des Verpackungslogistikers Kreuzfeld Transporte GmbH, den sie Ende April verlässt."
    )
    found = mentions_of(text, lang="de", published=PUBLISHED)
    expected = ("departure", "Lena Oswald", "Kreuzfeld Transporte GmbH", "Chief Financial Officer", "2025-04")
    assert expected in [(m.type, m.person, m.org, m.role, m.date) for m in found]


_in_order = partial(in_order, lang="de", published=PUBLISHED)


def test_a_contrast_word_keeps_a_continuation_in_its_own_clause():
    text = "Jana Kössler verlässt die Brenntal AG als Vorstandschefin aber bleibt Chefin des Beirats."
    assert _in_order(text) == [
        ("departure", "Jana Kössler", "Brenntal AG", "Chief Executive Officer", "2025-03-05")
    ]
    # "während" before a genitive is a preposition, not a new clause
    text = "Jana Kössler tritt während der Hauptversammlung der Brenntal AG zurück."
    assert _in_order(text) == [("departure", "Jana Kössler", "Brenntal AG", None, None)]


def test_leaving_to_found_a_company_dates_both_changes():
    assert _in_order("Jana Kössler verließ die Brenntal AG 2019, um 2021 die Morvia GmbH zu gründen.") == [
        ("departure", "Jana Kössler", "Brenntal AG", None, "2019"),
        ("founding", "Jana Kössler", "Morvia GmbH", "Founder", "2021"),
    ]
    assert _in_order("Jana Kössler verließ die Brenntal AG im März, um zur Selvan Group zu wechseln.") == [
        ("departure", "Jana Kössler", "Brenntal AG", None, "2025-03"),
        ("appointment", "Jana Kössler", "Selvan Group", None, None),
    ]


def test_a_former_employer_or_title_is_not_the_hire_s():
    text = "Jana Kössler, ehemalige Finanzchefin der Brenntal AG, wird Vorstandschefin der Selvan Group."
    assert _in_order(text) == [
        ("appointment", "Jana Kössler", "Selvan Group", "Chief Executive Officer", None)
    ]
    text = "Jana Kössler, zuvor bei der Brenntal AG, wechselt zur Selvan Group."
    assert _in_order(text) == [("appointment", "Jana Kössler", "Selvan Group", None, "2025-03-05")]
    # a former title does not hide a departure from that company
    text = "Die ehemalige Finanzchefin der Brenntal AG, Jana Kössler, ist zurückgetreten."
    assert _in_order(text) == [("departure", "Jana Kössler", "Brenntal AG", "Chief Financial Officer", None)]
