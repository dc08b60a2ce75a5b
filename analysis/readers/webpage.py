"""An HTML page to a ``Document``: its prose, one paragraph per block, and its meta tags.

Navigation, scripts, forms and other page furniture are dropped; the title, site name, date and
URL come from Open Graph and similar ``<meta>`` tags, with ``<title>``, ``<time>`` and the
canonical link as fallbacks. Small pages are parsed in process; big ones in the sandbox, since
html.parser needs about a second and much memory per megabyte. ``_parse_html_child`` must stay a
module-level function for the sandbox to import it, and BeautifulSoup is imported lazily.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from analysis.errors import Msg, ReadError
from analysis.limits import MB, Limits
from analysis.readers.decode import decode_text, normalise
from analysis.readers.fields import SPACES, clean_field, first_of, iso_date, web_url
from analysis.readers.isolated import child_fields, parse_in_child
from analysis.readers.sniff import SNIFF_WINDOW
from analysis.types import Document

_SAFE_DECLARED_CODEC = re.compile(
    r"^(?:utf-8|ascii|cp\d+|iso8859-\d+|koi8-\w+|mac-\w+|shift_jis\w*|euc_\w+|gb\w+|big5\w*|tis-620)$"
)
#: Pages above this size are parsed in the sandbox (see ``read_html``).
_HTML_IN_PROCESS_BYTES = 1 * MB
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)

#: Elements whose content is never article prose.
_HTML_DROP = frozenset((
    "head", "title", "script", "style", "noscript", "template", "iframe", "svg", "nav",
    "header", "footer", "aside", "form", "button", "select", "object", "embed", "canvas",
))
#: Elements that start a new paragraph.
_HTML_BLOCKS = frozenset((
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
    "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "figure",
    "figcaption", "address", "hr", "details", "summary", "caption",
))
# Private-use characters mark block edges and <br> while the tree is flattened to text.
_BLOCK_MARK = "\ue000"
_BREAK_MARK = "\ue001"
_MARKS = re.compile("[\ue000\ue001]")
_HTML_TITLE_META = ("og:title", "twitter:title")
_HTML_SOURCE_META = ("og:site_name", "publisher", "application-name")
_HTML_DATE_META = (
    "article:published_time", "date", "pubdate", "publish-date", "publishdate",
    "dc.date", "dc.date.issued", "dcterms.created", "datepublished", "og:published_time",
)
_HTML_URL_META = ("og:url",)


def read_html(data: bytes, *, name: str, limits: Limits) -> Document:
    """An HTML page's bytes, decoded with its ``<meta charset>`` as a hint, to its prose."""
    declared = _declared_charset(data)
    text = decode_text(data, name=name, declared=declared)
    payload = text.encode("utf-8", "surrogatepass")
    if len(data) > _HTML_IN_PROCESS_BYTES:
        # html.parser needs about a second and much memory per megabyte: big pages get the
        # sandbox's limits, small ones (nearly every article) skip its start-up cost.
        fields = parse_in_child(_parse_html_child, payload, name=name, limits=limits)
    else:
        fields = child_fields(_parse_html_child(payload), name=name)
    prose = fields.get("text")
    if not isinstance(prose, str) or not prose:
        raise ReadError(name, Msg.NO_TEXT)
    return Document(
        name=name,
        text=normalise(prose),
        fmt="html",
        title=clean_field(fields.get("title")),
        source=clean_field(fields.get("source")),
        published=iso_date(fields.get("published")),
        url=web_url(fields.get("url")),
    )


def _declared_charset(data: bytes) -> str | None:
    """A ``<meta charset>`` worth trying: an ASCII-compatible codec Python knows."""
    match = _META_CHARSET.search(data[:SNIFF_WINDOW])
    if match is None:
        return None
    try:
        codec = codecs.lookup(match[1].decode("ascii")).name
    except LookupError:
        return None
    # Browsers ignore UTF-16 declared inside a page, and codecs such as unicode-escape or idna
    # would rewrite the text rather than decode it.
    return codec if _SAFE_DECLARED_CODEC.match(codec) else None


def _parse_html_child(payload: bytes) -> dict[str, str | None]:
    """Page text (UTF-8) to its prose and metadata; may run in the sandbox."""
    from bs4 import BeautifulSoup

    text = _MARKS.sub("", payload.decode("utf-8", "surrogatepass"))
    soup = BeautifulSoup(text, "html.parser")
    meta = _html_meta(soup)
    title_tag = soup.find("title")
    time_tag = soup.find("time", attrs={"datetime": True})
    canonical = soup.find("link", rel="canonical", href=True)
    url = first_of(meta, _HTML_URL_META)
    return {
        "text": html_to_prose(soup.body or soup),
        "title": clean_field(first_of(meta, _HTML_TITLE_META))
        or clean_field(title_tag.get_text() if title_tag else None)
        or clean_field(_first_text(soup, "h1")),
        "source": clean_field(first_of(meta, _HTML_SOURCE_META)),
        "published": iso_date(first_of(meta, _HTML_DATE_META))
        or iso_date(time_tag.get("datetime") if time_tag else None),
        "url": web_url(url) or web_url(canonical.get("href") if canonical else None),
    }


def _html_meta(soup: Any) -> dict[str, str]:
    """``<meta>`` values by lower-cased property, name or itemprop; the first one of each wins."""
    meta: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        content = tag.get("content")
        if not isinstance(content, str):
            continue
        for attribute in ("property", "name", "itemprop"):
            key = tag.get(attribute)
            if isinstance(key, str):
                meta.setdefault(key.strip().lower(), content)
    return meta


def _first_text(soup: Any, tag_name: str) -> str | None:
    tag = soup.find(tag_name)
    return tag.get_text(" ") if tag is not None else None


def html_to_prose(root: Any) -> str:
    """The readable prose under a parsed element: one paragraph per block, blank-line separated.

    One iterative pass with an explicit stack: a page nested ten thousand deep neither recurses
    nor, as inserting markers into the tree would, walks each subtree again (quadratic).
    """
    from bs4 import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

    skipped = (Comment, Declaration, Doctype, ProcessingInstruction)
    pieces: list[str] = []
    stack: list[Any] = [root]
    while stack:
        node = stack.pop()
        if node is _BLOCK_MARK:
            pieces.append(_BLOCK_MARK)
        elif isinstance(node, NavigableString):
            if not isinstance(node, skipped):
                pieces.append(str(node))
        elif isinstance(node, Tag) and node.name not in _HTML_DROP:
            if node.name == "br":
                pieces.append(_BREAK_MARK)
            elif node.name in _HTML_BLOCKS:
                pieces.append(_BLOCK_MARK)
                stack.append(_BLOCK_MARK)  # closes the block once its children are done
                stack.extend(reversed(node.contents))
            else:
                stack.extend(reversed(node.contents))
    paragraphs: list[str] = []
    for chunk in "".join(pieces).split(_BLOCK_MARK):
        lines = (SPACES.sub(" ", part).strip() for part in chunk.split(_BREAK_MARK))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)
