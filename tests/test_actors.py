"""Finding and resolving actors: golden paragraphs, surname/title joins, the country table,
noise that must not become an actor, pronouns, and the user's actors file.

Paragraphs are parsed with the real spaCy model (loaded once per process by
``analysis.resources.load_nlp``); every mention is checked against the article text.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from analysis import gazetteer
from analysis.actors import (
    VIAS,
    ActorConfig,
    Resolution,
    load_actor_config,
    resolve_mentions,
)
from analysis.errors import ActorsFileError, Msg
from analysis.resources import load_nlp
from analysis.types import Actor, ActorKind, Paragraph, Sentence

pytestmark = pytest.mark.slow  # loads the spaCy pipeline

SEP = "\n\n"


def parse(texts: list[str]) -> tuple[str, list[Doc], list[Paragraph]]:
    """An article of ``texts`` as paragraphs with article-offset sentences, and their parses."""
    docs = list(load_nlp().pipe(texts))
    paragraphs: list[Paragraph] = []
    start = 0
    n_sent = 0
    for index, (text, doc) in enumerate(zip(texts, docs, strict=True)):
        sentences = []
        for sent in doc.sents:
            sentences.append(Sentence(n_sent, start + sent.start_char, start + sent.end_char,
                                      sent.text))
            n_sent += 1
        paragraphs.append(Paragraph(index, start, start + len(text), text, tuple(sentences)))
        start += len(text) + len(SEP)
    return SEP.join(texts), docs, paragraphs


NO_CONFIG = ActorConfig()


def resolve(texts: list[str], config: ActorConfig = NO_CONFIG) -> tuple[str, Resolution]:
    article, docs, paragraphs = parse(texts)
    resolution = resolve_mentions(docs, paragraphs, config=config)
    assert len(resolution.mentions) == len(texts)
    for p, mentions in zip(paragraphs, resolution.mentions, strict=True):
        for m in mentions:
            assert article[m.start:m.end] == m.text
            assert m.paragraph == p.index
            assert p.start <= m.start < m.end <= p.end
            sentence = next(s for s in p.sentences if s.start <= m.start < s.end)
            assert m.sentence == sentence.index
            assert m.via in VIAS
        assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    return article, resolution


def pairs(resolution: Resolution) -> set[tuple[str, str]]:
    return {(m.actor, m.via) for ms in resolution.mentions for m in ms}


def actors_named(resolution: Resolution) -> set[str]:
    return {m.actor for ms in resolution.mentions for m in ms}


GOLDEN: list[tuple[list[str], set[tuple[str, str]]]] = [
    (["Russian troops shelled the port on Tuesday, Ukraine's army said."],
     {("Russia", "demonym"), ("Ukraine", "name")}),
    (["The Kremlin rejected the offer, and Moscow recalled its envoy."],
     {("Russia", "capital")}),
    (["The US, the United States, the U.S. and America are one country."],
     {("United States", "alias"), ("United States", "name")}),
    (["Britain and the UK signed the deal in Downing Street."],
     {("United Kingdom", "alias"), ("United Kingdom", "capital")}),
    (["Beijing warned Taipei after Chinese jets crossed the line."],
     {("China", "capital"), ("Taiwan", "capital"), ("China", "demonym")}),
    (["The European Union and NATO met the Taliban's envoy. Brussels said talks would go on."],
     {("European Union", "name"), ("NATO", "name"), ("European Union", "capital"),
      ("Taliban", "name")}),
    (["Prime Minister Rishi Sunak visited the troops.", "Sunak then flew home."],
     {("Rishi Sunak", "name"), ("Rishi Sunak", "surname")}),
    (["Israeli officials said Hamas had rejected the Egyptian proposal."],
     {("Israel", "demonym"), ("Hamas", "name"), ("Egypt", "demonym")}),
    (["Smoke rises over the harbour. JOHN SMITH/AFP via Getty Images"], set()),
    (["The talks had stalled, according to the Wall Street Journal."], set()),
    (["Politico reported that the deal was close."], set()),
    (["Zelensky told the BBC the war would end."], {("Zelensky", "name")}),
    (["He speaks fluent Russian and some French."], set()),
]


@pytest.mark.parametrize(("texts", "expected"), GOLDEN, ids=[t[0][0][:40] for t in GOLDEN])
def test_golden_paragraphs(texts: list[str], expected: set[tuple[str, str]]) -> None:
    _, resolution = resolve(texts)
    assert pairs(resolution) == expected


def test_surname_and_title_join_the_full_name() -> None:
    """Also a regression: spaCy tags "Amara Okafor" as a place; the lone "Mr Okafor" shows it is
    a person's full name."""
    _, r = resolve([
        "Mr Okafor arrived first.",
        "Later, Amara Okafor, the finance minister, met President Lindqvist.",
        "Okafor said the budget would pass. Dr Okafor left at noon.",
    ])
    okafor = [m for ms in r.mentions for m in ms if m.actor == "Amara Okafor"]
    assert [(m.text, m.via) for m in okafor if m.via != "pronoun"] == [
        ("Mr Okafor", "title"), ("Amara Okafor", "name"), ("Okafor", "surname"),
        ("Dr Okafor", "title"),
    ]
    # no full name has the surname Lindqvist: the titled surname stays its own actor
    assert ("Lindqvist", "title") in pairs(r)


TITLED: list[tuple[str, str, str]] = [
    ("Russian President Putin met Vladimir Putin's aides.", "President Putin", "Vladimir Putin"),
    ("Foreign Minister Sergei Lavrov and Prime Minister Lavrov.", "Prime Minister Lavrov",
     "Sergei Lavrov"),
    ("Secretary of State Blinken met Antony Blinken.", "Secretary of State Blinken",
     "Antony Blinken"),
]


@pytest.mark.parametrize(("text", "mention", "actor"), TITLED, ids=[t[1] for t in TITLED])
def test_titled_surname_joins_the_full_name(text: str, mention: str, actor: str) -> None:
    _, r = resolve([text])
    titled = [(m.text, m.actor) for ms in r.mentions for m in ms if m.via == "title"]
    assert titled == [(mention, actor)]


def test_surname_shared_by_two_full_names_is_not_joined() -> None:
    _, r = resolve(["Anna Berg and Tomas Berg disagreed.", "Berg said the vote was lost."])
    names = actors_named(r)
    assert {"Anna Berg", "Tomas Berg"} <= names
    surname_joins = [m for ms in r.mentions for m in ms if m.via == "surname"]
    assert surname_joins == []


def test_us_spellings_are_one_actor() -> None:
    _, r = resolve(["The US and the U.S. and the United States and the USA agreed."])
    assert actors_named(r) == {"United States"}
    (actor,) = r.actors
    assert actor.kind is ActorKind.COUNTRY
    assert set(actor.aliases) == {"US", "U.S.", "USA"}


def test_leading_article_and_possessive_are_stripped() -> None:
    _, r = resolve(["Russia's envoy and the United States' envoy met. Russia’s reply came later."])
    texts = [m.text for ms in r.mentions for m in ms]
    assert texts == ["Russia", "United States", "Russia"]
    assert all(not a.name.endswith(("'s", "’s")) for a in r.actors)


def test_city_as_venue_is_not_its_country() -> None:
    """Regression: "talks in Vienna" made Austria an actor of a story about two other states."""
    _, r = resolve(["Envoys met in Vienna and flew to Kyiv. Moscow said the talks had failed."])
    assert pairs(r) == {("Russia", "capital")}
    _, r = resolve(["Ms Ansel returned from Vienna after the Vienna talks. A warning from Moscow "
                    "followed."])
    assert pairs(r) == {("Ansel", "title"), ("Russia", "capital")}
    _, r = resolve(["Officials met at the Kremlin."])
    assert pairs(r) == {("Russia", "capital")}  # a seat of government is never just a venue


def test_town_named_as_a_place_is_not_an_actor() -> None:
    """Regression: "the village of Eskar" and "residents of Brask" made two villages actors."""
    _, r = resolve(["The minister visited the village of Eskar, and residents of Brask waited. "
                    "The government of Karesh said nothing."],
                   ActorConfig(actors=(Actor("Karesh", ActorKind.COUNTRY),)))
    assert actors_named(r) == {"Karesh"}


def test_short_name_joins_the_one_longer_organisation() -> None:
    config = ActorConfig(actors=(Actor("Highland Liberation Front", ActorKind.GROUP),))
    _, r = resolve(["The Highland Liberation Front attacked a post.",
                    "The Front denies any foreign backing."], config)
    assert [(m.text, m.actor) for m in r.mentions[1]] == [("Front", "Highland Liberation Front")]


def test_demonym_needs_a_noun_or_norp() -> None:
    _, r = resolve(["Ukrainian soldiers held the line while Russian-backed forces advanced."])
    assert pairs(r) == {("Ukraine", "demonym"), ("Russia", "demonym")}


def test_noise_is_not_an_actor() -> None:
    _, r = resolve([
        "Photograph: Jane Doe/Reuters",
        "Rescuers searched the rubble (AFP). Getty Images supplied the picture.",
        "Speaking to CNN, the mayor said the bridge would reopen, according to the BBC.",
        "The New York Times' investigation found no trace of the money.",
    ])
    names = actors_named(r)
    for noise in ("Jane Doe", "Reuters", "AFP", "Getty Images", "CNN", "BBC", "New York Times",
                  "The New York Times"):
        assert noise not in names


def test_outlet_that_acts_is_an_actor() -> None:
    """Only an outlet named as the source of a report is noise; one that does things stays."""
    _, r = resolve(["The government sued the BBC over the documentary."])
    assert ("BBC", "name") in pairs(r)


def test_he_said_after_a_quote_is_the_person_last_named() -> None:
    _, r = resolve([
        "Farida Haddad, the port director, walked along the quay.",
        "“We will rebuild every crane,” he said. His office later published the plan.",
    ])
    second = r.mentions[1]
    assert [(m.text, m.actor, m.via) for m in second] == [
        ("he", "Farida Haddad", "pronoun"), ("His", "Farida Haddad", "pronoun"),
    ]


def test_pronoun_is_skipped_when_two_people_who_agree_were_named() -> None:
    _, r = resolve(["Tomas Berg met Carlos Ruiz in the capital. He said the meeting went well."])
    assert all(m.via != "pronoun" for ms in r.mentions for m in ms)


def test_pronoun_goes_to_the_one_person_whose_gender_agrees() -> None:
    """Two people named: the given names say who "he" and "her" can be."""
    _, r = resolve(["Anna Berg met Carlos Ruiz in the capital. He said her plan went well."])
    got = [(m.text, m.actor) for ms in r.mentions for m in ms if m.via == "pronoun"]
    assert got == [("He", "Carlos Ruiz"), ("her", "Anna Berg")]


def test_pronoun_inside_a_quote_is_not_resolved() -> None:
    _, r = resolve(["Carlos Ruiz spoke first.", "“He has lied to us,” the crowd chanted."])
    assert r.mentions[1] == ()


def test_dateline_and_title_fragment_are_not_actors() -> None:
    """Regression: "WASHINGTON (Reuters)" became an actor, and so did "State" cut out of
    "Secretary of State" by spaCy."""
    _, r = resolve(["WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken met Western "
                    "allies."])
    assert actors_named(r) == {"United States", "Antony Blinken"}


def test_portfolio_before_a_title_is_not_an_actor() -> None:
    """Regression: spaCy tags "Transport" of "Transport Minister Dario Fenn" as an organisation."""
    _, r = resolve(["An inquiry into Transport Minister Dario Fenn was opened."])
    assert actors_named(r) == {"Dario Fenn"}


def test_month_is_not_taken_for_a_surname() -> None:
    """Regression: with Theresa May known, every capitalised "May" joined her."""
    config = ActorConfig(actors=(Actor("Theresa May", ActorKind.PERSON),))
    _, r = resolve(["The election is on 4 May. Theresa May will lead."], config)
    assert [m.text for ms in r.mentions for m in ms] == ["Theresa May"]


def test_name_broken_over_a_line_is_one_actor() -> None:
    """Regression: "United\nStates" and "Joe\nBiden" kept the newline in the actor name."""
    _, r = resolve(["The United\nStates and Joe\nBiden agreed; Joe Biden signed."])
    assert {a.name for a in r.actors} == {"United States", "Joe Biden"}
    assert all("\n" not in alias for a in r.actors for alias in a.aliases)


def test_group_adjective_joins_its_plural() -> None:
    _, r = resolve(["Republican senators blocked the bill. The Republicans said it cost too much."])
    assert [(m.text, m.actor) for ms in r.mentions for m in ms] == [
        ("Republican", "Republicans"), ("Republicans", "Republicans"),
    ]
    assert r.actors[0].kind is ActorKind.GROUP


CONFIG = {
    "actors": [
        {"name": "Volodymyr Zelensky", "kind": "person",
         "aliases": ["Zelenskyy", "Ukrainian president"]},
        {"name": "Port Authority", "kind": "organization", "aliases": ["the authority"]},
    ],
    "merge": {"Kremlin": "Russia", "Wagner Group": "Russia"},
    "rename": {"United States": "USA"},
    "hide": ["NATO"],
}


def test_config_adds_merges_renames_and_hides() -> None:
    config = ActorConfig.from_mapping(CONFIG, name="actors.yaml")
    _, r = resolve([
        "The Ukrainian president met NATO and US officials at the Port Authority.",
        "Zelenskyy said Wagner fighters had left, and the authority agreed.",
    ], config)
    got = pairs(r)
    assert ("Volodymyr Zelensky", "alias") in got
    assert ("Port Authority", "name") in got and ("Port Authority", "alias") in got
    assert ("USA", "alias") in got and "United States" not in actors_named(r)
    assert ("Russia", "alias") in got  # Wagner, folded into Russia
    assert "NATO" not in actors_named(r)
    assert "NATO" not in {a.name for a in r.actors}
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["USA"] is ActorKind.COUNTRY and kinds["Russia"] is ActorKind.COUNTRY
    assert kinds["Volodymyr Zelensky"] is ActorKind.PERSON


def test_config_alias_is_case_sensitive_whole_word() -> None:
    config = ActorConfig(actors=(Actor("Port Authority", ActorKind.ORGANIZATION, ("PA",)),))
    _, r = resolve(["The PA said PAs and pa staff would strike."], config)
    assert [m.text for ms in r.mentions for m in ms if m.actor == "Port Authority"] == ["PA"]


def test_config_built_with_lists_still_works() -> None:
    config = ActorConfig(actors=[Actor("Port Authority", ActorKind.ORGANIZATION, ("PA",))],
                         hidden={"Russia"})  # type: ignore[arg-type]
    _, r = resolve(["The PA and Russia met."], config)
    assert actors_named(r) == {"Port Authority"}


def test_config_surname_joins_config_person() -> None:
    config = ActorConfig(actors=(Actor("Ines Moreau", ActorKind.PERSON),))
    _, r = resolve(["Moreau said the plan was dead."], config)
    assert ("Ines Moreau", "surname") in pairs(r)


def test_overlay_layers_edits_on_a_file_config() -> None:
    base = ActorConfig.from_mapping(CONFIG, name="actors.yaml")
    edits = ActorConfig(
        actors=(Actor("Volodymyr Zelensky", ActorKind.PERSON, ("Zelenskiy",)),),
        merges=(("Kremlin", "Kremlin Palace"),),
        renames=(("Russia", "Russian Federation"),),
        hidden=frozenset({"Reuters"}),
    )
    both = base.overlay(edits)
    zelensky = next(a for a in both.actors if a.name == "Volodymyr Zelensky")
    assert zelensky.aliases == ("Zelenskyy", "Ukrainian president", "Zelenskiy")
    assert dict(both.merges)["Kremlin"] == "Kremlin Palace"
    assert dict(both.merges)["Wagner Group"] == "Russia"
    assert dict(both.renames) == {"United States": "USA", "Russia": "Russian Federation"}
    assert both.hidden == {"NATO", "Reuters"}
    assert ActorConfig.from_mapping(both.to_mapping(), name="round trip") == both


def test_load_yaml_and_json(tmp_path: Path) -> None:
    yaml_file = tmp_path / "actors.yaml"
    yaml_file.write_text(
        "actors:\n  - name: Volodymyr Zelensky\n    kind: person\n"
        "    aliases: [Zelenskyy, Ukrainian president]\n"
        "merge:\n  Kremlin: Russia\nrename:\n  United States: USA\nhide: [Reuters]\n",
        encoding="utf-8",
    )
    json_file = tmp_path / "actors.json"
    json_file.write_text(json.dumps({
        "actors": [{"name": "Volodymyr Zelensky", "kind": "person",
                    "aliases": ["Zelenskyy", "Ukrainian president"]}],
        "merge": {"Kremlin": "Russia"}, "rename": {"United States": "USA"}, "hide": ["Reuters"],
    }), encoding="utf-8")
    from_yaml = load_actor_config(yaml_file)
    assert from_yaml == load_actor_config(json_file)
    assert from_yaml.actors[0].aliases == ("Zelenskyy", "Ukrainian president")
    assert from_yaml.hidden == {"Reuters"}


BAD_FILES: list[tuple[str, str, str]] = [
    ("actors.yaml", "actors: [\n  - name: x", "YAML syntax error"),
    ("actors.json", '{"actors": [', "JSON syntax error"),
    ("actors.yaml", "", "it is empty"),
    ("actors.yaml", "- just\n- a list\n", "expected a mapping"),
    ("actors.yaml", "actorz: []\n", "unknown key 'actorz'"),
    ("actors.yaml", "actors:\n  - name: Ann Lee\n    kind: wizard\n", "kind 'wizard'"),
    ("actors.yaml", "actors:\n  - name: Ann Lee\n", "needs a kind"),
    ("actors.yaml", "actors:\n  - kind: person\n", "the name of actor #1"),
    ("actors.yaml", "merge: [Kremlin, Russia]\n", "'merge' must map names"),
    ("actors.yaml", "merge:\n  A: B\n  B: A\n", "circle"),
    ("actors.yaml", "hide: {a: 1}\n", "'hide' must be a list"),
    ("actors.yaml",
     "actors:\n  - {name: A B, kind: person, aliases: [X]}\n"
     "  - {name: C D, kind: person, aliases: [X]}\n", "given to both"),
    ("actors.txt", "actors: []\n", "not supported"),
]


@pytest.mark.parametrize(("filename", "content", "reason"), BAD_FILES,
                         ids=[r for _, _, r in BAD_FILES])
def test_bad_actors_file_is_a_clear_error(tmp_path: Path, filename: str, content: str,
                                          reason: str) -> None:
    path = tmp_path / filename
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ActorsFileError) as info:
        load_actor_config(path)
    message = str(info.value)
    assert message.startswith(f"{filename}: the actors file is not valid: ")
    assert reason in message


BILLION_LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
) + "actors: *i\n"


def test_yaml_aliases_are_refused_before_expanding(tmp_path: Path) -> None:
    """Regression: 325 bytes of nested aliases took 44 s and 3 GB, then a MemoryError."""
    path = tmp_path / "actors.yaml"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    assert path.stat().st_size < 400
    start = time.perf_counter()
    with pytest.raises(ActorsFileError) as info:
        load_actor_config(path)
    assert time.perf_counter() - start < 2.0
    assert str(info.value) == (
        "actors.yaml: the actors file is not valid: YAML syntax error at line 2: "
        f"{Msg.YAML_ALIASES.value}"
    )


@pytest.mark.parametrize(("filename", "content", "reason"), [
    ("actors.yaml", "actors: " + "[" * 300_000 + "]" * 300_000 + "\n", Msg.NESTED_TOO_DEEP),
    ("actors.json", '{"actors": ' + "[" * 300_000 + "]" * 300_000 + "}", Msg.NESTED_TOO_DEEP),
    ("actors.yaml", "hide: [2024-02-30]\n", Msg.YAML_BAD_VALUE),
    ("actors.yaml", "hide: [" + "9" * 5000 + "]\n", Msg.YAML_BAD_VALUE),
], ids=["deep-yaml", "deep-json", "bad-date", "huge-int"])
def test_deep_or_unbuildable_yaml_is_a_clear_error(
    tmp_path: Path, filename: str, content: str, reason: Msg
) -> None:
    path = tmp_path / filename
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ActorsFileError) as info:
        load_actor_config(path)
    assert str(info.value) == f"{filename}: the actors file is not valid: {reason.value}"


@pytest.mark.parametrize("content", [
    "actors:\n  - name: " + "N" * 5000 + "\n    kind: " + "K" * 5000 + "\n",
    "actors:\n  - name: [" + ", ".join(["long item"] * 5000) + "]\n",
    "actorz" + "z" * 5000 + ": 1\n" + "".join(f"k{i}: 1\n" for i in range(500)),
    "actors:\n  - name: \"line one\\nstancemap: forged line\"\n    kind: wizard\n",
])
def test_error_never_echoes_a_long_value(tmp_path: Path, content: str) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ActorsFileError) as info:
        load_actor_config(path)
    message = str(info.value)
    assert "\n" not in message
    assert len(message) < 250, message


def test_missing_actors_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(ActorsFileError, match=r"^nowhere\.yaml: .*no such file"):
        load_actor_config(tmp_path / "nowhere.yaml")


def test_empty_article_and_paragraph_without_sentences() -> None:
    assert resolve_mentions([], []) == Resolution(mentions=(), actors=())
    _, docs, paragraphs = parse(["Russia and Ukraine."])
    bare = Paragraph(0, 0, paragraphs[0].end, paragraphs[0].text)  # no sentences given
    r = resolve_mentions(docs, [bare])
    assert [(m.actor, m.sentence) for m in r.mentions[0]] == [("Russia", -1), ("Ukraine", -1)]


def test_parse_of_another_text_is_refused() -> None:
    _, docs, paragraphs = parse(["Russia and Ukraine."])
    wrong = Paragraph(0, 0, 9, "Something", paragraphs[0].sentences)
    with pytest.raises(ValueError, match="different text"):
        resolve_mentions(docs, [wrong])


def test_offsets_hold_for_every_mention_of_a_longer_article() -> None:
    texts = [
        "KYIV — Ukrainian President Volodymyr Zelensky said on Friday that Russia's latest "
        "offensive had failed, as Western allies and Brussels promised more help.",
        "“They will not pass,” he said, standing beside Gen. Oleksandr Tarnavsky.",
        "The White House and the Pentagon said U.S. aid would continue. Beijing and New Delhi "
        "urged restraint; the Élysée said France would host talks with Turkish and Saudi envoys.",
        "Zelensky’s office later said the Kremlin had not responded, according to Reuters.",
    ]
    article, r = resolve(texts)  # resolve() checks every offset
    named = actors_named(r)
    assert {"Ukraine", "Russia", "United States", "China", "India", "France", "Turkey",
            "Saudi Arabia", "European Union", "Volodymyr Zelensky"} <= named
    assert "Reuters" not in named
    assert all(m.text == article[m.start:m.end] for ms in r.mentions for m in ms)


FRAGMENTS = [
    "Russia’s envoy left.", "The U.S.-led coalition struck.", "“No,” he said.",
    "Dr. Lena Fischer, 54, spoke.", "Fischer's aides", "JANE ROE/AFP", "according to the BBC",
    "Kyiv — Ukrainian forces", "the Élysée", "Hamas and the Houthis", "her office",
    "Mr Fischer", "the EU's", "on Tuesday", "North Korean missiles", "   ", "\t", "(Reuters)",
    # names glued to words, brackets and spaced possessives, descriptions, capitals, pronouns
    "  Lena  said", "Lena Fischer -LRB- left -RRB-", "Fischer ' s aides", "Courtesy Jane Roe",
    "Associated Press Fischer", "the German chancellor", "officials in Ankara", "they said",
    "Tiger Woods Phil Mickelson", "Federer and Nadal", "the Cambodian opposition", "she told him",
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=6).map(" ".join)
                .filter(lambda t: t.strip() == t and t), min_size=1, max_size=3))
def test_offsets_property_on_generated_articles(texts: list[str]) -> None:
    _, r = resolve(texts)  # resolve() asserts article[m.start:m.end] == m.text for all
    mentioned = {m.actor for ms in r.mentions for m in ms}
    assert {a.name for a in r.actors} == mentioned


def test_gazetteer_table_is_consistent() -> None:
    """Regression guard: one surface form must not stand for two countries."""
    owner: dict[str, str] = {}
    for country in gazetteer.COUNTRIES:
        forms = (country.name, *country.names, *country.adjectives, *country.people,
                 *country.seats)
        for form in forms:
            assert owner.setdefault(form, country.name) == country.name, form
    assert len(gazetteer.COUNTRIES) >= 60
    assert gazetteer.lookup("U.S.") == gazetteer.Entry("United States", ActorKind.COUNTRY,
                                                       "alias")
