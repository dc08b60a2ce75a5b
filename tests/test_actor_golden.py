"""A golden table of actor cases, one row per pattern of issue #8, and a regression test named for
each bug pattern it was measured with.

Every sentence is invented for stancemap; none comes from a dataset or a real article. Each row
says which mentions must be found (text, actor, via), which names must not be actors, and which
kinds the actors must have; ``resolve`` (from test_actors) also checks that every mention's
offsets point at its text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from test_actors import parse, resolve

from analysis import gazetteer, names
from analysis.actors import ActorConfig, Resolution, resolve_mentions
from analysis.types import Actor, ActorKind

pytestmark = pytest.mark.slow  # loads the spaCy pipeline

PERSON, COUNTRY, PLACE = ActorKind.PERSON, ActorKind.COUNTRY, ActorKind.PLACE
ORG, GROUP = ActorKind.ORGANIZATION, ActorKind.GROUP


@dataclass(frozen=True)
class Case:
    pattern: str
    texts: list[str]
    present: set[tuple[str, str, str]] = field(default_factory=set)  # (text, actor, via)
    absent: set[str] = field(default_factory=set)  # names that must not be actors
    kinds: dict[str, ActorKind] = field(default_factory=dict)
    no_via: set[str] = field(default_factory=set)  # ways no mention may be found


def found(r: Resolution) -> set[tuple[str, str, str]]:
    return {(m.text, m.actor, m.via) for ms in r.mentions for m in ms}


GOLDEN: list[Case] = [
    Case("a surname opened by a lower-case particle is a name alone, and joins its full name",
         ["After the vote, al-Darwani said the forces were ready.",
          "Hassan al-Darwani spoke first. Later al-Darwani said the army was ready."],
         present={("al-Darwani", "Hassan al-Darwani", "surname")},
         kinds={"Hassan al-Darwani": PERSON}),
    Case("a leaning written with a prefix is still no name beside the particle rule",
         ["Pro-government crowds met pro-Darwani rallies in the square."],
         absent={"pro-Darwani"}),
    Case("first name joins the full name, glued verb trimmed",
         ["Odile Farrant opened the clinic.",
          "  Odile  said the  funding  was late.  Odile  told donors she would wait."],
         present={("Odile", "Odile Farrant", "first_name"), ("she", "Odile Farrant", "pronoun")},
         absent={"Odile", "Odile  said", "Odile  told"}, kinds={"Odile Farrant": PERSON}),
    Case("surname-first name joins by its first word",
         ["Lee Cook-Jong arrived. Lee said the vote was fair."],
         present={("Lee", "Lee Cook-Jong", "first_name")}, absent={"Lee"}),
    Case("agency glued in front of a surname",
         ["Grigor Vashti fled the country in May.",
          "Associated Press Vashti said he feared arrest."],
         present={("Vashti", "Grigor Vashti", "surname"), ("he", "Grigor Vashti", "pronoun")},
         absent={"Associated Press Vashti", "Associated Press"}),
    Case("corpus brackets are not part of a name",
         ["Mara Quint -LRB- left -RRB- waved."],
         present={("Mara Quint", "Mara Quint", "name")}, absent={"Mara Quint -LRB-"}),
    Case("heading glued to a name",
         ["Corvin Inside the Old Mill"], absent={"Corvin Inside", "Corvin Inside the Old Mill"}),
    Case("verb glued in front of a known name",
         ["Ronald Pemberton denied it.", "Add Ronald Pemberton to the list of donors."],
         present={("Ronald Pemberton", "Ronald Pemberton", "name")},
         absent={"Add Ronald Pemberton"}),
    Case("body glued in front of a known surname",
         ["Senator Alan Whitcombe spoke.", "The Carmel Police Whitcombe said."],
         present={("Whitcombe", "Alan Whitcombe", "surname")},
         absent={"Carmel Police Whitcombe"}),
    Case("a one-word person found where spaCy did not tag the name",
         ["Mr Kovalchuk said he was tired.",
          "Kovalchuk  the star of the night  simply outplayed everyone."],
         present={("Mr Kovalchuk", "Kovalchuk", "title"), ("Kovalchuk", "Kovalchuk", "name")}),
    Case("a surname that is also a word is not taken where the article uses the word",
         ["Martha White chairs the board.", "White smoke rose over the white roofs."],
         absent={"White"}),
    Case("a titled full name tagged as an organisation is a person",
         ["Rear Admiral Gregory Smith said the fleet was ready.", "Smith left at noon."],
         present={("Gregory Smith", "Gregory Smith", "name"),
                  ("Smith", "Gregory Smith", "surname")},
         absent={"Rear Admiral Gregory Smith"}),
    Case("a team shortened to its plural stays a team",
         ["Portville Ravens fans cheered.", "The Ravens lost on Sunday."],
         kinds={"Portville Ravens": ORG}),
    Case("a company named after its founder is a company",
         ["Eugene Kaspersky founded Kaspersky Lab."],
         kinds={"Eugene Kaspersky": PERSON, "Kaspersky Lab": ORG}),
    Case("a person tagged as an organisation is a person",
         ["She spent the holiday with Keith Urban and Nora Pell in Chicago."],
         absent={"Chicago"}, kinds={"Keith Urban": PERSON, "Nora Pell": PERSON}),
    Case("a first name tagged as a place joins the full name",
         ["Melania Ostrova arrived.", "Melania visited Lansing on Monday."],
         present={("Melania", "Melania Ostrova", "first_name")}, absent={"Melania"}),
    Case("a city is a place, a US state is a place",
         ["Chicago police said the Michigan governor had left."],
         present={("Chicago", "Chicago", "name"), ("Michigan", "Michigan", "name")},
         kinds={"Chicago": PLACE, "Michigan": PLACE}),
    Case("a state capital stands for the state, never for a country",
         ["Lansing rejected the plan on Monday."],
         present={("Lansing", "Michigan", "capital")}, kinds={"Michigan": PLACE}),
    Case("capital after a government noun is the country",
         ["Officials in Ankara said the plan was dead, and Moscow's ambassador to Washington "
          "agreed."],
         present={("Ankara", "Turkey", "capital"), ("Moscow", "Russia", "capital"),
                  ("Washington", "United States", "capital")}),
    Case("a capital that receives something is the government, one visited is a place",
         ["Its loans to Kyiv grew. The minister made a visit to Vienna."],
         present={("Kyiv", "Ukraine", "capital")}, absent={"Austria"}),
    Case("a city as the place of events is nothing",
         ["The envoys met in Vienna."], absent={"Austria", "Vienna"}),
    Case("where someone is based is not a country",
         ["The Paris-based activist Lionel Brandt spoke."],
         present={("Lionel Brandt", "Lionel Brandt", "name")}, absent={"France"}),
    Case("a demonym before opposition is a group of its own",
         ["The Cambodian opposition said the vote was rigged."],
         present={("Cambodian opposition", "Cambodian opposition", "name")},
         absent={"Cambodia"}, kinds={"Cambodian opposition": GROUP}),
    Case("a demonym before other nouns is the country",
         ["Cambodian officials denied it."], present={("Cambodian", "Cambodia", "demonym")}),
    Case("description of a named leader goes to the person",
         ["President Ilse Varga of Hungary met Chancellor Otto Brenner.",
          "The Hungarian president said the talks went well."],
         present={("Hungarian president", "Ilse Varga", "description")}),
    Case("description of a named body goes to the body",
         ["The Ministry of Water Resources raised prices.",
          "The ministry said the drought forced it."],
         present={("ministry", "Ministry of Water Resources", "description")}),
    Case("description that fits two people stays unresolved",
         ["President Ilse Varga met President Otto Brenner.", "The president said no."],
         no_via={"description"}),
    Case("he said after a quote goes to the last speaker",
         ["Paul Danner met Victor Osei at the port.", "Danner said the cranes were old.",
          "“We will fix them,” he said."],
         present={("he", "Paul Danner", "pronoun"), ("Danner", "Paul Danner", "surname")}),
    Case("pronouns agree in gender",
         ["Marta Lind accused Peter Hale of fraud. She said he lied to investors."],
         present={("She", "Marta Lind", "pronoun"), ("he", "Peter Hale", "pronoun")}),
    Case("a pronoun nobody in reach agrees with goes to the main person",
         ["Nora Halvorsen founded the bakery in 1998.", "Halvorsen still bakes every morning.",
          "Peter Berg, a supplier, called at noon.", "“Bread is patience,” she said."],
         present={("she", "Nora Halvorsen", "pronoun")}),
    Case("a pronoun two people agree with goes to the subject of its clause",
         ["Thomas Brenner met Daniel Okoro at the docks.",
          "Brenner said he would sell the ship and thanked his crew."],
         present={("he", "Thomas Brenner", "pronoun"), ("his", "Thomas Brenner", "pronoun")}),
    Case("a pronoun two people agree with goes to the person the story is about",
         ["Thomas Brenner opened the yard in 1990.", "Brenner hired forty welders.",
          "Brenner met Daniel Okoro at the docks.", "He said the yard would grow."],
         present={("He", "Thomas Brenner", "pronoun")}),
    Case("a one-word name that holds his own nose is a person",
         ["But on Monday  Varesco held his nose and voted for the budget.",
          "He said the budget was a disgrace. Later  Varesco left."],
         present={("He", "Varesco", "pronoun")}, kinds={"Varesco": PERSON}),
    Case("a speaker is found by the words where commas were stripped",
         ["Thomas Brenner will issue a directive that limits the use of air support  Rear"
          " Admiral Daniel Okoro said", "“We will not back down ” he told reporters."],
         present={("he", "Daniel Okoro", "pronoun")}),
    Case("he inside a quotation by someone else is the person the story is about",
         ["Thomas Brenner won the final in Lyon.", "Brenner lifted the trophy.",
          "Brenner thanked the crowd.", "“He played like a champion,” Daniel Okoro said."],
         present={("He", "Thomas Brenner", "pronoun")}),
    Case("a one-word name untagged where it holds his own is a person",
         ["The Salas confidant resigned.",
          "Salas fired his army  navy and air force commanders on Wednesday."],
         present={("Salas", "Salas", "name"), ("his", "Salas", "pronoun")},
         kinds={"Salas": PERSON}),
    Case("a leaning is not the country's own group",
         ["Pro-government crowds met pro-Russian separatists."],
         absent={"Russian separatists"}),
    Case("they goes to the one group",
         ["The Republicans blocked the bill. They said it cost too much."],
         present={("They", "Republicans", "pronoun")}),
    Case("an ambiguous surname goes to the person named first",
         ["Arthur Penhallow opened the mill in 1990.", "His wife, Clara Penhallow, joined later.",
          "Penhallow said the mill would stay. Mrs Penhallow disagreed."],
         present={("Penhallow", "Arthur Penhallow", "surname"),
                  ("Mrs Penhallow", "Clara Penhallow", "title")}),
    Case("two spellings of one name are one person",
         ["Mikheil Tavadze won the vote.", "Mikhail Tavadze thanked voters."],
         present={("Mikhail Tavadze", "Mikheil Tavadze", "alias")}, absent={"Mikhail Tavadze"}),
    Case("the tail of a name with a particle joins it",
         ["Jason La Canfora broke the story. La Canfora said more was coming."],
         present={("La Canfora", "Jason La Canfora", "surname")}, absent={"La Canfora"}),
    Case("a surname after Jr. joins the full name",
         ["Keith Marlow Jr. scored twice. Marlow said the team played well."],
         present={("Marlow", "Keith Marlow Jr.", "surname")}),
    Case("a street named after a person is not the person",
         ["They met on Alan Whitcombe Drive."], absent={"Alan Whitcombe Drive", "Alan Whitcombe"}),
    Case("a holiday is not an actor",
         ["Celebrations for Mother's Day drew Lena Ott."], absent={"Mother's Day", "Mother"}),
    Case("a work named after its noun is not an actor",
         ["The play Winter Harbor opened on Friday."], absent={"Winter Harbor"}),
    Case("a person's full name opening a work's title before a colon is its subject, an actor",
         ["The documentary Ilse Varga: A Life on the Water opened on Friday.",
          "Before Ilse the river had no singer, Varga said."],
         present={("Ilse Varga", "Ilse Varga", "name"), ("Varga", "Ilse Varga", "surname")},
         kinds={"Ilse Varga": PERSON}),
    Case("an animal's name is not an actor; a speaker or a rider beside the animal is",
         ["Ilse Varga hit her neighbour's cat named Felko several times.",
          "He bought a horse, Sergei Marek said on Monday."],
         present={("Sergei Marek", "Sergei Marek", "name")}, absent={"Felko"},
         kinds={"Ilse Varga": PERSON}),
    Case("a name ending a quoted title, or quoted alone with a stop inside the mark, is a work",
         ['Ilse Varga was not cast in "Winter of the Tarnows" after a dispute.',
          "The studio won with “Halvorsen.” Sergei Marek directed it."],
         present={("Sergei Marek", "Sergei Marek", "name")}, absent={"Tarnows", "Halvorsen"}),
    Case("a book's section, a tax form, a product and a term for families are not actors",
         ["Pope Tarnow wrote in the Preface that the war must end.",
          "Every worker must sign a new W-4 next year, Ilse Varga said.",
          "The new meal has more beef than the old Big Harbor burger.",
          "Our Gold Star families deserve better, Sergei Marek said."],
         present={("Ilse Varga", "Ilse Varga", "name"), ("Sergei Marek", "Sergei Marek", "name")},
         absent={"Preface", "W-4", "Big Harbor", "Gold Star"}),
    Case("a portfolio before a cabinet title is part of the title, not an actor",
         ["Ilse Varga met International Development Secretary Dana Roe in Leeds."],
         present={("Dana Roe", "Dana Roe", "name")}, absent={"International Development"}),
    Case("a body named before a cabinet title keeps its organisation word (near miss)",
         ["The Veldora Workers Party Secretary Ilse Varga spoke on Monday."],
         present={("Ilse Varga", "Ilse Varga", "name")}),
    Case("a job's initials that also name a body (GM) are a title before a name, none after 'a'",
         ["The Knicks are hiring a GM. Assistant GM Ilse Varga recruited Dana Roe."],
         present={("Ilse Varga", "Ilse Varga", "name")}, absent={"GM", "GM Ilse Varga"},
         kinds={"Ilse Varga": PERSON}),
    Case("the same initials after a preposition or 'the' are the body (near miss)",
         ["The Treasury extended loans to GM, and the GM restructuring went ahead."],
         present={("GM", "GM", "name")}, kinds={"GM": ORG}),
    Case("a body's generic word alone (the Department) is no actor",
         ["Dana Roe is on leave for what the Department calls a family matter.",
          "Ilse Varga spoke to the University students."],
         present={("Dana Roe", "Dana Roe", "name")}, absent={"Department", "University"}),
    Case("the generic word inside a body's name keeps the body (near miss)",
         ["The Department of Veldoran Affairs fired Dana Roe."],
         present={("Department of Veldoran Affairs", "Department of Veldoran Affairs", "name")}),
    Case("a surname glued to a title-case headline's verb is the person",
         ["Varga Publicly Admitted In Court That The Memo Was Wrong",
          "Ilse Varga said on Monday she would stay."],
         present={("Varga", "Ilse Varga", "surname")},
         absent={"Varga Publicly Admitted In Court"}),
    Case("the singular of a team's nickname after 'no' or 'a' is one player, no actor",
         ["No Ranger touched the puck, Dana Roe said.", "Dana Roe said a Ranger scored late."],
         present={("Dana Roe", "Dana Roe", "name")}, absent={"Ranger", "Rangers"}),
    Case("a name after a role verb in a sentence about acting is a character",
         ["The actor Dana Roe, who plays Jon Vane in the drama, spoke on Monday."],
         present={("Dana Roe", "Dana Roe", "name")}, absent={"Jon Vane"}),
    Case("a name after 'plays' in a sports sentence is a person (near miss)",
         ["Dana Roe plays Ilse Varga in the final on Sunday."],
         present={("Ilse Varga", "Ilse Varga", "name")}),
    Case("a tax and a job named by their initials are not actors",
         ["Ilse Varga, a volunteer and EMT, said the new GST hurt her shop.",
          "Dana Roe is a GP and says she has seen it often."],
         present={("Ilse Varga", "Ilse Varga", "name")}, absent={"GST", "EMT", "GP"}),
    Case("an adjective made of a name before a thing is a description, not a group",
         ["Ilse Varga called the market a Tarnowian beauty contest."],
         present={("Ilse Varga", "Ilse Varga", "name")}, absent={"Tarnowian"}),
    Case("an adjective made of a name before a role a name explains describes that person",
         ["The scribe served the Assyrian king, Sennacherib, in Nineveh."],
         kinds={"Sennacherib": PERSON}, absent={"Assyrian"}),
    Case("an adjective made of a name before a role with no name after it stays a group",
         ["The Assyrian king sent his army to the coast."],
         kinds={"Assyrian": GROUP}),
    Case("a name the article gives a street at a corner is that street where tagged a group",
         ["The shop on the corner of Itzcoatl and Bolivar fell in the quake.",
          "Rescuers said the Itzcoatl building had four floors."],
         absent={"Itzcoatl"}),
    Case("a name tagged a group with no street corner named in the article stays a group",
         ["Rescuers said the Itzcoatl building had four floors."],
         kinds={"Itzcoatl": GROUP}),
    Case("a place closing a person's name made of one name and 'of' is no actor",
         ["The preacher quoted Athanasius of Rome at length on Sunday."],
         kinds={"Athanasius": PERSON}, absent={"Italy"}),
    Case("a place after a title and 'of' stays the place it names",
         ["The preacher quoted the Bishop of Rome at length on Sunday."],
         kinds={"Italy": COUNTRY}),
    Case("a capital before 'organizing committee' names its Games' body, not its country",
         ["The Madrid organizing committee said ticket sales were strong."],
         absent={"Spain"}),
    Case("a capital that speaks apart from an organizing committee is its government",
         ["Madrid said the organizing committee had failed."],
         kinds={"Spain": COUNTRY}),
    Case("a lone given name of the person named first is his, not a later person's surname",
         ["The show follows the twins and Marcus Bell, now grown.",
          "Their mother chose his name for the poet Ida Marcus.",
          "Marcus later moves to the city."],
         present={("Marcus", "Marcus Bell", "first_name")}),
    Case("a lone surname of the person named first is hers, not a later person's given name",
         ["The poet Ida Marcus wrote the verse in 1970.",
          "The show follows the twins and Marcus Bell, now grown.",
          "Marcus later reads it aloud."],
         present={("Marcus", "Ida Marcus", "surname")}),
    Case("a place one graduated from is the college there",
         ["Ada Voss graduated from Princeton in 1986 and joined a hedge fund."],
         kinds={"Princeton": ORG}),
    Case("a place one graduated from that the article also names as a place stays a place",
         ["Ada Voss graduated from Princeton in 1986.", "Flooding hit Princeton on Monday."],
         kinds={"Princeton": PLACE}),
    Case("a country code closing a photo caption's address is no actor",
         ["Oct 3, 2019; Denver, CO, USA; Broncos kicker Tim Vale warms up before the game."],
         absent={"United States"}),
    Case("a country code in prose stays the country",
         ["Fans in Denver cheered as the USA won the relay; Tim Vale ran last."],
         kinds={"United States": COUNTRY}),
    Case("a name credited with courtesy is a credit",
         ["Courtesy Dana Ruiz"], absent={"Dana Ruiz"}),
    Case("a photographer named in prose is an actor",
         ["Photographer Dana Ruiz was there when the bridge fell."],
         present={("Dana Ruiz", "Dana Ruiz", "name")}),
    Case("a full name tagged as a place is a person when its surname stands alone",
         ["Brazilian police arrested Italian fugitive Cesare Vanotti.",
          "Vanotti denied the charges."],
         present={("Vanotti", "Cesare Vanotti", "surname")}, kinds={"Cesare Vanotti": PERSON}),
    Case("spaces after a country are not part of its mention",
         ["The envoy left Italy  after the vote."], present={("Italy", "Italy", "name")}),
    Case("initials of the given names join the full name",
         ["The note was sent to Desmond Alwyn Carrow of Tenby.",
          "Later, D. A. Carrow wrote again.", "Carrow never gave up."],
         present={("D. A. Carrow", "Desmond Alwyn Carrow", "alias")}, absent={"D. A. Carrow"}),
    Case("a large city and a region are places, a team named for a city is not the city",
         ["Officials in Chicago said the plan would fail.", "The Chicago Bulls won in Dallas.",
          "Security has worsened across the Sahel."],
         present={("Chicago", "Chicago", "name"), ("Chicago Bulls", "Chicago Bulls", "name"),
                  ("Sahel", "Sahel", "name")},
         absent={"Dallas"}, kinds={"Chicago": PLACE, "Sahel": PLACE, "Chicago Bulls": ORG}),
    Case("a state inside a university's name is part of the name",
         ["Ohio State University said the study was sound."],
         present={("Ohio State University", "Ohio State University", "name")}, absent={"Ohio"}),
    Case("'the country' is the one country named before it in its sentence",
         ["Clashes grew between Ukraine's army and pro-Russian fighters in the country's east."],
         present={("the country", "Ukraine", "description")}),
    Case("'the country' is the country a story names most often",
         ["Moscow expelled two diplomats.", "The Russian government spoke.",
          "The US envoy left Moscow after the Russian government told him to leave the country."],
         present={("the country", "Russia", "description")}),
    Case("'the country' stays unresolved when two countries are named as often",
         ["France and Germany signed the pact.", "Officials said the country would gain."],
         no_via={"description"}),
    Case("'the country' in a compound is not a country",
         ["Germany hosted the country music awards."], no_via={"description"}),
    Case("sports and injury abbreviations are not actors",
         ["Harlan Voss tore his ACL and MCL after 90 RBI and an MVP award.",
          "The star QB, called the Greatest Of All Time by his fans, was in Japan."],
         present={("Harlan Voss", "Harlan Voss", "name")},
         absent={"ACL", "MCL", "RBI", "MVP", "QB", "Greatest Of All Time"}),
    Case("events, faiths, doctrines and time zones are not actors",
         ["Brexit divided the Oscars crowd at 9 p.m. PDT.",
          "Christianity and Marxism were debated by Oscar Lindqvist."],
         present={("Oscar Lindqvist", "Oscar Lindqvist", "name")},
         absent={"Brexit", "Oscars", "PDT", "Christianity", "Marxism"}),
    Case("a title once makes a name a person though spaCy tags it a body elsewhere",
         ["Tanabe said Okumura's resignation was unavoidable.",
          '"Trade Minister Okumura has been unwell.',
          "Okumura was hospitalised on Monday after months of work on the budget."],
         present={("Trade Minister Okumura", "Okumura", "title")}, kinds={"Okumura": PERSON}),
    Case("a country named in full as a state is the country",
         ["The Knesset voted to recognise the State of Israel in its new law."],
         present={("State of Israel", "Israel", "alias")}, absent={"State of Israel"}),
    Case("a spaced possessive is not part of the name",
         ["Stella Marquez sang. Marquez ’ s album sold well."],
         present={("Marquez", "Stella Marquez", "surname")}, absent={"Marquez ’ s"}),
    Case("a possessive whose apostrophe is unrepaired mojibake is not part of the name",
         ["Lorna Veltri opened the show.", "Lorna Veltri\u00e2s guests stayed late."],
         present={("Lorna Veltri", "Lorna Veltri", "name")},
         absent={"Lorna Veltri\u00e2s"}),
    Case("an initialism is the body whose name it spells, not a second actor",
         ["The Northern Curling League fined the club.",
          "The NCL said the fine would stand.",
          "Marta Lind Osei sued the league."],
         present={("NCL", "Northern Curling League", "alias"),
                  ("Marta Lind Osei", "Marta Lind Osei", "name")},
         absent={"NCL"}),
    Case("a place's two capitals are the place of two words they spell",
         ["New York sued the firm in March.",
          "NY officials said the case would go ahead."],
         present={("NY", "New York", "alias")}, absent={"NY"}, kinds={"New York": PLACE}),
    Case("the Justice Department is the Department of Justice named beside it",
         ["The Department of Justice opened an inquiry.",
          "A Justice Department lawyer said it would take a year."],
         present={("Justice Department", "Department of Justice", "alias")},
         absent={"Justice Department"}),
    Case("a group's adjective is the group its plural noun names",
         ["Kurdish fighters held the ridge until dawn.",
          "The Kurds said the ridge was theirs.",
          "Democratic senators objected, and one Democrat walked out."],
         absent={"Kurdish", "Democratic"}, kinds={"Kurds": GROUP, "Democrat": GROUP}),
    Case("the GOP is the Republicans and VW is Volkswagen, named another way too",
         ["GOP leaders met in Ohio on Monday.",
          "Republican senators said the Republicans would vote no.",
          "Volkswagen cut jobs, and VW said the plant would close."],
         present={("GOP", "Republicans", "alias"), ("VW", "Volkswagen", "alias")},
         absent={"GOP", "VW", "Republican"},
         kinds={"Republicans": GROUP, "Volkswagen": ORG}),
    Case("another name of a person or body named the first way too is that actor",
         ["Pope Francis arrived in Lima on Sunday.",
          "Jorge Mario Bergoglio, as he was born, said the church must change.",
          "The Metropolitan Opera cancelled its tour, and the Met said refunds would follow."],
         present={("Jorge Mario Bergoglio", "Francis", "alias"),
                  ("Met", "Metropolitan Opera", "alias")},
         absent={"Jorge Mario Bergoglio", "Met"}),
    Case("another name alone stays as written",
         ["The Met bought a painting by Ilse Marek."],
         present={("Met", "Met", "name")}, absent={"Metropolitan Opera"}),
    Case("a state's formal name and its bare short name are one country, named short",
         ["President Oren Vask of the Republic of Talvania spoke on Monday.",
          "Talvania has built a wall, Talvania says, to stop smugglers."],
         present={("Republic of Talvania", "Talvania", "alias"),
                  ("Talvania", "Talvania", "name")},
         absent={"Republic of Talvania"}, kinds={"Talvania": COUNTRY}),
    Case("a formal name whose short name is a common noun or a known place names no new country",
         ["The Kingdom of Heaven opened in cinemas on Friday.",
          "The Federation of Students called a strike.", "The State of Arizona sued the firm."],
         absent={"Heaven", "Students", "State of Arizona"}, kinds={"Arizona": PLACE}),
    Case("a state named formally beside a person of its name: the titled name is the person's",
         ["The Republic of Morvia signed the accord on Friday.",
          "Ilse Morvia, its envoy, said Morvia would honour it.",
          "Ms Morvia flew home on Saturday."],
         present={("Republic of Morvia", "Morvia", "alias"), ("Morvia", "Morvia", "name"),
                  ("Ms Morvia", "Ilse Morvia", "title")},
         kinds={"Morvia": COUNTRY, "Ilse Morvia": PERSON}),
    Case("Syrian war zones, Erbil and the Korean DMZ are places",
         ["Shelling hit Eastern Ghouta and Idlib again.",
          "Soldiers from Erbil patrolled near the DMZ."],
         present={("Eastern Ghouta", "Eastern Ghouta", "name"), ("Idlib", "Idlib", "name"),
                  ("DMZ", "DMZ", "name")},
         kinds={"Eastern Ghouta": PLACE, "Idlib": PLACE, "DMZ": PLACE, "Erbil": PLACE}),
    Case("a nerve agent, a playoff series, New Year's Eve and an award are not actors",
         ["Inspectors said Sarin was used near the town.",
          "Tova Lindqvist pitched in the NLDS and the ALCS before NYE.",
          "She was given the Legion of Honor."],
         present={("Tova Lindqvist", "Tova Lindqvist", "name")},
         absent={"Sarin", "NLDS", "ALCS", "NYE", "Legion of Honor"}),
    Case("a lone name tagged as a body that a following he points back to is a person",
         ["Evidence shows that Brannock never touched the puck, only that he had been beaten."],
         present={("he", "Brannock", "pronoun")}, kinds={"Brannock": PERSON}),
    Case("a lone name tagged as a body followed by an it stays a body",
         ["Evidence shows that Brannock never touched the puck, only that it had been beaten."],
         kinds={"Brannock": ORG}),
    Case("a surname two full names share joins the one of its pronoun's gender",
         ["Coach Tony Kessler and his sister Marta Kessler met the team.",
          "After the game, Kessler waited for her players to arrive."],
         present={("Kessler", "Marta Kessler", "surname"), ("her", "Marta Kessler", "pronoun")},
         absent={"Kessler"}),
    Case("a surname two full names of one gender share is left unresolved, no actor",
         ["Coach Tony Kessler and his brother Marek Kessler met the team.",
          "After the game, Kessler waited for his players to arrive."],
         absent={"Kessler"}, no_via={"surname"}),
    Case("a known team glued in front of a full name is cut off",
         ["Before the game, coach Bruins Martin Kessel said he would agree."],
         present={("Martin Kessel", "Martin Kessel", "name"), ("he", "Martin Kessel", "pronoun")},
         absent={"Bruins Martin Kessel", "Bruins"}, kinds={"Martin Kessel": PERSON}),
    Case("a dateline's place run into a name named elsewhere is cut off",
         ["A century from Jos Marcheti led the charge in HalvikJos Marcheti on Sunday.",
          "Marcheti made his first hundred."],
         present={("Jos Marcheti", "Jos Marcheti", "name"),
                  ("Marcheti", "Jos Marcheti", "surname")},
         absent={"HalvikJos Marcheti", "Marcheti"}),
    Case("a team's nickname cut short joins the one-word name it ends",
         ["The Stormriders traded their captain on Monday.",
          "Fans of the Riders were angry, and the Riders apologised."],
         present={("Riders", "Stormriders", "alias")}, absent={"Riders"}),
    Case("a short name that is a capitalised word inside a one-word name is not joined to it",
         ["Dale Ferris wrote in the NYPost that the Post was right."],
         present={("Post", "Post", "name")}),
    Case("an initialism spelling a word made of a prefix and a word joins the body",
         ["The National Counterpiracy Bureau issued a warning.",
          "The NCPB said ships should stay away."],
         present={("NCPB", "National Counterpiracy Bureau", "alias")}, absent={"NCPB"}),
    Case("a state school's initialism keeps the university the story leaves out",
         ["Halden State beat its rival on Saturday.",
          "HSU fans stormed the field, and HSU said sorry."],
         present={("HSU", "Halden State", "alias")}, absent={"HSU"}),
    Case("an initialism with a letter no word of the name gives stays apart",
         ["Halden Tech beat its rival on Saturday.",
          "HTU fans stormed the field, and HTU said sorry."],
         present={("HTU", "HTU", "name")}),
    Case("a hyphenated given name with a small-letter half stays whole",
         ["Finance Minister Paek Sun-hwa said the plan was sound."],
         present={("Paek Sun-hwa", "Paek Sun-hwa", "name")}, absent={"Paek Sun"}),
    Case("a name the story calls a village is a place in its other mentions too",
         ["Fighting reached the village of Dovan Kesh on Friday.",
          "Soldiers entered Dovan Kesh at dawn."],
         present={("Dovan Kesh", "Dovan Kesh", "name")}, kinds={"Dovan Kesh": PLACE}),
    Case("a name after the home of stays a person",
         ["Fighting reached the home of Dovan Kesh on Friday.",
          "Soldiers arrested Dovan Kesh at dawn."],
         present={("Dovan Kesh", "Dovan Kesh", "name")}, kinds={"Dovan Kesh": PERSON}),
    Case("a syndrome, a gene or a scan named after someone or by letters is not an actor",
         ["Doctors said Ilse Varga had the Korbin syndrome and the QX7 gene, and ordered CAT "
          "scans."],
         present={("Ilse Varga", "Ilse Varga", "name")}, absent={"Korbin", "QX7", "CAT"}),
    Case("a person met by name, not a syndrome's, stays a person",
         ["Doctors said Ilse Varga met Korbin at the clinic."],
         present={("Korbin", "Korbin", "name")}, kinds={"Korbin": PERSON}),
    Case("a station known by its call sign only named as a source is not an actor",
         ["Ilse Varga filed suit last week.",
          "\"I wish this on nobody,\" Ilse Varga tells KWXR, which has a copy of her lawsuit."],
         present={("Ilse Varga", "Ilse Varga", "name")}, absent={"KWXR"}),
    Case("a station known by its call sign that acts is an actor",
         ["Ilse Varga filed suit last week.",
          "KWXR bought a copy of her lawsuit, and KWXR aired it."],
         present={("KWXR", "KWXR", "name")}, kinds={"KWXR": ORG}),
    Case("a demonym and opposition in a person's title are no group",
         ["Cambodian opposition leader Ivo Marek met the envoy."],
         present={("Ivo Marek", "Ivo Marek", "name")}, absent={"Cambodian opposition"}),
    Case("a company's first word alone joins the one company it opens",
         ["Dalvik Electric cut jobs.", "Dalvik shares fell, and Dalvik announced more cuts."],
         present={("Dalvik", "Dalvik Electric", "alias")}, absent={"Dalvik"}),
    Case("a first word alone beside a committee of that body stays the body",
         ["The Dalvik Ethics Committee met.",
          "Dalvik shares fell, and Dalvik announced more cuts."],
         present={("Dalvik", "Dalvik", "name")}),
    Case("a name tagged as a body joined by and to a person's surname is a person",
         ["Lawyers for Sean Garrity spoke on Monday.",
          "Garrity and Kilimnik were in close contact during the months that Garrity ran the "
          "campaign."],
         present={("Kilimnik", "Kilimnik", "name")}, kinds={"Kilimnik": PERSON}),
    Case("a name tagged as a body joined by and to another body stays a body",
         ["Lawyers spoke on Monday.",
          "Garrity and Kilimnik were in close contact during the months that Garrity ran the "
          "campaign."],
         kinds={"Kilimnik": ORG}),
    Case("a one-word name tagged as a person that an its points back to is a body",
         ["Coaches know that Dovrik, with its new gym, has grown fast."],
         present={("Dovrik", "Dovrik", "name")}, kinds={"Dovrik": ORG}),
    Case("a one-word name tagged as a person that a his points back to stays a person",
         ["Coaches know that Dovrik, with his new gym, has grown fast."],
         present={("Dovrik", "Dovrik", "name")}, kinds={"Dovrik": PERSON}),
    Case("an unknown place joined by a hyphen to a capitalised word is part of a name",
         ["Dunbar-Ramer principal James Owens praised the pupils."],
         present={("James Owens", "James Owens", "name")}, absent={"Dunbar"}),
    Case("known places joined by a hyphen are each named",
         ["The US-China talks stalled."],
         present={("US", "United States", "alias"), ("China", "China", "name")}),
    Case("a lone Irish surname tagged as a body is a person",
         ["The cardinal, O’Dwyer, publicly rebuked Francis on Saturday."],
         present={("O’Dwyer", "O’Dwyer", "name")}, kinds={"O’Dwyer": PERSON}),
    Case("a pronoun and its verb written with an opening quote mark are not a name",
         ["“I am happy to say now I‘m bowing out because I think I made my contribution,” he "
          "told reporters."],
         absent={"I‘m"}),
    Case("a name with an apostrophe that is no pronoun stays a name",
         ["O‘Dwyer spoke on Monday, and O‘Dwyer left."],
         absent={"O‘"}),
    Case("a large state of India tagged as a body is a place",
         ["The airport clearance is crucial for Maharashtra, the minister said."],
         present={("Maharashtra", "Maharashtra", "name")}, kinds={"Maharashtra": PLACE}),
    Case("an Australian state beside a person named Victoria: the person stays a person",
         ["Victoria Lund said the storm hit Queensland and New South Wales."],
         kinds={"Victoria Lund": PERSON, "Queensland": PLACE, "New South Wales": PLACE}),
    Case("athletes of the Games named as a kind are not an actor",
         ["Ilse Varga worked at Halden Gymnastics, which trains Olympians."],
         present={("Halden Gymnastics", "Halden Gymnastics", "name")}, absent={"Olympians"}),
    Case("the Games themselves are still no actor, the body that trains for them is",
         ["Halden Gymnastics sent six athletes to the Olympics."],
         present={("Halden Gymnastics", "Halden Gymnastics", "name")}, absent={"Olympics"}),
    Case("a cryptocurrency is an organisation, never a person, and names no person's given name",
         ["The price of Bitcoin fell again on Monday, and Bitcoin Cash fell with it.",
          "Investors who bought Bitcoin Gold lost money, Ronald Pemberton said."],
         present={("Bitcoin", "Bitcoin", "name"), ("Bitcoin Cash", "Bitcoin Cash", "name")},
         kinds={"Bitcoin": ORG, "Bitcoin Cash": ORG, "Bitcoin Gold": ORG,
                "Ronald Pemberton": PERSON}),
    Case("a known team's nickname spaCy tags as a group is the club, an organisation",
         ["Fans cheered as the Steelers beat the Kestrels on Sunday.",
          "The Eagles lost to the Ravelins."],
         kinds={"Steelers": ORG, "Eagles": ORG}),
    Case("in a sports report a place that fires, beats or plays is its team, an organisation",
         ["Florida fired its football coach on Sunday after a 4-7 season.",
          "The quarterback said Florida would rebuild."],
         present={("Florida", "Florida", "name")}, kinds={"Florida": ORG}),
    Case("in a sports report a capital playing as its team takes its other mentions with it",
         ["The coach studied the tape after Lisbon's 30-22 loss to Porto in the football final.",
          "Lisbon should know its title chances after the kickoff, the coach said."],
         present={("Lisbon", "Lisbon", "name")}, absent={"Portugal"}, kinds={"Lisbon": ORG}),
    Case("in a sports report a capital named as where stays its country",
         ["Fans in Lisbon cheered the football final.", "The coach said Lisbon had ruled."],
         kinds={"Portugal": COUNTRY}),
    Case("in a sports report a place before a player's role and name is the team",
         ["Datone Vale scored in the football opener before the season ended.",
          "The play left him pinned under Lisbon defensive tackle Rui Quaresmo."],
         absent={"Portugal"}, kinds={"Lisbon": ORG}),
    Case("in a sports report the place a player's move comes from is the club he left",
         ["The slugger said Dario Pell's arrival from Tampa would lift the lineup.",
          "The manager praised his rookie pitcher after the season opener."],
         kinds={"Tampa": ORG}),
    Case("outside a sports report a move from a place stays the place",
         ["The family's arrival from Tampa was delayed by the storm."],
         kinds={"Tampa": PLACE}),
    Case("in a sports report the places listed after a career noun and 'at' are the clubs",
         ["Ruiz coached the linebackers at Oregon State after stops at Purdue, Nebraska and "
          "Iowa State.",
          "The quarterback threw two touchdowns in the game."],
         kinds={"Nebraska": ORG}),
    Case("in a sports report a place after a team noun and 'at' is the club",
         ["Ruiz was the head coach at Nebraska from 2001 through 2004.",
          "The quarterback threw two touchdowns in the game."],
         kinds={"Nebraska": ORG}),
    Case("in a sports report the second of two joined subjects of a match verb is a team",
         ["Oregon State should know its chances since Baylor and Nebraska play first.",
          "The quarterback threw two touchdowns in the game."],
         kinds={"Nebraska": ORG}),
    Case("in a sports report a place one kicks off against is the team",
         ["The Ducks kick off against Nebraska on Saturday night.",
          "The quarterback threw two touchdowns in the game."],
         kinds={"Nebraska": ORG}),
    Case("in a sports report a place where one grew up, listed with another, stays a place",
         ["The quarterback grew up in Ohio and Nebraska before college.",
          "He praised his defense after the game."],
         kinds={"Nebraska": PLACE}),
    Case("outside a sports report a place that fires someone stays a place",
         ["Florida fired its election chief on Sunday.",
          "The governor said Florida would rebuild."],
         kinds={"Florida": PLACE}),
    Case("a place standing for its team joins the one team the article names after it",
         ["The Dallas Cowboys lost again on Sunday.",
          "Dallas released its kicker before the season, the coach said.",
          "Officials in Dallas said the roads were shut."],
         present={("Dallas", "Dallas Cowboys", "alias"), ("Dallas", "Dallas", "name")},
         kinds={"Dallas Cowboys": ORG, "Dallas": PLACE}),
    Case("a country a cricket report writes with a plural verb is its team; its demonym is not",
         ["After the defeat in Perth, England seek a new batsman for the tour.",
          "The squad will relish the Australian conditions, the selector said."],
         kinds={"England": ORG, "Australia": COUNTRY}),
    Case("a storm and its name alone are not actors",
         ["The damage caused by Hurricanes Harvey and Irma will slow growth, Jim Baird said.",
          "Harvey was blamed for the fall in sales. More weakness is expected because of Irma."],
         present={("Jim Baird", "Jim Baird", "name")},
         absent={"Hurricanes Harvey", "Harvey", "Irma"}),
    Case("a given name in an article with no storm still joins the full name",
         ["Maria Ortega sued the city.", "Ortega said Maria was tired."],
         present={("Maria", "Maria Ortega", "first_name")}),
    Case("a social network named only as where something was said is no actor",
         ["Mara Quint wrote on Twitter that she was leaving.",
          "A Twitter user named Ian Varro replied, and the Facebook page was shut."],
         present={("Mara Quint", "Mara Quint", "name")}, absent={"Twitter", "Facebook"}),
    Case("a satirical weekly tagged as a person is an outlet, an organisation",
         ["Gunmen attacked Charlie Hebdo in Paris."], kinds={"Charlie Hebdo": ORG}),
    Case("a show an episode or a finale is 'of' is a work, not an actor",
         ["I binge on episodes of Blackish or Living Single, she told me.",
          "Mara Quint starred in the finale of Harbour Lights."],
         present={("Mara Quint", "Mara Quint", "name")},
         absent={"Living Single", "Harbour Lights"}),
    Case("a person a portrait is 'of' stays an actor",
         ["A portrait of Ian Varro hangs in the hall."],
         present={("Ian Varro", "Ian Varro", "name")}),
    Case("a place standing for its team joins the one team of the article whose home it is",
         ["Vick scored for Philadelphia in a 34-7 win over the Falcons on Sunday.",
          "Falcon fans booed him, and the Eagles coach said the season was young."],
         present={("Philadelphia", "Eagles", "alias")}, absent={"Philadelphia"},
         kinds={"Eagles": ORG}),
    Case("the singular of a team's nickname the article names is the team",
         ["The Falcons lost 34-7 to the Eagles on Sunday.",
          "Falcon fans booed the quarterback all afternoon."],
         present={("Falcon", "Falcons", "name")}, absent={"Falcon"}),
    Case("a body in brackets alone after a caption's last sentence is its credit",
         ["Ian Varro outside the clinic in the 1980s. He was a leader in social medicine. "
          "(Harbourline Health System)"],
         present={("Ian Varro", "Ian Varro", "name")}, absent={"Harbourline Health System"}),
    Case("an outlet the table does not know, told something, is the source and no actor",
         ["Ian Varro told Harbourline television that he would repay the money."],
         present={("Ian Varro", "Ian Varro", "name")}, absent={"Harbourline"}),
    Case("a centre named as where something happens is a venue; where one works, a body",
         ["The orchestra will play two concerts at Lincoln Center in April.",
          "Mara Quint worked for years at Kestrel Medical Center."],
         present={("Kestrel Medical Center", "Kestrel Medical Center", "name")},
         absent={"Lincoln Center"}),
    Case("a thing named for a currency is no actor",
         ["Bitcoin ATM unveiled in Austin, among the first in the country",
          "Bitcoin has been skyrocketing this year."],
         present={("Bitcoin", "Bitcoin", "name")}, absent={"Bitcoin ATM"},
         kinds={"Bitcoin": ORG}),
    Case("a maker's name in front of its product's noun names the product, no actor",
         ["Police found my son running the Xerox machine."], absent={"Xerox"}),
    Case("a maker named otherwise in the same article stays an actor",
         ["Police found my son running the Xerox machine.", "Ian Varro said Xerox would cut jobs."],
         present={("Xerox", "Xerox", "name")}, kinds={"Xerox": ORG}),
    Case("a team's nickname tagged as a place after 'to' is the team, not a venue",
         ["The Falcons lost 34-7 to the Eagles on Sunday."],
         present={("Eagles", "Eagles", "name")}, kinds={"Eagles": ORG}),
    Case("a team's home place joined to the team takes its other bare mentions along",
         ["The Dallas Cowboys lost again on Sunday.",
          "Dallas released its kicker before the season, the coach said.",
          "Dallas used the same scheme last year."],
         present={("Dallas", "Dallas Cowboys", "alias")}, absent={"Dallas"}),
    Case("a team's home place named as where stays the place",
         ["The Dallas Cowboys lost again on Sunday.",
          "Dallas released its kicker before the season, the coach said.",
          "Officials in Dallas said the roads were shut."],
         present={("Dallas", "Dallas Cowboys", "alias"), ("Dallas", "Dallas", "name")},
         kinds={"Dallas": PLACE}),
    Case("a show's title made of an adverb and an adjective is no actor",
         ["She used to perform with Ian Varro on Bill Maher's Politically Incorrect."],
         present={("Ian Varro", "Ian Varro", "name")}, absent={"Politically Incorrect"}),
    Case("a group named with two adjectives stays a group",
         ["The Eastern Orthodox faithful gathered in the square."],
         kinds={"Eastern Orthodox": GROUP}),
    Case("two transliterations of one full name are one person",
         ["President Kurbanguly Berdymukhamedov said the dog was a gift.",
          "President Gurbanguly Berdimuhamedov shakes hands with his guest."],
         present={("Gurbanguly Berdimuhamedov", "Kurbanguly Berdymukhamedov", "alias")},
         absent={"Gurbanguly Berdimuhamedov"}),
    Case("two names that differ in a consonant stay two people",
         ["Kim Jong Un and Kim Jong Il were both named."],
         kinds={"Kim Jong Un": PERSON, "Kim Jong Il": PERSON}),
    Case("an initialism tagged with the title after it as a person is the title's body",
         ["“Northam ran on a common-sense agenda ” said DPVA Chairwoman Susan Swecker."],
         present={("Susan Swecker", "Susan Swecker", "name")}, kinds={"DPVA": ORG}),
    Case("a scan named by its initialism is a test, no actor",
         ["Tova Lindqvist was taken to the hospital for CAT scans of her hip."],
         present={("Tova Lindqvist", "Tova Lindqvist", "name")}, absent={"CAT"}),
    Case("a ceremony and a meeting spoken at are events, not actors",
         ["Mara Quint said at a Halvorsen Capital Conference on Tuesday that rates would rise.",
          "The Velmar Games Opening Ceremony drew crowds."],
         present={("Mara Quint", "Mara Quint", "name")},
         absent={"Halvorsen Capital Conference", "Velmar Games Opening Ceremony"}),
    Case("a name behind a lower-case prefix is a leaning or a description, not an actor",
         ["Leaders of post-Soviet states met in Minsk.",
          "If a non-Jew asked this, he would be accused."],
         absent={"post-Soviet", "non-Jew"}),
    Case("the singular word of a faith describes, the plural names the group",
         ["Catholic schools closed early, and a Muslim cleric spoke.",
          "Mara Quint grew up in a Puritan household.",
          "Thousands of Catholics marched on Sunday."],
         present={("Catholics", "Catholics", "name")},
         absent={"Catholic", "Muslim", "Puritan"}, kinds={"Catholics": GROUP}),
    Case("the outlet credited in a dateline is not an actor, nor the place it is named after",
         ["-LRB- Vatican Radio -RRB- Pope Francis urged calm in Juba.",
          "Feb. 3 (UPI) Mara Quint left the club.", "(CNN) Quint said she was sorry."],
         present={("Mara Quint", "Mara Quint", "name")},
         absent={"Vatican Radio", "Holy See", "UPI", "CNN"}),
    Case("a state's body that does not speak for it is not the state",
         ["The U.S. Postal Service raised the price of stamps.",
          "The U.S. Navy objected on Monday."],
         present={("U.S. Postal Service", "U.S. Postal Service", "name")},
         kinds={"U.S. Postal Service": ORG, "United States": COUNTRY}),
    Case("a legislature named with its country is the chamber, not the country",
         ["The bill passed the U.S. Senate on Monday.", "The Senate then adjourned.",
          "The U.S. Army objected."],
         present={("U.S. Senate", "U.S. Senate", "name"), ("Senate", "U.S. Senate", "alias"),
                  ("U.S.", "United States", "alias")},
         kinds={"U.S. Senate": ORG, "United States": COUNTRY}),
    Case("a country named as an honour's first word over a hyphen is no country",
         ["Mara Quint was a consensus All-America selection in 2015."],
         present={("Mara Quint", "Mara Quint", "name")}, absent={"United States"}),
    Case("two bodies of a list run together where a comma was stripped are two bodies",
         ["Quint thanked the Ardent Rifle Association  Marsh Ducks Trust and other groups."],
         present={("Ardent Rifle Association", "Ardent Rifle Association", "name"),
                  ("Marsh Ducks Trust", "Marsh Ducks Trust", "name")},
         absent={"Ardent Rifle Association Marsh Ducks Trust"}),
    Case("a body's possessive before a known place is the body, not a body of that name",
         ["Delegates packed into Velmora Union’s London headquarters on Monday."],
         present={("Velmora Union", "Velmora Union", "name")},
         absent={"Velmora Union’s London"}),
    Case("an English adjective tagged a body before a noun describes, it names no body",
         ["Quint said you cannot fire a Revolutionary leader.",
          "Democratic leaders met on Monday."],
         absent={"Revolutionary"}),
    Case("a nickname in quotation marks the entity opens with is no body",
         ["Quint was known as the “Thinking Woman’s Rebel”  a nickname he liked."],
         absent={"Thinking Woman’s Rebel"}),
    Case("a talk given at a conference is a work, no actor",
         ["Mara Quint gave a TED Talk in 2016."],
         present={("Mara Quint", "Mara Quint", "name")}, absent={"TED Talk"}),
    Case("a person's full name made plural after the is a kind of person",
         ["The Harvey Weinsteins of the world are not always famous.",
          "Weinstein was fired in 2017."],
         absent={"Harvey Weinsteins"}),
    Case("a programme's legal status and its initialism are no actor",
         ["Duke ended Temporary Protected Status (TPS) for Hondurans.", "TPS covers many."],
         absent={"Temporary Protected Status", "TPS"}),
    Case("two things run together by a preposition are cut at it",
         ["States that expanded Medicaid under Obamacare saw more abuse."],
         absent={"Medicaid under Obamacare", "Medicaid", "Obamacare"}),
    Case("a demonym joined by a hyphen to a word that makes it another place or none",
         ["Mara Quint was named a consensus All-American in 2015.",
          "Quint said the United States team would win."],
         present={("Mara Quint", "Mara Quint", "name")}, no_via={"demonym"}),
    Case("a name the article calls a town is that place wherever spaCy tags it a person",
         ["Troops entered Varnkupri on Friday.", "Fighting spread to the district of Varnkupri."],
         kinds={"Varnkupri": PLACE}),
    Case("a town after \"the city of\" is where, whatever spaCy tags it",
         ["Fans marched in the southern Russian city of Krasnodar on Sunday."],
         absent={"Krasnodar"}),
    Case("a town named with its state, set off by the spaces of a stripped comma, is a place",
         ["Voters in Brackmoor  Texas  rejected the plan."],
         kinds={"Brackmoor": PLACE, "Texas": PLACE}),
    Case("an outlet named after a country is the outlet, and no actor as a caption's credit",
         ["Mara Quint said the deal was unfair. USA TODAY"],
         present={("Mara Quint", "Mara Quint", "name")}, absent={"USA TODAY", "United States"}),
    Case("a name that opens a title with its possessive is part of the title",
         ["Police got bad advice from Commonwealth's Attorney Dana Roe on Friday."],
         present={("Dana Roe", "Dana Roe", "name")}, absent={"Commonwealth"}),
    Case("a name in brackets closing a caption after its sentence is a credit",
         ["Mara Quint stands outside the clinic in 1984. (Kessler Health System)"],
         present={("Mara Quint", "Mara Quint", "name")}, absent={"Kessler Health System"}),
    Case("an outlet someone tells something is the source of a report, not an actor",
         ["Mara Quint tells NPR she will run."],
         present={("Mara Quint", "Mara Quint", "name")}, absent={"NPR"}),
    Case("a decade named as a word is a time, not an actor",
         ["The Sixties changed music forever."], absent={"Sixties"}),
    Case("a name ending in Firm is an organisation, whatever spaCy tags it",
         ["The court appointed Tarvin Law Firm to represent the plaintiffs."],
         kinds={"Tarvin Law Firm": ORG}),
    Case("a state of the past named by a compass point is not today's state",
         ["Mara Quint was stationed in what was then East Germany."], absent={"Germany"}),
    Case("a video service named only in credits is not an actor",
         ["Mara Quint has the story. Buzz60"],
         present={("Mara Quint", "Mara Quint", "name")}, absent={"Buzz60"}),
    Case("a company's name without its industry word joins the company",
         ["Analysts like Tarvex Electric this year.",
          "Mara Quint said Tarvex has support at 63 dollars."],
         present={("Tarvex", "Tarvex Electric", "alias")}, absent={"Tarvex"}),
    Case("a common noun capitalised after \"a\" in a slogan is no person",
         ['The theme was "A living Liturgy for a living Church" this year.'],
         absent={"Liturgy"}),
    Case("a country's name written after a town and a comma is the US state of that name",
         ["Mara Quint grew up in Dunwell, Georgia, and moved to Ohio."],
         kinds={"Georgia (U.S. state)": PLACE}, absent={"Georgia"}),
    Case("a one-word name a \"who\" clause describes is a person whatever spaCy tags it",
         ["Investors sued Dravnik, who denied every claim on Monday."],
         kinds={"Dravnik": PERSON}),
    Case("a country's one-word name after a person's title is the person's surname",
         ["Sheriff Israel said the deputy waited outside."],
         absent={"Israel"}),
    Case("a movement named by a name and its possessive is not the name's owner",
         ["The award comes amid the #MeToo and Time's Up movements."], absent={"Time"}),
    Case("a demonym naming a food or an accent is not the country",
         ["The burger comes with American cheese.", "He spoke with a British accent."],
         absent={"United States", "United Kingdom"}),
    Case("a two-word name opening with a less common given name is a person",
         ["Fans of Dierks Halloway lined up.", "Receiver Flip Varnum caught two passes."],
         kinds={"Dierks Halloway": PERSON, "Flip Varnum": PERSON}),
    Case("a surname written before the one full name, a relative's, is not the relative",
         ["Mr. Tarlow was fired on Sunday from the studio he co-founded with his brother Bob "
          "Tarlow in 2005.", "Tarlow denied the claims."],
         present={("Tarlow", "Tarlow", "name")}, kinds={"Tarlow": PERSON}),
    Case("a city named after a station's call sign is the station's, not an actor",
         ["Mara Quint is an anchor for KTTV Los Angeles."],
         present={("Mara Quint", "Mara Quint", "name")}, absent={"Los Angeles"}),
    Case("a one-word name followed by \"and his\" is a person whatever spaCy tags it",
         ["Supporters of Kibwana and his campaign rival clashed in the streets."],
         kinds={"Kibwana": PERSON}),
    Case("a family name written first that opens two full names stays unresolved",
         ["She handed the paper to her deputy Wang Shuo last year.",
          "The reshuffle came after Wang Qishan rose to power.",
          "Wang appears to keep his influence."],
         absent={"Wang"}, kinds={"Wang Shuo": PERSON, "Wang Qishan": PERSON}),
    Case("a town ending in Estates is a place, though spaCy tags it a person",
         ["He is a lifelong resident of Hoffman Estates, Varda said."],
         absent={"Hoffman Estates"}),
    Case("a Mexican state is a place, whatever spaCy tags it",
         ["Tamaulipas closed its schools after the clashes."], kinds={"Tamaulipas": PLACE}),
    Case("a court case and its first party named alone are not actors",
         ["The nominee may help overturn Roe v. Wade.",
          "The court would more likely let Roe stand."], absent={"Roe", "Wade", "Roe v. Wade"}),
    Case("the words the GOAT stands for are not an actor",
         ["Her kids call her the G.O.A.T., Dana said of the acronym for Greatest Of All Time."],
         absent={"Greatest Of All Time", "G.O.A.T."}),
    Case("a college team's nickname beside the college named as a body is that team",
         ["Ohio State routed its rival 42-7 on Saturday.",
          "The Buckeyes scored four touchdowns, the coach said."],
         present={("Buckeyes", "Ohio State", "alias")}, absent={"Buckeyes"},
         kinds={"Ohio State": ORG}),
    Case("a college team's nickname after the college is the team, an organisation",
         ["The Miami Hurricanes won their tenth game, and the quarterback threw three "
          "touchdowns."],
         kinds={"Miami Hurricanes": ORG}),
    Case("a college team's nickname beside its college named as a place stays apart",
         ["The Hawkeyes won 24-10 at home on Saturday, the coach said.",
          "Fans drove across Iowa to see the Hawkeyes."],
         kinds={"Hawkeyes": ORG, "Iowa": PLACE}),
    Case("in a sports report a place followed by its score is its team",
         ["The Buckeyes were crushed by Iowa 55-24 at the stadium on Saturday."],
         kinds={"Iowa": ORG}),
    Case("outside a sports report a place followed by a vote's tally stays a place",
         ["The measure passed in Iowa 55-24 on Tuesday, the governor said."],
         kinds={"Iowa": PLACE}),
    Case("in a sports report a US state's name and 'State' is the university's team",
         ["The quarterback came out of North Dakota State, the coach said before the season."],
         kinds={"North Dakota State": ORG}),
    Case("in a sports report a state written 'Washington state' stays the state",
         ["The quarterback moved to Washington state after the season, the coach said."],
         kinds={"Washington State": PLACE}),
    Case("a place whose verb's object is a known team is a team, and joins its nickname",
         ["Sacramento held off the New York Knicks on Sunday night, the coach said.",
          "The Kings have won three straight games."],
         present={("Sacramento", "Kings", "alias")}, absent={"Sacramento", "California"}),
    Case("a capital owning a team's bullpen is the team named after it, not the country",
         ["Six pitchers are vying for spots in Washington's bullpen, the manager said.",
          "The Washington Nationals open the season in April."],
         present={("Washington", "Washington Nationals", "alias")}, absent={"United States"}),
    Case("a sports league known by its initials is an organisation",
         ["Two-time MLB All-Star pitcher Dario Pell was arrested, the NHL said."],
         present={("Dario Pell", "Dario Pell", "name")}, kinds={"MLB": ORG, "NHL": ORG}),
    Case("in a sports report 'the' place and a team's noun is the team",
         ["A 1-yard scoring run cut the Jacksonville lead to 14-10 before halftime.",
          "The Jaguars held on in the fourth quarter, the coach said."],
         present={("Jacksonville", "Jaguars", "alias")}, absent={"Jacksonville"}),
    Case("outside a sports report 'the' place and a team's noun stays the place",
         ["The mayor said the Jacksonville team of planners would meet on Monday."],
         kinds={"Jacksonville": PLACE}),
    Case("a country inside an event's name (the U.S. Open) is no mention of it",
         ["Dario Pell reached every final except the U.S. Open.",
          "Ian Varro made his second U.S. Open semifinal."],
         present={("Dario Pell", "Dario Pell", "name")}, absent={"United States"}),
    Case("a name set off after a noun of works by a corpus's doubled spaces is the work",
         ["Dario Pell put out the 2016 mixtape   Night Roads   and a 2017 EP   Cinco De Kestrel ."],
         present={("Dario Pell", "Dario Pell", "name")}, absent={"Cinco De Kestrel"}),
    Case("a speaker after a noun of works and a stripped comma stays a person",
         ["Dario Pell released a new album   Ian Varro said on Monday."],
         present={("Ian Varro", "Ian Varro", "name")}),
    Case("a name the corpus spaces after a noun of works, then its verb, stays a person",
         ["In his video   Ian Varro  said he would not run again."],
         present={("Ian Varro", "Ian Varro", "name")}),
    Case("a name in a headline's single quotation marks is a title",
         ["After a year on the road   ' Kestrel Diaries ' author Ian Varro returns home"],
         present={("Ian Varro", "Ian Varro", "name")}, absent={"Kestrel Diaries"}),
    Case("a quoted title holding 'into' ends with the name",
         ['Their first album "Let Us Walk into the House of Stone " came out in 1968.'],
         absent={"House of Stone"}),
    Case("a title followed by its year in brackets is a work",
         ["Her first book came out in 1956, followed by The Winter Orchard (1961) and Letters "
          "for Varro (1964)."],
         absent={"Winter Orchard", "Varro"}),
    Case("a person followed by the years of a life stays a person",
         ["Dario Pell (1920-2001) founded the company."],
         present={("Dario Pell", "Dario Pell", "name")}),
    Case("what the character an actor plays is, set beside it, is no actor",
         ["The actor plays Tarvin, a former Sentinel who escapes the Order."],
         absent={"Sentinel"}),
    Case("a sports report's opponent described beside 'plays' stays a person",
         ["Dario Pell plays Ian Varro, a former champion, in the final on Sunday."],
         present={("Ian Varro", "Ian Varro", "name")}),
    Case("a tournament ending in 'Masters' is an event",
         ["Ian Varro has 20 titles, including the ATP World Tour Masters in London."],
         present={("Ian Varro", "Ian Varro", "name")}, absent={"ATP World Tour Masters"}),
    Case("a given name before a surname that is an event word is a person",
         ["Doris Day sang on Monday.", "Tom Masters said the vote was close."],
         kinds={"Doris Day": PERSON, "Tom Masters": PERSON}),
    Case("a title after an owner's possessive and 'The' is a show",
         ["The taco tour got stories in the Los Angeles Times and PRI's The World."],
         absent={"World"}, kinds={"PRI": ORG}),
    Case("an outlet after a possessive and 'The' quoted as a source stays",
         ["Ireland's The Kestrel reported that Ian Varro had left."],
         present={("Ian Varro", "Ian Varro", "name")}, kinds={"Ireland": COUNTRY}),
    Case("the last word of a work's subtitle after its colon is no actor",
         ["Ian Varro closes his new book, Promise Me, Dad: A Year of Hope, Hardship, and "
          "Purpose."],
         present={("Ian Varro", "Ian Varro", "name")}, absent={"Purpose"}),
    Case("a name in a speaker's line going on past the name stays",
         ["VARRO: The Kestrel Group and Dario Pell will meet."],
         present={("Dario Pell", "Dario Pell", "name")}),
    Case("a country inside a war's or a show's name tagged as one event is no mention",
         ["Ian Varro served in the Vietnam War and told Good Morning America about it."],
         present={("Ian Varro", "Ian Varro", "name")},
         absent={"Vietnam", "United States"}),
    Case("a country's adjective before a race's abbreviation names the race",
         ["Ian Varro won the Brazilian GP on Sunday."],
         present={("Ian Varro", "Ian Varro", "name")}, absent={"Brazil"}),
    Case("a country's adjective before meatballs is a dish",
         ["Ian Varro ate Swedish meatballs at the store."],
         present={("Ian Varro", "Ian Varro", "name")}, absent={"Sweden"}),
    Case("what the role of names beside a word of the stage is a character",
         ["Ian Varro sang the role of Tosca at the Met."],
         present={("Ian Varro", "Ian Varro", "name")}, absent={"Tosca"}),
    Case("the maker owning the work a role is in stays",
         ["He was peerless in the title part of Tchaikovsky’s “Eugene Onegin” at the opera "
          "house."],
         present={("Tchaikovsky", "Tchaikovsky", "name")}),
    Case("someone's role in an affair names the person",
         ["Ian Varro questioned the role of Dario Pell in the scandal."],
         present={("Dario Pell", "Dario Pell", "name")}),
    Case("a holiday or a named period alone is a time, no actor (names.json named_times)",
         ["Dario Pell was born in Belfast during the Troubles.",
          "He spoke on the Epiphany, Ian Varro said."],
         present={("Dario Pell", "Dario Pell", "name")}, absent={"Troubles", "Epiphany"}),
    Case("a body whose name holds a named period's word stays the body",
         ["The Renaissance Society said Dario Pell would speak."],
         kinds={"Renaissance Society": ORG}),
    Case("a phase's name with its number is a step of talks, no actor",
         ["Ian Varro said last week that if there is no deal on Phase One next month the talks "
          "will go on."],
         present={("Ian Varro", "Ian Varro", "name")}, absent={"Phase One"}),
    Case("a name opening with a phase word but no number stays a name",
         ["Ian Varro said last week that if there is no deal on Phase Dynamics next month the "
          "talks will go on."],
         kinds={"Phase Dynamics": ORG}),
    Case("a sponsor or a topic tagged alone at the front of an event's name is no actor",
         ["Ian Varro will vie for his second title Sunday at the Ford EcoBoost 400 at the track.",
          "Ian Varro spoke at the UBS 40th Annual Global Media and Communications Conference."],
         present={("Ian Varro", "Ian Varro", "name")}, absent={"Ford", "Global Media"}),
    Case("a body before a second body's numbered unit keeps both",
         ["The Naperville Police Department and Naperville Unit District 203 described the "
          "death as a tragedy."],
         kinds={"Naperville Police Department": ORG}),
    Case("a region before a lower-case summit names the event, no actor",
         ["Ian Varro flew to an Asia-Pacific summit on trade."],
         present={("Ian Varro", "Ian Varro", "name")}, absent={"Asia-Pacific"}),
    Case("a country before a lower-case summit is a party to it and stays",
         ["Ian Varro said a Russia summit would take place in June."],
         kinds={"Russia": COUNTRY}),
    Case("a country's adjective before a war that is no event word still names it",
         ["The Syrian civil war entered its eighth year, Dario Pell said."],
         kinds={"Syria": COUNTRY}),
    Case("in a sports report 'the' place and a match's noun is the team",
         ["It is the biggest game of the year. We will see after the Tennessee game, the "
          "coach said.", "The Tennessee Titans arrive on Friday."],
         present={("Tennessee", "Tennessee Titans", "alias")}, absent={"Tennessee"}),
    Case("in a sports report two places after 'game between' are teams",
         ["Fans filled the stadium for the title game between Alabama and Georgia, the coach "
          "said."],
         kinds={"Alabama": ORG, "Georgia": ORG}),
    Case("outside a sports report places after 'talks between' stay places",
         ["The trade talks between Alabama and Georgia resumed, the governor said."],
         kinds={"Alabama": PLACE}),
    Case("sports honours and events are not actors",
         ["Dario Pell was a two-time All-American and made the Pro Bowl twice.",
          "He won the Masters in April and lost the Super Bowl and the World Series."],
         present={("Dario Pell", "Dario Pell", "name")},
         absent={"All-American", "Pro Bowl", "Masters", "Super Bowl", "World Series"}),
    Case("in a sports report a college known by one word is its team, an organisation",
         ["Ian Varro is Vanderbilt's starting quarterback this season."],
         kinds={"Vanderbilt": ORG}),
    Case("a torn Achilles and a hospital's ICU are not actors",
         ["Dario Pell ruptured his Achilles in March.", "He left the ICU on Friday."],
         present={("Dario Pell", "Dario Pell", "name")}, absent={"Achilles", "ICU"}),
    Case("a German party's initialism and its members' name are the party",
         ["Chancellor Ilse Marek needs the Social Democrats (SPD) to govern.",
          "The SPD wants the finance ministry, and many in the CDU are angry.",
          "The Christian Democrats kept the defence ministry."],
         present={("SPD", "Social Democratic Party of Germany", "alias"),
                  ("Social Democrats", "Social Democratic Party of Germany", "alias"),
                  ("Christian Democrats", "Christian Democratic Union", "alias")},
         absent={"SPD", "CDU", "Social Democrats", "Christian Democrats", "Democrats"}),
    Case("a party's members named alone stay as written",
         ["The Social Democrats won the vote in Halvia on Sunday."],
         absent={"Social Democratic Party of Germany"}),
    Case("a short form of a given name joins the one full name it shortens",
         ["Stephen Varnholt opened the shop in 1990.", "Friends said Steve was quiet."],
         present={("Steve", "Stephen Varnholt", "first_name")}, absent={"Steve"}),
    Case("a name right before \"newspaper\" is the newspaper's, whatever spaCy tags it",
         ["The survey for Morgenblatt newspaper found support."],
         kinds={"Morgenblatt": ORG}),
    Case("a person's name before \"network\" stays a person's",
         ["Ilse Marek built the Marek network of donors."],
         kinds={"Ilse Marek": PERSON}),
    Case("the alt-right written with spaces around its hyphen is a group",
         ["Two Alt - Right marchers were arrested on Friday."],
         kinds={"alt-right": GROUP}, absent={"Alt - Right"}),
    Case("the people of a continent are no actor, as Europeans are not",
         ["Many Africans still admire the old leader."], absent={"Africans"}),
    Case("a country's people named beside a continent's stay the country",
         ["South Africans voted on Wednesday."], kinds={"South Africa": COUNTRY}),
    Case("a birth name is the person it was given to",
         ["Tova Lind, born Ilse Marrow in 1931, first sang in a church."],
         present={("Ilse Marrow", "Tova Lind", "alias")}, absent={"Ilse Marrow"}),
    Case("a surname in -s written without its s before a possessive is that person",
         ["Press secretary Tova Landers spoke on Monday.", "Critics mocked Landers again.",
          "She laughed when Lander’s name came up."],
         present={("Lander", "Tova Landers", "surname")}, absent={"Lander"}),
    Case("a given name before a possessive beside a surname in -s is someone else",
         ["Serena Williams won on Monday.", "Williams left.", "Prince William’s visit was brief."],
         kinds={"William": PERSON, "Serena Williams": PERSON}),
    Case("a capital's name before an American state or \"County\" is a town or a county",
         ["Judge Ilse Marek in San Jose, California, ruled on Friday.",
          "The twins live in a house in Nassau County."],
         absent={"Costa Rica", "Bahamas"}),
    Case("a capital's name alone stays its country",
         ["Nassau said the storm had passed."], kinds={"Bahamas": COUNTRY}),
    Case("a person's name cut after its particle is one name",
         ["The job went to  Greta von der Halden  on Monday."],
         present={("Greta von der Halden", "Greta von der Halden", "name")},
         absent={"Halden", "Greta von der", "Greta"}),
    Case("a person named right before a town with no particle between stays apart",
         ["The job went to Greta Marek of Halden on Monday."],
         absent={"Greta Marek of Halden", "Greta Marek Halden"}),
    Case("a hotel or a casino named as where something happens is a venue",
         ["Actor Dario Pell attends a photo call at The Kestrel Hotel in New York.",
          "The gala took place at the Marrow Casino in Reno."],
         absent={"Kestrel Hotel", "Marrow Casino"}),
    Case("a hotel that acts is an organisation",
         ["The Kestrel Hotel said it would close in May."], kinds={"Kestrel Hotel": ORG}),
    Case("a short form that opens a full name of its own joins that name",
         ["Stephen Varnholt opened the shop in 1990 with Steve Larkin.",
          "Friends said Steve was quiet."],
         present={("Steve", "Steve Larkin", "first_name")}, absent={"Steve"}),
    Case("a person's role set off after a name by stripped commas makes it a person's",
         ["The hearing stalled as Carvelle  a relatively junior attorney  asked for time."],
         kinds={"Carvelle": PERSON}),
    Case("a territory or a smaller city the place table knows is a place, never a person",
         ["Crews from Ohio will fly to Puerto Rico to rebuild the grid.",
          "The Puerto Rico governor thanked the crews."],
         kinds={"Puerto Rico": PLACE}),
    Case("a surname that is also a city's name, left out of the place table, stays a person",
         ["Juarez said the appeal would be filed on Monday."], kinds={"Juarez": PERSON}),
    Case("a place written in a lawmaker's party label is no actor, however it is written",
         ["State Rep. Dana Morrow, D-Ann Arbor, said the board failed.",
          "Sen. Lee Varga (R-Texas) agreed."], absent={"Ann Arbor", "Texas"}),
    Case("the same place named apart is still one",
         ["Dana Morrow grew up in Ann Arbor and says Texas taught her to vote."],
         kinds={"Texas": PLACE}),
    Case("a one-word name owning a family tie or a death is a person's",
         ["Reporters called Carvelle's mother on Friday.",
          "Mystery has surrounded Tarnow's death since the trial."],
         kinds={"Carvelle": PERSON, "Tarnow": PERSON}),
    Case("a family word in front of another noun says nothing",
         ["Carvelle's sister company opened a plant in May."], kinds={"Carvelle": ORG}),
    Case("a city naming where a rally or a shooting happened is no actor",
         ["He was angered by flags seen at the Tucson “Unite the Right” rally last year.",
          "Victims of the Tucson shooting were honoured."], absent={"Tucson"}),
    Case("a city that acts around such an event stays a place",
         ["Tucson sued the organisers over the rally."], kinds={"Tucson": PLACE}),
    Case("a body described the same way stays a body",
         ["The hearing stalled as Carvelle  a relatively small firm  asked for time."],
         kinds={"Carvelle": ORG}),
    Case("an initialism keeping a word in capitals of the body's name whole joins the body",
         ["Coaches of USA Korfball met on Monday.", "USAK said the season would go on."],
         present={("USAK", "USA Korfball", "alias")}, absent={"USAK"}),
    Case("an initialism with a letter the name's capitals word does not give stays apart",
         ["Coaches of USA Korfball met on Monday.", "USAF said the base would stay open."],
         absent={"United States"}),
    Case("a company's name behind its founder's given name is that company",
         ["Marta Lind joined Walt Varnholt Animation Studios in May.",
          "Varnholt Animation Studios said she would lead it."],
         present={("Varnholt Animation Studios", "Walt Varnholt Animation Studios", "alias")},
         absent={"Varnholt Animation Studios"}),
    Case("a shorter name that drops more than the given name stays apart",
         ["Marta Lind joined Walt Varnholt Animation Studios in May.",
          "Varnholt Studios said she would lead it."],
         present={("Varnholt Studios", "Varnholt Studios", "name")}),
    Case("a state's postal code beside its name is the state",
         ["The ranch lies near Laredo  TX.", "Texas officials said the road would reopen."],
         present={("TX", "Texas", "alias")}, absent={"TX"}),
    Case("a postal code that is a word stays no state",
         ["The ranch in Oklahoma was OK, the owner said."],
         no_via={"alias"}),
    Case("an outlet's noun after \"the\" is the outlet, whatever spaCy tags it",
         ["Judge Ana Ruiz told the Tribune on Friday that the court would stay open."],
         kinds={"Tribune": ORG}),
    Case("an outlet named in the outlets list is dropped where it is only a source",
         ["The owner told Salon the rules had changed."], absent={"Salon"}),
    Case("an acronym defined after a name spaCy cut short is the whole name it spells, and so "
         "is the cut name alone",
         ["At the border in Texas  Customs and Harbor Patrol (CHP) officers searched his van.",
          "Customs did not bring charges, and CHP kept the van."],
         present={("CHP", "Customs and Harbor Patrol", "alias"),
                  ("Customs", "Customs and Harbor Patrol", "alias")}),
    Case("an outlet's name with a tail that keeps it the outlet's is the outlet",
         ["The host Ana Ruiz will not return to the Fox News Channel, her lawyer said.",
          "Ruiz sued Fox News in May."],
         present={("Fox News", "Fox News", "name")}, absent={"Channel", "Fox News Channel"}),
    Case("a channel that is no outlet's is left whole",
         ["The ferry crossed the English Channel in May."], absent={"Channel"}),
    Case("a body's or a country's other name beside its own is the same actor",
         ["The International Committee of the Red Cross sent a team. The Red Cross said so.",
          "China banned the trade. Later the People's Republic relented.",
          "The Metropolitan Opera hired him; he sang at the Metropolitan Opera House."],
         present={("Red Cross", "International Committee of the Red Cross", "alias"),
                  ("People's Republic", "China", "alias"),
                  ("Metropolitan Opera House", "Metropolitan Opera", "alias")},
         absent={"Red Cross", "People's Republic", "Metropolitan Opera House"}),
    Case("a body's name cut behind its owner's possessive, or with its word in the plural, "
         "is the body named in full",
         ["Nora Vell heads Harlan Grey Media Studios, a film house.",
          "She built Harlan Grey's Media Studios from scratch.",
          "The Brisk Institute published it. The Brisk Institutes' study was long."],
         present={("Media Studios", "Harlan Grey Media Studios", "alias"),
                  ("Brisk Institutes", "Brisk Institute", "alias")},
         absent={"Media Studios", "Brisk Institutes"}),
    Case("a name after another owner's possessive, or a plural with no singular named, stays",
         ["Nora Vell heads Harlan Grey Media Studios.", "She praised Tova Lind's Media Studios.",
          "The Brisk Institutes' study was long."],
         present={("Media Studios", "Media Studios", "name")},
         absent={"Brisk Institute"}),
    Case("the other name alone, its own actor unnamed, stays as written",
         ["The Red Cross sent a team to the flooded town."],
         absent={"International Committee of the Red Cross"}),
    Case("Capitol Hill beside Congress is Congress, not the country",
         ["Congress passed the bill.", "Lawmakers on Capitol Hill said the vote was close."],
         present={("Capitol Hill", "Congress", "alias")}, absent={"United States"}),
    Case("the White House still speaks for the country",
         ["The White House said the bill would be signed."],
         present={("White House", "United States", "capital")}),
    Case("a name ending in a school's or a business's word is a body, not a person",
         ["Ana Harwick, the principal, said the fees were fair.",
          "Parents wrote to Harwick Elementary about the fees."],
         kinds={"Harwick Elementary": ORG, "Ana Harwick": PERSON}),
    Case("a person whose surname a school shares stays a person",
         ["Ana Harwick, the principal, said the fees were fair."],
         kinds={"Ana Harwick": PERSON}),
    Case("a well-known person's name written alone is a person whatever spaCy tags it",
         ["Voters doubt that Nunes will run again.", "Lawyers for Thaksin filed an appeal.",
          "Donors wrote to Corker about the budget."],
         kinds={"Nunes": PERSON, "Thaksin": PERSON, "Corker": PERSON}),
    Case("a well-known person's name written as a town before its state stays the town",
         ["A storm hit Irving, Texas, on Monday."],
         kinds={"Irving": PLACE, "Texas": PLACE}),
    Case("a lone given name and a lone surname of one well-known person are that person",
         ["Fans roared when Kyrie walked onto the court.",
          "Irving scored thirty points in the second half."],
         present={("Kyrie", "Kyrie Irving", "first_name"), ("Irving", "Kyrie Irving", "surname")},
         absent={"Kyrie", "Irving"}, kinds={"Kyrie Irving": PERSON}),
    Case("a lone given name and a lone surname the table does not pair stay two people",
         ["Fans roared when Kyrie walked onto the court.",
          "Coach Vance praised Westbrook after the game."],
         absent={"Kyrie Irving", "Russell Westbrook"},
         kinds={"Kyrie": PERSON, "Westbrook": PERSON}),
    Case("a given name tagged alone takes the untagged surname right after it",
         ["The winner will face Jelena Drask on Sunday."],
         present={("Jelena Drask", "Jelena Drask", "name")}, absent={"Jelena"},
         kinds={"Jelena Drask": PERSON}),
    Case("a given name tagged a place that a pronoun of its gender points back to is a person",
         ["Rebecca agrees to wait for the train. She leaves the station alone."],
         kinds={"Rebecca": PERSON}),
    Case("a given name tagged a place followed by a pronoun of the other gender stays a place",
         ["Charlotte voted to expand the stadium. He said the vote was close."],
         kinds={"Charlotte": PLACE}),
    Case("a name the clause calls a person's role keeps the pronoun after the role",
         ["Varnell was the head coach at Minnesota for years. He later coached in Texas."],
         kinds={"Varnell": PERSON}),
    Case("a role the name's clause does not call the name still ends the look for a pronoun",
         ["Varnell hired the head coach at Minnesota for years. He later coached in Texas."],
         kinds={"Varnell": ORG}),
    Case("a party's word in front of a person's name is the person's label, no group",
         ["The choice in the fall was Democrat Jane Holloway.",
          "Polls showed Republican Senate candidate Tom Brackett closing the gap."],
         absent={"Democrat", "Republican"},
         kinds={"Jane Holloway": PERSON, "Tom Brackett": PERSON}),
    Case("a party's word in front of a plain noun stays the party",
         ["The Republican plan failed in the Senate."],
         kinds={"Republican": GROUP}),
    Case("a name set off after a role noun is a person",
         ["Envoys carried gifts to the old king, Varnaxes, at the palace."],
         kinds={"Varnaxes": PERSON}),
    Case("a name set off after a noun that is no role keeps spaCy's reading",
         ["Envoys carried gifts to the old kingdom, Varnaxes, at the palace."],
         kinds={"Varnaxes": ORG}),
    Case("a name set off after a town's or a capital's noun is a place",
         ["She met envoys in the new capital, Belmora Vey, on Monday."],
         kinds={"Belmora Vey": PLACE}),
    Case("a name set off after a person's noun stays a person",
         ["She met the new mayor, Belmora Vey, on Monday."],
         kinds={"Belmora Vey": PERSON}),
    Case("a royal's title, given name and realm tagged a body is the royal",
         ["The race is a charity of Prince Harry of England , for wounded soldiers ."],
         present={("Prince Harry", "Harry", "title")}, kinds={"Harry": PERSON},
         absent={"Prince Harry of England"}),
    Case("a title's word opening a body's name with its city stays no person",
         ["Staff at the King Center of Atlanta met on Monday."],
         absent={"Center", "King Center"}),
    Case("a known company tagged a people's name is an organisation",
         ["Freezing a credit file blocks Experian from reading it."],
         kinds={"Experian": ORG}),
    Case("a name right after a body's or an outlet's noun is a body",
         ["He joined the Denver-based poetry team Fennel Brass last year.",
          "Critics of the fashion magazine Tovrin wrote in."],
         kinds={"Fennel Brass": ORG, "Tovrin": ORG}),
    Case("a name right after a person's noun after a body's noun stays a person",
         ["He met the company founder Quillon Dara."],
         kinds={"Quillon Dara": PERSON}),
    Case("the NRA is the rifle association, not a place",
         ["He spoke at an NRA convention in Ohio."],
         present={("NRA", "National Rifle Association", "alias")},
         kinds={"National Rifle Association": ORG}),
    Case("a capital named as the city itself is no mention of its country",
         ["The bakery sits in Tokyo's Shirokane quarter.",
          "He was the Ankara bureau chief of a weekly.",
          "The caravan reached the old city, Cairo, at dusk."],
         absent={"Japan", "Turkey", "Egypt"}),
    Case("a capital by its bearing, its part, its address or after 'the capital' is the city",
         ["The depot lies 30 miles north of Lisbon.", "Crowds filled downtown Lima.",
          "The press met him in Accra, Ghana, on Monday.",
          "The standoff in the capital Oslo grew."],
         absent={"Portugal", "Peru", "Norway"}, present={("Ghana", "Ghana", "name")}),
    Case("a capital naming a body of the city, its Games, a treaty or its district is the city",
         ["She joined the Lisbon Forum, a Lisbon think tank, in May.",
          "He sang with Oslo's Grand Philharmonic Orchestra twice.",
          "Athletes trained hard for Ankara 2036.",
          "After the Lima climate decision, donors waited.",
          "The rally in Washington   D . C .  drew crowds."],
         absent={"Portugal", "Norway", "Turkey", "Peru", "United States"}),
    Case("a capital with a caption's date right after it is where the photo was taken",
         ["The agency logo is seen before the hearing in Lisbon February 26   2015 ."],
         absent={"Portugal"}),
    Case("a capital whose officials speak on a day named later stays the government",
         ["Officials in Lisbon said on Monday the vote was over."],
         present={("Lisbon", "Portugal", "capital")}),
    Case("a capital owning its ministry, or its officials, stays the government",
         ["Oslo's Foreign Ministry said no.", "Lima officials said 2036 was too soon.",
          "The Lisbon government sent a team."],
         present={("Oslo", "Norway", "capital"), ("Lima", "Peru", "capital"),
                  ("Lisbon", "Portugal", "capital")}),
    Case("a capital joined to a venue by 'and' or 'or' is a venue too",
         ["She marched in Lahore or Islamabad every week."], absent={"Pakistan"}),
    Case("capitals joined after a word that is no venue's stay the governments",
         ["Relations between Moscow and Washington soured."],
         present={("Moscow", "Russia", "capital"), ("Washington", "United States", "capital")}),
    Case("a capital that acts, owns a decision or stands beside officials is its government",
         ["Tokyo's decision surprised Seoul.", "Ankara officials said no.",
          "In the end, Cairo said it would wait."],
         present={("Tokyo", "Japan", "capital"), ("Ankara", "Turkey", "capital"),
                  ("Cairo", "Egypt", "capital")}),
    Case("a cryptocurrency's ticker beside its name is that currency",
         ["The fund predicts that Bitcoin will drop to 1,800 dollars.",
          "To value BTC as a currency, the fund counted payments."],
         present={("BTC", "Bitcoin", "alias")}, absent={"BTC"}),
    Case("a ticker's letters opening another body's name stay that body",
         ["The BTC Group said it would hire."], absent={"Bitcoin"}),
    Case("the US abbreviation written without its last stop before a hyphen is the country",
         ["A force of U.S-trained units began the advance.",
          "The U.S. State Department said it was worried."],
         present={("U.S", "United States", "alias")}, absent={"U.S"}),
    Case("a body's name with its first words written as initials is that body",
         ["She spoke to a Los Angeles Times reporter in May.", "The LA Times story was long."],
         present={("LA Times", "Los Angeles Times", "alias")}, absent={"LA Times"}),
    Case("initials opening another outlet's name do not join a body they do not shorten",
         ["The New York Times ran it.", "Later the NY Post ran it too."],
         present={("NY Post", "NY Post", "name")}),
    Case("a team's nickname clipped beside the team named in full is that team",
         ["The Dallas Mavericks lost three finals.", "Boone's exit from the Mavs left a gap."],
         present={("Mavs", "Dallas Mavericks", "alias")}, absent={"Mavs"}),
    Case("a clipped nickname of another home's club stays that club",
         ["The Milwaukee Bucks won at home.", "The Bucs scored twice."],
         absent={"Bucks"}, no_via={"alias"}),
    Case("a local body's short name is the one longer body of the article it ends",
         ["The Marlow City Council met on Monday.", "The City Council voted to close the pool."],
         present={("City Council", "Marlow City Council", "alias")}, absent={"City Council"}),
    Case("a national body's short name beside a state's longer one stays apart",
         ["The Ohio Supreme Court ruled.", "The Supreme Court had ruled first."],
         present={("Supreme Court", "Supreme Court", "name")}),
    Case("a firm's first word the article makes a body is the one firm it opens",
         ["Kestrel Asset Management offered to buy the chain.",
          "Kestrel raised its stake to 5 percent. Kestrel did not respond."],
         present={("Kestrel", "Kestrel Asset Management", "alias")}, absent={"Kestrel"}),
    Case("a firm's first word the article makes a person stays the person",
         ["Kestrel Asset Management offered to buy the chain.",
          "Kestrel sold his house, and he moved to Ohio."],
         present={("Kestrel", "Kestrel", "name")}, kinds={"Kestrel": PERSON}),
    Case("a people named with its faith is the people named alone",
         ["The envoy spoke of the crackdown on Rohingya Muslims.",
          "He has denounced the persecution of our Rohingya brothers."],
         present={("Rohingya Muslims", "Rohingya", "name")}, absent={"Rohingya Muslims"}),
    Case("the faithful named alone are not the one people named with the faith",
         ["Muslims prayed.", "Rohingya Muslims fled."],
         present={("Muslims", "Muslims", "name")}),
    Case("a name glossed as another language's for the name before it is that actor",
         ["Troops entered Valmora, or Vallmur in Turkish, on Monday.",
          "Valmora fell within hours."],
         present={("Vallmur", "Valmora", "alias")}, absent={"Vallmur"}),
    Case("a name before 'in' and a demonym that goes on is no gloss",
         ["Troops left Valmora, or Vallmur in Turkish hands, on Monday."],
         present={("Vallmur", "Vallmur", "name")}),
    Case("a place's name alone beside the programme named for it is the programme",
         ["Aid under the so-called Arusha Initiative was cut.",
          "Lawmakers asked what Arusha's 2 billion dollars in aid had bought."],
         present={("Arusha", "Arusha Initiative", "alias")}, absent={"Arusha"}),
    Case("a plural name of a family or a band elsewhere stays",
         ["The Voskes of Ohio sued the city."], present={("Voskes", "Voskes", "name")}),
    Case("a government building won or sought is the office it houses, no actor",
         ["Before winning the White House, Dale Mercer sold boats.",
          "Her bid for the White House ended in May."],
         absent={"United States"}),
    Case("a brand before a console, an app or a shoe, or joined to another before one, is no actor",
         ["Tom Marsh logged his runs on the Fitbit and Acme apps.",
          "His son played on an X-Box console.", "She wore Gucci loafers."],
         absent={"Fitbit", "X-Box", "Gucci"}),
    Case("brands joined before a noun that is no product stay",
         ["The Nintendo and Sega talks ended in May, Tom Marsh said."],
         present={("Nintendo", "Nintendo", "name")}),
    Case("a name before a test or a phase of sleep named for it is the test, no actor",
         ["The film became a Rorschach test, and wine spoils REM sleep."],
         absent={"Rorschach", "REM"}),
    Case("scriptures, a Latin tag and a platform's crowd are no actors",
         ["Scholars of the Gospels disagree, Q.E.D.", "The Twittersphere lit up after the gala."],
         absent={"Gospels", "Q.E.D.", "Twittersphere"}),
    Case("a fashion or car house's name alone is the house, a body",
         ["The school uniforms will be designed by Armani.",
          "Jane Roe chose Armani because the brand had a shop nearby."],
         kinds={"Armani": ORG}),
    Case("a house's name that the article gives a person stays the person",
         ["Giorgio Armani opened the show. Armani said he was tired.",
          "Mr. Porsche said he would sell his shares."],
         present={("Armani", "Giorgio Armani", "surname")},
         kinds={"Giorgio Armani": PERSON, "Porsche": PERSON}),
    Case("a name tagged a group that ends with a town's word or comes before a river is a place",
         ["Tom Marsh is the oldest living West Point graduate.",
          "His travels take him to the Ganges river in India."],
         kinds={"West Point": PLACE, "Ganges": PLACE}),
    Case("a people's name before the noun of its people or its quarter stays the group",
         ["The Rohingya people fled to a Rohingya neighborhood."], kinds={"Rohingya": GROUP}),
    Case("a group's word after a or an, heading its phrase, is one member and no group",
         ["Lou Roe is a Spartan to the core, faculty members said."], absent={"Spartan"}),
    Case("a group's word after a or an before a noun, or a party's member, stays",
         ["She met a Hamas leader in Gaza.", "He is a Democrat from Ohio."],
         kinds={"Hamas": GROUP, "Democrat": GROUP}),
    Case("a body's word tagged a person alone, after words that are no given name, ends a body",
         ["The Academy and the Producers Guild have also revoked his membership."],
         kinds={"Producers Guild": ORG}),
    Case("a full name a given name opens stays a person beside a body's word",
         ["The Academy and pitcher Esteban Loaiza have also revoked the deal."],
         kinds={"Esteban Loaiza": PERSON}),
    Case("a name before celebrations or festivities is a feast, no actor",
         ["Crowds filled the streets during the Carnival celebrations in Tarn, Rosa Pell said."],
         absent={"Carnival"}),
    Case("a feast's name that acts elsewhere stays",
         ["Carnival said its ships would sail again in June."], kinds={"Carnival": ORG}),
    Case("a psalm cited by its number is no actor",
         ["The bishop read from Psalm 23 at the service, Rosa Pell said."], absent={"Psalm 23"}),
    Case("an outlet of a portal is an outlet, the portal's news desk still a body",
         ["Her cousin told Yahoo Lifestyle the pair were inseparable.",
          "A Yahoo News article was cited in the filing."],
         absent={"Yahoo Lifestyle"}, kinds={"Yahoo News": ORG}),
    Case("a body whose name joins two words by and is found whole, not as a group and a person",
         ["When the firm began, Barnes and Noble was not yet selling books online.",
          "Her son was a regular at the Boys and Girls Club."],
         present={("Barnes and Noble", "Barnes & Noble", "alias")},
         absent={"Barnes", "Noble", "Boys"}, kinds={"Boys & Girls Clubs of America": ORG}),
    Case("two people joined by and stay two people",
         ["Rosa Barnes and Ian Noble opened the shop in May."],
         kinds={"Rosa Barnes": PERSON, "Ian Noble": PERSON}),
    Case("a newspaper named after its state's people is an outlet, no group",
         ["We are puzzled by the mistake, her lawyer tells the Oregonian."],
         kinds={"Oregonian": ORG}),
    Case("a name whose next word makes it a thing no actor is, is no actor",
         ["Agents made the call minutes after Marine One had taken off, forcing Ian Tarr back."],
         absent={"Marine", "Marine One"}),
    Case("the same name before a noun is still what spaCy tags",
         ["A Marine veteran, Ian Tarr, spoke."], kinds={"Marine": GROUP}),
    Case("a name tagged a person that opens with a plural body's word is a band or a body",
         ["Opening for her on the tour will be Ada Wynn and Brothers Calder."],
         kinds={"Brothers Calder": ORG, "Ada Wynn": PERSON}),
    Case("a person's name opening with a singular body's word stays a person",
         ["Park Min-jun said he would not resign."], kinds={"Park Min-jun": PERSON}),
    Case("a title word that is also an adjective opens a body's name, not a person's",
         ["The order came after a ruling by the General Services Administration to drop Norvex.",
          "Former Major League Baseball pitcher Tomas Renard was arrested on Friday."],
         absent={"Services Administration", "League Baseball"},
         kinds={"General Services Administration": ORG, "Major League Baseball": ORG}),
    Case("near miss: the adjective title before a person's given name is the person's title",
         ["General Halvor Brenn said the troops would stay."], kinds={"Halvor Brenn": PERSON}),
    Case("a home and a team's nickname tagged as a person is the club",
         ["Rumor has it Marco Vell goes to OKC Thunder for 2 players"],
         kinds={"OKC Thunder": ORG, "Marco Vell": PERSON}),
    Case("near miss: a given name before a team's nickname keeps the person",
         ["Howard Hawks directed the film in 1959."], kinds={"Howard Hawks": PERSON}),
    Case("a body's name ending with another body's name after 'of' is found whole",
         ["The song is in the Library of Congress' registry of recordings."],
         absent={"Congress"}, kinds={"Library of Congress": ORG}),
    Case("near miss: a body named alone is not short for the body that is 'of' it",
         ["Congress passed the bill, and the Library of Congress archived it."],
         kinds={"Congress": ORG, "Library of Congress": ORG}),
    Case("films, shows and toys known by their name are no actors",
         ["The kids watched Toy Story twice and then Family Guy at California Adventure.",
          "Dana Ruiz said the dog was shot like Old Yeller.",
          "She wanted a Mega Bloks set and a giant Lite - Brite game."],
         absent={"Toy Story", "Family Guy", "Old Yeller", "Mega Bloks", "Lite - Brite",
                 "California Adventure"},
         kinds={"Dana Ruiz": PERSON}),
    Case("gods and the words of a creed are no actors",
         ["Dana Ruiz said the Osiris myth shaped the New Testament, and the Tao too."],
         absent={"Osiris", "New Testament", "Tao"}, kinds={"Dana Ruiz": PERSON}),
    Case("'Will' opening a question before a surname is the verb, the surname the person",
         ["Will Thornton win Georgia? Sam Thornton trails in the polls."],
         present={("Thornton", "Sam Thornton", "surname")}, absent={"Will Thornton"}),
    Case("near miss: a person named Will addressed in a question stays a person",
         ["Will Thornton, did you win? Sam Thornton trails in the polls."],
         kinds={"Will Thornton": PERSON, "Sam Thornton": PERSON}),
    Case("a military base's name tagged as a body is a place",
         ["After landing on Tuesday, Marco Vell toured Camp Humphreys  a joint military base."],
         kinds={"Camp Humphreys": PLACE, "Marco Vell": PERSON}),
    Case("a book of the Bible cited by chapter and verse is the book wherever named alone",
         ["The reviewer prefers Mark, the shortest of the Gospels.",
          "His reading of Mark 2:3 is odd, said Dana Ruiz."],
         absent={"Mark"}, kinds={"Dana Ruiz": PERSON}),
    Case("near miss: a person named Mark in an article citing no scripture stays a person",
         ["Mark said the game was lost, and Dana Ruiz agreed."],
         kinds={"Mark": PERSON, "Dana Ruiz": PERSON}),
    Case("a town and a site the gazetteer knows are places, no people",
         ["Ground Zero was quiet on the anniversary. Flushing Meadows was wet."],
         kinds={"Ground Zero": PLACE, "Flushing Meadows": PLACE}),
    Case("a golf resort or a dining street named by a place's last word is a place",
         ["Brisk Dunes makes a fine getaway for golfers, Ada Vorn said.",
          "The club on Diner Row closed early."],
         kinds={"Brisk Dunes": PLACE, "Diner Row": PLACE, "Ada Vorn": PERSON}),
    Case("a racing team named after its owner is an organisation",
         ["Kyle Vance drives for Tomas Hendry Motorsports, the team said."],
         kinds={"Tomas Hendry Motorsports": ORG, "Kyle Vance": PERSON}),
    Case("a town written once with its state is a place wherever named",
         ["Ivo Tamber pleaded not guilty on Thursday in Brackmoor, Kentucky.",
          "Tamber and his lawyer practiced in Brackmoor for years."],
         kinds={"Brackmoor": PLACE}),
    Case("near miss: a person's full name before a state stays a person",
         ["Jane Doe, Texas, wrote the letter."],
         kinds={"Jane Doe": PERSON}),
    Case("a name before a subway station is the stop, a place",
         ["Witnesses said the blast hit the Kelby subway station near the Zentro station."],
         kinds={"Kelby": PLACE}),
    Case("an outlet the word lists know is an organisation, whatever spaCy tags it",
         ["The clip spread after Infowars released a video on the subject."],
         kinds={"Infowars": ORG}),
    Case("a name with an age set off after it is a person's",
         ["Kestrova  16  and Delmont  15  were charged as adults."],
         kinds={"Kestrova": PERSON, "Delmont": PERSON}),
    Case("the subject of a clause holding a person's post is a person",
         ["He added that Okubo would also retain the post of deputy prime minister."],
         kinds={"Okubo": PERSON}),
    Case("a name listed after places named after 'in' is a place",
         ["The chain opened new stores in Leeds, Hull, Dorrow and Kelsby on Friday."],
         kinds={"Dorrow": PLACE, "Kelsby": PLACE}),
    Case("near miss: a subject after 'in PLACE and' stays a person",
         ["Turnout was high in Leeds, and Kelsby said he would run."],
         kinds={"Kelsby": PERSON}),
    Case("a place a sports report's verb puts ahead, or that is idle, is its team",
         ["The Hornets lost to Denver 101-96 on Friday. Two late free throws put Denver ahead.",
          "Oregon beat Utah in the playoff while Nebraska was idle."],
         kinds={"Denver": ORG, "Nebraska": ORG}),
    Case("near miss: outside a sports report a place put ahead or idle stays a place",
         ["Two late votes put Denver ahead of Austin in the bid for the convention.",
          "The factory in Nebraska was idle for a week after the storm."],
         kinds={"Denver": PLACE, "Nebraska": PLACE}),
    Case("a place before an outlet's word (a Reporter) opens the outlet's name, no place",
         ["Nora Vale told The Hollywood Reporter that filming had stopped in May."],
         absent={"Hollywood"}, kinds={"Nora Vale": PERSON}),
    Case("near miss: the place named beside a lower-case reporter stays the place",
         ["Nora Vale, who moved to Hollywood in May, spoke to a reporter there."],
         kinds={"Hollywood": PLACE}),
    Case("a body's name written with 'of' for 'on' is the same body",
         ["Dina Ortas spoke at the Council on Global Security on Monday.",
          "Her talk at the Council of Global Security drew a crowd."],
         present={("Council of Global Security", "Council on Global Security", "alias")},
         absent={"Council of Global Security"}),
    Case("near miss: a body's name inside a longer one stays apart despite 'of'",
         ["Dina Ortas left the Bank of Scotland for the Royal Bank of Scotland."],
         kinds={"Bank of Scotland": ORG, "Royal Bank of Scotland": ORG}),
    Case("a name and its possessive alone is the one shop named so",
         ["Ed Marsh will run Dina’s Tavern from June.",
          "Locals hoped Dina’s would reopen, Marsh said."],
         present={("Dina", "Dina’s Tavern", "alias")}, absent={"Dina"}),
    Case("near miss: a possessive that owns a word stays its owner's name",
         ["Ed Marsh will run Dina’s Tavern from June.",
          "Dina Cole said Dina’s husband built the bar."],
         kinds={"Dina Cole": PERSON}, absent={"Dina’s Tavern Cole"}),
    Case("a place's people or a party's member beside the one place or party is that actor",
         ["Ramon Ortiz was born in Puerto Rico and is the only native Puerto Rican on the team.",
          "Li Wen joined the Chinese Communist Party in 1980. A loyal Chinese Communist obeys, "
          "he said."],
         present={("Puerto Rican", "Puerto Rico", "demonym"),
                  ("Communist", "Chinese Communist Party", "alias")},
         absent={"Puerto Rican", "Communist"}),
    Case("near miss: a party's members with no party of that word named stay a group",
         ["Li Wen met the Communists of the town, and Ramon Ortiz met Puerto Ricans in Ohio."],
         absent={"Puerto Rico"}),
    Case("a state and a legislature's word before an election noun is the race, no chamber",
         ["Dale Moore, the Alabama Senate candidate, spoke at a rally on Monday."],
         absent={"Alabama Senate"}, kinds={"Dale Moore": PERSON}),
    Case("near miss: a state's chamber that acts stays the chamber",
         ["The Alabama Senate voted 20-10 to pass the bill on Monday."],
         kinds={"Alabama Senate": ORG}),
    Case("a city opening a public office's untagged name is part of the office's name",
         ["Lawyers at the Manhattan District Attorney’s Office reopened the file in June."],
         present={("Manhattan District Attorney’s Office",
                   "Manhattan District Attorney’s Office", "name")},
         absent={"Manhattan"}),
    Case("near miss: a city before a lower-case office stays the city",
         ["Manhattan police officers closed the road on Friday."],
         kinds={"Manhattan": PLACE}),
    Case("a parent called by a word of address is no actor alone",
         ["Ray Holt shut the plant. One sign read: Dad ruined this town."],
         absent={"Dad"}, kinds={"Ray Holt": PERSON}),
    Case("near miss: a surname opening with a word of address stays a name",
         ["Leah Mumford shut the plant. One sign read: Mumford ruined this town."],
         present={("Mumford", "Leah Mumford", "surname")}),
    Case("a place opening a sports report's sentence after 'For' is its team",
         ["Lena Voss scored twice as the Bruins won the playoff game 3-1 on Sunday.",
          "For Denver, questions about the goalie will linger into the season."],
         kinds={"Denver": ORG}),
    Case("near miss: outside a sports report 'For Denver,' stays the city",
         ["Snow closed the roads on Sunday, said Lena Voss.",
          "For Denver, questions about the budget will linger into the spring."],
         kinds={"Denver": PLACE}),
    Case("a country before an official's office ('US Attorney's office') is the office",
         ["Noor Safi worked as a prosecutor at the US Attorney's office in Denver."],
         present={("US Attorney's office", "US Attorney's office", "name")},
         absent={"United States"}),
    Case("near miss: a country before its organ keeps the country",
         ["Noor Safi served in the US Army in Denver for six years."],
         kinds={"United States": COUNTRY}),
    # fragments, glued names, credits and common words (names38)
    Case("a social network owned by a pronoun is where one spoke, no actor",
         ["Pell Varo is good at using his Twitter and other socials to sell himself."],
         absent={"Twitter"}, kinds={"Pell Varo": PERSON}),
    Case("near miss: a social network acting stays an actor",
         ["Twitter said on Monday that it had suspended the accounts."],
         kinds={"Twitter": ORG}),
    Case("an outlet's programme keeps the outlet's name",
         ["The taco tour got a profile on NBC Nightly News last month."],
         absent={"Nightly News"}),
    Case("a video's caption crediting its reporter names no actor",
         ["CLOSE USA TODAY Sports' Mara Quint previews the race at Dunmore Speedway."],
         absent={"Mara Quint"}),
    Case("near miss: a person owned by a team, not an agency, stays an actor",
         ["The Bulls' Mara Quint scored twenty points on Friday night."],
         kinds={"Mara Quint": PERSON}),
    Case("two surnames run together over a stripped comma are the two people",
         ["Tiger Woods and Phil Mickelson met on Sunday.",
          "Asked if he had called Woods  Mickelson said he had not.",
          "Asked about the coverage of Woods  Mickelson turned the tables."],
         absent={"Woods Mickelson"}, present={("Mickelson", "Phil Mickelson", "surname")}),
    Case("a good Samaritan is no actor",
         ["Witnesses said a good Samaritan pulled the driver out."],
         absent={"Samaritan"}),
    Case("the page's copyright notice and what follows it name no actor",
         ["Mara Quint thanked the volunteers. Copyright © 2017 NPR. NPR transcripts are made "
          "on a rush deadline by Verbatek Inc, an NPR contractor."],
         absent={"NPR", "Verbatek Inc"}, kinds={"Mara Quint": PERSON}),
    Case("near miss: a year without the copyright sign is no notice",
         ["In 2017 NPR hired Verbatek Inc to transcribe its shows."],
         kinds={"Verbatek Inc": ORG}),
    Case("a capitalised common noun between his and the noun it modifies is no person",
         ["Fred Hoiberg soured on waiving his salary next season  not to mention  his  Bird "
          "rights."],
         absent={"Bird"}, kinds={"Fred Hoiberg": PERSON}),
    Case("a headline's list of plural common nouns is no body",
         ["The headline read: Man Ignores Misconduct Of 17 Coworkers  Friends  Acquaintances."],
         absent={"Friends Acquaintances", "Friends", "Acquaintances"}),
    Case("near miss: a body after an adjective and before its noun stays the body",
         ["An ongoing Senate investigation is not enough, said Mara Quint."],
         kinds={"Senate": ORG}),
    # a platform named only as the medium of a message (names40)
    Case("a network a message was posted on, taken to or called by is the medium, no actor",
         ["Ivo Tamber released a statement on Twitter explaining his vote.",
          "Ray Ortiz  took to Twitter today to explain a joke.",
          "The coach said of  Tamber  on Twitter . \"A loss for us all.\"",
          "Lena Ortiz celebrated with  her  teammates via FaceTime after the win."],
         absent={"Twitter", "FaceTime"}, kinds={"Ivo Tamber": PERSON}),
    Case("near miss: a network a common noun is laid on stays an actor",
         ["The fine on Twitter was the largest the regulator had imposed."],
         kinds={"Twitter": ORG}),
    # a place or a country named only inside a longer proper name of something else (names40)
    Case("a country opening an agency named by its remit is no actor",
         ["Tom Reyes recently met with US Capitol Police on the matter."],
         absent={"United States"}, kinds={"US Capitol Police": ORG}),
    Case("near miss: a country opening a ministry is the country",
         ["The Russian Foreign Ministry said on Monday it would respond."],
         kinds={"Russia": COUNTRY}),
    Case("a place opening a quoted title or a law's name is no actor",
         ['On Tuesday the actor Ivo Tamber ("Brooklyn Nine-Nine") said he was hurt.',
          "The suit alleges a violation of the Americans With Disabilities Act."],
         absent={"Brooklyn", "United States"}),
    Case("near miss: a place opening a quoted sentence stays",
         ['"Brooklyn is where I grew up," said Ivo Tamber.'],
         kinds={"Brooklyn": PLACE}),
    Case("a place closing a title given by 'called' is no actor",
         ["Ann Vale wrote a guide in 1929  and one called Gems of Peaks and Lakes of New "
          "Zealand in 1934."],
         absent={"New Zealand"}),
    Case("near miss: a place right after 'called' is the place",
         ["They moved to a town called Springfield in 1990."],
         kinds={"Springfield": PLACE}),
    # venues and landmarks typed organization or person (names40)
    Case("a name ending in 'Station' is a place",
         ["The crew said the Kestrel Space Station would be repaired. The Kestrel Space Station "
          "is old."],
         kinds={"Kestrel Space Station": PLACE}),
    Case("a house or a centre named where one sits, or attacked, is a venue, no actor",
         ["Ann Vale sits in the chamber at Parliament House in Canberra.",
          "Two men attacked the Dorvan Culwell Center in Garland on Sunday."],
         absent={"Parliament House", "Dorvan Culwell Center"}, kinds={"Ann Vale": PERSON}),
    Case("near miss: a house one holds a post at, or a centre acting, stays a body",
         ["Ann Vale is a fellow at Chatham House in London.",
          "The Kestrel Center said it would close."],
         kinds={"Chatham House": ORG, "Kestrel Center": ORG}),
    # page furniture: a keyword list, a line of sources (names40)
    Case("the outlets closing a paragraph after its last sentence are its sources, no actors",
         ["Ivo Tamber said the war was over. Weeks later it is clear the claim was wrong. "
          "Reuters and CNN and Tass (Moscow)"],
         absent={"CNN", "Tass"}),
    Case("near miss: outlets a sentence speaks of stay",
         ["Ivo Tamber said the war was over. CNN and Tass reported the clashes."],
         kinds={"Tass": ORG}),
    # people typed organization (names40)
    Case("a given name, a name particle and a surname tagged a body are a person",
         ["Lars de Mistura met the delegates in Geneva on Monday."],
         kinds={"Lars de Mistura": PERSON}),
    Case("near miss: a given name, a particle and a body's word stay a body",
         ["Jan van Dorn Group said it would sell the unit."],
         kinds={"Jan van Dorn Group": ORG}),
    # a family name shortened (unseen9)
    Case("a surname opened by a particle and a hyphen, written without them, joins the full name",
         ["President Abdel Karim al-Mansouri proposed a truce on Monday.",
          "The talks would resume, President Mansouri said."],
         present={("President Mansouri", "Abdel Karim al-Mansouri", "title")},
         absent={"Mansouri"}),
    Case("the word opening a family name that goes on with particles joins the full name",
         ["President-elect Tomas Dorin da Costa met the speaker on Monday.",
          "Dorin said the talks went well."],
         present={("Dorin", "Tomas Dorin da Costa", "surname")}, absent={"Dorin"}),
    Case("near miss: such a word that opens another full name too is either's, as before",
         ["Maria Jose de Souza and Ana Maria de Lima spoke.", "Maria said the talks went well."],
         present={("Maria", "Maria Jose de Souza", "first_name")}),
    # offices tagged as bodies (unseen9)
    Case("a title and what it is the title of, tagged a body, is a role, its acronym too",
         ["The Minister of Harbour Affairs, Dorin Kesler, attended the meeting with the "
          "Inspector-General of Police (IGP), Ilse Varga."],
         absent={"Minister of Harbour Affairs", "Harbour Affairs", "Inspector-General of Police",
                 "IGP"},
         kinds={"Dorin Kesler": PERSON, "Ilse Varga": PERSON}),
    Case("the staff a Chief heads, and what a Secretary to serves, are part of the title",
         ["The Chief of Naval Staff, Admiral Tomas Brask, and the Secretary to the Government "
          "of the Federation, Ilse Varga, spoke on Monday."],
         absent={"Naval Staff", "Government of the Federation",
                 "Government of the Federation, Ilse Varga"},
         kinds={"Tomas Brask": PERSON}),
    Case("an office's name ending with its role word is no body",
         ["The National Security Adviser, Dorin Kesler, said the port was safe."],
         absent={"National Security Adviser"}, kinds={"Dorin Kesler": PERSON}),
    Case("near miss: a body after another title's 'of', or a known body after 'to', stays",
         ["Ilse Varga, the president of the Chamber of Deputies, met the Ambassador to the "
          "United Nations on Monday."],
         kinds={"Chamber of Deputies": ORG, "United Nations": ORG}),
    Case("near miss: a body an acronym follows, and a party a secretary serves, stay bodies",
         ["The Director-General of the Veldora National Intelligence Agency (VNIA), Ilse "
          "Varga, met the Secretary of the Veldoran Workers Party on Monday."],
         kinds={"Veldora National Intelligence Agency": ORG, "Veldoran Workers Party": ORG}),
    # football reports (unseen9)
    Case("a league's name is a body, never a titled person's surname ('Premier' is a title)",
         ["Premier League manager reaction: Dana Roe, Ilse Varga and more from the opening "
          "weekend",
          "A round-up of the reaction after the opening Saturday of the Premier League season.",
          "Roe said: \"After what happened against Swindon in the (Champions League) "
          "quarter-finals, the striker and the goalkeeper were ready.\""],
         present={("Premier League", "Premier League", "name")},
         # a club competition, like a cup, is an event, no actor (words.json things)
         absent={"Champions League"},
         kinds={"Premier League": ORG, "Dana Roe": PERSON}),
    Case("a town before its manager's 'boss' in a football report is the club",
         ["Bristol City boss Dana Roe thanked the fans after the season opener.",
          "Dana Roe said the striker and the goalkeeper played well in the league.",
          "Bristol City opened their season with a 4-0 thrashing of Swindon."],
         kinds={"Bristol City": ORG, "Swindon": ORG}),
    # court reports (unseen9)
    Case("a lede's common noun in capitals after 'A' is no body",
         ["A MAN accused of robbing a bakery in Brask appeared in court on Monday.",
          "Dana Roe, 41, was remanded in custody."],
         absent={"MAN"}, kinds={"Dana Roe": PERSON}),
    Case("near miss: a station's call sign in capitals after 'A' stays a body",
         ["A KTVX report said the bakery was robbed on Monday."], kinds={"KTVX": ORG}),
    Case("a magistrate's title is no part of her name",
         ["But Magistrate Ilse Varga refused their request for bail on Monday."],
         absent={"Magistrate Ilse Varga"}, kinds={"Ilse Varga": PERSON}),
    Case("a name ending with 'Prison' is a place",
         ["Appearing before Judge Dana Roe via video link from Hadley Prison, where he is on "
          "remand, the defendant spoke briefly."],
         kinds={"Hadley Prison": PLACE, "Dana Roe": PERSON}),
    # title-case headings: a headline, a related story's link, a banner (unseen9)
    Case("a name found only in a title-case heading, never in the sentences, is no actor",
         ["Harbour Board Downplays Flood Warnings",
          "Mayor Ilse Varga said on Monday the river was safe."],
         absent={"Harbour Board Downplays", "Harbour Board Downplays Flood Warnings",
                 "Flood Warnings"},
         kinds={"Ilse Varga": PERSON}),
    Case("a related story's title-case link between paragraphs names no actor of the story",
         ["Dana Roe said the council would vote on Friday.",
          "Kesler Supporters Blocking Roads Attack Police",
          "The vote was delayed."],
         absent={"Kesler Supporters Blocking Roads Attack Police", "Kesler Supporters"}),
    Case("a name in a heading glued to the headline's verb is cut to the name the sentences write",
         ["Veldora: Dorin Meets With the Heads of the Assembly",
          "President-elect Tomas Dorin da Costa met the speaker on Monday.",
          "Dorin said the talks went well."],
         present={("Dorin", "Tomas Dorin da Costa", "surname")},
         absent={"Dorin Meets", "Dorin", "Heads of the Assembly"}),
    Case("near miss: a full name in a heading whose surname the sentences write stays",
         ["Ilse Varga Wins Second Term In Veldora",
          "Varga said on Monday she was grateful to voters."],
         present={("Ilse Varga", "Ilse Varga", "name"), ("Varga", "Ilse Varga", "surname")}),
    Case("a title written as initials, alone or plural, is no body",
         ["If MPs vote tomorrow to stop the talks, the CM said, Dana Roe would resign.",
          "Dana Roe, the CM, met two MEPs on Friday."],
         present={("Dana Roe", "Dana Roe", "name")}, absent={"MPs", "CM", "MEPs"}),
    Case("a known outlet's name as the page's banner line is no actor",
         ["Dublin Telegraph", "Home News World", "Rescue efforts continue amid floods",
          "Rescuers searched the valley on Monday, Dana Roe said."],
         present={("Dana Roe", "Dana Roe", "name")}, absent={"Dublin Telegraph"}),
    Case("a tennis major's category and a club competition are no actors",
         ["Dana Roe is leaving as a Grand Slam champion after a long final.",
          "Kelby United reached the Champions League quarter-finals."],
         present={("Dana Roe", "Dana Roe", "name")},
         absent={"Grand Slam", "Champions League"}),
    Case("an agency tagged with its noun and an outlet polled by or reporting are sources",
         ["Hospital staff in Varnel told AFP news agency that nine people died.",
          "Traders polled by Bloomberg expected the Bank of Karova to hold rates.",
          "Minister Ilan Dorsk was detained at the court, reported Kelby News."],
         present={("Ilan Dorsk", "Ilan Dorsk", "name")},
         absent={"AFP", "AFP news agency", "Bloomberg", "Kelby News"}),
    Case("an outlet described by its noun, owning its reporter, or in an author's note",
         ["The road to Varnel was cut, as reported by the Kelish television channel Dorvo.",
          "Al Jazeera’s Tomas Brell, reporting from nearby Varnel, said the shelling went on.",
          "Lina Osk is a reporter and writer with The Kelby Times"],
         absent={"Dorvo", "Al Jazeera", "Kelby Times", "Lina Osk"}),
    Case("an outlet in the story stays an actor beside an outlet credited in brackets",
         ["Dorvo Party leaders sued The Guardian over its coverage of the vote.",
          "Voters waited for hours at the gates (Ansel Rook, PA)",
          "(The Guardian)"],
         present={("Guardian", "Guardian", "name")}, absent={"Ansel Rook"}),
    Case("a banner's outlet and a dateline in mixed case or with a double dash are no actors",
         [" date 2021-03-04 Kelby Times - Former minister Ilan Dorsk was arrested on Monday.",
          "VARNEL -- An attempt by the rival premier to enter the city failed.",
          "Brightwater - The Kelish monarch has ordered aid for the flooded villages.",
          "DORVO, Kelbin Province - Hundreds of farmers marched on the capital."],
         present={("Ilan Dorsk", "Ilan Dorsk", "name")},
         absent={"Kelby Times", "VARNEL", "Brightwater", "Kelbin Province",
                 "Kelbin Province - Hundreds"}),
    Case("a bill's number, a summit's session, a court case, its parties and a disease",
         ["Lawmakers in Kelby debated Bill C-412 on Tuesday as delegates met at COP31.",
          "The court voted to overturn Dorn v. Quell and Acme Health v. Pryce on Friday.",
          "Justice Varga first voted to overrule Dorn decades ago.",
          "Acme Health said it would keep its clinics open despite COVID-19 rules.",
          "Minister Ilan Dorsk was arrested in the Kelby Trust Case by the bureau."],
         present={("Acme Health", "Acme Health", "name"), ("Ilan Dorsk", "Ilan Dorsk", "name")},
         absent={"Bill C-412", "COP31", "Dorn", "Quell", "Pryce", "COVID-19",
                 "Kelby Trust Case"}),
    Case("a hyphenated acronym and one spaCy missed before a glued sentence join their body",
         ["The Workers Party of Dorvo-Unified Left (WPD-UL) withdrew its support on Friday.",
          "The vote was certified by the Kelish Electoral Board (KEB).In the petition, the "
          "opposition says the KEB erred."],
         present={("WPD-UL", "Workers Party of Dorvo-Unified Left", "alias"),
                  ("KEB", "Kelish Electoral Board", "alias")},
         absent={"WPD-UL", "KEB"}),
]


@pytest.mark.parametrize("case", GOLDEN, ids=[c.pattern for c in GOLDEN])
def test_golden_actor_cases(case: Case) -> None:
    _, r = resolve(case.texts)
    got = found(r)
    assert case.present <= got, sorted(got)
    names = {a.name for a in r.actors}
    assert not case.absent & names, sorted(names)
    kinds = {a.name: a.kind for a in r.actors}
    for name, kind in case.kinds.items():
        assert kinds.get(name) is kind, (name, kinds)
    assert not case.no_via & {via for _, _, via in got}


def test_golden_rows_are_one_per_pattern() -> None:
    assert len({c.pattern for c in GOLDEN}) == len(GOLDEN)


# --------------------------------------------------------------------------- regressions
# One test per bug pattern measured on real news (issue #8); the texts are invented.


def _by_actor(r: Resolution) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for ms in r.mentions:
        for m in ms:
            out.setdefault(m.actor, []).append(m.text)
    return out


def test_regression_victoria_said_is_not_an_actor() -> None:
    _, r = resolve(["Odile Farrant opened the clinic.",
                    "  Odile  said the  funding  was late.  Odile  told donors she would wait."])
    assert {a.name for a in r.actors} == {"Odile Farrant"}
    assert _by_actor(r)["Odile Farrant"] == ["Odile Farrant", "Odile", "Odile", "she"]


def test_regression_lone_surname_first_name_joins_the_full_name() -> None:
    _, r = resolve(["Lee Cook-Jong arrived.", "Lee said the vote was fair."])
    assert [a.name for a in r.actors] == ["Lee Cook-Jong"]


def test_regression_agency_glued_to_a_name_is_cut_off() -> None:
    _, r = resolve(["Grigor Vashti fled.", "Associated Press Vashti said he feared arrest."])
    assert (r.mentions[1][0].text, r.mentions[1][0].actor) == ("Vashti", "Grigor Vashti")


def test_regression_lrb_bracket_is_not_in_a_name() -> None:
    _, r = resolve(["Mara Quint -LRB- left -RRB- waved."])
    assert [m.text for m in r.mentions[0]] == ["Mara Quint"]


def test_regression_heading_glued_to_a_name_is_cut() -> None:
    _, r = resolve(["Corvin Inside the Old Mill"])
    assert all(" " not in m.text for ms in r.mentions for m in ms)


def test_regression_street_named_for_a_person_is_not_an_actor() -> None:
    """"Chris Christie Drive" made a road an actor and its words a surname."""
    _, r = resolve(["They met on Alan Whitcombe Drive.", "Whitcombe said nothing."])
    assert "Alan Whitcombe Drive" not in {a.name for a in r.actors}
    assert all(m.text != "Alan Whitcombe" for ms in r.mentions for m in ms)


def test_regression_person_tagged_organisation_is_a_person() -> None:
    """People as organisations (a singer tagged ORG) are people."""
    _, r = resolve(["Tickets went to Keith Urban and Stormy Daniels.", "Urban smiled."])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Keith Urban"] is PERSON
    assert _by_actor(r)["Keith Urban"] == ["Keith Urban", "Urban"]


def test_regression_city_and_state_are_not_countries() -> None:
    """Chicago and Lansing came out as countries."""
    _, r = resolve(["Chicago police said the Michigan governor had left.",
                    "Lansing rejected the plan."])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"Chicago": PLACE, "Michigan": PLACE}


def test_regression_paris_based_person_is_not_france() -> None:
    _, r = resolve(["The Paris-based activist Lionel Brandt spoke."])
    assert {a.name for a in r.actors} == {"Lionel Brandt"}


def test_regression_capital_after_officials_in_is_the_government() -> None:
    """"Officials in Kyiv" was dropped as a venue."""
    _, r = resolve(["Officials in Ankara said the plan was dead."])
    assert [(m.text, m.actor, m.via) for m in r.mentions[0]] == [("Ankara", "Turkey", "capital")]


def test_regression_description_of_a_leader_goes_to_the_person_not_the_country() -> None:
    _, r = resolve(["President Ilse Varga of Hungary met Chancellor Otto Brenner.",
                    "The Hungarian president said the talks went well."])
    assert [(m.text, m.actor) for m in r.mentions[1]] == [("Hungarian president", "Ilse Varga")]


def test_regression_he_said_after_a_quote_is_kept() -> None:
    """A quote's "he said" in a paragraph of its own went unresolved after a description."""
    _, r = resolve(["President Ilse Varga met Chancellor Otto Brenner.",
                    "The chancellor rejected the offer.",
                    "“It is not enough,” he said."])
    assert [(m.text, m.actor) for m in r.mentions[2]] == [("he", "Otto Brenner")]


def test_regression_she_does_not_go_to_a_man() -> None:
    """"... claims she ..." gave "she" to the man named next to her."""
    _, r = resolve(["Marta Lind accused Peter Hale of fraud. She said he lied to investors."])
    pronouns = {(m.text, m.actor) for ms in r.mentions for m in ms if m.via == "pronoun"}
    assert pronouns == {("She", "Marta Lind"), ("he", "Peter Hale")}


def test_regression_pronoun_gender_learned_from_attached_pronouns() -> None:
    """A given name the table does not know: the first pronoun attached says the gender."""
    _, r = resolve(["Quorra Ambler founded the firm.", "She hired Peter Hale in 2010.",
                    "Later she sued him."])
    got = [(m.text, m.actor) for m in r.mentions[2]]
    assert got == [("she", "Quorra Ambler"), ("him", "Peter Hale")]


def test_regression_relative_does_not_take_the_main_persons_surname() -> None:
    """"Obama" with two Obamas named stayed a third actor."""
    _, r = resolve(["Arthur Penhallow opened the mill in 1990.",
                    "His wife, Clara Penhallow, joined later.",
                    "Penhallow said the mill would stay."])
    assert {a.name for a in r.actors} == {"Arthur Penhallow", "Clara Penhallow"}


def test_regression_two_full_names_in_one_paragraph_keep_the_surname_apart() -> None:
    _, r = resolve(["Anna Berg and Tomas Berg disagreed.", "Berg said the vote was lost."])
    assert all(m.via != "surname" for ms in r.mentions for m in ms)


def test_regression_spelling_variants_are_one_person() -> None:
    _, r = resolve(["Mikheil Tavadze won the vote.", "Mikhail Tavadze thanked voters."])
    assert [a.name for a in r.actors] == ["Mikheil Tavadze"]


def test_regression_mothers_day_is_not_an_actor() -> None:
    _, r = resolve(["Celebrations for Mother's Day drew Lena Ott."])
    assert {a.name for a in r.actors} == {"Lena Ott"}


def test_regression_work_of_art_is_not_an_actor() -> None:
    _, r = resolve(["The play Winter Harbor opened on Friday."])
    assert r.actors == ()


def test_regression_config_person_still_wins_over_a_description() -> None:
    """A user's actor and alias are kept as they are: descriptions never override them."""
    config = ActorConfig(actors=(Actor("Ilse Varga", PERSON, ("the president",)),))
    _, r = resolve(["President Ilse Varga spoke.", "Later the president left."], config)
    assert {(m.text, m.via) for m in r.mentions[1]} == {("the president", "alias")}


def test_regression_some_white_house_is_the_white_house() -> None:
    """A capitalised function word opening the entity ("Some White House") is cut off."""
    _, r = resolve(["Some White House aides left early."])
    assert [(m.text, m.actor, m.via) for m in r.mentions[0]] == [
        ("White House", "United States", "capital")]


def test_regression_title_alone_is_not_an_actor() -> None:
    _, r = resolve(["Sen said the bill was dead, and Gen agreed."])
    assert r.actors == ()


def test_regression_country_inside_a_theatre_name_is_not_the_country() -> None:
    _, r = resolve(["The National Theatre of Great Britain staged it."])
    assert {a.name for a in r.actors} == {"National Theatre of Great Britain"}


def test_regression_object_pronoun_is_not_the_subject_of_its_verb() -> None:
    """"Okoro thanked him": "him" is not Okoro; the clause above says whose it is."""
    _, r = resolve(["Thomas Brenner met Daniel Okoro at the docks.",
                    "Brenner said Okoro thanked him."])
    pronouns = {(m.text, m.actor) for ms in r.mentions for m in ms if m.via == "pronoun"}
    assert pronouns == {("him", "Thomas Brenner")}


def test_regression_pronoun_under_an_unnamed_subject_stays_unresolved() -> None:
    """Two who agree and the clause's subject is not a name ("the clerk"): nobody's."""
    _, r = resolve(["Thomas Brenner met Daniel Okoro at the docks.",
                    "The clerk said he would sell the ship."])
    assert all(m.via != "pronoun" for ms in r.mentions for m in ms)


def test_regression_pronoun_is_not_given_to_a_main_person_barely_ahead() -> None:
    """Brenner named three times, Okoro twice: not far enough ahead to take a lone "He"."""
    _, r = resolve(["Thomas Brenner opened the yard in 1990.", "Brenner hired forty welders.",
                    "Daniel Okoro bought the yard next door. Okoro sells cranes.",
                    "Brenner met Okoro at the docks.", "He said the yard would grow."])
    assert r.mentions[-1] == ()


def test_regression_company_saying_his_is_not_a_person() -> None:
    """"Norvex said his contract would end": "his" is in the clause below, not Norvex's own."""
    _, r = resolve(["Norvex said his contract would end in May.", "He said nothing else."])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds.get("Norvex") is ORG, kinds
    assert all(m.actor != "Norvex" for ms in r.mentions for m in ms if m.via == "pronoun")


def test_regression_name_after_said_is_not_the_speaker() -> None:
    """"Brenner said Okoro lost": Okoro is spoken of; the "he said" after is Brenner's."""
    _, r = resolve(["Thomas Brenner said Daniel Okoro lost the vote.",
                    "“It was close,” he said."])
    assert [(m.text, m.actor) for m in r.mentions[1]] == [("he", "Thomas Brenner")]


def test_regression_quoted_he_is_not_its_own_speaker() -> None:
    """The story's person speaking: the "He" of the quotation is someone else."""
    _, r = resolve(["Thomas Brenner won the final in Lyon.", "Brenner lifted the trophy.",
                    "Brenner thanked the crowd.", "“He played like a champion,” Brenner said."])
    assert all(m.via != "pronoun" for m in r.mentions[-1])


def test_regression_quoted_he_with_he_said_stays_unresolved() -> None:
    """"“He played well,” he said": the speaker may be the story's person; nobody's."""
    _, r = resolve(["Thomas Brenner won the final in Lyon.", "Brenner lifted the trophy.",
                    "Brenner thanked the crowd.", "“He played like a champion,” he said."])
    assert [m.text for m in r.mentions[-1] if m.via == "pronoun"] == ["he"]


def _resolve_tagged(texts: list[str], ents: list[list[tuple[str, str]]]) -> Resolution:
    """Resolve ``texts`` with spaCy's parse but the entities ``ents`` (surface, label) per
    paragraph: the tagger's misses on real news (a surname tagged alone, a person tagged ORG)
    are not reproducible on invented sentences, so the test sets them."""
    article, docs, paragraphs = parse(texts)
    for doc, wanted in zip(docs, ents, strict=True):
        spans = []
        for surface, label in wanted:
            start = doc.text.index(surface)
            spans.append(doc.char_span(start, start + len(surface), label=label))
        doc.set_ents(spans, default="outside")
    r = resolve_mentions(docs, paragraphs)
    for ms in r.mentions:
        assert all(article[m.start:m.end] == m.text for m in ms)
    return r


def test_regression_given_name_left_out_of_the_entity_joins_the_surname() -> None:
    r = _resolve_tagged(["Champion sprinter Teodor Vashko was arrested on Friday.",
                         "Vashko is due in court next week."],
                        [[("Vashko", "PERSON")], [("Vashko", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Teodor Vashko": PERSON}
    assert _by_actor(r)["Teodor Vashko"] == ["Teodor Vashko", "Vashko"]


def test_regression_untagged_full_name_of_an_actor_named_elsewhere_is_found() -> None:
    r = _resolve_tagged(["Police said a Canadian Lam Soo Pyo used coded messages.",
                         "Pyo is facing six charges."],
                        [[("Canadian", "NORP")], [("Pyo", "ORG")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Lam Soo Pyo"] is PERSON and "Pyo" not in kinds
    assert ("Canadian", "Canada", "demonym") in found(r)  # a demonym is not a given name


def test_regression_known_place_in_front_of_a_company_word_is_not_a_given_name() -> None:
    r = _resolve_tagged(["Oslo Dynamics unveiled a robot.", "Dynamics said it would ship."],
                        [[("Dynamics", "ORG")], [("Dynamics", "ORG")]])
    assert "Oslo Dynamics" not in {a.name for a in r.actors}


def test_regression_title_and_name_inside_a_place_entity_is_a_person() -> None:
    r = _resolve_tagged(["It was Ohio Congresswoman Marla Quennell who tweeted first.",
                         "Congresswoman Quennell is with us."],
                        [[("Ohio Congresswoman Marla Quennell", "ORG")],
                         [("Congresswoman Quennell", "ORG")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Marla Quennell"] is PERSON and kinds["Ohio"] is PLACE
    assert ("Congresswoman Quennell", "Marla Quennell", "title") in found(r)


def test_regression_title_word_opening_a_company_name_is_not_a_person() -> None:
    r = _resolve_tagged(["General Electric cut jobs."], [[("General Electric", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"General Electric": ORG}


def test_regression_short_name_of_an_institute_joins_it() -> None:
    r = _resolve_tagged(["The Brenford Institute published the study on Monday.",
                         "Brenford said the figures were sound."],
                        [[("Brenford Institute", "ORG")], [("Brenford", "ORG")]])
    assert _by_actor(r) == {"Brenford Institute": ["Brenford Institute", "Brenford"]}


def test_regression_company_named_for_a_person_keeps_the_surname_apart() -> None:
    r = _resolve_tagged(["Harlan Voss founded Voss Company in 1990.", "Voss said he was proud."],
                        [[("Harlan Voss", "PERSON"), ("Voss Company", "ORG")],
                         [("Voss", "ORG")]])
    assert _by_actor(r)["Harlan Voss"][:2] == ["Harlan Voss", "Voss"]


def test_regression_first_word_of_a_two_word_surname_joins_the_full_name() -> None:
    r = _resolve_tagged(["Michel La Vey runs the unit.", "La Vey said sales grew.",
                         "La said the target was met."],
                        [[("Michel La Vey", "PERSON")], [("La Vey", "PERSON")],
                         [("La", "PERSON")]])
    assert _by_actor(r) == {"Michel La Vey": ["Michel La Vey", "La Vey", "La"]}


def test_regression_role_in_front_of_a_name_is_not_a_given_name() -> None:
    r = _resolve_tagged(["Filmmaker Orrin Delacort said he would not return."],
                        [[("Filmmaker Orrin Delacort", "PERSON")]])
    assert {a.name for a in r.actors} == {"Orrin Delacort"}


def test_regression_place_and_title_tagged_as_a_person_are_not_one() -> None:
    r = _resolve_tagged(["Ohio Governor-Elect Wendell Prask said he will attend."],
                        [[("Ohio Governor-Elect", "PERSON"), ("Wendell Prask", "PERSON")]])
    assert {a.name for a in r.actors} == {"Wendell Prask"}


def test_regression_person_owned_by_a_team_is_a_person() -> None:
    r = _resolve_tagged(["Harbour City’s Tavin Morrow scored 30."],
                        [[("Harbour City’s Tavin Morrow", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Harbour City": ORG, "Tavin Morrow": PERSON}


def test_regression_possessive_inside_a_company_name_keeps_it_whole() -> None:
    r = _resolve_tagged(["Brannigan’s Holdings cut prices."], [[("Brannigan’s Holdings", "ORG")]])
    assert {a.name for a in r.actors} == {"Brannigan’s Holdings"}


def test_regression_social_network_tagged_as_a_person_is_an_organisation() -> None:
    r = _resolve_tagged(["Twitter said it removed the posts."], [[("Twitter", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Twitter": ORG}


def test_regression_photo_credit_with_a_slash_in_one_entity_is_not_an_actor() -> None:
    r = _resolve_tagged(["Rhea Calloway/USA Today Sports Harbour fans cheered."],
                        [[("Rhea Calloway/USA Today Sports", "ORG")]])
    assert not {a.name for a in r.actors} & {"Rhea Calloway/USA Today Sports", "Rhea Calloway"}


def test_regression_city_inside_a_longer_place_name_is_not_the_city() -> None:
    r = _resolve_tagged(["Flooding closed roads in Navi Mumbai on Monday, officials said."],
                        [[("Navi Mumbai", "GPE")]])
    assert "Mumbai" not in {a.name for a in r.actors}


def test_regression_name_a_role_describes_is_a_person() -> None:
    r = _resolve_tagged(["The Harriers placed rookie Delton Fairweather on injured reserve.",
                         "Caring for the sick is a duty, Orla Penhale, a professor of law, said."],
                        [[("Harriers", "ORG"), ("Delton Fairweather", "ORG")],
                         [("Orla Penhale", "ORG")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Delton Fairweather"] is PERSON and kinds["Orla Penhale"] is PERSON
    assert kinds["Harriers"] is ORG


def test_regression_club_after_a_role_noun_stays_a_club() -> None:
    r = _resolve_tagged(["The player Harbour United signed scored twice."],
                        [[("Harbour United", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Harbour United": ORG}


def test_regression_hyphenated_given_name_is_one_name() -> None:
    r = _resolve_tagged(["Yves-Paul Dornier runs the farm."], [[("Yves-Paul Dornier", "PERSON")]])
    assert {a.name for a in r.actors} == {"Yves-Paul Dornier"}


def test_regression_team_named_in_the_plural_is_a_group_not_a_person_or_place() -> None:
    r = _resolve_tagged(["The Harriers beat the Kestrels on Sunday.",
                         "He played for the Falconers in 2011.",
                         "Vance Pellor said the Pellor sisters left."],
                        [[("Kestrels", "GPE")], [("Falconers", "PERSON")],
                         [("Vance Pellor", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Kestrels"] is GROUP and kinds["Falconers"] is GROUP
    assert kinds["Vance Pellor"] is PERSON


def test_regression_outlet_named_in_full_is_not_cut_to_its_last_word() -> None:
    r = _resolve_tagged(["Her lawyer did not answer ABC News' request for comment."],
                        [[("ABC News", "ORG")]])
    assert "News" not in {a.name for a in r.actors}


def test_regression_photo_credit_tagged_as_one_entity_is_not_an_actor() -> None:
    r = _resolve_tagged(["Photo / Ilse Marrow File Supporters gathered at the gate."],
                        [[("Photo / Ilse Marrow File", "ORG")]])
    assert r.actors == ()


def test_regression_person_tagged_organisation_with_a_given_name_missing_from_the_table() -> None:
    """"Aldrick Rosas" tagged ORG stayed an organisation: the table lacked the given name."""
    r = _resolve_tagged(["The kicker lost the job to Gabby Tornquist and Kwame Ossei on Monday.",
                         "Coach Taylor Brandt said the call was hard."],
                        [[("Gabby Tornquist", "ORG"), ("Kwame Ossei", "ORG")],
                         [("Taylor Brandt", "ORG")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"Gabby Tornquist": PERSON, "Kwame Ossei": PERSON, "Taylor Brandt": PERSON}


def test_regression_given_name_that_is_more_often_a_place_or_a_company_is_left_out() -> None:
    """Near miss: "Sandy Hook" and "Morgan Stanley" tagged ORG stay bodies; a name the table
    holds is never a place the gazetteer knows, and a unisex name gives no gender."""
    r = _resolve_tagged(["Sandy Hook mourned and Morgan Stanley gave money."],
                        [[("Sandy Hook", "ORG"), ("Morgan Stanley", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Sandy Hook": ORG, "Morgan Stanley": ORG}
    assert not [n for n in names.GIVEN_NAMES if gazetteer.lookup(n) is not None]
    assert names.given_name_gender("Alex Marr") == "" and "Alex" in names.GIVEN_NAMES


def test_regression_role_noun_opening_a_sentence_is_not_a_person() -> None:
    """"Rapper" and "Sheriff" tagged PERSON at the start of a sentence became people."""
    r = _resolve_tagged(["Rapper said the tour would go on.", "Sheriff added a patrol."],
                        [[("Rapper", "PERSON")], [("Sheriff", "PERSON")]])
    assert r.actors == ()


def test_regression_surname_that_is_a_role_noun_still_joins_the_full_name() -> None:
    """Near miss: "Driver" alone is a role noun, but after "Hollis Driver" it is her surname."""
    r = _resolve_tagged(["Hollis Driver starred in the film.", "Driver said she was tired."],
                        [[("Hollis Driver", "PERSON")], [("Driver", "PERSON")]])
    assert _by_actor(r) == {"Hollis Driver": ["Hollis Driver", "Driver", "she"]}


def test_regression_outlet_tagged_as_a_person_is_an_organisation() -> None:
    """"Huffington Post" and "New York Post" tagged PERSON became people."""
    r = _resolve_tagged(["Wren Halloway sued the Kestrel Post and the Brampton Herald."],
                        [[("Wren Halloway", "PERSON"), ("Kestrel Post", "PERSON"),
                          ("Brampton Herald", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Wren Halloway": PERSON, "Kestrel Post": ORG, "Brampton Herald": ORG}


def test_regression_person_whose_surname_is_an_outlet_word_stays_a_person() -> None:
    """Near miss: "Emily Post" opens with a given name; a person, not an outlet."""
    r = _resolve_tagged(["Critics praised Emily Post for the guide."],
                        [[("Emily Post", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Emily Post": PERSON}


def test_regression_outlet_shortened_to_its_last_word_stays_an_outlet() -> None:
    """"New York Post" became a person because "the Post" stood alone like a surname."""
    r = _resolve_tagged(["A Kestrel Post report named the donor.", "The Post said he paid."],
                        [[("Kestrel Post", "ORG")], [("Post", "ORG")]])
    assert {a.name: a.kind for a in r.actors}["Kestrel Post"] is ORG


def test_regression_dateline_written_without_a_comma_is_not_an_actor() -> None:
    """"NAIROBI  Kenya ( AP ) —" made the city in capitals a place, alone or glued to Kenya."""
    r = _resolve_tagged(["KISUMU   Kenya ( AP ) — Kenya's opposition met on Friday.",
                         "ELDORET  Kenya — Farmers marched."],
                        [[("KISUMU", "GPE")], [("ELDORET  Kenya", "GPE")]])
    names_found = {a.name for a in r.actors}
    assert not names_found & {"KISUMU", "ELDORET Kenya", "ELDORET"}, names_found
    assert "Kenya" in names_found


def test_regression_body_in_capitals_opening_a_paragraph_is_still_an_actor() -> None:
    """Near miss: "NATO, ..." is known, and a name in capitals followed by a verb is no
    dateline."""
    r = _resolve_tagged(["NATO, the alliance, met.", "KESTRELCORP said it would appeal."],
                        [[("NATO", "ORG")], [("KESTRELCORP", "ORG")]])
    assert {a.name for a in r.actors} == {"NATO", "KESTRELCORP"}


def test_regression_agency_photo_credit_tagged_as_one_entity_is_not_an_actor() -> None:
    """"( AP Photo / Ben Curtis   File )" tagged ORG became an organisation."""
    r = _resolve_tagged(["The vote was close. ( AP Photo / Ilse Marrow   File ) Crowds waited."],
                        [[("AP Photo / Ilse Marrow   File", "ORG")]])
    assert r.actors == ()


def test_regression_photo_editor_named_in_prose_after_an_agency_is_an_actor() -> None:
    """Near miss: an agency's photo editor named in a sentence is a person."""
    r = _resolve_tagged(["Ilse Marrow, an AP photo editor, said the file was lost."],
                        [[("Ilse Marrow", "PERSON")]])
    assert {a.name for a in r.actors} == {"Ilse Marrow"}


def test_regression_wire_story_code_is_not_an_actor() -> None:
    """"L2N1PK1N5", a wire story's code tagged ORG, became an organisation; a long acronym
    without digits ("KESTRELAIR") stays one."""
    r = _resolve_tagged(["Shares fell. L7N2QX4B8 Kestrel Holdings and KESTRELAIR said nothing."],
                        [[("L7N2QX4B8", "ORG"), ("Kestrel Holdings", "ORG"),
                          ("KESTRELAIR", "ORG")]])
    assert {a.name for a in r.actors} == {"Kestrel Holdings", "KESTRELAIR"}


def test_regression_name_ends_where_a_bracket_opens_inside_the_entity() -> None:
    """"AT&T Inc (T.N" with its stock code became an organisation of its own; a bracket in front
    of a name is only cut off (near miss)."""
    r = _resolve_tagged(["Kestrel Holdings Inc (KH.N fell. Later (Brampton Mills rose."],
                        [[("Kestrel Holdings Inc (KH.N", "ORG"), ("(Brampton Mills", "ORG")]])
    assert {a.name for a in r.actors} == {"Kestrel Holdings Inc", "Brampton Mills"}


def test_regression_law_and_work_after_its_noun_are_not_actors() -> None:
    """"Individuals With Disabilities Education Act" tagged ORG and "bestseller Nudge" tagged
    PERSON became actors."""
    r = _resolve_tagged(["Wren Halloway praised the Rural Ferries Support Act.",
                         "In her bestseller Tidewater she explained it."],
                        [[("Wren Halloway", "PERSON"), ("Rural Ferries Support Act", "ORG")],
                         [("Tidewater", "PERSON")]])
    assert {a.name for a in r.actors} == {"Wren Halloway"}


def test_regression_body_whose_name_holds_a_law_word_inside_is_an_actor() -> None:
    """Near miss: only the last word marks a law; "the Treaty Alliance Council" acts."""
    r = _resolve_tagged(["The Treaty Alliance Council met Wren Halloway."],
                        [[("Treaty Alliance Council", "ORG"), ("Wren Halloway", "PERSON")]])
    assert {a.name for a in r.actors} == {"Treaty Alliance Council", "Wren Halloway"}


def test_regression_lone_given_name_tagged_as_a_body_is_a_person() -> None:
    """"his daughter Vivian" tagged ORG became an organisation; a city with a given name tagged
    GPE stays a place (near miss)."""
    r = _resolve_tagged(["The host mocked his daughter Vivian on air.",
                         "Charlotte approved the new stadium."],
                        [[("Vivian", "ORG")], [("Charlotte", "GPE")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds.get("Vivian") is PERSON, kinds
    assert kinds.get("Charlotte") is PLACE, kinds


def test_regression_word_in_capitals_in_a_capitals_headline_is_not_an_actor() -> None:
    """"... STREAMS SAYS SECURITY FIRM" made "SECURITY" an organisation; an acronym in a
    sentence in lower case stays one (near miss)."""
    r = _resolve_tagged(["BOXING FIGHT WATCHED ON PIRATED STREAMS SAYS SECURITY FIRM",
                         "The KESTRELAIR board met on Monday."],
                        [[("SECURITY", "ORG")], [("KESTRELAIR", "ORG")]])
    assert {a.name for a in r.actors} == {"KESTRELAIR"}


def test_regression_work_in_spaced_quotation_marks_is_not_an_actor() -> None:
    """Mozart’s “Don Giovanni ” with the corpus's space before the closing mark became a
    person; a name that opens a quotation is still an actor (near miss)."""
    r = _resolve_tagged(["He sang the title role of Verdi’s “Count Orsano ” with ease.",
                         "“ Marta Lind lied to us ,” he said."],
                        [[("Count Orsano", "PERSON")], [("Marta Lind", "PERSON")]])
    assert {a.name for a in r.actors} == {"Marta Lind"}


def test_regression_name_with_a_possessive_at_the_start_of_a_quotation_is_an_actor() -> None:
    """Near miss: the apostrophe of “Marquez’s” or “ Marquez ’ s” closes no quotation."""
    r = _resolve_tagged(["“Stella Marquez’s album sold,” he said.",
                         "“ Dario Fenn ’ s band split ,” she said."],
                        [[("Stella Marquez", "PERSON")], [("Dario Fenn", "PERSON")]])
    assert {a.name for a in r.actors} == {"Stella Marquez", "Dario Fenn"}


def test_regression_singular_demonym_is_not_a_group() -> None:
    """"the Spaniard" tagged NORP became a group; the plural is still the country (near miss)."""
    r = _resolve_tagged(["The Spaniard won in straight sets, and Spaniards cheered."],
                        [[("Spaniard", "NORP"), ("Spaniards", "NORP")]])
    assert {a.name: a.kind for a in r.actors} == {"Spain": COUNTRY}


def test_regression_title_in_quotation_marks_glued_to_a_name_is_cut_off() -> None:
    """"Tchaikovsky’s “Eugene Onegin" tagged as one entity became an organisation; a mark that
    opens the entity is only cut off (near miss)."""
    r = _resolve_tagged(["He sang in Varlov’s “Prince Ostrov ” twice.",
                         "The “Harbour Mills sold out, she said."],
                        [[("Varlov’s “Prince Ostrov", "ORG")], [("“Harbour Mills", "ORG")]])
    assert {a.name for a in r.actors} == {"Varlov", "Harbour Mills"}


def test_regression_place_cut_in_two_by_the_tagger_is_one_place() -> None:
    """"San Luis" and "Obispo County" tagged as two places became two actors; two places with
    the double space of a stripped comma between them stay two (near miss)."""
    r = _resolve_tagged(["Monte Verra Alto County sued the state.",
                         "Kestrel Falls  Ostrava Ridge sued the state too."],
                        [[("Monte Verra", "GPE"), ("Alto County", "GPE")],
                         [("Kestrel Falls", "GPE"), ("Ostrava Ridge", "GPE")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"Monte Verra Alto County": PLACE, "Kestrel Falls": PLACE,
                     "Ostrava Ridge": PLACE}, kinds


def test_regression_verb_of_a_sentence_tagged_as_a_person_is_not_an_actor() -> None:
    """"? Add  Harvey Weinstein  as an interest" (a site's button) made "Add" a person; a name
    that is the subject of its verb stays (near miss)."""
    r = _resolve_tagged(["Interested in Wren Halloway? Add  Wren Halloway  as an interest.",
                         "Mark said the vote was fair."],
                        [[("Wren Halloway", "PERSON"), ("Add  ", "PERSON")], [("Mark", "PERSON")]])
    assert {a.name for a in r.actors} == {"Wren Halloway", "Mark"}


def test_regression_olympic_and_tv_alone_are_not_actors() -> None:
    """"Olympic" tagged PERSON and "TV" tagged ORG became actors; the Olympic committee named in
    full stays one (near miss)."""
    r = _resolve_tagged(["The Olympic champion spoke on TV.",
                         "The Kestrel Olympic Committee met on Monday."],
                        [[("Olympic", "PERSON"), ("TV", "ORG")],
                         [("Kestrel Olympic Committee", "ORG")]])
    assert {a.name for a in r.actors} == {"Kestrel Olympic Committee"}


def test_regression_person_after_a_noun_inside_a_body_entity_is_a_person() -> None:
    """"Nationals fan Lewis Shea" tagged ORG became an organisation; a body whose name goes on
    after a noun without a given name stays whole (near miss)."""
    r = _resolve_tagged(["The Harriers fan Lewis Tornquist was ejected.",
                         "The Kestrel water Board Authority met."],
                        [[("Harriers fan Lewis Tornquist", "ORG")],
                         [("Kestrel water Board Authority", "ORG")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"Lewis Tornquist": PERSON, "Kestrel water Board Authority": ORG}, kinds


def test_regression_word_in_front_of_a_group_is_not_a_given_name() -> None:
    """"Coptic" in front of "Orthodox" (tagged NORP) made "Coptic Orthodox" a person, and
    "Eastern Orthodox" named in full became one as "Orthodox" stood alone; a word in front of a
    surname tagged PERSON still completes the name (near miss)."""
    r = _resolve_tagged(["Francis met Coptic Orthodox leaders.", "Orthodox bishops agreed.",
                         "The Eastern Orthodox churches sent envoys.",
                         "Champion sprinter Teodor Vashko won.", "Vashko is fast."],
                        [[("Orthodox", "NORP")], [("Orthodox", "NORP")],
                         [("Eastern Orthodox", "NORP")],
                         [("Vashko", "PERSON")], [("Vashko", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert PERSON not in {kinds.get("Coptic Orthodox"), kinds.get("Eastern Orthodox")}, kinds
    assert kinds.get("Teodor Vashko") is PERSON, kinds


def test_regression_initials_used_as_a_given_name_make_a_person() -> None:
    """"AJ Neuharth-Keusch" tagged ORG stayed an organisation; "JP Kestrel" (initials the table
    leaves out, as in a bank's name) stays a body (near miss)."""
    r = _resolve_tagged(["AJ Tornquist took the photo for JP Kestrel."],
                        [[("AJ Tornquist", "ORG"), ("JP Kestrel", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"AJ Tornquist": PERSON, "JP Kestrel": ORG}


def test_regression_month_short_form_movement_and_lone_news_are_not_actors() -> None:
    """"Jun" of a date, "MeToo" and "News" alone became people or bodies; "Hollywood" is a
    place; "Jan", a given name as well as a month, still joins "Jan Kowal" (near miss)."""
    r = _resolve_tagged(["Posted Jun 12 by the MeToo page of Harbour News.",
                         "News spread fast and Hollywood cheered.", "Jan Kowal spoke.",
                         "Jan left."],
                        [[("Jun", "PERSON"), ("MeToo", "PERSON"), ("Harbour News", "ORG")],
                         [("News", "ORG"), ("Hollywood", "PERSON")],
                         [("Jan Kowal", "PERSON")], [("Jan", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert not {"Jun", "MeToo", "News"} & set(kinds), kinds
    assert kinds.get("Hollywood") is PLACE and kinds.get("Jan Kowal") is PERSON, kinds
    assert ("Jan", "Jan Kowal", "first_name") in found(r)


def test_regression_month_cut_out_of_a_date_tagged_as_a_person_is_not_an_actor() -> None:
    """"Jun 5  2016" tagged PERSON left "Jun" as a person; a person tagged beside it stays."""
    r = _resolve_tagged(["A post shared by Wren Halloway on Jun 5  2016 at noon."],
                        [[("Wren Halloway", "PERSON"), ("Jun 5  2016", "PERSON")]])
    assert {a.name for a in r.actors} == {"Wren Halloway"}


def test_regression_photo_credit_of_a_person_and_a_source_slashed_is_not_an_actor() -> None:
    """"Sputnik/Alexei Nikolsky/Kremlin" (agency, photographer, source) became a person; a slashed
    alliance of two parties stays an actor (near miss)."""
    r = _resolve_tagged(["Putin smiled. Sputnik/Alexei Tornquist/Kremlin",
                         "The Harbour Union/Kestrel Union alliance won."],
                        [[("Sputnik/Alexei Tornquist/Kremlin", "PERSON")],
                         [("Harbour Union/Kestrel Union", "ORG")]])
    assert not {"Sputnik/Alexei Tornquist/Kremlin", "Alexei Tornquist", "Sputnik"} & {
        a.name for a in r.actors}
    assert "Harbour Union/Kestrel Union" in {a.name for a in r.actors}


def test_regression_language_tagged_as_a_group_is_not_an_actor() -> None:
    """"Arabic" tagged NORP became a group; "Arabs" named as people stay (near miss)."""
    r = _resolve_tagged(["The sign was written in Arabic, and Arabs read it."],
                        [[("Arabic", "NORP"), ("Arabs", "NORP")]])
    assert "Arabic" not in {a.name for a in r.actors}


def test_regression_town_tagged_as_a_person_is_a_place() -> None:
    """"Beverly Hills" tagged PERSON became a person (and took the descriptions of one); a
    person whose surname is "Hill" stays a person (near miss)."""
    r = _resolve_tagged(["Beverly Heights voted to ban the sale.", "Beverly Hill said no."],
                        [[("Beverly Heights", "PERSON")], [("Beverly Hill", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"Beverly Heights": PLACE, "Beverly Hill": PERSON}, kinds


def test_regression_name_written_twice_and_award_alone_are_cut() -> None:
    """"Toy Story Toy Story" stayed whole and "Grammy" alone became a person; a name whose
    words repeat only in part ("Harbour Harbour Mills") is kept, and so is a currency a story
    is about ("Bitcoin", a PerSenT main entity) (near misses)."""
    r = _resolve_tagged(["Kestrel Mills Kestrel Mills won a Grammy paid in Bitcoin.",
                         "Harbour Harbour Mills lost."],
                        [[("Kestrel Mills Kestrel Mills", "ORG"), ("Grammy", "PERSON"),
                          ("Bitcoin", "PERSON")], [("Harbour Harbour Mills", "ORG")]])
    assert {a.name for a in r.actors} == {"Kestrel Mills", "Harbour Harbour Mills", "Bitcoin"}


def test_regression_company_named_after_a_person_named_too_stays_a_company() -> None:
    """"Walt Disney Co" and "Walt Disney Animation Studios" became Walt Disney once "Walt" was a
    given name; a verb glued to the person's name is still cut off (near miss)."""
    r = _resolve_tagged(["Tavin Morrow Co hired staff.", "Tavin Morrow Animation Studios grew.",
                         "He was praised as a modern-day Tavin Morrow.",
                         "Add Tavin Morrow to the list."],
                        [[("Tavin Morrow Co", "ORG")], [("Tavin Morrow Animation Studios", "ORG")],
                         [("Tavin Morrow", "PERSON")], [("Add Tavin Morrow", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"Tavin Morrow Co": ORG, "Tavin Morrow Animation Studios": ORG,
                     "Tavin Morrow": PERSON}, kinds


def test_regression_hyphenated_or_untabled_given_name_tagged_organisation_is_a_person() -> None:
    """"Jean-Yves Thibaudet", "Logan Paulsen" and "Annabella Sciorra" tagged ORG stayed bodies:
    a hyphenated given name was looked up whole, and common given names were missing from the
    table. A hyphen before a lower-case word opens no second given name (near miss)."""
    r = _resolve_tagged(["Jean-Remy Tavernier, Mason Brisk and Annabella Vortice signed.",
                         "Anti-Kestrel Union members marched."],
                        [[("Jean-Remy Tavernier", "ORG"), ("Mason Brisk", "ORG"),
                          ("Annabella Vortice", "ORG")], [("Anti-Kestrel Union", "ORG")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"Jean-Remy Tavernier": PERSON, "Mason Brisk": PERSON,
                     "Annabella Vortice": PERSON, "Anti-Kestrel Union": ORG}, kinds
    assert names.given_name_gender("Hans-Georg Tallin") == "m"
    assert not names.is_given_name("Jean-pierre") and names.is_given_name("Jean-Pierre")


def test_regression_speaker_named_after_a_quotation_is_a_person() -> None:
    """"“…” Gordenker said" and "“…” Stephanopoulos said" with the surname tagged ORG stayed
    organisations. A company named in front of what it says, an outlet after a quotation, and
    a name after a quotation that ended its own sentence stay bodies (near misses)."""
    r = _resolve_tagged(["“The painting is by the master himself,” Tanigawa said.",
                         "Kestrelcorp said it opposed the rule.",
                         "“The rule will be repealed,” the Times said.",
                         "“We will act fast.” Harbourline would not confirm the review."],
                        [[("Tanigawa", "ORG")], [("Kestrelcorp", "ORG")], [("Times", "ORG")],
                         [("Harbourline", "ORG")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Tanigawa"] is PERSON and kinds["Kestrelcorp"] is ORG, kinds
    assert kinds.get("Times", ORG) is ORG and kinds["Harbourline"] is ORG, kinds


def test_regression_well_known_company_tagged_as_a_person_or_place_is_an_organisation() -> None:
    """"Pixar" and "Volkswagen" tagged PERSON became people, "Netflix" tagged GPE a place; a
    person whose surname is also a brand stays a person (near miss: such brands stay out of
    the table)."""
    r = _resolve_tagged(["Pixar said the film was late.", "Netflix refused to comment.",
                         "Ford said he would sign."],
                        [[("Pixar", "PERSON")], [("Netflix", "GPE")], [("Ford", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Pixar": ORG, "Netflix": ORG, "Ford": PERSON}
    assert not [n for n in gazetteer.COMPANIES if n in names.GIVEN_NAMES]


def test_regression_orchestra_school_and_body_ending_in_a_country_code_are_not_people() -> None:
    """"New York Philharmonic", "Virginia Tech" and "Sport Resolutions UK" tagged PERSON became
    people, and "North American Leaders Summit" an organisation; a person named beside them
    stays one (near miss)."""
    r = _resolve_tagged(["Harbour Philharmonic and Kestrel Tech backed Sport Appeals UK.",
                         "Maren Oduya spoke at the Northern Leaders Summit."],
                        [[("Harbour Philharmonic", "PERSON"), ("Kestrel Tech", "PERSON"),
                          ("Sport Appeals UK", "PERSON")],
                         [("Maren Oduya", "PERSON"), ("Northern Leaders Summit", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Harbour Philharmonic": ORG, "Kestrel Tech": ORG, "Sport Appeals UK": ORG,
        "Maren Oduya": PERSON}


def test_regression_team_nickname_tagged_as_a_person_or_place_is_a_body() -> None:
    """"Jets" tagged PERSON became a person and "Eagles" tagged GPE a place; a known team's
    nickname tagged as a group is the club too, a body (it was a group, so one team was listed
    as a group in one story and an organisation in the next)."""
    r = _resolve_tagged(["Jets lost again.", "Eagles said the deal was done.",
                         "Dodgers fans left early."],
                        [[("Jets", "PERSON")], [("Eagles", "GPE")], [("Dodgers", "NORP")]])
    assert {a.name: a.kind for a in r.actors} == {"Jets": ORG, "Eagles": ORG, "Dodgers": ORG}


def test_regression_known_team_tagged_as_a_group_is_an_organisation() -> None:
    """"the Eagles" and "the Steelers" tagged NORP were listed as groups, where the same clubs
    tagged ORG elsewhere were organisations. Near miss: a plural after "the" that is no known
    team ("the Kestrels", maybe a family) stays a group."""
    r = _resolve_tagged(["The Steelers beat the Kestrels on Sunday."],
                        [[("Steelers", "NORP"), ("Kestrels", "NORP")]])
    assert {a.name: a.kind for a in r.actors} == {"Steelers": ORG, "Kestrels": GROUP}


def test_regression_body_joined_by_and_to_a_person_is_a_person() -> None:
    """"Bryant and coach Phil Jackson" with "Bryant" tagged ORG left Bryant an organisation. A
    body joined to a company spaCy took for a person, and a group joined to a person, stay
    what they are (near misses)."""
    r = _resolve_tagged(["Tallisker and coach Mara Quint have built trust.",
                         "Harbourline and Tesco cut prices.",
                         "Ravenites and Mara Quint met."],
                        [[("Tallisker", "ORG"), ("Mara Quint", "PERSON")],
                         [("Harbourline", "ORG"), ("Tesco", "PERSON")],
                         [("Ravenites", "NORP"), ("Mara Quint", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Tallisker"] is PERSON and kinds["Harbourline"] is ORG, kinds
    assert kinds["Ravenites"] is GROUP, kinds


def test_regression_programme_product_index_and_award_named_alone_are_not_actors() -> None:
    """"DACA" and "FTSE" tagged ORG, "Tylenol" and "PowerPoint" tagged ORG and "Oscar" tagged
    PERSON became actors; a person whose given name is an award's stays a person (near miss)."""
    r = _resolve_tagged(["Wren Halloway lost her DACA status and her FTSE shares.",
                         "She took Tylenol before the PowerPoint talk.",
                         "She won an Oscar, said Oscar Tornquist."],
                        [[("Wren Halloway", "PERSON"), ("DACA", "ORG"), ("FTSE", "ORG")],
                         [("Tylenol", "ORG"), ("PowerPoint", "ORG")],
                         [("Oscar", "PERSON"), ("Oscar Tornquist", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Wren Halloway": PERSON,
                                                  "Oscar Tornquist": PERSON}


def test_regression_show_final_award_and_index_are_not_actors() -> None:
    """"North American International Auto Show", "NBA Conference Finals", "Academy Award" and
    "Bloomberg's Billionaires Index" (the index read as a person the body owns) tagged ORG or
    PERSON became actors; a league named beside them stays (near miss)."""
    r = _resolve_tagged(["The Kestrel Motor Show opened.", "The Harbour League Finals began.",
                         "She won a Harbour Award.", "He tops the Kestrel Billionaires Index.",
                         "He tops Kestrel's Billionaires Index.", "The Harbour League met."],
                        [[("Kestrel Motor Show", "ORG")], [("Harbour League Finals", "ORG")],
                         [("Harbour Award", "ORG")], [("Kestrel Billionaires Index", "PERSON")],
                         [("Kestrel's Billionaires Index", "ORG")], [("Harbour League", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Harbour League": ORG}


def test_regression_english_county_tagged_as_a_person_is_a_place() -> None:
    """"Yorkshire" and "Worcestershire" tagged PERSON (the county's cricket side) became
    people; a person whose surname is a county left out of the table stays a person (near
    miss)."""
    r = _resolve_tagged(["Yorkshire beat Worcestershire by six wickets.",
                         "Mara Kent took four wickets for them."],
                        [[("Yorkshire", "PERSON"), ("Worcestershire", "PERSON")],
                         [("Mara Kent", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Yorkshire": PLACE, "Worcestershire": PLACE,
                                                  "Mara Kent": PERSON}


def test_regression_word_the_article_writes_in_lower_case_is_not_an_actor() -> None:
    """"String" (a title's last word, beside "string theory") tagged PERSON and "Magazine" (cut
    from "Harbour Times Magazine", beside "the magazine") tagged ORG became actors. A surname the
    article also writes as a word but joins to a full name, and an outlet named "the Post",
    stay (near misses)."""
    r = _resolve_tagged(["He wrote a book called Rope And String about string theory.",
                         "Mara Quint told the Harbour Times Magazine that the magazine lied.",
                         "Page said the page was blank, and Wren Page left.",
                         "The Post said the post was filled."],
                        [[("String", "PERSON")],
                         [("Mara Quint", "PERSON"), ("Harbour Times", "ORG"), ("Magazine", "ORG")],
                         [("Wren Page", "PERSON"), ("Page", "PERSON")],
                         [("Post", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Mara Quint": PERSON, "Wren Page": PERSON,
                                                  "Post": ORG}


def test_regression_airport_and_arena_are_not_actors() -> None:
    """"Hartsfield-Jackson International Airport" and "Moda Center"-like grounds ("Pauley
    Pavilion") tagged ORG became organisations; the club that plays there stays (near miss)."""
    r = _resolve_tagged(["The Harbour Rovers flew out of Kestrel International Airport.",
                         "They lost at the Tallisker Arena and the Brask Pavilion."],
                        [[("Harbour Rovers", "ORG"), ("Kestrel International Airport", "ORG")],
                         [("Tallisker Arena", "ORG"), ("Brask Pavilion", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Harbour Rovers": ORG}


def test_regression_rank_glued_to_the_end_of_a_body_is_not_part_of_its_name() -> None:
    """"Coast Guard Rear" and "Coast Guard Adm." (of "Coast Guard Rear Adm. <name>"), "Air Force
    Col" and a lone "Rear Admiral" tagged ORG became organisations under those names; the body
    is "Coast Guard", and a rank alone is no actor. A body whose name ends in "General" stays
    whole (near miss)."""
    r = _resolve_tagged(["The Harbour Coast Guard Rear Adm. Mara Quint said the search went on.",
                         "Kestrel Air Force Col. Wren Page testified.",
                         "A Rear Admiral spoke.", "The Brask Surgeon General warned."],
                        [[("Harbour Coast Guard Rear", "ORG"), ("Mara Quint", "PERSON")],
                         [("Kestrel Air Force Col", "ORG"), ("Wren Page", "PERSON")],
                         [("Rear Admiral", "ORG")], [("Brask Surgeon General", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Harbour Coast Guard": ORG, "Mara Quint": PERSON, "Kestrel Air Force": ORG,
        "Wren Page": PERSON, "Brask Surgeon General": ORG}


def test_regression_two_names_joined_by_and_in_one_body_are_two_actors() -> None:
    """"Federer and Nadal" and "Bulls and Jazz" tagged ORG became one organisation (taking the
    "Nadal" mentions as its short name); each half is its own actor where the article names it
    apart or it is a known team. A firm named for two people never named apart stays whole
    (near miss)."""
    r = _resolve_tagged(["Tomas Brenner lost to Osk in the final.",
                         "Only Ilya Rusk has beaten both Brenner and Osk twice.",
                         "The Bulls and Jazz traded picks.", "They hired Quintvale and Brask."],
                        [[("Tomas Brenner", "PERSON"), ("Osk", "PERSON")],
                         [("Ilya Rusk", "PERSON"), ("Brenner and Osk", "ORG")],
                         [("Bulls and Jazz", "ORG")], [("Quintvale and Brask", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Tomas Brenner": PERSON, "Osk": PERSON, "Ilya Rusk": PERSON, "Bulls": ORG,
        "Jazz": ORG, "Quintvale and Brask": ORG}
    assert _by_actor(r)["Tomas Brenner"] == ["Tomas Brenner", "Brenner"]


def test_regression_a_party_word_glued_to_a_name_is_not_part_of_the_person() -> None:
    """"Libertarian Cliff Hyra" tagged as one person became a person under that name; the person
    is "Cliff Hyra". A name that opens with a party word and has one word after it ("Tory
    Brask") is a person's own (near miss)."""
    r = _resolve_tagged(["Libertarian Wendel Quarry polled two percent.",
                         "Tory Brask designed the dress."],
                        [[("Libertarian Wendel Quarry", "PERSON")], [("Tory Brask", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Wendel Quarry": PERSON, "Tory Brask": PERSON}


def test_regression_a_name_owning_a_presidency_or_a_campaign_is_a_person() -> None:
    """"Trump" tagged ORG throughout an article that never gives his full name ("former Trump
    campaign manager", "Trump's campaign", "the Trump presidency") became an organisation; a
    known company running a campaign stays a company (near miss)."""
    r = _resolve_tagged(["Former Brasko campaign manager Ilse Varga was charged.",
                         "Varga ran Brasko’s campaign.", "It went on into the Brasko presidency.",
                         "Pixar's campaign began."],
                        [[("Brasko", "ORG"), ("Ilse Varga", "PERSON")],
                         [("Varga", "PERSON"), ("Brasko", "ORG")], [("Brasko", "ORG")],
                         [("Pixar", "ORG")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Brasko"] is PERSON and kinds["Pixar"] is ORG


def test_regression_a_party_or_a_gun_maker_tagged_as_a_person_is_an_organisation() -> None:
    """"Sinn Féin" and "Sig Sauer" tagged PERSON became people; a party known by a name that
    is no party word, and a company in the table, are organisations whatever spaCy tags them.
    A person beside them stays a person (near miss)."""
    r = _resolve_tagged(["Sinn Féin said the talks had failed.",
                         "Mara Quint carried a Sig Sauer pistol."],
                        [[("Sinn Féin", "PERSON")],
                         [("Mara Quint", "PERSON"), ("Sig Sauer", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Sinn Féin": ORG, "Sig Sauer": ORG,
                                                  "Mara Quint": PERSON}


def test_regression_a_party_by_its_initials_or_one_word_and_a_drug_maker_named_once_are_bodies(
        ) -> None:
    """"Labour" and "Umno" tagged PERSON, named once, became people, and "Merck" a person beside
    a drug trial; parties known by one word or by their initials (words.json parties) and the
    companies of the table are organisations whatever spaCy tags them. A person named once
    beside them stays a person (near miss), and a party tagged NORP stays a group."""
    r = _resolve_tagged(["Labour councillors backed the plan, and Umno walked out.",
                         "Merck shipped the doses, Tavi Orlen said.",
                         "The ANC supporters marched."],
                        [[("Labour", "PERSON"), ("Umno", "PERSON")],
                         [("Merck", "PERSON"), ("Tavi Orlen", "PERSON")],
                         [("ANC", "NORP")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"Labour": ORG, "Umno": ORG, "Merck": ORG, "Tavi Orlen": PERSON,
                     "ANC": ActorKind.GROUP}, kinds
    assert not [n for n in gazetteer.PARTIES if n in names.GIVEN_NAMES]

def test_regression_usa_today_sports_in_a_photo_credit_is_not_an_actor() -> None:
    """"USA TODAY Sports", the photo service in credits ("Jane Doe-USA TODAY Sports"), tagged
    ORG became an organisation; the paper itself stays (near miss)."""
    r = _resolve_tagged(["Mara Quint runs. ( Photo: Wren Page, USA TODAY Sports )",
                         "USA Today sued the city."],
                        [[("Mara Quint", "PERSON"), ("Wren Page", "PERSON"),
                          ("USA TODAY Sports", "ORG")],
                         [("USA Today", "ORG")]])
    names_found = {a.name for a in r.actors}
    assert "USA TODAY Sports" not in names_found
    assert {"Mara Quint", "USA Today"} <= names_found


def test_regression_titles_of_works_named_as_examples_or_in_quotes_are_not_actors() -> None:
    """"Frozen" and "Moana" in "hits such as Frozen and Moana", tagged PERSON, and "Shakespeare"
    opening the quoted title "Shakespeare in Love" became people. A person named as an example
    of people, and one opening a quoted sentence, stay people (near misses)."""
    r = _resolve_tagged(["The studio made hits such as Wintervale and Brasko.",
                         'He produced "Varga in Love " for the studio.',
                         "Producers such as Ilse Quint praised it.",
                         '"Tomas Brenner is wrong," said Mara Quint.'],
                        [[("Wintervale", "PERSON"), ("Brasko", "PERSON")], [("Varga", "PERSON")],
                         [("Ilse Quint", "PERSON")],
                         [("Tomas Brenner", "PERSON"), ("Mara Quint", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Ilse Quint": PERSON, "Tomas Brenner": PERSON,
                                                  "Mara Quint": PERSON}


def test_regression_an_acronym_defined_in_brackets_is_the_name_before_it() -> None:
    """"the National Rifle Association (NRA)" with every later "NRA" tagged GPE left the NRA a
    place beside the association; "the Individuals With Disabilities Education Act (IDEA)"
    left the law's acronym an organisation. An acronym in brackets after a place (a dateline)
    defines nothing (near miss)."""
    r = _resolve_tagged(["Mara Quint joined the Harbour Rifle Association (HRA) in May.",
                         "The HRA said it would sue.",
                         "She cited the Kestrel Schools Act (KSA) in court.",
                         "The KSA requires ramps.", "Brask (KTV) reported it."],
                        [[("Mara Quint", "PERSON"), ("Harbour Rifle Association", "ORG"),
                          ("HRA", "ORG")],
                         [("HRA", "GPE")], [("Kestrel Schools Act", "LAW"), ("KSA", "ORG")],
                         [("KSA", "ORG")], [("Brask", "GPE"), ("KTV", "ORG")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"Mara Quint": PERSON, "Harbour Rifle Association": ORG, "Brask": PLACE,
                     "KTV": ORG}, kinds
    assert _by_actor(r)["Harbour Rifle Association"] == ["Harbour Rifle Association", "HRA",
                                                         "HRA"]


def test_regression_a_company_named_for_its_founder_takes_the_surname_alone() -> None:
    """"Disney said" beside "Walt Disney Co" and "Walt Disney" tagged PERSON joined Walt Disney,
    the man, who took the company's mentions; the surname alone is the company named with a
    corporate ending. The man's full name stays his (near miss), and so does a founder whose
    foundation is named after her."""
    r = _resolve_tagged(["Wendel Brasko Co executive Ilse Varga left.",
                         "She was praised as a modern-day Wendel Brasko.",
                         "Brasko said she was missed.",
                         "Mara Quint spoke for the Mara Quint Foundation."],
                        [[("Wendel Brasko Co", "ORG"), ("Ilse Varga", "PERSON")],
                         [("Wendel Brasko", "PERSON")], [("Brasko", "PERSON")],
                         [("Mara Quint Foundation", "ORG"), ("Mara Quint", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"Wendel Brasko Co": ORG, "Ilse Varga": PERSON, "Wendel Brasko": PERSON,
                     "Mara Quint": PERSON,
                     "Mara Quint Foundation": ORG}, kinds
    assert _by_actor(r)["Wendel Brasko Co"] == ["Wendel Brasko Co", "Brasko"]


def test_regression_a_name_ending_in_institution_is_not_a_person() -> None:
    """"Franklin Correctional Institution" tagged PERSON became a person; a name ending in
    "Institution" is a body, like one ending in "Institute". A person beside it stays a person
    (near miss)."""
    r = _resolve_tagged(["Mara Quint died at Wendel Correctional Institution in May."],
                        [[("Mara Quint", "PERSON"), ("Wendel Correctional Institution", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Mara Quint": PERSON,
                                                  "Wendel Correctional Institution": ORG}


def test_regression_a_name_run_together_from_capitalised_words_is_not_a_person() -> None:
    """"ContextMedia" and "GrowthLab" tagged PERSON ("GrowthLab said") became people; one word
    run together from capitalised words is a company's or a brand's name. A surname written so
    after a particle stays a person (near miss)."""
    r = _resolve_tagged(["HarbourLink said it would hire.", "VanderKest said he would stay."],
                        [[("HarbourLink", "PERSON")], [("VanderKest", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"HarbourLink": ORG, "VanderKest": PERSON}


def test_regression_an_iraqi_or_syrian_armed_group_tagged_as_a_person_is_a_group() -> None:
    """"Asaib Ahl al-Haq" and "Jabhat al-Nusra" tagged PERSON became people, and "League of the
    Righteous" a second organisation; armed groups the table knows are groups, one actor under
    all their names. The group's commander stays a person (near miss)."""
    r = _resolve_tagged(["Commander Qais Varga of Asaib Ahl al-Haq spoke.",
                         "The League of the Righteous fought beside Jabhat al-Nusra."],
                        [[("Qais Varga", "PERSON"), ("Asaib Ahl al-Haq", "PERSON")],
                         [("League of the Righteous", "ORG"), ("Jabhat al-Nusra", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Qais Varga": PERSON, "Asaib Ahl al-Haq": GROUP,
                                                  "Nusra Front": GROUP}


def test_regression_a_street_at_a_corner_is_not_an_actor() -> None:
    """"Kedzie" in "the corner of Kedzie and Montrose" tagged PERSON became a person; streets
    named at a corner or an intersection are where, not who. A person named after "of" in
    another phrase stays (near miss)."""
    r = _resolve_tagged(["He owned a shop at the corner of Brasko and Tallis.",
                         "It was a gift of Mara Quint."],
                        [[("Brasko", "PERSON"), ("Tallis", "PERSON")], [("Mara Quint", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Mara Quint": PERSON}


def test_regression_credit_in_closing_brackets_or_glued_to_page_furniture_is_not_an_actor() -> None:
    """Credits and page furniture were listed: a photographer credited under each photo
    ("(Jane Doe/The Post)" closing a caption, spaCy tagging "Jane Doe/"), an agency's credit
    with "Updated" glued on, "X/File Photo", and USA Today's "CLOSE" or "Enlarge" glued to a name.
    Near misses: a name in closing brackets without a slash, and the subject of a BBC caption
    ("Image caption Jane Doe won ...") stay actors."""
    r = _resolve_tagged(
        ["Ines Barrow walked to the clinic. (Tobiah Nkemelu/The Daily Courier)",
         "Ines Barrow rested. (Tobiah Nkemelu/The Daily Courier)",
         "Enlarge this image toggle caption Pell Marrow / Getty Images Pell Marrow / Getty"
         " Images Updated",
         "The ferry sank in May. Tovin Rask/File Photo",
         "CLOSE Orla Benn said the ferry was late.",
         "The report is out, Says Report Enlarge this image",
         "Image caption Dana Ruiz won her seat again.",
         "The fund was set up by the mayor (Hollis Grange)"],
        [[("Ines Barrow", "PERSON"), ("Tobiah Nkemelu/", "PERSON"),
          ("The Daily Courier", "ORG")],
         [("Ines Barrow", "PERSON"), ("Tobiah Nkemelu/The Daily Courier", "ORG")],
         [("Pell Marrow / Getty Images Pell Marrow / Getty Images Updated", "ORG")],
         [("Tovin Rask/File Photo", "ORG")],
         [("CLOSE Orla Benn", "PERSON")],
         [("Report Enlarge", "PERSON")],
         [("Dana Ruiz", "PERSON")],
         [("Hollis Grange", "PERSON")]])
    names_found = {a.name for a in r.actors}
    assert not {"Tobiah Nkemelu", "Tobiah Nkemelu/", "Daily Courier", "Pell Marrow",
                "Tovin Rask", "CLOSE Orla Benn", "Report Enlarge", "Report"} & names_found
    assert {"Ines Barrow", "Orla Benn", "Dana Ruiz", "Hollis Grange"} <= names_found


def test_regression_hashtag_and_numbered_ward_are_not_actors() -> None:
    """"#BoycottAcme" tagged as a body and "32nd Ward Ald." tagged as a person "Ward Ald" were
    listed; "Ald." is an alderman's title and "Roman" of "Roman Catholic" no group. Near miss:
    the alderman after the title and a Catholic group stay actors."""
    r = _resolve_tagged(
        ["Fans answered with #BoycottAcme and #SmashAcme on Monday.",
         "The probe came after 32nd Ward Ald. Corin Vasko filed a request.",
         "Ald. Vasko said he would wait.",
         "The Roman Catholic bishops met the Catholics of the town."],
        [[("BoycottAcme", "ORG"), ("SmashAcme", "PERSON")],
         [("Ward Ald", "PERSON"), ("Corin Vasko", "PERSON")],
         [],
         [("Roman", "NORP"), ("Catholics", "NORP")]])
    names_found = {a.name for a in r.actors}
    assert not {"BoycottAcme", "SmashAcme", "Ward Ald", "Ward", "Ald", "Roman"} & names_found
    assert {"Corin Vasko", "Catholics"} <= names_found
    assert ("Vasko", "Corin Vasko", "surname") in found(r)


def test_regression_short_name_of_a_university_and_capitalised_al_surname_join_the_full_name(
) -> None:
    """"Ohio State" beside "Ohio State University" and "Al-Khazali" (a sentence opening the
    surname) beside "Qais al-Khazali" were listed twice. Near miss: "Ohio State" beside two
    longer names it opens joins neither."""
    r = _resolve_tagged(
        ["Tessaly State University fired the coach.", "Tessaly State said the coach had lied.",
         "Ramil al-Farouqi led the militia.", "Al-Farouqi said the militia would stay.",
         "Brandow State Park and Brandow State Museum opened.", "Brandow State paid for both."],
        [[("Tessaly State University", "ORG")], [("Tessaly State", "ORG")],
         [("Ramil al-Farouqi", "PERSON")], [("Al-Farouqi", "PERSON")],
         [("Brandow State Park", "ORG"), ("Brandow State Museum", "ORG")],
         [("Brandow State", "ORG")]])
    names_found = {a.name for a in r.actors}
    assert not {"Tessaly State", "Al-Farouqi"} & names_found
    assert ("Tessaly State", "Tessaly State University", "alias") in found(r)
    assert ("Al-Farouqi", "Ramil al-Farouqi", "surname") in found(r)
    assert "Brandow State" in names_found


def test_regression_state_short_form_is_the_state_only_beside_its_full_name() -> None:
    """"Calif." was a place of its own beside "California", and "Fla." of an address or a
    dateline a place alone; a lawmaker's party label "(D-Ore.)" named a state. Near miss: the
    short form beside the state's name joins it."""
    _, r = resolve(["Teodor Vance grew up in Fresno, Calif., and left California at 18.",
                    "He moved to Tampa, Fla. Sen. Wyn Halloway (D-Ore.) praised him."])
    names_found = {a.name for a in r.actors}
    assert not {"Calif.", "Fla.", "Florida", "Ore.", "Oregon"} & names_found
    assert ("Calif.", "California", "alias") in found(r)


def test_regression_one_word_place_that_speaks_is_a_person() -> None:
    """An alderman's surname tagged as a place ("Munoz had asked ...") was listed as a place.
    Near misses: a place that is not a speaker stays a place, and the end of a hyphenated
    surname that speaks ("Lorna Abad-Quill said") is not made a person of its own."""
    r = _resolve_tagged(
        ["Ostrowicz had asked that the measure wait.", "Brannock is a quiet town by the river.",
         "Lorna Abad-Quill said the case was closed."],
        [[("Ostrowicz", "GPE")], [("Brannock", "GPE")],
         [("Lorna Abad", "PERSON"), ("Quill", "GPE")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds.get("Ostrowicz") is PERSON
    assert kinds.get("Brannock") is PLACE
    assert kinds.get("Quill") is not PERSON


def test_regression_body_owned_by_a_known_place_is_named_without_the_owner() -> None:
    """"Bolivia’s Constitutional Court" and "Bavaria’s CSU" tagged as one body were listed
    with the owner glued on. Near miss: a name whose possessive is part of it ("the People’s
    Court") stays whole."""
    r = _resolve_tagged(
        ["Peru’s Electoral Board rejected the appeal.", "The People’s Court heard the case."],
        [[("Peru’s Electoral Board", "ORG")], [("People’s Court", "ORG")]])
    names_found = {a.name for a in r.actors}
    assert "Peru’s Electoral Board" not in names_found
    assert {"Electoral Board", "People’s Court"} <= names_found


def test_regression_republic_of_veldora_and_veldora_are_one_country() -> None:
    """In the sample articles read without the actors file, "Republic of Veldora" was a place
    and the bare "Veldora", tagged as a person or an organisation, a second actor in the same
    article. Near miss: a bare name in an article that never names the state formally stays
    what it was tagged or what its "its" says (a body; ``_bodies_by_pronoun``): it is not
    guessed to be a country."""
    r = _resolve_tagged(
        ["President Anton Kesler of the Republic of Veldora defended the dam on Monday.",
         "Veldora has built a dam on its own soil, he said, and Veldora owes no one an apology."],
        [[("Anton Kesler", "PERSON"), ("Republic of Veldora", "GPE")],
         [("Veldora", "PERSON"), ("Veldora owes", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Anton Kesler": PERSON, "Veldora": COUNTRY}
    assert _by_actor(r)["Veldora"] == ["Republic of Veldora", "Veldora", "Veldora"]
    alone = _resolve_tagged(["Veldora has built a dam on its own soil, he said."],
                            [[("Veldora", "PERSON")]])
    assert {a.name: a.kind for a in alone.actors} == {"Veldora": ORG}


def test_regression_a_hall_a_ground_or_a_theatre_is_a_venue_not_an_actor() -> None:
    """"Symphony Hall", "First Data Field", "PrivateBank Theatre" (tagged ORG) and "Billy
    Minardi Hall" (tagged PERSON) became actors; a venue is where, not who. Near misses: a
    person whose surname is Hall or Field after a given name, or tagged a person in two words
    whose first the table lacks, and a city's hall that stands for its government, stay."""
    r = _resolve_tagged(["The choir sang at Kestrel Hall and at Brasko Field.",
                         "They met at Tomas Verrin Hall before the Harbour Theatre show.",
                         "Mara Field said the roof leaked.",
                         "Orvo Hall said the show was over."],
                        [[("Kestrel Hall", "ORG"), ("Brasko Field", "FAC")],
                         [("Tomas Verrin Hall", "PERSON"), ("Harbour Theatre", "ORG")],
                         [("Mara Field", "PERSON")], [("Orvo Hall", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Mara Field": PERSON, "Orvo Hall": PERSON}
    r = _resolve_tagged(["City Hall said the roads were shut."], [[("City Hall", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"City Hall": ORG}


def test_regression_a_demonym_that_is_the_surname_of_a_person_named_in_full_is_the_person() -> None:
    """"Cuban lent the plane" and "said Cuban" in an article on Mark Cuban went to Cuba. Near
    misses: the demonym before a noun or after an article stays the country's."""
    _, r = resolve(["Team owner Mark Cuban sent water to the island.",
                    "Cuban lent the team plane. \"We did what we could,\" said Cuban.",
                    "Cuban officials thanked him. A Cuban doctor was on board."])
    assert [(m.text, m.actor) for ms in r.mentions for m in ms if m.text == "Cuban"] == [
        ("Cuban", "Mark Cuban"), ("Cuban", "Mark Cuban"), ("Cuban", "Cuba"), ("Cuban", "Cuba")]


def test_regression_a_name_written_in_capitals_or_with_a_hyphen_for_a_space_is_one_actor() -> None:
    """"POLITICO" and "Politico", "MILAN" (a dateline) and "Milan", "Ji Hyeon-A" and
    "Ji-Hyeon-A" were two actors each. Near miss: a short name in capitals ("ORV") stays apart
    from the word written with a capital ("Orv")."""
    r = _resolve_tagged(["HARBOURVIEW said it would appeal. Harbourview said the loss was small.",
                         "Tovi Ran-Halo spoke first. Then Tovi Ran Halo said the vote was fair.",
                         "The ORV warned of the flood. The Orv played on."],
                        [[("HARBOURVIEW", "ORG"), ("Harbourview", "ORG")],
                         [("Tovi Ran-Halo", "PERSON"), ("Tovi Ran Halo", "PERSON")],
                         [("ORV", "ORG"), ("Orv", "ORG")]])
    assert {a.name for a in r.actors} >= {"Harbourview", "Tovi Ran-Halo", "ORV", "Orv"}
    assert not {a.name for a in r.actors} & {"HARBOURVIEW", "Tovi Ran Halo"}


def test_regression_a_company_opening_with_an_ordinal_and_a_party_s_acronym_are_known() -> None:
    """"21st Century Fox" tagged a person became "Century Fox", a person who took the pronouns
    of the person named beside it, and "PVV" stood apart from the "Party for Freedom"
    (gazetteer facts)."""
    r = _resolve_tagged(["Its parent 21st Century Fox renewed the deal of Bill Rayner.",
                         "Voters backed the Party for Freedom. The PVV won seats."],
                        [[("21st Century Fox", "PERSON"), ("Bill Rayner", "PERSON")],
                         [("Party for Freedom", "ORG"), ("PVV", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {
        "21st Century Fox": ORG, "Bill Rayner": PERSON, "Party for Freedom": ORG}


def test_regression_a_word_that_opens_a_sentence_once_is_not_a_name() -> None:
    """"Broken windows are seen", "Extra tickets" and "Trains whistled" tagged as a person, a
    group or a body became actors: capitalised only because they open a sentence, read by the
    tagger as an adjective or a common noun, and named nowhere else. Near misses: a proper noun
    that opens a sentence, and a word named again later, stay."""
    r = _resolve_tagged(["Broken glass lay on the road. Extra chairs were brought in.",
                         "Varga said the hall was full.",
                         "Kestrel opened a plant.", "Workers at Kestrel cheered."],
                        [[("Broken", "PERSON"), ("Extra", "NORP")], [("Varga", "PERSON")],
                         [("Kestrel", "ORG")], [("Kestrel", "ORG")]])
    assert {a.name for a in r.actors} == {"Varga", "Kestrel"}


def test_regression_a_place_before_a_team_s_nickname_is_the_team_s_name() -> None:
    """"the Tennessee Titans" tagged as a place and a group ("Tennessee", "Titans") listed the
    state, and "The Miami Dolphins" with "Dolphins" untagged listed the city. Near miss: a city
    before another word ("Dallas police said") stays the city."""
    r = _resolve_tagged(["The Patriots play the Tennessee Titans on Saturday.",
                         "The Miami Dolphins released a cornerback.",
                         "Dallas police said the roads were shut."],
                        [[("Patriots", "ORG"), ("Tennessee", "GPE"), ("Titans", "NORP")],
                         [("Miami", "GPE")], [("Dallas", "GPE")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Patriots": ORG, "Tennessee Titans": ORG, "Miami Dolphins": ORG, "Dallas": PLACE}


def test_regression_a_word_opening_the_sentence_glued_to_a_full_name_is_cut_off() -> None:
    """"Backup Ian Book added ..." (a noun that opens the sentence, parsed as part of the name)
    listed "Backup Ian Book" beside the "Ian Book" named alone. The near miss, a given name the
    table lacks that opens the sentence ("Michel La Vey"), is
    test_regression_first_word_of_a_two_word_surname_joins_the_full_name's, still passing."""
    _, r = resolve(["Ian Varro came in for the second half.",
                    "Backup Ian Varro added a late touchdown.",
                    "Coach Mara Quint said Varro was ready."])
    assert {a.name for a in r.actors} == {"Ian Varro", "Mara Quint"}


def test_regression_a_doctrine_with_a_prefix_is_an_idea_not_an_actor() -> None:
    """"anti-Semitism" tagged NORP became a group, where "Zionism" alone was already an idea.
    Near miss: a group tagged NORP beside it ("Vargans") stays a group."""
    r = _resolve_tagged(["He said he would be accused of anti-Kestrelism.",
                         "Vargans marched on Sunday."],
                        [[("anti-Kestrelism", "NORP")], [("Vargans", "NORP")]])
    assert {a.name: a.kind for a in r.actors} == {"Vargans": GROUP}


def test_regression_the_goat_of_sports_talk_is_not_an_actor() -> None:
    """"G.O.A.T." ("the greatest of all time") tagged ORG became an organisation (words.json
    not_actors, a term). Near miss: a person named beside it stays."""
    r = _resolve_tagged(["Fans called Tovi Ran the GOAT.", "Fans called her the G.O.A.T. again."],
                        [[("Tovi Ran", "PERSON"), ("GOAT", "ORG")], [("G.O.A.T.", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Tovi Ran": PERSON}


def test_regression_a_hall_of_fame_cut_before_of_is_not_a_person() -> None:
    """"Hockey Hall" of "Hockey Hall of Famer Cammi Granato", tagged a person, became one and
    took her pronoun. The near miss, a person of two words ending in "Hall" ("Orvo Hall said"),
    is test_regression_a_hall_a_ground_or_a_theatre_is_a_venue_not_an_actor's."""
    r = _resolve_tagged(["Harbour Hall of Famer Mara Quint told her brother to wait."],
                        [[("Harbour Hall", "PERSON"), ("Mara Quint", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Mara Quint": PERSON}
    assert ("her", "Mara Quint", "pronoun") in found(r)


def test_regression_a_condition_named_after_someone_is_not_an_actor() -> None:
    """"Hashimoto" of "she has Hashimoto's disease", tagged a person or an organisation, became
    an actor (names.json eponym_nouns). Near miss: a person's own possession ("Varro's
    house") keeps the person."""
    r = _resolve_tagged(["Lina Ostrow said she has Tamber's disease and Quell's palsy.",
                         "Doctors at Varro's clinic treat Marsh's syndrome.",
                         "Varro said his clinic was full."],
                        [[("Lina Ostrow", "PERSON"), ("Tamber", "ORG"), ("Quell", "PERSON")],
                         [("Varro", "PERSON"), ("Marsh", "PERSON")], [("Varro", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Lina Ostrow": PERSON, "Varro": PERSON}


def test_regression_a_known_place_opening_a_dateline_is_not_an_actor() -> None:
    """A dateline the gazetteer knows ("Sydney (AFP) –", "WASHINGTON ―") or spaCy tags
    ("Erbil (CNN)") listed the place, or the country of a capital, as an actor. Near misses: a
    country opening a sentence with a dash ("Russia — which ...") and a place named later in
    the paragraph stay."""
    _, r = resolve(["Sydney (AFP) – Mara Quint scored twice as Tovi Ran looked on.",
                    "WASHINGTON ― Senator Ivo Tamber lost his seat on Tuesday.",
                    "Russia — which denies any role — said on Friday it would respond.",
                    "Quint said Sydney was her favourite city."])
    names_ = {a.name for a in r.actors}
    assert not {"United States", "WASHINGTON"} & names_
    assert {"Russia", "Sydney", "Mara Quint", "Ivo Tamber"} <= names_
    sydney = [m for ms in r.mentions for m in ms if m.actor == "Sydney"]
    assert [(m.text, m.paragraph) for m in sydney] == [("Sydney", 3)]
    tagged = _resolve_tagged(["Varnholt (CNN) Clashes broke out as Ivo Tamber spoke."],
                             [[("Varnholt", "GPE"), ("Ivo Tamber", "PERSON")]])
    assert {a.name for a in tagged.actors} == {"Ivo Tamber"}
    # the outlet in the dateline's brackets defines no acronym once the place is dropped: the
    # outlet thanked later keeps its mention (the dateline's credit is none: see
    # test_regression_the_outlet_credited_in_a_dateline_is_not_an_actor)
    _, outlet = resolve(["Washington (CNN) White House press secretary Mara Quint said the "
                         "talks would go on.", "Quint thanked CNN for the invitation."])
    assert [m.text for ms in outlet.mentions for m in ms if m.actor == "CNN"] == ["CNN"]
    assert "Washington" not in [m.text for ms in outlet.mentions for m in ms]


def test_regression_a_misspelt_surname_joins_the_one_person_it_fits() -> None:
    """A slip of the keys in one mention ("Fraken" beside "Al Franken", tagged a place; "David
    Boeis" beside "David Boies") listed a second actor. Near misses: a name whose first letter
    differs ("Kamberlin") is someone else, and a plural of the surname ("the Tamberlins") is
    not a slip."""
    r = _resolve_tagged(["Senator Ivo Tamberlin spoke on Monday and Dana Voskuijl replied.",
                         "Tamberlin said the vote would pass, and Voskuijl agreed.",
                         "Critics said Tamberlyn had misled them, Dana Voskuilj said.",
                         "Kamberlin said the Tamberlins were away."],
                        [[("Ivo Tamberlin", "PERSON"), ("Dana Voskuijl", "PERSON")],
                         [("Tamberlin", "PERSON"), ("Voskuijl", "PERSON")],
                         [("Tamberlyn", "GPE"), ("Dana Voskuilj", "PERSON")],
                         [("Kamberlin", "PERSON"), ("Tamberlins", "NORP")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Ivo Tamberlin"] is PERSON and kinds["Dana Voskuijl"] is PERSON
    assert not {"Tamberlyn", "Dana Voskuilj"} & set(kinds)
    assert {"Kamberlin", "Tamberlins"} <= set(kinds)
    assert ("Tamberlyn", "Ivo Tamberlin", "surname") in found(r)
    assert ("Dana Voskuilj", "Dana Voskuijl", "alias") in found(r)


def test_regression_a_name_printed_twice_run_together_is_the_name_once() -> None:
    """"Gordon BrownGordon Brown" (a link's text run into its caption), tagged as one person,
    became an actor of its own beside the lone surname's mentions. Near miss: a name whose
    surname starts with the given name ("Jon Jonsson") stays whole."""
    r = _resolve_tagged(["Critics circled Ivo TamberIvo Tamber on Monday.",
                         "Tamber said he would stay.", "Lawyer Jon Jonsson spoke too."],
                        [[("Ivo TamberIvo Tamber", "PERSON")], [("Tamber", "PERSON")],
                         [("Jon Jonsson", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Ivo Tamber": PERSON, "Jon Jonsson": PERSON}
    assert {m for m in found(r) if m[1] == "Ivo Tamber"} == {
        ("Ivo TamberIvo Tamber", "Ivo Tamber", "name"), ("Tamber", "Ivo Tamber", "surname"),
        ("he", "Ivo Tamber", "pronoun")}


def test_regression_a_word_after_a_persons_honorific_is_a_persons_name() -> None:
    """"Ms. Romans" tagged a group became a group, and "Mr. Wagner" the body the gazetteer knows
    by that name, beside "Robert Wagner": after Mr, Mrs, Ms or Dr one word is a person's
    surname. Near miss: the country named without the honorific stays the country."""
    r = _resolve_tagged(["Mr. Dobbs and Ms. Kestrans spoke on the air with Ivo Jordan.",
                         "Mr. Jordan said the deal was fair."],
                        [[("Dobbs", "PERSON"), ("Kestrans", "NORP"), ("Ivo Jordan", "PERSON")],
                         [("Jordan", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"Dobbs": PERSON, "Kestrans": PERSON, "Ivo Jordan": PERSON}
    assert ("Mr. Jordan", "Ivo Jordan", "title") in found(r)
    near = _resolve_tagged(["Officials in Jordan agreed to the deal."], [[("Jordan", "GPE")]])
    assert {a.name: a.kind for a in near.actors} == {"Jordan": COUNTRY}


def test_regression_a_bodys_alias_that_is_the_surname_of_the_person_named_is_the_person() -> None:
    """"Wagner" beside "Robert Wagner" (an actor) went to the gazetteer's Wagner Group, which the
    article never names in full. Near miss: a body the article names in full keeps its one-word
    alias ("the Wagner Group ... Wagner fighters")."""
    _, r = resolve(["Actor Ivo Wagner spoke to police on Monday.",
                    "Wagner said he had nothing to hide."])
    assert {a.name for a in r.actors} == {"Ivo Wagner"}
    assert ("Wagner", "Ivo Wagner", "surname") in found(r)
    _, near = resolve(["The Wagner Group sent fighters, Ivo Wagner said.",
                       "Wagner denied it on Tuesday."])
    assert "Wagner Group" in {a.name for a in near.actors}


def test_regression_a_region_named_by_a_compass_point_is_a_place() -> None:
    """"the Northwest" of a tour's list of regions, tagged an organisation, became one
    (places.json regions). Near miss: the airline "Southwest", not listed, is left to spaCy."""
    r = _resolve_tagged(["The tour runs through the Midwest and the Northwest in May.",
                         "Southwest cut its fares."],
                        [[("Midwest", "LOC"), ("Northwest", "ORG")], [("Southwest", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Midwest": PLACE, "Northwest": PLACE, "Southwest": ORG}


def test_regression_a_book_cited_by_chapter_and_verse_is_not_a_person() -> None:
    """"(Matthew 25:13 NLT)" tagged a person became one. Near misses: the same name saying
    something is a person, also where a time of day follows ("Varro spoke at 10:30")."""
    r = _resolve_tagged(["Pastor Ivo Tamber read from Jonah 2:10 on Sunday.",
                         "Later Jonah Varro said the hall was full.",
                         "Varro spoke at 10:30 in the morning."],
                        [[("Ivo Tamber", "PERSON"), ("Jonah 2:10", "PERSON")],
                         [("Jonah Varro", "PERSON")], [("Varro", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Ivo Tamber": PERSON, "Jonah Varro": PERSON}
    assert [m.text for m in r.mentions[0] if m.actor == "Jonah Varro"] == []


def test_regression_a_magazine_tagged_a_place_is_an_organisation() -> None:
    """"on the cover of Vogue" tagged a place listed the magazine as a place (words.json media).
    Near miss: a magazine named only as the source of a report is no actor."""
    r = _resolve_tagged(["Mara Quint appeared on the cover of Vogue in May.",
                         "Quint told Vogue she would rest."],
                        [[("Mara Quint", "PERSON"), ("Vogue", "GPE")],
                         [("Quint", "PERSON"), ("Vogue", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Mara Quint": PERSON, "Vogue": ORG}
    assert [m.text for ms in r.mentions for m in ms if m.actor == "Vogue"] == ["Vogue"]


def test_regression_lone_surname_tagged_organisation_before_his_is_a_person() -> None:
    """A president named only by his surname, tagged ORG in most of his mentions, stayed an
    organisation with ten mentions; the "His" of the next sentence says who he is."""
    r = _resolve_tagged(["Voters remember Vorhees's attack on the family. His words were cruel.",
                         "Vorhees chose to call."],
                        [[("Vorhees", "ORG")], [("Vorhees", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Vorhees": PERSON}
    assert ("His", "Vorhees") in {(m.text, m.actor) for ms in r.mentions for m in ms}


def test_regression_body_before_someone_elses_his_stays_a_body() -> None:
    """Near miss: an agency that acts against "him" and keeps "his" truck, and a shop a worker
    put "himself" through school at, are not the man."""
    r = _resolve_tagged(["Tollgate did not charge him but kept his truck.",
                         "He worked at a Dunmore's shop to put himself through school."],
                        [[("Tollgate", "ORG")], [("Dunmore", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Tollgate": ORG, "Dunmore": ORG}



def test_regression_lone_surname_beside_two_full_names_is_not_its_own_actor() -> None:
    """"Granato" (a coach, twelve mentions) beside the coach's and his sister's full names was
    an actor of its own; "his" says which of the two it is. Where both are men, it stays
    unresolved rather than be a third Granato."""
    _, r = resolve(["Coach Tony Kessler and his sister Marta Kessler met the team.",
                    "After the game, Kessler waited for his players to arrive."])
    assert {a.name for a in r.actors} == {"Tony Kessler", "Marta Kessler"}
    assert ("Kessler", "Tony Kessler", "surname") in found(r)
    _, r = resolve(["Coach Tony Kessler and his brother Marek Kessler met the team.",
                    "After the game, Kessler waited for his players to arrive."])
    assert {a.name for a in r.actors} == {"Tony Kessler", "Marek Kessler"}


def test_regression_first_word_two_names_share_that_is_no_given_name_stays() -> None:
    """Near miss of the shared-surname rule: "Bitcoin" beside "Bitcoin Cash" and "Bitcoin Gold"
    (all three tagged PERSON) was dropped with its seventeen mentions; only a shared given
    name ("Glenn" of two Glenns) is left unresolved."""
    r = _resolve_tagged(["Veltrix Cash and Veltrix Gold rose.", "Veltrix fell on Monday."],
                        [[("Veltrix Cash", "PERSON"), ("Veltrix Gold", "PERSON")],
                         [("Veltrix", "PERSON")]])
    assert "Veltrix" in {a.name for a in r.actors}
    r = _resolve_tagged(["Glenn Varda and Glenn Osterby rose.", "Glenn fell on Monday."],
                        [[("Glenn Varda", "PERSON"), ("Glenn Osterby", "PERSON")],
                         [("Glenn", "PERSON")]])
    assert {a.name for a in r.actors} == {"Glenn Varda", "Glenn Osterby"}


def test_regression_team_glued_in_front_of_a_coach_is_cut_off() -> None:
    """"coach Bulls Fred Hoiberg" was one person whose first word took the team's mentions
    ("Bulls teammates" joined him). Near miss: a team word before a lone given name keeps the
    span (no full name would be left)."""
    r = _resolve_tagged(["On Monday coach Bruins Martin Kessel smiled.", "The Bruins lost."],
                        [[("Bruins Martin Kessel", "PERSON")], [("Bruins", "ORG")]])
    assert {a.name for a in r.actors} == {"Martin Kessel", "Bruins"}
    r = _resolve_tagged(["Bruins Martin smiled."], [[("Bruins Martin", "PERSON")]])
    assert {a.name for a in r.actors} == {"Bruins Martin"}


def test_regression_dateline_run_into_a_name_is_cut_off() -> None:
    """"SydneyJos Buttler" (a dateline's city run into the name) was a person of its own, and
    "Buttler" alone a third one. Near miss: "DeShawn Orr" beside "Shawn Orr" is another man."""
    r = _resolve_tagged(["A century from Ivo Marcheti led the charge in HalvikIvo Marcheti.",
                         "Marcheti made his first hundred."],
                        [[("Ivo Marcheti", "PERSON"), ("HalvikIvo Marcheti", "PERSON")],
                         [("Marcheti", "PERSON")]])
    assert {a.name for a in r.actors} == {"Ivo Marcheti"}
    assert ("Marcheti", "Ivo Marcheti", "surname") in found(r)
    r = _resolve_tagged(["Shawn Orr met DeShawn Orr."],
                        [[("Shawn Orr", "PERSON"), ("DeShawn Orr", "PERSON")]])
    assert {a.name for a in r.actors} == {"Shawn Orr", "DeShawn Orr"}


def test_regression_team_nickname_cut_short_is_not_a_second_team() -> None:
    """"Hawks" (six mentions) beside "Blackhawks" was a second team in one hockey story."""
    r = _resolve_tagged(["The Stormriders traded their captain.", "The Riders said no."],
                        [[("Stormriders", "ORG")], [("Riders", "ORG")]])
    assert {a.name for a in r.actors} == {"Stormriders"}


def test_regression_initialism_of_a_compound_word_or_a_state_school_joins_the_body() -> None:
    """"NCTC" beside the "National Counterterrorism Center" and "FSU" beside "Florida State"
    were second organisations in their articles."""
    r = _resolve_tagged(["The National Counterpiracy Bureau met Halden State.",
                         "The NCPB and HSU signed."],
                        [[("National Counterpiracy Bureau", "ORG"), ("Halden State", "ORG")],
                         [("NCPB", "ORG"), ("HSU", "ORG")]])
    assert {a.name for a in r.actors} == {"National Counterpiracy Bureau", "Halden State"}


def test_regression_police_initialism_joins_the_police_named_without_department() -> None:
    """"CPD" beside "Charlottesville Police" was a second organisation: the initialism keeps
    the "Department" the story leaves out of the name."""
    r = _resolve_tagged(["Varnholt Police closed the road.", "VPD officers stood by."],
                        [[("Varnholt Police", "ORG")], [("VPD", "ORG")]])
    assert {a.name for a in r.actors} == {"Varnholt Police"}


def test_regression_party_initialism_beside_its_members_name_is_one_party() -> None:
    """"CDU" beside "Christian Democrats" and "SPD" beside "Social Democrats" and "Social
    Democratic Party" were two or three actors each; "Social Democrats" cut by spaCy to
    "Democrats" was a third. Near miss: "Social Democrats" with no SPD stays as written."""
    r = _resolve_tagged(["The SPD met.", "Many Social Democrats left.",
                         "The Social Democratic Party split."],
                        [[("SPD", "ORG")], [("Democrats", "NORP")],
                         [("Social Democratic Party", "ORG")]])
    assert {a.name for a in r.actors} == {"Social Democratic Party of Germany"}
    assert len(_by_actor(r)["Social Democratic Party of Germany"]) == 3
    r = _resolve_tagged(["The Social Democratic Party split."],
                        [[("Social Democratic Party", "ORG")]])
    assert {a.name for a in r.actors} == {"Social Democratic Party"}


def test_regression_surname_in_s_written_without_its_s_before_a_possessive() -> None:
    """"Sander’s name came up" beside "Sarah Sanders" was a second person. Near miss: a given
    name ("William's" beside "Serena Williams") is someone else."""
    r = _resolve_tagged(["Tova Landers spoke.", "Landers left.", "Lander’s aide wept."],
                        [[("Tova Landers", "PERSON")], [("Landers", "PERSON")],
                         [("Lander", "PERSON")]])
    assert {a.name for a in r.actors} == {"Tova Landers"}
    r = _resolve_tagged(["Tova Williams spoke.", "Williams left.", "William's aide wept."],
                        [[("Tova Williams", "PERSON")], [("Williams", "PERSON")],
                         [("William", "PERSON")]])
    assert {a.name for a in r.actors} == {"Tova Williams", "William"}


def test_regression_birth_name_joins_the_person() -> None:
    """"Born Joseph Levitch in Newark, Lewis rose" listed the birth name as a second person.
    Near miss: a name after "born" that is the object of another verb stays its own."""
    r = _resolve_tagged(["Born Ilse Marrow in Halden in 1931, Tova Lind first sang."],
                        [[("Ilse Marrow", "PERSON"), ("Tova Lind", "PERSON")]])
    assert {a.name for a in r.actors} == {"Tova Lind"}
    r = _resolve_tagged(["Tova Lind met Ilse Marrow in Halden in 1931."],
                        [[("Tova Lind", "PERSON"), ("Ilse Marrow", "PERSON")]])
    assert {a.name for a in r.actors} == {"Tova Lind", "Ilse Marrow"}


def test_regression_name_before_newspaper_is_the_outlet() -> None:
    """"a poll for Handelsblatt newspaper" listed the newspaper as a person."""
    r = _resolve_tagged(["The poll was for Varnholter newspaper."],
                        [[("Varnholter", "PERSON")]])
    assert [(a.name, a.kind) for a in r.actors] == [("Varnholter", ORG)]


def test_regression_continent_people_and_spaced_alt_right_are_no_person() -> None:
    """"many Africans" and "Alt - Right protesters" were people."""
    r = _resolve_tagged(["Many Africans cheered.", "Alt - Right marchers came."],
                        [[("Africans", "PERSON")], [("Alt - Right", "PERSON")]])
    assert [(a.name, a.kind) for a in r.actors] == [("alt-right", GROUP)]


def test_regression_capital_named_by_a_us_town_or_county_is_not_the_country() -> None:
    """"Judge Koh in San Jose, California" gave Costa Rica an actor, and "Brookville, Nassau
    County" the Bahamas. Near miss: the capital alone ("Nassau said") is the country."""
    _, r = resolve(["A court in San Jose  California  ruled.", "They live in Nassau County."])
    assert not {"Costa Rica", "Bahamas"} & {a.name for a in r.actors}
    _, r = resolve(["Nassau said the storm had passed."])
    assert {a.name for a in r.actors} == {"Bahamas"}


def test_regression_person_cut_after_a_particle_is_one_name() -> None:
    """"Ursula von der" (a person) and "Leyen" (a place) were two actors. Near miss: a person
    followed by a place with no particle between stays two."""
    r = _resolve_tagged(["The minister Ilse van der Marrow spoke."],
                        [[("Ilse van der", "PERSON"), ("Marrow", "GPE")]])
    assert {a.name for a in r.actors} == {"Ilse van der Marrow"}
    r = _resolve_tagged(["The minister Ilse Marek Halden spoke."],
                        [[("Ilse Marek", "PERSON"), ("Halden", "GPE")]])
    assert {a.name for a in r.actors} == {"Ilse Marek", "Halden"}


def test_regression_hotel_where_something_happens_is_a_venue() -> None:
    """"a photo call at The Whitby Hotel" and "in the Beverly Hills Hotel" (tagged a person)
    were actors. Near miss: a hotel that says something is one."""
    r = _resolve_tagged(["Mara Quint waited tables in the Halden Hotel."],
                        [[("Mara Quint", "PERSON"), ("Halden Hotel", "PERSON")]])
    assert {a.name for a in r.actors} == {"Mara Quint"}
    r = _resolve_tagged(["The Halden Hotel said it would close."], [[("Halden Hotel", "ORG")]])
    assert {a.name for a in r.actors} == {"Halden Hotel"}


def test_regression_short_form_of_a_given_name_joins_the_full_name() -> None:
    """"Steve" beside "Stephen Paddock" was a second person. Near miss: a "Jack" beside a
    "John" is left alone (no short form the table holds)."""
    r = _resolve_tagged(["Stephen Varnholt left.", "Steve said no."],
                        [[("Stephen Varnholt", "PERSON")], [("Steve", "PERSON")]])
    assert {a.name for a in r.actors} == {"Stephen Varnholt"}
    r = _resolve_tagged(["John Varnholt left.", "Jack said no."],
                        [[("John Varnholt", "PERSON")], [("Jack", "PERSON")]])
    assert {a.name for a in r.actors} == {"John Varnholt", "Jack"}


def test_regression_hyphenated_given_name_in_small_letters_is_not_cut() -> None:
    """"Kim Dong-yeon" became "Kim Dong": the small-letter half after the hyphen was dropped as
    a lower-case word behind the name. Near miss: "-led" after a name is an English word."""
    r = _resolve_tagged(["Minister Paek Sun-hwa spoke."], [[("Paek Sun-hwa", "PERSON")]])
    assert {a.name for a in r.actors} == {"Paek Sun-hwa"}
    r = _resolve_tagged(["An Ilse Marrow-led march set off."], [[("Ilse Marrow-led", "PERSON")]])
    assert {a.name for a in r.actors} == {"Ilse Marrow"}


def test_regression_town_named_as_one_elsewhere_is_a_place() -> None:
    """"Altun Kupri" (four mentions) was a person: spaCy tagged the town a person where the
    story did not say "the town of" in front."""
    r = _resolve_tagged(["Troops moved to the town of Altun Varga.", "They entered Altun Varga."],
                        [[("Altun Varga", "PERSON")], [("Altun Varga", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Altun Varga": PLACE}


def test_regression_syndrome_gene_and_scan_without_a_possessive_are_not_actors() -> None:
    """"Lynch" of "Lynch syndrome", "MLH1" of "the MLH1 gene mutation" and "CAT" of "CAT
    scans" were organisations in one medical story: the possessive form was the only one read."""
    r = _resolve_tagged(["Ilse Varga had Korbin syndrome, the QX7 gene mutation and CAT scans."],
                        [[("Ilse Varga", "PERSON"), ("Korbin", "ORG"), ("QX7", "ORG"),
                          ("CAT", "ORG")]])
    assert {a.name for a in r.actors} == {"Ilse Varga"}


def test_regression_unknown_station_only_told_is_not_an_actor() -> None:
    """"told GMTV television" and "tells KTVL" made the outlets actors, though an outlet the
    table knows is dropped where it is only named as a source ("told Vogue")."""
    r = _resolve_tagged(["Ilse Varga told ZNTV television she sued.", "She tells KWXR more."],
                        [[("Ilse Varga", "PERSON"), ("ZNTV", "ORG")], [("KWXR", "ORG")]])
    assert {a.name for a in r.actors} == {"Ilse Varga"}


def test_regression_opposition_in_a_leaders_title_is_not_a_group() -> None:
    """"then-Israeli opposition leader Shimon Peres" made "Israeli opposition" a group actor.
    Near miss: the opposition that acts ("the Cambodian opposition said") still is one."""
    _, r = resolve(["Cambodian opposition leader Ivo Marek met the envoy.",
                    "The Cambodian opposition said the vote was rigged."])
    assert {a.name for a in r.actors} >= {"Ivo Marek", "Cambodian opposition"}
    assert [m.text for ms in r.mentions for m in ms if m.actor == "Cambodian opposition"] == [
        "Cambodian opposition"]


def test_regression_company_first_word_beside_its_full_name_is_one_company() -> None:
    """"Fidelity" (eight mentions) beside "Fidelity Investments", "Verizon" beside "Verizon
    Communications Inc": two organisations each. Near miss: "Fox" beside "Fox & Friends" (a
    show) and "House" beside a committee of it stay apart."""
    r = _resolve_tagged(["Dalvik Investments cut fees.", "Dalvik said so."],
                        [[("Dalvik Investments", "ORG")], [("Dalvik", "ORG")]])
    assert {a.name for a in r.actors} == {"Dalvik Investments"}
    r = _resolve_tagged(["Velt & Friends aired.", "Velt said so."],
                        [[("Velt & Friends", "ORG")], [("Velt", "ORG")]])
    assert {a.name for a in r.actors} == {"Velt & Friends", "Velt"}


def test_regression_partner_of_a_persons_surname_is_a_person() -> None:
    """"Kilimnik" (five mentions) stayed an organisation though joined by "and" to the surname
    of the campaign manager named in full: spaCy had not tagged the surname there."""
    r = _resolve_tagged(["Lawyers for Sean Garrity spoke.", "Garrity and Velko met twice."],
                        [[("Sean Garrity", "PERSON")], [("Velko", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Sean Garrity": PERSON, "Velko": PERSON}
    # near miss: the first word of a firm named in full ("Fusion" of "Fusion GPS") is the firm's
    r = _resolve_tagged(["Lawyers for Sean Garrity spoke.", "Garrity and Velko met at Velko GPS."],
                        [[("Sean Garrity", "PERSON")], [("Velko", "ORG"), ("Velko GPS", "ORG")]])
    assert all(a.kind is not PERSON for a in r.actors if a.name.startswith("Velko"))


def test_regression_name_tagged_as_a_person_that_its_points_back_to_is_a_body() -> None:
    """"Clemson" (a university, "with its new $55 million football facility") was a person.
    Near miss: a name a "his" points back to as well stays a person, and a given name too."""
    r = _resolve_tagged(["Coaches know that Dovrik, with its new gym, has grown fast."],
                        [[("Dovrik", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Dovrik": ORG}
    r = _resolve_tagged(["Coaches know that Dovrik, with its new gym, has grown fast.",
                         "Dovrik sold his house."],
                        [[("Dovrik", "PERSON")], [("Dovrik", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Dovrik": PERSON}


def test_regression_place_inside_a_hyphenated_school_name_is_not_an_actor() -> None:
    """"Dunbar" of "Dunbar-Ramer School" (tagged a place) was a place actor."""
    r = _resolve_tagged(["Halvik-Ramer principal Ilse Marrow spoke."],
                        [[("Halvik", "GPE"), ("Ilse Marrow", "PERSON")]])
    assert {a.name for a in r.actors} == {"Ilse Marrow"}


def test_regression_lone_irish_surname_tagged_organisation_is_a_person() -> None:
    """"O'Malley" (a cardinal rebuking the pope) was an organisation. Near miss: a one-word
    name opening with Mc ("McDonald's didn't have enough", a restaurant) is not read so."""
    r = _resolve_tagged(["O'Dwyer rebuked the bishop.", "McVane said no."],
                        [[("O'Dwyer", "ORG")], [("McVane", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"O'Dwyer": PERSON, "McVane": ORG}


def test_regression_contraction_with_a_left_quote_is_not_an_organisation() -> None:
    """"I‘m bowing out" (the apostrophe typed as an opening quote) made "I‘m" an
    organisation."""
    r = _resolve_tagged(["Now I‘m leaving, Ilse Marrow said."],
                        [[("I‘m", "ORG"), ("Ilse Marrow", "PERSON")]])
    assert {a.name for a in r.actors} == {"Ilse Marrow"}


def test_regression_state_of_india_is_a_place_not_an_organisation() -> None:
    """"Maharashtra" (the state the airport is built in) was an organisation: the places table
    held no state of India."""
    r = _resolve_tagged(["Rain hit Maharashtra."], [[("Maharashtra", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Maharashtra": PLACE}


def test_regression_olympians_as_a_kind_of_athlete_are_not_a_group() -> None:
    """"which trains Olympians" made "Olympians" a group actor, which then took the "they" of
    the gold medalists named next."""
    r = _resolve_tagged(["Halden Gymnastics trains Olympians."],
                        [[("Halden Gymnastics", "ORG"), ("Olympians", "NORP")]])
    assert {a.name for a in r.actors} == {"Halden Gymnastics"}


def test_regression_a_cryptocurrency_is_an_organisation_not_a_person() -> None:
    """"Bitcoin Gold" and "Bitcoin Cash" tagged PERSON were people, "Bitcoin" tagged NORP a
    group, and a lone "Bitcoin" joined "Bitcoin Cash" as its given name (words.json
    currencies). Near miss: a person whose given name is that of no known body still joins."""
    r = _resolve_tagged(["Bitcoin Gold was created as Bitcoin Cash was.",
                         "Bitcoin owners were told they would get it.",
                         "Talvo Marsk runs an exchange.", "Talvo said the fork would work."],
                        [[("Bitcoin Gold", "PERSON"), ("Bitcoin Cash", "PERSON")],
                         [("Bitcoin", "NORP")], [("Talvo Marsk", "PERSON")], [("Talvo", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Bitcoin Gold": ORG, "Bitcoin Cash": ORG, "Bitcoin": ORG, "Talvo Marsk": PERSON}
    assert _by_actor(r)["Talvo Marsk"] == ["Talvo Marsk", "Talvo"]


def test_regression_home_place_of_a_team_is_the_team_in_a_sports_report() -> None:
    """"Florida fired McElwain" (the university's team), "a 34-7 loss to Atlanta", "for
    Philadelphia", "11-2 Pittsburgh", "Arkansas quarterback" listed the teams as places. Near
    miss: the same place in a report on politics, and a place named as where a game was played,
    stay places."""
    _, r = resolve(["Philadelphia won 34-7, and the quarterback threw two touchdowns.",
                    "It was a big loss to Atlanta for the 11-2 Eagles.",
                    "Arkansas quarterback Ian Varro was benched for the season."])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Philadelphia"] is ORG and kinds["Atlanta"] is ORG, kinds
    assert kinds["Arkansas"] is ORG, kinds
    _, r = resolve(["Philadelphia voted on Tuesday, and the mayor won a second term.",
                    "The governor of Arkansas said the vote was fair."])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Philadelphia"] is PLACE and kinds["Arkansas"] is PLACE, kinds


def test_regression_football_club_typed_as_a_place_is_an_organisation() -> None:
    """"Swansea City v Leicester City" (a match) and "Swansea City winger" listed both clubs as
    places. Near miss: a club word on a city that is no team in the story stays a place."""
    r = _resolve_tagged(["Kestrel City v Tarnow United - Premier League",
                         "Kestrel City winger Dario Pell is fit for the fixture against Tarnow "
                         "United, the coach said."],
                        [[("Kestrel City", "GPE"), ("Tarnow United", "GPE")],
                         [("Kestrel City", "GPE"), ("Dario Pell", "PERSON"),
                          ("Tarnow United", "GPE")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Kestrel City"] is ORG and kinds["Tarnow United"] is ORG, kinds
    r = _resolve_tagged(["Flooding hit Kestrel City on Monday, officials said."],
                        [[("Kestrel City", "GPE")]])
    assert {a.name: a.kind for a in r.actors} == {"Kestrel City": PLACE}


def test_regression_county_in_a_cricket_squad_list_is_its_club() -> None:
    """"Joe Root (captain  Yorkshire)  Alastair Cook (Essex)" and "impressed for Somerset" listed
    the counties as places. Near miss: a county named as where a player lives stays a place."""
    r = _resolve_tagged(["The squad: Ian Varro (captain  Yorkshire)  Tom Pell (Surrey).",
                         "Varro impressed for Somerset, the selector said of the batsman.",
                         "Pell lives in Kent."],
                        [[("Ian Varro", "PERSON"), ("Yorkshire", "GPE"), ("Tom Pell", "PERSON"),
                          ("Surrey", "GPE")], [("Varro", "PERSON"), ("Somerset", "GPE")],
                         [("Pell", "PERSON"), ("Kent", "GPE")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Yorkshire"] is ORG and kinds["Surrey"] is ORG, kinds
    assert kinds["Somerset"] is ORG and kinds.get("Kent", PLACE) is PLACE, kinds


def test_regression_hurricanes_named_together_are_not_people() -> None:
    """"Hurricanes Harvey and Irma" listed "Hurricanes Harvey" as a person and "Irma" as a
    person (or a place), each with its mentions alone ("Harvey was blamed"). Near miss: a
    person of one of those names in an article about no storm stays a person."""
    _, r = resolve(["The damage caused by Hurricanes Harvey and Irma will slow growth.",
                    "Harvey was blamed for the fall in sales; more is expected because of Irma."])
    assert not {a.name for a in r.actors} & {"Hurricanes Harvey", "Harvey", "Irma"}
    _, r = resolve(["Irma Vantrell sued the city.", "Vantrell said Irma was tired."])
    assert {a.name for a in r.actors} == {"Irma Vantrell"}


def test_regression_social_network_named_as_the_medium_is_not_an_actor() -> None:
    """"wrote on Twitter", "said on Twitter" and "a Twitter user named ..." listed Twitter as an
    actor, where an outlet named only as a source ("told Vogue") is none. Near miss: the network
    that acts stays an organisation."""
    r = _resolve_tagged(["Mara Quint said on Twitter that she would stay.",
                         "A Twitter user named Ian Varro replied."],
                        [[("Mara Quint", "PERSON"), ("Twitter", "ORG")],
                         [("Twitter", "ORG"), ("Ian Varro", "PERSON")]])
    assert {a.name for a in r.actors} == {"Mara Quint", "Ian Varro"}
    r = _resolve_tagged(["Twitter said it removed the posts."], [[("Twitter", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Twitter": ORG}


def test_regression_magazine_tagged_as_a_person_is_an_organisation() -> None:
    """"attacked Charlie Hebdo" listed the weekly as a person (words.json media). Near miss: a
    person with a surname that is no outlet stays a person."""
    r = _resolve_tagged(["Gunmen attacked Charlie Hebdo, Charlie Varro said."],
                        [[("Charlie Hebdo", "PERSON"), ("Charlie Varro", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Charlie Hebdo": ORG, "Charlie Varro": PERSON}


def test_regression_show_named_after_episodes_of_is_not_a_person() -> None:
    """"binge on episodes of Blackish or Living Single" listed the sitcom "Living Single" as a
    person. Near miss: the person a portrait is of stays a person."""
    r = _resolve_tagged(["I binge on episodes of Blackish or Harbour Lights, she said.",
                         "A portrait of Ian Varro hangs in the hall."],
                        [[("Harbour Lights", "PERSON")], [("Ian Varro", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Ian Varro": PERSON}


def test_regression_home_city_of_a_named_team_is_that_team() -> None:
    """"for Philadelphia" beside "the Eagles" (and "at Atlanta" beside "the Falcons") listed the
    city as a second actor for one team. Near miss: where the article names two teams of that
    home ("the Eagles", "the Phillies"), the city stays its own actor (an organisation)."""
    r = _resolve_tagged(["Vick scored twice for Philadelphia, and the quarterback shone.",
                         "The Eagles coach was pleased."],
                        [[("Vick", "PERSON"), ("Philadelphia", "GPE")], [("Eagles", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Vick": PERSON, "Eagles": ORG}
    assert _by_actor(r)["Eagles"] == ["Philadelphia", "Eagles"]
    r = _resolve_tagged(["Vick scored twice for Philadelphia, and the quarterback shone.",
                         "The Eagles coach and the Phillies coach were pleased."],
                        [[("Vick", "PERSON"), ("Philadelphia", "GPE")],
                         [("Eagles", "ORG"), ("Phillies", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Vick": PERSON, "Philadelphia": ORG, "Eagles": ORG, "Phillies": ORG}


def test_regression_singular_of_a_team_nickname_joins_the_team() -> None:
    """"Falcon fans" beside "the Falcons" listed "Falcon" as a second organisation. Near miss:
    a singular whose plural the article does not name stays as it is."""
    r = _resolve_tagged(["The Falcons lost on Sunday.", "Falcon fans booed."],
                        [[("Falcons", "ORG")], [("Falcon", "ORG")]])
    assert {a.name for a in r.actors} == {"Falcons"}
    r = _resolve_tagged(["The Eagles won on Sunday.", "Falcon fans booed."],
                        [[("Eagles", "ORG")], [("Falcon", "ORG")]])
    assert {a.name for a in r.actors} == {"Eagles", "Falcon"}


def test_regression_body_in_brackets_closing_a_caption_is_a_credit() -> None:
    """"... a leader in social medicine and activism. (Montefiore Health System)" listed the
    credited body as an actor. Near miss: the same body named in a sentence stays an actor."""
    _, r = resolve(["Ian Varro outside the clinic in the 1980s. He was a leader in social "
                    "medicine. (Harbourline Health System)",
                    "Varro worked at Harbourline Health System for years."])
    assert _by_actor(r)["Harbourline Health System"] == ["Harbourline Health System"]


def test_regression_outlet_named_with_its_medium_and_told_is_not_an_actor() -> None:
    """"Brown told GMTV television" listed GMTV, an outlet the table does not know, where
    outlets it knows are dropped when only named as the source. Near miss: the outlet that
    acts stays an organisation."""
    _, r = resolve(["Ian Varro told Harbourline television that he would repay the money."])
    assert {a.name for a in r.actors} == {"Ian Varro"}
    _, r = resolve(["Harbourline television aired the interview on Monday."])
    assert "Harbourline" in {a.name for a in r.actors}


def test_regression_centre_named_as_a_venue_is_not_an_actor() -> None:
    """"with the New York Philharmonic at Lincoln Center", "at the city's Symphony Center" and
    "depth inside Moda Center" listed the halls as organisations. Near misses: a centre where
    someone works or holds a post, and one that acts, stay organisations."""
    r = _resolve_tagged(["The orchestra plays at Kestrel Center in April.",
                         "Ian Varro is a fellow at the Harbour Policy Center.",
                         "Mara Quint worked at Tarnow Medical Center.",
                         "The Dunmore Research Center said the poll was fair."],
                        [[("Kestrel Center", "ORG")],
                         [("Ian Varro", "PERSON"), ("Harbour Policy Center", "ORG")],
                         [("Mara Quint", "PERSON"), ("Tarnow Medical Center", "ORG")],
                         [("Dunmore Research Center", "ORG")]])
    assert {a.name for a in r.actors} == {"Ian Varro", "Harbour Policy Center", "Mara Quint",
                                          "Tarnow Medical Center", "Dunmore Research Center"}


def test_regression_thing_named_for_a_currency_is_not_an_actor() -> None:
    """"Bitcoin ATM unveiled in Austin" (tagged PERSON) was a person, the main actor's name in
    the article folded into it. Near miss: a foundation named for the currency stays a body."""
    r = _resolve_tagged(["Bitcoin ATM unveiled in the shop.", "Bitcoin rose again on Monday.",
                         "The Bitcoin Foundation said prices would recover."],
                        [[("Bitcoin ATM", "PERSON")], [("Bitcoin", "PERSON")],
                         [("Bitcoin Foundation", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Bitcoin": ORG, "Bitcoin Foundation": ORG}


def test_regression_untagged_longer_currency_name_is_not_cut_to_its_first_word() -> None:
    """"Bitcoin Gold uses ..." untagged beside a tagged "Bitcoin Gold" was found as "Bitcoin"
    (the one-word actor looked for where spaCy missed it). Near miss: "Bitcoin owners" stays
    Bitcoin."""
    r = _resolve_tagged(["Bitcoin Gold was created on Monday.",
                         "Bitcoin Gold uses a new algorithm, so Bitcoin owners get it."],
                        [[("Bitcoin Gold", "ORG")], [("Bitcoin", "PERSON")]])
    assert _by_actor(r) == {"Bitcoin Gold": ["Bitcoin Gold", "Bitcoin Gold"],
                            "Bitcoin": ["Bitcoin"]}


def test_regression_maker_named_for_its_product_is_not_an_actor() -> None:
    """"running the Xerox machine" listed Xerox as an organisation, and "sell Bombardier
    C-series planes" a person "Bombardier C". Near miss: the maker that acts stays."""
    r = _resolve_tagged(["He was running the Harbourline machine.",
                         "Kestrel said it would cut jobs."],
                        [[("Harbourline", "ORG")], [("Kestrel", "ORG")]])
    assert {a.name for a in r.actors} == {"Kestrel"}


def test_regression_team_nickname_after_a_venue_preposition_is_kept() -> None:
    """"lost 34-7 to the Eagles" with "Eagles" tagged GPE dropped the team as a venue ("flew to
    Kyiv"). Near miss: a town after "to" is still where, not who."""
    r = _resolve_tagged(["The Falcons lost 34-7 to the Eagles.", "Fans then drove to Tarnow."],
                        [[("Falcons", "ORG"), ("Eagles", "GPE")], [("Tarnow", "GPE")]])
    assert {a.name: a.kind for a in r.actors} == {"Falcons": ORG, "Eagles": ORG}


def test_regression_bare_home_place_beside_its_team_is_the_team() -> None:
    """"Virginia players" and "Virginia's Hunter" joined the Cavaliers but "but Virginia bumped
    the margin" stayed a place, one team listed twice. Near miss: the place named as where
    ("the crowd in Pittsburgh") stays the place."""
    _, r = resolve(["The Dallas Cowboys lost again on Sunday.",
                    "Dallas released its kicker before the season, the coach said.",
                    "Dallas used the same scheme last year.",
                    "Officials in Dallas said the roads were shut."])
    assert _by_actor(r)["Dallas Cowboys"] == ["Dallas Cowboys", "Dallas", "Dallas"]
    assert _by_actor(r)["Dallas"] == ["Dallas"]


def test_regression_show_title_made_of_a_phrase_is_not_an_organisation() -> None:
    """"on Bill Maher's Politically Incorrect" listed the talk show as an organisation. Near
    misses: a body with a noun in its name, and a group named with two adjectives, stay."""
    r = _resolve_tagged(["He appeared on Politically Incorrect.", "Free Speech Now sued.",
                         "The Eastern Orthodox faithful prayed."],
                        [[("Politically Incorrect", "ORG")], [("Free Speech Now", "ORG")],
                         [("Eastern Orthodox", "NORP")]])
    assert {a.name: a.kind for a in r.actors} == {"Free Speech Now": ORG,
                                                  "Eastern Orthodox": GROUP}


def test_regression_two_transliterations_of_a_name_are_one_person() -> None:
    """"Kurbanguly Berdymukhamedov" (in the story) and "Gurbanguly Berdimuhamedov" (in the
    caption) were two actors for one president. Near miss: names that differ in a consonant
    ("Ivo Tamber", "Ivo Tanner") stay apart."""
    r = _resolve_tagged(["Talgat Khudaiberdiev said the talks went well.",
                         "Talgat Hudayberdiyev shakes hands with Ivo Tamber and Ivo Tanner."],
                        [[("Talgat Khudaiberdiev", "PERSON")],
                         [("Talgat Hudayberdiyev", "PERSON"), ("Ivo Tamber", "PERSON"),
                          ("Ivo Tanner", "PERSON")]])
    assert {a.name for a in r.actors} == {"Talgat Khudaiberdiev", "Ivo Tamber", "Ivo Tanner"}


def test_regression_initialism_before_a_title_is_a_body_not_a_person() -> None:
    """"said DPVA Chairwoman Susan Swecker" with "DPVA Chairwoman" tagged PERSON listed the
    state party as a person. Near miss: an initialism the gazetteer knows stays its actor."""
    r = _resolve_tagged(["The plan is sound, said HCPV Chairwoman Mara Quint.",
                         "NATO Secretary Ivo Tamber agreed."],
                        [[("HCPV Chairwoman", "PERSON"), ("Mara Quint", "PERSON")],
                         [("NATO Secretary", "PERSON"), ("Ivo Tamber", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {
        "HCPV": ORG, "Mara Quint": PERSON, "NATO": ORG, "Ivo Tamber": PERSON}


def test_regression_cat_scan_is_not_an_organisation() -> None:
    """"taken to the hospital for CAT scans" listed "CAT" as an organisation (names.json
    product_nouns: a name in front of "scan" names the test). Near miss: the initialism named
    alone as a body stays."""
    r = _resolve_tagged(["She went for CAT scans.", "CAT said the results were clear."],
                        [[("CAT", "ORG")], [("CAT", "ORG")]])
    assert _by_actor(r) == {"CAT": ["CAT"]}


def test_regression_an_event_tagged_an_organisation_is_not_an_actor() -> None:
    """"the Olympics Opening Ceremony", "a BCS National Championship under ..." (spaCy glued the
    preposition on) and "said at a Barclays Conference" were organisations (names.json
    event_words, meeting_words). Near miss: a body whose name ends in "Conference" stays an
    organisation where it acts, not where it is met at."""
    r = _resolve_tagged(["Ivo Tamber spoke at a Korvath Conference on Tuesday.",
                         "Tamber won a Velmar National Championship under coach Dana Roe.",
                         "Critics upstaged the Velmar Games Opening Ceremony with a parade.",
                         "The Tarnic Valley Conference said it would fine Tamber."],
                        [[("Ivo Tamber", "PERSON"), ("Korvath Conference", "ORG")],
                         [("Tamber", "PERSON"), ("Velmar National Championship under", "ORG"),
                          ("Dana Roe", "PERSON")],
                         [("the Velmar Games Opening Ceremony", "ORG")],
                         [("Tarnic Valley Conference", "ORG"), ("Tamber", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Ivo Tamber": PERSON, "Dana Roe": PERSON, "Tarnic Valley Conference": ORG}


def test_regression_a_prefixed_name_is_not_an_actor() -> None:
    """"anti-Trump" (of "anti-Trump Republicans"), "post-Soviet", "a non-Jew", "a neo-Nazi"
    tagged whole as groups were groups (names.json modifier_prefixes). Near misses: the group the
    prefixed word describes stays ("Republicans"), and so does a name whose lower-case first
    part is a particle ("al-Shabaab")."""
    r = _resolve_tagged(["The firm worked for anti-Varnholt Republicans in 2016.",
                         "A neo-Nazi and a non-Jew spoke, as al-Shabaab threatened the town."],
                        [[("anti-Varnholt", "NORP"), ("Republicans", "NORP")],
                         [("neo-Nazi", "NORP"), ("non-Jew", "NORP"), ("al-Shabaab", "ORG")]])
    names_ = {a.name for a in r.actors}
    assert not {"anti-Varnholt", "neo-Nazi", "non-Jew"} & names_
    assert any("Shabab" in name for name in names_)  # the gazetteer's spelling
    assert any(a.name in ("Republicans", "Republican Party") for a in r.actors)


def test_regression_the_singular_word_of_a_faith_is_not_a_group() -> None:
    """"Catholic" of "Catholic schools", "a Muslim", "a Puritan upbringing" (tagged a place),
    "Evangelical Christian" describing one woman were groups (words.json not_actors). Near miss:
    the faithful named in the plural are the group."""
    r = _resolve_tagged(["Catholic schools closed, said Mara Quint, a Muslim.",
                         "She had a Puritan upbringing as an Evangelical Christian.",
                         "Muslims and Catholics marched together."],
                        [[("Catholic", "NORP"), ("Mara Quint", "PERSON"), ("Muslim", "NORP")],
                         [("Puritan", "GPE"), ("Evangelical", "NORP"), ("Christian", "NORP")],
                         [("Muslims", "NORP"), ("Catholics", "NORP")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Mara Quint": PERSON, "Muslims": GROUP, "Catholics": GROUP}


def test_regression_the_outlet_credited_in_a_dateline_is_not_an_actor() -> None:
    """"Erbil (CNN)", "Feb. 27 (UPI)" and "-LRB- Vatican Radio -RRB-" opening a story listed the
    outlet (and "Vatican" the Holy See): the outlet that filed the story is not an actor of it
    (_is_dateline_credit; UPI joins the wire agencies of words.json). Near misses: the outlet
    acting later in the story stays, "Vatican Radio" an organisation and not the state, and the
    state named alone stays the state."""
    r = _resolve_tagged(["Varnholt (CNN) Clashes broke out as Ivo Tamber spoke.",
                         "-LRB- Vatican Radio -RRB- Pope Francis urged calm.",
                         "CNN sued the city, and Vatican Radio sacked two editors.",
                         "The Vatican said nothing."],
                        [[("Varnholt", "GPE"), ("CNN", "ORG"), ("Ivo Tamber", "PERSON")],
                         [("Pope Francis", "PERSON")], [("CNN", "ORG")], []])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["CNN"] is ORG and kinds["Vatican Radio"] is ORG
    assert kinds["Holy See"] is COUNTRY
    by_actor = _by_actor(r)
    assert by_actor["CNN"] == ["CNN"] and by_actor["Vatican Radio"] == ["Vatican Radio"]
    assert by_actor["Holy See"] == ["Vatican"]


def test_regression_the_postal_service_is_not_the_united_states() -> None:
    """"the U.S. Postal Service releases a stamp" listed the United States ("Service" is a state
    organ's word; organizations.json now knows the postal service). Near miss: the Navy of the
    same state speaks for it (its Senate no longer does: words.json legislatures)."""
    r = _resolve_tagged(["The U.S. Postal Service released a stamp for Ivo Tamber.",
                         "The U.S. Navy objected."],
                        [[("The U.S. Postal Service", "ORG"), ("Ivo Tamber", "PERSON")],
                         [("The U.S. Navy", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {
        "U.S. Postal Service": ORG, "Ivo Tamber": PERSON, "United States": COUNTRY}
    assert _by_actor(r)["United States"] == ["U.S."]


def test_regression_all_american_is_not_the_united_states() -> None:
    """"a consensus All-American" (a sports honour) gave the United States a mention, as
    "African-American" did over its hyphen (words.json not_after, now read over a hyphen:
    _word_before). Near miss: "American officials" are the United States."""
    r = _resolve_tagged(["Ivo Tamber was named a consensus All-American in 2015.",
                         "American officials and African-American voters met."],
                        [[("Ivo Tamber", "PERSON"), ("All-American", "NORP")],
                         [("American", "NORP"), ("African-American", "NORP")]])
    us = [m.text for ms in r.mentions for m in ms if m.actor == "United States"]
    assert us == ["American"]


def test_regression_a_place_tagged_a_person_or_a_body_is_a_place() -> None:
    """"the district of Altun Kupri" beside "advanced on Altun Kupri" (tagged a person) listed a
    person (_places_by_phrase), "the city of Krasnodar" tagged a body an organisation, and
    "Mesquite  Nevada" (a town named with its state, tagged a body) an organisation
    (_before_its_state). Near misses: a body before the state's possessive ("Tarnco  Texas's
    biggest employer") stays a body, and so does a person named beside a town."""
    r = _resolve_tagged(["Troops entered Varnkupri on Friday, Ivo Tamber said.",
                         "The district of Varnkupri lies on the road north.",
                         "Brackmoor  Nevada  sued the county.",
                         "Tarnco  Texas's biggest employer  cut jobs in the city of Velsk."],
                        [[("Varnkupri", "PERSON"), ("Ivo Tamber", "PERSON")],
                         [("Varnkupri", "PERSON")],
                         [("Brackmoor", "ORG"), ("Nevada", "GPE")],
                         [("Tarnco", "ORG"), ("Texas", "GPE"), ("Velsk", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Varnkupri": PLACE, "Ivo Tamber": PERSON, "Brackmoor": PLACE, "Nevada": PLACE,
        "Tarnco": ORG, "Texas": PLACE}


def test_regression_an_outlet_named_after_a_country_is_not_the_country() -> None:
    """"USA TODAY" closing a caption, "USA TODAY Sports' Jane Doe" (the agency) and "In the USA
    Today article" gave the United States a mention (_outlet_after now reads an outlet or an
    agency the word lists name after a place; words.json media: USA TODAY, USA Today). Near
    misses: the outlet acting is the outlet, and "the USA" alone stays the country. (The
    agency's reporter, "Ivo Tamber", is its video credit, no actor: _is_video_credit.)"""
    r = _resolve_tagged(["Mara Quint felt uncomfortable. USA TODAY",
                         "SportsPulse: USA TODAY Sports' Ivo Tamber breaks it down.",
                         "USA Today sued the city, and the USA protested."],
                        [[("Mara Quint", "PERSON")], [("Ivo Tamber", "PERSON")],
                         [("USA Today", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Mara Quint": PERSON, "USA Today": ORG, "United States": COUNTRY}
    assert _by_actor(r)["United States"] == ["USA"]


def test_regression_commonwealths_attorney_is_a_title() -> None:
    """"Commonwealth ' s Attorney Dave Chapman" (a Virginia prosecutor, the possessive spaced by
    the corpus) listed "Commonwealth" as an organisation (words.json possessive_titles). Near
    miss: the Commonwealth owning something else ("the Commonwealth's leaders") is the body."""
    r = _resolve_tagged(["Police got bad advice from Commonwealth ' s Attorney Dana Roe.",
                         "The Commonwealth's leaders met in Varnholt."],
                        [[("Commonwealth", "ORG"), ("Dana Roe", "PERSON")],
                         [("Commonwealth", "ORG")]])
    assert {a.name for a in r.actors} >= {"Dana Roe", "Commonwealth"}
    assert [m.paragraph for ms in r.mentions for m in ms if m.actor == "Commonwealth"] == [1]


def test_regression_a_caption_credit_in_brackets_without_a_slash_is_not_an_actor() -> None:
    """"... in the 1980s. (Montefiore Health System)" closing a caption listed the credited
    body; a credit without a slash was only caught in a dateline. Near misses: brackets inside
    a sentence ("Varnholt Care (a hospital group)"), a sentence of its own in brackets after
    another (a first try dropped "(Nadal is 5-2 in those meetings.)"), and a body acting later."""
    r = _resolve_tagged(["Mara Quint stands outside the clinic in 1984. (Kessler Health System)",
                         "Quint joined Varnholt Care (a hospital group) in 1990.",
                         "Kessler Health System said she retired.",
                         "She won. (Kessler Health System paid her fees.)"],
                        [[("Mara Quint", "PERSON"), ("Kessler Health System", "ORG")],
                         [("Quint", "PERSON"), ("Varnholt Care", "ORG")],
                         [("Kessler Health System", "ORG")], [("Kessler Health System", "ORG")]])
    assert {a.name for a in r.actors} == {"Mara Quint", "Varnholt Care", "Kessler Health System"}
    assert [m.paragraph for ms in r.mentions for m in ms
            if m.actor == "Kessler Health System"] == [2, 3]


def test_regression_an_outlet_someone_tells_is_a_source() -> None:
    """"Curry tells NPR's ...", "Observers tell Yonhap", "sources tell CNN" listed the outlet
    (_SOURCE_BEFORE held "told" only). Near miss: the outlet acting stays."""
    r = _resolve_tagged(["Mara Quint tells Yonhap she will run, and sources tell CNN so.",
                         "CNN fired its editor."],
                        [[("Mara Quint", "PERSON"), ("Yonhap", "ORG"), ("CNN", "ORG")],
                         [("CNN", "ORG")]])
    assert {a.name for a in r.actors} == {"Mara Quint", "CNN"}
    assert [m.paragraph for ms in r.mentions for m in ms if m.actor == "CNN"] == [1]


def test_regression_the_sixties_and_a_law_firm_and_east_germany() -> None:
    """"During the Sixties" tagged a body was one (words.json calendar: the decades as words);
    "Mills Law Firm" tagged a person was a person (names.json org_words: Firm); "what was then
    East Germany" gave Germany a mention (words.json not_after). Near misses: "Germany" alone
    stays the country, a person named Firmin stays a person."""
    r = _resolve_tagged(["The Sixties changed Tarvin Law Firm, Ivo Firmin said.",
                         "He left Germany for East Germany."],
                        [[("Sixties", "ORG"), ("Tarvin Law Firm", "PERSON"),
                          ("Ivo Firmin", "PERSON")],
                         [("Germany", "GPE"), ("East Germany", "GPE")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert "Sixties" not in kinds
    assert kinds["Tarvin Law Firm"] is ORG and kinds["Ivo Firmin"] is PERSON
    assert kinds["Germany"] is COUNTRY
    assert [m.text for ms in r.mentions for m in ms if m.actor == "Germany"] == ["Germany"]


def test_regression_buzz60_credit_is_not_a_person() -> None:
    """"... has the story. Buzz60" (USA TODAY's video service, closing a video's blurb) tagged a
    person was one (words.json agencies). Near miss: the person named in the blurb stays."""
    r = _resolve_tagged(["The coin soared. Ivo Tamber has the story. Buzz60"],
                        [[("Ivo Tamber", "PERSON"), ("Buzz60", "PERSON")]])
    assert {a.name for a in r.actors} == {"Ivo Tamber"}


def test_regression_a_company_named_without_its_industry_word_is_one_company() -> None:
    """"Emerson" beside "Emerson Electric" was a second organisation (names.json org_words:
    Electric, Electronics, Energy, Communications, Software, Foods, Brands). Near miss: a
    person carrying the one word keeps it ("Ivo Tarvex" beside "Tarvex Energy")."""
    r = _resolve_tagged(["Analysts like Tarvex Electric.", "Tarvex has support at 63 dollars."],
                        [[("Tarvex Electric", "ORG")], [("Tarvex", "ORG")]])
    assert {a.name for a in r.actors} == {"Tarvex Electric"}
    near = _resolve_tagged(["Ivo Tarvex runs Tarvex Energy.", "Tarvex said sales rose."],
                           [[("Ivo Tarvex", "PERSON"), ("Tarvex Energy", "ORG")],
                            [("Tarvex", "PERSON")]])
    assert ("Tarvex", "Ivo Tarvex", "surname") in found(near)


def test_regression_a_common_noun_after_a_is_not_a_person() -> None:
    """"A living Liturgy for a living Church" (a theme's slogan) listed "Liturgy" as a person;
    "a Twitter post" and "a Jackson native" were actors too: a one-word name takes no "a", a
    common noun does (_common_noun_after_a). Near miss: a surname that is no English word after
    "a young" ("a young Varnholt") stays a person."""
    r = _resolve_tagged(['The theme was "A living Liturgy" this year.',
                         "Old photos show a young Varnholt in uniform."],
                        [[("Liturgy", "PERSON")], [("Varnholt", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Varnholt": PERSON}


def test_regression_a_lone_surname_opened_by_a_particle_is_not_dropped() -> None:
    """"al-Maliki said ..." (PerSenT's main person of an article that never names him in full)
    was no actor at all: a name opening with a lower-case letter was taken for a common word.
    Near miss: a lower-case word that is no particle still opens no name."""
    r = _resolve_tagged(["On Monday al-Darwani said the army was ready.",
                         "A mid-Halden vote was held."],
                        [[("al-Darwani", "PERSON")], [("mid-Halden", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"al-Darwani": PERSON}


def test_regression_a_documentary_titled_with_its_subjects_name_keeps_the_person() -> None:
    """"documentary Eric Clapton: Life in 12 Bars" (persent_0493) held the only full name as a
    work, so the guitarist was split into "Clapton" and "Eric" once a link line went
    (_names_the_subject). Near miss: a work named by one word before a colon stays a work."""
    r = _resolve_tagged(["The documentary Ilse Varga: A Life on the Water opened.",
                         "Before Ilse the river had no singer, Varga said."],
                        [[("Ilse Varga", "PERSON")], [("Ilse", "PERSON"), ("Varga", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Ilse Varga": PERSON}
    near = _resolve_tagged(["The film Winterhaven: A Harbour Story opened on Friday."],
                           [[("Winterhaven", "PERSON")]])
    assert not near.actors


def test_regression_a_pet_is_not_an_actor() -> None:
    """"his neighbor's cat named Chester" (persent_0451) and "the puppy called Verny" (0545)
    listed the animals as a person and an organisation (_names_an_animal, names.json
    animal_nouns); the cat's name alone later in the article is no actor either
    (_drop_animals). Near misses: a speaker after a comma and the subject of a clause on the
    animal stay people."""
    _, r = resolve(["Ilse Varga hit her neighbour's cat named Felko several times.",
                    "Officers rescued Felko from a bin on Tuesday.",
                    "Ilse Varga said the puppy, Bravko, had been a gift from Sergei Marek."])
    assert {a.name for a in r.actors} == {"Ilse Varga", "Sergei Marek"}
    _, near = resolve(["He bought a horse, Ilse Varga said on Monday.",
                       "It was the horse Sergei Marek rode in 2010."])
    assert {a.name for a in near.actors} == {"Ilse Varga", "Sergei Marek"}


def test_regression_a_name_ending_a_quoted_title_is_a_work() -> None:
    """"Lord of the Rings" in quotation marks listed "Rings" as an organisation (persent_0161)
    and “Zootopia.”, its full stop inside the mark, was one too (0357) (_ends_quoted_title,
    _STOPS_INSIDE_QUOTES). Near misses: a quoted sentence naming someone and a name quoted with
    its title stay actors."""
    r = _resolve_tagged(['Nobody cast her in "Winter of the Tarnows" that year.',
                         "The studio won with “Halvorsen.”"],
                        [[("Tarnows", "ORG")], [("Halvorsen", "ORG")]])
    assert not r.actors
    near = _resolve_tagged(['"Nobody asked Varga," she said.',
                            'The ad opens with the words "Dr. Ilse Varga" in white.'],
                           [[("Varga", "PERSON")], [("Ilse Varga", "PERSON")]])
    assert {a.name for a in near.actors} == {"Ilse Varga"}


def test_regression_book_sections_tax_forms_and_burgers_are_not_actors() -> None:
    """"wrote in the Preface" (persent_0041), "a new W-4" (0522), "the old Big King burger"
    (0509) and "our Gold Star families" (0205) were listed as organisations (words.json things,
    names.json product_nouns: burger). Near miss: a body whose longer name holds the word stays
    one."""
    r = _resolve_tagged(["Ilse Varga wrote in the Preface that the war must end.",
                         "Workers must sign a new W-4, and the Big Harbor burger is back."],
                        [[("Ilse Varga", "PERSON"), ("Preface", "ORG")],
                         [("W-4", "ORG"), ("Big Harbor", "ORG")]])
    assert {a.name for a in r.actors} == {"Ilse Varga"}
    near = _resolve_tagged(["The Preface Group said sales rose."], [[("Preface Group", "ORG")]])
    assert {a.name for a in near.actors} == {"Preface Group"}


def test_regression_a_portfolio_before_secretary_is_no_organisation() -> None:
    """"International Trade" of "International Trade Secretary Liam Fox" (persent_0150) and
    "International Development" of "... Secretary Priti Patel" (0231) were listed as
    organisations (words.json cabinet_titles). Near miss: a party before "Secretary" stays."""
    r = _resolve_tagged(["Ilse Varga met International Trade Secretary Dana Roe."],
                        [[("Ilse Varga", "PERSON"), ("International Trade", "ORG"),
                          ("Dana Roe", "PERSON")]])
    assert {a.name for a in r.actors} == {"Ilse Varga", "Dana Roe"}
    near = _resolve_tagged(["The Veldora Workers Party Secretary Dana Roe spoke."],
                           [[("Veldora Workers Party", "ORG"), ("Dana Roe", "PERSON")]])
    assert {a.name for a in near.actors} == {"Veldora Workers Party", "Dana Roe"}


def test_regression_a_general_manager_written_gm_is_no_organisation() -> None:
    """"hiring a GM" and "assistant GM Troy Weaver" (persent_0187) were listed as the
    organisations "GM" and "GM Troy Weaver" (words.json role_initials). Near miss: "loans to GM"
    (0007), the carmaker, stays an organisation."""
    r = _resolve_tagged(["They are hiring a GM. Assistant GM Dana Roe called."],
                        [[("GM", "ORG"), ("GM Dana Roe", "ORG")]])
    assert {(a.name, a.kind) for a in r.actors} == {("Dana Roe", PERSON)}
    near = _resolve_tagged(["The Treasury extended loans to GM."], [[("GM", "ORG")]])
    assert {(a.name, a.kind) for a in near.actors} == {("GM", ORG)}


def test_regression_a_generic_body_word_alone_is_no_actor() -> None:
    """"the Department is calling" (persent_0542), "Foundation" left of "Thomson Reuters
    Foundation" (0160), "the University students" (0090) and "Media playback" (0192) were
    listed as bodies or places (words.json not_actors). Near miss: the word inside a longer
    name stays part of that body."""
    r = _resolve_tagged(["Dana Roe left, the Department said."],
                        [[("Dana Roe", "PERSON"), ("Department", "ORG")]])
    assert {a.name for a in r.actors} == {"Dana Roe"}
    near = _resolve_tagged(["The Veldora Foundation paid Dana Roe."],
                           [[("Veldora Foundation", "ORG"), ("Dana Roe", "PERSON")]])
    assert {a.name for a in near.actors} == {"Veldora Foundation", "Dana Roe"}


def test_regression_a_headline_verb_tagged_a_proper_noun_is_cut_from_the_name() -> None:
    """"Steele Publicly Admitted In Court" (persent_0285) and "Franken Reiterates" (0276) were
    listed as a body and a place: spaCy tags a title-case verb a proper noun, so the lexicon
    tells it (_headline_word). Near miss: a word that is a noun too ("Controls") stays a name."""
    texts = ["Varga Reiterates He Will Stay", "Ilse Varga spoke on Monday."]
    r = _resolve_tagged(texts, [[("Varga Reiterates", "GPE")], [("Ilse Varga", "PERSON")]])
    assert {a.name for a in r.actors} == {"Ilse Varga"}
    near = _resolve_tagged(["Varga Controls Said Sales Rose", "Ilse Varga spoke on Monday."],
                           [[("Varga Controls", "ORG")], [("Ilse Varga", "PERSON")]])
    assert {a.name for a in near.actors} == {"Varga Controls", "Ilse Varga"}



def test_regression_title_case_heading_names_are_no_actors() -> None:
    """unseen9: a headline, a related story's link and a site's banner, each a title-case line
    of its own, were listed as actors ("... Downplays Security Warnings" a body, "...
    Supporters Blocking" a person, "... Headline News World News" an outlet) though no
    sentence of the article names them. Near miss: a firm named in a heading beside its
    founder's full name below ("Varga Controls", a noun after the surname) stays a name."""
    texts = ["Kestrel Headline News World News", "Harbour Port Downplays Strike Fears",
             "Ilse Varga said the port was calm on Monday."]
    r = _resolve_tagged(texts, [[("Kestrel Headline News World News", "ORG")],
                                [("Harbour Port Downplays Strike Fears", "ORG")],
                                [("Ilse Varga", "PERSON")]])
    assert {a.name for a in r.actors} == {"Ilse Varga"}
    near = _resolve_tagged(["Varga Controls Buys Harbour Port", "Ilse Varga spoke on Monday."],
                           [[("Varga Controls", "ORG")], [("Ilse Varga", "PERSON")]])
    assert {a.name for a in near.actors} == {"Varga Controls", "Ilse Varga"}


def test_regression_a_person_glued_to_a_heading_is_cut_to_the_name_the_sentences_write() -> None:
    """PerSenT: a numbered heading ("4. NAME Hate Speech Trials") tagged whole as a person lost
    the person's mention there once heading names were dropped; the words the sentences write
    are the person."""
    texts = ["4. Ilse Varga Hate Speech Trials",
             "Ilse Varga, the party's leader, was tried twice for insulting a minority."]
    r = _resolve_tagged(texts, [[("Ilse Varga Hate Speech Trials", "PERSON")],
                                [("Ilse Varga", "PERSON")]])
    assert ("Ilse Varga", "Ilse Varga", "name") in {(m.text, m.actor, m.via) for m in r.mentions[0]}
    assert {a.name for a in r.actors} == {"Ilse Varga"}


def test_regression_a_headline_verb_after_a_spaced_name_is_cut_too() -> None:
    """PerSenT spaces its names ("Franken  Reiterates", persent_0276): the space token between
    the surname and the verb hid the verb from _cut_glued_names."""
    texts = ["Varga  Reiterates He Will Stay", "Ilse Varga spoke on Monday."]
    r = _resolve_tagged(texts, [[("Varga  Reiterates", "GPE")], [("Ilse Varga", "PERSON")]])
    assert {a.name for a in r.actors} == {"Ilse Varga"}


def test_regression_no_ranger_had_touched_the_puck_is_one_player() -> None:
    """"no Ranger had touched the puck" (persent_0412) was listed as a person named Ranger
    (_ONE_PLAYER_WORDS). Near miss: the singular before a noun ("a Ranger fan") is the team."""
    r = _resolve_tagged(["Dana Roe said no Ranger had touched the puck."],
                        [[("Dana Roe", "PERSON"), ("Ranger", "PERSON")]])
    assert {a.name for a in r.actors} == {"Dana Roe"}
    near = _resolve_tagged(["Dana Roe is a Ranger fan who loves the Rangers."],
                           [[("Dana Roe", "PERSON"), ("Ranger", "ORG"), ("Rangers", "ORG")]])
    assert {a.name for a in near.actors} == {"Dana Roe", "Rangers"}


def test_regression_a_character_played_by_an_actor_is_no_actor() -> None:
    """"who plays Sam Tarly" (persent_0245) listed a character as a person (names.json
    role_verbs, stage_words). Near miss: "plays" in a match keeps the opponent."""
    r = _resolve_tagged(["The actor Dana Roe plays Jon Vane on the show."],
                        [[("Dana Roe", "PERSON"), ("Jon Vane", "PERSON")]])
    assert {a.name for a in r.actors} == {"Dana Roe"}
    near = _resolve_tagged(["Dana Roe plays Jon Vane in the final."],
                           [[("Dana Roe", "PERSON"), ("Jon Vane", "PERSON")]])
    assert {a.name for a in near.actors} == {"Dana Roe", "Jon Vane"}


def test_regression_a_tax_and_a_job_by_initials_are_not_actors() -> None:
    """"GST" (a goods and services tax, persent_0063), "EMT" (a job, 0569) and "GP" (a general
    practitioner, 0432) were listed as organisations (words.json things, not_actors). Near miss:
    a longer body name holding the initials stays one."""
    r = _resolve_tagged(["Ilse Varga, an EMT and GP, said the GST hurt her shop."],
                        [[("Ilse Varga", "PERSON"), ("EMT", "ORG"), ("GP", "ORG"),
                          ("GST", "ORG")]])
    assert {a.name for a in r.actors} == {"Ilse Varga"}
    near = _resolve_tagged(["GST Holdings said sales rose."], [[("GST Holdings", "ORG")]])
    assert {a.name for a in near.actors} == {"GST Holdings"}


def test_regression_an_adjective_of_a_name_describing_a_thing_is_no_group() -> None:
    """"the Keynesian beauty contest" (persent_0054), "a Chestertonian note" (0501) and "a
    Hawaiian shirt" (0320) were listed as groups (_describes_a_thing). Near misses: the same
    word before a person's role or a plural of people stays a group."""
    r = _resolve_tagged(["Ilse Varga called it a Tarnowian beauty contest."],
                        [[("Ilse Varga", "PERSON"), ("Tarnowian", "NORP")]])
    assert {a.name for a in r.actors} == {"Ilse Varga"}
    near = _resolve_tagged(["The Tarnowian premier met Ilse Varga.",
                            "Tarnowian voters backed Ilse Varga."],
                           [[("Tarnowian", "NORP"), ("Ilse Varga", "PERSON")],
                            [("Tarnowian", "NORP"), ("Ilse Varga", "PERSON")]])
    assert {a.name: a.kind for a in near.actors} == {"Tarnowian": GROUP, "Ilse Varga": PERSON}


def test_regression_georgia_after_a_us_town_is_the_state_not_the_country() -> None:
    """"Marietta  Georgia" and "Atlanta  Georgia" (a stripped comma) listed the country Georgia
    (gazetteer.STATES_NAMED_AS_COUNTRIES, _state_after_town). Near misses: the country's own
    capital before it, a list of countries and "in Georgia" alone keep the country."""
    r = _resolve_tagged(["Mara Quint moved to Dunwell  Georgia  last year."],
                        [[("Mara Quint", "PERSON"), ("Dunwell", "GPE"), ("Georgia", "GPE")]])
    assert {a.name: a.kind for a in r.actors}.get("Georgia (U.S. state)") is PLACE
    assert "Georgia" not in {a.name for a in r.actors}
    near = _resolve_tagged(["Talks in Tbilisi, Georgia ended.",
                            "Russia, Georgia and Ukraine signed.", "Troops stayed in Georgia."],
                           [[("Tbilisi", "GPE"), ("Georgia", "GPE")],
                            [("Russia", "GPE"), ("Georgia", "GPE"), ("Ukraine", "GPE")],
                            [("Georgia", "GPE")]])
    assert "Georgia (U.S. state)" not in {a.name for a in near.actors}
    assert _by_actor(near)["Georgia"] == ["Georgia", "Georgia", "Georgia"]


def test_regression_surname_tagged_organisation_with_a_who_clause_is_a_person() -> None:
    """"including Glasser  who allegedly protected Weinstein" and "with Wooden  whom he called"
    listed an organisation and a place (_takes_who). Near misses: a company a "which" or a
    "whose" clause describes stays a body, and so do a team in the plural after "the" and a
    noun the parse hangs a senator's "who" on ("the Oregon state House")."""
    r = _resolve_tagged(["Executives, including Dravnik, who knew of it, left.",
                         "He worked games with Olvera, whom he called the greatest."],
                        [[("Dravnik", "ORG")], [("Olvera", "GPE")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Dravnik"] is PERSON and kinds["Olvera"] is PERSON
    near = _resolve_tagged(["Investors sued Tarvex, which makes brake parts.",
                            "The Cardinals, who lost twice, fired the coach.",
                            "It is dwarfed by Tesco and Brellow, whose stores number thousands.",
                            "Dana Roe, a former speaker of the Oregon state House, who led it."],
                           [[("Tarvex", "ORG")], [("Cardinals", "ORG")], [("Brellow", "ORG")],
                            [("Dana Roe", "PERSON"), ("House", "ORG")]])
    kinds = {a.name: a.kind for a in near.actors}
    assert kinds["Tarvex"] is ORG and kinds.get("Cardinals", ORG) is ORG
    assert kinds["Brellow"] is ORG and kinds.get("House", ORG) is ORG


def test_regression_a_sheriff_named_like_a_country_is_not_the_country() -> None:
    """"Per Sheriff Israel  Cruz then dropped his rifle" listed the country Israel
    (_TITLES_BEFORE_A_SURNAME). Near miss: "Miss Jamaica" and "in Israel" stay the countries."""
    _, r = resolve(["Per Sheriff Israel, the suspect then dropped his rifle."])
    assert "Israel" not in {a.name for a in r.actors}
    _, near = resolve(["Miss Jamaica won the crown.", "She grew up in Israel."])
    assert {"Jamaica", "Israel"} <= {a.name for a in near.actors}


def test_regression_times_up_movement_is_not_time_magazine() -> None:
    """"the #MeToo and Time's Up movements" (spaCy tags "Time") listed Time magazine
    (words.json not_actors, read after the possessive). Near miss: "Time's cover" is the
    magazine."""
    r = _resolve_tagged(["The award comes amid the #MeToo and Time’s Up movements."],
                        [[("Time", "ORG")]])
    assert "Time" not in {a.name for a in r.actors}
    near = _resolve_tagged(["Mara Quint landed on Time's cover in May."],
                           [[("Mara Quint", "PERSON"), ("Time", "ORG")]])
    assert "Time" in {a.name for a in near.actors}


def test_regression_american_cheese_is_not_the_united_states() -> None:
    """"two beef patties with American cheese" listed the United States (names.json
    demonym_things, read by _adjective_is_actor). Near miss: "American troops" is the country."""
    _, r = resolve(["The burger has two beef patties with American cheese and pickles."])
    assert "United States" not in {a.name for a in r.actors}
    _, near = resolve(["American troops left the base on Monday."])
    assert "United States" in {a.name for a in near.actors}


def test_regression_singer_with_a_rare_given_name_tagged_organisation_is_a_person() -> None:
    """"Dierks Bentley", "Flip Saunders" and "Bobbe Dyke" tagged ORG were organisations: their
    given names were missing from first_names.json, which grew by about 190 given names
    (names that are also places, companies or common words left out: Lincoln, Chase, Otis,
    Zara). Near miss: a two-word body opening with a surname-like word stays a body."""
    r = _resolve_tagged(["Tickets for Dierks Halloway sold out.", "Coach Flip Varnum resigned.",
                         "Bobbe Tarrow spoke.", "Harlow Amberly bought the farm."],
                        [[("Dierks Halloway", "ORG")], [("Flip Varnum", "ORG")],
                         [("Bobbe Tarrow", "ORG")], [("Harlow Amberly", "ORG")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Dierks Halloway"] is PERSON and kinds["Bobbe Tarrow"] is PERSON
    assert kinds["Harlow Amberly"] is ORG


def test_regression_surname_before_his_brothers_full_name_is_not_the_brother() -> None:
    """"Weinstein was fired ... from the company he co-founded with his brother Bob Weinstein"
    gave every "Weinstein" (Harvey, never named in full) to Bob (names.json kin_nouns,
    _surnames_of_an_earlier_relative). Near miss: a full name that is no one's relative, or
    written first, still takes the surname."""
    _, r = resolve(["Mr. Tarlow was fired on Sunday from the studio he co-founded with his "
                    "brother Bob Tarlow in 2005.", "Tarlow denied the claims."])
    by = _by_actor(r)
    assert by["Bob Tarlow"] == ["Bob Tarlow"]
    assert {"Mr. Tarlow", "Tarlow"} <= set(by["Tarlow"])
    _, near = resolve(["Bob Tarlow runs the studio with his brother.", "Tarlow denied the claims."])
    assert "Tarlow" in _by_actor(near)["Bob Tarlow"]


def test_regression_city_after_a_call_sign_is_not_the_city() -> None:
    """"an anchor for Fox O&O KTTV Los Angeles" listed the place Los Angeles (_CALL_SIGN read
    by _accept_place). Near miss: "Los Angeles" after an ordinary word stays the city."""
    _, r = resolve(["Mara Quint is now an anchor for Fox O&O KTTV Los Angeles."])
    assert "Los Angeles" not in {a.name for a in r.actors}
    _, near = resolve(["Los Angeles sued the company on Monday."])
    assert "Los Angeles" in {a.name for a in near.actors}


def test_regression_surname_tagged_place_before_and_his_is_a_person() -> None:
    """"Supporters of Kibaki and his campaign rival Odinga" listed Kibaki as a place (_and_his).
    Near miss: a company before "and its lenders" stays a body."""
    r = _resolve_tagged(["Supporters of Kibwana and his campaign rival clashed.",
                         "The deal between Tarvex and its lenders fell through."],
                        [[("Kibwana", "GPE")], [("Tarvex", "ORG")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Kibwana"] is PERSON and kinds["Tarvex"] is ORG


def test_regression_family_name_shared_by_two_full_names_is_no_actor() -> None:
    """"Wang" beside "Wang Shuo" and "Wang Qishan" was an actor of its own, a third person
    (_join_persons: a first word several full names open with is shared, given name or not).
    Near miss: "Wang" beside one full name joins it."""
    _, r = resolve(["She handed the paper to her deputy Wang Shuo.",
                    "Wang Qishan rose to power.", "Wang appears to keep his influence."])
    assert "Wang" not in {a.name for a in r.actors}
    _, near = resolve(["She handed the paper to her deputy Wang Shuo.",
                       "Wang appears to keep his influence."])
    assert {a.name for a in near.actors} == {"Wang Shuo"}


def test_regression_village_named_estates_is_not_a_person() -> None:
    """"a lifelong resident of Hoffman Estates" (tagged PERSON) listed a person; read as a
    place, where someone lives, it is no actor (names.json
    place_words: Estates, Township). Near miss: a person whose surname is a word of a town's
    name the table leaves out ("Mark Meadows") stays a person."""
    r = _resolve_tagged(["He lives in Varnell Estates, the chief said.", "Mark Meadows spoke."],
                        [[("Varnell Estates", "PERSON")], [("Mark Meadows", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}  # a place named as where: no actor
    assert kinds.get("Varnell Estates") is None and kinds["Mark Meadows"] is PERSON


def test_regression_mexican_state_tagged_person_is_a_place() -> None:
    """"After violent clashes on the streets of Tamaulipas" (tagged PERSON) listed a person
    (places.json regions: the states of Mexico). Near miss: "Guerrero", left out as a surname
    too, stays what spaCy says."""
    r = _resolve_tagged(["Tamaulipas closed its schools.", "Dana Guerrero said she would stay."],
                        [[("Tamaulipas", "PERSON")], [("Dana Guerrero", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Tamaulipas"] is PLACE and kinds["Dana Guerrero"] is PERSON


def test_regression_a_case_named_by_its_party_is_not_a_person() -> None:
    """"overturning Roe v. Wade" and then "letting Roe stand" listed "Roe" as a person with 21
    mentions (_CASE_NAME, _drop_case_names). Near misses: a person named in full with the
    party's surname keeps it, and "Tom vs. Time" is left to the rules for works."""
    r = _resolve_tagged(["Judges may overturn Varnum v. Ostrow.", "Critics say Varnum must stand."],
                        [[("Varnum", "PERSON"), ("Ostrow", "PERSON")], [("Varnum", "PERSON")]])
    assert not {"Varnum", "Ostrow"} & {a.name for a in r.actors}
    near = _resolve_tagged(["Dana Varnum filed Varnum v. Ostrow.", "Varnum said she would win."],
                           [[("Dana Varnum", "PERSON")], [("Varnum", "PERSON")]])
    assert "Varnum" in _by_actor(near)["Dana Varnum"]


def test_regression_greatest_of_all_time_is_not_an_organisation() -> None:
    """"the acronym for Greatest Of All Time" (tagged ORG) listed an organisation (words.json
    not_actors, beside "GOAT"). Near miss: the person who said it stays."""
    r = _resolve_tagged(["Dana Roe said it stands for Greatest Of All Time."],
                        [[("Dana Roe", "PERSON"), ("Greatest Of All Time", "ORG")]])
    assert {a.name for a in r.actors} == {"Dana Roe"}


def test_regression_college_nickname_is_the_college_team() -> None:
    """"Seminoles" beside "Florida State" (the same team) was a second actor, a group, and
    "Miami Hurricanes" (a team's full name) was a person (_join_college_nicknames). Near miss:
    a nickname alone in an article that names none of its colleges stays as spaCy tags it."""
    r = _resolve_tagged(["Florida State lost 24-10 on Saturday.",
                         "The Seminoles and the Miami Hurricanes meet next."],
                        [[("Florida State", "ORG")],
                         [("Seminoles", "NORP"), ("Miami Hurricanes", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Florida State": ORG, "Miami Hurricanes": ORG}
    near = _resolve_tagged(["The Seminoles held a tribal council on Monday."],
                           [[("Seminoles", "NORP")]])
    assert {a.name: a.kind for a in near.actors} == {"Seminoles": GROUP}


def test_regression_place_followed_by_its_score_is_its_team() -> None:
    """"crushed by Iowa 55-24" and "throttling Wisconsin 59-0" in a short college football
    report (its sports words: "the Buckeyes", a college nickname, and "Stadium") listed both
    states as places: a score right after a place cues its team, and a college team's nickname
    counts as a sports word as a major-league one does. Near miss: the same place and tally in
    an article with no sports words stays a place."""
    r = _resolve_tagged(["The Buckeyes lost to Iowa 55-24 at Kinnick Stadium."],
                        [[("Buckeyes", "NORP"), ("Iowa", "GPE"), ("Kinnick Stadium", "FAC")]])
    assert {a.name: a.kind for a in r.actors}.get("Iowa") is ORG
    near = _resolve_tagged(["The bill passed in Iowa 55-24 on Tuesday."], [[("Iowa", "GPE")]])
    assert {a.name: a.kind for a in near.actors} == {"Iowa": PLACE}


def test_regression_state_university_in_a_sports_report_is_its_team() -> None:
    """"out of North Dakota State" (a quarterback's college) and "stops at Purdue and
    Mississippi State" (a coach's jobs), tagged GPE in sports reports, were listed as places:
    a state's name and "State" written so is the state university's team (_state_colleges).
    Near miss: outside a sports report the same words tagged a place are left as they are."""
    r = _resolve_tagged(["The rookie quarterback came out of Mississippi State."],
                        [[("Mississippi State", "GPE")]])
    assert {a.name: a.kind for a in r.actors} == {"Mississippi State": ORG}
    near = _resolve_tagged(["The senator came out of Mississippi State."],
                           [[("Mississippi State", "GPE")]])
    assert {a.name: a.kind for a in near.actors}.get("Mississippi State") is not ORG


def test_regression_capital_standing_for_its_team_is_not_the_state_or_country() -> None:
    """"after Sacramento held off the New York Knicks" gave California (Sacramento its seat)
    beside "the Kings", and "spots in Washington's bullpen" gave the United States beside "the
    Washington Nationals": a place whose verb has a known team as its object is a team, a
    bullpen is a team's, and a nickname that also names people (Kings, Nationals:
    words.json other_team_homes) is the club such a place joins. Near miss: the same capital
    holding a hearing in the same report is not the team."""
    r = _resolve_tagged(["Sacramento held off the New York Knicks, the coach said.",
                         "The Kings won."],
                        [[("Sacramento", "GPE"), ("New York Knicks", "ORG")], [("Kings", "ORG")]])
    assert ("Sacramento", "Kings", "alias") in found(r)
    near = _resolve_tagged(["Sacramento held a hearing on the arena, the coach said.",
                            "The Kings won."],
                           [[("Sacramento", "GPE")], [("Kings", "ORG")]])
    assert ("Sacramento", "Kings", "alias") not in found(near)


def test_regression_league_known_by_its_initials_is_an_organisation() -> None:
    """"Two-time MLB All-Star pitcher" listed "MLB" as a person, and initials tagged GPE are a
    place: a league known by its initials is an organisation whatever spaCy tags it (words.json
    leagues). Near miss: initials the table does not know keep spaCy's tag."""
    r = _resolve_tagged(["Dario Pell said MLB would appeal.", "KRVL said the same."],
                        [[("Dario Pell", "PERSON"), ("MLB", "GPE")], [("KRVL", "GPE")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["MLB"] is ORG and kinds["Dario Pell"] is PERSON
    assert kinds["KRVL"] is PLACE


def test_regression_the_place_lead_in_a_sports_report_is_the_team() -> None:
    """"to cut the Jacksonville lead to 14-10" (spaCy parsing the place as the verb's object)
    left Jacksonville a place beside the Jaguars: "the", the place and a team's noun are the
    team's. Near miss: "in the Jacksonville area" (no team's noun) stays the place."""
    r = _resolve_tagged(["A 1-yard scoring run cut the Jacksonville lead to 14-10.",
                         "The Jaguars won the game, the coach said."],
                        [[("Jacksonville", "GPE")], [("Jaguars", "ORG")]])
    assert ("Jacksonville", "Jaguars", "alias") in found(r)
    near = _resolve_tagged(["Fans in the Jacksonville area watched the game.",
                            "The Jaguars won the game, the coach said."],
                           [[("Jacksonville", "GPE")], [("Jaguars", "ORG")]])
    assert ("Jacksonville", "Jaguars", "alias") not in found(near)


def test_regression_country_inside_a_tournament_name_is_not_the_country() -> None:
    """"except the U.S. Open" and "his second U.S. Open semifinal" (tennis) listed the United
    States with four mentions: a country inside an event's name ending in an event word
    (names.EVENT_WORDS: Open, Cup, Prix), or right before such a word where spaCy tagged the
    country alone ("in U.S. Open history"), is no mention of it. Near miss: the country named
    beside the event ("Russia will host the Cup") stays."""
    _, r = resolve(["Dario Pell won the Australian Open and lost at the U.S. Open.",
                    "It was his first quarterfinal in U.S. Open history."])
    assert {a.name for a in r.actors} == {"Dario Pell"}
    _, near = resolve(["Russia will host the Kestrel Cup, Dario Pell said."])
    assert "Russia" in {a.name for a in near.actors}


def test_regression_qb_and_greatest_of_all_time_are_not_actors() -> None:
    """"the star QB was in Japan" listed "QB" as a person, and "the acronym for Greatest Of All
    Time" listed the words as an organisation (words.json not_actors). Near miss: a person's
    name beside them stays."""
    r = _resolve_tagged(["The star QB met Dario Pell, the Greatest Of All Time."],
                        [[("QB", "PERSON"), ("Dario Pell", "PERSON"),
                          ("Greatest Of All Time", "ORG")]])
    assert {a.name for a in r.actors} == {"Dario Pell"}


def test_regression_college_nickname_joins_a_college_spacy_tagged_a_place() -> None:
    """"the Spartans" (four mentions, a group) stayed apart from "Michigan State" where spaCy
    tagged one mention of the college a place: a college whose name is no known place is the
    team however spaCy tags it. Near miss: a college named like a state ("Iowa") and tagged a
    place keeps its nickname apart."""
    r = _resolve_tagged(["The Spartans beat Kestrel College on Saturday.",
                         "Michigan State has a new coach, the report said."],
                        [[("Spartans", "NORP"), ("Kestrel College", "ORG")],
                         [("Michigan State", "GPE")]])
    assert ("Spartans", "Michigan State", "alias") in found(r)
    near = _resolve_tagged(["The Hawkeyes beat Kestrel College on Saturday.",
                            "Iowa has a new coach, the report said."],
                           [[("Hawkeyes", "NORP"), ("Kestrel College", "ORG")], [("Iowa", "GPE")]])
    assert ("Hawkeyes", "Iowa", "alias") not in found(near)


def test_regression_places_in_a_game_between_them_are_teams() -> None:
    """"the national championship game between Alabama and Georgia" listed Alabama as a place,
    and "after the Tennessee game" left Tennessee a place beside the Tennessee Titans: in a
    sports report "between" after a match's noun, taking the second place joined to the first,
    and "the" place before a match's noun are the teams'. Near miss: "the Tennessee border"
    stays the place."""
    _, r = resolve(["Ian Varro watched the title game between Alabama and Georgia at the "
                    "stadium, the coach said."])
    assert {a.name: a.kind for a in r.actors} == {"Ian Varro": PERSON, "Alabama": ORG,
                                                  "Georgia": ORG}
    near = _resolve_tagged(["Fans crossed the Tennessee border before the season, the coach said."],
                           [[("Tennessee", "GPE")]])
    assert {a.name: a.kind for a in near.actors} == {"Tennessee": PLACE}


def test_regression_government_building_in_a_sports_report_is_no_team() -> None:
    """"clashed with the Kremlin" in an article its stadium and football club made a sports
    report listed the Kremlin as a team, an organisation ("clash" a match's word): a seat that
    is a building (gazetteer.BUILDINGS) is its government, never a team. Near miss: the
    capital itself cued in the same report ("scored twice for Moscow") is the team."""
    _, r = resolve(["The striker scored twice for Moscow in the cup, the coach said.",
                    "The owner clashed with the Kremlin over the stadium."])
    kinds = {a.name: a.kind for a in r.actors}
    assert "Kremlin" not in kinds and kinds["Russia"] is COUNTRY
    assert kinds["Moscow"] is ORG


def test_regression_a_list_of_sports_events_is_not_an_actor() -> None:
    """"went on to call Super Bowls  Olympics  Final Fours and ..." (spaced as the corpus
    spaces commas) listed "Super Bowls Olympics Final Fours" as one organisation: the plural of
    an event's last word ("Bowls", "Fours": names.json event_words) ends an event's name too.
    Near miss: the broadcaster named in the same sentence stays."""
    r = _resolve_tagged(["Ian Varro went on to call Super Bowls  Olympics  Final Fours games."],
                        [[("Ian Varro", "PERSON"), ("Super Bowls  Olympics  Final Fours", "ORG")]])
    assert {a.name for a in r.actors} == {"Ian Varro"}


def test_regression_college_named_by_one_word_in_a_sports_report_is_its_team() -> None:
    """"we beat Clemson" and "Vanderbilt's rising-senior starting quarterback" listed the two
    colleges as people (words.json colleges). Near miss: outside a sports report the same word
    tagged a person is no organisation (a Vanderbilt heir)."""
    r = _resolve_tagged(["The coach said Vanderbilt has a new quarterback this season."],
                        [[("Vanderbilt", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Vanderbilt": ORG}
    near = _resolve_tagged(["Vanderbilt left the estate to his heirs."],
                           [[("Vanderbilt", "PERSON")]])
    assert {a.name: a.kind for a in near.actors}.get("Vanderbilt") is not ORG


def test_regression_role_in_a_stripped_apposition_makes_a_person() -> None:
    """"as Piette  a relatively junior attorney  argued" listed the lawyer as an organisation:
    with the commas stripped the parse took "attorney" for the subject, not an apposition.
    Near misses: an apposition opened by a possessive ("their partner": a firm is someone's
    partner too) or naming no role ("a small firm") says nothing."""
    r = _resolve_tagged(["The judge waited while Carvelle  a junior attorney  argued the motion."],
                        [[("Carvelle", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Carvelle": PERSON}
    for text in ["The judge waited while Carvelle  their partner  argued the motion.",
                 "The judge waited while Carvelle  a small firm  argued the motion."]:
        near = _resolve_tagged([text], [[("Carvelle", "ORG")]])
        assert {a.name: a.kind for a in near.actors} == {"Carvelle": ORG}


def test_regression_city_the_tables_did_not_know_is_no_person() -> None:
    """"his short visit to Bologna" (persent_0090) and "living in Scottsdale" listed the cities
    as people where spaCy tagged them PERSON: places.json now knows the large and the often-named
    cities of the United States, Mexico, Canada and the world, and the US territories. Near
    miss: "Juarez" alone, a common surname, is left out, so a "Juarez" tagged a person stays
    one."""
    for text, city in [("The pope made a short visit to Bologna on Sunday.", "Bologna"),
                       ("The pitcher lives in Scottsdale in the winter.", "Scottsdale"),
                       ("Crews flew from Chicago to Puerto Rico on Monday.", "Puerto Rico")]:
        r = _resolve_tagged([text], [[(city, "PERSON")]])
        assert {a.name: a.kind for a in r.actors}.get(city) in (None, PLACE)
    near = _resolve_tagged(["The lawyer Juarez said the appeal was ready."],
                           [[("Juarez", "PERSON")]])
    assert {a.name: a.kind for a in near.actors} == {"Juarez": PERSON}


def test_regression_place_in_a_party_label_is_no_actor() -> None:
    """"State Rep. Adam Zemke  D-Ann Arbor  said" (persent_0505) listed Ann Arbor: only a
    state's short form ("D-Calif.") was dropped after a party label, not a city or a state
    written out. Near miss: "Texas" named apart in the same article stays an actor."""
    _, r = resolve(["State Rep. Dana Morrow, D-Chicago, said the board failed."])
    assert {a.name for a in r.actors} == {"Dana Morrow"}
    _, near = resolve(["Sen. Lee Varga (R-Texas) agreed.", "Texas passed the law."])
    assert "Texas" in {a.name for a in near.actors}


def test_regression_surname_owning_a_death_or_a_relative_is_a_person() -> None:
    """"Mystery has swirled around Wood's death" (persent_0261) listed "Wood", tagged ORG, as an
    organisation beside the actress's full name: a death, a funeral or a family tie ("Nunes's
    mother") is a person's. Near miss: "sister" in front of "company" is a firm's."""
    for text in ["Mystery has surrounded Carvelle's death since the trial.",
                 "Reporters called Carvelle's mother on Friday."]:
        r = _resolve_tagged([text], [[("Carvelle", "ORG")]])
        assert {a.name: a.kind for a in r.actors} == {"Carvelle": PERSON}
    near = _resolve_tagged(["Carvelle's sister company opened a plant."], [[("Carvelle", "ORG")]])
    assert {a.name: a.kind for a in near.actors} == {"Carvelle": ORG}


def test_regression_city_naming_a_rally_or_a_shooting_is_no_actor() -> None:
    """"during the Charlottesville “Unite the Right” rally" (persent_0569) and "the Las Vegas
    shooting" (0321, 0355, 0414) listed the city: it names where the event was (the quoted name
    made the parse an nmod, not a compound). Near miss: the city as the subject stays a place."""
    _, r = resolve(["He was angered by flags seen at the Tucson “Unite the Right” rally."])
    assert "Tucson" not in {a.name for a in r.actors}
    _, near = resolve(["Tucson sued the organisers over the rally."])
    assert {a.name: a.kind for a in near.actors}.get("Tucson") is PLACE


def test_regression_initialism_of_a_name_holding_an_initialism_joins_the_body() -> None:
    """"USAG" beside "USA Gymnastics" was a second organisation: the initialism keeps the
    capitals word of the name whole. Near miss: "USAF" spells no name of the article."""
    r = _resolve_tagged(["Coaches of USA Korfball met.", "USAK and USAF said so."],
                        [[("USA Korfball", "ORG")], [("USAK", "ORG"), ("USAF", "ORG")]])
    assert {a.name for a in r.actors} == {"USA Korfball", "USAF"}


def test_regression_capitol_hill_is_not_the_country() -> None:
    """"a press conference on Capitol Hill" gave the United States a mention in seven
    articles, though Congress sits there and never the country acts: Capitol Hill is Congress
    where the article names it, and as spaCy tags it alone. Near miss: the White House is still
    the country's government."""
    r = _resolve_tagged(["Senators spoke on Capitol Hill.", "The White House said no."],
                        [[("Capitol Hill", "ORG")], [("White House", "ORG")]])
    assert ("Capitol Hill", "Capitol Hill", "name") in found(r)
    assert ("White House", "United States", "capital") in found(r)


def test_regression_company_named_without_its_founders_given_name_is_one_company() -> None:
    """"Disney Animation Studios" beside "Walt Disney Animation Studios" was a second
    organisation. Near miss: a name that drops a word more ("Varnholt Studios") stays apart."""
    r = _resolve_tagged(["Walt Varnholt Animation Studios hired her.",
                         "Varnholt Animation Studios and Varnholt Studios agreed."],
                        [[("Walt Varnholt Animation Studios", "ORG")],
                         [("Varnholt Animation Studios", "ORG"), ("Varnholt Studios", "ORG")]])
    assert {a.name for a in r.actors} == {"Walt Varnholt Animation Studios", "Varnholt Studios"}
    # the name cut once more ("Varnholt Animation") joins the same company, not a third
    r = _resolve_tagged(["Walt Varnholt Animation Studios hired her.",
                         "Varnholt Animation agreed with Varnholt Animation Studios."],
                        [[("Walt Varnholt Animation Studios", "ORG")],
                         [("Varnholt Animation Studios", "ORG"), ("Varnholt Animation", "ORG")]])
    assert {a.name for a in r.actors} == {"Walt Varnholt Animation Studios"}


def test_regression_state_postal_code_beside_the_state_is_the_state() -> None:
    """"Laredo  TX" beside "Texas" listed "TX" as an organisation of its own. Near miss: alone,
    the code is an address's part, no actor, as "Ore." is."""
    r = _resolve_tagged(["He drove to Laredo  TX.", "Texas police stopped him."],
                        [[("Laredo", "GPE"), ("TX", "ORG")], [("Texas", "GPE")]])
    assert ("TX", "Texas", "alias") in found(r) and "TX" not in {a.name for a in r.actors}
    alone = _resolve_tagged(["He drove to Laredo  TX."], [[("Laredo", "GPE"), ("TX", "ORG")]])
    assert {a.name for a in alone.actors} == {"Laredo"}


def test_regression_outlet_named_by_its_noun_is_no_person() -> None:
    """"told the Tribune" (spaCy: PERSON) listed the Tribune as a person. Near miss: the same
    word without "the" in front ("Star Ruiz", a person) stays as spaCy tags it."""
    r = _resolve_tagged(["Ana Ruiz told the Tribune on Friday.", "Star said it was fine."],
                        [[("Ana Ruiz", "PERSON"), ("Tribune", "PERSON")], [("Star", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Tribune"] is ORG and kinds.get("Star") is not ORG


def test_regression_acronym_defined_after_a_name_cut_short_joins_the_body() -> None:
    """"Customs and Border Patrol (CBP)" with "Customs" alone tagged listed "Customs" and "CBP"
    as two organisations; the acronym is the body under the whole name it spells. Near miss:
    an acronym the words before it do not spell stays apart."""
    r = _resolve_tagged(["Agents of Tariffs and Harbor Watch (THW) searched the truck.",
                         "THW kept it."], [[("Tariffs", "ORG"), ("THW", "ORG")], [("THW", "ORG")]])
    assert {a.name for a in r.actors} == {"Tariffs and Harbor Watch"}
    near = _resolve_tagged(["Agents of Tariffs and Harbor Watch (QRS) searched the truck."],
                           [[("Tariffs", "ORG"), ("QRS", "ORG")]])
    assert {a.name for a in near.actors} == {"Tariffs", "QRS"}


def test_regression_outlet_named_with_channel_is_the_outlet() -> None:
    """"returning to the Fox News Channel" listed "Channel" as an organisation: the outlet
    "Fox News" was read as a credit glued before a name. Near miss: a word after the outlet that
    is no outlet's tail ("Fox News Lindqvist") is not cut off as one."""
    r = _resolve_tagged(["Ana Ruiz left the Fox News Channel.", "Ruiz sued Fox News."],
                        [[("Ana Ruiz", "PERSON"), ("Fox News Channel", "ORG")],
                         [("Ruiz", "PERSON"), ("Fox News", "ORG")]])
    assert "Channel" not in {a.name for a in r.actors}
    assert ("Fox News", "Fox News", "name") in found(r)
    near = _resolve_tagged(["Fox News Lindqvist spoke."], [[("Fox News Lindqvist", "ORG")]])
    assert "Fox News" not in {a.name for a in near.actors}


def test_regression_united_states_senate_is_the_chamber_not_the_country() -> None:
    """"to accomplish here in United States Senate", spaCy tagging "United States" GPE and
    "Senate" ORG, listed the United States (and "the U.S. Senate" as one entity did too: "Senate"
    was a state organ that speaks for the country). Near miss: a state organ that does speak for
    it ("the U.S. Navy") keeps the country."""
    r = _resolve_tagged(["He had served here in United States Senate for years.",
                         "The Senate voted on Monday."],
                        [[("United States", "GPE"), ("Senate", "ORG")], [("Senate", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"United States Senate": ORG}
    assert _by_actor(r)["United States Senate"] == ["United States Senate", "Senate"]
    near = _resolve_tagged(["He had served here in United States Navy for years."],
                           [[("United States", "GPE"), ("Navy", "ORG")]])
    assert "United States" in {a.name for a in near.actors}


def test_regression_all_america_selection_is_not_the_united_states() -> None:
    """"a consensus All-America selection" gave the United States a mention ("All-American" was
    blocked, "America" over the same hyphen was not). Near miss: "America" alone stays."""
    r = _resolve_tagged(["Quint was a consensus All-America selection.", "He moved to America."],
                        [[("Quint", "PERSON"), ("America", "GPE")], [("America", "GPE")]])
    assert _by_actor(r)["United States"] == ["America"]


def test_regression_bodies_run_together_over_a_stripped_comma_are_cut() -> None:
    """"the Illinois State Rifle Association  Ducks Unlimited" (a list's comma stripped, one ORG)
    listed one body of both names; "Purdue  North Carolina" hid the state. Near miss: a body's
    name broken over a line ("United\nStates Golf Association") stays one name."""
    r = _resolve_tagged(["He thanked the Ardent Rifle Association  Marsh Ducks Trust and others.",
                         "He coached at Purdue  North Carolina  and Rice."],
                        [[("Ardent Rifle Association  Marsh Ducks Trust", "ORG")],
                         [("Purdue  North Carolina", "ORG"), ("Rice", "ORG")]])
    assert {a.name for a in r.actors} == {"Ardent Rifle Association", "Marsh Ducks Trust",
                                          "Purdue", "North Carolina", "Rice"}
    near = _resolve_tagged(["He joined the Velmora\nGolf Association."],
                           [[("Velmora\nGolf Association", "ORG")]])
    assert {a.name for a in near.actors} == {"Velmora Golf Association"}
    # a list inside a name's "of" phrase, a state's short form after its place (an address),
    # and a headline's verb glued on are not cut off as names
    kept = _resolve_tagged(["He left the Federation of Ports  Docks and Harbor Workers.",
                            "She lives in Varnkupri County  Miss.  now.",
                            "Even After Vashti  Publicly Admitted In Court To It"],
                           [[("Federation of Ports  Docks and Harbor Workers", "ORG")],
                            [("Varnkupri County  Miss.", "GPE")],
                            [("Vashti  Publicly Admitted In Court", "ORG")]])
    listed = {a.name for a in kept.actors}
    assert "Federation of Ports Docks and Harbor Workers" in listed
    assert not {"Miss.", "Publicly Admitted In Court", "Docks and Harbor Workers"} & listed
    # a building's entity over a list of teams still holds the places inside it (persent_0572)
    teams = _resolve_tagged(["He played for the Pirates  Blue Jays  Oakland As  and Mets."],
                            [[("Pirates  Blue Jays  Oakland", "FAC")]])
    assert "Oakland" not in {a.name for a in teams.actors}


def test_regression_body_owning_a_known_place_is_the_body() -> None:
    """"packed into ZANU-PF’s Harare headquarters" (one ORG "ZANU-PF’s Harare") listed
    "ZANU-PF’s Harare" beside ZANU-PF. Near miss: a known place's own body ("Bolivia’s
    Constitutional Court") is still the body, and a possessive that is part of a name ("the
    People’s Court") is kept."""
    r = _resolve_tagged(["Delegates packed into Velmora Union’s Harare office.",
                         "Velmora Union met again."],
                        [[("Velmora Union’s Harare", "ORG")], [("Velmora Union", "ORG")]])
    assert {a.name for a in r.actors} == {"Velmora Union"}
    assert _by_actor(r)["Velmora Union"] == ["Velmora Union", "Velmora Union"]
    near = _resolve_tagged(["Bolivia’s Constitutional Court ruled.", "The People’s Court aired."],
                           [[("Bolivia’s Constitutional Court", "ORG")],
                            [("People’s Court", "ORG")]])
    assert {"Constitutional Court", "People’s Court"} <= {a.name for a in near.actors}


def test_regression_a_revolutionary_leader_is_no_body() -> None:
    """"You can't fire a Revolutionary leader!" (spaCy: ORG "Revolutionary") and "keeping
    Confederate monuments" listed bodies named Revolutionary and Confederate. Near miss: a party's
    word before a noun ("Democratic leaders") and an adjective before a body's or an outlet's
    noun ("the Federal government", "Ebony magazine", persent_0176) stay as spaCy tags them."""
    r = _resolve_tagged(["You cannot fire a Revolutionary leader.",
                         "They keep Confederate monuments."],
                        [[("Revolutionary", "ORG")], [("Confederate", "ORG")]])
    assert not {a.name for a in r.actors}
    for text, word in (("They met Democratic leaders.", "Democratic"),
                       ("The Federal government said no.", "Federal"),
                       ("She was editor of Vivid magazine.", "Vivid")):
        near = _resolve_tagged([text], [[(word, "ORG")]])
        assert {a.name for a in near.actors} == {word}


def test_regression_quoted_nickname_with_its_opening_mark_tagged_is_no_body() -> None:
    """"renowned as the “Thinking Man’s Guerrilla”" (spaCy's ORG held the opening mark) was
    listed as a body: the mark inside the entity hid the quotation. Near miss: a body named in
    quotation marks with words of its sentence after the closing mark inside the quote stays."""
    r = _resolve_tagged(["He was known as the “Thinking Woman’s Rebel”  a nickname."],
                        [[("the “Thinking Woman’s Rebel", "ORG")]])
    assert not {a.name for a in r.actors}
    near = _resolve_tagged(["He joined “Velmora Rebels United and left."],
                           [[("“Velmora Rebels United", "ORG")]])
    assert {a.name for a in near.actors} == {"Velmora Rebels United"}


def test_regression_ted_talk_and_a_programme_status_are_no_actors() -> None:
    """"Joy Buolamwini's TED Talk" listed "TED Talk" as a person and "end Temporary Protected
    Status" (with "TPS") a body (names.json event_words, law_words; an initialism of a law or
    a programme). Near miss: an initialism of a body named beside it joins that body."""
    r = _resolve_tagged(["Ana Ruiz gave a TED Talk.", "Duke ended Temporary Protected Status.",
                         "TPS covers many."],
                        [[("Ana Ruiz", "PERSON"), ("TED Talk", "PERSON")],
                         [("Duke", "PERSON"), ("Temporary Protected Status", "ORG")],
                         [("TPS", "ORG")]])
    assert {a.name for a in r.actors} == {"Ana Ruiz", "Duke"}
    near = _resolve_tagged(["Duke joined the Temporary Protection Society.", "TPS grew."],
                           [[("Duke", "PERSON"), ("Temporary Protection Society", "ORG")],
                            [("TPS", "ORG")]])
    assert ("TPS", "Temporary Protection Society", "alias") in found(near)


def test_regression_the_harvey_weinsteins_of_the_world_is_no_person() -> None:
    """"The Harvey Weinsteins of the world" (spaCy: PERSON) was listed as a person. Near miss: a
    full name before a noun is that person's ("the Tom Hanks film"), a family is its surname
    alone ("the Obamas")."""
    r = _resolve_tagged(["The Harvey Weinsteins of the world hide.", "Weinstein was fired."],
                        [[("Harvey Weinsteins", "PERSON")], [("Weinstein", "PERSON")]])
    assert {a.name for a in r.actors} == {"Weinstein"}
    near = _resolve_tagged(["The Tom Hanks film opened."], [[("Tom Hanks", "PERSON")]])
    assert {a.name for a in near.actors} == {"Tom Hanks"}


def test_regression_two_things_run_together_by_under_are_cut() -> None:
    """"states that expanded Medicaid under Obamacare" (one ORG) listed "Medicaid under
    Obamacare" as a body (names.json between_names). Near miss: "of" and "for" sit inside
    bodies' names ("Institute for Policy and Opinion Research")."""
    r = _resolve_tagged(["States that expanded Medicaid under Obamacare saw more abuse.",
                         "The Velmora Fund under Ostland Trust paid."],
                        [[("Medicaid under Obamacare", "ORG")],
                         [("Velmora Fund under Ostland Trust", "ORG")]])
    assert {a.name for a in r.actors} == {"Velmora Fund", "Ostland Trust"}
    near = _resolve_tagged(["The Institute for Policy and Opinion Research polled."],
                           [[("Institute for Policy and Opinion Research", "ORG")]])
    assert {a.name for a in near.actors} == {"Institute for Policy and Opinion Research"}


def test_regression_school_or_brokerage_tagged_person_is_a_body() -> None:
    """"Taimei Elementary" and "Kleier Residential" tagged PERSON were listed as people: their
    last words ("Elementary", "Residential", ``names.ORG_WORDS``) name a school and a firm. Near
    miss: the person of the same surname, tagged PERSON, stays a person."""
    r = _resolve_tagged(["Parents wrote to Harwick Elementary.", "Brokers at Delvane Residential "
                         "declined comment.", "Ana Harwick said the fees were fair."],
                        [[("Harwick Elementary", "PERSON")], [("Delvane Residential", "PERSON")],
                         [("Ana Harwick", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Harwick Elementary"] is ORG and kinds["Delvane Residential"] is ORG
    assert kinds["Ana Harwick"] is PERSON


def test_regression_nra_tagged_place_is_the_rifle_association() -> None:
    """"an NRA event" (spaCy: GPE) listed "NRA" as a place. Near miss: an initialism the
    gazetteer does not know keeps spaCy's tag."""
    r = _resolve_tagged(["He met them at an NRA event in Ohio."],
                        [[("NRA", "GPE"), ("Ohio", "GPE")]])
    assert {a.name: a.kind for a in r.actors}["National Rifle Association"] is ORG
    near = _resolve_tagged(["He met them at an NRQ event."], [[("NRQ", "GPE")]])
    assert {a.name: a.kind for a in near.actors} == {"NRQ": PLACE}


def test_regression_restaurant_chain_tagged_person_is_a_company() -> None:
    """"Shake Shack short interest" (spaCy: PERSON) listed the chain as a person
    (``gazetteer.COMPANIES``). Near miss: a person's name one letter off stays a person."""
    r = _resolve_tagged(["Shake Shack short interest is high."], [[("Shake Shack", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Shake Shack": ORG}
    near = _resolve_tagged(["Jake Shack said interest is high."], [[("Jake Shack", "PERSON")]])
    assert {a.name: a.kind for a in near.actors} == {"Jake Shack": PERSON}


def test_regression_well_known_surname_alone_tagged_a_body_or_place_is_a_person() -> None:
    """"Corker" tagged ORG and "Erdogan" tagged GPE, with no full name or title in the article,
    were listed as an organisation and a place (``names.WELL_KNOWN``). Near misses: the same
    name named as a town ("in Irving", "Irving, Texas") stays a place, and a surname the table
    does not know keeps spaCy's tag."""
    r = _resolve_tagged(["The plan Corker backed failed.", "Critics of Erdogan marched."],
                        [[("Corker", "ORG")], [("Erdogan", "GPE")]])
    assert {a.name: a.kind for a in r.actors} == {"Corker": PERSON, "Erdogan": PERSON}
    town = _resolve_tagged(["A plant in Irving closed.", "Irving, Texas, lost jobs."],
                           [[("Irving", "GPE")], [("Irving", "GPE"), ("Texas", "GPE")]])
    assert {a.name: a.kind for a in town.actors}["Irving"] is PLACE
    unknown = _resolve_tagged(["The plan Corkle backed failed."], [[("Corkle", "ORG")]])
    assert {a.name: a.kind for a in unknown.actors} == {"Corkle": ORG}


def test_regression_given_name_and_surname_of_one_well_known_person_are_one_actor() -> None:
    """"LeBron" in one paragraph and "James" in the next, never written together, were listed as
    two people (``names.WELL_KNOWN`` pairs them: "LeBron James"). Near misses: another person
    named in full with either half ("Tariq James", "Omar James") keeps them apart, since a
    wrong join is worse than a duplicate, and so does a half named as a town ("Irving, Texas")."""
    r = _resolve_tagged(["Critics told LeBron to keep quiet.", "James answered them on Monday."],
                        [[("LeBron", "PERSON")], [("James", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"LeBron James": PERSON}
    other = _resolve_tagged(["Critics told LeBron to keep quiet.", "James answered them on Monday.",
                             "Tariq James and Omar James stayed home."],
                            [[("LeBron", "PERSON")], [("James", "PERSON")],
                             [("Tariq James", "PERSON"), ("Omar James", "PERSON")]])
    assert "LeBron James" not in {a.name for a in other.actors}
    town = _resolve_tagged(["Kyrie visited a school.", "A storm hit Irving, Texas, on Monday."],
                           [[("Kyrie", "PERSON")], [("Irving", "GPE"), ("Texas", "GPE")]])
    assert "Kyrie Irving" not in {a.name for a in town.actors}


def test_regression_given_name_tagged_alone_as_a_place_splits_the_full_name() -> None:
    """"against Jelena Ostapenko" with only "Jelena" tagged (GPE) listed "Jelena" and a lone
    "Ostapenko" as two places. Near misses: the word after the given name is a word the article
    writes in lower case ("a brown coat"), a place the gazetteer knows, or the first of two more
    capitalised words: the given name stays alone."""
    r = _resolve_tagged(["The winner will face Jelena Drask on Sunday.", "Drask said little."],
                        [[("Jelena", "GPE")], [("Drask", "GPE")]])
    assert {a.name: a.kind for a in r.actors} == {"Jelena Drask": PERSON}
    lower = _resolve_tagged(["The winner will face Jelena Brown in a brown coat."],
                            [[("Jelena", "GPE")]])
    assert {a.name for a in lower.actors} == {"Jelena"}
    place = _resolve_tagged(["The winner will face Jelena Paris on Sunday."],
                            [[("Jelena", "GPE")]])
    assert "Jelena Paris" not in {a.name for a in place.actors}
    longer = _resolve_tagged(["The winner will face Jelena Drask Vole on Sunday."],
                             [[("Jelena", "GPE")]])
    assert "Jelena Drask" not in {a.name for a in longer.actors}


def test_regression_given_name_tagged_a_place_with_her_pronoun_is_a_person() -> None:
    """"Rebecca agrees ... She leaves" with "Rebecca" tagged GPE four times was listed as a
    place (a given name tagged GPE does not vote for a person, for "Charlotte"). Near miss: the
    pronoun after is of the other gender, so it is someone else's."""
    r = _resolve_tagged(["Rebecca agrees to wait for the train. She leaves the station alone."],
                        [[("Rebecca", "GPE")]])
    assert {a.name: a.kind for a in r.actors} == {"Rebecca": PERSON}
    near = _resolve_tagged(["Rebecca agrees to wait for the train. He leaves the station alone."],
                           [[("Rebecca", "GPE")]])
    assert {a.name: a.kind for a in near.actors} == {"Rebecca": PLACE}


def test_regression_surname_that_was_the_head_coach_then_he_is_a_person() -> None:
    """"Brewster was the head coach at Minnesota ... He coached" (spaCy: ORG) was listed as an
    organisation: the role noun stopped the look for the "he" though the clause says the name
    is that role. Near miss: the role is someone the name acts on ("hired the head coach"), so
    the "he" is the coach's and the name keeps its tag."""
    r = _resolve_tagged(["Varnell was the head coach at Minnesota. He later coached in Texas."],
                        [[("Varnell", "ORG"), ("Minnesota", "GPE"), ("Texas", "GPE")]])
    assert {a.name: a.kind for a in r.actors}["Varnell"] is PERSON
    near = _resolve_tagged(["Varnell hired the head coach at Minnesota. He coached in Texas."],
                           [[("Varnell", "ORG"), ("Minnesota", "GPE"), ("Texas", "GPE")]])
    assert {a.name: a.kind for a in near.actors}["Varnell"] is ORG


def test_regression_party_word_before_a_person_is_no_group() -> None:
    """"the alternative was Democrat Hillary Clinton" listed "Democrat" as a group: the word is
    the person's party, said of her. Near miss: a party's word before a plain noun ("Democrat
    plan") is still the party."""
    r = _resolve_tagged(["The choice in the fall was Democrat Jane Holloway."],
                        [[("Democrat", "NORP"), ("Jane Holloway", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Jane Holloway": PERSON}
    near = _resolve_tagged(["The Democrat plan failed in the fall."],
                           [[("Democrat", "NORP")]])
    assert {a.name: a.kind for a in near.actors} == {"Democrat": GROUP}


def test_well_known_names_are_not_names_the_gazetteer_knows() -> None:
    """The table of well-known people must not claim a name the gazetteer knows as a place, a
    country or a body: there the gazetteer decides."""
    assert not [n for n in names.WELL_KNOWN if gazetteer.lookup(n) is not None]


def test_regression_name_in_apposition_after_its_noun_takes_the_nouns_kind() -> None:
    """"the Persian king, Ataxerxes," (spaCy: ORG) was listed as an organisation and "the
    political capital, Nay Pyi Taw," (spaCy: PERSON) as a person: the noun before the name says
    what it is. Near misses: a noun of neither kind ("the old kingdom, Varnaxes") or a name
    that runs on without its closing comma ("the new capital, Belmora Vey said") keep spaCy's
    reading."""
    r = _resolve_tagged(["Gifts went to the old king, Varnaxes, at the palace.",
                         "Envoys met in the new capital, Belmora Vey, on Monday."],
                        [[("Varnaxes", "ORG")], [("Belmora Vey", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Varnaxes": PERSON, "Belmora Vey": PLACE}
    near = _resolve_tagged(["Gifts went to the old kingdom, Varnaxes, at the palace.",
                            "Envoys toured the new capital, Belmora Vey said."],
                           [[("Varnaxes", "ORG")], [("Belmora Vey", "PERSON")]])
    assert {a.name: a.kind for a in near.actors} == {"Varnaxes": ORG, "Belmora Vey": PERSON}


def test_regression_royal_named_with_the_realm_is_a_person() -> None:
    """"Prince Harry of England" tagged ORG was listed as an organisation: a royal title, a
    given name, "of" and the realm (``names.ROYAL_TITLES``). Near miss: a body opening with the
    same title word and no given name ("King Center of Atlanta", tagged ORG) stays a body."""
    r = _resolve_tagged(["Wounded soldiers thanked Prince Harry of England ."],
                        [[("Prince Harry of England", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Harry": PERSON}
    near = _resolve_tagged(["Staff at the King Center of Atlanta met."],
                           [[("King Center of Atlanta", "ORG")]])
    assert {a.name: a.kind for a in near.actors} == {"King Center of Atlanta": ORG}


def test_regression_company_tagged_norp_is_no_group() -> None:
    """"Experian" (spaCy: NORP) was listed as a group and took "their" of the people whose
    credit it checks: a company has no members (``gazetteer.COMPANIES``). Near miss: a party
    tagged NORP stays a group, its members ("the Likud")."""
    r = _resolve_tagged(["Freezing a file blocks Experian from reading it."],
                        [[("Experian", "NORP")]])
    assert {a.name: a.kind for a in r.actors} == {"Experian": ORG}
    near = _resolve_tagged(["Voters of the Likud were angry."], [[("Likud", "NORP")]])
    assert {a.name: a.kind for a in near.actors} == {"Likud": GROUP}


def test_regression_spaces_after_a_tagged_name_do_not_hide_its_last_word() -> None:
    """"Hoffman Estates  " tagged PERSON with the spaces of a stripped comma inside the entity
    was listed as a person (and took a "she"): its last word ("Estates", ``names.PLACE_WORDS``)
    was read as the spaces. Near miss: a person's name tagged with the same spaces stays a
    person."""
    r = _resolve_tagged(["She has lived in Marlow Estates  police said."],
                        [[("Marlow Estates  ", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Marlow Estates": PLACE}
    near = _resolve_tagged(["She met Lorna Marlow  police said."], [[("Lorna Marlow  ", "PERSON")]])
    assert {a.name: a.kind for a in near.actors} == {"Lorna Marlow": PERSON}


def test_regression_name_after_a_body_noun_tagged_person_is_a_body() -> None:
    """"the financial magazine Caixin" and "the poetry team Slam Nuba" (spaCy: PERSON) were
    listed as people: the noun right before the name says it is a body. Near misses: an
    adjective ("a giant Lite - Brite game") or a stripped comma's spaces between noun and name
    ("formed a coalition  Yanukovych said") say nothing."""
    r = _resolve_tagged(["Critics of the fashion magazine Tovrin wrote in."],
                        [[("Tovrin", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Tovrin": ORG}
    near = _resolve_tagged(["They formed a coalition  Tovrin said."], [[("Tovrin", "PERSON")]])
    assert {a.name: a.kind for a in near.actors} == {"Tovrin": PERSON}


def test_regression_name_after_living_in_or_a_parade_in_is_a_town() -> None:
    """"has been living in Juarez" and "a Fourth of July Parade in Deerfield" (spaCy: PERSON)
    listed the towns as people: "in" after a verb of living or a noun of what happened there
    names a town (``_HOME_VERBS``, ``_EVENT_NOUNS``). Near miss: "in" after another noun ("a
    willing ally in Velsko", a parse's slip for a person) keeps spaCy's tag."""
    r = _resolve_tagged(["Ocampo has been living in Velsko since the war.",
                         "The mayor marched at a Labor Day Parade in Tarrow on Monday."],
                        [[("Ocampo", "PERSON"), ("Velsko", "PERSON")], [("Tarrow", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Velsko"] is PLACE and kinds["Tarrow"] is PLACE
    near = _resolve_tagged(["He found a willing ally in Velsko late in the game."],
                           [[("Velsko", "PERSON")]])
    assert {a.name: a.kind for a in near.actors} == {"Velsko": PERSON}


def test_regression_capital_named_as_its_city_is_not_the_country() -> None:
    """"Tokyo's most expensive real estate", "the Washington bureau chief" and "the holy city,
    Jerusalem" were listed as Japan, the United States and Israel. Near miss: the capital that
    owns a decision, or whose officials speak, is still the country."""
    _, r = resolve(["Rents near Lisbon's costliest real estate rose.",
                    "She was the Lisbon bureau chief of a daily."])
    assert "Portugal" not in {a.name for a in r.actors}
    _, near = resolve(["Lisbon's answer came late.", "Lisbon officials said so."])
    assert [m.actor for ms in near.mentions for m in ms] == ["Portugal", "Portugal"]


def test_regression_washington_think_tank_and_tokyo_games_are_not_the_country() -> None:
    """"a Washington think tank", "Tokyo 2020", "London's Royal Philharmonic", "the Paris climate
    decision" and "Washington   D . C ." were listed as their countries. Near miss: the same
    capitals owning a decision, or beside officials, are still the countries."""
    _, r = resolve(["He now runs a Tokyo think tank.", "She dreams of Lisbon 2032.",
                    "They toured with Lisbon's Gulbenkian Orchestra.",
                    "The Tokyo climate decision was hailed.",
                    "The fair in Washington DC was packed."])
    assert not {"Japan", "Portugal", "United States"} & {a.name for a in r.actors}
    _, near = resolve(["Tokyo's decision was hailed.", "Lisbon officials met in 2032."])
    assert [m.actor for ms in near.mentions for m in ms] == ["Japan", "Portugal"]


def test_regression_washington_as_a_college_team_is_not_the_country() -> None:
    """"Washington's 30-22 loss" and "Washington should know after kicking off" (a college
    football report naming no season or quarterback) and "Washington defensive tackle Ziggy
    Hood" were listed as the United States. Near miss: a football report whose capital is the
    government ("Washington imposed sanctions") keeps the country."""
    _, r = resolve(["The coach watched the tape of Ankara's 30-22 loss in the football final.",
                    "Ankara should know its title chances soon.",
                    "He fell under Ankara defensive tackle Mert Aydan."])
    assert {a.name: a.kind for a in r.actors}.get("Ankara") is ORG
    assert "Turkey" not in {a.name for a in r.actors}
    _, near = resolve(["The football league met in May after a long season.",
                       "Ankara imposed a ban on the club, officials said."])
    assert "Turkey" in {a.name for a in near.actors}


def test_regression_red_cross_beside_its_committee_is_one_actor() -> None:
    """"Red Cross" beside "International Committee of the Red Cross", "People's Republic"
    beside China and "Metropolitan Opera House" beside the Metropolitan Opera were listed as
    second actors (names.json other_names). Near miss: "Red Cross" in an article naming no
    committee stays the Red Cross."""
    _, r = resolve(["The International Committee of the Red Cross met. The Red Cross left."])
    assert [a.name for a in r.actors] == ["International Committee of the Red Cross"]
    _, near = resolve(["The Red Cross left the town on Monday."])
    assert [a.name for a in near.actors] == ["Red Cross"]


def test_regression_cato_institutes_possessive_is_the_cato_institute() -> None:
    """"the Cato Institutesâ Alex Nowrasteh" (a plural possessive, its apostrophe left a bare
    "â") and "Walt Disney's Animation Studios" were listed beside the Cato Institute and Walt
    Disney Animation Studios as second bodies. Near miss: "Institutes" with no "Institute"
    named stays as written."""
    _, r = resolve(["The Mercer Institute spoke first.",
                    "The Mercer Institutes' study was long.",
                    "Nora Vell heads Harlan Grey Media Studios.",
                    "She built Harlan Grey's Media Studios."])
    listed = {a.name for a in r.actors}
    assert {"Mercer Institute", "Harlan Grey Media Studios"} <= listed
    assert not {"Mercer Institutes", "Media Studios"} & listed
    _, near = resolve(["The Mercer Institutes wrote it."])
    assert "Mercer Institute" not in {a.name for a in near.actors}


def test_regression_arrival_from_miami_in_a_baseball_report_is_the_club() -> None:
    """"Stanton's arrival from Miami" in a Yankees report was listed as the city of Miami: the
    club he left, an organisation. Near miss: a family's arrival from there outside a sports
    report stays the city."""
    _, r = resolve(["The catcher said Dario Pell's arrival from Tampa helps the lineup.",
                    "The rookie pitcher hopes for a long season."])
    assert {a.name: a.kind for a in r.actors}["Tampa"] is ORG
    _, near = resolve(["The family's arrival from Tampa was delayed."])
    assert {a.name: a.kind for a in near.actors}["Tampa"] is PLACE


def test_regression_caption_in_washington_with_its_date_is_not_the_country() -> None:
    """A photo caption "the hearing in Washington February 26   2015" (spaCy hanging the capital
    on the month) was listed as the United States. Near miss: "officials in Washington said on
    Tuesday" is still the government."""
    _, r = resolve(["The agency logo is seen before the hearing in Lisbon February 26   2015 ."])
    assert "Portugal" not in {a.name for a in r.actors}
    _, near = resolve(["Officials in Oslo said on Tuesday they would wait."])
    assert [m.actor for ms in near.mentions for m in ms] == ["Norway"]


def test_regression_winning_the_white_house_is_not_the_country() -> None:
    """"before winning the White House" listed the United States: there the building is the
    presidency. Near miss: "invited to the White House" (the government's house) is still it."""
    _, r = resolve(["Years before winning the White House, Ray Dunmore built hotels."])
    assert "United States" not in {a.name for a in r.actors}
    _, near = resolve(["The coach was invited to the White House."])
    assert [m.actor for ms in near.mentions for m in ms] == ["United States"]


def test_regression_ticker_beside_its_currency_is_one_actor() -> None:
    """"BTC" beside "Bitcoin" listed the ticker as a second organisation (names.json
    other_names). Near miss: the ticker alone, with no Bitcoin named, stays as written."""
    _, r = resolve(["The fund predicts that Bitcoin will drop to 1,800 dollars.",
                    "To value BTC as a currency, the fund counted payments."])
    assert [a.name for a in r.actors] == ["Bitcoin"]
    _, near = resolve(["To value BTC as a currency, the fund counted payments."])
    assert "Bitcoin" not in {a.name for a in near.actors}


def test_regression_us_written_before_a_hyphen_is_the_country() -> None:
    """"U.S-trained" (the last stop lost to the hyphen) listed "U.S" as a place beside the
    United States (countries.json names)."""
    _, r = resolve(["A force of U.S-trained units began the advance."])
    assert [(a.name, a.kind) for a in r.actors] == [("United States", COUNTRY)]


def test_regression_initialled_head_of_a_name_joins_the_full_name() -> None:
    """"LA Times" beside "Los Angeles Times" listed the paper twice. Near miss: "NY Post" beside
    the "New York Times" shortens no name the article gives, and stays its own outlet."""
    _, r = resolve(["A New York Post columnist wrote it.", "The NY Post ran it."])
    assert [a.name for a in r.actors] == ["New York Post"]
    _, near = resolve(["The New York Times ran it.", "Later the NY Post ran it too."])
    assert {a.name for a in near.actors} == {"New York Times", "NY Post"}


def test_regression_clipped_team_nickname_joins_the_team() -> None:
    """"the Cavs" beside "the Cleveland Cavaliers" listed the team twice. Near miss: the
    "Bucs" (Tampa Bay's) beside the Milwaukee "Bucks" are two clubs."""
    _, r = resolve(["The Tampa Bay Buccaneers won.", "The Bucs scored twice."])
    assert [a.name for a in r.actors] == ["Tampa Bay Buccaneers"]
    _, near = resolve(["The Milwaukee Bucks won.", "The Bucs scored twice."])
    assert {a.name for a in near.actors} == {"Milwaukee Bucks", "Bucs"}


def test_regression_local_body_short_name_joins_its_full_name() -> None:
    """"District 203" beside "Naperville Unit District 203" listed the school district twice.
    Near miss: "the Supreme Court" beside the "Ohio Supreme Court" may be the nation's."""
    _, r = resolve(["The Marlow City Council met on Monday.",
                    "The City Council voted to close the pool."])
    assert [a.name for a in r.actors] == ["Marlow City Council"]
    _, near = resolve(["The Ohio Supreme Court ruled.", "The Supreme Court had ruled first."])
    assert {a.name for a in near.actors} == {"Ohio Supreme Court", "Supreme Court"}


def test_regression_firm_named_by_its_first_word_is_one_actor() -> None:
    """"Sandell" (spaCy: partly a person) beside "Sandell Asset Management" listed the fund
    twice. Near miss: where "his" makes the word a person's, it stays the person."""
    _, r = resolve(["Kestrel Asset Management offered to buy the chain.",
                    "Kestrel raised its stake to 5 percent. Kestrel did not respond."])
    assert [a.name for a in r.actors] == ["Kestrel Asset Management"]
    _, near = resolve(["Kestrel Asset Management offered to buy the chain.",
                       "Kestrel raised his stake to 5 percent. Kestrel did not respond."])
    assert {a.name for a in near.actors} == {"Kestrel Asset Management", "Kestrel"}


def test_regression_people_named_with_its_faith_is_one_group() -> None:
    """"Rohingya Muslims" beside "the Rohingya" listed the people twice. Near miss: "Muslims"
    alone beside "Rohingya Muslims" joined them, the faith folded into one people."""
    _, r = resolve(["The envoy spoke of the crackdown on Rohingya Muslims.",
                    "He has denounced the persecution of our Rohingya brothers."])
    assert [a.name for a in r.actors] == ["Rohingya"]
    _, near = resolve(["Muslims prayed.", "Rohingya Muslims fled."])
    assert {a.name for a in near.actors} == {"Muslims", "Rohingya Muslims"}


def test_regression_other_language_name_joins_the_place() -> None:
    """"Altun Kupri, or Perde in Kurdish" (the comma stripped to spaces) listed "Perde" as a
    person beside the town. Near miss: "Vallmur in Turkish hands" glosses nothing."""
    _, r = resolve(["Troops entered Valmora  or Vallmur in Kurdish  on Monday.",
                    "Valmora fell within hours."])
    assert "Vallmur" not in {a.name for a in r.actors}
    _, near = resolve(["Troops left Valmora, or Vallmur in Turkish hands, on Monday."])
    assert "Vallmur" in {a.name for a in near.actors}


def test_regression_place_named_for_its_programme_joins_the_programme() -> None:
    """"Merida's $1.4 billion" (spaCy: a place) beside "the Merida Initiative" listed the city
    beside the programme. Near miss: a place beside a body named after it that is no programme
    ("Talvera Police") stays the place."""
    r = _resolve_tagged(["Aid under the Talvera Initiative was cut.",
                         "Lawmakers said Talvera's funds came with rules."],
                        [[("Talvera Initiative", "ORG")], [("Talvera", "GPE")]])
    assert [a.name for a in r.actors] == ["Talvera Initiative"]
    near = _resolve_tagged(["Officers of the Talvera Police were cut.",
                            "Lawmakers said Talvera's funds came with rules."],
                           [[("Talvera Police", "ORG")], [("Talvera", "GPE")]])
    assert {a.name for a in near.actors} == {"Talvera Police", "Talvera"}


def test_regression_capital_by_bearing_part_or_address_is_the_city() -> None:
    """"40 miles south of Seoul", "downtown Bangkok", "in Nairobi, Kenya" (a caption) and "in
    the capital Harare" counted the city as its country's government. Near miss: "Moscow,
    Russia's ally said" (the country's possessive, no address) keeps Moscow the government."""
    _, r = resolve(["The depot lies 30 miles north of Lisbon.", "Crowds filled downtown Lima.",
                    "The press met him in Accra, Ghana, on Monday."])
    assert {a.name for a in r.actors} == {"Ghana"}
    _, near = resolve(["The plan angered Moscow, Russia's ally said."])
    assert [m.text for ms in near.mentions for m in ms] == ["Moscow", "Russia"]


def test_regression_capital_joined_to_a_venue_is_the_city() -> None:
    """"every demonstration in Lahore or Islamabad" counted Islamabad as Pakistan. Near miss:
    "officials in Ankara and Moscow" are the governments."""
    _, r = resolve(["She marched in Lahore or Islamabad every week."])
    assert "Pakistan" not in {a.name for a in r.actors}
    _, near = resolve(["Officials in Ankara and Moscow said no."])
    assert [m.actor for ms in near.mentions for m in ms] == ["Turkey", "Russia"]


def test_regression_brand_before_its_product_or_a_test_is_no_actor() -> None:
    """"the Fitbit and Weight Watchers apps", "an X-Box console", "Gucci loafers", "a Rorschach
    test" and "REM sleep" listed the brand or the name as an actor (mostly a group). Near miss:
    brands joined before a noun that is no product ("the Nintendo and Sega talks") stay."""
    _, r = resolve(["Tom Marsh logged his runs on the Fitbit and Acme apps.",
                    "His son played on an X-Box console and she wore Gucci loafers.",
                    "The film became a Rorschach test, and wine spoils REM sleep."])
    assert not {"Fitbit", "X-Box", "Gucci", "Rorschach", "REM"} & {a.name for a in r.actors}
    _, near = resolve(["The Nintendo and Sega talks ended in May, Tom Marsh said."])
    assert "Nintendo" in {a.name for a in near.actors}


def test_regression_gospels_qed_and_twittersphere_are_no_actors() -> None:
    """"the Greek of the Gospels", "hit jobs, Q.E.D." and "the Twittersphere lit up" were listed
    as actors. Near miss: a body named beside them stays."""
    _, r = resolve(["Scholars of the Gospels disagree, Q.E.D.",
                    "The Twittersphere lit up after the Vatican spoke."])
    assert not {"Gospels", "Q.E.D.", "Twittersphere"} & {a.name for a in r.actors}
    assert "Vatican" in {a.name for a in r.actors} or "Holy See" in {a.name for a in r.actors}


def test_regression_fashion_house_named_alone_is_a_body() -> None:
    """"designed by Armani" and "chose Armani because the brand ..." listed Armani as a person.
    Near miss: "Mr. Porsche said he ..." (a title) stays a person, and "Armani" after "Giorgio
    Armani" is his surname."""
    _, r = resolve(["The school uniforms will be designed by Armani.",
                    "Jane Roe chose Armani because the brand had a shop nearby."])
    assert {a.name: a.kind for a in r.actors}["Armani"] is ORG
    _, near = resolve(["Giorgio Armani opened the show. Armani said he was tired.",
                       "Mr. Porsche said he would sell his shares."])
    kinds = {a.name: a.kind for a in near.actors}
    assert kinds["Giorgio Armani"] is PERSON and kinds["Porsche"] is PERSON


def test_regression_place_tagged_as_a_group_is_a_place() -> None:
    """"the oldest living West Point graduate" and "the Ganges river" listed West Point and the
    Ganges as groups. Near miss: "the Rohingya people" and "a Rohingya neighborhood" keep the
    Rohingya a group."""
    _, r = resolve(["Tom Marsh is the oldest living West Point graduate.",
                    "His travels take him to the Ganges river in India."])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["West Point"] is PLACE and kinds["Ganges"] is PLACE
    _, near = resolve(["The Rohingya people fled to a Rohingya neighborhood."])
    assert {a.name: a.kind for a in near.actors} == {"Rohingya": GROUP}


def test_regression_a_spartan_is_no_group() -> None:
    """"she is a Spartan to the core" listed Spartan as a group. Near miss: "a Hamas leader"
    names the body, and "a Democrat" stays the party's group."""
    _, r = resolve(["Lou Roe is a Spartan to the core, faculty members said."])
    assert "Spartan" not in {a.name for a in r.actors}
    _, near = resolve(["She met a Hamas leader in Gaza.", "He is a Democrat from Ohio."])
    assert {"Hamas", "Democrat"} <= {a.name for a in near.actors}


def test_regression_guild_tagged_alone_as_a_person_is_a_body() -> None:
    """"the Producers Guild have also revoked" (spaCy tagging "Guild" alone a person) listed the
    Producers Guild as a person. Near miss: a full name a given name opens stays a person."""
    _, r = resolve(["The Academy and the Producers Guild have also revoked his membership."])
    assert {a.name: a.kind for a in r.actors}["Producers Guild"] is ORG
    _, near = resolve(["The Academy and pitcher Esteban Loaiza have also revoked the deal."])
    assert {a.name: a.kind for a in near.actors}["Esteban Loaiza"] is PERSON


def test_regression_feast_psalm_and_portal_outlet_are_no_actors() -> None:
    """"in the middle of Carnival celebrations" listed Carnival as an organisation, "the verse
    of Psalm 137" a place, and "told Yahoo Lifestyle" a person. Near miss: "Carnival said its
    ships ..." and "a Yahoo News article" stay bodies."""
    _, r = resolve(["Crowds filled the streets during the Carnival celebrations in Tarn.",
                    "The bishop read from Psalm 23 at the service.",
                    "Her cousin told Yahoo Lifestyle the pair were inseparable."])
    assert not {"Carnival", "Psalm 23", "Yahoo Lifestyle"} & {a.name for a in r.actors}
    _, near = resolve(["Carnival said its ships would sail again in June.",
                       "A Yahoo News article was cited in the filing."])
    assert {"Carnival", "Yahoo News"} <= {a.name for a in near.actors}


def test_regression_body_named_with_and_is_found_whole() -> None:
    """"Barnes and Noble was not yet selling books" listed Barnes as a group (taking eleven
    pronouns) and Noble as a person, "the Boys and Girls Club" listed Boys as a group, and
    "tells the Oregonian" the Oregonian as a group. Near miss: two people joined by "and"."""
    _, r = resolve(["When the firm began, Barnes and Noble was not yet selling books online.",
                    "Her son was a regular at the Boys and Girls Club.",
                    "We are puzzled by the mistake, her lawyer tells the Oregonian."])
    kinds = {a.name: a.kind for a in r.actors}
    assert not {"Barnes", "Noble", "Boys"} & set(kinds)
    assert kinds["Barnes & Noble"] is ORG and kinds["Oregonian"] is ORG
    _, near = resolve(["Rosa Barnes and Ian Noble opened the shop in May."])
    assert {a.name for a in near.actors} == {"Rosa Barnes", "Ian Noble"}


def test_regression_marine_one_is_no_group() -> None:
    """"minutes after Marine One had taken off" listed Marine (tagged alone) as a group. Near
    miss: "a Marine veteran" stays as spaCy tags it."""
    _, r = resolve(["Agents made the call minutes after Marine One had taken off."])
    assert "Marine" not in {a.name for a in r.actors}
    _, near = resolve(["A Marine veteran, Ian Tarr, spoke."])
    assert "Marine" in {a.name for a in near.actors}


def test_regression_band_opening_with_brothers_is_no_person() -> None:
    """"will be Dierks Bentley and Brothers Osborne" listed the band Brothers Osborne as a
    person. Near miss: "Park Min-jun" (a singular body's word as a surname) stays a person."""
    _, r = resolve(["Opening for her on the tour will be Ada Wynn and Brothers Calder."])
    assert {a.name: a.kind for a in r.actors}["Brothers Calder"] is ORG
    _, near = resolve(["Park Min-jun said he would not resign."])
    assert {a.name: a.kind for a in near.actors}["Park Min-jun"] is PERSON


def test_regression_body_after_an_adjective_title_is_no_person() -> None:
    """"a decision by the General Services Administration" listed "Services Administration" as a
    person ("General" read as a title), as "Major League Baseball" listed "League Baseball"."""
    _, r = resolve(["A ruling by the General Services Administration angered Norvex."])
    assert "Services Administration" not in {a.name for a in r.actors}


def test_regression_team_with_its_home_is_no_person() -> None:
    """"to OKC Thunder for 2 players" listed the club as a person."""
    _, r = resolve(["Rumor has it Marco Vell goes to OKC Thunder for 2 players"])
    assert {a.name: a.kind for a in r.actors}["OKC Thunder"] is ORG


def test_regression_library_of_congress_is_not_congress() -> None:
    """"in the Library of Congress' national registry" listed Congress (tagged alone)."""
    _, r = resolve(["The song is in the Library of Congress' registry of recordings."])
    assert {a.name for a in r.actors} == {"Library of Congress"}


def test_regression_works_and_gods_are_no_actors() -> None:
    """Toy Story, Family Guy, Old Yeller, Mega Bloks, Lite-Brite, Osiris, the Tao and the New
    Testament were listed as people or bodies."""
    _, r = resolve(["The kids watched Toy Story twice and then Family Guy.",
                    "Dana Ruiz said the Osiris myth shaped the New Testament, and the Tao too."])
    assert {a.name for a in r.actors} == {"Dana Ruiz"}


def test_regression_will_opening_a_question_is_no_given_name() -> None:
    """“Will Gillespie take Virginia?” listed "Will Gillespie" beside Ed Gillespie."""
    _, r = resolve(["Will Thornton win Georgia? Sam Thornton trails in the polls."])
    assert "Will Thornton" not in {a.name for a in r.actors}


def test_regression_military_base_is_a_place() -> None:
    """"toured Camp Humphreys" listed the base as an organisation."""
    _, r = resolve(["After landing on Tuesday, Marco Vell toured Camp Humphreys  a joint "
                    "military base."])
    assert {a.name: a.kind for a in r.actors}["Camp Humphreys"] is PLACE


def test_regression_gospel_named_alone_is_no_person() -> None:
    """"zoom in on Mark, the tersest of the Gospels" listed Mark as a person beside "Mark
    1:40"; "the Gospel according to John" listed John."""
    _, r = resolve(["The reviewer prefers Mark, the shortest of the Gospels.",
                    "His reading of Mark 2:3 is odd, and the Gospel according to John is long."])
    assert not {"Mark", "John"} & {a.name for a in r.actors}


def test_regression_coach_career_stops_are_colleges_not_states() -> None:
    """A coach's "stops at Purdue  North Carolina  Texas" and "head coach at Minnesota" in a
    football report were listed as the states: the colleges' teams, organisations. Near miss:
    a player who grew up in two states keeps them as places."""
    _, r = resolve(["Ruiz coached the linebackers at Oregon State after stops at Purdue, Nebraska "
                    "and Baylor.", "He was the head coach at Kansas before that.",
                    "The quarterback threw two touchdowns in the game."])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Nebraska"] is ORG and kinds["Kansas"] is ORG
    _, near = resolve(["The quarterback grew up in Ohio and Nebraska before college.",
                       "He praised his defense after the game."])
    assert {a.name: a.kind for a in near.actors}["Nebraska"] is PLACE


def test_regression_adjective_before_a_named_king_is_no_group() -> None:
    """"cup-bearer to the Persian king, Ataxerxes," listed "Persian" as a group: the word only
    describes the king the name gives (_describes_a_thing). Near miss: the same words with no
    name after them keep the group."""
    _, r = resolve(["The scribe served the Assyrian king Sennacherib in Nineveh."])
    found = {a.name for a in r.actors}
    assert "Sennacherib" in found and "Assyrian" not in found
    _, near = resolve(["The Assyrian king sent his army to the coast."])
    assert {a.name: a.kind for a in near.actors}.get("Assyrian") is GROUP


def test_regression_street_at_a_corner_is_no_group_elsewhere() -> None:
    """A street named at a corner in a quake report ("on the corner of Chimalpopoca") was
    listed as a group from its other mentions, tagged NORP or ORG ("the Chimalpopoca building",
    "the collapse at Chimalpopoca"): the street, no actor. Near miss: with no corner named, the
    same tags keep the group."""
    texts = ["The shop on the corner of Quilaztli and Main fell.",
             "The Quilaztli building held five firms.", "Crews dug at Quilaztli all night."]
    r = _resolve_tagged(texts, [[("Quilaztli", "NORP"), ("Main", "NORP")],
                                [("Quilaztli", "NORP")], [("Quilaztli", "ORG")]])
    assert "Quilaztli" not in {a.name for a in r.actors}
    near = _resolve_tagged(texts[1:], [[("Quilaztli", "NORP")], [("Quilaztli", "ORG")]])
    assert "Quilaztli" in {a.name for a in near.actors}


def test_regression_saint_named_with_his_city_is_not_the_country() -> None:
    """"Hippolytus of Rome", an early writer, was listed as Italy (Rome, its capital): the
    city closes the person's name (_epithet_of_a_person). Near miss: "the Bishop of Rome", a
    title and "of", keeps the mention of Rome."""
    _, r = resolve(["In a sermon he quoted Athanasius of Rome twice."])
    assert "Italy" not in {a.name for a in r.actors}
    _, near = resolve(["In a sermon he quoted the Bishop of Rome twice."])
    assert "Italy" in {a.name for a in near.actors}
    # a title after a person's name, spaCy tagging it with the name: the see, kept
    _, titled = resolve(["The Pope wrote to Cardinal Tom Reyes, Archbishop of Madrid, on Monday."])
    assert "Spain" in {a.name for a in titled.actors}


def test_regression_london_organizing_committee_is_not_the_united_kingdom() -> None:
    """"London organizing committee chief executive Paul Deighton" listed the United Kingdom
    (London, its capital): the city's Games body (_ORGANIZING_COMMITTEE). Near miss: the
    capital as the subject of "said" stays its government."""
    _, r = resolve(["Madrid organising committee chief Ana Ruiz said seats would be filled."])
    assert "Spain" not in {a.name for a in r.actors}
    _, near = resolve(["Madrid said the organising committee had failed."])
    assert "Spain" in {a.name for a in near.actors}


def test_regression_given_name_of_the_lead_is_not_a_poets_surname() -> None:
    """"Randall" (of Randall Pearson, named first) went to the poet Dudley Randall, named later
    for whom he was named; "Colton" (of Colton Haab) to a later "Glenn Colton"
    (_given_name_named_first). Near miss: the surname's owner named first keeps it."""
    _, r = resolve(["Pupils cheered Marcus Bell at the fair.", "He is named for Ida Marcus.",
                    "Marcus won the prize."])
    assert ("Marcus", "Marcus Bell", "first_name") in found(r)
    _, near = resolve(["Ida Marcus wrote the verse.", "Pupils cheered Marcus Bell at the fair.",
                       "Marcus won the prize."])
    assert ("Marcus", "Ida Marcus", "surname") in found(near)


def test_regression_graduating_from_princeton_is_the_university() -> None:
    """"After graduating from Princeton" listed Princeton as a place (a town in New Jersey):
    the university, an organisation (_alma_maters). Near miss: the same name struck by a
    flood elsewhere in the article stays one place."""
    _, r = resolve(["Ada Voss graduated from Princeton in 1986 and joined a hedge fund."])
    assert {a.name: a.kind for a in r.actors}.get("Princeton") is ORG
    _, near = resolve(["Ada Voss graduated from Princeton in 1986.",
                       "Flooding hit Princeton on Monday."])
    assert {a.name: a.kind for a in near.actors}.get("Princeton") is PLACE


def test_regression_usa_closing_a_caption_address_is_not_the_country() -> None:
    """Photo captions "Oct 15, 2017; Kansas City, MO, USA; ..." listed the United States
    (_closes_caption_address). Near miss: "the USA won" in a sentence keeps the country."""
    _, r = resolve(["May 9, 2018; Tampa, FL, USA; Rays pitcher Ian Dow throws in the first."])
    assert "United States" not in {a.name for a in r.actors}
    _, near = resolve(["Fans cheered as the USA won the relay; Ian Dow ran last."])
    assert "United States" in {a.name for a in near.actors}


def test_regression_golf_course_or_dining_street_is_a_place() -> None:
    """A golf course ("at Torrey Pines", tagged a body), a golf resort ("Bandon Dunes makes a
    great getaway", tagged a person) and a dining street ("at Restaurant Row", tagged a body)
    were an organisation or a person (names.json place_words: Dunes, Pines, Row, now read on
    names tagged ORG too; a venue is where, so "at Kelmor Pines" is no actor). Near miss: a
    person named beside them stays a person."""
    r = _resolve_tagged(["Players tee off on Friday at Kelmor Pines, and Ada Vorn leads.",
                         "The bar sits on Diner Row. Brisk Dunes makes a fine trip for golfers."],
                        [[("Kelmor Pines", "ORG"), ("Ada Vorn", "PERSON")],
                         [("Diner Row", "ORG"), ("Brisk Dunes", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Ada Vorn": PERSON, "Diner Row": PLACE, "Brisk Dunes": PLACE}


def test_regression_racing_team_named_for_its_owner_is_an_organisation() -> None:
    """"Joe Gibbs Racing teammate" (tagged a person) was a person (names.json org_words:
    Racing, Motorsports). Near miss: the owner named alone stays a person, apart from the team."""
    r = _resolve_tagged(["Tomas Vell and his Jan Garber Racing teammate Ola Finn won.",
                         "Jan Garber said the team was ready."],
                        [[("Tomas Vell", "PERSON"), ("Jan Garber Racing", "PERSON"),
                          ("Ola Finn", "PERSON")], [("Jan Garber", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Tomas Vell": PERSON, "Jan Garber Racing": ORG, "Ola Finn": PERSON,
        "Jan Garber": PERSON}


def test_regression_town_named_once_with_its_state_is_a_place_throughout() -> None:
    """"an arraignment in Bowling Green  Kentucky" (a town with its state, tagged a body) beside
    "a Bowling Green-based attorney" and "physicians in Bowling Green" (tagged bodies) was an
    organisation by its mentions' votes (_places_by_phrase reads _before_its_state). Near miss:
    a person's full name before a state ("Ada Vorn, Texas") stays a person."""
    r = _resolve_tagged(["Ivo Tamber pleaded not guilty in Brackmoor  Kentucky.",
                         "His Brackmoor-based lawyer spoke.", "They met as doctors in Brackmoor.",
                         "Ada Vorn, Texas, wrote to us."],
                        [[("Ivo Tamber", "PERSON"), ("Brackmoor", "ORG"), ("Kentucky", "GPE")],
                         [("Brackmoor", "ORG")], [("Brackmoor", "ORG")],
                         [("Ada Vorn", "PERSON"), ("Texas", "GPE")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Brackmoor"] is PLACE and kinds["Ada Vorn"] is PERSON, kinds


def test_regression_subway_station_name_is_a_place() -> None:
    """"outside the Varby Gard subway station" (tagged a body) was an organisation
    (_names_a_stop). Near miss: a name before "station" with no transit noun ("the Zentro
    station", a fuel station or a broadcaster) keeps its kind."""
    r = _resolve_tagged(["The blast hit outside the Kelby Gard subway station on Monday.",
                         "Drivers queued at the Zentro station."],
                        [[("Kelby Gard", "ORG")], [("Zentro", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Kelby Gard": PLACE, "Zentro": ORG}


def test_regression_fort_cut_from_a_longer_name_is_a_place() -> None:
    """"the CBS Fort Meyers affiliate" (tagged one body) left "Fort Meyers" an organisation once
    the network was cut off (_is_base_name). Near miss: a person named after it stays one."""
    r = _resolve_tagged(
        ["The NBC Fort Kelby affiliate WKRX reports that police found Ivo Tamber."],
        [[("NBC Fort Kelby", "ORG"), ("WKRX", "ORG"), ("Ivo Tamber", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Fort Kelby": PLACE, "Ivo Tamber": PERSON}


def test_regression_infowars_tagged_a_person_is_an_outlet() -> None:
    """"after Infowars released a video" (tagged a person) was a person (words.json media)."""
    r = _resolve_tagged(["The video went viral after Infowars released it."],
                        [[("Infowars", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Infowars": ORG}


def test_regression_name_with_an_age_set_off_is_a_person() -> None:
    """"Mikayden Payne  16;" in a list of the arrested (tagged a body) was an organisation
    (_age_set_off). Near miss: teams with their points and no comma between ("Velsk 21") keep
    their kind."""
    r = _resolve_tagged(["Police named Ovaro Tull  16; Brin Kessel  15  as suspects.",
                         "Velsk 21 and Brask 14 met on Sunday."],
                        [[("Ovaro Tull", "ORG"), ("Brin Kessel", "PERSON")],
                         [("Velsk", "ORG"), ("Brask", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Ovaro Tull": PERSON, "Brin Kessel": PERSON, "Velsk": ORG, "Brask": ORG}


def test_regression_subject_holding_a_post_is_a_person() -> None:
    """"Kan would also retain the post of deputy prime minister" (tagged a body) was an
    organisation (_holds_a_post). Near miss: a body keeping a "post office" open stays a body."""
    r = _resolve_tagged(["Aides said that Takamori would keep the post of finance minister.",
                         "Aides said that Zentrex would keep the post office open."],
                        [[("Takamori", "ORG")], [("Zentrex", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Takamori": PERSON, "Zentrex": ORG}


def test_regression_name_listed_with_towns_is_a_place() -> None:
    """"new stores in Edinburgh, Hull, Polegate in East Sussex and Rosehill, in south London"
    ("Rosehill" tagged a person) was a person (_places_by_list). Near miss: a subject the
    parse joins to a town ("in Leeds and Kelsby said") stays a person."""
    r = _resolve_tagged(["The chain opened new stores in Leeds, Hull and Kelsby, in south London.",
                         "Sales rose in Leeds and Brandt said so."],
                        [[("Leeds", "GPE"), ("Hull", "GPE"), ("Kelsby", "PERSON")],
                         [("Leeds", "GPE"), ("Brandt", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Kelsby"] is PLACE and kinds["Brandt"] is PERSON, kinds
def test_regression_holiday_and_named_period_are_not_actors() -> None:
    """"the Troubles" (persent_0342) listed an organisation and "the Epiphany" (persent_0418) a
    place: a holiday or a named period written as one name is a time (names.json
    named_times). Near miss: a body whose longer name holds the word stays."""
    _, r = resolve(["Ian Varro grew up during the Troubles and swam on the Epiphany."])
    assert {a.name for a in r.actors} == {"Ian Varro"}
    _, near = resolve(["The Renaissance Society said Ian Varro would speak."])
    assert "Renaissance Society" in {a.name for a in near.actors}


def test_regression_phase_one_of_talks_is_not_an_organisation() -> None:
    """"no deal on Phase One" (persent_0148) listed "Phase One" as an organisation: a phase
    word and a number name a step of a process (names.json phase_words). Near miss: a phase
    word before a name that is no number stays a name."""
    _, r = resolve(["Ian Varro said that if there is no deal on Phase One next month the talks "
                    "will go on."])
    assert "Phase One" not in {a.name for a in r.actors}
    _, near = resolve(["Ian Varro said that if there is no deal on Phase Dynamics next month the "
                       "talks will go on."])
    assert "Phase Dynamics" in {a.name for a in near.actors}


def test_regression_name_at_the_front_of_an_event_name_is_not_an_actor() -> None:
    """"at the Ford EcoBoost 400" (persent_0384) listed Ford, "the UBS 40th Annual Global Media
    and Communications Conference" (persent_0190) "Global Media", and "an Asia-Pacific
    economic summit" (persent_0553) the region: spaCy tagged the name alone at the front of an
    event's name, which runs on to an event word, a meeting word or a race's number
    (_opens_event_name). Near miss: a headline's verb that is an event word ("Show their
    support") and a body's numbered unit ("Unit District 203") end no event's name."""
    _, r = resolve(["Ian Varro will vie for the title at the Ford EcoBoost 400 at the track.",
                    "He spoke at the UBS 40th Annual Global Media and Communications Conference.",
                    "He told delegates of an Asia-Pacific economic summit that trade was unfair."])
    assert {a.name for a in r.actors} == {"Ian Varro"}
    _, near = resolve(["The Kestrel Police Department and Kestrel Unit District 203 described the "
                       "death as a tragedy."])
    assert "Kestrel Police Department" in {a.name for a in near.actors}


def test_regression_title_of_a_work_set_off_or_dated_is_not_an_actor() -> None:
    """"a 2017 EP   Cinco De MihYo" (persent_0035, the comma stripped to spaces), "' Kindness
    Diaries ' author" (persent_0028), "Let Us Go into the House of the Lord" (persent_0472) and
    "The Spice-Box of Earth (1961) and Flowers for Hitler (1964)" (persent_0461, "Flowers" and
    "Hitler" tagged apart) listed works as actors (_after_a_work_noun, a headline's single
    quotation marks, "into" in _TITLE_SMALL_WORDS, _dated_work). Near miss: a speaker after a
    noun of works and a stripped comma ("a new album   Jane Doe said") stays a person."""
    _, r = resolve(["Ian Varro put out a 2017 EP   Cinco De Kestrel .",
                    "After a year away   ' Kestrel Diaries ' author Ian Varro is back",
                    'His first album "Let Us Walk into the House of Stone " came out in 1968.',
                    "His books: The Winter Orchard (1961) and Letters for Pell (1964)."])
    assert {a.name for a in r.actors} == {"Ian Varro"}
    _, near = resolve(["Dario Pell released a new album   Ian Varro said on Monday."])
    assert "Ian Varro" in {a.name for a in near.actors}


def test_regression_what_a_character_is_is_not_an_actor() -> None:
    """"The British actor plays Finn  a former Stormtrooper who ..." (persent_0367) listed
    "Stormtrooper" as a person: spaCy reads the noun set beside the character as a second
    object of "plays" (_plays_a_role). Near miss: a sports report's "plays" with no word of
    acting keeps the opponent and what he is."""
    _, r = resolve(["The actor plays Tarvin  a former Sentinel who escapes the Order."])
    assert "Sentinel" not in {a.name for a in r.actors}
    _, near = resolve(["Dario Pell plays Ian Varro, a former champion, in the final on Sunday."])
    assert "Ian Varro" in {a.name for a in near.actors}


def test_regression_tournament_and_show_titles_are_not_actors() -> None:
    """"the ATP World Tour Masters" (persent_0085) listed an organisation and "PRI's The
    World" (persent_0404) "World": "Masters" ends a tournament's name (names.json event_words)
    unless a given name comes before it (surname_event_words: "Doris Day", "Tom Masters"); a
    name after an owner's possessive and "The" is a title (_owned_title). Near miss: a person
    whose surname is an event word stays a person."""
    _, r = resolve(["Ian Varro won the ATP World Tour Masters and talked to PRI's The World."])
    assert {a.name for a in r.actors} <= {"Ian Varro", "PRI"}
    _, near = resolve(["Doris Day sang on Monday, and Tom Masters said the vote was close."])
    assert {"Doris Day", "Tom Masters"} <= {a.name for a in near.actors}


def test_regression_last_word_of_a_subtitle_is_not_an_actor() -> None:
    """"his new book  out Tuesday  Promise Me  Dad: A Year of Hope  Hardship  and Purpose."
    (persent_0353) listed "Purpose" as an organisation: the name ends a subtitle opened by an
    article after a colon (_in_subtitle). Near miss: a speaker's line that goes on past the
    name keeps it."""
    _, r = resolve(["Ian Varro closes his new book  out Tuesday  Promise Me  Dad: A Year of "
                    "Hope  Hardship  and Purpose.  Varro recounts his year."])
    assert {a.name for a in r.actors} == {"Ian Varro"}
    _, near = resolve(["VARRO: The Kestrel Group and Dario Pell will meet."])
    assert "Dario Pell" in {a.name for a in near.actors}


def test_regression_country_in_a_war_or_a_show_and_an_opera_role_are_not_actors() -> None:
    """Earlier samples listed Vietnam for "the Vietnam War", the United States for "Good
    Morning America", Brazil for "the Brazilian GP", Sweden for "Swedish meatballs" and an
    opera role ("the role of Tosca") as a place: an EVENT entity written as a proper name holds
    no mention of its country (places._accept_place), "GP" ends a race's name (event_words),
    meatballs are a dish (demonym_things), a role noun's "of" names a character
    (names.json role_nouns, with a word of the stage). Near miss: "the Syrian civil war" still
    names Syria and "the role of Jane Doe in the scandal" her."""
    _, r = resolve(["Ian Varro served in the Vietnam War and told Good Morning America so.",
                    "He won the Brazilian GP, ate Swedish meatballs and sang the role of Tosca "
                    "at the Met."])
    assert {a.name for a in r.actors} == {"Ian Varro"}
    _, near = resolve(["The Syrian civil war entered its eighth year, Ian Varro said.",
                       "He questioned the role of Dario Pell in the scandal."])
    assert {"Syria", "Dario Pell"} <= {a.name for a in near.actors}
def test_regression_place_put_ahead_or_idle_in_a_sports_report_is_its_team() -> None:
    """"Free throws put Boston ahead" and "while Alabama was idle" in sports reports listed the
    city and the state as places (_ahead_or_idle in _plays_as_team). Near miss: "behind" as a
    preposition ("behind schedule") is no score."""
    _, r = resolve(["The Pistons beat the Hawks 98-90. A late three put Detroit ahead.",
                    "Georgia beat Auburn 24-10 while Iowa was idle in the playoff race."])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds.get("Detroit") is ORG and kinds.get("Iowa") is ORG
    _, near = resolve(["Kim Vale scored 30 points as the Hawks won the playoff game 98-90.",
                       "Boston fell behind schedule on its new arena."])
    assert {a.name: a.kind for a in near.actors}.get("Boston") is PLACE
    # "ahead of" a date is when, not the score: the country keeps its one actor
    _, near = resolve(["The playoff squad lost 3-1 to Canada in the league final.",
                       "The US will hold its first practice Monday ahead of the opener."])
    assert {a.name: a.kind for a in near.actors}.get("United States") is COUNTRY
    assert "US" not in {a.name for a in near.actors}


def test_regression_the_hollywood_reporter_is_not_hollywood() -> None:
    """"Told The Hollywood Reporter" listed Hollywood as a place: "Reporter" marks an outlet
    (words.json media_words, _outlet_after). Near miss: Hollywood as where stays the place."""
    _, r = resolve(["Ian Roe told The Hollywood Reporter he would leave the film."])
    assert "Hollywood" not in {a.name for a in r.actors}
    _, near = resolve(["Ian Roe worked in Hollywood for a decade."])
    assert {a.name: a.kind for a in near.actors}.get("Hollywood") is PLACE


def test_regression_council_of_for_council_on_is_one_body() -> None:
    """"The Council of Foreign Relations", a writer's slip for the Council on Foreign Relations
    named before, was listed as a second body (_join_written_variants). Near miss: two bodies
    whose names differ by more than "of" and "on" stay two."""
    _, r = resolve(["Lea Hart spoke at the Institute on Urban Policy.",
                    "After the Institute of Urban Policy event she flew home."])
    assert "Institute of Urban Policy" not in {a.name for a in r.actors}
    assert "Institute on Urban Policy" in {a.name for a in r.actors}
    _, near = resolve(["Lea Hart spoke at the Institute on Urban Policy.",
                       "After the Institute of Rural Policy event she flew home."])
    assert {"Institute on Urban Policy", "Institute of Rural Policy"} <= {
        a.name for a in near.actors}


def test_regression_shop_named_by_its_possessive_joins_the_shop() -> None:
    """"Carol's would reopen" beside "Carol's Pub" listed a person Carol
    (_join_possessive_shop_names). Near miss: "Nola's brother" keeps the person."""
    _, r = resolve(["Sal Brandt took over the lease of Nola’s Pub in May.",
                    "Everyone in town knows Nola’s, Brandt said."])
    assert "Nola" not in {a.name for a in r.actors}
    assert ("Nola", "Nola’s Pub", "alias") in found(r)
    _, near = resolve(["Sal Brandt took over the lease of Nola’s Pub in May.",
                       "Nola’s older brother said the pub was sold."])
    assert ("Nola", "Nola’s Pub", "alias") not in found(near)


def test_regression_demonym_of_a_listed_place_is_the_place() -> None:
    """"A native Puerto Rican" beside "Puerto Rico", "a good Chinese Communist" beside the
    Chinese Communist Party were listed as groups of their own (_join_members). Near miss: a
    party word with two parties of it named stays a group."""
    _, r = resolve(["Aid trucks reached Gaza on Monday, and Gazans lined up for bread."])
    assert ("Gazans", "Gaza", "demonym") in found(r)
    assert "Gazans" not in {a.name for a in r.actors}
    _, near = resolve(["The Chinese Communist Party and the Vietnamese Communist Party met.",
                       "Every Communist in the hall cheered, said Li Wen."])
    assert not any(m.text == "Communist" and m.actor.endswith("Party")
                   for ms in near.mentions for m in ms)


def test_regression_state_senate_candidate_is_no_state_senate() -> None:
    """"Roy Moore, the Alabama Senate candidate" listed the Alabama Senate, the state's
    chamber, for a race to the US Senate (_race_for_a_seat). Near miss: the chamber that votes
    stays."""
    _, r = resolve(["Ann Reyes, the Texas Senate nominee, spoke at a rally on Friday."])
    assert "Texas Senate" not in {a.name for a in r.actors}
    _, near = resolve(["The Texas Senate passed the budget in May, said Ann Reyes."])
    assert "Texas Senate" in {a.name for a in near.actors}


def test_regression_city_opening_an_office_name_is_not_the_city() -> None:
    """"The Manhattan District Attorney's Office" listed Manhattan, a place, spaCy tagging the
    borough alone (_office_after). Near miss: a country before its organ stays the country
    ("U.S. Army", the state's convention)."""
    _, r = resolve(["Lawyers at the Brooklyn District Attorney’s Office met on Friday."])
    names_ = {a.name for a in r.actors}
    assert "Brooklyn" not in names_ and "Brooklyn District Attorney’s Office" in names_
    _, near = resolve(["Officers of the US Army closed the road."])
    assert "United States" in {a.name for a in near.actors}
    # a longer body's name after the organ's word is spaCy's to tag, not cut short
    _, near = resolve(["The Chicago Police Board fired two officers on Monday."])
    assert "Chicago Police" not in {a.name for a in near.actors}


def test_regression_dad_on_a_sign_is_no_second_person() -> None:
    """"Dad murdered democracy" on a protest sign listed "Dad", a person, beside the father the
    article names (names.json address_words). Near miss: a name that is no word of address
    ("Dade") stays."""
    _, r = resolve(["Protesters put signs outside Omar Lind's house. One read: Dad sold us out."])
    assert "Dad" not in {a.name for a in r.actors}
    _, near = resolve(["Ivy Dade left the firm. Dade said the plan failed."])
    assert ("Dade", "Ivy Dade", "surname") in found(near)


def test_regression_for_a_place_opening_a_sports_sentence_is_the_team() -> None:
    """"For Chicago, questions from Bears fans will persist" listed Chicago, a place, beside
    the Bears (_opens_as_for): the team's side of the match. Near miss: "for" inside the
    sentence ("a flight for Chicago") keeps the place."""
    _, r = resolve(["Milo Grant threw two touchdown passes as the Bears lost 31-24 on Sunday.",
                    "For Chicago, the quarterback question will not go away."])
    assert "Chicago" not in {a.name for a in r.actors}
    assert any(m.text == "Chicago" and m.actor == "Bears" for ms in r.mentions for m in ms)
    _, near = resolve(["Milo Grant threw two touchdown passes as the Bears lost 31-24 on Sunday.",
                       "Grant later boarded a flight for Chicago with his family."])
    assert not any(m.text == "Chicago" and m.actor == "Bears" for ms in near.mentions
                   for m in ms)


def test_regression_us_attorneys_office_is_not_the_country() -> None:
    """"The US Attorney's office in Boston" listed the United States (_office_after: a
    country before a title and its possessive names that official's office). Near miss: "the
    U.S. Army", an organ with no title that speaks for the state, keeps the country (an agency
    named by its remit, "US Capitol Police", does not: see
    test_regression_an_agency_named_by_its_remit_is_not_its_country)."""
    _, r = resolve(["Agents briefed the U.S. Attorney's Office on Monday, said Tom Reyes."])
    assert "United States" not in {a.name for a in r.actors}
    _, near = resolve(["Agents briefed the U.S. Army on Monday, said Tom Reyes."])
    assert "United States" in {a.name for a in near.actors}


def test_regression_a_place_ending_a_title_given_by_called_is_no_actor() -> None:
    """"and one called Gems of Peaks and Lakes of New Zealand in 1934": a book's title
    after "called", whose last words are a country's name, listed New Zealand
    (_closes_a_named_title). Near miss: "a town called Springfield" names the town."""
    _, r = resolve(["Ann Vale wrote a guide in 1929  and one called Gems of Peaks and Lakes "
                    "of New Zealand in 1934."])
    assert "New Zealand" not in {a.name for a in r.actors}
    _, near = resolve(["They moved to a town called Springfield in 1990."])
    assert "Springfield" in {a.name for a in near.actors}


def test_regression_venues_and_stations_are_places_not_bodies() -> None:
    """"onto the Kestrel Space Station" tagged ORG (names.json place_words: a station is a
    place), "in the chamber at Parliament House in Canberra" and "attacked the Dorvan Culwell
    Center" listed as organisations (_is_center_venue: a house named where, a building
    attacked). Near misses: "the House" alone, a chamber; a house one works at."""
    _, r = resolve(["The crew said the Kestrel Space Station would be repaired. The Kestrel "
                    "Space Station is old.",
                    "Ann Vale sits in the chamber at Parliament House in Canberra.",
                    "Two men attacked the Dorvan Culwell Center in Garland on Sunday."])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds.get("Kestrel Space Station") is PLACE, kinds
    assert "Parliament House" not in kinds and "Dorvan Culwell Center" not in kinds, kinds
    _, near = resolve(["The bill passed at the House on Monday, said Ann Vale."])
    assert "House" in {a.name for a in near.actors}
    _, near = resolve(["Ann Vale worked at Random House for a decade."])
    assert "Random House" in {a.name for a in near.actors}


def test_regression_a_line_of_sources_and_a_keyword_list_are_furniture() -> None:
    """"... was wrong. Reuters and CNN and Tass (Moscow)" closing a paragraph listed CNN and
    Tass (_in_sources_line), and a closing "KEYS: ..." list listed the towns and groups named
    only there (clean: "tags"). Near miss: outlets a sentence speaks of stay."""
    _, r = resolve(["Ivo Tamber said the war was over. Weeks later it is clear the claim was "
                    "wrong. Reuters and CNN and Tass (Moscow)"])
    assert not {"CNN", "Tass"} & {a.name for a in r.actors}
    _, near = resolve(["Ivo Tamber said the war was over. CNN and Tass reported the clashes."])
    assert "Tass" in {a.name for a in near.actors}


def test_regression_a_person_named_with_a_particle_tagged_a_body_is_a_person() -> None:
    """"Staffan de Mistura" tagged ORG stayed an organisation: the lower-case particle failed
    names.looks_personal, which now reads the words around particles (and Staffan joins the
    given names). Near miss: a body's word at the end keeps a body."""
    r = _resolve_tagged(["Lars de Vrona met the delegates in Geneva on Monday.",
                         "Jan van Dorn Group said it would sell the unit."],
                        [[("Lars de Vrona", "ORG")], [("Jan van Dorn Group", "ORG")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds.get("Lars de Vrona") is PERSON, kinds
    assert kinds.get("Jan van Dorn Group") is ORG, kinds
    assert names.looks_personal("Staffan de Mistura")


def test_regression_an_agency_named_by_its_remit_is_not_its_country() -> None:
    """"met with US Capitol Police", "a project with the Russian Space Agency": the country
    opens the name of an agency named by its remit (words.json remit_organs), which acts for
    itself: the country is no actor there (it was listed from that mention alone); "Capitol
    Police" later is that agency. Near miss: a ministry so named speaks for its country."""
    _, r = resolve(["Tom Reyes recently met with US Capitol Police. A Capitol Police spokesman "
                    "said he would not comment.",
                    "NASA works on a new station with the Russian Space Agency  which may "
                    "build a part."])
    names_ = {a.name for a in r.actors}
    assert not names_ & {"United States", "Russia"}, names_
    assert "Capitol Police" not in names_ and "US Capitol Police" in names_
    _, r = resolve(["Ukrainian Security Service officers detained Ivo Tamber at his home.",
                    "The Security Service said he was a threat."])
    names_ = {a.name for a in r.actors}
    assert "Ukrainian Security Service" in names_ and "Security Service" not in names_, names_
    _, near = resolve(["The Russian Foreign Ministry said on Monday it would respond."])
    assert "Russia" in {a.name for a in near.actors}


def test_regression_a_place_inside_a_quoted_title_or_a_laws_name_is_no_actor() -> None:
    """"the actor Ivo Tamber (“Brooklyn Nine-Nine”)": the place opens a show's title in
    quotation marks (a hyphen inside a word of it); "the Americans With Disabilities Act"
    tagged LAW: a law's name; neither names the place or the country. Near miss: a place in a
    quoted sentence stays."""
    _, r = resolve(['On Tuesday the actor Ivo Tamber ("Brooklyn Nine-Nine") said he was hurt.',
                    "The suit alleges a violation of the Americans With Disabilities Act."])
    names_ = {a.name for a in r.actors}
    assert not names_ & {"Brooklyn", "United States"}, names_
    _, near = resolve(['"Brooklyn is where I grew up," said Ivo Tamber.'])
    assert "Brooklyn" in {a.name for a in near.actors}
# ------------------------------------------------- fragments, glued names, credits (names38)


def test_regression_a_platform_owned_by_a_pronoun_is_the_medium() -> None:
    """"using his Twitter and other socials", "its official Weibo microblog": the network is
    the person's or the body's own account, where it spoke, no actor (_names_a_medium). Near
    miss: the network acting stays."""
    r = _resolve_tagged(["Pell Varo markets himself using his Instagram and other apps.",
                         "The court posted the ruling on its official Weibo microblog.",
                         "Snapchat said it removed the posts."],
                        [[("Pell Varo", "PERSON"), ("Instagram", "PERSON")],
                         [("Weibo", "GPE")], [("Snapchat", "ORG")]])
    assert {a.name for a in r.actors} == {"Pell Varo", "Snapchat"}


def test_regression_a_platform_before_a_handle_is_the_medium() -> None:
    """A byline's "Twitter @ DarlaReed" (the corpus spaces the "@"), tagged with its "@": the
    author's handle, no actor."""
    r = _resolve_tagged(["The clinic reopens on Monday, said Mara Quint.",
                         "dreed @ example . com Twitter @ DarlaReed"],
                        [[("Mara Quint", "PERSON")], [("Twitter @", "PERSON")]])
    assert {a.name for a in r.actors} == {"Mara Quint"}


def test_regression_a_platform_a_message_is_on_or_taken_to_is_the_medium() -> None:
    """"released a statement on Twitter explaining ...", spaCy making the network the subject
    of "explaining"; "said of  Tamber  on Twitter", "on" hung on the person; "took to Twitter";
    "via FaceTime", a call app; "Twitter @DarlaReed" tagged whole with its handle: each the
    medium, no actor (_names_a_medium). Near miss: a fine on the network is laid on it."""
    r = _resolve_tagged(["Ivo Tamber released a statement on Twitter explaining his vote.",
                         "Ray Ortiz  took to Twitter today to explain a joke.",
                         "The coach said of  Tamber  on Twitter that he was sad.",
                         "Lena Ortiz celebrated with  her  teammates via FaceTime after the win.",
                         " Twitter @DarlaReed"],
                        [[("Ivo Tamber", "PERSON"), ("Twitter", "PERSON")],
                         [("Ray Ortiz", "PERSON"), ("Twitter", "PERSON")],
                         [("Tamber", "PERSON"), ("Twitter", "PERSON")],
                         [("Lena Ortiz", "PERSON"), ("FaceTime", "ORG")],
                         [("Twitter @DarlaReed", "PERSON")]])
    assert {a.name for a in r.actors} == {"Ivo Tamber", "Ray Ortiz", "Lena Ortiz"}
    near = _resolve_tagged(["The fine on Twitter was the largest yet."], [[("Twitter", "ORG")]])
    assert {a.name for a in near.actors} == {"Twitter"}


def test_regression_a_list_of_platforms_after_on_is_the_medium() -> None:
    """"be on Pinterest  Twitter  Instagram" (commas stripped): where one posts, each network
    hung on the next by the parse; the first was kept (_names_a_medium)."""
    r = _resolve_tagged(['"People think they must be on Pinterest  Twitter  Instagram  everywhere"'
                         "  Ivo Tamber said."],
                        [[("Pinterest", "ORG"), ("Ivo Tamber", "PERSON")]])
    assert {a.name for a in r.actors} == {"Ivo Tamber"}


def test_regression_a_fragment_of_a_longer_body_named_whole_is_that_body() -> None:
    """"the Zolt 2K League finals" split by spaCy into "Zolt" and "K League", beside "Zolt 2K
    League" tagged whole: one mention of the league (_extend_to_named_bodies). Near miss:
    "Zolt" written alone stays its own name."""
    r = _resolve_tagged(["Many Zolt 2K League players stream.",
                         "Nobody knows how the Zolt 2K League finals will look.",
                         "Zolt also sells shoes."],
                        [[("Zolt 2K League", "ORG")], [("Zolt", "ORG"), ("K League", "ORG")],
                         [("Zolt", "ORG")]])
    by = _by_actor(r)
    assert by["Zolt 2K League"] == ["Zolt 2K League", "Zolt 2K League"]
    assert "K League" not in by and by["Zolt"] == ["Zolt"]


def test_regression_an_outlets_programme_keeps_the_outlets_name() -> None:
    """"a profile on CBS Morning News" lost "CBS" as a credit glued in front, leaving "Morning
    News" (_credits_nothing). Near miss: "Associated Press Vashti" still loses its credit."""
    r = _resolve_tagged(["The tour got a profile on CBS Morning News last week.",
                         "Grigor Vashti fled.", "Associated Press Vashti said he was afraid."],
                        [[("CBS Morning News", "ORG")], [("Grigor Vashti", "PERSON")],
                         [("Associated Press Vashti", "PERSON")]])
    names_ = {a.name for a in r.actors}
    assert "CBS Morning News" in names_ and "Morning News" not in names_
    assert "Associated Press Vashti" not in names_


def test_regression_a_video_credit_is_no_actor() -> None:
    """A video's caption crediting its reporter: "Reuters' Jane Doe previews ...", "Jane Doe
    (@janedoe) has the story. Buzz60" (_is_video_credit). Near miss: a person with a handle in
    a caption that no agency closes stays."""
    r = _resolve_tagged(["CLOSE Reuters' Ivo Tamber previews the race at Dunmore.",
                         "Mara Quint was cleared. Pell Varo (@pellvaro) has the story. Buzz60",
                         "Dana Ruiz (@danaruiz) posted a video."],
                        [[("Ivo Tamber", "PERSON")],
                         [("Mara Quint", "PERSON"), ("Pell Varo", "PERSON")],
                         [("Dana Ruiz", "PERSON")]])
    assert {a.name for a in r.actors} == {"Mara Quint", "Dana Ruiz"}


def test_regression_two_names_run_together_over_a_stripped_comma_are_two() -> None:
    """"Asked if he had called Penn  Varga said no" (the comma stripped to two spaces) tagged as
    one body: Penn and Varga, both named apart; "Lenz  Corbel said" with only Corbel named apart
    but a finite verb after (_split_joined_names). Near miss: two unknown words stay."""
    r = _resolve_tagged(["Arlo Penn and Ned Varga played on Sunday.",
                         "Asked if he had called Penn  Varga said no.",
                         "The publisher  Corbel  has the rights.",
                         "Songs were sung by his friend Lenz  Corbel said.",
                         "They toured with Marro  Dellan in the spring."],
                        [[("Arlo Penn", "PERSON"), ("Ned Varga", "PERSON")],
                         [("Penn  Varga", "ORG")], [("Corbel", "ORG")],
                         [("Lenz  Corbel", "ORG")], [("Marro  Dellan", "ORG")]])
    by = _by_actor(r)
    assert "Penn" in by["Arlo Penn"] and "Varga" in by["Ned Varga"]
    assert by["Corbel"] == ["Corbel", "Corbel"] and by["Lenz"] == ["Lenz"]
    assert "Penn Varga" not in by and "Marro Dellan" in by


def test_regression_two_groups_joined_by_a_hyphen_are_the_two_groups() -> None:
    """"Latino-Muslim unity" beside "Latinos" and "Muslims": mentions of both groups, no third
    actor (_split_joined_names)."""
    r = _resolve_tagged(["Latinos and Muslims share a meal.",
                         "The talk urged Latino-Muslim unity."],
                        [[("Latinos", "NORP"), ("Muslims", "NORP")], [("Latino-Muslim", "NORP")]])
    by = _by_actor(r)
    assert "Latino-Muslim" not in by and "Latino" in by["Latinos"] and "Muslim" in by["Muslims"]


def test_regression_a_good_samaritan_is_no_body() -> None:
    """"a good Samaritan  Ivo Tamber" tagged "Samaritan" a body: a noun capitalised by custom
    after "a" and an adjective. Near miss: "an ongoing Senate inquiry" keeps the Senate."""
    r = _resolve_tagged(["Police called him a good Samaritan  Ivo Tamber  stopped the thief.",
                         "An ongoing Senate inquiry is not enough, said Mara Quint."],
                        [[("Samaritan", "ORG"), ("Ivo Tamber", "PERSON")],
                         [("Senate", "ORG"), ("Mara Quint", "PERSON")]])
    assert {a.name for a in r.actors} == {"Ivo Tamber", "Senate", "Mara Quint"}


def test_regression_a_plural_noun_after_close_furniture_is_a_word() -> None:
    """"CLOSE Reports say the council will vote" tagged "CLOSE Reports": the video furniture,
    then a plural common noun opening the caption, no body (_opens_sentence_as_word). Near miss:
    "CLOSE Catholics in Veldora prepare" keeps the group."""
    r = _resolve_tagged(["CLOSE Reports say the council will vote on Friday.",
                         "CLOSE Catholics in Veldora prepare for the visit."],
                        [[("CLOSE Reports", "ORG")], [("CLOSE Catholics", "NORP")]])
    assert {a.name for a in r.actors} == {"Catholics"}


def test_regression_names_after_a_copyright_notice_are_furniture() -> None:
    """A transcript's closing furniture in the story's one paragraph: "Copyright © 2017 NPR ...
    NPR transcripts are created ... by Verbatek Inc" listed the outlet and its contractor
    (_COPYRIGHT). Near miss: the outlet named before the notice stays; a mojibake "Ã©" is no
    notice."""
    r = _resolve_tagged(["Dunmore Radio sued the city. Sinn FÃ©in Velo spoke. Copyright © 2019 "
                         "Velmar Radio. Transcripts are made by Verbatek Inc, a contractor."],
                        [[("Dunmore Radio", "ORG"), ("Sinn FÃ©in Velo", "ORG"),
                          ("Velmar Radio", "ORG"), ("Verbatek Inc", "ORG")]])
    assert {a.name for a in r.actors} == {"Dunmore Radio", "Sinn FÃ©in Velo"}


def test_regression_his_bird_rights_is_no_person() -> None:
    """"not to mention his Bird rights" tagged "Bird" a person: a contract's term named by
    custom, between "his" and the noun (_common_noun_after_a). Near miss: the person owning
    the thing ("Hoiberg's rights") and a name that is no English noun ("his Varo rights")."""
    r = _resolve_tagged(["The guard may waive his salary, not to mention his Bird rights.",
                         "Fred Hoiberg said his Varo rights were sold."],
                        [[("Bird", "PERSON")], [("Fred Hoiberg", "PERSON"), ("Varo", "PERSON")]])
    assert {a.name for a in r.actors} == {"Fred Hoiberg", "Varo"}


def test_regression_a_headlines_list_of_plural_nouns_is_no_body() -> None:
    """"Of 17 Separate Coworkers  Friends  Acquaintances" (a quoted headline, its commas
    stripped) tagged "Friends  Acquaintances" a body: plural common nouns listed
    (_lists_plural_nouns). Near miss: teams so listed stay."""
    r = _resolve_tagged(["Man Ignores Misconduct Of 17 Coworkers  Friends  Acquaintances.",
                         "Fans cheered the Eagles  Giants on Sunday."],
                        [[("Friends  Acquaintances", "ORG")], [("Eagles  Giants", "ORG")]])
    assert {a.name for a in r.actors} == {"Eagles Giants"}


def test_regression_a_common_noun_tagged_before_its_brands_possessive_is_the_brand() -> None:
    """"vitamin maker Nature's Bounty" tagged "Nature" a person: the brand written right there,
    an organisation (_brands_opened_by_a_word). Near miss: a person named twice keeps his
    possessive apart ("Baker's Cabinet" beside "Baker said")."""
    r = _resolve_tagged(["Ad buyers and vitamin maker Nature's Bounty have pulled their ads.",
                         "Mayor Baker's Cabinet met. Baker said it would meet again."],
                        [[("Nature", "PERSON")], [("Baker", "PERSON")]])
    by = _by_actor(r)
    assert by["Nature's Bounty"] == ["Nature's Bounty"] and "Nature" not in by
    assert "Baker's Cabinet" not in by


def test_regression_a_firm_named_with_and_split_in_two_is_one() -> None:
    """"president of Velo Termite and Pest Control" tagged "Velo Termite" and "Pest Control":
    one firm whose second half is only common nouns (_join_firm_halves). Near misses: a second
    half that is a name ("Dunmore Radio") stays apart, and so does one named apart elsewhere;
    two that act are in test_regression_orchestra_school_and_body_ending_in_a_country_code_..."""
    r = _resolve_tagged(["Ivo Tamber is also president of Velo Termite and Pest Control.",
                         "Velmar Foods and Dunmore Radio sued him.",
                         "He once worked for Ardent Roofing and Lawn Care.",
                         "Lawn Care is a hard trade."],
                        [[("Ivo Tamber", "PERSON"), ("Velo Termite", "ORG"),
                          ("Pest Control", "ORG")],
                         [("Velmar Foods", "ORG"), ("Dunmore Radio", "ORG")],
                         [("Ardent Roofing", "ORG"), ("Lawn Care", "ORG")],
                         [("Lawn Care", "ORG")]])
    names_ = {a.name for a in r.actors}
    assert "Velo Termite and Pest Control" in names_ and "Pest Control" not in names_
    assert {"Velmar Foods", "Dunmore Radio", "Ardent Roofing"} <= names_


def test_regression_words_of_a_passage_in_another_language_are_no_names() -> None:
    """A quotation in Tagalog or a caption in Spanish: the English tagger takes their
    capitalised verbs and titles for names (_drop_foreign_words). Near miss: a person the
    English sentences name keeps the mention the quotation makes."""
    r = _resolve_tagged(["Dario Velez spoke to reporters in the capital on Monday.",
                         "“Tulungan mo naman kami sa bayan, wala kaming pera,” Velez said.",
                         "Ramiro Solis junto al Ministro de Salud durante su visita"],
                        [[("Dario Velez", "PERSON")],
                         [("Tulungan", "PERSON"), ("Velez", "PERSON")],
                         [("Ramiro Solis", "PERSON"), ("al Ministro de Salud", "ORG")]])
    by = _by_actor(r)
    assert "Tulungan" not in by and "al Ministro de Salud" not in by
    assert by["Dario Velez"][:2] == ["Dario Velez", "Velez"]
    assert "Ramiro Solis" in by


def test_regression_a_name_before_a_place_or_party_noun_takes_its_kind() -> None:
    """"mayor of the Baruna municipality" and "the Veldora Unida opposition party" tagged
    persons: the noun the name modifies says what it is (``_PLACE_HEAD_NOUNS``,
    ``_PARTY_NOUNS``). Near miss: "the Dorin campaign" keeps the person."""
    r = _resolve_tagged(["She was mayor of the Baruna municipality and a leader of the "
                         "Veldora Unida opposition party.",
                         "Gunmen attacked Kelso prison at night.",
                         "The Dorin campaign said it would sue, Senator Ilse Dorin said."],
                        [[("Baruna", "PERSON"), ("Veldora Unida", "PERSON")],
                         [("Kelso", "ORG")],
                         [("Dorin", "PERSON"), ("Ilse Dorin", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Baruna"] is PLACE and kinds["Kelso"] is PLACE
    assert kinds["Veldora Unida"] is ORG
    assert kinds["Ilse Dorin"] is PERSON


def test_regression_a_town_standing_for_its_club_in_a_transfer_report_is_the_club() -> None:
    """A football report: "Kelby United manager" tagged "Kelby" a place is the club
    (_extend_to_club); "Ashby outbid Norwood" beside a club tagged a body, "losses to Harlow and
    Selby" with the preposition hung on the verb, and "to give Selby the lead" are teams
    (_plays_as_team). Near miss: "Kelby City Council" is no club."""
    r = _resolve_tagged(["The former Kelby United manager praised the striker and the squad.",
                         "Ashby Athletic outbid Norwood to sign the midfielder for the season.",
                         "They were coming off losses to Harlow and Selby.",
                         "Kelby City Council approved the new stadium."],
                        [[("Kelby", "GPE")], [("Ashby Athletic", "ORG"), ("Norwood", "GPE")],
                         [("Harlow", "GPE"), ("Selby", "GPE")], [("Kelby City Council", "ORG")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds["Kelby United"] is ORG and "Kelby" not in kinds
    assert kinds["Norwood"] is ORG and kinds["Selby"] is ORG
    assert kinds["Kelby City Council"] is ORG


def test_regression_a_name_ending_with_a_capitalised_function_word_is_whole() -> None:
    """"Vice Premier Guo He and ..." tagged "Guo": the capitalised "He" inside a sentence is
    the name's last syllable (_ends_with_a_capitalised_small_word). Near misses: "He" opening
    the next sentence is the pronoun, no surname of Guo He; a title-case headline's "In"
    stays out of the name."""
    r = _resolve_tagged(["Envoy Ana Kovac spoke with Vice Premier Guo He and Minister Lin Bo "
                         "today. He then left for the airport.",
                         "Talks Resume As Kovac In Talks With Guo"],
                        [[("Ana Kovac", "PERSON"), ("Guo", "PERSON"), ("Lin Bo", "PERSON")],
                         [("Kovac", "PERSON"), ("Guo", "PERSON")]])
    by = {a.name for a in r.actors}
    assert "Guo He" in by and "Guo" not in by and "Kovac In" not in by
    surnames = [m.text for ms in r.mentions for m in ms
                if m.actor == "Guo He" and m.via == "surname"]
    assert "He" not in surnames


def test_regression_a_body_cut_before_its_number_and_a_place_glued_to_a_site() -> None:
    """"the Group of 20 summit" tagged "Group of" is the body's whole name
    (_number_after_of); "in Lisbon - Xinhua" tagged one place is the caption's place, the
    site's name after the dash cut off (_cut_before_a_dashed_outlet)."""
    r = _resolve_tagged(["Ana Kovac and Dana Roe met at the Group of 20 summit in Kelby.",
                         "Ministers vote during a council meeting in Lisbon - Xinhua"],
                        [[("Ana Kovac", "PERSON"), ("Dana Roe", "PERSON"), ("Group of", "ORG")],
                         [("Lisbon - Xinhua", "GPE")]])
    by = _by_actor(r)
    assert by["Group of 20"] == ["Group of 20"] and "Group" not in by
    assert "Lisbon - Xinhua" not in by and "Xinhua" not in by


def test_regression_a_virus_a_counted_plural_an_ethnic_people_and_a_home_town() -> None:
    """Tagged names that are no body or person: "the Kelby Metavirus" is a virus
    (_PATHOGEN), "both Chambers" a common noun counted (_counted_plural); "ethnic Vandari"
    tagged a place is a people, and "believed to be from Kelso" tagged a person a town
    (_lived_or_held_in)."""
    r = _resolve_tagged(["An outbreak of the Kelby Metavirus struck a ward.",
                         "The assault in both Chambers shocked Ana Kovac.",
                         "One-third of residents are ethnic Vandari.",
                         "The deceased, believed to be from Kelso, was enrolled there."],
                        [[("Kelby Metavirus", "ORG")],
                         [("Chambers", "ORG"), ("Ana Kovac", "PERSON")],
                         [("Vandari", "GPE")], [("Kelso", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert "Kelby Metavirus" not in kinds and "Chambers" not in kinds
    assert kinds["Vandari"] is GROUP and kinds["Kelso"] is PLACE


def test_regression_a_movement_adjective_before_a_noun_is_no_actor() -> None:
    """"the Vandarista dictator" tagged a place and "the Communist Kelby union" tagged the
    group "Communist": words describing a person or a body the story names otherwise
    (_describes_a_thing, _describes_a_named_body); the union keeps its name."""
    r = _resolve_tagged(["But the Vandarista dictator has refused to talk.",
                         "Workers of the Communist Kelby union marched."],
                        [[("Vandarista", "GPE")], [("Communist", "NORP"), ("Kelby", "ORG")]])
    by = _by_actor(r)
    assert "Vandarista" not in by and "Communist" not in by
    assert "Kelby" in by


def test_regression_a_quoted_nickname_between_given_name_and_surname_is_one_person() -> None:
    """'President Dario “Dodo” Velez Jr.' tagged "Dario" and "Velez Jr.": the given name joins
    the name after the nickname, and so does "Dodo Velez" elsewhere (_join_quoted_nicknames)."""
    r = _resolve_tagged(["Critics turned on President Dario “Dodo” Velez Jr. on Monday.",
                         "Ana Kovac said Dodo Velez was tired."],
                        [[("Dario", "PERSON"), ("Velez Jr.", "PERSON")],
                         [("Ana Kovac", "PERSON"), ("Dodo Velez", "PERSON")]])
    by = _by_actor(r)
    assert "Dario" not in by and "Dodo Velez" not in by
    assert {"Velez Jr.", "Dodo Velez"} <= set(by["Velez Jr."])


def test_regression_a_known_party_tagged_in_pieces_and_a_club_by_its_initials_are_bodies(
        ) -> None:
    """"Law and Justice" tagged as "Law" and "Justice" listed two people, though the parties
    table knows the name: a mention cut short of a known body's name of several words takes the
    whole name where the text goes on with it (_extend_to_named_bodies, _LONG_BODIES). "FC Goa",
    "Kelby Coalition" and "Varn Mining Plc" tagged PERSON were people: a club's initials in front
    (words.json club_prefixes) and a body's word at the end (names.json org_words) make a body.
    Near misses: "Law" alone stays what it was tagged, and a person named beside them a person."""
    r = _resolve_tagged(["Law and Justice won, Tavi Orlen said.",
                         "FC Velsk beat Kelby Coalition, and Varn Mining Plc paid."],
                        [[("Law", "PERSON"), ("Justice", "PERSON"), ("Tavi Orlen", "PERSON")],
                         [("FC Velsk", "PERSON"), ("Kelby Coalition", "PERSON"),
                          ("Varn Mining Plc", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"Law and Justice": ORG, "Tavi Orlen": PERSON, "FC Velsk": ORG,
                     "Kelby Coalition": ORG, "Varn Mining Plc": ORG}, kinds
    near = _resolve_tagged(["Law students marched."], [[("Law", "ORG")]])
    assert "Law and Justice" not in {a.name for a in near.actors}


def test_regression_police_and_council_titles_cricket_formats_and_the_government_alone() -> None:
    """Fresh web pages: "Superintendent Rogelio Simon" kept the rank in the name, "Cr Bannan"
    (an Australian councillor) was a second actor beside the full name and "Coun." alone an
    actor; "Tests" and "ODI" (cricket's match formats) were actors, and "the Government" of a
    Ghanaian paper, tagged PERSON, a person (words.json titles, not_actors; state_organs).
    Near miss: a surname that is a title elsewhere ("Molly Constable") is no title."""
    r = _resolve_tagged(["Superintendent Ilse Marrow said Cr Tamber and Coun. Velsk met.",
                         "Ivo Tamber won the ODI after two Tests.",
                         "The Government is ready, Molly Constable said."],
                        [[("Ilse Marrow", "PERSON"), ("Tamber", "PERSON"), ("Coun", "PERSON")],
                         [("Ivo Tamber", "PERSON"), ("ODI", "ORG"), ("Tests", "NORP")],
                         [("Government", "PERSON"), ("Molly Constable", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"Ilse Marrow": PERSON, "Ivo Tamber": PERSON, "Government": ORG,
                     "Molly Constable": PERSON}, kinds


def test_regression_outlets_and_agencies_as_sources_things_by_initials_and_a_byline_of_places(
        ) -> None:
    """Fresh web pages: "Rappler", "TodayOnline" and "RTÉ", named only as a report's source, and
    the wire agencies "GNA" and "Bernama" were actors (words.json media, agencies); so were
    "FDI", "an EV", "MoUs", "Moto3" and "Afcon" (not_actors), and the names of an "Additional
    reporting by" line that spaCy tagged a place (_is_byline walks over any name's label).
    Near misses: an outlet the story is about ("Rappler was fined") stays, and so does a place
    after a "by" that opens a sentence ("By Velsk standards")."""
    r = _resolve_tagged(["Ilse Marrow told Rappler the FDI and EV plans, and two MoUs, failed.",
                         "Moto3 and Afcon went on, TodayOnline reported, citing GNA and Bernama.",
                         "Additional reporting by Ivo Tamber and Mara Quint"],
                        [[("Ilse Marrow", "PERSON"), ("Rappler", "ORG"), ("FDI", "ORG"),
                          ("EV", "ORG"), ("MoUs", "ORG")],
                         [("Moto3", "ORG"), ("Afcon", "ORG"), ("TodayOnline", "ORG"),
                          ("GNA", "ORG"), ("Bernama", "ORG")],
                         [("Ivo Tamber", "GPE"), ("Mara Quint", "PERSON")]])
    assert {a.name for a in r.actors} == {"Ilse Marrow"}
    near = _resolve_tagged(["Rappler was fined by the regulator.",
                            "By Velsk standards the fine was small."],
                           [[("Rappler", "ORG")], [("Velsk", "GPE")]])
    assert {a.name for a in near.actors} == {"Rappler", "Velsk"}


def test_regression_a_singular_demonym_or_a_cabinet_secretarys_title_before_a_name_is_cut(
        ) -> None:
    """"who ousted Spaniard Paula Badosa" listed "Spaniard Paula Badosa", and "Energy CS Opiyo
    Wandayi" (a Kenyan cabinet secretary, tagged ORG) an organisation: a nation's noun for one
    person (words.json singular_demonyms) and "CS" (titles) are cut off the name. Near miss:
    "the Spaniard" alone is still no actor."""
    r = _resolve_tagged(["She ousted Spaniard Ilse Marrow in two sets.",
                         "Energy CS Ivo Tamber said so.", "The Spaniard left."],
                        [[("Spaniard Ilse Marrow", "PERSON")], [("Energy CS Ivo Tamber", "ORG")],
                         [("Spaniard", "NORP")]])
    assert {a.name: a.kind for a in r.actors} == {"Ilse Marrow": PERSON, "Ivo Tamber": PERSON}


def test_regression_a_count_after_a_spaced_dash_is_no_part_of_the_name() -> None:
    """"Civic Coalition on 130, Confederation - 13" listed "Confederation - 13" (its seats,
    tagged with the party). Near miss: a number joined by a hyphen stays ("Kelby-21")."""
    r = _resolve_tagged(["The projection gave Veldora Unida - 34 and Kelby-21 nothing."],
                        [[("Veldora Unida - 34", "ORG"), ("Kelby-21", "ORG")]])
    assert {a.name for a in r.actors} == {"Veldora Unida", "Kelby-21"}


def test_regression_a_name_the_text_is_cut_off_in_is_no_mention() -> None:
    """Pages cut off mid-sentence listed "Motho" (of "Mothobi Mvala") and "Warri" (of
    "Warriors"): a name the article's text ends in with no mark after it is no mention
    (_drop_cut_off_names). Near misses: the same name whole earlier stays, and so does its
    mention at the end (a related story's line), a name the gazetteer knows ("ties with
    Russia"), and a name before a full stop."""
    r = _resolve_tagged(["Ilse Marrow scored early.", "Later she was brought down by Ivo Tam"],
                        [[("Ilse Marrow", "PERSON")], [("Ivo Tam", "PERSON")]])
    assert {a.name for a in r.actors} == {"Ilse Marrow"}
    near = _resolve_tagged(["Ilse Marrow scored early, then Ivo Tamber.",
                            "Later she was brought down by Ivo Tamber"],
                           [[("Ilse Marrow", "PERSON"), ("Ivo Tamber", "PERSON")],
                            [("Ivo Tamber", "PERSON")]])
    assert {a.name for a in near.actors} == {"Ilse Marrow", "Ivo Tamber"}
    story = _resolve_tagged(["Ivo Tamber was charged on Monday.",
                             "Police to re-examine allegations against Ivo Tamber"],
                            [[("Ivo Tamber", "PERSON")], [("Ivo Tamber", "PERSON")]])
    assert len(_by_actor(story)["Ivo Tamber"]) == 2  # written whole before: a whole name
    for text, ents in (("The minister wants closer ties with Russia", [("Russia", "GPE")]),
                       ("She was brought down by Ivo Tamber.", [("Ivo Tamber", "PERSON")])):
        kept = _resolve_tagged([text], [ents])
        assert {a.name for a in kept.actors} == {ents[0][0]}, text


def test_regression_two_capitals_legal_forms_and_an_outlets_word_opening_a_body() -> None:
    """One body was two or cut: "GM" beside "General Motors" (two capitals spell a body of two
    words, _join_initialisms), "Merrill Lynch" beside "Merrill Lynch & Co. Inc." (the name
    before its legal forms, _join_short_org_names), and "the Independent National Electoral
    Commission" cut to "National Electoral Commission" (an outlet's name that is a word opens
    a body's name, _credits_nothing). Near misses: two capitals with no such body named stay
    apart, and an agency glued in front of a name is still a credit."""
    r = _resolve_tagged(["Velmont Motors recalled trucks.", "VM said Orlen & Co. Inc. paid.",
                         "Orlen said the Independent Kelby Electoral Commission agreed."],
                        [[("Velmont Motors", "ORG")], [("VM", "ORG"), ("Orlen & Co. Inc.", "ORG")],
                         [("Orlen", "ORG"), ("Independent Kelby Electoral Commission", "ORG")]])
    by = _by_actor(r)
    assert set(by) == {"Velmont Motors", "Orlen & Co. Inc.",
                       "Independent Kelby Electoral Commission"}, by
    near = _resolve_tagged(["Velmont Trucks recalled cars.",
                            "VM said so, Reuters Ilse Marrow wrote."],
                           [[("Velmont Trucks", "ORG")],
                            [("VM", "ORG"), ("Reuters Ilse Marrow", "PERSON")]])
    assert {a.name for a in near.actors} == {"Velmont Trucks", "VM", "Ilse Marrow"}


def test_regression_given_names_of_africa_asia_and_europe_make_a_person_tagged_a_body() -> None:
    """"Teboho Mokoena", "Harshit Rana", "Fuziah Salleh", "Stefanos Tsitsipas" and "Iván
    Márquez", tagged ORG, were organisations (and "Tsitsipas" alone a second actor): their
    given names were missing from first_names.json, which now holds more of Africa's, South
    and Southeast Asia's and Europe's, with their gender for the pronouns."""
    r = _resolve_tagged(["Teboho Velsk scored, and Fuziah Marrow said she was glad.",
                         "Velsk celebrated."],
                        [[("Teboho Velsk", "ORG"), ("Fuziah Marrow", "ORG")],
                         [("Velsk", "PERSON")]])
    by = _by_actor(r)
    assert {a.name: a.kind for a in r.actors} == {"Teboho Velsk": PERSON,
                                                  "Fuziah Marrow": PERSON}, by
    assert "Velsk" in by["Teboho Velsk"]
    assert names.GIVEN_NAMES["Fuziah"] == "f" and names.GIVEN_NAMES["Stefanos"] == "m"


def test_regression_the_states_and_provinces_of_more_countries_are_places() -> None:
    """"Cabo Delgado" (tagged PERSON), "Ebonyi", "Caquetá", "Duhok" and "Schleswig-Holstein"
    (tagged ORG) were a person and organisations: places.json regions now hold the states,
    provinces and regions news names most of more countries."""
    r = _resolve_tagged(["Fighting hit Cabo Delgado, Ebonyi and Duhok, Ilse Marrow said."],
                        [[("Cabo Delgado", "PERSON"), ("Ebonyi", "ORG"), ("Duhok", "ORG"),
                          ("Ilse Marrow", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Cabo Delgado": PLACE, "Ebonyi": PLACE, "Duhok": PLACE, "Ilse Marrow": PERSON}


def test_regression_hyphenated_given_names_irish_titles_trophies_and_day_abbreviations() -> None:
    """A sixth sample of web pages: "Huang Kuo-chang", "Lee Ching-hua" and "Jeon Se-won" were cut
    at the hyphen (their small halves are English words too: _hyphen_tail reads two short
    halves as one given name), "Taoiseach Brian Cowen" kept the title, "the Wanamaker Trophy"
    and "Fri." were actors, and "CCTV", named only as a report's source, too. Near miss: a
    word that makes a name a description stays off it ("the Velsk-led group")."""
    _, r = resolve(["Legislators-elect include Huang Kuo-chang and Lee Ching-hua.",
                    "Samsung's Jeon Se-won spoke.", "The Velsk-led group met Ilse Velsk."])
    names_ = {a.name for a in r.actors}
    assert {"Huang Kuo-chang", "Lee Ching-hua", "Jeon Se-won", "Ilse Velsk"} <= names_, names_
    assert not names_ & {"Huang Kuo", "Lee Ching", "Jeon Se", "Velsk-led"}, names_
    tagged = _resolve_tagged(["Taoiseach Ivo Tamber won the Kelby Trophy on Fri., CCTV said."],
                             [[("Taoiseach Ivo Tamber", "PERSON"), ("Kelby Trophy", "ORG"),
                               ("Fri", "GPE"), ("CCTV", "ORG")]])
    assert {a.name for a in tagged.actors} == {"Ivo Tamber"}


def test_regression_football_clubs_are_bodies_and_a_city_council_is_no_club() -> None:
    """"Bayer Leverkusen", "Werder Bremen" and "Feyenoord" (tagged PERSON) were people and
    "West Ham" (tagged GPE) a place: football clubs named like people or towns are organisations
    (words.json clubs). Near miss: a known body's name that the text goes on from is not taken
    ("Leicester City Council" is the council, not the club "Leicester City")."""
    r = _resolve_tagged(["Werder Bremen beat Feyenoord, and West Ham drew."],
                        [[("Werder Bremen", "PERSON"), ("Feyenoord", "PERSON"),
                          ("West Ham", "GPE")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Werder Bremen": ORG, "Feyenoord": ORG, "West Ham": ORG}
    _, near = resolve(["Leicester City Council approved the budget on Tuesday."])
    assert {a.name for a in near.actors} == {"Leicester City Council"}


def test_regression_a_file_name_an_amount_or_a_decimal_figure_is_no_actor() -> None:
    """A photo's file name ("RAW_1503_Pureza_09.jpg" tagged PERSON), amounts of money ("S$660,000",
    "Rs.75") and a figure with decimals glued to a name ("CFR of 0.39") were actors
    (_FILE_OR_AMOUNT). Near miss: a name with a number that is no amount stays ("Schalke 04")."""
    r = _resolve_tagged(["RAW_1503_Kelby_09.jpg shows Ilse Marrow, who paid S$660,000 and Rs.75.",
                         "Fans cheered as Schalke 04 won the cup."],
                        [[("RAW_1503_Kelby_09.jpg", "PERSON"), ("Ilse Marrow", "PERSON"),
                          ("S$660,000", "NORP"), ("Rs.75", "PERSON")],
                         [("Schalke 04", "ORG")]])
    assert {a.name for a in r.actors} == {"Ilse Marrow", "Schalke 04"}


def test_regression_a_football_clubs_town_is_the_club_in_its_match_report() -> None:
    """A sixth sample of web pages: in a Bundesliga report "Bremen ended Stuttgart's unbeaten
    streak" and "fourth-placed Leipzig" were the cities, and "Dortmund" a second actor beside
    "Borussia Dortmund": the one club of the report whose name ends with the town's is what
    the town's name stands for, and a table place, an epithet ("leaders") or a streak it owns
    makes the town its team. Near miss: outside a sports report the town stays a place."""
    r = _resolve_tagged(
        ["FC Kelby beat Ashby 2-0 in the league on Saturday, and the striker Ivo Tamber "
         "scored twice.",
         "Kelby ended Norwood's nine-game unbeaten streak, and the win lifts them to sixth, "
         "one point behind fourth-placed Vardon.",
         "Leaders Ashby host Norwood next."],
        [[("FC Kelby", "ORG"), ("Ashby", "GPE"), ("Ivo Tamber", "PERSON")],
         [("Kelby", "GPE"), ("Norwood", "GPE"), ("Vardon", "GPE")],
         [("Ashby", "GPE"), ("Norwood", "GPE")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"FC Kelby": ORG, "Ashby": ORG, "Ivo Tamber": PERSON, "Norwood": ORG,
                     "Vardon": ORG}, kinds
    assert "Kelby" in _by_actor(r)["FC Kelby"]
    near = _resolve_tagged(["Kelby ended its budget talks, and fourth-placed Vardon waited."],
                           [[("Kelby", "GPE"), ("Vardon", "GPE")]])
    assert {a.name: a.kind for a in near.actors} == {"Kelby": PLACE, "Vardon": PLACE}


def test_regression_a_name_written_with_and_without_accents_is_one_actor() -> None:
    """"Sinn Féin" and "Sinn Fein" in one article were two parties, and "the Bundesliga" and "F1",
    competitions named alone, were actors. Near miss: names whose letters differ, not only their
    accents, stay apart ("Velsk Fan")."""
    r = _resolve_tagged(["Velsk Féin won, Ilse Marrow said, as the Bundesliga and F1 paused.",
                         "Velsk Fein will lead talks with Velsk Fan."],
                        [[("Velsk Féin", "ORG"), ("Ilse Marrow", "PERSON"),
                          ("Bundesliga", "ORG"), ("F1", "GPE")],
                         [("Velsk Fein", "ORG"), ("Velsk Fan", "ORG")]])
    assert {a.name for a in r.actors} == {"Velsk Féin", "Ilse Marrow", "Velsk Fan"}
    assert set(_by_actor(r)["Velsk Féin"]) == {"Velsk Féin", "Velsk Fein"}


def test_regression_a_seventh_sample_given_names_acronyms_and_encoded_strings() -> None:
    """A seventh sample of web pages: "Harish" (tagged GPE) and "Chandra Sharma" were two actors
    for one man, "Efraín Alegre" (tagged ORG) a body though "Efrain" is a given name, "CNRT"
    after "the National Congress for Timorese Reconstruction" a body of its own (its
    initials are of the Portuguese name), "Burkina" a body beside "Burkina Faso", and an
    image's base64 name an actor. Near misses: a given name that is a known place stays apart
    from the name after it ("Jordan"), and an acronym a known body holds stays that body."""
    r = _resolve_tagged(
        ["Harish Velsk Tamber and Efraín Marrow met the Kelby Union for Renewal (KUR) in "
         "Burkina Faso. YQKktkpTURBXy9hMDczMDJmMjk1MDAz",
         "KUR won, Burkina said. Jordan Ivo Tamber agreed, and the Kelby Front (NATO) too."],
        [[("Harish", "GPE"), ("Velsk Tamber", "PERSON"), ("Efraín Marrow", "ORG"),
          ("Kelby Union for Renewal", "ORG"), ("Burkina Faso", "GPE"),
          ("YQKktkpTURBXy9hMDczMDJmMjk1MDAz", "NORP")],
         [("KUR", "ORG"), ("Burkina", "ORG"), ("Jordan", "GPE"), ("Ivo Tamber", "PERSON"),
          ("Kelby Front", "ORG"), ("NATO", "ORG")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"Harish Velsk Tamber": PERSON, "Efraín Marrow": PERSON,
                     "Kelby Union for Renewal": ORG, "Burkina Faso": COUNTRY,
                     "Jordan": COUNTRY, "Ivo Tamber": PERSON, "Kelby Front": ORG,
                     "NATO": ORG}, kinds
    by = _by_actor(r)
    assert "KUR" in by["Kelby Union for Renewal"] and "Burkina" in by["Burkina Faso"]


def test_regression_a_town_described_as_one_or_named_with_its_feature_is_a_place() -> None:
    """A seventh sample: "Mbandaka, a city in the northwest" and "the Fuego volcano" (tagged
    PERSON), and "Chin" of "Rakhine and Chin states", were people. Near miss: a person
    described by a noun that opens with a place's noun stays one ("Ivo Tamber, a city
    councillor")."""
    r = _resolve_tagged(
        ["Cases rose in Korvadi, a city in the northwest, near the Brask volcano.",
         "Officials in Korvadi said the Rakhine and Velno states were spared.",
         "Ivo Tamber, a city councillor, said Korvadi was ready."],
        [[("Korvadi", "PERSON"), ("Brask", "PERSON")],
         [("Korvadi", "PERSON"), ("Rakhine", "GPE"), ("Velno", "PERSON")],
         [("Ivo Tamber", "PERSON"), ("Korvadi", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds.get("Korvadi") == PLACE and kinds.get("Ivo Tamber") == PERSON, kinds
    assert kinds.get("Brask", PLACE) == PLACE and kinds.get("Velno", PLACE) == PLACE, kinds


def test_regression_parties_club_nicknames_and_page_furniture_of_a_seventh_sample() -> None:
    """A seventh sample: "Georgian Dream", "Fretilin" and "Gerb" (tagged PERSON) were people,
    "the Bhoys" and "Atleti" actors of their own beside "Celtic" and "Atletico Madrid", "the
    Kelby Derby", "a Central American country", "the firm's Board of Directors", a site's name
    closing the page's title line ("... | Kelby Star-Advertiser") and an outlet after "per"
    actors. Near miss: an outlet that acts in the story stays ("Bloomberg sued the state")."""
    r = _resolve_tagged(
        ["Court upholds conviction | Kelby Star-Advertiser",
         "Georgian Dream and Fretilin beat Gerb, per Bloomberg, in a Central American country.",
         "Celtic won the Kelby Derby, and the Bhoys' fans cheered. Atleti fans left as "
         "Atletico Madrid lost. The firm's Board of Directors met. Bloomberg sued the state."],
        [[("Kelby Star-Advertiser", "ORG")],
         [("Georgian Dream", "PERSON"), ("Fretilin", "PERSON"), ("Gerb", "PERSON"),
          ("Bloomberg", "ORG"), ("Central American", "NORP")],
         [("Celtic", "ORG"), ("Kelby Derby", "ORG"), ("Bhoys", "ORG"),
          ("Atleti", "PERSON"), ("Atletico Madrid", "ORG"), ("Board of Directors", "ORG"),
          ("Bloomberg", "ORG")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"Georgian Dream": ORG, "Fretilin": ORG, "Gerb": ORG, "Celtic": ORG,
                     "Atletico Madrid": ORG, "Bloomberg": ORG}, kinds
    by = _by_actor(r)
    assert "Bhoys" in by["Celtic"] and "Atleti" in by["Atletico Madrid"]
    assert by["Bloomberg"] == ["Bloomberg"]


def test_regression_an_alias_written_after_a_name_is_the_same_person() -> None:
    """A seventh sample: "Joseph Irungu, alias Jowie" and "Robert Kyagulanyi aka Bobi Wine" were
    two actors each (Jowie tagged a place), and "Anc" a body beside the "ANC" (a known body's
    short name written in other capitals). Near miss: two people named one after the other
    stay two ("Ivo Tamber and Ilse Marrow")."""
    r = _resolve_tagged(
        ["Velsk Tamber, alias Korvo, was jailed. Ivo Marrow aka Kelby Jones spoke for the Anc.",
         "Kelby Jones said Korvo lied, and the ANC agreed. Ivo Tamber and Ilse Marrow left."],
        [[("Velsk Tamber", "PERSON"), ("Korvo", "GPE"), ("Ivo Marrow", "PERSON"),
          ("Kelby Jones", "PERSON"), ("Anc", "ORG")],
         [("Kelby Jones", "PERSON"), ("Korvo", "GPE"), ("ANC", "ORG"), ("Ivo Tamber", "PERSON"),
          ("Ilse Marrow", "PERSON")]])
    by = _by_actor(r)
    # the name the story uses more is the actor's name: the alias here
    assert {a.name: a.kind for a in r.actors} == {
        "Korvo": PERSON, "Kelby Jones": PERSON, "ANC": ORG, "Ivo Tamber": PERSON,
        "Ilse Marrow": PERSON}, by
    assert by["Korvo"] == ["Velsk Tamber", "Korvo", "Korvo"]
    assert by["Kelby Jones"] == ["Ivo Marrow", "Kelby Jones", "Kelby Jones"]


def test_regression_a_currency_a_ground_an_operation_and_a_leader_after_a_comma() -> None:
    """Earlier samples: "the US dollar" made the United States an actor, "the Sydney Cricket
    Ground" (tagged ORG) a body, "a mission codenamed Barkhane" one, and "the Coalition for
    Changes, Nika Melia" (tagged one ORG) one glued body. Near misses: the country that acts
    stays ("the US said"), a ground that acts is a place, and a body's name with a comma that
    no person's name follows stays whole ("the Bank of Kelby, Velsk Branch")."""
    r = _resolve_tagged(
        ["The peso fell against the US dollar, and troops in a mission codenamed Velskane "
         "left. The Kelby Cricket Ground said it would reopen.",
         "The leader of the Union for Renewal, Ilse Marrow, spoke. The US said it would help. "
         "The Bank of Kelby, Velsk Branch, closed."],
        [[("US", "GPE"), ("Velskane", "ORG"), ("Kelby Cricket Ground", "ORG")],
         [("Union for Renewal, Ilse Marrow", "ORG"), ("US", "GPE"),
          ("Bank of Kelby, Velsk Branch", "ORG")]])
    by = _by_actor(r)
    assert {a.name: a.kind for a in r.actors} == {
        "Kelby Cricket Ground": PLACE, "Union for Renewal": ORG, "Ilse Marrow": PERSON,
        "United States": COUNTRY, "Bank of Kelby, Velsk Branch": ORG}, by
    assert by["United States"] == ["US"]


def test_regression_a_partys_word_alone_and_its_members_plural_are_the_party() -> None:
    """Earlier samples: "the Liberal minority" (tagged ORG) beside "the Liberals", "the Greens"
    beside "the Green Party" and "the Republican Party" beside "the Republicans" were two
    actors each. Near misses: a state's party keeps its name ("the Velsk Republican Party"),
    and a plural whose word names no party the article names stays a group."""
    r = _resolve_tagged(
        ["The Liberal minority survived, and the Liberals cheered. The Greens joined the Green "
         "Party rally.",
         "The Republican Party and the Republicans met the Velsk Republican Party. The Kelbans "
         "left."],
        [[("Liberal", "ORG"), ("Liberals", "NORP"), ("Greens", "NORP"), ("Green Party", "ORG")],
         [("Republican Party", "ORG"), ("Republicans", "NORP"), ("Velsk Republican Party", "ORG"),
          ("Kelbans", "NORP")]])
    by = _by_actor(r)
    assert set(by) == {"Liberals", "Green Party", "Republicans", "Velsk Republican Party",
                       "Kelbans"}, by
    assert by["Liberals"] == ["Liberal", "Liberals"] and by["Green Party"] == ["Greens",
                                                                              "Green Party"]
    assert by["Republicans"] == ["Republican Party", "Republicans"]


def test_regression_a_hyphenated_team_and_an_acronyms_whole_name() -> None:
    """Earlier samples: "Israel-Premier Tech", a cycling team, made Israel an actor, and "the
    Convention of Patriots for Justice and Peace (CPJP)" tagged only up to "Justice" was that
    cut name. Near miss: two states joined by a hyphen stay ("Russia-Ukraine talks")."""
    r = _resolve_tagged(
        ["Ivo Tamber of Israel-Kelby Tech won. The Union of Velsk Patriots and Farmers (UVPF) "
         "signed. Russia-Ukraine talks resumed.",
         "The UVPF said it would disarm."],
        [[("Ivo Tamber", "PERSON"), ("Israel", "GPE"), ("Union of Velsk Patriots", "ORG"),
          ("UVPF", "ORG"), ("Russia", "GPE"), ("Ukraine", "GPE")],
         [("UVPF", "ORG")]])
    by = _by_actor(r)
    assert set(by) == {"Ivo Tamber", "Union of Velsk Patriots and Farmers", "Russia",
                       "Ukraine"}, by
    assert by["Union of Velsk Patriots and Farmers"] == [
        "Union of Velsk Patriots and Farmers", "UVPF", "UVPF"]


def test_regression_a_name_after_an_officials_role_is_a_person() -> None:
    """A seventh sample: "government official Jebun Nahar told AFP" (tagged ORG) was a body.
    Near miss: "the official said" later is no description of a person named before (an
    official unnamed), so it gives no mention to the person."""
    r = _resolve_tagged(
        ["Government official Velsk Nahar told reporters the dam held.",
         "President Ilse Marrow visited. The official said more rain was due."],
        [[("Velsk Nahar", "ORG")], [("Ilse Marrow", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Velsk Nahar": PERSON, "Ilse Marrow": PERSON}
    assert "official" not in " ".join(_by_actor(r)["Ilse Marrow"])


def test_regression_a_seas_name_and_a_time_zone_name_no_actor() -> None:
    """A seventh sample: "sank in the Bay of Bengal" listed Bengal and "10 a.m. Manila time" the
    Philippines. Near miss: the country that acts beside them stays ("Mexico protested")."""
    r = _resolve_tagged(
        ["A ferry sank in the Bay of Velskia at 10 a.m. Manila time, and Mexico protested "
         "over the Gulf of Mexico."],
        [[("Velskia", "GPE"), ("Manila", "GPE"), ("Mexico", "GPE")]])
    assert _by_actor(r) == {"Mexico": ["Mexico"]}


def test_regression_an_eighth_sample_datelines_owners_cabinets_and_two_places() -> None:
    """An eighth sample: "KUALA LUMPUR -" listed "KUALA", "Besigye's Forum for Democratic Change"
    kept the owner glued on, "the Zelensky Cabinet" (tagged PERSON) was a person, "VP" alone an
    actor, and "Vava'u and Ha'apai" (tagged one ORG) a body. Near misses: "Interior Cabinet
    Secretary Ivo Tamber" keeps the title off the body list, and a body's own possessive stays
    ("McDonald's Corporation")."""
    r = _resolve_tagged(
        ["KELBY TOWN - Ilse Besigye said Besigye's Forum for Renewal would sue McDonald's "
         "Corporation.",
         "The Zelensky Cabinet met the VP in Vava'u and Ha'apai, and Interior Cabinet Secretary "
         "Ivo Tamber spoke."],
        [[("KELBY", "ORG"), ("Ilse Besigye", "PERSON"), ("Besigye's Forum for Renewal", "ORG"),
          ("McDonald's Corporation", "ORG")],
         [("Zelensky Cabinet", "PERSON"), ("VP", "ORG"), ("Vava'u and Ha'apai", "ORG"),
          ("Interior Cabinet", "ORG"), ("Ivo Tamber", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Ilse Besigye": PERSON, "Forum for Renewal": ORG, "McDonald's Corporation": ORG,
        "Zelensky Cabinet": ORG, "Vava'u": PLACE, "Ha'apai": PLACE, "Ivo Tamber": PERSON}


def test_regression_a_news_agencys_home_country_and_a_state_agency_are_no_actors() -> None:
    """An eighth sample: "French news agency AFP" made France an actor, and Lebanon's "National
    News Agency" (NNA), named only as the source of reports, was one. Near miss: the country
    that acts in the same paragraph stays ("French troops")."""
    r = _resolve_tagged(
        ["Strikes hit the south, the NNA and French news agency AFP reported, as French troops "
         "moved in."],
        [[("NNA", "ORG"), ("AFP", "ORG")]])
    assert _by_actor(r) == {"France": ["French"]}


def test_regression_a_town_located_near_or_by_a_distance_or_an_area_is_a_place() -> None:
    """Eighth sample: "near Sara Khwara" (tagged PERSON), "Sake, about 20 kilometers west of
    Goma" and "the Archives area" (tagged ORG) were a person and bodies. Near miss: a person
    named beside a distance stays one ("Ivo Tamber ran 20 kilometers")."""
    r = _resolve_tagged(
        ["Troops were attacked near Velsk Khwara, and clashes hit Korvadi, about 20 kilometers "
         "west of the capital, and the Brask area.",
         "Ivo Tamber ran 20 kilometers."],
        [[("Velsk Khwara", "PERSON"), ("Korvadi", "ORG"), ("Brask", "ORG")],
         [("Ivo Tamber", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Velsk Khwara": PLACE, "Korvadi": PLACE, "Brask": PLACE, "Ivo Tamber": PERSON}


def test_a_person_near_whom_someone_stood_stays_a_person() -> None:
    """Near miss of ``_located``: "near" before a person's name, a given name first or a name
    news writes alone for a well-known person, is no town."""
    r = _resolve_tagged(["Aides stood near Ilse Marrow as she spoke, and near Erdogan later."],
                        [[("Ilse Marrow", "PERSON"), ("Erdogan", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Ilse Marrow": PERSON, "Erdogan": PERSON}


def test_regression_a_known_region_with_its_division_word_is_a_place() -> None:
    """Ninth sample: "Governor Babagana Zulum of Borno State" tagged PERSON made the state a
    person, and "Bauchi State" (tagged ORG, cut to "State") joined it as its surname. Near miss:
    a US state's name before "State" may be a university ("Ohio State" stays a body)."""
    r = _resolve_tagged(
        ["Governor Musa Kolo of Borno State won again, and Ohio State hired a new coach."],
        [[("Musa Kolo", "PERSON"), ("Borno State", "PERSON"), ("Ohio State", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Musa Kolo": PERSON, "Borno State": PLACE, "Ohio State": ORG}


def test_regression_a_town_after_a_persons_age_is_a_place() -> None:
    """Ninth sample: "Mohammad Motaleb, 40, of Narayanganj" (tagged ORG) and "Mohammad Mizan,
    38, from Juranpur" (tagged PERSON) were a body and a person. Near miss: an employer after
    the age stays a body ("Tom Reyes, 52, of Kelso Police")."""
    r = _resolve_tagged(
        ["Rahim Tolu, 41, of Kelbaganj, was admitted on Monday, and Ayesha Kor, 29, from "
         "Doranpur, was treated too.",
         "Tom Reyes, 52, of Kelso Police, was there."],
        [[("Rahim Tolu", "PERSON"), ("Kelbaganj", "ORG"), ("Ayesha Kor", "PERSON"),
          ("Doranpur", "PERSON")],
         [("Tom Reyes", "PERSON"), ("Kelso Police", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Rahim Tolu": PERSON, "Kelbaganj": PLACE, "Ayesha Kor": PERSON, "Doranpur": PLACE,
        "Tom Reyes": PERSON, "Kelso Police": ORG}


def test_regression_the_names_of_a_list_of_regions_are_places() -> None:
    """Ninth sample: "the departments of Amazonas, [...] Huancavelica, Junín, La Libertad,
    Lambayeque, [...] Tacna, and Tumbes" (some tagged people or bodies, the first four tagged
    one body), "MIMAROPA, Western Visayas (Region 6), [...] and Caraga regions" and "several
    areas in Daudkandi, including Donarchar, Shahapara, and Sabjikandi" were people, bodies
    and a group. Near misses: a list of people stays people, and a person's name before a
    country after a demonym and a title is no list of places ("including Fijian Prime
    Minister Sitiveni Rabuka, Fiji turned ...")."""
    r = _resolve_tagged(
        ["The decree covers localities in the departments of Varena, Oskal, Dunmere, Telhi, and "
         "Brask.",
         "Evacuations hit Kelmar, Western Osk (Region 6), Eastern Osk (Region 8), and Tavri "
         "regions.",
         "Several areas in Dunmere, including Bakarchar, Kelapara, and Sabjinagar, saw cases.",
         "The prize went to Ilse Marrow, Odile Farrant and Ivo Tamber.",
         "Fans, including Kelish Prime Minister Ivo Tamber, Kelland won the match."],
        [[("Varena, Oskal, Dunmere,", "ORG"), ("Telhi", "PERSON"), ("Brask", "GPE")],
         [("Western Osk", "ORG"), ("Eastern Osk", "ORG"), ("Tavri", "ORG")],
         [("Dunmere", "GPE"), ("Bakarchar", "ORG"), ("Kelapara", "PERSON"),
          ("Sabjinagar", "NORP")],
         [("Ilse Marrow", "PERSON"), ("Odile Farrant", "PERSON"), ("Ivo Tamber", "PERSON")],
         [("Kelish", "NORP"), ("Ivo Tamber", "PERSON"), ("Kelland", "GPE")]])
    kinds = {a.name: a.kind for a in r.actors}
    for place in ("Varena", "Oskal", "Dunmere", "Telhi", "Brask", "Western Osk", "Eastern Osk",
                  "Tavri", "Bakarchar", "Kelapara", "Sabjinagar"):
        assert kinds.get(place) is PLACE, (place, kinds)
    assert {n: kinds.get(n) for n in ("Ilse Marrow", "Odile Farrant", "Ivo Tamber")} == {
        "Ilse Marrow": PERSON, "Odile Farrant": PERSON, "Ivo Tamber": PERSON}


def test_regression_a_list_of_names_tagged_one_body_is_its_names() -> None:
    """Ninth sample: "Mizan, Motaleb and Noor" (three patients named in full before) and
    "Marcos, University of Santo Tomas Department of Political Science" were one body each.
    Near miss: a firm's name with commas and an ampersand stays whole."""
    r = _resolve_tagged(
        ["Rahim Tolu and Ayesha Kor fell ill, and Omar Dilan too.",
         "Doctors treated Tolu, Kor and Dilan at the ward.",
         "Lawyers from Brask, Velo, Tamm & Orlov filed the suit."],
        [[("Rahim Tolu", "PERSON"), ("Ayesha Kor", "PERSON"), ("Omar Dilan", "PERSON")],
         [("Tolu, Kor and Dilan", "ORG")],
         [("Brask, Velo, Tamm & Orlov", "ORG")]])
    assert _by_actor(r) == {"Rahim Tolu": ["Rahim Tolu", "Tolu"],
                            "Ayesha Kor": ["Ayesha Kor", "Kor"],
                            "Omar Dilan": ["Omar Dilan", "Dilan"],
                            "Brask, Velo, Tamm & Orlov": ["Brask, Velo, Tamm & Orlov"]}


def test_regression_a_holding_or_a_cement_maker_tagged_a_person_is_a_body() -> None:
    """Tenth sample: "Limak Holding" and "Ambuja Cements", named once and tagged PERSON, were
    people."""
    r = _resolve_tagged(["Shares of Varlik Holding and Kelso Cements rose on Monday."],
                        [[("Varlik Holding", "PERSON"), ("Kelso Cements", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"Varlik Holding": ORG, "Kelso Cements": ORG}


def test_regression_a_dateline_with_its_day_or_a_colon_names_no_actor() -> None:
    """Ninth and tenth samples: "New Delhi, Aug 30: The Supreme Court ...", "Seoul, Dec 7
    (NationPress) The National Assembly ..." and "Colombo: Sri Lankan President ..." made the
    capitals' countries actors (and the outlet in brackets one). Near miss: a capital opening a
    sentence set off by a colon and a lower-case clause, and later named for its government,
    stays the country."""
    _, r = resolve(["Seoul, Dec 7 (Kelnews) The assembly will vote on the motion on Saturday.",
                    "New Delhi, Aug 30: The court freed the trader on bail.",
                    "Colombo: Voters went to the polls on Thursday."])
    assert {a.name for a in r.actors} == set(), sorted(a.name for a in r.actors)
    _, r = resolve(["Moscow: the view from the square is grim, officials in Moscow said."])
    assert _by_actor(r) == {"Russia": ["Moscow", "Moscow"]}


def test_regression_a_party_named_for_its_country_is_no_country() -> None:
    """Ninth and tenth samples: "NZ First" was cut to a place "NZ" and "New Zealand First" to
    the country (words.json parties)."""
    _, r = resolve(["The deal was signed with NZ First on Friday, and New Zealand First won "
                    "eight seats."])
    assert {a.name: a.kind for a in r.actors} == {"New Zealand First": ORG}


def test_regression_a_headlines_modal_verb_ends_a_bodys_name() -> None:
    """Ninth sample: the headline "Kenya Opposition Coalition Will 'Not Be Party' To Polls
    Announcement" made one body of "Kenya Opposition Coalition Will 'Not Be Party"."""
    r = _resolve_tagged(["Kelby Opposition Coalition Will 'Not Be Party' To Polls Announcement"],
                        [[("Kelby Opposition Coalition Will 'Not Be Party'", "ORG")]])
    assert {a.name for a in r.actors} == {"Kelby Opposition Coalition"}


def test_regression_a_players_position_or_hon_before_a_name_is_a_title() -> None:
    """Ninth and tenth samples: "Fullback Kyle Rowe" (tagged ORG), "Hon Isah Liman Kantigi" and
    "National Prosecutor Dariusz Barski" (tagged ORG) kept their titles in the name."""
    r = _resolve_tagged(["Striker Ivo Tamber scored twice, and Hon Ada Obi watched with "
                         "National Prosecutor Lars Velk."],
                        [[("Striker Ivo Tamber", "ORG"), ("Hon Ada Obi", "PERSON"),
                          ("National Prosecutor Lars Velk", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Ivo Tamber": PERSON, "Ada Obi": PERSON, "Lars Velk": PERSON}


def test_regression_a_known_place_written_with_its_accents_is_that_place() -> None:
    """Tenth sample: "Wrocław" (tagged ORG) was a body: the gazetteer lists "Wroclaw"."""
    r = _resolve_tagged(["Wrocław approved a new budget on Friday."], [[("Wrocław", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {"Wroclaw": PLACE}


def test_regression_parliaments_and_police_named_in_their_own_language_are_bodies() -> None:
    """Tenth sample: the Oireachtas was a group, "An Garda Síochána" a person, and "NSW" a body
    beside New South Wales. Near miss: "Lake Garda" is the lake, not the Irish police."""
    _, r = resolve(["The Oireachtas rose for the summer, and the bill passed the Dáil.",
                    "A Garda spokesperson said An Garda Síochána had charged a man.",
                    "The premier of New South Wales said NSW would hire more nurses.",
                    "Tourists filled the hotels of Lake Garda in August."])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds == {"Oireachtas": ORG, "Dáil Éireann": ORG, "An Garda Síochána": ORG,
                     "New South Wales": PLACE, "Lake Garda": PLACE}, kinds
    assert _by_actor(r)["New South Wales"] == ["New South Wales", "NSW"]


def test_regression_a_company_after_its_noun_in_a_list_is_a_body() -> None:
    """Tenth sample: "partnered with financial services group Orix, Chubu Electric, chipmaker
    Rohm" made Orix and Rohm people (Rohm tagged PERSON, Orix read as joined to it). Near miss:
    a person after a person's role stays one ("rival firm chief Ivo Tamber")."""
    r = _resolve_tagged(
        ["It partnered with financial services group Varco, Kelso Electric, chipmaker Rolm and "
         "others.",
         "The deal was signed by rival firm chief Ivo Tamber."],
        [[("Varco", "ORG"), ("Kelso Electric", "PERSON"), ("Rolm", "PERSON")],
         [("Ivo Tamber", "ORG")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Varco": ORG, "Kelso Electric": ORG, "Rolm": ORG, "Ivo Tamber": PERSON}


def test_regression_a_town_of_two_words_in_a_list_of_towns_is_a_place() -> None:
    """Tenth sample: "strikes in Albury, Sydney and Tweed Heads" (the last tagged PERSON) made
    a person of the town; "Heads" ends a town's name too."""
    r = _resolve_tagged(["Nurses struck in Kelsbury, Sydney and Marrow Vale last year, and "
                         "Brask Heads joined them."],
                        [[("Kelsbury", "GPE"), ("Sydney", "GPE"), ("Marrow Vale", "PERSON"),
                          ("Brask Heads", "PERSON")]])
    kinds = {a.name: a.kind for a in r.actors}
    assert kinds.get("Marrow Vale") is PLACE and kinds.get("Brask Heads") is PLACE, kinds


def test_regression_a_market_a_camp_or_a_mine_named_before_its_noun_is_a_place() -> None:
    """Tenth sample: "the Pasar Rumput market" (tagged PERSON) was a person; PerSenT's "the
    now-dormant Daneros mine" too. Near miss: a people before an area's noun stays the people
    ("a Rohingya neighborhood")."""
    r = _resolve_tagged(["Traders left the Pasar Kelo market, the Zamra camp and the Velno mine, "
                         "and a Rohingya neighborhood was hit."],
                        [[("Pasar Kelo", "PERSON"), ("Zamra", "PERSON"), ("Velno", "ORG"),
                          ("Rohingya", "NORP")]])
    assert {a.name: a.kind for a in r.actors} == {
        "Pasar Kelo": PLACE, "Zamra": PLACE, "Velno": PLACE, "Rohingya": GROUP}


def test_regression_a_country_after_a_companys_name_is_its_arm_there() -> None:
    """Ninth sample: "Samsung Vietnam" (tagged "Samsung" and "Vietnam") counted mentions of
    Vietnam. Near miss: the company saying something of the country keeps the country."""
    _, r = resolve(["Samsung Vietnam said it would invest more, and Unilever Pakistan cut "
                    "prices.",
                    "Samsung said Vietnam was its biggest hub."])
    by_actor = _by_actor(r)
    assert by_actor.get("Vietnam") == ["Vietnam"], by_actor
    assert "Pakistan" not in by_actor, by_actor


def test_regression_all_ireland_and_a_cups_plural_name_no_actor() -> None:
    """Tenth sample: a hurling report's "All-Ireland" titles made Ireland an actor (four
    mentions), and "a quartet of Liam MacCarthy Cups" a person. Near miss: Ireland named alone
    stays."""
    _, r = resolve(["Kelso won their fourth All-Ireland title and a quartet of Ivo Tamber Cups.",
                    "Ireland said the final would be played in Dublin."])
    assert _by_actor(r).get("Ireland") == ["Ireland"], _by_actor(r)
    assert "Ivo Tamber Cups" not in _by_actor(r)


def test_regression_a_list_after_a_dash_or_a_bases_of_names_places() -> None:
    """Eleventh sample: "a series of villages in the district — Nampanha, Namande, Mandava and
    Matope —" and "the insurgent bases of Diaca, Roma and Nanili" (one body) were people and
    bodies."""
    r = _resolve_tagged(
        ["Rebels attacked villages in the district — Varnu, Kesso, Delma and Tirap — in July.",
         "Troops took the insurgent bases of Vaka, Lomo and Nirri on Monday."],
        [[("Varnu", "PERSON"), ("Delma", "PERSON"), ("Tirap", "ORG")],
         [("Vaka, Lomo and Nirri", "ORG")]])
    kinds = {a.name: a.kind for a in r.actors}
    for place in ("Varnu", "Delma", "Tirap", "Vaka", "Lomo", "Nirri"):
        assert kinds.get(place) is PLACE, (place, kinds)


def test_regression_a_given_name_after_bin_is_the_fathers_not_a_second_person() -> None:
    """Eleventh sample: "Sheikh Mansoor bin Mohammed Al Maktoum" was two people, "Mansoor bin"
    and "Mohammed Al Maktoum". Near miss: two full names run together still split."""
    r = _resolve_tagged(["The trophy came from Sheikh Karim bin Mohammed Al Dassar, and Tiger "
                         "Woods Phil Mickelson watched."],
                        [[("Karim bin Mohammed Al Dassar", "PERSON"),
                          ("Tiger Woods Phil Mickelson", "PERSON")]])
    assert {a.name for a in r.actors} == {"Karim bin Mohammed Al Dassar", "Tiger Woods",
                                          "Phil Mickelson"}


def test_regression_a_country_and_a_year_name_a_tournament_not_the_country() -> None:
    """Eleventh sample: "played at Brazil 2014 and Qatar 2022" made Brazil and Qatar actors.
    Near miss: the country acting in a sentence with a year after a comma stays."""
    _, r = resolve(["Kelland reached the last 16 at Brazil 2014 and played at Qatar 2022.",
                    "In the final, Qatar, 2022 hosts, said the games were a success."])
    assert "Brazil" not in _by_actor(r)
    assert _by_actor(r).get("Qatar") == ["Qatar"], _by_actor(r)


def test_regression_latin_american_papers_are_outlets() -> None:
    """Eleventh sample: the Honduran paper "El Heraldo" was a person."""
    r = _resolve_tagged(["Police raided the offices of El Heraldo on Monday."],
                        [[("El Heraldo", "PERSON")]])
    assert {a.name: a.kind for a in r.actors} == {"El Heraldo": ORG}
