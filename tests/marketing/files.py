"""Files for the upload tests, made byte by byte: PDFs (plain, with script in the open, behind
name escapes or packed in a compressed object stream), MP4, MOV and WebM headers, images."""

import io
import struct
import zlib

from PIL import Image
from pypdf import PdfWriter

CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"


def pdf(*objects: bytes) -> bytes:
    """A PDF of these objects (1, 2, 3, ...), with a true cross-reference table."""
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def plain_pdf() -> bytes:
    """A real one-page PDF, as pypdf writes it."""
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_script() -> bytes:
    """A document-level script: the catalog's JavaScript name tree."""
    return pdf(b"<< /Type /Catalog /Pages 2 0 R /Names << /JavaScript << /Names [(hi) 4 0 R] "
               b">> >> >>", PAGES, PAGE, b"<< /S /JavaScript /JS (app.alert('hi')) >>")


def pdf_with_attachment() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_attachment("run.bat", b"calc.exe")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_opening_with(action: bytes) -> bytes:
    """A PDF whose /OpenAction is object 4, `action`."""
    return pdf(b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>", PAGES, PAGE, action)


def pdf_with_packed_script() -> bytes:
    """A PDF 1.5 whose open action (a script) sits in a Flate-compressed object stream, listed
    by a cross-reference stream: its bytes name no script anywhere."""
    action = b"<< /S /JavaScript /JS (app.alert(1)) >>"
    header = b"4 0 "
    packed = zlib.compress(header + action)
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number, body in ((1, b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>"),
                         (2, PAGES), (3, PAGE)):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    offsets[5] = len(out)
    out += (b"5 0 obj\n<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\n"
            b"stream\n" % (len(header), len(packed))) + packed + b"\nendstream\nendobj\n"
    offsets[6] = len(out)
    rows = [struct.pack(">BIH", 0, 0, 65535)]
    for number in range(1, 7):
        if number == 4:
            rows.append(struct.pack(">BIH", 2, 5, 0))  # in object stream 5, first
        else:
            rows.append(struct.pack(">BIH", 1, offsets[number], 0))
    table = b"".join(rows)
    out += (b"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n"
            % len(table)) + table + b"\nendstream\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % offsets[6]
    return bytes(out)


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def mp4(brand: bytes = b"isom", size: int = 0) -> bytes:
    """An ISO media file: its ftyp box, a free box and `size` bytes of media data."""
    ftyp = box(b"ftyp", brand + struct.pack(">I", 512) + b"isom" + b"mp41")
    return ftyp + box(b"free", b"") + box(b"mdat", b"\0" * size)


def webm(doctype: bytes = b"webm") -> bytes:
    """An EBML header naming its DocType, then an empty Segment."""
    def element(element_id: bytes, data: bytes) -> bytes:
        return element_id + bytes([0x80 | len(data)]) + data

    header = b"".join([element(b"\x42\x86", b"\x01"), element(b"\x42\xf7", b"\x01"),
                       element(b"\x42\xf2", b"\x04"), element(b"\x42\xf3", b"\x08"),
                       element(b"\x42\x82", doctype), element(b"\x42\x87", b"\x04"),
                       element(b"\x42\x85", b"\x02")])
    return b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(header)]) + header + \
        b"\x18\x53\x80\x67\x80"


def png(size=(8, 6), color=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, format="PNG")
    return out.getvalue()
