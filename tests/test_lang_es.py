"""Spanish: events, roles, relative dates, and sentences that must yield nothing."""

import pytest

from helpers import assert_event, assert_no_event, mentions_of

PUBLISHED = "2025-03-05"  # a Wednesday

EVENTS = [
    (
        "El consejero delegado de Castellar Energía, Jorge Almansa, dimitió el pasado lunes.",
        "departure",
        "Jorge Almansa",
        "Castellar Energía",
        "Chief Executive Officer",
        "2025-03-03",
    ),
    (
        "Lucía Ferrán deja Montevela Seguros tras nueve años.",
        "departure",
        "Lucía Ferrán",
        "Montevela Seguros",
        None,
        "2025-03-05",
    ),
    (
        "El director financiero Raúl Peñalver fue destituido por Grupo Arenal.",
        "departure",
        "Raúl Peñalver",
        "Grupo Arenal",
        "Chief Financial Officer",
        None,
    ),
    (
        "Manuel Ibáñez se jubila de Talavera Sistemas en junio.",
        "departure",
        "Manuel Ibáñez",
        "Talavera Sistemas",
        None,
        "2025-06",
    ),
    (
        "Elena Cuadrado fue nombrada directora de tecnología de Brisol Tecnologías.",
        "appointment",
        "Elena Cuadrado",
        "Brisol Tecnologías",
        "Chief Technology Officer",
        None,
    ),
    (
        "Pablo Ortuño se incorpora a Navalia Robotics como director de operaciones.",
        "appointment",
        "Pablo Ortuño",
        "Navalia Robotics",
        "Chief Operating Officer",
        "2025-03-05",
    ),
    (
        "Marta Quiroga fue elegida presidenta del consejo de administración de Ribera Capital.",
        "appointment",
        "Marta Quiroga",
        "Ribera Capital",
        "Board Chair",
        None,
    ),
    (
        "Sergio Llorente asume como consejero delegado en funciones de Olivar Software.",
        "appointment",
        "Sergio Llorente",
        "Olivar Software",
        "Interim Chief Executive Officer",
        "2025-03-05",
    ),
    (
        "Ana Belmonte inició una baja médica en Duero Analytics.",
        "leave",
        "Ana Belmonte",
        "Duero Analytics",
        None,
        None,
    ),
    (
        "Tras tres meses, Ana Belmonte regresó a Duero Analytics el mes pasado.",
        "return",
        "Ana Belmonte",
        "Duero Analytics",
        None,
        "2025-02",
    ),
    (
        "Clara Medina fundó Aurora Robotics en 2021.",
        "founding",
        "Clara Medina",
        "Aurora Robotics",
        "Founder",
        "2021",
    ),
    (
        "Diego Salcedo cofundó Marea Biotech el año pasado.",
        "founding",
        "Diego Salcedo",
        "Marea Biotech",
        "Co-founder",
        "2024",
    ),
    (
        "Teresa Galindo abandonó Cierzo Media el pasado noviembre.",
        "departure",
        "Teresa Galindo",
        "Cierzo Media",
        None,
        "2024-11",
    ),
    (
        "Iván Robles renunció ayer como director de investigación de Alcor Pharma.",
        "departure",
        "Iván Robles",
        "Alcor Pharma",
        "Director of Research",
        "2025-03-04",
    ),
    (
        "Beatriz Lago será la nueva directora financiera de Vereda Capital a partir del 1 de abril.",
        "appointment",
        "Beatriz Lago",
        "Vereda Capital",
        "Chief Financial Officer",
        "2025-04-01",
    ),
]

NOT_EVENTS = [
    "Carmen Vidal seguirá al frente del equipo comercial de Castellar Energía.",
    "Jorge Almansa no dimitirá, aseguró Castellar Energía.",
    "Cuando un consejero delegado se va, los inversores de Castellar Energía se inquietan.",
    "Castellar Energía contrató a su primer director financiero el año pasado.",
    "Jorge Almansa prepara un nuevo proyecto en el sector de la robótica.",
]


@pytest.mark.parametrize(("text", "type", "person", "org", "role", "date"), EVENTS)
def test_event(text, type, person, org, role, date):
    assert_event(text, "es", PUBLISHED, type, person, org, role, date)


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_an_event(text):
    assert_no_event(text, "es", PUBLISHED)


def test_volver_a_before_a_verb_is_doing_again_not_a_return():
    text = "Nora Blix vuelve a liderar el equipo de ventas de Cobalt Energía."
    assert [m for m in mentions_of(text, lang="es", published=PUBLISHED) if m.type == "return"] == []
