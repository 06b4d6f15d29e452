"""Uploaded files behind one interface: local disk under instance/ now, object storage later.

Files are named by the hash of their content, so a URL never changes meaning and can be cached
for a year; the same image uploaded twice is stored once. Private files (exports) live in a
storage of their own, which no public URL reaches: only the endpoint that checks who asks
serves them.
"""

import hashlib
import io
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO, Protocol

from flask import current_app
from PIL import Image, UnidentifiedImageError

from app.core.errors import ValidationError

IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
MEDIA_URL = "/media/"


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
