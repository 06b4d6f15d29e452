"""HQ's uploads of material files: the type is found from the content (never the name), a PDF
with anything active or a file of the wrong kind is refused, sizes are limited, and the stored
file is served with byte ranges."""

import io

import pytest

from tests.marketing import files


def upload(client, kind: str | None, data: bytes, name: str = "upload.bin", **form):
    query = {"kind": kind} if kind else {}
    return client.post("/api/v1/materials/files", query_string=query,
                       data={"file": (io.BytesIO(data), name), **form},
                       content_type="multipart/form-data")


def stored(root) -> list:
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


@pytest.mark.parametrize(("kind", "data", "name", "file_type", "ext"), [
    ("brochure", files.plain_pdf(), "产品手册.pdf", "application/pdf", "pdf"),
    ("video", files.mp4(size=100), "广告片.mp4", "video/mp4", "mp4"),
    ("video", files.mp4(b"qt  "), "广告片.mov", "video/quicktime", "mov"),
    ("video", files.webm(), "clip.webm", "video/webm", "webm"),
    ("file", files.plain_pdf(), "价目表.pdf", "application/pdf", "pdf"),
    ("file", files.png(), "价目表.png", "image/png", "png"),
    ("brochure", files.plain_pdf(), "renamed.mp4", "application/pdf", "pdf"),  # name ignored
])
def test_hq_uploads_a_file_known_by_its_content(as_hq, client, storage, kind, data, name,
                                                 file_type, ext):
    response = upload(as_hq, kind, data, name)

    assert response.status_code == 201, response.json
    body = response.json
    assert (body["file_type"], body["file_size"]) == (file_type, len(data))
    assert body["url"].startswith("/media/materials/") and body["url"].endswith(f".{ext}")
    served = client.get(body["url"])
    assert served.status_code == 200 and served.data == data
    assert served.mimetype == file_type
    assert served.headers["X-Content-Type-Options"] == "nosniff"


REFUSED = {
    "a PDF with a script": ("brochure", files.pdf_with_script(), "pdf_active_content"),
    "a PDF with hex-escaped names": ("brochure", files.pdf_opening_with(
        b"<< /S /J#61vaScript /J#53 (app.alert(1)) >>"), "pdf_active_content"),
    "a PDF with a packed script": ("file", files.pdf_with_packed_script(),
                                   "pdf_active_content"),
    "a PDF with an attachment": ("brochure", files.pdf_with_attachment(),
                                 "pdf_active_content"),
    "an .mp4 that is a PNG": ("video", files.png(), "unsupported_file"),
    "a PDF as a video": ("video", files.plain_pdf(), "unsupported_file"),
    "a video as a brochure": ("brochure", files.mp4(), "unsupported_file"),
    "an image as a brochure": ("brochure", files.png(), "unsupported_file"),
    "audio in an MP4 box": ("video", files.mp4(b"M4A "), "unsupported_file"),
    "a broken PDF": ("brochure", b"%PDF-1.4\ngarbage", "bad_pdf"),
    "text named .png": ("file", b"just some text", "unsupported_file"),
    "a BMP image": ("file", b"BM" + b"\0" * 100, "unsupported_file"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_file_that_is_not_what_the_kind_takes_is_refused(as_hq, storage, case):
    kind, data, code = REFUSED[case]

    response = upload(as_hq, kind, data, "file.mp4" if kind == "video" else "file.pdf")

    assert response.status_code == 422, response.json
    assert response.json["error"]["code"] == code
    assert set(response.json["error"]["fields"]) == {"file"}
    assert stored(storage) == []


def test_a_script_is_refused_with_a_clear_chinese_message(as_hq, storage):
    response = upload(as_hq, "brochure", files.pdf_with_script(), "手册.pdf")

    assert "脚本" in response.json["error"]["message"]


def test_the_same_file_uploaded_twice_is_stored_once(as_hq, storage):
    first = upload(as_hq, "brochure", files.plain_pdf(), "a.pdf").json["url"]
    second = upload(as_hq, "file", files.plain_pdf(), "b.pdf").json["url"]

    assert first == second
    assert len(stored(storage)) == 1


@pytest.mark.parametrize(("query", "form"), [(None, {}), ("poster", {}),
                                             ("video", {"note": "x"})])
def test_an_upload_without_its_kind_or_with_other_fields_is_422(as_hq, storage, query, form):
    response = upload(as_hq, query, files.mp4(), "a.mp4", **form)

    assert response.status_code == 422
    assert stored(storage) == []


def test_an_image_over_its_limit_is_said_to_be_too_large(app, as_hq, storage, monkeypatch):
    data = files.png((64, 64))
    monkeypatch.setitem(app.config, "UPLOAD_MAX_BYTES", len(data) - 1)

    response = upload(as_hq, "file", data, "big.png")

    assert response.status_code == 422
    assert response.json["error"]["code"] == "file_too_large"


def test_a_pdf_over_its_limit_is_refused(app, as_hq, storage, monkeypatch):
    data = files.plain_pdf()
    monkeypatch.setitem(app.config, "MATERIAL_PDF_MAX_BYTES", len(data) - 1)

    response = upload(as_hq, "brochure", data)

    assert response.status_code == 422
    assert response.json["error"]["code"] == "file_too_large"


def test_a_video_larger_than_any_other_body_is_taken_up_to_its_own_limit(app, as_hq, storage,
                                                                         monkeypatch):
    # given bodies limited to 256 kB, and videos to 2 MB
    monkeypatch.setitem(app.config, "MAX_CONTENT_LENGTH", 256 * 1024)
    monkeypatch.setitem(app.config, "MATERIAL_VIDEO_MAX_BYTES", 2 * 1024 * 1024)
    monkeypatch.setitem(app.config, "MATERIAL_PDF_MAX_BYTES", 1024 * 1024)
    video = files.mp4(size=1024 * 1024)

    # when HQ uploads a 1 MB video, and then a 1 MB image to the image upload
    taken = upload(as_hq, "video", video, "a.mp4")
    other = as_hq.post("/api/v1/uploads", data={"file": (io.BytesIO(video), "a.png")},
                       content_type="multipart/form-data")

    # then the video is taken, and the other endpoint keeps MAX_CONTENT_LENGTH
    assert taken.status_code == 201, taken.json
    assert taken.json["file_size"] == len(video)
    assert other.status_code == 413


def test_a_body_over_the_upload_limit_is_413(app, as_hq, storage, monkeypatch):
    monkeypatch.setitem(app.config, "MATERIAL_VIDEO_MAX_BYTES", 100 * 1024)
    monkeypatch.setitem(app.config, "MATERIAL_PDF_MAX_BYTES", 100 * 1024)
    monkeypatch.setitem(app.config, "UPLOAD_MAX_BYTES", 100 * 1024)

    response = upload(as_hq, "video", files.mp4(size=300 * 1024), "a.mp4")

    assert response.status_code == 413
    assert response.json["error"]["code"] == "payload_too_large"
    assert stored(storage) == []


def test_a_video_within_the_body_but_over_its_limit_is_422(app, as_hq, storage, monkeypatch):
    monkeypatch.setitem(app.config, "MATERIAL_VIDEO_MAX_BYTES", 100 * 1024)

    response = upload(as_hq, "video", files.mp4(size=150 * 1024), "a.mp4")

    assert response.status_code == 422
    assert response.json["error"]["code"] == "file_too_large"


def test_a_video_is_served_by_byte_ranges(as_hq, client, storage):
    data = files.mp4(size=5000)
    url = upload(as_hq, "video", data, "a.mp4").json["url"]

    part = client.get(url, headers={"Range": "bytes=100-199"})
    whole = client.get(url)

    assert part.status_code == 206
    assert part.data == data[100:200]
    assert part.headers["Content-Range"] == f"bytes 100-199/{len(data)}"
    assert whole.headers["Accept-Ranges"] == "bytes"
    assert client.get(url, headers={"If-None-Match": whole.headers["ETag"]}).status_code == 304
