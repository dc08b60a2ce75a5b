"""Cleaning saved web pages: what is dropped (and why), what survives, offsets, idempotence."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean import REASONS, UI_LINE, UI_PATTERNS, caption_of, clean, content_hash
from analysis.segment import split_paragraphs

BEFORE = "The council met on Monday to discuss the new harbour budget."
AFTER = "Members voted by a wide margin to approve the spending plan."

#: One line placed between two prose paragraphs -> the reason it is dropped, or None if kept.
GOLDEN_LINES: list[tuple[str, str | None]] = [
    # interface strings
    ("Oops!", "ui"),
    ("  • Oops!", "ui"),
    ("Something went wrong.", "ui"),
    ("    Please try again later.", "ui"),
    ("Oops! Something went wrong. Please try again later.", None),  # three strings on one line
    ("Advertisement", "ui"),
    ("ADVERTISEMENT", "ui"),
    ("Story continues below advertisement", "ui"),
    ("Sign up for our newsletter", "ui"),
    ("Subscribe to continue reading", "ui"),
    ("Get our free morning briefing newsletter", "ui"),
    ("Share this article", "ui"),
    ("Share on Facebook", "ui"),
    ("Read more »", "ui"),
    ("Click here to read the full report", "ui"),
    ("We use cookies to improve your experience on our site.", "ui"),
    ("Accept all cookies", "ui"),
    ("Manage cookie settings", "ui"),
    ("Skip to main content", "ui"),
    ("Back to top", "ui"),
    ("Most read", "ui"),
    ("Already a subscriber? Log in", "ui"),
    ("Please enable JavaScript to view the comments.", "ui"),
    ("4 min read", "ui"),
    # photo captions and credits
    ("Soldiers walk past a burned tank outside the town - JANE DOE/AFP via Getty Images", "credit"),
    ("Soldiers walk past a burned tank outside the town. (AP Photo/John Roe)", "credit"),
    ("Photo: John Roe", "credit"),
    ("Image: Ministry of Defence handout", "credit"),
    ("Credit: Jane Doe for The Gazette", "credit"),
    ("Photograph by Jane Doe", "credit"),
    ("A rally in the capital on Sunday | Getty Images", "credit"),
    # Regression: an agency missing from the known list let a twice-printed caption through.
    ("Two envoys shake hands before the talks on Friday. - ANNA LUND/Fjordline Pictures", "credit"),
    ("Talks resumed on Monday - UN/EU officials said", None),
    ("Firefighters at the scene. Photo: Jane Doe/Reuters", "credit"),
    ("The minister arrives for talks JOHN ROE via Getty Images", "credit"),
    ("The minister arrives for talks - EPA-EFE/JOHN ROE", "credit"),
    # link lines
    ("Related: Ten things to know about the harbour vote", "related"),
    ("Read also: Why the budget matters", "related"),
    ("READ MORE: Council approves plan", "related"),
    ("See also - The harbour in pictures", "related"),
    # a ticker of other stories' headlines, and a menu, set apart by "|"
    ("Storm shuts the port as ferries wait | Kelby mayor quits after audit | Veldora wins the "
     "cup final | Prices rise 2% in May", "related"),
    ("Home | News | Sport | Business | Opinion", "related"),
    # a video link's label, and the video's length over its title
    ("Go to video", "ui"),
    ("01:17", "ui"),
    # a title line and its site, or two tags, are not
    ("Talks resume in the harbour dispute | The Kelby Ledger", None),
    # keyword and tag lists closing a page
    ("KEYS: Veldora  Karesh  harbour accord", "tags"),
    ("Tags: Veldora, Karesh, Mara Okonjo", "tags"),
    ("Filed under: Politics, Harbour", "tags"),
    # a sentence after such a word and a colon ends with a stop: kept
    ("Keys: the council will hand them back on Friday.", None),
    # scraping bullets
    ("• World", "bullet"),
    ("· Business news", "bullet"),
    ("▪ Sport", "bullet"),
    ("* Opinion and analysis", "bullet"),
    ("- Weather", "bullet"),
    ("•", "bullet"),
    ("-", "bullet"),
    ("Related:", "ui"),
    # prose, headlines, datelines and quotes are kept
    ("US weighs new aid as troops mass near the border", None),
    ("KYIV, Ukraine (AP) — Officials said the talks would resume.", None),
    ("LONDON —", None),
    ("Tensions remain high.", None),
    ("No.", None),
    ("“It is blackmail,” he said.", None),
    ("- The ministry said the talks would resume on Monday.", None),  # a bulleted sentence
    ("• Ministers agreed a ceasefire on Tuesday evening after long talks", None),  # long bullet
    ("Search teams found three survivors under the rubble.", None),
    ("Share prices fell sharply after the announcement.", None),
    ("Advertising revenue fell by a third last year.", None),
    ("Read the statement carefully, the minister urged.", None),
    ("He said the photo by a local resident showed the damage.", None),
    ("The poll was run by Reuters/Ipsos.", None),
    ("Watch the vote closely, she said.", None),
    ("-5 degrees is expected overnight.", None),
    ("Register to vote by Friday, officials urged.", None),
    ("Sign up for the draft was compulsory until 1973", None),
    ("Listen - we are not going to wait, she said.", None),
    ("Watch: The storm reaches the harbour", "related"),
    ("Sign up to our daily briefing", "ui"),
    ("Subscribe for unlimited access", "ui"),
    ("Climate rules rolled back - EPA", None),
    ("By Jane Doe", None),
]


@pytest.mark.parametrize(("line", "reason"), GOLDEN_LINES)
def test_golden_line(line: str, reason: str | None) -> None:
    text = f"{BEFORE}\n\n{line}\n\n{AFTER}"
    cleaned = clean(text)
    assert BEFORE in cleaned.text and AFTER in cleaned.text
    if reason is None:
        assert cleaned.removed == ()
        assert line.strip() in cleaned.text
    else:
        assert [(r.text, r.reason) for r in cleaned.removed] == [(line.strip(), reason)]
        assert cleaned.text == f"{BEFORE}\n\n{AFTER}"


def test_every_reason_is_explained() -> None:
    produced = {reason for _, reason in GOLDEN_LINES if reason} | {"duplicate", "caption"}
    assert produced == set(REASONS)
    assert all(explanation.strip() for explanation in REASONS.values())


def test_ui_table_rows_compile_and_stay_whole_line() -> None:
    for name, pattern in UI_PATTERNS:
        assert re.compile(pattern, re.IGNORECASE), name
    # Whole-line matching: a UI phrase inside prose is not a UI line.
    assert UI_LINE.fullmatch("advertisement") is not None
    assert UI_LINE.fullmatch("the advertisement ran on Monday") is None


# ----------------------------------------------------------------------------- duplicates


def test_later_copies_of_a_line_are_duplicates() -> None:
    para = "The mayor said the harbour would reopen in spring."
    text = f"{para}\n\n{BEFORE}\n\n{para}\n\n{AFTER}\n\n{para}"
    cleaned = clean(text)
    assert cleaned.text == f"{para}\n\n{BEFORE}\n\n{AFTER}"
    assert [r.reason for r in cleaned.removed] == ["duplicate", "duplicate"]
    assert [r.start for r in cleaned.removed] == [m.start() for m in re.finditer(para, text)][1:]


def test_short_repeated_lines_are_kept() -> None:
    text = f"“Yes.”\n\n{BEFORE}\n\n“Yes.”\n\n{AFTER}"
    assert clean(text).text == text


def test_duplicate_ignores_spacing_but_not_wording() -> None:
    text = f"{BEFORE}\n\n{BEFORE.replace(' ', '  ')}\n\n{BEFORE.upper()}"
    cleaned = clean(text)
    assert [r.reason for r in cleaned.removed] == ["duplicate"]
    assert BEFORE.upper() in cleaned.text


def test_caption_printed_twice_first_credit_then_duplicate() -> None:
    caption = "Rescue workers search the rubble of a school - JOHN ROE/AFP via Getty Images"
    text = f"Harbour reopens after storm\n\n{caption}\n{caption}\n\n{BEFORE}"
    cleaned = clean(text)
    assert [r.reason for r in cleaned.removed] == ["credit", "duplicate"]
    assert cleaned.text == f"Harbour reopens after storm\n\n{BEFORE}"


def test_caption_without_credit_is_dropped_when_a_credited_copy_exists() -> None:
    body = "Rescue workers search the rubble of a school"
    text = f"{body}\n{body} - JOHN ROE/AFP via Getty Images\n\n{BEFORE}\n\n{AFTER}"
    cleaned = clean(text)
    assert [(r.text, r.reason) for r in cleaned.removed] == [
        (body, "caption"),
        (f"{body} - JOHN ROE/AFP via Getty Images", "credit"),
    ]
    assert cleaned.text == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Rescue workers search the rubble - JOHN ROE/AFP via Getty Images",
         "rescue workers search the rubble"),
        ("Rescue workers search the rubble. (AP Photo/John Roe)",
         "rescue workers search the rubble"),
        ("Rescue workers search the rubble | Getty Images", "rescue workers search the rubble"),
        ("JOHN ROE/AFP via Getty Images", None),  # a credit alone carries no caption
        ("Short one - JOHN ROE/AFP", None),  # too short to recognise elsewhere
        ("Rescue workers search the rubble", None),  # no credit
    ],
)
def test_caption_of(line: str, caption: str | None) -> None:
    assert caption_of(line) == caption


# ----------------------------------------------------------------------------- end to end

HEADLINE = "Harbour city braces for storm as council approves emergency budget"
PHOTO = ("A fisherman ties up his boat in the old harbour ahead of the storm, near the town "
         "of Westport - MARIA EXAMPLE/AFP via Getty Images")
PROSE = (
    "The city council approved an emergency budget on Monday as forecasters warned that the "
    "strongest storm in a decade would reach the coast by Thursday.",
    "Mayor Ana Ruiz said the money would pay for sandbags, shelters and extra crews.",
    "“We are not going to wait for the water to reach the doors,” she told reporters.",
    "“Every street on the waterfront will be ready.”",
    "Opposition councillors backed the plan but criticised the delay.",
    "Tensions remain high.",
)
PAGE = (
    f"{HEADLINE}\n"
    "\n"
    f"{PHOTO}\n"
    f"{PHOTO}\n"
    "  • Oops!\n"
    "    Something went wrong.\n"
    "    Please try again later.\n"
    "\n"
    f"{PROSE[0]}\n"
    "\n"
    f"{PROSE[1]}\n"
    "\n"
    "Advertisement\n"
    "\n"
    f"{PROSE[2]}\n"
    "\n"
    f"{PROSE[3]}\n"
    "\n"
    "Related: Five storms that changed the coast\n"
    "\n"
    f"{PROSE[4]}\n"
    "\n"
    "  • Share this article\n"
    "  • World\n"
    "\n"
    f"{PROSE[5]}\n"
)


def test_page_junk_end_to_end() -> None:
    cleaned = clean(PAGE)
    assert cleaned.text == "\n\n".join((HEADLINE, *PROSE))
    assert [(r.text, r.reason) for r in cleaned.removed] == [
        (PHOTO, "credit"),
        (PHOTO, "duplicate"),
        ("• Oops!", "ui"),
        ("Something went wrong.", "ui"),
        ("Please try again later.", "ui"),
        ("Advertisement", "ui"),
        ("Related: Five storms that changed the coast", "related"),
        ("• Share this article", "ui"),
        ("• World", "bullet"),
    ]
    for removal in cleaned.removed:
        assert PAGE[removal.start:removal.end] == removal.text
        assert removal.reason in REASONS
    assert [p.text for p in split_paragraphs(cleaned.text)] == [HEADLINE, *PROSE]


#: A magazine's link as some sites print it: "Related", a headline and its teaser on one line,
#: no separator and no full stop, longer than a labelled link (written for this test).
MAGAZINE_LINK = (
    " Related Brask Harbour Talks Stall as Veldora Walks Out  Envoys Trade Blame 'A Month in "
    "Port' closes the book on the envoy's mission  while 'Dockers: Ten Years' follows the union "
    "catching a second wind"
)


def test_regression_magazine_related_link_longer_than_a_label_is_dropped() -> None:
    # persent_0493: a Rolling Stone "Related …" line over 200 characters listed four works and
    # nicknames as actors
    assert len(MAGAZINE_LINK) > 200
    page = f"{PROSE[0]}\n\n{MAGAZINE_LINK}\n\n{PROSE[1]}\n"
    cleaned = clean(page)
    assert cleaned.text == f"{PROSE[0]}\n\n{PROSE[1]}"
    assert [(r.text, r.reason) for r in cleaned.removed] == [(MAGAZINE_LINK.strip(), "related")]


def test_a_paragraph_opening_with_related_stays() -> None:
    page = (f"{PROSE[0]}\n\nRelated charges were filed against the harbour master on Monday, "
            "the port authority said.\n\nRelated Companies Buys a Tower on the Harbour\n")
    assert not clean(page).removed


def test_removals_are_ordered_and_disjoint() -> None:
    removed = clean(PAGE).removed
    assert all(a.end <= b.start for a, b in pairwise(removed))


# ----------------------------------------------------------------------------- structure


def test_paragraphs_are_separated_by_one_blank_line() -> None:
    text = f"\n\n  {BEFORE}  \n\n\n\n\t{AFTER}\n\n\n"
    assert clean(text).text == f"{BEFORE}\n\n{AFTER}"


def test_lines_of_a_block_stay_together() -> None:
    text = f"{HEADLINE}\n\n{BEFORE}\n{AFTER}"
    assert clean(text).text == text


def test_text_without_blank_lines_is_one_paragraph_per_line() -> None:
    text = f"{HEADLINE}\nAdvertisement\n{BEFORE}\n{AFTER}"
    cleaned = clean(text)
    assert cleaned.text == f"{HEADLINE}\n\n{BEFORE}\n\n{AFTER}"
    assert [r.reason for r in cleaned.removed] == ["ui"]


def test_junk_inside_a_block_ends_the_paragraph() -> None:
    text = f"{HEADLINE}\n\n{BEFORE}\nAdvertisement\n{AFTER}"
    assert clean(text).text == f"{HEADLINE}\n\n{BEFORE}\n\n{AFTER}"


def test_lone_block_left_after_cleaning_is_written_one_line_per_paragraph() -> None:
    # Regression: "Advertisement\n\nA\nB" cleaned to "A\nB", which clean() then read as two
    # paragraphs and rewrote as "A\n\nB", so cleaning was not idempotent.
    text = f"Advertisement\n\n{BEFORE}\n{AFTER}"
    once = clean(text).text
    assert once == f"{BEFORE}\n\n{AFTER}"
    assert clean(once).text == once


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "Advertisement", "• Oops!\n  Read more"])
def test_nothing_left(text: str) -> None:
    assert clean(text).text == ""


def test_removal_offsets_point_into_the_input_with_unicode_and_indentation() -> None:
    text = f"Ünïcødé — “headline” ✓\n\n\t  • Oops!  \n\u00a0Advertisement\u00a0\n\n{BEFORE}"
    cleaned = clean(text)
    assert [r.reason for r in cleaned.removed] == ["ui", "ui"]
    for removal in cleaned.removed:
        assert text[removal.start:removal.end] == removal.text


# ----------------------------------------------------------------------------- content hash


def test_content_hash_ignores_case_and_spacing() -> None:
    a = content_hash(f"{BEFORE}\n\n{AFTER}")
    assert a == content_hash(f"  {BEFORE.upper()}\n{AFTER}\t")
    assert re.fullmatch(r"[0-9a-f]{64}", a)
    assert a != content_hash(f"{AFTER}\n\n{BEFORE}")
    assert content_hash("") != a


# ----------------------------------------------------------------------------- properties

JUNK = [line for line, reason in GOLDEN_LINES if reason] + [PHOTO, "Related:", "-", "*"]
KEPT = [line for line, reason in GOLDEN_LINES if reason is None] + list(PROSE)
lines_strategy = st.lists(
    st.one_of(
        st.sampled_from(JUNK),
        st.sampled_from(KEPT),
        st.sampled_from(["", " ", "\t", "\u00a0"]),
        st.text(alphabet=st.sampled_from("ab •-*/.:!\t\u00a0\u2028é”"), max_size=12),
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(lines_strategy)
def test_clean_is_idempotent(lines: list[str]) -> None:
    text = "\n".join(lines)
    once = clean(text)
    assert clean(once.text).text == once.text
    for removal in once.removed:
        assert text[removal.start:removal.end] == removal.text
        assert removal.reason in REASONS


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PROSE), min_size=1, max_size=6, unique=True),
       st.lists(st.sampled_from(JUNK), max_size=6))
def test_prose_survives_any_junk(prose: list[str], junk: list[str]) -> None:
    text = "\n\n".join([*junk, *prose, *junk])
    assert [p.text for p in split_paragraphs(clean(text).text)] == prose


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)
       | st.text(alphabet=st.sampled_from("ab .•-\n\n\t\r\u2028\u00a0"), max_size=60))
def test_clean_is_idempotent_on_any_text(text: str) -> None:
    once = clean(text).text
    assert clean(once).text == once
    assert once == once.strip()


def test_removed_share_counts_characters_without_whitespace() -> None:
    from analysis.clean import MOSTLY_REMOVED, removed_share
    from analysis.types import Removal

    assert removed_share("", ()) == 0.0
    assert removed_share("Kept line.", ()) == 0.0
    # "Kept" (4) kept, "Photo: AP" (8 without its space) removed
    assert removed_share("Kept", (Removal(0, 9, "Photo: AP", "credit"),)) == pytest.approx(8 / 12)
    # a credit longer than the prose around it: more than half gone, worth the warning
    cleaned = clean("Line one.\nPhoto: Getty Images\nLine two.\n")
    assert removed_share(cleaned.text, cleaned.removed) == pytest.approx(17 / 33)
    assert removed_share(cleaned.text, cleaned.removed) > MOSTLY_REMOVED
    assert removed_share("", (Removal(0, 3, "abc", "ui"),)) == 1.0


def test_regression_the_links_under_a_heading_of_links_are_dropped() -> None:
    # a sixth and a seventh sample of web pages: "You may also like" / "Read more from UK News"
    # over a teaser's headline, and "RELATED STORIES" over bracketed links, listed the teasers'
    # people as the article's actors
    page = (f"{PROSE[0]}\n\nYou may also like\nRead more from Kelby News\n"
            "Velsk ordered to pay Tamber further costs in libel battle\n"
            f"{PROSE[1]}\n\nRELATED STORIES\n"
            "[ Rebels claim outpost on the border Opens in new window ]\n"
            "Aid group withdraws from the west\n\nLate results\n")
    cleaned = clean(page)
    assert cleaned.text == f"{PROSE[0]}\n\n{PROSE[1]}\n\nLate results"
    assert [r.reason for r in cleaned.removed] == ["ui", "related", "related", "ui", "related",
                                                   "related"]


def test_a_sentence_after_a_heading_of_links_ends_them() -> None:
    page = f"Related stories\n{PROSE[0]}\n\nHarbour Board\n"
    assert clean(page).text == f"{PROSE[0]}\n\nHarbour Board"


def test_regression_titles_over_a_video_links_label_are_related() -> None:
    """Eleventh sample: a page closing with other stories' videos ("01:17", a title, "Go to
    video", ...) kept the titles as paragraphs, and their names as actors. A sentence over the
    label stays."""
    text = ("The harbour reopened on Monday after the storm.\n\n01:17\nKelby mayor quits after "
            "audit\nGo to video\nVeldora wins the cup final\nGo to video\nThe council said the "
            "harbour was safe again.\nGo to video")
    cleaned = clean(text)
    assert [(r.text, r.reason) for r in cleaned.removed] == [
        ("01:17", "ui"), ("Kelby mayor quits after audit", "related"), ("Go to video", "ui"),
        ("Veldora wins the cup final", "related"), ("Go to video", "ui"), ("Go to video", "ui")]
    assert "The council said the harbour was safe again." in cleaned.text
