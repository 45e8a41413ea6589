"""English extraction: every event type, roles, organisations, and sentences that are not events."""

import pytest

from helpers import changes, in_order, mentions_of


def one(text: str, **kw):
    found = mentions_of(text, **kw)
    assert len({(m.type, m.person, m.org) for m in found}) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "type", "person", "org", "role"),
    [
        (
            "Halvard Osei, chief financial officer of Brightwater Inc., resigned on Monday.",
            "departure",
            "Halvard Osei",
            "Brightwater Inc.",
            "Chief Financial Officer",
        ),
        (
            "Quillon Robotics said its CEO Marta Ivanova is leaving the company.",
            "departure",
            "Marta Ivanova",
            "Quillon Robotics",
            "Chief Executive Officer",
        ),
        (
            "Tessaly Corp. announced that Jonas Whitfield was fired as chief operating officer.",
            "departure",
            "Jonas Whitfield",
            "Tessaly Corp.",
            "Chief Operating Officer",
        ),
        (
            "Orla Brennan retired from Pemberton Bank after thirty years.",
            "departure",
            "Orla Brennan",
            "Pemberton Bank",
            None,
        ),
        (
            "Ravi Talwar joined Northgate Systems as chief technology officer.",
            "appointment",
            "Ravi Talwar",
            "Northgate Systems",
            "Chief Technology Officer",
        ),
        (
            "Lumora Labs named Priya Castellanos as interim CEO.",
            "appointment",
            "Priya Castellanos",
            "Lumora Labs",
            "Interim Chief Executive Officer",
        ),
        (
            "Dana Okafor is taking a sabbatical from Veltrix Group through the end of the year.",
            "leave",
            "Dana Okafor",
            "Veltrix Group",
            None,
        ),
        (
            "After six months away, Dana Okafor returned to Veltrix Group as president.",
            "return",
            "Dana Okafor",
            "Veltrix Group",
            "President",
        ),
        (
            "Elif Sandoval co-founded Kelpwave Technologies, a battery startup.",
            "founding",
            "Elif Sandoval",
            "Kelpwave Technologies",
            "Co-founder",
        ),
        (
            "Tomasz Reyes was promoted to senior vice president of Engineering at Corvane Inc.",
            "appointment",
            "Tomasz Reyes",
            "Corvane Inc.",
            "SVP of Engineering",
        ),
    ],
)
def test_events(text, type, person, org, role):
    m = one(text)
    assert (m.type, m.person, m.org, m.role) == (type, person, org, role)
    assert m.evidence.lang == "en"


def test_departure_manner_and_modality():
    m = one("Jonas Whitfield was ousted from Tessaly Corp. last week.")
    assert m.manner == "removed"
    planned = one("Orla Brennan will retire from Pemberton Bank next spring.")
    assert (planned.manner, planned.modality) == ("retired", "planned")
    rumour = one("According to people familiar with the matter, Ravi Talwar is leaving Northgate Systems.")
    assert rumour.modality == "reported"


def test_move_is_two_events():
    found = mentions_of("Nadia Folau left Ardent Robotics and joined Sumpter Analytics as head of sales.")
    kinds = {(m.type, m.person, m.org) for m in found}
    assert kinds == {
        ("departure", "Nadia Folau", "Ardent Robotics"),
        ("appointment", "Nadia Folau", "Sumpter Analytics"),
    }


def test_two_people_named_together():
    found = mentions_of(
        "Greenmoor Ltd. said Ada Lindqvist and Bruno Achterberg have decided to leave Greenmoor Ltd."
    )
    assert {m.person for m in found if m.type == "departure"} == {"Ada Lindqvist", "Bruno Achterberg"}


def test_surname_and_pronoun_resolve_to_full_name():
    text = (
        "Kestrel Analytics Inc. announced changes today. Miriam Sato, its research chief, built the lab. "
        "Sato is leaving the company. Later she will join Brightfold Labs."
    )
    found = mentions_of(text)
    assert {(m.type, m.person) for m in found} == {
        ("departure", "Miriam Sato"),
        ("appointment", "Miriam Sato"),
    }
    join = next(m for m in found if m.type == "appointment")
    assert join.org == "Brightfold Labs"


def test_implicit_organisation_is_the_document_main_one():
    text = (
        "Ostrava Dynamics appointed a new board. Ostrava Dynamics said Lena Marsh joined the company in 2019."
    )
    m = one(text)
    assert (m.type, m.org) == ("appointment", "Ostrava Dynamics")


@pytest.mark.parametrize(
    "text",
    [
        "Kim Adebayo and Lars Pettersen will continue to lead the sales team at Ferrox Inc.",
        "To be clear, Kim Adebayo is not leaving Ferrox Inc. any time soon.",
        "When a CEO walks out the door, investors at Ferrox Inc. tend to panic.",
        "Ferrox Inc. hired its first chief financial officer last year.",
        "Kim Adebayo plans to start a new project focused on robotics.",
        "It has been the privilege of my career to serve as chief technology officer of Ferrox Inc.",
        "Kim Adebayo started Monday as the new cafeteria manager.",
        "Kim Adebayo launched a new product at Ferrox Inc. last week.",
    ],
)
def test_not_events(text):
    assert mentions_of(text) == []


def test_page_chrome_yields_nothing():
    text = (
        "Home\nAbout\nCareers\nBlog\nPrivacy Policy\nTerms of Use\n© 2015–2024 Ferrox Inc.\nLog in\nSign up\n"
    )
    assert mentions_of(text) == []


def test_evidence_is_the_sentence():
    text = "Quiet news. Halvard Osei resigned from Brightwater Inc. on Monday. Nothing else."
    m = one(text)
    assert m.evidence.text == "Halvard Osei resigned from Brightwater Inc. on Monday."


def test_relative_date_resolved_against_publication():
    m = one("Halvard Osei resigned from Brightwater Inc. on Monday.", published="2025-03-05")
    assert m.date == "2025-03-03"
    undated = one("Halvard Osei resigned from Brightwater Inc. in a surprise move.", published="2025-03-05")
    assert undated.date is None


def test_shorter_form_of_a_full_name_is_that_person():
    text = (
        "Marisol Vega Duarte to step down.\nVentara Logistics said Marisol Vega Duarte resigned as chief "
        "executive on Monday."
    )
    people = {m.person for m in mentions_of(text)}
    assert people == {"Marisol Vega Duarte"}


def test_organisations_named_by_other_documents_are_known():
    from tenure.extract import extract
    from tenure.model import Document, Passage
    from tenure.resolve.keys import KnownOrgs, org_key

    text = "Ines Ribeiro quitte le transporteur Korvel Freight, a indiqué son entourage."
    doc = Document(id="d", text=text, published="2025-03-05", passages=[Passage(0, len(text), "fr")])
    assert {m.org for m in extract(doc, KnownOrgs([org_key("Korvel Freight Ltd")]))} == {"Korvel Freight"}
    assert extract(doc) == []  # alone, nothing says "Korvel Freight" is an organisation


def test_title_with_an_area_outside_the_lexicon():
    m = one("Petra Lindqvist was promoted to vice president of platform engineering at Corvane Inc.")
    assert m.role == "VP of Platform Engineering"


def test_a_continuation_in_another_clause_does_not_hide_the_change():
    text = "Mara Quist, who will continue to serve as chair, steps down as chief executive of Halden AG."
    found = mentions_of(text)
    assert [(m.type, m.person, m.org, m.role) for m in found] == [
        ("departure", "Mara Quist", "Halden AG", "Chief Executive Officer")
    ]
    assert mentions_of("Mara Quist will continue to lead Halden AG after the merger, the company said.") == []


@pytest.mark.parametrize("company", ["Halden AG", "Halden S.p.A.", "Halden SA", "Halden Ltda."])
def test_legal_forms_of_other_countries_name_a_company_in_english(company):
    found = mentions_of(f"Mara Quist steps down as chief executive of {company}.")
    assert [(m.type, m.person, m.org) for m in found] == [("departure", "Mara Quist", company)]


@pytest.mark.parametrize(
    "text",
    [
        "Halden Robotics said its chief scientist Mara Quist wants to return to hands-on engineering work.",
        "Halden Robotics confirmed that Mara Quist is back at her desk this week.",
    ],
)
def test_returning_to_something_other_than_an_organisation_is_no_return(text):
    assert [m for m in mentions_of(text) if m.type == "return"] == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Mara Quist returned to Halden Robotics on Monday.", None),
        ("Mara Quist returned to her role as chief executive of Halden Robotics.", "Chief Executive Officer"),
        ("Mara Quist returned to work at Halden Robotics after a sabbatical.", None),
    ],
)
def test_returns_to_an_organisation_or_a_role(text, role):
    found = [m for m in mentions_of(text) if m.type == "return"]
    assert [(m.person, m.org, m.role) for m in found] == [("Mara Quist", "Halden Robotics", role)]


def test_the_noun_leave_is_no_departure():
    text = "Mara Quist returned to work at Halden Robotics after a medical leave."
    assert [m.type for m in mentions_of(text)] == ["return"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Halden Robotics appointed Jane Roe, a director since 2019, chief financial officer.",
            "Chief Financial Officer",
        ),
        (
            "Halden Robotics named Jane Roe, its chief operating officer, as chief executive.",
            "Chief Executive Officer",
        ),
    ],
)
def test_an_appointment_gives_the_role_after_the_apposition(text, role):
    found = [m for m in mentions_of(text) if m.type == "appointment"]
    assert [(m.person, m.org, m.role) for m in found] == [("Jane Roe", "Halden Robotics", role)]


def test_a_date_says_where_it_comes_from():
    text = (
        "In May 2024, Mara Quist left Halden Robotics. She joined Corvane Inc. as chief executive.\n\n"
        "Halden Robotics is hiring a new CEO, said Jonas Eklund, who is leaving Corvane Inc."
    )
    found = {(m.type, m.person): (m.date, m.date_source) for m in mentions_of(text, published="2025-03-05")}
    assert found[("departure", "Mara Quist")] == ("2024-05", "stated")
    assert found[("appointment", "Mara Quist")] == ("2024-05", "context")
    assert found[("departure", "Jonas Eklund")] == ("2025-03-05", "published")


def test_a_headline_tells_the_news_of_the_day_and_the_story_its_date():
    text = (
        "Halden Robotics names Jane Roe chief executive\n\n"
        "Jane Roe joined Halden Robotics from Corvane Inc. in 2021.\n\n"
        "Mark Ellison, chief executive of Halden Robotics, will step down on June 30, the company said. "
        "Halden Robotics chief executive Mark Ellison leaves\n"
    )
    found = {(m.type, m.person, m.role, m.date) for m in mentions_of(text, published="2025-03-04")}
    assert ("appointment", "Jane Roe", "Chief Executive Officer", "2025-03-04") in found
    assert ("appointment", "Jane Roe", None, "2021") in found
    assert {d for t, p, _, d in found if (t, p) == ("departure", "Mark Ellison")} == {"2025-06-30"}


def test_a_successor_takes_the_role_of_the_one_succeeded():
    text = (
        "Halden Robotics said chief executive Mark Ellison will step down, and that Jane Roe, "
        "its chief operating officer, will succeed him."
    )
    found = [m for m in mentions_of(text) if m.type == "appointment"]
    assert [(m.person, m.org, m.role) for m in found] == [
        ("Jane Roe", "Halden Robotics", "Chief Executive Officer")
    ]


def test_a_long_word_between_two_names_does_not_join_them():
    found = mentions_of("Jane Roe succeeded Mark Ellison, who retired, at Halden Robotics in 2023.")
    assert [(m.type, m.person) for m in found if m.type == "departure"] == [("departure", "Mark Ellison")]


def test_an_effective_date_before_a_trigger_belongs_to_another_change():
    text = (
        "Halden Robotics on Monday named Jane Roe as its chief executive, effective July 1, ending a search "
        "that began when the board removed Mark Ellison as CEO in April."
    )
    found = {(m.type, m.person): m.date for m in mentions_of(text, published="2025-05-05")}
    assert found[("appointment", "Jane Roe")] == "2025-07-01"
    assert found[("departure", "Mark Ellison")] == "2025-04"


def test_a_move_names_where_the_person_leaves_from_and_goes_to():
    text = (
        "Brenmoor Freight Ltd said its finance chief Margit Osterhaug resigned.\n\n"
        "Brenmoor Freight finance chief Margit Osterhaug resigns, heads to Calvora Therapeutics SA\n"
    )
    found = {(m.type, m.org.split()[0]) for m in mentions_of(text) if m.person == "Margit Osterhaug"}
    assert found == {("departure", "Brenmoor"), ("appointment", "Calvora")}
    assert mentions_of("Halden Robotics said Mark Ellison heads to court next week over the dispute.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Halden Robotics has appointed Jane Roe as chief financial officer, effective immediately.",
            ("appointment", "Jane Roe", "Chief Financial Officer", "2025-03-05"),
        ),
        (
            "Jane Roe has been promoted to president of Halden Robotics.",
            ("appointment", "Jane Roe", "President", "2025-03-05"),
        ),
        (
            "Mark Ellison, chief executive of Halden Robotics, announced his retirement on Tuesday.",
            ("departure", "Mark Ellison", "Chief Executive Officer", "2025-03-04"),
        ),
        (
            "Halden Robotics said Mark Ellison would be on medical leave for three months.",
            ("leave", "Mark Ellison", None, None),
        ),
        (
            "Halden Robotics said its head of design, Mark Ellison, has gone on parental leave.",
            ("leave", "Mark Ellison", "Head of Design", None),
        ),
        (
            "Jane Roe, its operating chief, will become chief executive of Halden Robotics on April 1.",
            ("appointment", "Jane Roe", "Chief Executive Officer", "2025-04-01"),
        ),
        (
            "Jane Roe returned to Halden Robotics as chief investment officer after a sabbatical.",
            ("return", "Jane Roe", "Chief Investment Officer", None),
        ),
        (
            "Mark Ellison launched Quorvia Systems in 2019.",
            ("founding", "Mark Ellison", "Founder", "2019"),
        ),
    ],
)
def test_news_phrasings(text, expected):
    found = [(m.type, m.person, m.role, m.date) for m in mentions_of(text, published="2025-03-05")]
    assert found == [expected]


def test_a_change_before_but_is_not_hidden_by_a_continuation_after_it():
    text = (
        "Jane Roe succeeds Mark Ellison, who is stepping down as chief executive of Halden Robotics "
        "but will remain on the board."
    )
    departures = [m for m in mentions_of(text) if m.type == "departure"]
    assert [(m.person, m.org, m.role) for m in departures] == [
        ("Mark Ellison", "Halden Robotics", "Chief Executive Officer")
    ]
    text = (
        "Mark Ellison will remain on the board of Halden Robotics as chair, while Jane Roe stays on as CEO."
    )
    assert mentions_of(text) == []


def test_joining_from_an_organisation_is_leaving_it():
    found = mentions_of("Jane Roe joins from Corvel Bank, where she spent 14 years.")
    assert [(m.type, m.person, m.org) for m in found] == [("departure", "Jane Roe", "Corvel Bank")]
    assert mentions_of("Jane Roe came from a background in finance.") == []


def test_leaving_to_found_a_company_dates_both_changes():
    found = mentions_of("Jane Roe left Corvel Bank in 2021 to start Quorvia, a payments startup.")
    assert [(m.type, m.org, m.date) for m in found] == [
        ("departure", "Corvel Bank", "2021"),
        ("founding", "Quorvia", "2021"),
    ]
    found = mentions_of("Jane Roe left Corvel Bank in 2019 to start Quorvia Labs in 2020.")
    assert [(m.type, m.date) for m in found] == [("departure", "2019"), ("founding", "2020")]


def test_the_day_news_was_told_dates_a_change_only_when_no_other_is_stated():
    told = "Vantora Group said on Monday that Dana Lee will become chief executive on April 1."
    assert changes(told) == {
        ("appointment", "Dana Lee", "Vantora Group", "Chief Executive Officer", "2025-04-01")
    }
    alone = "Vantora Group said on Monday that Dana Lee will become chief executive."
    assert changes(alone) == {
        ("appointment", "Dana Lee", "Vantora Group", "Chief Executive Officer", "2025-03-03")
    }


def test_an_effective_date_belongs_to_the_change_before_it():
    text = (
        "Corvane Inc. named Dana Lee chief executive, effective April 1, succeeding Tom Kim, "
        "who is stepping down."
    )
    assert changes(text) == {
        ("appointment", "Dana Lee", "Corvane Inc.", "Chief Executive Officer", "2025-04-01"),
        ("departure", "Tom Kim", "Corvane Inc.", "Chief Executive Officer", "2025-04-01"),
    }


def test_the_one_succeeded_leaves_when_the_successor_takes_over():
    text = (
        "Corvane Inc. said Dana Lee will become chief executive on April 1. "
        "She succeeds Tom Kim, who is retiring after twelve years."
    )
    assert ("departure", "Tom Kim", "Corvane Inc.", "Chief Executive Officer", "2025-04-01") in changes(text)


def test_a_former_employer_or_title_is_not_the_hire_s():
    text = (
        "Vertane Group named Dana Kell, the former chief financial officer of Halvern Systems, "
        "as its chief executive."
    )
    assert in_order(text) == [("appointment", "Dana Kell", "Vertane Group", "Chief Executive Officer", None)]
    assert in_order("Dana Kell, former CFO of Halvern Systems, joined Vertane Group.") == [
        ("appointment", "Dana Kell", "Vertane", None, None)
    ]
    assert in_order("Ex-Halvern Systems CFO Dana Kell joined Vertane Group as chief executive.") == [
        ("appointment", "Dana Kell", "Vertane", "Chief Executive Officer", None)
    ]
    assert in_order("Dana Kell, formerly of Halvern Systems, has joined Vertane Group.") == [
        ("appointment", "Dana Kell", "Vertane", None, "2025-03-05")
    ]
    text = "Dana Kell, the former chief executive of Halvern Systems, returned to Vertane Group."
    assert in_order(text) == [("return", "Dana Kell", "Vertane Group", None, None)]
    # a former title does not hide a departure from that company
    assert in_order("The former CEO of Halvern Systems, Dana Kell, resigned.") == [
        ("departure", "Dana Kell", "Halvern Systems", "Chief Executive Officer", None)
    ]
