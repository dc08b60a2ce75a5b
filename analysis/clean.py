"""Drop what is not article prose from a saved web page, and say what was dropped and why.

Cleaning works on whole lines: a line is kept verbatim (trimmed) or dropped with a ``Removal``
whose offsets point into the input. Every rule looks at one line plus two hash sets built in
one pass each (lines seen so far; caption texts carried by credit lines), so cleaning is linear
in the text length; patterns are anchored or run on a bounded part of a line, so none can
backtrack across a long one. Kept lines never trip a rule again, which makes ``clean``
idempotent.

Paragraphs are read as ``segment.text_blocks`` reads them, and a dropped line also ends the
paragraph it sat in: junk between two paragraphs usually marks a break even without a blank line.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from analysis.segment import text_blocks, trimmed_span
from analysis.types import Cleaned, Removal

#: Reason code -> the explanation a user sees next to the dropped text.
REASONS: Mapping[str, str] = MappingProxyType({
    "duplicate": "Repeats a line that appears earlier on the page, word for word.",
    "credit": "A photo caption or photo credit (such as '… via Getty Images' or 'Photo: …').",
    "caption": "A photo caption: the same text appears elsewhere on the page with a photo credit.",
    "ui": "Website interface text: a button, menu, error message, advert, cookie or "
          "newsletter prompt.",
    "bullet": "A short bullet-point item from the page's menus or widgets, not a sentence.",
    "related": "A link to another article ('Related: …', 'Read also: …'), or a line of "
               "them: headlines or menu items run together with '|'.",
    "tags": "The article's list of keywords or topic tags ('Tags: …', 'KEYS: …').",
})

#: A line repeated with fewer words than this is kept: "Yes." or "***" legitimately recur.
DUPLICATE_MIN_WORDS = 4
#: UI strings are short; longer lines are never tested against the UI table.
UI_MAX_CHARS = 160
#: Link lines are short; a long line that starts with "Watch:" is more likely prose.
RELATED_MAX_CHARS = 200
#: A magazine's link printed as "Related", its headline and its teaser with no separator and no
#: full stop runs longer than a labelled link: up to this many characters.
RELATED_HEADLINE_MAX_CHARS = 400
#: A credit sits at the end of its line; only this many final characters are searched.
CREDIT_TAIL_CHARS = 200
#: A bulleted line with at most this many words and no sentence shape is page furniture.
BULLET_MAX_WORDS = 6
#: Fewer words than this and it is not a sentence, whatever its punctuation ("• Oops!").
SENTENCE_MIN_WORDS = 3

#: Bullet markers: symbols may touch the text; "*" and "-" need a space ("-5 degrees", "*Note").
BULLET = re.compile(r"^(?:[•·▪◦‣∙●■]\s*|[*-](?:\s+|$))")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
#: Trailing punctuation ignored when matching UI strings ("Oops!", "Read more »").
UI_TRAILING = " .!?:;…»›>→|-"

#: A video link's label on a line of its own ("Go to video", "Watch video"): furniture, and
#: under the video's title (``LINK_LABEL``).
_VIDEO_LABELS = r"go to video|watch (?:the )?video|play video|watch now"

#: (name, pattern) rows matched against a whole line, case-insensitively, after the bullet
#: marker, trailing punctuation and repeated whitespace are removed.
UI_PATTERNS: tuple[tuple[str, str], ...] = (
    ("error", r"oops[!.,]?(?: something went wrong)?"),
    ("error", r"something went wrong(?:[.,!]? please try again(?: later)?)?"),
    ("error", r"please try again(?: later)?|an error (?:has )?occurred|there was an error"),
    ("advert", r"advertisements?|ad|sponsored(?: content| post| links?)?"
               r"|paid (?:content|post|partner content)"
               r"|(?:story|article) continues below(?: (?:this )?advertisement)?"
               r"|continue reading(?: below| the main story)?"
               r"|(?:advertisement - )?scroll (?:down )?to continue(?: with content| reading)?"),
    # "Register to vote by Friday" is prose: a prompt's object names what is on offer.
    ("newsletter", r"(?:sign up|subscribe|register)(?: now| today| here)?"
                   r"(?: (?:to|for) .{0,40}\b(?:newsletters?|updates|alerts|briefings?|e-?mails?"
                   r"|digest|notifications|access|reading|podcast|channel|free|our)\b.{0,30})?"
                   r"|(?:get|receive|join) (?:our|the) .{0,40}newsletters?.{0,20}"
                   r"|newsletters?(?: sign[- ]?up)?|enter your e-?mail(?: address)?"),
    ("account", r"(?:sign|log) (?:in|out)|login|my account|create (?:an|a free|your) account"
                r"|already (?:a subscriber|have an account|registered)\??"
                r"(?: (?:sign|log) in(?: here)?)?"),
    ("share", r"share(?: (?:this|the) (?:article|story|page|post|video))?(?: (?:on|via) \w+)?"
              r"|tweet|e-?mail|print|copy link|link copied|copied|whatsapp|facebook|twitter|x"
              r"|linkedin|reddit|pinterest|telegram|flipboard|messenger"),
    ("more", r"read more|read (?:the )?full (?:article|story)|click here(?: .{1,60})?"
             r"|(?:show|load|see|view) more|more stories|view comments|comments?(?: \(\d+\))?"
             r"|\d+ comments?|leave a comment|jump to comments|view (?:image|gallery|photos?)"
             r"|(?:image|photo|slide) \d+ of \d+|expand|collapse"
             # the same labels on Spanish and Portuguese pages: "Imagen principal:"
             r"|(?:imagen|imagem|foto) (?:principal|destacada)|fecha de publicaci[oó]n"
             r"|leer m[aá]s|leia mais"),
    ("cookies", r"(?:we|this (?:site|website)) uses? cookies.{0,140}"
                r"|(?:accept|reject)(?: all)?(?: cookies)?"
                r"|(?:cookie|privacy) (?:settings|policy|preferences|notice)"
                r"|manage (?:cookies|preferences|consent|(?:cookie )?settings)"
                r"|by (?:continuing|using) (?:to use )?(?:this|our) (?:site|website).{0,120}"),
    ("navigation", r"skip to (?:main )?(?:content|navigation|search|footer)|skip navigation"
                   r"|back to top|(?:main )?menu|search|close|home"
                   r"|(?:open|toggle) (?:navigation|menu)"
                   r"|next(?: article)?|prev(?:ious)?(?: article)?"),
    ("widget", r"most (?:read|popular|viewed|shared)|trending(?: now| stories)?"
               r"|recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?like"
               r"|top stories|editor'?s'? picks?|also in the news"
               r"|(?:related|read also|see also)"
               r"(?: (?:story|stories|articles?|content|coverage|topics?|videos?|links?|reading))?"
               r"|(?:follow|like) us(?: on .{1,40})?|download (?:the|our) app|get the app"
               r"|open in (?:the )?app|listen to (?:this )?article(?: \d+ min(?:ute)?s?)?"
               r"|\d+ min(?:ute)?s? read|loading|video|watch(?: live)?|" + _VIDEO_LABELS
               # a video's length over its title: "01:17", "1:02:33"
               + r"|\d{1,2}:\d\d(?::\d\d)?"),
    ("browser", r"please enable javascript.{0,100}|javascript is (?:disabled|required).{0,100}"
                r"|your browser does not support.{0,100}"
                r"|this (?:video|content) is (?:not available|unavailable).{0,60}"),
)
UI_LINE = re.compile("|".join(f"(?:{pattern})" for _, pattern in UI_PATTERNS), re.IGNORECASE)

#: A line of one or two capital letters alone: a photographer's initials under a caption, or a
#: share button's label ("TT"), never a sentence or a heading of the story.
INITIALS_LINE = re.compile(r"[A-Z]{1,2}")

#: Links to other articles: the label, a separator, then anything.
RELATED_LINE = re.compile(
    r"(?:related(?: (?:story|stories|articles?|content|coverage|videos?|links?|reading))?"
    r"|read also|also read|read more|see also|more on this(?: story)?|further reading"
    r"|recommended(?: reading| stories| for you)?|you (?:may|might) also (?:like|enjoy)"
    r"|also in the news|editor'?s'? picks?)\s*[:|»›>–—-]\s*\S"
    # "Listen - we will not wait" can open a quote; only the colon form is a link label.
    r"|(?:watch|listen)\s*:\s*\S",
    re.IGNORECASE,
)
#: A page's list of keywords or topic tags: the label and a colon, then the names, with no
#: full stop at the end ("KEYS: Syria  Russia  Idlib", "Tags: Brexit, Theresa May"). A
#: sentence after such a word and a colon ends with a stop and is kept.
TAGS_LINE = re.compile(r"(?:tags|keywords|keys|topics|filed under)\s*:\s*\S", re.IGNORECASE)
#: The longest tag list: a few hundred names at most.
TAGS_MAX_CHARS = 1000

#: A ticker or a menu: four or more headlines or links on one line, set apart by "|" ("AI takes
#: centre stage as ... | G7 Spotlight: ... | Actor granted bail ..."); no prose is written so.
PIPED = re.compile(r"\s\|\s")
PIPED_MIN_ITEMS = 4
#: A video link's label under the link's title: the line above it, no sentence, is a link to
#: another story.
LINK_LABEL = re.compile(_VIDEO_LABELS, re.IGNORECASE)
#: The heading of a list of links to other articles ("RELATED STORIES", "You may also like",
#: "Read more from UK News"): the short lines after it that are no sentence are its links.
LINKS_HEADING = re.compile(
    r"(?:related(?: (?:story|stories|articles?|content|coverage|links?|reading))?"
    r"|you (?:may|might) (?:also )?like|read more(?: from .{1,40})?|more from .{1,40}"
    r"|more stories|recommended(?: for you| stories| reading)?|also in the news|top stories"
    r"|most (?:read|popular|viewed|shared)|trending(?: now| stories)?)",
    re.IGNORECASE,
)
#: The most link lines read after such a heading.
LINKS_AFTER_HEADING = 5
#: A link in square brackets that says it opens a window: "[ Aid group withdraws ...Opens in
#: new window ]".
BRACKETED_LINK = re.compile(r"\[[^\[\]]{1,300}opens in (?:a )?new (?:window|tab)\s*\]",
                            re.IGNORECASE)

#: A magazine's link with no separator: "Related" capitalised, then a capitalised headline
#: ("Related Five Storms That Changed the Coast The forecaster looks back"). Case-sensitive: prose
#: opens "Related charges were filed" with a lower-case word, and ends as a sentence; the
#: developer Related Companies (also "Related Cos.") opens a headline so too and stays.
RELATED_HEADLINE = re.compile(r"Related\s+(?!Compan|Cos\b)[A-Z0-9'‘“\"]")

#: Photo agencies and wires as they appear after the photographer's name in a credit.
_AGENCY = (
    r"(?:AFP|Reuters|AP|EPA(?:-EFE)?|EFE|Getty Images|Shutterstock|Alamy(?: Stock Photo)?"
    r"|Bloomberg|Sputnik|TASS|Xinhua|Anadolu(?: Agency)?|PA(?: Wire| Images)?|Rex(?: Features)?"
    r"|ZUMA(?: Press)?(?: Wire)?|NurPhoto|SOPA Images|LightRocket|Pool|Kyodo|Yonhap|Ukrinform"
    r"|Abaca(?:press)?|Sipa(?: USA)?|Imago|dpa|picture alliance|Redux|Polaris|UPI|WireImage)"
)
_VIA = r"(?:Getty Images|Reuters|AP|AFP|Shutterstock|Alamy|Imago|ZUMA Wire)"

#: Credits at the end of a line, searched in its last ``CREDIT_TAIL_CHARS`` characters. Case
#: matters here: "/AP" or "Photo:" as a credit is capitalised, "and/ap" or "photo by" in
#: prose is not. The slash and "via" forms never end in a full stop; a sentence might.
CREDIT_END: tuple[re.Pattern[str], ...] = (
    re.compile(rf"/ ?{_AGENCY}(?: via {_VIA})?\)?$"),  # "NAME/AFP via Getty Images"
    re.compile(rf"\bvia {_VIA}\)?$"),  # "NAME via Getty Images"
    re.compile(r"\((?:AP|AFP|Reuters|EPA|Xinhua) Photos?(?:/[^()]*)?\)\.?$"),  # "(AP Photo/NAME)"
    re.compile(r"(?:EPA(?:-EFE)?|AFP)/[A-Z][\w .'’-]{1,50}$"),  # "EPA-EFE/NAME"
    # Any agency, known or not, after a photographer's name in capitals: "- JANE ROE/Agency".
    re.compile(r"\s[|–—-] ?[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)+ ?/ ?[A-Z][\w&'’ -]{1,40}$"),
    # Not "- EPA" alone: that is also the US Environmental Protection Agency.
    re.compile(r"[|–—-] ?(?:Getty Images|Shutterstock|Alamy(?: Stock Photo)?)\.?$"),
    re.compile(r"(?:^|[\s(|–—-])(?:Photo(?:graph)?|Picture|Image|Photo credit|Image credit"
               r"|Credit)s? ?(?::|by)\s+[^.!?:]{1,80}\)?$"),  # "... Photo: NAME/Agency"
)
#: Credits and captions that announce themselves at the start of a line.
CREDIT_START = re.compile(
    r"(?i:(?:photo(?:graph)?|picture|image|credit|caption|pictured|photo credit|image credit"
    r"|top image|main image|header image)s? ?[:|])|Photo(?:graph)?s? by\b"
)
#: Where a photographer's name begins, counting back from the credit ("... region - NAME/AFP").
_CREDIT_SEPARATORS = (" - ", " – ", " — ", " | ", "; ")
#: Forms whose match starts after the photographer's name, so the name must be cut off too.
_NAMED_FORMS = 2


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # trimmed span of the line in the input
    end: int
    text: str
    key: str  # whitespace collapsed: two lines are duplicates when their keys are equal
    block: int


def clean(text: str) -> Cleaned:
    """The article prose of ``text``, and every dropped line with its reason (see ``REASONS``)."""
    lines = _lines(text)
    captions = {body for line in lines if (body := caption_of(line.text))}

    seen: set[str] = set()
    paragraphs: list[list[str]] = []
    removed: list[Removal] = []
    current: list[str] = []
    block = -1
    links_left = 0  # link lines still read after a heading of links, in its paragraph
    heading = False  # the line before was such a heading
    # the line after each line is a link's label ("Go to video"): the line is the link's title
    labelled = [i + 1 < len(lines)
                and LINK_LABEL.fullmatch(lines[i + 1].key.rstrip(UI_TRAILING)) is not None
                for i in range(len(lines))]
    for line, titled in zip(lines, labelled, strict=True):
        reason = _reason(line, seen=seen, captions=captions)
        if reason is None and titled and len(line.key) <= RELATED_MAX_CHARS \
                and SENTENCE_END.search(line.key) is None:
            reason = "related"  # "Uganda launches refugee count" over "Go to video"
        if line.block != block and not heading:
            links_left = 0  # the links end with the heading's paragraph
        if reason is None and links_left and len(line.key) <= RELATED_MAX_CHARS \
                and SENTENCE_END.search(line.key) is None:
            reason = "related"  # "Vardy ordered to pay Rooney costs" under "You may also like"
        heading = _is_links_heading(line.key)
        links_left = (LINKS_AFTER_HEADING if heading
                      else links_left - 1 if reason == "related" else 0)
        if reason is not None or line.block != block:
            if current:
                paragraphs.append(current)
            current = []
            block = line.block
        if reason is None:
            current.append(line.text)
        else:
            removed.append(Removal(start=line.start, end=line.end, text=line.text, reason=reason))
    if current:
        paragraphs.append(current)
    if len(paragraphs) == 1:
        # A lone multi-line paragraph would be read back as one paragraph per line
        # (segment.text_blocks); writing it that way keeps clean(clean(t)) == clean(t).
        paragraphs = [[line] for line in paragraphs[0]]
    return Cleaned(text="\n\n".join("\n".join(p) for p in paragraphs), removed=tuple(removed))


#: Cleaning that removed more than this share of an article's characters is worth a warning:
#: a page of junk, or a real article whose every line tripped a rule (a photo credit under each).
MOSTLY_REMOVED = 0.5


def removed_share(text: str, removed: Sequence[Removal]) -> float:
    """The share of the article's characters that cleaning removed (0 when nothing was there).

    ``text`` is the cleaned text; kept and removed characters are counted without the
    whitespace between lines, which neither side owns.
    """
    kept = len("".join(text.split()))
    gone = sum(len("".join(r.text.split())) for r in removed)
    total = kept + gone
    return gone / total if total else 0.0


def content_hash(text: str) -> str:
    """sha256 hex of ``text`` casefolded with whitespace collapsed: the same article, re-uploaded
    or re-wrapped, hashes the same."""
    normal = " ".join(text.casefold().split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def _is_links_heading(key: str) -> bool:
    return len(key) <= UI_MAX_CHARS and LINKS_HEADING.fullmatch(key.rstrip(UI_TRAILING)) is not None


def line_reason(line: str) -> str | None:
    """The reason one line is junk on its own (no duplicate or caption context), or None."""
    body = BULLET.sub("", line, count=1)
    if is_ui(body):
        return "ui"
    if _is_links_heading(" ".join(body.split())):
        return "related"  # "Read more from UK News": a heading over links
    if BRACKETED_LINK.fullmatch(body.strip()):
        return "related"
    if len(PIPED.split(body)) >= PIPED_MIN_ITEMS:
        return "related"  # a ticker of other stories' headlines, a menu
    if len(body) <= RELATED_MAX_CHARS and RELATED_LINE.match(body):
        return "related"
    if (len(body) <= RELATED_HEADLINE_MAX_CHARS and RELATED_HEADLINE.match(body.lstrip())
            and SENTENCE_END.search(body.rstrip()) is None):
        # the magazine's link carries no full stop; a sentence opening "Related" ends with one
        return "related"
    if (len(body) <= TAGS_MAX_CHARS and TAGS_LINE.match(body.lstrip())
            and SENTENCE_END.search(body.rstrip()) is None):
        return "tags"
    if is_credit(line) or INITIALS_LINE.fullmatch(body.strip()):
        return "credit"
    if body != line and not _is_sentence(body) and len(body.split()) <= BULLET_MAX_WORDS:
        return "bullet"
    return None


def is_ui(line: str) -> bool:
    """True when the whole line is a UI string from ``UI_PATTERNS``."""
    if len(line) > UI_MAX_CHARS:
        return False
    return UI_LINE.fullmatch(" ".join(line.split()).rstrip(UI_TRAILING)) is not None


def is_credit(line: str) -> bool:
    """True when the line is a photo caption carrying a credit, or a credit line."""
    tail_start = max(0, len(line) - CREDIT_TAIL_CHARS)
    return bool(CREDIT_START.match(line)) or any(p.search(line, tail_start) for p in CREDIT_END)


def caption_of(line: str) -> str | None:
    """The caption text of a credit line ("TEXT - NAME/AFP via Getty Images" -> TEXT's key).

    Returned as a caption key (see ``_caption_key``), or None when the line carries no credit
    or the text before the credit is too short to recognise elsewhere.
    """
    tail_start = max(0, len(line) - CREDIT_TAIL_CHARS)
    for form, pattern in enumerate(CREDIT_END):
        match = pattern.search(line, tail_start)
        if match is None:
            continue
        body = line[: match.start()]
        if form < _NAMED_FORMS:
            cut = max(body.rfind(sep) for sep in _CREDIT_SEPARATORS)
            body = body[:cut] if cut >= 0 else ""
        body = body.rstrip(" -–—|,;(")
        if len(body.split()) >= DUPLICATE_MIN_WORDS:
            return _caption_key(body)
        return None
    return None


def _reason(line: _Line, *, seen: set[str], captions: set[str]) -> str | None:
    reason = line_reason(line.text)
    if reason in ("ui", "related", "tags"):
        return reason
    # Checked before "credit" so that a caption printed twice reads: first copy "credit",
    # later copy "duplicate". Every line reaching here is remembered, dropped or not.
    if len(line.key.split(" ")) >= DUPLICATE_MIN_WORDS:
        if line.key in seen:
            return "duplicate"
        seen.add(line.key)
    if reason is not None:
        return reason
    if _caption_key(line.text) in captions:
        return "caption"
    return None


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    for number, block in enumerate(text_blocks(text)):
        for span in block:
            start, end = trimmed_span(text, *span)
            piece = text[start:end]
            lines.append(_Line(start, end, piece, " ".join(piece.split()), number))
    return lines


def _caption_key(text: str) -> str:
    # Captions are compared loosely: a copy may differ in case or a final full stop.
    return " ".join(text.casefold().split()).rstrip(" .")


def _is_sentence(text: str) -> bool:
    return len(text.split()) >= SENTENCE_MIN_WORDS and SENTENCE_END.search(text) is not None

