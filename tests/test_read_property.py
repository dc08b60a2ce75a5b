"""Property: whatever bytes arrive under a supported name, reading gives a result or a ReadError."""

from __future__ import annotations

import pytest
from fixtures_read import make_pdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.errors import Msg, ReadError
from analysis.limits import MB, Limits
from analysis.read import SUPPORTED_SUFFIXES, ReadResult, read_bytes

TEXT_SUFFIXES = tuple(s for s in SUPPORTED_SUFFIXES if s not in (".pdf", ".docx"))
# Small limits keep each sandboxed example quick even when a parser is fed something nasty.
LIMITS = Limits(max_bytes=64 * 1024, parse_seconds=20, parse_memory=512 * MB, max_rows=50)


def check_reads_or_refuses(data: bytes, name: str) -> None:
    try:
        result = read_bytes(data, name=name, limits=LIMITS)
    except ReadError as error:
        assert isinstance(error.msg, Msg)
        assert str(error).startswith(f"{name}: ")
        assert "\n" not in str(error)  # one line for the CLI and the dashboard
        return
    assert isinstance(result, ReadResult)
    for document in result.documents:
        assert document.text.strip()
        assert "\r" not in document.text
    for error in result.errors:
        assert isinstance(error, ReadError)


@pytest.mark.parametrize("suffix", TEXT_SUFFIXES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2048))
def test_random_bytes_with_a_text_suffix(suffix: str, data: bytes) -> None:
    check_reads_or_refuses(data, f"random{suffix}")


# Text-like input reaches deeper into the parsers than random bytes do.
TOKENS = [
    *"<>/\"'=-#*_[]()!`~|:;,{}\n\r\t ab\u00e9\u201c\u2014\x00",
    "<p>", "</p>", "<script>", "<!--", "-->", "---\n", "```", "text", '"text"', "<br>",
]
MARKUP = st.lists(st.sampled_from(TOKENS), max_size=120).map("".join)


@pytest.mark.parametrize("suffix", TEXT_SUFFIXES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=MARKUP, encoding=st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]))
def test_random_markup_with_a_text_suffix(suffix: str, text: str, encoding: str) -> None:
    check_reads_or_refuses(text.encode(encoding, "replace"), f"markup{suffix}")


# Each PDF/DOCX example starts a sandboxed parser, so only a few examples: the headers make sure
# the bytes get past sniffing and into the parser.
@pytest.mark.parametrize(
    ("suffix", "prefix"),
    [(".pdf", b""), (".pdf", b"%PDF-1.4\n"), (".docx", b""), (".docx", b"PK\x03\x04")],
)
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=1024))
def test_random_bytes_with_a_parsed_suffix(suffix: str, prefix: bytes, data: bytes) -> None:
    check_reads_or_refuses(prefix + data, f"random{suffix}")


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut=st.integers(min_value=0, max_value=2000), junk=st.binary(min_size=1, max_size=64))
def test_damaged_real_pdf(cut: int, junk: bytes) -> None:
    pdf = make_pdf(["First page text", "Second page text"])
    cut %= len(pdf)
    check_reads_or_refuses(pdf[:cut] + junk + pdf[cut + len(junk) :], "damaged.pdf")
