"""The sandbox: a child process under a time and a memory limit, answering in plain data."""

from __future__ import annotations

import time

import pytest
from fixtures_read import (
    child_allocate,
    child_bug,
    child_crash,
    child_echo,
    child_echo_length,
    child_encrypted,
    child_forged_report,
    child_loaded_modules,
    child_long_detail,
    child_malformed,
    child_not_plain_data,
    child_sleep_forever,
)

from analysis.errors import Msg, ReadError
from analysis.limits import MB
from analysis.sandbox import run_limited

SECONDS = 20.0  # generous: the machine is shared; tests that must stop early set their own
MEMORY = 512 * MB


def test_result_and_options_come_back_as_plain_data() -> None:
    payload = "Grüße".encode()
    result = run_limited(child_echo, payload, seconds=SECONDS, memory=MEMORY, options={"repeat": 3})
    assert result == {"length": len(payload), "text": "GrüßeGrüßeGrüße"}


def test_payload_bytes_arrive_unchanged() -> None:
    # Every byte value, newlines included: the payload follows a JSON header line on stdin.
    payload = bytes(range(256)) * 3
    result = run_limited(child_echo_length, payload, seconds=SECONDS, memory=MEMORY)
    assert result == len(payload)


def test_the_child_does_not_import_the_whole_pipeline() -> None:
    # Start-up cost is paid per parsed file: the package's __init__ (spaCy and all) is skipped.
    loaded = set(run_limited(child_loaded_modules, b"", seconds=SECONDS, memory=MEMORY))
    assert "analysis.sandbox" in loaded
    assert not loaded & {"analysis.pipeline", "spacy", "sklearn", "pandas", "streamlit"}


def test_sleeping_forever_is_stopped_by_the_timeout() -> None:
    started = time.monotonic()
    with pytest.raises(ReadError) as caught:
        run_limited(child_sleep_forever, b"", seconds=1.0, memory=MEMORY, name="slow.pdf")
    assert caught.value.msg is Msg.PARSE_TIMEOUT
    assert str(caught.value) == "slow.pdf: reading it took longer than 1 s; stopped"
    # Not a speed target: proof the child was stopped rather than waited for.
    assert time.monotonic() - started < 15


def test_allocating_too_much_hits_the_memory_limit() -> None:
    with pytest.raises(ReadError) as caught:
        run_limited(
            child_allocate, b"", seconds=SECONDS, memory=256 * MB, options={"megabytes": 1024}
        )
    assert caught.value.msg is Msg.PARSE_MEMORY
    assert "256 MB" in caught.value.reason


def test_allocating_within_the_limit_succeeds() -> None:
    result = run_limited(
        child_allocate, b"", seconds=SECONDS, memory=512 * MB, options={"megabytes": 64}
    )
    assert result == 64 * MB


@pytest.mark.parametrize(
    ("func", "msg", "reason"),
    [
        (child_encrypted, Msg.PDF_ENCRYPTED, "the PDF is encrypted"),
        (child_malformed, Msg.PDF_MALFORMED, "the PDF is damaged or not a PDF: no xref table"),
        (
            child_bug,
            Msg.PARSE_FAILED,
            "it could not be parsed: ZeroDivisionError: division by zero in the parser",
        ),
    ],
)
def test_child_failures_map_to_their_message(func: object, msg: Msg, reason: str) -> None:
    with pytest.raises(ReadError) as caught:
        run_limited(func, b"", seconds=SECONDS, memory=MEMORY, name="x.pdf")  # type: ignore[arg-type]
    assert caught.value.msg is msg
    assert caught.value.reason == reason
    assert caught.value.name == "x.pdf"


def test_a_result_that_is_not_plain_data_is_refused() -> None:
    with pytest.raises(ReadError) as caught:
        run_limited(child_not_plain_data, b"", seconds=SECONDS, memory=MEMORY)
    assert caught.value.msg is Msg.PARSE_FAILED
    assert "not JSON serializable" in caught.value.reason


def test_a_forged_report_naming_no_known_message_is_refused() -> None:
    with pytest.raises(ReadError) as caught:
        run_limited(child_forged_report, b"", seconds=SECONDS, memory=MEMORY)
    assert caught.value.msg is Msg.PARSE_FAILED
    assert "<script>" not in str(caught.value)


def test_details_from_the_child_are_one_short_printable_line() -> None:
    with pytest.raises(ReadError) as caught:
        run_limited(child_long_detail, b"", seconds=SECONDS, memory=MEMORY)
    assert caught.value.msg is Msg.PDF_MALFORMED
    assert len(caught.value.reason) < 250
    assert caught.value.reason.isprintable()


def test_a_crashing_child_is_reported_not_raised_through() -> None:
    with pytest.raises(ReadError) as caught:
        run_limited(child_crash, b"", seconds=SECONDS, memory=MEMORY)
    assert caught.value.msg is Msg.PARSE_FAILED
    assert "SIGSEGV" in caught.value.reason


def test_a_function_the_child_cannot_import_is_refused() -> None:
    def local(payload: bytes) -> int:
        return 0

    with pytest.raises(ValueError, match="not a module-level function"):
        run_limited(local, b"", seconds=SECONDS, memory=MEMORY)
