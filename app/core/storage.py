"""Uploaded files behind one interface: local disk under instance/ now, object storage later.

Files are named by the hash of their content, so a URL never changes meaning and can be cached
for a year; the same image uploaded twice is stored once. Private files (exports) live in a
storage of their own, which no public URL reaches: only the endpoint that checks who asks
serves them.

Every upload is checked by its content, never by the name or type the client gives: images
are decoded by Pillow (`check_image`), a PDF is read object by object for anything it could
run or carry (`check_pdf`), a video is known by its container's header (`check_video`). Large
files (PDFs, videos) are read from the request's spooled temporary file a chunk at a time and
copied into storage (`save_stream`), never held in memory; a view that takes them declares its
own body limit with `accepts_upload()`.
"""

import hashlib
import io
import logging
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Protocol

import flask
from flask import current_app
from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

from app.core.errors import ValidationError

IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
MEDIA_URL = "/media/"
CHUNK = 1 << 20  # what a large upload is read by


class Storage(Protocol):
    def save(self, data: bytes, key: str) -> str:
        """Store `data` under `key` (idempotent) and return its public URL."""

    def open(self, key: str) -> bytes | None:
        """The stored bytes, or None."""

    def save_file(self, source: BinaryIO, key: str) -> None:
        """Store what `source` holds from its current position under `key`, replacing it."""

    def open_file(self, key: str) -> BinaryIO | None:
        """The stored file to read from (the caller closes it), or None."""

    def delete(self, key: str) -> None:
        """Forget `key`; nothing happens if it is not stored."""


class LocalStorage:
    """Files under a folder (default instance/uploads), served by the app at /media/<key>."""

    def __init__(self, root: str | Path):
        self.root = Path(root)

    def path_of(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if not path.is_relative_to(self.root.resolve()):
            raise ValueError(f"bad key {key!r}")
        return path

    def save(self, data: bytes, key: str) -> str:
        path = self.path_of(key)
        if not path.exists():
            self._write(path, lambda tmp: tmp.write(data))
        return MEDIA_URL + key

    def save_file(self, source: BinaryIO, key: str) -> None:
        self._write(self.path_of(key), lambda tmp: shutil.copyfileobj(source, tmp))

    @staticmethod
    def _write(path: Path, fill) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # A temp file of this writer's own: two processes storing one key at once each
        # rename a whole file into place, and the second rename replaces equal bytes.
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, suffix=".part",
                                         delete=False) as tmp:
            try:
                fill(tmp)
            except OSError:
                Path(tmp.name).unlink(missing_ok=True)
                raise
        Path(tmp.name).replace(path)  # atomic: a reader never sees half a file

    def open(self, key: str) -> bytes | None:
        try:
            return self.path_of(key).read_bytes()
        except (OSError, ValueError):
            return None

    def open_file(self, key: str) -> BinaryIO | None:
        try:
            return self.path_of(key).open("rb")
        except (OSError, ValueError):
            return None

    def delete(self, key: str) -> None:
        self.path_of(key).unlink(missing_ok=True)


def get_storage() -> Storage:
    storage = current_app.extensions.get("storage")
    if storage is None:
        root = current_app.config["UPLOAD_FOLDER"] or Path(current_app.instance_path, "uploads")
        storage = current_app.extensions["storage"] = LocalStorage(root)
    return storage


def get_private_storage() -> Storage:
    """Files only their own endpoint serves (exports), outside what /media/ reads."""
    storage = current_app.extensions.get("private_storage")
    if storage is None:
        root = current_app.config["PRIVATE_FOLDER"] or Path(current_app.instance_path, "private")
        storage = current_app.extensions["private_storage"] = LocalStorage(root)
    return storage


def check_image(data: bytes) -> str:
    """Raise ValidationError unless `data` is a JPEG, PNG, WebP or GIF within the limits."""
    limit = current_app.config["UPLOAD_MAX_BYTES"]
    if len(data) > limit:
        raise ValidationError(f"图片不能超过 {limit // (1024 * 1024)} MB", code="file_too_large",
                              fields={"file": ["文件过大"]})
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError("请上传 JPG、PNG、WebP 或 GIF 图片", code="bad_image",
                              fields={"file": ["不是有效的图片"]}) from None
    if kind not in IMAGE_FORMATS:
        raise ValidationError("请上传 JPG、PNG、WebP 或 GIF 图片", code="bad_image",
                              fields={"file": ["不支持的图片格式"]})
    max_side = current_app.config["UPLOAD_MAX_PIXELS_SIDE"]
    if width > max_side or height > max_side:
        raise ValidationError(f"图片边长不能超过 {max_side} 像素", code="image_too_large",
                              fields={"file": ["图片尺寸过大"]})
    return IMAGE_FORMATS[kind]


def save_image(data: bytes, folder: str = "images") -> str:
    """Check and store an image; returns its URL."""
    ext = check_image(data)
    digest = hashlib.sha256(data).hexdigest()
    return get_storage().save(data, f"{folder}/{digest[:2]}/{digest}.{ext}")


def _too_large(what: str, limit: int) -> ValidationError:
    return ValidationError(f"{what}不能超过 {limit // (1024 * 1024)} MB", code="file_too_large",
                           fields={"file": ["文件过大"]})


def size_of(stream: BinaryIO) -> int:
    """The stream's length in bytes; it is left at its start."""
    size = stream.seek(0, io.SEEK_END)
    stream.seek(0)
    return size


# --- PDF ---------------------------------------------------------------------------------------

PDF_MAGIC = b"%PDF-"
# What a PDF could run or carry besides its pages: scripts (an /OpenAction or /AA that runs one
# names /JavaScript or /JS), launching a program, embedded files, Flash, XML forms.
PDF_ACTIVE_NAMES = frozenset({"JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles",
                              "RichMedia", "XFA"})
# A name token: "/" then regular characters, #xx escapes included (/J#61vaScript is
# /JavaScript). The longest name of the list, escaped whole, is 39 bytes.
_PDF_NAME = re.compile(rb"/([^\x00\t\n\x0c\r ()<>\[\]{}/%]{1,127})")
_PDF_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_NAME_OVERLAP = 256  # bytes kept from one chunk to the next: longer than any name that matters
BAD_PDF = "请上传有效的 PDF 文件"
ACTIVE_PDF = "PDF 中含有脚本、自动操作或嵌入文件，为安全起见不能上传，请另存为普通 PDF 后再试"

logging.getLogger("pypdf").setLevel(logging.ERROR)  # a repaired file is no news for our logs


def _raw_active_names(stream: BinaryIO) -> set[str]:
    """The active names written anywhere in the file's bytes, read a chunk at a time: in
    objects outside any cross-reference too (a viewer may rebuild a broken table from them)."""
    found, tail = set(), b""
    stream.seek(0)
    while True:
        chunk = stream.read(CHUNK)
        window = tail + chunk
        for match in _PDF_NAME.finditer(window):
            if chunk and match.end() == len(window):  # the name may go on in the next chunk
                continue
            name = _PDF_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), match.group(1))
            if name.decode("latin-1") in PDF_ACTIVE_NAMES:
                found.add(name.decode("latin-1"))
        if not chunk:
            return found
        tail = window[-_NAME_OVERLAP:]


def _object_names(root) -> set[str]:
    """Every name in an object, as key or value, in nested dictionaries and arrays (indirect
    references are not followed: every indirect object is read on its own)."""
    names, stack = set(), [root]
    while stack:
        item = stack.pop()
        if isinstance(item, NameObject):
            names.add(str(item)[1:])
        elif isinstance(item, DictionaryObject):  # a stream's dictionary too
            names.update(str(key)[1:] for key in item)
            stack.extend(dict.values(item))
        elif isinstance(item, ArrayObject):
            stack.extend(list.__iter__(item))
    return names


def _parsed_active_names(stream: BinaryIO) -> set[str]:
    """The active names of every object the file's cross-references list, those packed in
    compressed object streams included. Raise ValidationError for a file pypdf cannot read
    or that is encrypted (its object streams cannot be read without the password)."""
    stream.seek(0)
    try:
        reader = PdfReader(stream, strict=False)
        if reader.is_encrypted:
            raise ValidationError("加密的 PDF 无法检查，请上传未加密的文件", code="bad_pdf",
                                  fields={"file": ["PDF 已加密"]})
        refs = [IndirectObject(idnum, generation, reader)
                for generation, entries in reader.xref.items() for idnum in entries]
        refs += [IndirectObject(idnum, 0, reader) for idnum in reader.xref_objStm]
        found = _object_names(reader.trailer)
        for ref in refs:
            found |= _object_names(reader.get_object(ref))
    except ValidationError:
        raise
    except Exception:  # a parser of untrusted bytes: whatever it raises, the file is unreadable
        raise ValidationError(BAD_PDF, code="bad_pdf",
                              fields={"file": ["不是有效的 PDF"]}) from None
    return found & PDF_ACTIVE_NAMES


def check_pdf(stream: BinaryIO, max_bytes: int) -> str:
    """Raise ValidationError unless the stream is a PDF of at most `max_bytes` with nothing it
    could run or carry (PDF_ACTIVE_NAMES, however escaped or compressed); returns "pdf"."""
    if size_of(stream) > max_bytes:
        raise _too_large("PDF ", max_bytes)
    if stream.read(len(PDF_MAGIC)) != PDF_MAGIC:
        raise ValidationError(BAD_PDF, code="bad_pdf", fields={"file": ["不是 PDF 文件"]})
    active = _raw_active_names(stream) or _parsed_active_names(stream)
    stream.seek(0)
    if active:
        raise ValidationError(ACTIVE_PDF, code="pdf_active_content",
                              fields={"file": [f"含有 {', '.join(sorted(active))}"]})
    return "pdf"


# --- video -------------------------------------------------------------------------------------

# MP4 and QuickTime files open with an `ftyp` box naming their major brand; those of audio
# (M4A), images (HEIC, AVIF) and other uses are not videos.
VIDEO_BRANDS = {**dict.fromkeys((b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"mp41",
                                 b"mp42", b"avc1", b"M4V ", b"M4VP", b"dash", b"mmp4",
                                 b"MSNV"), "mp4"),
                b"qt  ": "mov"}
VIDEO_TYPES = {"mp4": "video/mp4", "mov": "video/quicktime", "webm": "video/webm"}
IMAGE_TYPES = {ext: f"image/{'jpeg' if ext == 'jpg' else ext}" for ext in IMAGE_FORMATS.values()}
# The media type of each extension a file is stored under: what /media/ serves it as.
MEDIA_TYPES = {"pdf": "application/pdf", **VIDEO_TYPES, **IMAGE_TYPES}
EBML_MAGIC = b"\x1a\x45\xdf\xa3"
EBML_DOCTYPE = b"\x42\x82"
BAD_VIDEO = "请上传 MP4、MOV 或 WebM 视频"


def _vint(data: bytes, at: int, keep_marker: bool) -> tuple[int, int]:
    """An EBML variable-length integer at `at`: (value, the offset after it)."""
    first = data[at]
    length = 8 - first.bit_length() + 1 if first else 9
    if length > 8 or at + length > len(data):
        raise ValueError("not an EBML integer")
    value = first if keep_marker else first & ((1 << (8 - length)) - 1)
    for byte in data[at + 1:at + length]:
        value = value << 8 | byte
    return value, at + length


def _webm_doctype(head: bytes) -> bytes | None:
    """The DocType of an EBML header ("webm", "matroska"), or None."""
    try:
        _, at = _vint(head, len(EBML_MAGIC), keep_marker=False)  # the header's size
        while at < len(head):
            element, at = _vint(head, at, keep_marker=True)
            size, at = _vint(head, at, keep_marker=False)
            if element == int.from_bytes(EBML_DOCTYPE, "big"):
                return head[at:at + size]
            at += size
    except (ValueError, IndexError):
        return None
    return None


def video_kind(head: bytes) -> str | None:
    """"mp4", "mov" or "webm" by the first bytes of a file, else None."""
    if head[4:8] == b"ftyp" and int.from_bytes(head[:4], "big") >= 16:
        return VIDEO_BRANDS.get(head[8:12])
    if head.startswith(EBML_MAGIC) and _webm_doctype(head) == b"webm":
        return "webm"
    return None


def check_video(stream: BinaryIO, max_bytes: int) -> str:
    """Raise ValidationError unless the stream is an MP4, MOV or WebM video of at most
    `max_bytes`; returns its extension (VIDEO_TYPES)."""
    if size_of(stream) > max_bytes:
        raise _too_large("视频", max_bytes)
    kind = video_kind(stream.read(256))
    stream.seek(0)
    if kind is None:
        raise ValidationError(BAD_VIDEO, code="bad_video", fields={"file": ["不是支持的视频格式"]})
    return kind


def save_stream(stream: BinaryIO, folder: str, ext: str) -> str:
    """Store a checked upload by the hash of its content, read and copied a chunk at a time;
    returns its URL."""
    stream.seek(0)
    digest = hashlib.file_digest(stream, "sha256").hexdigest()
    key = f"{folder}/{digest[:2]}/{digest}.{ext}"
    stream.seek(0)
    get_storage().save_file(stream, key)
    return MEDIA_URL + key


# --- request bodies larger than MAX_CONTENT_LENGTH ---------------------------------------------

def accepts_upload(limit: Callable[[], int]):
    """Declare that a view's body may be `limit()` bytes (a video), not MAX_CONTENT_LENGTH."""
    def decorator(view):
        view.body_limit = limit
        return view
    return decorator


class Request(flask.Request):
    """The app's request: the body limit of the view it is routed to (accepts_upload), else
    MAX_CONTENT_LENGTH. Read from the matched view, so it holds for whoever reads the body
    first (the CSRF check and core.guards read the form before the view)."""

    @property
    def max_content_length(self) -> int | None:
        if self._max_content_length is None and self.url_rule is not None:
            view = current_app.view_functions.get(self.url_rule.endpoint)
            limit = getattr(view, "body_limit", None)
            if limit is not None:
                return limit()
        return super().max_content_length

    @max_content_length.setter
    def max_content_length(self, value: int | None) -> None:
        self._max_content_length = value
