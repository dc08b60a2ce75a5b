"""Fixtures for the reader and sandbox tests, all built at run time.

The ``child_*`` functions are run by ``analysis.sandbox.run_limited`` in a child process, which
imports this file by path: keep its imports light and its functions at module level.
"""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Sequence

from analysis.errors import Msg
from analysis.sandbox import ParseFailure


def make_pdf(pages: Sequence[str], *, title: str | None = None) -> bytes:
    """A minimal valid PDF, written by hand: one Helvetica text line per page."""
    font_id = 3
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        font_id: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    kids: list[int] = []
    next_id = 4
    for text in pages:
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream = f"BT /F1 12 Tf 72 720 Td ({escaped}) Tj ET".encode("latin-1")
        content_id, page_id = next_id, next_id + 1
        next_id += 2
        objects[content_id] = (
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        )
        objects[page_id] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font_id, content_id)
        )
        kids.append(page_id)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids),
        len(kids),
    )
    info_id = None
    if title is not None:
        info_id = next_id
        objects[info_id] = b"<< /Title (%s) >>" % title.encode("latin-1")
        next_id += 1
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for object_id in sorted(objects):
        offsets[object_id] = out.tell()
        out.write(b"%d 0 obj\n" % object_id + objects[object_id] + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % next_id)
    for object_id in range(1, next_id):
        out.write(b"%010d 00000 n \n" % offsets[object_id])
    trailer = b"<< /Size %d /Root 1 0 R" % next_id
    if info_id is not None:
        trailer += b" /Info %d 0 R" % info_id
    out.write(b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def make_zip_bomb(*, member_bytes: int) -> bytes:
    """A .docx-shaped zip whose one big member is ``member_bytes`` of zeros, deflated.

    Written in 1 MiB pieces through ``ZipFile.open(mode="w")``, so building it never holds
    the expanded member in memory either.
    """
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        chunk = bytes(1024 * 1024)
        info = zipfile.ZipInfo("word/media/zeros.bin")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            for _ in range(member_bytes // len(chunk)):
                member.write(chunk)
    return out.getvalue()


# --- run in the sandbox's child process -------------------------------------------------------


def child_echo(payload: bytes, *, repeat: int = 1) -> dict[str, object]:
    return {"length": len(payload), "text": payload.decode("utf-8") * repeat}


def child_echo_length(payload: bytes) -> int:
    return len(payload)


def child_loaded_modules(payload: bytes) -> list[str]:
    import sys

    return sorted(sys.modules)


def child_sleep_forever(payload: bytes) -> None:
    while True:
        time.sleep(1)


def child_allocate(payload: bytes, *, megabytes: int) -> int:
    block = bytearray(megabytes * 1024 * 1024)
    return len(block)


def child_encrypted(payload: bytes) -> None:
    raise ParseFailure(Msg.PDF_ENCRYPTED)


def child_malformed(payload: bytes) -> None:
    raise ParseFailure(Msg.PDF_MALFORMED, detail="no xref table")


def child_bug(payload: bytes) -> None:
    raise ZeroDivisionError("division by zero in the parser")


def child_not_plain_data(payload: bytes) -> object:
    return {1, 2, 3}  # a set: json cannot carry it, so it must not come back


def child_forged_report(payload: bytes) -> None:
    # A subverted child writing its own report: only a known Msg with usable details may pass.
    import os
    import sys

    sys.stdout.write('{"error": "NOT_A_MESSAGE", "details": {"x": "<script>"}}')
    sys.stdout.flush()
    os._exit(0)


def child_long_detail(payload: bytes) -> None:
    raise ParseFailure(Msg.PDF_MALFORMED, detail="x" * 10_000 + "\n\x1b[31m")


def child_crash(payload: bytes) -> None:
    import os
    import signal

    os.kill(os.getpid(), signal.SIGSEGV)
