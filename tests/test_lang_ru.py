"""Russian: events, roles in their inflected forms, relative dates, and non-events."""

from functools import partial

import pytest

from helpers import assert_event, assert_no_event, changes, in_order, mentions_of

PUBLISHED = "2025-03-05"  # a Wednesday

EVENTS = [
    (
        "Генеральный директор компании «Северный ветер» Иван Соколов ушёл в отставку в понедельник.",
        "departure",
        "Иван Соколов",
        "Северный ветер",
        "Chief Executive Officer",
        "2025-03-03",
    ),
    (
        "Анна Морозова покинула компанию «Полярис Софт» после девяти лет работы.",
        "departure",
        "Анна Морозова",
        "Полярис Софт",
        None,
        None,
    ),
    (
        "Финансовый директор Олег Жуков был уволен из ПАО «Балтийский берег».",
        "departure",
        "Олег Жуков",
        "Балтийский берег",
        "Chief Financial Officer",
        None,
    ),
    (
        "Сергей Белов уходит на пенсию из АО «Уральские машины» в июне.",
        "departure",
        "Сергей Белов",
        "Уральские машины",
        None,
        "2025-06",
    ),
    (
        "Мария Орлова назначена техническим директором компании «Квант Лаб».",
        "appointment",
        "Мария Орлова",
        "Квант Лаб",
        "Chief Technology Officer",
        "2025-03-05",  # "назначена": has been appointed, the day of the news
    ),
    (
        "Дмитрий Лебедев присоединился к компании «Астра Роботикс» в качестве операционного директора.",
        "appointment",
        "Дмитрий Лебедев",
        "Астра Роботикс",
        "Chief Operating Officer",
        None,
    ),
    (
        "Елена Козлова избрана председателем совета директоров ПАО «Речной банк».",
        "appointment",
        "Елена Козлова",
        "Речной банк",
        "Board Chair",
        None,
    ),
    (
        "Павел Егоров стал временно исполняющим обязанности генерального директора ООО «Вектор Плюс».",
        "appointment",
        "Павел Егоров",
        "Вектор Плюс",
        "Interim Chief Executive Officer",
        None,
    ),
    (
        "Наталья Волкова взяла творческий отпуск в компании «Север Аналитикс».",
        "leave",
        "Наталья Волкова",
        "Север Аналитикс",
        None,
        None,
    ),
    (
        "Через три месяца Наталья Волкова вернулась в компанию «Север Аналитикс» в прошлом месяце.",
        "return",
        "Наталья Волкова",
        "Север Аналитикс",
        None,
        "2025-02",
    ),
    (
        "Алексей Зайцев основал компанию «Ладога Роботикс» в 2021 году.",
        "founding",
        "Алексей Зайцев",
        "Ладога Роботикс",
        "Founder",
        "2021",
    ),
    (
        "Ирина Никитина стала сооснователем стартапа «Прибой Био» в прошлом году.",
        "founding",
        "Ирина Никитина",
        "Прибой Био",
        "Co-founder",
        "2024",
    ),
    (
        "Андрей Соловьёв покинул компанию «Эфир Медиа» в прошлом ноябре.",
        "departure",
        "Андрей Соловьёв",
        "Эфир Медиа",
        None,
        "2024-11",
    ),
    (
        "Президент компании «Кедр Капитал» Игорь Ершов вчера подал в отставку.",
        "departure",
        "Игорь Ершов",
        "Кедр Капитал",
        "President",
        "2025-03-04",
    ),
    (
        "Ольга Семёнова с 1 апреля возглавит компанию «Вереск Софт» в должности генерального директора.",
        "appointment",
        "Ольга Семёнова",
        "Вереск Софт",
        "Chief Executive Officer",
        "2025-04-01",
    ),
    # a removal with the person after the verb, declined
    (
        "Совет директоров АО «Уралмаш-Сервис» во вторник досрочно прекратил полномочия "
        "генерального директора Андрея Кузьмина.",
        "departure",
        "Андрей Кузьмин",
        "Уралмаш-Сервис",
        "Chief Executive Officer",
        "2025-03-04",
    ),
    (
        "ПАО «Волжский берег» сообщает о назначении Екатерины Смирновой на должность финансового директора "
        "с 1 апреля 2025 года.",
        "appointment",
        "Екатерина Смирнова",
        "Волжский берег",
        "Chief Financial Officer",
        "2025-04-01",
    ),
    # the role before the verb is the one given; the one after the name is held before
    (
        "Временно исполняющим обязанности генерального директора компании «Тайга Лаб» назначен "
        "операционный директор Михаил Орлов.",
        "appointment",
        "Михаил Орлов",
        "Тайга Лаб",
        "Interim Chief Executive Officer",
        "2025-03-05",
    ),
    (
        "Издательство «Белый город»: сооснователь Ирина Лебедева уходит в творческий отпуск.",
        "leave",
        "Ирина Лебедева",
        "Белый город",
        "Co-founder",
        "2025-03-05",
    ),
    (
        "Кроме того, Олег Борисов, ранее коммерческий директор компании «Нева Сети», назначен "
        "заместителем генерального директора.",
        "appointment",
        "Олег Борисов",
        "Нева Сети",
        "Deputy Chief Executive Officer",
        "2025-03-05",
    ),
    # a company named in another case is the same company
    (
        "Бывший топ-менеджер банка «Калиста» Лия Фомина ушла из «Калисты» в прошлом году.",
        "departure",
        "Лия Фомина",
        "Калиста",
        None,
        "2024",
    ),
]

NOT_EVENTS = [
    "Совет ПАО «Озёрный терминал», крупнейшего оператора порта на Юго-Западе, сменил руководство.",
    "После сделки новый акционер ООО «Кедровая роща» сменил менеджмент предприятия.",
    "Когда финансовый директор уходит из компании «Северный ветер», акционеры волнуются.",
    "Виктор Смирнов продолжит руководить отделом продаж компании «Северный ветер».",
    "Иван Соколов не уходит в отставку, заявили в компании «Северный ветер».",
    "Когда генеральный директор уходит, инвесторы компании «Северный ветер» волнуются.",
    "Компания «Северный ветер» в прошлом году наняла первого финансового директора.",
    "Иван Соколов планирует создать новую компанию в сфере робототехники.",
]


@pytest.mark.parametrize(("text", "type", "person", "org", "role", "date"), EVENTS)
def test_event(text, type, person, org, role, date):
    assert_event(text, "ru", PUBLISHED, type, person, org, role, date)


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_an_event(text):
    assert_no_event(text, "ru", PUBLISHED)


def test_the_future_of_leaving():
    text = "Генеральный директор компании «Северсталь-Инвест» Олег Петров покинет свой пост 31 марта."
    found = [
        (m.type, m.person, m.org, m.role, m.date) for m in mentions_of(text, lang="ru", published=PUBLISHED)
    ]
    assert found == [
        ("departure", "Олег Петров", "Северсталь-Инвест", "Chief Executive Officer", "2025-03-31")
    ]


_changes = partial(changes, lang="ru", published=PUBLISHED)


def test_cofounders_named_in_the_instrumental():
    text = "Фёдор Жиров основал компанию «Серак Софт» в 2009 году вместе с Марком Лебедевым."
    assert _changes(text) == {
        ("founding", "Фёдор Жиров", "Серак Софт", "Co-founder", "2009"),
        ("founding", "Марк Лебедев", "Серак Софт", "Co-founder", "2009"),
    }


def test_a_surname_alone_in_another_case_is_the_person_named_before():
    text = (
        "Андрей Кузьмин возглавлял компанию «Уралмаш» с 2019 года. "
        "Во вторник совет директоров уволил Кузьмина."
    )
    assert ("departure", "Андрей Кузьмин", "Уралмаш", None, "2025-03-04") in _changes(text)


def test_a_replacement_and_a_successor_take_the_title_of_the_one_replaced():
    text = (
        "Директор по маркетингу компании «Пелагея» Лариса Чернова с апреля уходит в декретный отпуск. "
        "Её временно заменит Инна Дудина."
    )
    assert (
        "appointment",
        "Инна Дудина",
        "Пелагея",
        "Interim Chief Marketing Officer",
        "2025-04",
    ) in _changes(text)
    text = (
        "В июне на пенсию уходит председатель совета директоров компании «Пелагея» Михаил Аверин. "
        "Его преемником станет Борис Петров."
    )
    assert ("appointment", "Борис Петров", "Пелагея", "Board Chair", "2025-06") in _changes(text)


def test_the_one_replaced_and_a_return_to_work():
    text = (
        "Совет директоров компании «Ламберт Моторс» во вторник назначил Софью Делову генеральным директором "
        "вместо Геннадия Маркова, который покидает компанию."
    )
    found = _changes(text)
    assert ("appointment", "Софья Делова", "Ламберт Моторс", "Chief Executive Officer", "2025-03-04") in found
    assert (
        "departure",
        "Геннадий Марков",
        "Ламберт Моторс",
        "Chief Executive Officer",
        "2025-03-04",
    ) in found
    text = "Главный юрист компании «Марвел Текстиль» Агата Рыжова в прошлом месяце вернулась к работе."
    assert _changes(text) == {("return", "Агата Рыжова", "Марвел Текстиль", "General Counsel", "2025-02")}


_in_order = partial(in_order, lang="ru", published=PUBLISHED)


def test_a_contrast_word_keeps_a_continuation_in_its_own_clause():
    text = (
        "Ирина Волкова покидает пост генерального директора компании «Северит» "
        "но останется в совете директоров."
    )
    assert _in_order(text) == [
        ("departure", "Ирина Волкова", "Северит", "Chief Executive Officer", "2025-03-05")
    ]


def test_leaving_to_found_a_company_dates_both_changes():
    text = (
        "Ирина Волкова покинула компанию «Северит» в 2019 году, "
        "чтобы в 2021 году основать компанию «Ладомир»."
    )
    assert _in_order(text) == [
        ("departure", "Ирина Волкова", "Северит", None, "2019"),
        ("founding", "Ирина Волкова", "Ладомир", "Founder", "2021"),
    ]
    text = "Ирина Волкова покинула компанию «Северит» в марте, чтобы перейти в «Арктон»."
    assert _in_order(text) == [
        ("departure", "Ирина Волкова", "Северит", None, "2025-03"),
        ("appointment", "Ирина Волкова", "Арктон", None, None),
    ]


def test_a_former_employer_or_title_is_not_the_hire_s():
    text = "Ирина Волкова, пришедшая из «Северита», стала генеральным директором компании «Арктон»."
    assert _in_order(text) == [("appointment", "Ирина Волкова", "Арктон", "Chief Executive Officer", None)]
    text = "Ирина Волкова, экс-директор по маркетингу «Северита», присоединилась к компании «Арктон»."
    assert _in_order(text) == [("appointment", "Ирина Волкова", "Арктон", None, None)]
    text = "Бывший финансовый директор Ирина Волкова присоединилась к компании «Арктон»."
    assert _in_order(text) == [("appointment", "Ирина Волкова", "Арктон", None, None)]
    # a former title does not hide a departure from that company
    text = "Ирина Волкова, бывший финансовый директор компании «Северит», ушла в отставку."
    assert _in_order(text) == [("departure", "Ирина Волкова", "Северит", "Chief Financial Officer", None)]
