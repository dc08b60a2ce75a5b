"""Noise that must not become an actor: bylines, photo credits, page furniture, titles alone,
and a country word inside an organisation's name. Every sentence here is written for this test
(the names are invented)."""

from __future__ import annotations

import pytest
from test_actors import resolve

from analysis import gazetteer
from analysis.actors.drops import _is_heading
from analysis.clean import line_reason

# --- page furniture, dropped by clean() before actors are looked for (no spaCy) ------------------

FURNITURE = [
    ("Related Story: Harbour talks stall as Veldora walks out", "related"),
    ("Related stories: Five dams that changed the valley", "related"),
    ("RELATED ARTICLE - The river treaty explained", "related"),
    ("Related video: Protest at the Brask dam", "related"),
    ("Imagen principal:", "ui"),
    ("TT", "credit"),
    ("Tom", None),
    ("Fecha de publicación:", "ui"),
    ("Recommended: How the mediation began", "related"),
    ("You may also like: Karesh's new cabinet", "related"),
    # a page's keyword list: the label, a colon, the names and no full stop
    ("KEYS: Brask Dam  Veldora  Karesh   Jane Doe  river treaty  Kelby Front", "tags"),
    ("Tags: Brask, Veldora, water rights", "tags"),
    # a magazine's link: "Related", a headline and its teaser, no separator, no full stop
    ("Related Harbour Talks Stall as Veldora Walks Out The envoy looks back on a turbulent "
     "month of talks  as chronicled in a new film  and ahead to what comes next for the port "
     "and its dockers", "related"),
    (" Related Brask Readies a Double Album 'Live at the Dam' The set offers a glimpse into "
     "the band's ten years on the road", "related"),
    ("RELATED STORY", "ui"),
    ("Related Story", "ui"),
    ("Editor's picks", "ui"),
    ("Recommended reading", "ui"),
    # prose that shares the words stays
    ("The related story was denied by the minister.", None),
    ("Related charges were filed against the Brask mayor on Monday", None),
    ("Related Companies Buys a Tower on the Harbour", None),
    ("Related Harbour Talks Stall as Veldora Walks Out, the envoy told reporters on Monday.",
     None),
    ("Recommended dose: two tablets a day, the ministry said.", None),
    ("You may also like the new bridge, the mayor joked.", None),
    ("Keys: the envoy kept them in a drawer, the report said.", None),
]


@pytest.mark.parametrize(("line", "reason"), FURNITURE)
def test_page_furniture_is_dropped(line: str, reason: str | None) -> None:
    assert line_reason(line) == reason


#: Title-case headings, whose names the sentences must write to be actors (_drop_heading_names),
#: and prose or captions that share their words.
HEADINGS = [
    ("Harbour Board Downplays Flood Warnings", True),
    ("Veldora: Dorin Meets With the Heads of the Assembly", True),
    ("EARNINGS PREVIEW: Kestrel Shippers' 3Q Net Seen Up On Freight Rates", True),
    ("Kestrel Headline News World News", True),
    # a sentence: a lower-case word, or a full stop
    ("Veldora's Dorin meets the heads of the assembly", False),
    ("Dorin Meets Veldora Leaders.", False),
    ("Mayor Ilse Varga said the river was safe", False),
    # one capitalised word is a label, not a heading that could glue words to a name
    ("Brask", False),
]


@pytest.mark.parametrize(("line", "expected"), HEADINGS)
def test_title_case_headings_are_told_from_sentences(line: str, expected: bool) -> None:
    assert _is_heading(line) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Reuters", True), ("REUTERS", True), ("Getty Images", True), ("GETTY IMAGES", True),
     ("Reuben", False), ("Veldora", False)],
)
def test_agencies_match_in_any_case(name: str, expected: bool) -> None:
    assert gazetteer.is_agency(name) is expected


# --- actors (these load spaCy) -----------------------------------------------------------------

# (paragraph, the actors it must yield, exactly)
NOISE_CASES = [
    # bylines
    ("By Marta Lindqvist and Tomas Ferreira", set()),
    ("By Marta Lindqvist in Halden", set()),
    ("BY MARTA LINDQVIST, Associated Press", set()),
    ("(Reporting by Tomas Ferreira in Halden; Editing by Ana Kovac)", set()),
    ("Reporting by Tomas Ferreira; additional reporting by Ana Kovac", set()),
    # photo credits
    ("REUTERS / Piotr Zalewicz", set()),
    ("REUTERS/Piotr Zalewicz", set()),
    ("Piotr Zalewicz / Getty", set()),
    ("Piotr Zalewicz / Getty Images", set()),
    ("Crowds fill the square. Photo: Piotr Zalewicz/AFP", set()),
    # a caption's credit in brackets after another, printed again behind markup
    ("Lena Marsh waves in Halden on Monday. (Pool photo) (Kelby Wire) ==Kelby Wire",
     {"Lena Marsh"}),
    # titles alone, and titles without their full stop
    ("The Sen said nothing. Gen", set()),
    ("Sen Halvorsen said the vote would be close.", {"Halvorsen"}),
    ("Gen Okonkwo told reporters the convoy had left.", {"Okonkwo"}),
    ("Lt Col Brannigan denied the report.", {"Brannigan"}),
    ("Sgt Lena Marsh was injured.", {"Lena Marsh"}),
    # a country word inside an organisation's name
    ("USA Gymnastics said it would review the complaints.", {"USA Gymnastics"}),
    ("The National Theatre of Great Britain announced a new season on Monday.",
     {"National Theatre of Great Britain"}),
    ("Japan Airlines cancelled forty flights.", {"Japan Airlines"}),
    ("Kenya Airways resumed flights to Nairobi.", {"Kenya Airways"}),
    ("The British Museum returned the bronzes.", {"British Museum"}),
    # ... unless the organisation is part of the country's state
    ("The Russian Foreign Ministry summoned the ambassador.", {"Russia"}),
    ("The US State Department said the talks were useful.", {"United States"}),
    ("The Israel Defense Forces said the strike hit a depot.", {"Israel"}),
    # what must stay
    ("The by-election was won by Marta Lindqvist, who beat the incumbent.", {"Marta Lindqvist"}),
    ("The opposition, led by Tomas Ferreira, walked out.", {"Tomas Ferreira"}),
    ("The letter, written by Marta Lindqvist, was read to the council.", {"Marta Lindqvist"}),
    ("France and Germany signed the deal in Berlin.", {"France", "Germany"}),
    ("Texas sued the federal government over the rule.", {"Texas"}),
]


@pytest.mark.slow  # loads the spaCy pipeline
@pytest.mark.parametrize(("text", "actors"), NOISE_CASES)
def test_noise_golden_table(text: str, actors: set[str]) -> None:
    _, resolution = resolve([text])  # resolve() checks every offset
    assert {m.actor for ms in resolution.mentions for m in ms} == actors


@pytest.mark.slow
def test_regression_spaced_slash_credit_made_the_agency_an_actor() -> None:
    # "REUTERS / NAME": only "NAME/AGENCY" without spaces was known as a credit.
    _, resolution = resolve(["A dam worker checks the gauge. REUTERS / Piotr Zalewicz"])
    assert resolution.actors == ()


@pytest.mark.slow
def test_regression_country_in_a_company_name_became_the_country() -> None:
    _, resolution = resolve(["Kenya Airways said Kenya would pay for the new terminal."])
    assert [(m.text, m.actor) for ms in resolution.mentions for m in ms] == [
        ("Kenya Airways", "Kenya Airways"), ("Kenya", "Kenya"),
    ]
