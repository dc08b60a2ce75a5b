"""Word tables for finding actors: countries, international bodies, armed groups, and the noise
(photo agencies, news outlets, titles, days) that must not become an actor.

Written from general knowledge for international news. Every surface form is matched
case-sensitively on token boundaries, so "US" is the United States and "us" is not.
``lookup`` is the one entry point; the tables are plain tuples so they are easy to read and extend.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.types import ActorKind


@dataclass(frozen=True, slots=True)
class Country:
    name: str  # canonical name
    names: tuple[str, ...] = ()  # other names and abbreviations
    adjectives: tuple[str, ...] = ()  # count only when they modify a noun or spaCy says NORP
    people: tuple[str, ...] = ()  # plural nouns for the people ("Russians"), always a mention
    seats: tuple[str, ...] = ()  # capital and seat-of-government metonyms


@dataclass(frozen=True, slots=True)
class Body:
    """An organisation or armed group known by several names."""

    name: str
    kind: ActorKind
    names: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Entry:
    """What a surface form stands for. ``via`` is the ``Mention.via`` it produces."""

    actor: str
    kind: ActorKind
    via: str  # name, alias, demonym, capital
    adjective: bool = False  # a demonym adjective: needs a noun head or a NORP tag
    city: bool = False  # a capital city: "talks in Vienna" is a venue, "Vienna said" an actor


def _c(
    name: str,
    names: str = "",
    adjectives: str = "",
    people: str = "",
    seats: str = "",
) -> Country:
    # "|"-separated strings keep the table one line per country
    def split(s: str) -> tuple[str, ...]:
        return tuple(p for p in s.split("|") if p)

    return Country(name, split(names), split(adjectives), split(people), split(seats))


COUNTRIES: tuple[Country, ...] = (
    _c("United States", "US|U.S.|USA|U.S.A.|United States of America|America",
       "American|U.S.-led|US-led", "Americans",
       "Washington|White House|Pentagon|Capitol Hill|Oval Office"),
    _c("United Kingdom", "UK|U.K.|Britain|Great Britain|Northern Ireland",
       "British|Northern Irish", "Britons|Brits", "London|Downing Street|Whitehall|Westminster"),
    _c("Russia", "Russian Federation", "Russian", "Russians", "Moscow|Kremlin"),
    _c("Ukraine", "", "Ukrainian", "Ukrainians", "Kyiv|Kiev|Bankova"),
    _c("China", "People's Republic of China|PRC|mainland China", "Chinese", "",
       "Beijing|Zhongnanhai"),
    _c("France", "", "French", "", "Paris|Élysée|Elysee|Élysée Palace|Elysee Palace|Quai d'Orsay"),
    _c("Germany", "", "German", "Germans", "Berlin"),
    _c("Italy", "", "Italian", "Italians", "Rome|Palazzo Chigi"),
    _c("Spain", "", "Spanish", "Spaniards", "Madrid|Moncloa"),
    _c("Poland", "", "Polish", "Poles", "Warsaw"),
    _c("Israel", "", "Israeli", "Israelis", "Jerusalem|Tel Aviv"),
    _c("Palestine", "State of Palestine|Palestinian territories", "Palestinian", "Palestinians",
       "Ramallah"),
    _c("Iran", "Islamic Republic of Iran", "Iranian", "Iranians", "Tehran"),
    _c("Iraq", "", "Iraqi", "Iraqis", "Baghdad"),
    _c("Syria", "", "Syrian", "Syrians", "Damascus"),
    _c("Lebanon", "", "Lebanese", "", "Beirut"),
    _c("Jordan", "", "Jordanian", "Jordanians", "Amman"),
    _c("Egypt", "", "Egyptian", "Egyptians", "Cairo"),
    _c("Saudi Arabia", "", "Saudi", "Saudis", "Riyadh"),
    _c("United Arab Emirates", "UAE|U.A.E.", "Emirati", "Emiratis", "Abu Dhabi"),
    _c("Qatar", "", "Qatari", "Qataris", "Doha"),
    _c("Turkey", "Türkiye|Turkiye", "Turkish", "Turks", "Ankara"),
    _c("Yemen", "", "Yemeni", "Yemenis", "Sanaa|Sana'a"),
    _c("Afghanistan", "", "Afghan", "Afghans", "Kabul"),
    _c("Pakistan", "", "Pakistani", "Pakistanis", "Islamabad"),
    _c("India", "", "Indian", "Indians", "New Delhi"),
    _c("Bangladesh", "", "Bangladeshi", "Bangladeshis", "Dhaka"),
    _c("Sri Lanka", "", "Sri Lankan", "Sri Lankans", "Colombo"),
    _c("Japan", "", "Japanese", "", "Tokyo"),
    _c("South Korea", "Republic of Korea|ROK", "South Korean", "South Koreans", "Seoul"),
    _c("North Korea", "DPRK|Democratic People's Republic of Korea", "North Korean",
       "North Koreans", "Pyongyang"),
    _c("Taiwan", "", "Taiwanese", "", "Taipei"),
    _c("Vietnam", "Viet Nam", "Vietnamese", "", "Hanoi"),
    _c("Philippines", "", "Philippine|Filipino", "Filipinos", "Manila|Malacañang"),
    _c("Indonesia", "", "Indonesian", "Indonesians", "Jakarta"),
    _c("Malaysia", "", "Malaysian", "Malaysians", "Kuala Lumpur"),
    _c("Thailand", "", "Thai", "", "Bangkok"),
    _c("Myanmar", "Burma", "Burmese", "", "Naypyidaw|Naypyitaw"),
    _c("Australia", "", "Australian", "Australians", "Canberra"),
    _c("New Zealand", "", "New Zealand", "New Zealanders", "Wellington"),
    _c("Canada", "", "Canadian", "Canadians", "Ottawa"),
    _c("Mexico", "", "Mexican", "Mexicans", "Mexico City"),
    _c("Brazil", "", "Brazilian", "Brazilians", "Brasília|Brasilia"),
    _c("Argentina", "", "Argentine|Argentinian", "Argentines|Argentinians", "Buenos Aires"),
    _c("Venezuela", "", "Venezuelan", "Venezuelans", "Caracas"),
    _c("Colombia", "", "Colombian", "Colombians", "Bogotá|Bogota"),
    _c("Cuba", "", "Cuban", "Cubans", "Havana"),
    _c("Chile", "", "Chilean", "Chileans", ""),
    _c("South Africa", "", "South African", "South Africans", "Pretoria"),
    _c("Nigeria", "", "Nigerian", "Nigerians", "Abuja"),
    _c("Ethiopia", "", "Ethiopian", "Ethiopians", "Addis Ababa"),
    _c("Kenya", "", "Kenyan", "Kenyans", "Nairobi"),
    _c("Sudan", "", "Sudanese", "", "Khartoum"),
    _c("South Sudan", "", "South Sudanese", "", "Juba"),
    _c("Libya", "", "Libyan", "Libyans", "Tripoli"),
    _c("Somalia", "", "Somali", "Somalis", "Mogadishu"),
    _c("Democratic Republic of the Congo",
       "Democratic Republic of Congo|DR Congo|DRC", "Congolese", "", "Kinshasa"),
    _c("Mali", "", "Malian", "Malians", "Bamako"),
    _c("Algeria", "", "Algerian", "Algerians", "Algiers"),
    _c("Morocco", "", "Moroccan", "Moroccans", "Rabat"),
    _c("Tunisia", "", "Tunisian", "Tunisians", "Tunis"),
    _c("Belarus", "", "Belarusian|Belarussian", "Belarusians", "Minsk"),
    _c("Hungary", "", "Hungarian", "Hungarians", "Budapest"),
    _c("Netherlands", "Holland", "Dutch", "", "Amsterdam"),
    _c("Belgium", "", "Belgian", "Belgians", ""),
    _c("Sweden", "", "Swedish", "Swedes", "Stockholm"),
    _c("Finland", "", "Finnish", "Finns", "Helsinki"),
    _c("Norway", "", "Norwegian", "Norwegians", "Oslo"),
    _c("Denmark", "", "Danish", "Danes", "Copenhagen"),
    _c("Greece", "", "Greek", "Greeks", "Athens"),
    _c("Serbia", "", "Serbian", "Serbs|Serbians", "Belgrade"),
    _c("Armenia", "", "Armenian", "Armenians", "Yerevan"),
    _c("Azerbaijan", "", "Azerbaijani|Azeri", "Azerbaijanis", "Baku"),
    _c("Kazakhstan", "", "Kazakh", "Kazakhs", "Astana"),
    _c("Switzerland", "", "Swiss", "", "Bern"),
    _c("Austria", "", "Austrian", "Austrians", "Vienna"),
    _c("Ireland", "Republic of Ireland", "Irish", "", "Dublin"),
    _c("Portugal", "", "Portuguese", "", "Lisbon"),
    _c("Romania", "", "Romanian", "Romanians", "Bucharest"),
    _c("Moldova", "", "Moldovan", "Moldovans", "Chisinau|Chişinău"),
    _c("Czech Republic", "Czechia", "Czech", "Czechs", "Prague"),
    _c("Haiti", "", "Haitian", "Haitians", "Port-au-Prince"),
)

ORGANIZATIONS: tuple[Body, ...] = (
    Body("European Union", ActorKind.ORGANIZATION, ("EU", "E.U."), ("Brussels",)),
    Body("United Nations", ActorKind.ORGANIZATION, ("UN", "U.N.")),
    Body("NATO", ActorKind.ORGANIZATION, ("Nato", "North Atlantic Treaty Organization")),
    Body("International Monetary Fund", ActorKind.ORGANIZATION, ("IMF",)),
    Body("World Health Organization", ActorKind.ORGANIZATION, ("WHO",)),
    Body("International Criminal Court", ActorKind.ORGANIZATION, ("ICC",)),
    Body("African Union", ActorKind.ORGANIZATION, ("AU",)),
    Body("Taliban", ActorKind.GROUP),
    Body("Hamas", ActorKind.GROUP),
    Body("Hezbollah", ActorKind.GROUP, ("Hizbollah", "Hizbullah")),
    Body("Houthis", ActorKind.GROUP, ("Houthi", "Houthi rebels", "Houthi movement", "Ansar Allah")),
    Body("Islamic State", ActorKind.GROUP, ("ISIS", "ISIL", "Islamic State group", "Daesh")),
    Body("al-Qaeda", ActorKind.GROUP, ("Al-Qaeda", "al Qaeda", "Al Qaeda", "al-Qaida")),
    Body("al-Shabab", ActorKind.GROUP, ("Al-Shabab", "al-Shabaab", "Al-Shabaab")),
    Body("Boko Haram", ActorKind.GROUP),
    Body("Wagner Group", ActorKind.GROUP, ("Wagner",)),
    Body("PKK", ActorKind.GROUP, ("Kurdistan Workers' Party",)),
)

#: Seats of government that are buildings or streets, not cities: always the government.
BUILDINGS: frozenset[str] = frozenset({
    "White House", "Pentagon", "Capitol Hill", "Oval Office", "Downing Street", "Whitehall",
    "Westminster", "Kremlin", "Bankova", "Zhongnanhai", "Élysée", "Elysee", "Élysée Palace",
    "Elysee Palace", "Quai d'Orsay", "Palazzo Chigi", "Moncloa", "Malacañang",
})

#: Photo and wire agencies: credits and datelines, never an actor of the story.
AGENCIES: frozenset[str] = frozenset({
    "AFP", "Agence France-Presse", "Agence France Presse", "Reuters", "Thomson Reuters", "AP",
    "Associated Press", "EPA", "EPA-EFE", "EFE", "Getty Images", "Getty", "Shutterstock",
    "Alamy", "PA", "PA Media", "PA Images", "PA Wire", "Anadolu", "Anadolu Agency", "DPA", "dpa",
    "ANP", "ANSA", "SIPA", "Sipa", "Rex Features", "REX", "Zuma", "ZUMA",
})

#: News outlets: dropped when only named as the source of a report, an organisation otherwise.
MEDIA: frozenset[str] = frozenset({
    "Wall Street Journal", "New York Times", "Washington Post", "BBC", "CNN", "Politico",
    "Guardian", "Financial Times", "FT", "Bloomberg", "Axios", "Fox News", "NBC", "NBC News",
    "CBS", "CBS News", "ABC", "ABC News", "NPR", "Al Jazeera", "Sky News", "The Times", "Times",
    "Telegraph", "Daily Telegraph", "Economist", "Der Spiegel", "Spiegel", "Le Monde",
    "Haaretz", "Times of Israel", "Kyiv Independent", "Kyiv Post", "TASS", "Tass", "RIA Novosti",
    "Interfax", "Xinhua", "Ukrinform", "Yonhap", "Kyodo", "Nikkei", "South China Morning Post",
    "Independent", "Daily Mail", "Mail", "Sun", "Mirror", "USA Today", "Los Angeles Times",
    "Newsweek", "Time", "Atlantic", "New Yorker", "Vox", "Semafor", "The Information",
    "Euronews", "Deutsche Welle", "DW", "France 24", "RFI", "RT", "Sputnik", "Global Times",
    "Press TV", "IRNA", "Fars", "Tasnim", "Meduza", "Novaya Gazeta", "Kommersant", "Izvestia",
    "Frankfurter Allgemeine", "Süddeutsche Zeitung", "Bild", "El País", "Corriere della Sera",
})

#: Last words that mark an unknown organisation name as a news outlet ("the Kyiv Herald").
MEDIA_WORDS: frozenset[str] = frozenset({
    "Times", "Post", "Journal", "News", "Herald", "Tribune", "Telegraph", "Gazette", "Guardian",
    "Independent", "Daily", "Magazine", "Radio", "TV", "Television", "Agency", "Press", "Chronicle",
    "Observer", "Review", "Monitor", "Insider", "Examiner", "Courier", "Express", "Mirror", "Sun",
    "Standard", "Star", "Bulletin", "Dispatch", "Inquirer", "Wire", "Broadcasting", "Network",
})

#: Words of a person's title, written just before the name ("Prime Minister Sunak", "Gen. Milley").
TITLES: frozenset[str] = frozenset({
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Professor",
    "Sir", "Dame", "Lord", "Lady", "President", "Vice-President", "Premier", "Chancellor",
    "Minister", "Secretary", "Senator", "Sen.", "Rep.", "Representative", "Congressman",
    "Congresswoman", "Governor", "Gov.", "Mayor", "General", "Gen.", "Lt.", "Col.", "Colonel",
    "Admiral", "Adm.", "Maj.", "Major", "Captain", "Capt.", "Sgt.", "Sergeant", "Commander",
    "King", "Queen", "Prince", "Princess", "Pope", "Sheikh", "Ayatollah", "Judge", "Justice",
    "Ambassador", "Commissioner", "Chairman", "Chairwoman", "Chair", "Speaker", "Rev.",
    "Leader", "Marshal", "Emir", "Sultan", "Chief", "Director", "Spokesman", "Spokeswoman",
    "Spokesperson", "Envoy", "Deputy", "Secretary-General", "Attorney", "Officer", "Archbishop",
    "Bishop", "Cardinal", "Patriarch",
})

#: Titles that only a person carries: an entity starting with one is a person.
HONORIFICS: frozenset[str] = frozenset({
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame",
})

#: Words that may come before a title word and belong to it ("Prime", "Foreign", "Crown").
TITLE_MODIFIERS: frozenset[str] = frozenset({
    "Prime", "Vice", "Deputy", "Foreign", "Defence", "Defense", "Interior", "Home", "Finance",
    "Economy", "Health", "Justice", "Chief", "Crown", "Supreme", "Field", "Lieutenant", "Lt",
    "Brig.", "Brigadier", "Major", "Acting", "Former", "former", "Interim", "Grand",
    "Attorney", "State", "of", "Treasury", "Trade", "Energy", "Security", "National",
    "General", "Army", "Navy", "Air", "Force", "Opposition", "Party", "Senior", "Sen.",
})

#: Broad adjectives spaCy tags NORP that name no actor ("Western allies", "European leaders").
NOT_ACTORS: frozenset[str] = frozenset({
    "Western", "Eastern", "Northern", "Southern", "European", "Europeans", "Asian", "African",
    "Arab", "Latin", "Nordic", "Baltic", "Soviet", "Middle Eastern", "Transatlantic",
    "International", "Global", "Foreign", "English",
})

#: Days and months: spaCy sometimes tags them as PERSON or ORG; they are never actors.
CALENDAR: frozenset[str] = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Today", "Yesterday", "Tomorrow",
})

#: A match of the key right after one of these words is a different place ("New Mexico",
#: "Latin America"): skip it.
NOT_AFTER: dict[str, frozenset[str]] = {
    "Mexico": frozenset({"New"}),
    "America": frozenset({"Latin", "South", "North", "Central"}),
    "American": frozenset({"Latin", "South", "North", "Central", "African", "Native"}),
    "Americans": frozenset({"Latin", "South", "North", "Central", "African", "Native"}),
    "Guinea": frozenset({"New", "Equatorial"}),
    "Washington": frozenset({"George", "Denzel", "Booker"}),
}

#: The first "word" of a surface form (tokens split at spaces, hyphens and apostrophes start
#: here), used to skip most tokens with one set lookup.
_FIRST_WORD = re.compile(r"[^\s\-']+")


def _build() -> dict[str, Entry]:
    table: dict[str, Entry] = {}

    def add(surface: str, entry: Entry) -> None:
        # first writer wins, so a country's own name is never overwritten by another's alias
        table.setdefault(surface, entry)

    for c in COUNTRIES:
        add(c.name, Entry(c.name, ActorKind.COUNTRY, "name"))
        for n in c.names:
            add(n, Entry(c.name, ActorKind.COUNTRY, "alias"))
        for s in c.seats:
            add(s, Entry(c.name, ActorKind.COUNTRY, "capital", city=s not in BUILDINGS))
    for c in COUNTRIES:
        for a in c.adjectives:
            add(a, Entry(c.name, ActorKind.COUNTRY, "demonym", adjective=True))
        for p in c.people:
            add(p, Entry(c.name, ActorKind.COUNTRY, "demonym"))
    for b in ORGANIZATIONS:
        add(b.name, Entry(b.name, b.kind, "name"))
        for n in b.names:
            add(n, Entry(b.name, b.kind, "alias"))
        for s in b.seats:
            add(s, Entry(b.name, b.kind, "capital", city=s not in BUILDINGS))
    return table


#: Every surface form -> what it stands for.
LOOKUP: dict[str, Entry] = _build()
#: First words of the surface forms; a token not in here starts no match.
FIRST_WORDS: frozenset[str] = frozenset(
    m.group() for s in LOOKUP if (m := _FIRST_WORD.match(s)) is not None
) | frozenset(LOOKUP)  # whole forms too: spaCy may keep "Port-au-Prince" as one token
#: The most tokens a surface form spans ("Democratic Republic of the Congo", "Quai d'Orsay").
MAX_TOKENS = 7
#: Kinds and canonical names, for actors the gazetteer knows.
KINDS: dict[str, ActorKind] = {e.actor: e.kind for e in LOOKUP.values()}


def lookup(surface: str) -> Entry | None:
    """The entry for an exact surface form ("U.S.", "the Kremlin" is looked up as "Kremlin")."""
    return LOOKUP.get(surface)


def is_media(name: str) -> bool:
    """Whether an organisation name is (probably) a news outlet."""
    if name in MEDIA:
        return True
    words = name.split()
    return len(words) > 1 and words[-1] in MEDIA_WORDS
