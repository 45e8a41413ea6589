"""French: events, roles, relative dates, and sentences that must yield nothing."""

from functools import partial

import pytest

from helpers import assert_event, assert_no_event, changes, in_order, mentions_of

PUBLISHED = "2025-03-05"  # a Wednesday

EVENTS = [
    (
        "Le PDG de Vaudrel SA, Étienne Marchetti, a démissionné lundi.",
        "departure",
        "Étienne Marchetti",
        "Vaudrel SA",
        "Chief Executive Officer",
        "2025-03-03",
    ),
    (
        "Claire Dumontel quitte Brisaille Technologies après huit ans.",
        "departure",
        "Claire Dumontel",
        "Brisaille Technologies",
        None,
        None,
    ),
    (
        "Le conseil a limogé le directeur financier Hugo Lenclos, selon Orvane Group.",
        "departure",
        "Hugo Lenclos",
        "Orvane Group",
        "Chief Financial Officer",
        None,
    ),
    (
        "Bernard Castagné prend sa retraite de Ferrand Industries en juin.",
        "departure",
        "Bernard Castagné",
        "Ferrand Industries",
        None,
        "2025-06",
    ),
    (
        "Nadia Ferrucci a été nommée directrice technique de Luminor Labs mercredi.",
        "appointment",
        "Nadia Ferrucci",
        "Luminor Labs",
        "Chief Technology Officer",
        "2025-03-05",
    ),
    (
        "Paul Aubrac rejoint Quimperlé Systems comme directeur des opérations.",
        "appointment",
        "Paul Aubrac",
        "Quimperlé Systems",
        "Chief Operating Officer",
        None,
    ),
    (
        "Sandrine Vilar a été promue vice-présidente de la recherche chez Talmont Bio.",
        "appointment",
        "Sandrine Vilar",
        "Talmont Bio",
        "VP of Research",
        "2025-03-05",  # told in the present perfect: the day of the news
    ),
    (
        "Groupe Sorelle a annoncé la nomination de Louis Kerbrat "
        "au poste de président du conseil d'administration.",
        "appointment",
        "Louis Kerbrat",
        "Groupe Sorelle",
        "Board Chair",
        None,
    ),
    (
        "Julie Arnoux devient directrice générale par intérim de Pradel Capital.",
        "appointment",
        "Julie Arnoux",
        "Pradel Capital",
        "Interim Chief Executive Officer",
        None,
    ),
    (
        "Mathieu Garnier prend un congé sabbatique de Veloria Software jusqu'à la fin de l'année.",
        "leave",
        "Mathieu Garnier",
        "Veloria Software",
        None,
        None,
    ),
    (
        "Après six mois d'absence, Mathieu Garnier est revenu chez Veloria Software le mois dernier.",
        "return",
        "Mathieu Garnier",
        "Veloria Software",
        None,
        "2025-02",
    ),
    (
        "Inès Berthou a cofondé Alvéa Robotics en 2021.",
        "founding",
        "Inès Berthou",
        "Alvéa Robotics",
        "Co-founder",
        "2021",
    ),
    (
        "Thomas Rivière a fondé Calimor Energy l'année dernière.",
        "founding",
        "Thomas Rivière",
        "Calimor Energy",
        "Founder",
        "2024",
    ),
    (
        "Sophie Lambertin a quitté Norvell Media en novembre dernier.",
        "departure",
        "Sophie Lambertin",
        "Norvell Media",
        None,
        "2024-11",
    ),
    (
        "Le directeur scientifique de Haldane Pharma, Marc Ollivier, a démissionné hier.",
        "departure",
        "Marc Ollivier",
        "Haldane Pharma",
        "Chief Scientist",
        "2025-03-04",
    ),
    # a company named with a sector word
    (
        "Romane Tissier quitte ses fonctions de directrice financière de Kervalec Énergie à la fin du mois.",
        "departure",
        "Romane Tissier",
        "Kervalec Énergie",
        "Chief Financial Officer",
        "2025-03",
    ),
    # a removal in the active voice: the person after the verb
    (
        "Le conseil d'administration de Morvan Aéronautique a limogé mardi son directeur général, "
        "Gaspard Lheureux.",
        "departure",
        "Gaspard Lheureux",
        "Morvan Aéronautique",
        "Chief Executive Officer",
        "2025-03-04",
    ),
    (
        "Le départ à la retraite du président du conseil de Brésille Mutuelle, Alain Fortier, "
        "est prévu pour juin.",
        "departure",
        "Alain Fortier",
        "Brésille Mutuelle",
        "Board Chair",
        "2025-06",
    ),
    (
        "Odile Ferrand a repris ses fonctions de présidente de Lisière Assurances lundi.",
        "return",
        "Odile Ferrand",
        "Lisière Assurances",
        "President",
        "2025-03-03",
    ),
    (
        "Carvel Logiciels a recruté Bastien Roux au poste de directeur des ressources humaines.",
        "appointment",
        "Bastien Roux",
        "Carvel Logiciels",
        "Chief People Officer",
        None,
    ),
    # of two titles that start alike, the longer
    (
        "Noémie Sarrazin est promue directrice générale adjointe de Vaubert Industries.",
        "appointment",
        "Noémie Sarrazin",
        "Vaubert Industries",
        "Deputy Chief Executive Officer",
        "2025-03-05",
    ),
    (
        "Le directeur technique de Pellerin Robotique, Yann Kermarec, s'apprête à quitter l'entreprise.",
        "departure",
        "Yann Kermarec",
        "Pellerin Robotique",
        "Chief Technology Officer",
        "2025-03-05",
    ),
]

NOT_EVENTS = [
    "Lorsqu'un directeur financier quitte une entreprise, les investisseurs de Salvane Télécom s'inquiètent.",
    "Cette décision suit celle de Manon Leclerc, présidente de Salvane Télécom.",
    "La plupart des salariés de Salvane Télécom ont menacé de démissionner, dont Manon Leclerc.",
    "Alice Perrot continuera à diriger l'équipe commerciale de Vaudrel SA.",
    "Étienne Marchetti ne quitte pas Vaudrel SA, a précisé la société.",
    "Quand un PDG quitte son poste, les investisseurs de Vaudrel SA s'inquiètent.",
    "Vaudrel SA a recruté son premier directeur financier l'an dernier.",
    "Étienne Marchetti prépare un nouveau projet dans la robotique.",
]


@pytest.mark.parametrize(("text", "type", "person", "org", "role", "date"), EVENTS)
def test_event(text, type, person, org, role, date):
    assert_event(text, "fr", PUBLISHED, type, person, org, role, date)


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_an_event(text):
    assert_no_event(text, "fr", PUBLISHED)


_changes = partial(changes, lang="fr", published=PUBLISHED)


def test_a_change_told_again_for_another_person():
    text = (
        "La démission du directeur financier de Salvane Télécom, Lucas Aubry, a été suivie mardi "
        "de celle de la directrice juridique, Manon Leclerc."
    )
    assert ("departure", "Manon Leclerc", "Salvane Télécom", "General Counsel", "2025-03-04") in _changes(
        text
    )


def test_a_successor_takes_the_title_and_date_of_the_one_succeeded():
    text = (
        "Le départ à la retraite de la présidente du conseil de Pélican Santé, Hélène Girard, "
        "est prévu pour juin. "
        "Son successeur, Marc Duval, siège au conseil depuis 2019."
    )
    assert ("appointment", "Marc Duval", "Pélican Santé", "Board Chair", "2025-06") in _changes(text)


def test_a_temporary_replacement_is_interim():
    text = (
        "Clara Benoît, directrice marketing de Lorvane Cosmétiques, "
        "sera en congé maternité à partir d'avril. "
        "Elle sera remplacée temporairement par Julie Masson."
    )
    found = _changes(text)
    assert ("leave", "Clara Benoît", "Lorvane Cosmétiques", "Chief Marketing Officer", "2025-04") in found
    assert (
        "appointment",
        "Julie Masson",
        "Lorvane Cosmétiques",
        "Interim Chief Marketing Officer",
        "2025-04",
    ) in found


def test_the_one_succeeded_leaves_the_title_the_successor_is_given():
    text = (
        "Tarvel Finance annonce la nomination de Lise Moreau au poste de directrice financière. "
        "Elle succède à Henri Blanc, qui part à la retraite."
    )
    assert [m.role for m in mentions_of(text, lang="fr") if m.person == "Henri Blanc"] == [
        "Chief Financial Officer"
    ]


def test_a_title_or_a_description_as_subject_stands_for_the_person_named_before():
    text = (
        "Orbeval Assurances a recruté un nouveau directeur financier, Paul Girardin. "
        "Le nouveau directeur financier prendra ses fonctions le 15 mars."
    )
    assert (
        "appointment",
        "Paul Girardin",
        "Orbeval Assurances",
        "Chief Financial Officer",
        "2025-03-15",
    ) in _changes(text)
    text = (
        "Après vingt ans à la tête de Solvane Industries, Anne Royer passe le relais. "
        "La dirigeante quittera ses fonctions de présidente-directrice générale le 30 juin."
    )
    assert (
        "departure",
        "Anne Royer",
        "Solvane Industries",
        "Chief Executive Officer",
        "2025-06-30",
    ) in _changes(text)


def test_a_company_named_short_then_in_full_is_one():
    text = "Ariane Petit quitte Dorsel. Bruno Lenoir rejoint Dorsel Assurances comme directeur financier."
    assert len({m.org for m in mentions_of(text, lang="fr")}) == 1


def test_the_one_replaced_leaves_when_the_appointment_says():
    text = (
        "Lamberty Motors a nommé mardi Sophie Delacroix au poste de directrice générale, "
        "en remplacement de Gilles Maréchal, qui quitte le constructeur."
    )
    assert (
        "departure",
        "Gilles Maréchal",
        "Lamberty Motors",
        "Chief Executive Officer",
        "2025-03-04",
    ) in _changes(text)
    text = "Mes chers collègues,\n\nJe vous annonce mon départ de Brumaire Conseil.\n\nJuliette Armand"
    assert {(m.type, m.person, m.org) for m in mentions_of(text, lang="fr")} == {
        ("departure", "Juliette Armand", "Brumaire Conseil")
    }


def test_a_company_named_in_common_words_by_a_translation():
    text = "Notamment, Lina Osmond a lancé cette année la robotique douce, qui conçoit des pinces souples."
    assert _changes(text) == {("founding", "Lina Osmond", "robotique douce", "Founder", "2025")}
    surprise = "Chez Acme Systems, Kim Dufour a créé la surprise générale, hier soir."
    assert mentions_of(surprise, lang="fr") == []


def test_a_company_named_in_common_words_is_the_one_other_documents_name():
    from tenure.resolve.merge import Sourced, merge

    from helpers import mention

    events = merge(
        [
            Sourced(
                mention("founding", "Lina Osmond", "Gentle Robotics", doc="a", date="2025-01"), "2025-03-05"
            ),
            Sourced(
                mention("founding", "Lina Osmond", "robotique douce", doc="b", date="2025"), "2025-03-05"
            ),
        ]
    )
    assert [(e.org, sorted(ev.doc for ev in e.evidence)) for e in events] == [("Gentle Robotics", ["a", "b"])]


def test_standing_in_is_an_interim_appointment_to_the_title_of_the_one_who_left():
    text = (
        "Le conseil de Tessier Aéronautique a limogé mardi son directeur général, Antoine Delorme. "
        "La directrice des opérations, Hélène Marchal, assurera l'intérim."
    )
    assert (
        "appointment",
        "Hélène Marchal",
        "Tessier Aéronautique",
        "Interim Chief Executive Officer",
        "2025-03-04",
    ) in _changes(text)


def test_the_day_news_was_told_is_not_the_day_of_the_change():
    text = "Le groupe Vantora a annoncé lundi que Claire Dubois deviendra directrice générale le 1er avril."
    assert _changes(text) == {
        ("appointment", "Claire Dubois", "Vantora", "Chief Executive Officer", "2025-04-01")
    }


_in_order = partial(in_order, lang="fr", published=PUBLISHED)


def test_a_contrast_word_keeps_a_continuation_in_its_own_clause():
    text = "Odile Varenne quitte son poste de directrice générale de Lumbra SA mais reste au conseil."
    assert _in_order(text) == [("departure", "Odile Varenne", "Lumbra SA", "Chief Executive Officer", None)]
    text = "Paul Ternier quitte la direction de Cendral Logistique, alors qu'il reste au conseil."
    assert _in_order(text) == [("departure", "Paul Ternier", "Cendral Logistique", None, None)]


def test_leaving_to_found_a_company_dates_both_changes():
    assert _in_order("Odile Varenne a quitté Lumbra SA en 2019 pour fonder Cortalis en 2021.") == [
        ("departure", "Odile Varenne", "Lumbra SA", None, "2019"),
        ("founding", "Odile Varenne", "Cortalis", "Founder", "2021"),
    ]
    assert _in_order("Odile Varenne a quitté Lumbra SA en 2019 pour cofonder Cortalis.") == [
        ("departure", "Odile Varenne", "Lumbra SA", None, "2019"),
        ("founding", "Odile Varenne", "Cortalis", "Co-founder", "2019"),
    ]
    assert _in_order("Paul Ternier a quitté Lumbra SA en mars pour rejoindre Vertane Group.") == [
        ("departure", "Paul Ternier", "Lumbra SA", None, "2025-03"),
        ("appointment", "Paul Ternier", "Vertane Group", None, "2025-03"),
    ]


def test_a_former_employer_or_title_is_not_the_hire_s():
    text = (
        "Vertane Group a nommé Odile Varenne, ancienne directrice financière de Lumbra SA, "
        "au poste de directrice générale."
    )
    assert _in_order(text) == [
        ("appointment", "Odile Varenne", "Vertane Group", "Chief Executive Officer", None)
    ]
    text = "Odile Varenne, ex-directrice financière de Lumbra SA, a rejoint Vertane Group."
    assert _in_order(text) == [("appointment", "Odile Varenne", "Vertane Group", None, None)]
    text = "Paul Ternier, précédemment chez Lumbra SA, a été nommé directeur général de Vertane Group."
    assert _in_order(text) == [
        ("appointment", "Paul Ternier", "Vertane Group", "Chief Executive Officer", "2025-03-05")
    ]
    # a former title does not hide a departure from that company
    assert _in_order("L'ancien PDG de Lumbra SA, Paul Ternier, a démissionné.") == [
        ("departure", "Paul Ternier", "Lumbra SA", "Chief Executive Officer", None)
    ]
