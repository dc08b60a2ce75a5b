"""The gazetteer's knowledge tables, read from ``analysis/data/``: complete, consistent, found.

No spaCy here: these tests read the tables only (the matching itself is in test_actors.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from analysis import gazetteer
from analysis.gazetteer import Entry, lookup
from analysis.types import ActorKind

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "analysis" / "data"
COUNTRY = ActorKind.COUNTRY
ORG = ActorKind.ORGANIZATION
PLACE = ActorKind.PLACE  # a US state is a place, never folded into a country


def test_every_un_member_state_is_there_once() -> None:
    members = [c.name for c in gazetteer.COUNTRIES if c.un_member]
    assert len(members) == 193
    assert len(set(members)) == 193
    # Observers and others that act in the news, but are not members.
    assert {c.name for c in gazetteer.COUNTRIES if not c.un_member} >= {"Palestine", "Holy See"}


def test_the_50_us_states_are_there() -> None:
    assert len(gazetteer.US_STATES) == 50
    assert len({s.name for s in gazetteer.US_STATES}) == 50


def test_no_surface_form_stands_for_two_actors() -> None:
    """Regression guard: the first table to claim a form would silently win over the others."""
    owners: dict[str, set[str]] = defaultdict(set)
    for polity in (*gazetteer.COUNTRIES, *gazetteer.US_STATES):
        for form in (polity.name, *polity.names, *polity.adjectives, *polity.people,
                     *polity.seats):
            owners[form].add(polity.name)
    for body in gazetteer.ORGANIZATIONS:
        for form in (body.name, *body.names, *body.seats):
            owners[form].add(body.name)
    assert {form: names for form, names in owners.items() if len(names) > 1} == {}


def test_regions_and_cities_are_places_and_take_no_other_actors_form() -> None:
    """A region or city never shadows a country, state or body ("Sacramento" stays California's
    seat), and every one of them is looked up as a place."""
    for name in (*gazetteer.REGIONS, *gazetteer.CITIES):
        entry = gazetteer.lookup(name)
        assert entry is not None, name
        if entry.actor == name:
            assert entry.kind is ActorKind.PLACE and entry.city == (name in gazetteer.CITIES)
    assert gazetteer.lookup("Sacramento").actor == "California"
    assert gazetteer.lookup("Chicago") == Entry("Chicago", ActorKind.PLACE, "name", city=True)
    assert gazetteer.lookup("Sahel") == Entry("Sahel", ActorKind.PLACE, "name")


LOOKUPS = [
    # short forms and aliases
    ("US", Entry("United States", COUNTRY, "alias")),
    ("U.S.", Entry("United States", COUNTRY, "alias")),
    ("UK", Entry("United Kingdom", COUNTRY, "alias")),
    ("Britain", Entry("United Kingdom", COUNTRY, "alias")),
    ("Ivory Coast", Entry("Côte d'Ivoire", COUNTRY, "alias")),
    ("Swaziland", Entry("Eswatini", COUNTRY, "alias")),
    ("Congo", Entry("Democratic Republic of the Congo", COUNTRY, "alias")),
    ("Republic of Congo", Entry("Republic of the Congo", COUNTRY, "alias")),
    ("Vatican", Entry("Holy See", COUNTRY, "alias")),
    # demonyms: adjectives need a noun head, plural nouns are always the people
    ("Burkinabe", Entry("Burkina Faso", COUNTRY, "demonym", adjective=True)),
    ("Dominican", Entry("Dominican Republic", COUNTRY, "demonym", adjective=True)),
    ("Nigerien", Entry("Niger", COUNTRY, "demonym", adjective=True)),
    ("Kiwis", None),  # slang is left out
    ("Bissau-Guineans", Entry("Guinea-Bissau", COUNTRY, "demonym")),
    # capitals and seats of government: cities can be venues, buildings never are
    ("Ouagadougou", Entry("Burkina Faso", COUNTRY, "capital", city=True)),
    ("The Hague", Entry("Netherlands", COUNTRY, "capital", city=True)),
    ("Putrajaya", Entry("Malaysia", COUNTRY, "capital", city=True)),
    ("Casa Rosada", Entry("Argentina", COUNTRY, "capital")),
    ("Kremlin", Entry("Russia", COUNTRY, "capital")),
    # organisations and alliances with their acronyms
    ("NATO", Entry("NATO", ORG, "name")),
    ("IMF", Entry("International Monetary Fund", ORG, "alias")),
    ("World Bank", Entry("World Bank", ORG, "name")),
    ("WHO", Entry("World Health Organization", ORG, "alias")),
    ("AU", Entry("African Union", ORG, "alias")),
    ("ASEAN", Entry("Association of Southeast Asian Nations", ORG, "alias")),
    ("OPEC+", Entry("Organization of the Petroleum Exporting Countries", ORG, "alias")),
    ("UNSC", Entry("UN Security Council", ORG, "alias")),
    ("G7", Entry("Group of Seven", ORG, "alias")),
    ("Brussels", Entry("European Union", ORG, "capital", city=True)),
    ("Hezbollah", Entry("Hezbollah", ActorKind.GROUP, "name")),
    # US states: named in full where a city or a country holds the short name
    ("Texas", Entry("Texas", PLACE, "name")),
    ("Californians", Entry("California", PLACE, "demonym")),
    ("Sacramento", Entry("California", PLACE, "capital", city=True)),
    ("Austin", None),  # a capital, but more often a person's name
    ("Georgia", Entry("Georgia", COUNTRY, "name")),  # the country keeps it
    ("state of Georgia", Entry("Georgia (U.S. state)", PLACE, "alias")),
    ("Washington", Entry("United States", COUNTRY, "capital", city=True)),
    ("Washington State", Entry("Washington State", PLACE, "name")),
    ("New York", None),  # usually the city
    ("New York State", Entry("New York State", PLACE, "name")),
    # lower case is not a name
    ("us", None),
    ("who", None),
]


@pytest.mark.parametrize(("surface", "entry"), LOOKUPS)
def test_lookup(surface: str, entry: Entry | None) -> None:
    assert lookup(surface) == entry


def test_longest_surface_fits_the_matching_window() -> None:
    longest = max(gazetteer.LOOKUP, key=lambda form: len(form.split()))
    assert len(longest.split()) <= gazetteer.MAX_TOKENS
    assert "Saint Vincent and the Grenadines" in gazetteer.LOOKUP


def test_noise_lists_come_from_the_data_file() -> None:
    words = json.loads((DATA / "words.json").read_text(encoding="utf-8"))
    assert frozenset(words["agencies"]) == gazetteer.AGENCIES
    assert "Reuters" in gazetteer.AGENCIES and "Getty Images" in gazetteer.AGENCIES
    assert gazetteer.NOT_AFTER["Mexico"] == frozenset({"New"})


@pytest.mark.parametrize("name", ["countries.json", "us_states.json", "organizations.json",
                                  "places.json"])
def test_each_data_file_says_what_its_fields_mean(name: str) -> None:
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    assert len(data["about"]) > 100


def test_a_misspelt_key_in_a_data_file_is_refused() -> None:
    with pytest.raises(ValueError, match="adjectves"):
        gazetteer._polities({"countries": [{"name": "Veldora", "adjectves": ["Veldoran"]}]},
                            "countries", source="test")
    with pytest.raises(ValueError, match="names must be a list"):
        gazetteer._bodies({"organizations": [{"name": "X", "kind": "group", "names": "X"}]},
                          source="test")


def test_tables_are_found_from_any_working_directory(tmp_path: Path) -> None:
    # Run from elsewhere, as the CLI and the dashboard may be: the data must come with the package.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = "from analysis import gazetteer; print(len(gazetteer.COUNTRIES), len(gazetteer.LOOKUP))"
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.split() == [str(len(gazetteer.COUNTRIES)), str(len(gazetteer.LOOKUP))]


def test_data_files_are_package_data() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'analysis = ["data/*.json"]' in pyproject


def test_a_formal_name_the_table_does_not_list_is_the_country_of_its_short_name() -> None:
    data = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    assert tuple(data["state_forms"]) == gazetteer.STATE_FORMS
    assert gazetteer.formal_name("Republic of Veldora") == Entry("Veldora", ActorKind.COUNTRY,
                                                                 "alias")
    assert gazetteer.formal_name("People's Republic of Karesh") == Entry(
        "Karesh", ActorKind.COUNTRY, "alias")
    # the table's own formal names and known short forms are its entries' business
    assert gazetteer.formal_name("State of Israel") is None
    assert lookup("State of Israel") == Entry("Israel", ActorKind.COUNTRY, "alias")
    assert gazetteer.formal_name("State of Arizona") is None
    # not a state form, or no capitalised short name after it
    for name in ("Bank of Veldora", "Republic", "Republic of the Veldora", "Republic of"):
        assert gazetteer.formal_name(name) is None


def test_every_team_nickname_has_a_home() -> None:
    # a nickname without a home would never join the place a sports report writes for it
    assert set(gazetteer.TEAM_HOMES) == set(gazetteer.TEAMS)
    assert gazetteer.TEAM_HOMES["Eagles"] == frozenset({"Philadelphia"})


def test_regression_a_place_written_with_or_without_its_accents_is_found() -> None:
    """Tenth sample: "Wrocław" was no place the gazetteer knew (it lists "Wroclaw"); "Bogota"
    is found as the "Bogotá" it lists. A short word an accent-less form would make ("Male" of
    "Malé", "Para" of "Pará") stays no form."""
    assert gazetteer.lookup("Wrocław") == gazetteer.lookup("Wroclaw")
    assert gazetteer.lookup("Wrocław") is not None
    assert gazetteer.lookup("Bogota") == gazetteer.lookup("Bogotá")
    assert gazetteer.lookup("Bogota") is not None
    assert gazetteer.lookup("Male") is None and gazetteer.lookup("Para") is None
    assert gazetteer.may_open_a_form("Wrocław") and gazetteer.may_open_a_form("Bogota")
