"""Reading untrusted article files: every fixture is built by the test itself."""

from __future__ import annotations

import datetime as dt
import gc
import io
import json
import time
import zipfile
from pathlib import Path

import docx
import pytest
from fixtures_read import make_pdf, make_zip_bomb
from pypdf import PdfReader, PdfWriter

import analysis.read as read_module
import analysis.readers.isolated as isolated_module
import analysis.readers.webpage as webpage_module
from analysis.errors import Msg, ReadError
from analysis.limits import DEFAULT_LIMITS, MB, Limits
from analysis.read import (
    SUPPORTED_SUFFIXES,
    ReadResult,
    headline,
    iso_date,
    markdown_to_prose,
    read_bytes,
    read_pasted,
    read_path,
    sniff,
)

ARTICLE = (
    "Talks resume after a long pause\n"
    "\n"
    "“We are ready,” the minister said — and the delegates nodded.\n"
    "\n"
    "Observers were less sure.\n"
)


def read_one(data: bytes, name: str, *, limits: Limits = DEFAULT_LIMITS) -> read_module.Document:
    result = read_bytes(data, name=name, limits=limits)
    assert result.errors == ()
    assert len(result.documents) == 1
    return result.documents[0]


def read_error(data: bytes, name: str, *, limits: Limits = DEFAULT_LIMITS) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read_bytes(data, name=name, limits=limits)
    assert caught.value.name == name
    return caught.value


# --- whole-file failures ------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_empty_file_is_reported_empty(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    with pytest.raises(ReadError) as caught:
        read_path(path)
    assert caught.value.msg is Msg.EMPTY
    assert str(caught.value) == f"empty{suffix}: the file is empty"


@pytest.mark.parametrize(
    "data", [b" \n\t\r\n ", "  \n".encode("utf-16"), "\u3000\u00a0\n".encode()]
)
def test_whitespace_only_text_is_empty(data: bytes) -> None:
    assert read_error(data, "blank.txt").msg is Msg.EMPTY


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,  # NUL bytes
        b"\x01\x02\x03\x04 some text \x05\x06\x07\x08\x0e\x0f\x10\x11" * 20,  # controls, no NUL
        b"text\x00with one NUL",
    ],
)
def test_binary_bytes_named_txt_are_refused(data: bytes) -> None:
    assert read_error(data, "blob.txt").msg is Msg.BINARY


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    limits = Limits(max_bytes=100)
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 101)
    with pytest.raises(ReadError) as caught:
        read_path(path, limits=limits)
    assert caught.value.msg is Msg.TOO_LARGE
    assert read_error(b"a" * 101, "big.txt", limits=limits).msg is Msg.TOO_LARGE
    # At the limit exactly is fine.
    assert read_one(b"a" * 100, "ok.txt", limits=limits).text == "a" * 100


def test_too_large_message_gives_sizes_in_megabytes() -> None:
    error = read_error(b"x" * (3 * MB), "big.html", limits=Limits(max_bytes=2 * MB))
    assert error.reason == "it is 3.0 MB, over the 2 MB limit"


def test_unsupported_suffix_names_the_supported_ones() -> None:
    error = read_error(b"hello", "notes.rtf")
    assert error.msg is Msg.UNSUPPORTED
    assert ".rtf" in error.reason and ".docx" in error.reason
    assert read_error(b"hello", "README").reason.startswith("files of type '(none)'")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as caught:
        read_path(tmp_path / "gone.txt")
    assert caught.value.msg is Msg.NOT_FOUND
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(ReadError) as caught:
        read_path(folder)
    assert caught.value.msg is Msg.NOT_READABLE


@pytest.mark.parametrize(
    ("data", "name", "actual"),
    [
        (make_pdf(["Hello"]), "article.txt", "a PDF"),
        (b"PK\x03\x04" + b"\x00" * 40, "article.txt", "a zip archive (such as a .docx)"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "table.csv", "a PNG image"),
        (make_pdf(["Hello"]), "notes.md", "a PDF"),
        (b"\x1f\x8b\x08\x00" + b"\x00" * 20, "rows.jsonl", "a gzip archive"),
    ],
)
def test_content_that_contradicts_the_name_is_a_type_mismatch(
    data: bytes, name: str, actual: str
) -> None:
    error = read_error(data, name)
    assert error.msg is Msg.TYPE_MISMATCH
    assert error.reason.startswith(f"its content is {actual}, not the ")


# --- sniffing and decoding ----------------------------------------------------------------------

SNIFF_CASES = [
    (b"%PDF-1.7\n...", "pdf"),
    (b"\r\n  junk %PDF-1.4", "pdf"),
    (b"An article about the %PDF- marker", None),
    (b"PK\x03\x04rest", "zip"),
    (b"<!DOCTYPE html><html>", "html"),
    (b"  <!-- saved -->\n<HTML lang=en>", "html"),
    (b"\xef\xbb\xbfHello", "utf-8-sig"),
    (b"\xff\xfeH\x00i\x00", "utf-16-le"),
    (b"\xfe\xff\x00H\x00i", "utf-16-be"),
    (b"\xff\xfe\x00\x00H\x00\x00\x00", "utf-32-le"),
    ("Hello there, world".encode("utf-16-le"), "utf-16-le"),
    ("Hello there, world".encode("utf-16-be"), "utf-16-be"),
    (b"Plain old text about <html> tags", None),
    (b"", None),
]


@pytest.mark.parametrize(("data", "kind"), SNIFF_CASES)
def test_sniff(data: bytes, kind: str | None) -> None:
    assert sniff(data) == kind


ENCODED_TEXTS = [
    ("cp1252", "“Peace talks,” she said — “are over.” The minister’s reply was brief.\n"),
    ("latin-1", "Le café était fermé. Müller sagte, über die Grenze gehe nichts.\n"),
    ("latin-1", "café\n"),  # too short for any statistics
    ("utf-8", "Zürich – “quotes” and ünïcödé\n"),
    ("utf-8-sig", "With a byte-order mark: naïve café\n"),
    ("utf-16", "UTF-16 with its BOM: “curly” — é ü\n"),
    ("utf-16-le", "UTF-16 little-endian, no BOM: café über\n"),
    ("utf-16-be", "UTF-16 big-endian, no BOM: café über\n"),
    ("utf-32", "UTF-32 with its BOM: é ü\n"),
    ("cp1251", "Президент заявил, что переговоры продолжатся на следующей неделе.\n"),
]


@pytest.mark.parametrize(("encoding", "text"), ENCODED_TEXTS)
def test_text_encodings_decode_to_the_same_text(encoding: str, text: str) -> None:
    document = read_one(text.encode(encoding), "article.txt")
    assert document.text == text
    assert document.fmt == "txt"


def test_newlines_are_normalised_and_text_is_nfc() -> None:
    document = read_one("Cafe\u0301 opens\r\n\r\nOld Mac line\rend\r\n".encode(), "a.txt")
    assert document.text == "Café opens\n\nOld Mac line\nend\n"


def test_declared_html_charset_is_honoured() -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>“Yes” — é</p></body></html>'
    assert read_one(page.encode("cp1252"), "page.html").text == "“Yes” — é"


# --- plain text ---------------------------------------------------------------------------------

HEADLINE_CASES = [
    ("Talks resume after a long pause\n\nBody text here.", "Talks resume after a long pause"),
    ("Is peace possible?\nThe question hangs.", "Is peace possible?"),
    ("\n\n  Leading blank lines  \n\nBody.", "Leading blank lines"),
    ("The minister spoke on Tuesday.\n\nMore text.", None),  # a sentence, not a headline
    ("Delegates said, in part:\nmore", None),
    ("A title with nothing after it\n", None),
    ("One line only", None),
    ("2024-03-05\n\nBody.", None),  # no letters
    (" ".join(["word"] * 30) + "\n\nBody.", None),  # too long
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_CASES)
def test_headline(text: str, expected: str | None) -> None:
    assert headline(text) == expected


def test_txt_title_stays_in_the_text() -> None:
    document = read_one(ARTICLE.encode(), "story.txt")
    assert document.title == "Talks resume after a long pause"
    assert document.text == ARTICLE
    assert document.text.startswith(document.title)


def test_txt_that_is_really_a_web_page_is_read_as_html() -> None:
    page = b"<!doctype html><html><body><script>x()</script><p>Only prose.</p></body></html>"
    document = read_one(page, "saved.txt")
    assert document.fmt == "html"
    assert document.text == "Only prose."


# --- HTML ---------------------------------------------------------------------------------------

PAGE = b"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Page title | Site</title>
<meta property="og:title" content="Talks resume in Geneva">
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<meta property="og:url" content="javascript:alert(1)">
<link rel="canonical" href="https://example.org/talks">
<style>p { color: red }</style><script>alert("script text")</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header><h1>Talks resume in Geneva</h1></header>
<!-- tracking comment -->
<article><p>Delegates met on <b>Tuesday</b> in Geneva.</p><p>The talks lasted<br>four hours.</p>
<div>Officials said more meetings <i>would</i> follow.</div>
<template><p>template text</p></template><svg><text>svg text</text></svg>
<iframe src="https://ads.example">iframe text</iframe>
<ul><li>First point</li><li>Second point</li></ul></article>
<aside>Related: other stories</aside><footer>Copyright notice</footer>
<noscript>Enable JS</noscript><form><input name=q><button>Search</button></form>
</body></html>"""


def test_html_keeps_only_prose_in_paragraphs() -> None:
    document = read_one(PAGE, "talks.html")
    assert document.text == (
        "Delegates met on Tuesday in Geneva.\n\n"
        "The talks lasted\nfour hours.\n\n"
        "Officials said more meetings would follow.\n\n"
        "First point\n\n"
        "Second point"
    )
    for junk in ("script text", "color", "Home", "tracking", "template", "svg text",
                 "iframe text", "Related", "Copyright", "Enable JS", "Search", "Page title"):
        assert junk not in document.text


def test_html_metadata() -> None:
    document = read_one(PAGE, "talks.html")
    assert document.fmt == "html"
    assert document.title == "Talks resume in Geneva"
    assert document.source == "The Daily Example"
    assert document.published == "2024-03-05"
    # og:url was a javascript: address, so the canonical link is used instead.
    assert document.url == "https://example.org/talks"


@pytest.mark.parametrize(
    ("head", "body", "title", "source", "published"),
    [
        ("<title> Plain  title </title>", "", "Plain title", None, None),
        ("", "<h1>Only an <em>h1</em></h1><p>x</p>", "Only an h1", None, None),
        (
            '<meta name="publisher" content="Wire"><meta name="date" content="2023/11/02">',
            "",
            None,
            "Wire",
            "2023-11-02",
        ),
        (
            '<meta name="application-name" content="App News">',
            '<time datetime="2022-01-09T10:00">9 Jan</time>',
            None,
            "App News",
            "2022-01-09",
        ),
    ],
)
def test_html_metadata_fallbacks(
    head: str, body: str, title: str | None, source: str | None, published: str | None
) -> None:
    page = f"<html><head>{head}</head><body>{body}<p>Some prose.</p></body></html>"
    document = read_one(page.encode(), "p.html")
    assert (document.title, document.source, document.published) == (title, source, published)


def test_large_html_is_parsed_in_the_sandbox_with_the_same_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    in_process = read_one(PAGE, "talks.html")
    calls: list[str] = []
    real_run_limited = isolated_module.run_limited

    def counting_run_limited(func: object, payload: bytes, **options: object) -> object:
        calls.append(func.__name__)  # type: ignore[attr-defined]
        return real_run_limited(func, payload, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(webpage_module, "_HTML_IN_PROCESS_BYTES", 10)
    monkeypatch.setattr(isolated_module, "run_limited", counting_run_limited)
    assert read_one(PAGE, "talks.html") == in_process
    assert calls == ["_parse_html_child"]


def test_regression_deeply_nested_html_was_quadratic(monkeypatch: pytest.MonkeyPatch) -> None:
    # Marking block edges by inserting into the tree walked each subtree again: 50,000 nested
    # <div>s (half a megabyte) took minutes. Parsed under the sandbox's timeout, a relapse fails.
    depth = 20_000
    page = b"<html><body>" + b"<div>" * depth + b"<p>deep text</p>" + b"</div>" * depth
    monkeypatch.setattr(webpage_module, "_HTML_IN_PROCESS_BYTES", 0)
    document = read_one(page, "deep.html", limits=Limits(parse_seconds=30))
    assert document.text == "deep text"


def test_html_declared_codec_that_would_rewrite_text_is_ignored() -> None:
    page = b'<html><head><meta charset="unicode-escape"></head><body><p>a\\u0041b</p></body>'
    assert read_one(page, "p.html").text == "a\\u0041b"


def test_html_without_prose_has_no_text() -> None:
    page = b"<html><body><nav>Menu</nav><script>x()</script></body></html>"
    assert read_error(page, "menu.htm").msg is Msg.NO_TEXT


@pytest.mark.parametrize("name", [
    "report\nstancemap: all files read.txt",
    "\x1b[2J\x1b[32mclean.txt",
    "notes\r\u202eexe.txt",
])
def test_control_characters_in_a_file_name_are_escaped_in_the_message(name: str) -> None:
    error = read_error(b"", name)
    message = str(error)
    assert message.isprintable()  # no newline, CR, escape or bidi control in the line
    assert message.endswith(": the file is empty")
    assert error.name == name  # the name itself is kept for callers that match on it
    assert message.startswith(name.split("\n")[0].split("\x1b")[0].split("\r")[0])


# --- Markdown -----------------------------------------------------------------------------------

MARKDOWN = """---
title: "Ceasefire holds"
source: Example Wire
published: 2024-02-01
url: https://example.org/ceasefire
---
# Ceasefire holds

The **ceasefire** held for a _third_ day, said [the ministry](https://x.org "t").
![photo of the border](img.png)

```python
print("code is not prose")
```

> A quoted line with `code`.

Subheading
----------

- item one
- item two
"""


def test_markdown_front_matter_and_prose() -> None:
    document = read_one(MARKDOWN.encode(), "ceasefire.md")
    assert document.fmt == "md"
    assert document.title == "Ceasefire holds"
    assert document.source == "Example Wire"
    assert document.published == "2024-02-01"
    assert document.url == "https://example.org/ceasefire"
    assert document.text == (
        "Ceasefire holds\n\n"
        "The ceasefire held for a third day, said the ministry.\n\n"
        "A quoted line with code.\n\n"
        "Subheading\n\n"
        "item one\nitem two"
    )


MARKDOWN_INLINE_CASES = [
    ("## Heading ##", "Heading"),
    ("**bold** and __also bold__", "bold and also bold"),
    ("*em* and _em_ but snake_case_name stays", "em and em but snake_case_name stays"),
    # A reference link is a link when its label is defined (CommonMark); else it stays as written.
    ("see [docs][ref] and <https://example.org>\n\n[ref]: https://example.org/docs",
     "see docs and https://example.org"),
    ("as he [the minister] said [sic]", "as he [the minister] said [sic]"),
    ("[ref]: https://example.org", ""),
    ("an ![image](a.png) dropped", "an  dropped"),
    ("~~gone~~ kept \\*literal\\*", "gone kept *literal*"),
    ("1. first\n2) second", "first\nsecond"),
    ("<span>inline</span> html", "inline html"),
    ("| a | b |\n|---|---|", "| a | b |"),
]


@pytest.mark.parametrize(("markdown", "prose"), MARKDOWN_INLINE_CASES)
def test_markdown_to_prose(markdown: str, prose: str) -> None:
    assert markdown_to_prose(markdown)[0] == prose


def test_markdown_keeps_indented_prose_and_html_block_text_but_not_scripts() -> None:
    markdown = (
        "    An indented paragraph is prose here, not code.\n\n"
        "<div class=\"lede\">\nThe <b>talks</b> resumed.\n</div>\n\n"
        "<script>steal()</script>\n\n"
        "Rows:\n\n| a | b |\n|---|---|\n| 1 | 2 |"
    )
    assert markdown_to_prose(markdown)[0] == (
        "An indented paragraph is prose here, not code.\n\n"
        "The talks resumed.\n\n"
        "Rows:\n\n| a | b |\n\n| 1 | 2 |"
    )


def _best_seconds(texts: tuple[str, ...], runs: int = 5) -> list[float]:
    """The best CPU time of ``runs`` for each text, measured in turn so load hits them alike.

    CPU time, not wall time: on a busy machine the wall clock counts other processes' turns.
    The garbage collector is paused while timing: its full passes grow with the objects alive.
    """
    best = [float("inf")] * len(texts)
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            for index, text in enumerate(texts):
                start = time.process_time()
                markdown_to_prose(text)
                best[index] = min(best[index], time.process_time() - start)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("unit", ["*a ", "_a ", "**a ", "[a](", "`a "])
def test_markdown_time_grows_linearly_on_hostile_lines(unit: str) -> None:
    """Regression: one long line of ``*a `` took quadratic time (24 KB: 1.3 s; 210 KB: hung).

    Doubling the input must roughly double the time, not quadruple it; the best of five runs
    keeps a busy machine's noise out of the ratio.
    """
    small = unit * (20_000 // len(unit))
    double = small * 2
    assert markdown_to_prose(small)[0]  # the line is read as text, not dropped
    small_seconds, double_seconds = _best_seconds((small, double))
    ratio = double_seconds / small_seconds
    assert ratio < 3.0, f"{unit!r}: doubling the input multiplied the time by {ratio:.1f}"


def test_big_markdown_is_read_in_the_sandbox() -> None:
    body = "".join(f"Paragraph {n} of the *long* report.\n\n" for n in range(5000))
    data = f"---\nsource: Example Wire\n---\n# Long report\n\n{body}".encode()
    assert len(data) > 128 * 1024
    # A generous time limit: this checks what comes back, and a busy machine is slow to start.
    document = read_one(data, "long.md", limits=Limits(parse_seconds=300))
    assert (document.title, document.source) == ("Long report", "Example Wire")
    assert document.text.startswith("Long report\n\nParagraph 0 of the long report.\n\n")
    assert document.text.endswith("Paragraph 4999 of the long report.")


def test_big_hostile_markdown_stops_at_the_time_limit() -> None:
    """A file of "[" is linear for markdown-it but slow (~40 µs a character): 1 MB is ~40 s."""
    limits = Limits(parse_seconds=2.0)
    start = time.monotonic()
    error = read_error(b"[" * (1024 * 1024), "brackets.md", limits=limits)
    assert error.msg is Msg.PARSE_TIMEOUT
    assert time.monotonic() - start < 15


def test_markdown_without_front_matter_takes_the_first_h1() -> None:
    document = read_one(b"Intro line.\n\n# The Title\n\nBody.", "a.md")
    assert document.title == "The Title"
    assert document.published is None


def test_markdown_front_matter_that_is_not_a_mapping_stays_text() -> None:
    document = read_one(b"---\njust a line\n---\nBody text.", "a.md")
    assert "just a line" in document.text
    assert document.title is None or "just" in document.title


def test_markdown_front_matter_with_yaml_aliases_is_not_expanded() -> None:
    front = "---\na: &a [x, x, x]\nb: &b [*a, *a, *a]\ntitle: *b\n---\nBody text.\n"
    document = read_one(front.encode(), "laughs.md")
    # Refused as front matter: the block stays text, as written, and nothing was expanded.
    assert document.text.startswith("a: &a [x, x, x]\nb: &b [*a, *a, *a]\ntitle: *b")
    assert document.title == "a: &a [x, x, x]"


def test_markdown_front_matter_with_an_impossible_date_stays_text() -> None:
    """``published: 2024-02-30`` made PyYAML raise ValueError, which escaped the reader."""
    document = read_one(b"---\npublished: 2024-02-30\n---\nBody text.\n", "date.md")
    assert document.published is None
    assert "published: 2024-02-30" in document.text


def test_markdown_unsafe_url_is_dropped() -> None:
    document = read_one(b"---\nurl: javascript:alert(1)\n---\nBody.", "a.md")
    assert document.url is None


# --- PDF ----------------------------------------------------------------------------------------


def test_pdf_written_by_hand_reads_its_text_and_title() -> None:
    data = make_pdf(["Hello", "A second (page)"], title="Report on talks")
    assert PdfReader(io.BytesIO(data)).pages[0].extract_text() == "Hello"  # the fixture is valid
    document = read_one(data, "report.pdf")
    assert document.fmt == "pdf"
    assert document.text == "Hello\n\nA second (page)"
    assert document.title == "Report on talks"


def encrypted_pdf(*, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(make_pdf(["Secret text"])))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_encrypted_pdf_is_a_clear_error() -> None:
    error = read_error(encrypted_pdf(user_password="secret"), "locked.pdf")
    assert error.msg is Msg.PDF_ENCRYPTED
    assert str(error) == "locked.pdf: the PDF is encrypted"


def test_pdf_encrypted_with_an_empty_user_password_opens() -> None:
    assert read_one(encrypted_pdf(user_password=""), "open.pdf").text == "Secret text"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\nthis is not really a pdf at all\n%%EOF",
        make_pdf(["Hello"])[:60],  # truncated
        b"Just some text pretending to be a PDF",
        b"PK\x03\x04" + b"\x00" * 30,
    ],
)
def test_malformed_pdf_is_a_clear_error(data: bytes) -> None:
    error = read_error(data, "broken.pdf")
    assert error.msg is Msg.PDF_MALFORMED
    assert error.reason.startswith("the PDF is damaged or not a PDF: ")


def test_pdf_with_3000_pages_is_read_up_to_the_page_cap() -> None:
    data = make_pdf([f"Page {number}" for number in range(1, 3001)])
    limits = Limits(max_pdf_pages=25, parse_seconds=120)
    result = read_bytes(data, name="long.pdf", limits=limits)
    [document] = result.documents
    # If the parse hung, the sandbox would have raised PARSE_TIMEOUT instead.
    assert document.text.split("\n\n") == [f"Page {number}" for number in range(1, 26)]
    # Regression: the pages past the cap were dropped without a word to the user.
    assert result.notes == ("long.pdf: only the first 25 of its 3000 pages were read",)


def test_pdf_within_the_page_cap_has_no_note() -> None:
    assert read_bytes(make_pdf(["One page"]), name="short.pdf").notes == ()


def test_pdf_without_text_has_no_text() -> None:
    assert read_error(make_pdf(["   "]), "scan.pdf").msg is Msg.NO_TEXT


# --- DOCX ---------------------------------------------------------------------------------------


def make_docx() -> bytes:
    document = docx.Document()
    document.core_properties.title = "Minutes of the meeting"
    document.core_properties.created = dt.datetime(2024, 4, 2, 9, 30)
    document.add_heading("Minutes", level=1)
    document.add_paragraph("The council met on “Monday” — all members came.")
    document.add_paragraph("")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Left cell"
    table.cell(0, 1).text = "Right cell"
    document.add_paragraph("Closing remarks.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_made_with_python_docx_reads() -> None:
    document = read_one(make_docx(), "minutes.docx")
    assert document.fmt == "docx"
    assert document.text == (
        "Minutes\n\nThe council met on “Monday” — all members came.\n\n"
        "Left cell\n\nRight cell\n\nClosing remarks."
    )
    assert document.title == "Minutes of the meeting"
    assert document.published == "2024-04-02"


def _without_core_properties(data: bytes) -> bytes:
    """The same .docx with its docProps/core.xml part (and the relation to it) taken out."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for member in source.infolist():
            if member.filename == "docProps/core.xml":
                continue
            content = source.read(member)
            if member.filename == "_rels/.rels":
                rels = content.decode()
                start = rels.index("<Relationship ", rels.index("core-properties") - 200)
                rels = rels[:start] + rels[rels.index("/>", start) + 2 :]
                assert "core-properties" not in rels
                content = rels.encode()
            target.writestr(member, content)
    return out.getvalue()


def _docx(*, heading: str | None, body: list[str], title: str | None = None) -> bytes:
    document = docx.Document()
    if title is not None:
        document.core_properties.title = title
    if heading is not None:
        document.add_heading(heading, level=1)
    for text in body:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("data", "title"), [
    # No core properties at all: python-docx used to invent the title "Word Document".
    (_without_core_properties(_docx(heading="Harbour talks resume", body=["Both sides met."])),
     "Harbour talks resume"),
    # The placeholder title itself counts as no title.
    (_docx(heading="Harbour talks resume", body=["Both sides met."], title="Word Document"),
     "Harbour talks resume"),
    # No heading either: the first paragraph, when it reads like a headline.
    (_without_core_properties(_docx(heading=None, body=["Ferry strike ends", "Boats ran."])),
     "Ferry strike ends"),
    # A real title in the properties still wins over the heading.
    (_docx(heading="Harbour talks resume", body=["Both sides met."], title="Port report"),
     "Port report"),
], ids=["no-core", "placeholder", "first-paragraph", "real-title"])
def test_docx_title_when_the_properties_have_none(data: bytes, title: str) -> None:
    document = read_one(data, "article.docx")
    assert document.title == title
    assert document.title != "Word Document"


def test_docx_that_is_not_a_zip_is_refused() -> None:
    error = read_error(b"This is a plain text file saved as .docx", "fake.docx")
    assert error.msg is Msg.DOCX_NOT_ZIP
    assert read_error(b"PK\x03\x04 but not really a zip", "fake.docx").msg is Msg.DOCX_NOT_ZIP


@pytest.fixture(scope="module")
def zip_bomb() -> bytes:
    return make_zip_bomb(member_bytes=300 * MB)


def test_zip_bomb_docx_is_refused_without_expanding_it(
    zip_bomb: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(zip_bomb) < 2 * MB  # 300 MB of zeros, deflated
    # The check reads only the zip's directory: no parser may be started for it.
    monkeypatch.setattr(isolated_module, "run_limited", _no_parsing_allowed)
    error = read_error(zip_bomb, "bomb.docx")
    assert error.msg is Msg.DOCX_BOMB
    assert error.reason == "the .docx expands to more than 100 MB; refusing to open it"


def _no_parsing_allowed(*args: object, **kwargs: object) -> None:
    raise AssertionError("the zip bomb reached the parser")


def test_docx_with_too_many_members_says_so() -> None:
    """5,000 empty members were reported as "expands to more than 100 MB": not what is wrong."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for number in range(5000):
            archive.writestr(f"word/m{number}.xml", "")
    error = read_error(out.getvalue(), "many.docx")
    assert error.msg is Msg.DOCX_TOO_MANY_PARTS
    assert error.reason == "the .docx has more than 2000 parts; refusing to open it"


@pytest.mark.parametrize(
    ("members", "detail"),
    [
        ({"[Content_Types].xml": "<Types/>"}, "no word/document.xml"),
        ({"[Content_Types].xml": "<Types", "word/document.xml": "<not xml"}, ""),
    ],
)
def test_damaged_docx_is_a_clear_error(members: dict[str, str], detail: str) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    error = read_error(out.getvalue(), "damaged.docx")
    assert error.msg is Msg.DOCX_MALFORMED
    assert detail in error.reason


# --- CSV and JSONL corpora ----------------------------------------------------------------------


def test_csv_corpus_reads_rows_with_metadata() -> None:
    data = (
        b"Title,Content,Outlet,Date,URL\n"
        b'First,"Text one, with a comma.",Wire A,2024-01-02,https://a.example/1\n'
        b'Second,"Text two\nover two lines.",Wire B,"March 3, 2024",ftp://b.example\n'
    )
    result = read_bytes(data, name="corpus.csv")
    assert result.errors == ()
    first, second = result.documents
    assert first == read_module.Document(
        name="corpus.csv#row=1",
        text="Text one, with a comma.",
        fmt="csv",
        title="First",
        source="Wire A",
        published="2024-01-02",
        url="https://a.example/1",
    )
    assert second.name == "corpus.csv#row=2"
    assert second.text == "Text two\nover two lines."
    assert second.published == "2024-03-03"
    assert second.url is None  # not a web address


def test_csv_without_a_text_column_is_refused() -> None:
    error = read_error(b"title,source\nA,B\n", "corpus.csv")
    assert error.msg is Msg.CORPUS_NO_TEXT_COLUMN
    assert error.reason == "no text column (expected one of: text, content, body, article)"


def test_csv_bad_rows_are_reported_and_the_others_read() -> None:
    data = b"text;title\nGood one.;A\nBad;row;extra\n;Empty text\nGood two.;B\n"
    result = read_bytes(data, name="c.csv")
    assert [d.text for d in result.documents] == ["Good one.", "Good two."]
    assert [d.name for d in result.documents] == ["c.csv#row=1", "c.csv#row=4"]
    assert [e.msg for e in result.errors] == [Msg.CORPUS_BAD_ROW, Msg.CORPUS_BAD_ROW]
    assert str(result.errors[0]) == "c.csv: row 2 is not valid: it has 3 fields, the header has 2"
    assert str(result.errors[1]) == "c.csv: row 3 is not valid: it has no text"


def test_csv_fields_longer_than_the_default_csv_limit_read() -> None:
    long_text = "word " * 60_000  # 300,000 characters, over csv's 131,072 default
    document = read_one(f'text\n"{long_text}"\n'.encode(), "long.csv")
    assert document.text == long_text.strip()


def test_corpus_rows_are_capped() -> None:
    data = "text\n" + "".join(f"Article {n}.\n" for n in range(1, 11))
    result = read_bytes(data.encode(), name="many.csv", limits=Limits(max_rows=3))
    assert [d.text for d in result.documents] == ["Article 1.", "Article 2.", "Article 3."]
    assert [e.msg for e in result.errors] == [Msg.CORPUS_TOO_MANY_ROWS]
    assert result.errors[0].reason == "it has more than 3 rows"


def test_jsonl_corpus_with_one_bad_row() -> None:
    lines = [
        json.dumps({"Body": "First article.", "publisher": "Wire", "published": "2024-05-06"}),
        "{not json",
        "",
        json.dumps(["a list"]),
        json.dumps({"text": 42}),
        json.dumps({"article": "Second article.", "headline": "Head"}),
    ]
    result = read_bytes("\n".join(lines).encode(), name="c.jsonl")
    assert [(d.name, d.text) for d in result.documents] == [
        ("c.jsonl#row=1", "First article."),
        ("c.jsonl#row=6", "Second article."),
    ]
    assert result.documents[0].source == "Wire"
    assert result.documents[0].published == "2024-05-06"
    assert result.documents[1].title == "Head"
    assert [str(e) for e in result.errors] == [
        "c.jsonl: row 2 is not valid: it is not valid JSON (JSONDecodeError)",
        "c.jsonl: row 4 is not valid: it is not a JSON object",
        "c.jsonl: row 5 is not valid: its text is not a string",
    ]


def test_jsonl_without_a_text_column_is_refused() -> None:
    data = b'{"title": "A"}\n{"title": "B", "source": "C"}\n'
    assert read_error(data, "c.jsonl").msg is Msg.CORPUS_NO_TEXT_COLUMN


def test_jsonl_deep_nesting_is_a_bad_row_not_a_crash() -> None:
    data = b"[" * 100_000 + b"\n" + json.dumps({"text": "Fine."}).encode()
    result = read_bytes(data, name="deep.jsonl")
    assert [d.text for d in result.documents] == ["Fine."]
    assert [e.msg for e in result.errors] == [Msg.CORPUS_BAD_ROW]


# --- pasted text and small helpers ---------------------------------------------------------------


def test_read_pasted() -> None:
    document = read_pasted(
        "Pasted headline\r\n\r\nBody of it.", source=" Wire ", published="5 March 2024"
    )
    assert document == read_module.Document(
        name="pasted text",
        text="Pasted headline\n\nBody of it.",
        fmt="pasted",
        title="Pasted headline",
        source="Wire",
        published="2024-03-05",
    )
    assert read_pasted("Body only.", title="Given", name="box").title == "Given"
    with pytest.raises(ReadError) as caught:
        read_pasted(" \n ")
    assert caught.value.msg is Msg.EMPTY


RLO, PDF_MARK, ZWSP, LRI, PDI = "\u202e", "\u202c", "\u200b", "\u2066", "\u2069"
DISGUISED_TITLE = f"Ministry {RLO}exe.txt{PDF_MARK} statement{ZWSP}"
DISGUISED_SOURCE = f"{LRI}Daily{ZWSP} Example{PDI}"


@pytest.mark.parametrize(("name", "data"), [
    ("a.txt", f"{DISGUISED_TITLE}\n\nBody text.\n".encode()),
    ("a.md", f"---\ntitle: '{DISGUISED_TITLE}'\nsource: '{DISGUISED_SOURCE}'\n---\nBody.\n"
     .encode()),
    ("a.html", f'<html><head><title>{DISGUISED_TITLE}</title><meta property="og:site_name" '
     f'content="{DISGUISED_SOURCE}"></head><body><p>Body text.</p></body></html>'.encode()),
    ("a.csv", f"title,source,text\n{DISGUISED_TITLE},{DISGUISED_SOURCE},Body text.\n".encode()),
], ids=["txt", "md", "html", "csv"])
def test_bidi_and_invisible_characters_are_stripped_from_title_and_source(
    name: str, data: bytes
) -> None:
    document = read_one(data, name)
    assert document.title == "Ministry exe.txt statement"
    assert document.source == (None if name.endswith(".txt") else "Daily Example")


def test_pasted_title_and_outlet_lose_invisible_characters_but_keep_zwnj() -> None:
    persian = "می\u200cخواهم"  # ZWNJ is part of how the word is written: it stays
    document = read_pasted("Body.", title=DISGUISED_TITLE, source=f"{persian}{RLO}")
    assert document.title == "Ministry exe.txt statement"
    assert document.source == persian


def test_invisible_class_covers_every_format_character_of_this_python() -> None:
    import sys
    import unicodedata

    from analysis.readers.fields import INVISIBLE

    kept = {"\u200c", "\u200d"}
    format_chars = "".join(
        ch for ch in map(chr, range(sys.maxunicode + 1))
        if unicodedata.category(ch) == "Cf" and ch not in kept
    )
    assert INVISIBLE.sub("", format_chars) == ""
    assert INVISIBLE.sub("", "".join(kept) + "plain é ✓") == "".join(kept) + "plain é ✓"


@pytest.mark.parametrize("text", [
    "a" * (MB + 1),  # one byte over
    "é" * (MB // 2 + 1),  # under the limit in characters, over it in UTF-8 bytes
])
def test_pasted_text_over_the_size_limit_is_refused(text: str) -> None:
    with pytest.raises(ReadError) as caught:
        read_pasted(text, limits=Limits(max_bytes=MB))
    assert caught.value.msg is Msg.TOO_LARGE
    assert str(caught.value) == "pasted text: it is 1.0 MB, over the 1 MB limit"


def test_pasted_text_at_the_size_limit_is_read() -> None:
    text = "Headline\n\n" + "é" * ((MB - 10) // 2)
    assert len(text.encode()) <= MB
    assert read_pasted(text, limits=Limits(max_bytes=MB)).title == "Headline"


ISO_DATE_CASES = [
    ("2024-03-05", "2024-03-05"),
    ("2024-03-05T08:00:00+02:00", "2024-03-05"),
    ("2024/3/5", "2024-03-05"),
    ("D:20240305120000Z", "2024-03-05"),
    ("20240305", "2024-03-05"),
    ("5 March 2024", "2024-03-05"),
    ("Tuesday, March 5th, 2024", "2024-03-05"),
    ("Sept. 9, 2021", "2021-09-09"),
    (dt.date(2020, 2, 29), "2020-02-29"),
    (dt.datetime(2020, 2, 29, 23, 59), "2020-02-29"),
    (dt.date(987, 6, 5), "0987-06-05"),  # strftime("%Y") would not pad the year
    ("2023-02-30", None),
    ("yesterday", None),
    ("", None),
    (None, None),
    (True, None),
]


@pytest.mark.parametrize(("value", "expected"), ISO_DATE_CASES)
def test_iso_date(value: object, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_read_result_is_frozen() -> None:
    result = ReadResult(documents=())
    with pytest.raises(AttributeError):
        result.documents = ()  # type: ignore[misc]
    assert result.errors == ()


# --- PDF layout lines back to paragraphs --------------------------------------------------------

WRAPPED_PAGE = """\
The harbour council met on Monday to discuss the
new quay, which has been delayed by two years of
arguments over its cost.
The mayor said work starts in May.
Engineers warned that the old sea wall needs repair-
ing first, and that the budget does not cover it
yet, the council's report says.
"""


def test_unwrap_page_rebuilds_paragraphs() -> None:
    """Regression: a PDF page came out as one paragraph of hard-wrapped lines."""
    from analysis.read import unwrap_page

    paragraphs = unwrap_page(WRAPPED_PAGE).split("\n\n")
    assert paragraphs == [
        "The harbour council met on Monday to discuss the new quay, which has been delayed by "
        "two years of arguments over its cost.",
        "The mayor said work starts in May.",
        "Engineers warned that the old sea wall needs repairing first, and that the budget does "
        "not cover it yet, the council's report says.",
    ]


def test_unwrap_page_keeps_every_word() -> None:
    from analysis.read import unwrap_page

    assert unwrap_page(WRAPPED_PAGE).replace("repairing", "repair- ing").split() == \
        WRAPPED_PAGE.split()
    assert unwrap_page("") == "" and unwrap_page("\n\n") == ""
