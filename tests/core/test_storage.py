"""Uploaded images: checked by content, stored under the hash of their bytes, never outside."""

import hashlib
import io
import struct
import threading
import zlib
from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import Image

from app.core.errors import ValidationError
from app.core.storage import LocalStorage, check_image, get_storage, save_image


@pytest.fixture
def storage(app, tmp_path, monkeypatch):
    root = tmp_path / "uploads"
    monkeypatch.setitem(app.config, "UPLOAD_FOLDER", str(root))
    monkeypatch.setitem(app.extensions, "storage", LocalStorage(root))
    return root


def image_bytes(fmt: str, size=(4, 3)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (10, 120, 200)).save(out, format=fmt)
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims huge dimensions but holds almost nothing (a decompression bomb)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b""))


def error_code(data: bytes) -> str:
    with pytest.raises(ValidationError) as raised:
        check_image(data)
    assert raised.value.status == 422
    return raised.value.code


@pytest.mark.parametrize(("fmt", "ext"), [("PNG", "png"), ("JPEG", "jpg"), ("GIF", "gif"),
                                          ("WEBP", "webp")])
def test_check_image_names_the_extension_of_each_accepted_format(app, fmt, ext):
    assert check_image(image_bytes(fmt)) == ext


@pytest.mark.parametrize("fmt", ["BMP", "TIFF", "ICO"])
def test_other_image_formats_are_refused(app, fmt):
    assert error_code(image_bytes(fmt, size=(16, 16))) == "bad_image"


@pytest.mark.parametrize("data", [b"", b"hello, not an image", b"<svg onload=alert(1)></svg>",
                                  b"GIF89a" + b"\x00" * 3])
def test_non_images_are_bad_images(app, data):
    assert error_code(data) == "bad_image"


def test_a_truncated_image_is_a_bad_image(app):
    data = image_bytes("PNG", size=(64, 64))

    assert error_code(data[: len(data) // 2]) == "bad_image"


def test_an_image_over_the_byte_limit_is_too_large(app, monkeypatch):
    data = image_bytes("PNG")
    monkeypatch.setitem(app.config, "UPLOAD_MAX_BYTES", len(data) - 1)

    assert error_code(data) == "file_too_large"
    monkeypatch.setitem(app.config, "UPLOAD_MAX_BYTES", len(data))
    assert check_image(data) == "png"


def test_an_image_with_a_side_over_the_limit_is_refused(app, monkeypatch):
    monkeypatch.setitem(app.config, "UPLOAD_MAX_PIXELS_SIDE", 40)

    assert error_code(image_bytes("PNG", size=(41, 10))) == "image_too_large"
    assert error_code(image_bytes("PNG", size=(10, 41))) == "image_too_large"
    assert check_image(image_bytes("PNG", size=(40, 40))) == "png"


def test_a_decompression_bomb_is_refused_without_decoding_it(app):
    assert error_code(png_header_only(50_000, 50_000)) in ("bad_image", "image_too_large")


def test_save_image_stores_by_content_hash(app, storage):
    data = image_bytes("PNG")
    digest = hashlib.sha256(data).hexdigest()

    url = save_image(data)

    assert url == f"/media/images/{digest[:2]}/{digest}.png"
    assert (storage / "images" / digest[:2] / f"{digest}.png").read_bytes() == data
    assert get_storage().open(url.removeprefix("/media/")) == data


def test_saving_the_same_image_again_is_a_no_op(app, storage):
    data = image_bytes("JPEG")

    first, second = save_image(data), save_image(data)
    third = save_image(data, folder="covers")

    assert first == second and third.startswith("/media/covers/")
    files = sorted(p.relative_to(storage).parts[0] for p in storage.rglob("*") if p.is_file())
    assert files == ["covers", "images"]  # no leftover .part files either


def test_a_bad_image_is_not_stored(app, storage):
    with pytest.raises(ValidationError):
        save_image(b"not an image")

    assert not storage.exists() or not any(p.is_file() for p in storage.rglob("*"))


@pytest.mark.parametrize("key", ["../outside.png", "images/../../outside.png", "/etc/passwd",
                                 "images/../../../etc/passwd"])
def test_local_storage_never_leaves_its_folder(tmp_path, key):
    root = tmp_path / "uploads"
    root.mkdir()
    (tmp_path / "outside.png").write_bytes(b"secret")
    store = LocalStorage(root)

    assert store.open(key) is None
    with pytest.raises(ValueError):
        store.save(b"x", key)
    assert (tmp_path / "outside.png").read_bytes() == b"secret"


def test_local_storage_opens_a_missing_key_as_none(tmp_path):
    store = LocalStorage(tmp_path)

    assert store.open("images/aa/nothing.png") is None
    assert store.open("") is None  # the folder itself is no file


def test_writers_of_one_key_at_once_all_succeed(tmp_path):
    """Two test workers seeding the demo wrote one image at once: each writes its own temp file."""
    store = LocalStorage(tmp_path)
    keys = [f"demo/{n}.jpg" for n in range(40)]
    start = threading.Barrier(8)

    def write_all():
        start.wait()
        return [store.save(key.encode() * 20_000, key) for key in keys]

    with ThreadPoolExecutor(8) as pool:
        results = [future.result() for future in [pool.submit(write_all) for _ in range(8)]]

    assert all(urls == [f"/media/{key}" for key in keys] for urls in results)
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted(k[5:] for k in keys)
    assert store.open(keys[0]) == keys[0].encode() * 20_000
