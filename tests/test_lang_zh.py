"""Chinese: events, roles, names in several scripts, relative dates, and non-events."""

from functools import partial

import pytest

from tenure.extract.context import build_context
from tenure.model import Document, Passage

from helpers import assert_event, assert_no_event, in_order, mentions_of

PUBLISHED = "2025-03-05"

EVENTS = [
    (
        "今日,Norvik Robotics首席执行官艾琳·霍尔姆(Eileen Holm)宣布辞职。",
        "departure",
        "Eileen Holm",
        "Norvik Robotics",
        "Chief Executive Officer",
        "2025-03-05",
    ),
    (
        "Kestrel Analytics首席财务官Daniel Brooks离开了公司。",
        "departure",
        "Daniel Brooks",
        "Kestrel Analytics",
        "Chief Financial Officer",
        None,
    ),
    (
        "Talvane Systems首席技术官Mara Kessler被解雇。",
        "departure",
        "Mara Kessler",
        "Talvane Systems",
        "Chief Technology Officer",
        None,
    ),
    (
        "2024年12月,Orsk Energy董事长Peter Lund宣布退休。",
        "departure",
        "Peter Lund",
        "Orsk Energy",
        "Board Chair",
        "2024-12",
    ),
    (
        "Ruth Adler加入了Brightfold Labs,担任首席运营官。",
        "appointment",
        "Ruth Adler",
        "Brightfold Labs",
        "Chief Operating Officer",
        None,
    ),
    (
        "Velora Media任命Jonas Berg为首席执行官。",
        "appointment",
        "Jonas Berg",
        "Velora Media",
        "Chief Executive Officer",
        None,
    ),
    (
        "上个月,Lina Park出任Corvid Software临时首席执行官。",
        "appointment",
        "Lina Park",
        "Corvid Software",
        "Interim Chief Executive Officer",
        "2025-02",
    ),
    (
        "Hanna Sorel将担任Quill Capital总裁。",
        "appointment",
        "Hanna Sorel",
        "Quill Capital",
        "President",
        None,
    ),
    (
        "Arvid Nyström将于今年余下时间休假,暂时离开Fjord Analytics的日常工作。",
        "leave",
        "Arvid Nyström",
        "Fjord Analytics",
        None,
        None,
    ),
    (
        "2025年1月,Arvid Nyström重返Fjord Analytics担任首席执行官。",
        "return",
        "Arvid Nyström",
        "Fjord Analytics",
        "Chief Executive Officer",
        "2025-01",
    ),
    (
        "去年,Mila Ortega创办了新公司Tidewell Robotics。",
        "founding",
        "Mila Ortega",
        "Tidewell Robotics",
        "Founder",
        "2024",
    ),
    (
        "2021年,Samir Haddad联合创办了Helix Bio。",
        "founding",
        "Samir Haddad",
        "Helix Bio",
        "Co-founder",
        "2021",
    ),
    (
        "2024年5月,首席科学家Olga Varga离开了Nordwind Labs。",
        "departure",
        "Olga Varga",
        "Nordwind Labs",
        "Chief Scientist",
        "2024-05",
    ),
    (
        "Emil Strand于2023年加入Polaris Systems。",
        "appointment",
        "Emil Strand",
        "Polaris Systems",
        None,
        "2023",
    ),
    (
        "昨天,Cobalt Energy首席执行官Nora Blix辞去了职务。",
        "departure",
        "Nora Blix",
        "Cobalt Energy",
        "Chief Executive Officer",
        "2025-03-04",
    ),
    (
        "云帆资本周三宣布，任命周明轩为董事总经理。",
        "appointment",
        "周明轩",
        "云帆资本",
        "Managing Director",
        "2025-03-05",
    ),
    (
        "一周前，云帆资本总裁马超宣布辞职。",
        "departure",
        "马超",
        "云帆资本",
        "President",
        "2025-02-26",
    ),
    (
        "陈文涛已于2021年离开青羽科技。",
        "departure",
        "陈文涛",
        "青羽科技",
        None,
        "2021",
    ),
    (
        "星河智能首席财务官刘芳上个月退休。",
        "departure",
        "刘芳",
        "星河智能",
        "Chief Financial Officer",
        "2025-02",
    ),
]

NOT_EVENTS = [
    "Nora Blix将继续领导Cobalt Energy的销售团队。",
    "Nora Blix并没有离开Cobalt Energy。",
    "Cobalt Energy去年完成了新一轮融资。",
    "当一位首席执行官离开公司时,投资者往往会感到担忧。",
    "Nora Blix计划启动一个新项目。",
]


@pytest.mark.parametrize(("text", "type", "person", "org", "role", "date"), EVENTS)
def test_event(text, type, person, org, role, date):
    assert_event(text, "zh", PUBLISHED, type, person, org, role, date)


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_an_event(text):
    assert_no_event(text, "zh", PUBLISHED)


def test_two_people_named_with_the_company_between_them_both_leave():
    text = "2023年3月,数据平台负责人Ana Kovač和公司联合创始人、首席科学家Tomas Varga离开了Brenmoor。"
    found = mentions_of(text, lang="zh", published=PUBLISHED)
    assert {(m.type, m.person, m.org, m.date) for m in found} == {
        ("departure", "Ana Kovač", "Brenmoor", "2023-03"),
        ("departure", "Tomas Varga", "Brenmoor", "2023-03"),
    }


def test_a_clause_about_investors_does_not_hide_a_founding():
    text = "Tomas Varga离开Brenmoor后创办新公司Halden Robotics,投资方包括Cobalt Energy。"
    founded = [m for m in mentions_of(text, lang="zh", published=PUBLISHED) if m.type == "founding"]
    assert [(m.person, m.org) for m in founded] == [("Tomas Varga", "Halden Robotics")]


def test_chinese_company_names_and_names_found_again_without_their_title():
    text = (
        "澄岚科技今日宣布,公司联合创始人兼首席执行官林若溪将于4月1日卸任。\n\n"
        "林若溪于2016年共同创办澄岚科技。此外,公司首席财务官赵敏已于上月离职,加入了星河资本。"
    )
    found = {(m.type, m.person, m.org) for m in mentions_of(text, lang="zh", published=PUBLISHED)}
    assert ("departure", "林若溪", "澄岚科技") in found
    assert ("founding", "林若溪", "澄岚科技") in found
    assert ("appointment", "赵敏", "星河资本") in found
    assert not any(org.startswith("了") for _, _, org in found)


def test_family_names_without_a_title_are_names():
    text = "赵志远于2016年与陈雅琴共同创办星河智能。陈雅琴已于2021年离开公司，创办了物流软件公司青羽科技。"
    found = {(m.type, m.person, m.org, m.role) for m in mentions_of(text, lang="zh", published=PUBLISHED)}
    assert found == {
        ("founding", "赵志远", "星河智能", "Co-founder"),
        ("founding", "陈雅琴", "星河智能", "Co-founder"),
        ("departure", "陈雅琴", "星河智能", None),
        ("founding", "陈雅琴", "青羽科技", "Founder"),
    }


def test_words_that_begin_with_a_family_name_are_no_names():
    text = "星河智能宣布，董事会已于周一批准，马上将启动招聘。陈文涛已于2021年离开青羽科技。"
    document = Document(id="t", text=text, published=PUBLISHED, passages=[Passage(0, len(text), "zh")])
    assert set(build_context(document).people.full.values()) == {"陈文涛"}


def test_the_one_who_retired_is_named_after_the_verb():
    text = "星河智能聘请王建国出任首席财务官。他接替上个月退休的刘芳。"
    found = {(m.type, m.person, m.role, m.date) for m in mentions_of(text, lang="zh", published=PUBLISHED)}
    assert found == {
        ("appointment", "王建国", "Chief Financial Officer", None),
        ("departure", "刘芳", None, "2025-02"),
    }


def test_a_leave_that_ended_before_a_return_is_background():
    text = "星河智能宣布,王芳在休假两年后重返公司,出任首席运营官。"
    found = {(m.type, m.person, m.role) for m in mentions_of(text, lang="zh", published=PUBLISHED)}
    assert found == {("return", "王芳", "Chief Operating Officer")}


def test_months_in_chinese_numerals_and_expected_returns():
    text = "星河智能首席运营官王芳已休假,预计十一月回归。"
    found = {(m.type, m.modality, m.date) for m in mentions_of(text, lang="zh", published=PUBLISHED)}
    assert found == {("leave", "asserted", None), ("return", "planned", "2025-11")}


_in_order = partial(in_order, lang="zh", published=PUBLISHED)


def test_a_contrast_word_keeps_a_continuation_in_its_own_clause():
    assert _in_order("金川银行首席执行官李明远宣布辞职但仍将担任董事。") == [
        ("departure", "李明远", "金川银行", "Chief Executive Officer", None)
    ]


def test_a_former_employer_or_title_is_not_the_hire_s():
    assert _in_order("云帆科技聘请前金川银行财务总监李明远出任首席财务官。") == [
        ("appointment", "李明远", "云帆科技", "Chief Financial Officer", None)
    ]
    assert _in_order("云帆科技任命原金川银行首席执行官李明远为总裁。") == [
        ("appointment", "李明远", "云帆科技", "President", None)
    ]
    assert _in_order("前金川银行首席执行官李明远加入云帆科技。") == [
        ("appointment", "李明远", "云帆科技", None, None)
    ]
    # a former title does not hide a departure from that company
    assert _in_order("前金川银行首席执行官李明远宣布辞职。") == [
        ("departure", "李明远", "金川银行", "Chief Executive Officer", None)
    ]
