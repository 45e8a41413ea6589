"""French: events, roles, relative dates, and sentences that must yield nothing."""

import pytest

from helpers import assert_event, assert_no_event

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
]

NOT_EVENTS = [
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
