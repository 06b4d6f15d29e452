"""PDFs and videos checked by their content (core.storage): a PDF with anything it could run or
carry is refused however it is written, a video is known by its container's header."""

import io

import pytest

from app.core.errors import ValidationError
from app.core.storage import check_pdf, check_video, video_kind
from tests.marketing import files

LIMIT = 1024 * 1024


def refusal(check, data: bytes, limit: int = LIMIT) -> ValidationError:
    with pytest.raises(ValidationError) as raised:
        check(io.BytesIO(data), limit)
    assert raised.value.status == 422
    assert set(raised.value.fields) == {"file"}
    return raised.value


def test_a_plain_pdf_passes():
    assert check_pdf(io.BytesIO(files.plain_pdf()), LIMIT) == "pdf"
    assert check_pdf(io.BytesIO(files.pdf(files.CATALOG, files.PAGES, files.PAGE)), LIMIT) \
        == "pdf"


def test_a_pdf_opening_on_its_first_page_passes():
    # an open action that only shows a page is no script
    data = files.pdf_opening_with(b"<< /S /GoTo /D [3 0 R /Fit] >>")

    assert check_pdf(io.BytesIO(data), LIMIT) == "pdf"


ACTIVE = {
    "a document script": (files.pdf_with_script, "JavaScript"),
    "an embedded file": (files.pdf_with_attachment, "EmbeddedFile"),
    "a script run on open": (lambda: files.pdf_opening_with(
        b"<< /S /JavaScript /JS (app.alert(1)) >>"), "JavaScript"),
    "a launched program": (lambda: files.pdf_opening_with(
        b"<< /S /Launch /F (calc.exe) >>"), "Launch"),
    "hex-escaped names": (lambda: files.pdf_opening_with(
        b"<< /S /J#61vaScript /J#53 (app.alert(1)) >>"), "JavaScript"),
    "every letter escaped": (lambda: files.pdf_opening_with(
        b"<< /S /#4A#61#76#61#53#63#72#69#70#74 /JS (x) >>"), "JavaScript"),
    "a script packed in a compressed object stream": (files.pdf_with_packed_script,
                                                      "JavaScript"),
    "flash": (lambda: files.pdf(files.CATALOG, files.PAGES,
                                b"<< /Type /Page /Parent 2 0 R /Annots [<< /Subtype "
                                b"/RichMedia >>] >>"), "RichMedia"),
    "an XML form": (lambda: files.pdf(b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /XFA "
                                      b"5 0 R >> >>", files.PAGES, files.PAGE), "XFA"),
}


@pytest.mark.parametrize("case", sorted(ACTIVE))
def test_a_pdf_with_anything_active_is_refused(case):
    make, name = ACTIVE[case]

    refused = refusal(check_pdf, make())

    assert refused.code == "pdf_active_content"
    assert name in refused.fields["file"][0]
    assert "脚本" in refused.message


def test_the_packed_script_is_invisible_to_a_byte_scan():
    # the case above is found by reading the objects, not the bytes
    assert b"JavaScript" not in files.pdf_with_packed_script()


def test_a_name_that_only_starts_like_a_script_is_no_script():
    data = files.pdf_opening_with(b"<< /S /GoTo /D [3 0 R /Fit] /JSON (x) /Launcher 1 >>")

    assert check_pdf(io.BytesIO(data), LIMIT) == "pdf"


def test_a_script_name_across_the_read_chunks_is_found(monkeypatch):
    # given a file read in chunks of 64 bytes, whose script name straddles two chunks
    monkeypatch.setattr("app.core.storage.CHUNK", 64)
    data = files.pdf_opening_with(b"<< /S /GoTo /D [3 0 R /Fit] >>")
    cut = 64 * 3 - 4
    data = data[:cut] + b"%/JavaScript\n" + data[cut:]  # in a comment: bytes a viewer may read

    assert refusal(check_pdf, data).code == "pdf_active_content"


@pytest.mark.parametrize("data", [b"", b"%PDF-1.4\nnot a pdf at all", b"hello",
                                  files.png(), b"%PDF-1.7\n" + b"\0" * 100])
def test_what_is_not_a_readable_pdf_is_refused(data):
    assert refusal(check_pdf, data).code == "bad_pdf"


def test_an_encrypted_pdf_cannot_be_checked_and_is_refused():
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)

    refused = refusal(check_pdf, out.getvalue())

    assert refused.code == "bad_pdf" and "加密" in refused.message


def test_a_pdf_over_the_limit_is_refused_before_it_is_read():
    data = files.plain_pdf()

    assert refusal(check_pdf, data, limit=len(data) - 1).code == "file_too_large"


@pytest.mark.parametrize(("data", "kind"), [(files.mp4(b"isom"), "mp4"),
                                            (files.mp4(b"mp42"), "mp4"),
                                            (files.mp4(b"qt  "), "mov"),
                                            (files.webm(), "webm")])
def test_videos_are_known_by_their_header(data, kind):
    assert video_kind(data) == kind
    assert check_video(io.BytesIO(data), LIMIT) == kind


@pytest.mark.parametrize("data", [
    files.png(), files.plain_pdf(), b"", b"ftyp", files.mp4(b"M4A "),  # audio
    files.mp4(b"heic"),  # an image
    files.webm(b"matroska"), b"\x1a\x45\xdf\xa3\xff\xff",  # a broken EBML header
    b"\0\0\0\x08ftypisom",  # a box too short for its brand
])
def test_what_is_not_a_known_video_is_refused(data):
    assert refusal(check_video, data).code == "bad_video"


def test_a_video_over_the_limit_is_refused():
    data = files.mp4(size=1000)

    assert refusal(check_video, data, limit=len(data) - 1).code == "file_too_large"
