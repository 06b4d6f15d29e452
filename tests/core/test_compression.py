"""Compressed answers (app.core.compression), on a bare Flask app with the hook registered."""

import gzip
import json

import brotli
import pytest
from flask import Flask, Response, jsonify, request

from app.core.compression import MIN_SIZE, choose_encoding, compress_response, compressed_cache

BIG = {"items": [{"id": n, "name": f"商品 {n}", "price": 100 * n} for n in range(200)]}


@pytest.fixture
def web():
    app = Flask(__name__)
    app.after_request(compress_response)

    @app.get("/big")
    def big():
        return jsonify(BIG)

    @app.get("/tiny")
    def tiny():
        return jsonify(ok=True)

    @app.get("/tagged")
    def tagged():
        response = jsonify(BIG)
        response.set_etag("v1")
        return response.make_conditional(request)

    @app.get("/png")
    def png():
        return Response(b"\x89PNG" + b"\0" * 4096, mimetype="image/png")

    return app.test_client()


@pytest.mark.parametrize(("accept", "encoding", "decode"), [
    ("gzip, deflate, br, zstd", "br", brotli.decompress),
    ("gzip", "gzip", gzip.decompress),
    ("br;q=0.5, gzip", "gzip", gzip.decompress),
])
def test_a_large_json_answer_is_compressed_as_the_client_prefers(web, accept, encoding, decode):
    response = web.get("/big", headers={"Accept-Encoding": accept})

    assert response.headers["Content-Encoding"] == encoding
    assert json.loads(decode(response.data)) == BIG
    assert int(response.headers["Content-Length"]) == len(response.data)
    assert "Accept-Encoding" in response.headers["Vary"]


@pytest.mark.parametrize("accept", [None, "identity", "gzip;q=0, br;q=0", "deflate"])
def test_a_client_that_accepts_no_encoding_we_have_gets_the_plain_body(web, accept):
    response = web.get("/big", headers={"Accept-Encoding": accept} if accept else {})

    assert "Content-Encoding" not in response.headers
    assert response.json == BIG
    assert "Accept-Encoding" in response.headers["Vary"]  # a cache must still tell them apart


def test_tiny_answers_and_binary_files_are_not_compressed(web):
    tiny = web.get("/tiny", headers={"Accept-Encoding": "br"})
    png = web.get("/png", headers={"Accept-Encoding": "br"})

    assert len(tiny.data) < MIN_SIZE and "Content-Encoding" not in tiny.headers
    assert "Content-Encoding" not in png.headers and "Vary" not in png.headers


def test_a_compressed_answer_has_a_weak_etag_that_still_answers_304(web):
    # given a tagged answer fetched compressed
    first = web.get("/tagged", headers={"Accept-Encoding": "br"})
    assert first.headers["ETag"] == 'W/"v1"'

    # when the client revalidates with what it got
    again = web.get("/tagged", headers={"Accept-Encoding": "br", "If-None-Match": 'W/"v1"'})

    # then it is a 304 that says what the 200 said, and varies like it
    assert again.status_code == 304
    assert again.headers["ETag"] == 'W/"v1"'
    assert "Accept-Encoding" in again.headers["Vary"]
    # and a client that takes no encoding keeps the strong tag
    assert web.get("/tagged").headers["ETag"] == '"v1"'


def test_a_tagged_answer_is_compressed_once_per_content(web, monkeypatch):
    calls = []
    monkeypatch.setattr("app.core.compression.compress",
                        lambda data, encoding: calls.append(encoding) or gzip.compress(data))
    compressed_cache.entries.clear()

    bodies = {web.get("/tagged", headers={"Accept-Encoding": "gzip"}).data for _ in range(3)}

    assert calls == ["gzip"]
    assert len(bodies) == 1


def test_the_choice_respects_quality_values():
    assert choose_encoding("gzip, br") == "br"
    assert choose_encoding("br;q=0.1, gzip;q=0.9") == "gzip"
    assert choose_encoding("*") == "br"
    assert choose_encoding("br;q=0") is None
    assert choose_encoding("") is None
