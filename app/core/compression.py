"""Compressed answers (brotli or gzip, as the client accepts), decided in one place.

Static files are compressed once per content and kept on disk (`app.web.assets`, which uses
`choose_encoding()` and `compress()` from here). Everything the app renders itself (API JSON,
the app shell, the service worker) goes through `compress_response()`, an after_request hook:

- only answers of a text type of at least `MIN_SIZE` bytes (below about one packet,
  compressing saves no round trip) and only 200s; a 304 carries no body;
- `Vary: Accept-Encoding` on every answer that could be compressed, and on every 304, so a
  cache never hands a compressed body to a client that did not ask for one;
- a strong ETag becomes weak when the body is compressed (the bytes differ, the content does
  not), as nginx does; If-None-Match compares weakly (RFC 9110), so a 304 still answers it.
  An answer with a strong ETag names its bytes and repeats (the shop JSON of a shared link),
  so its compressed body is kept by URL and ETag in a small per-process cache: a viral link
  costs one compression per version, not one per open.
"""

import gzip
from collections import OrderedDict
from functools import lru_cache
from threading import Lock

import brotli
from flask import Flask, Response, request
from werkzeug.http import parse_accept_header

ENCODINGS = ("br", "gzip")  # preferred first when the client weighs them alike
MIN_SIZE = 1024
COMPRESSIBLE = frozenset({
    "application/javascript", "application/json", "application/manifest+json", "image/svg+xml",
    "text/css", "text/html", "text/javascript", "text/plain",
})
# Levels: BEST when nobody waits (`flask assets compress` at release time: brotli 11 takes
# seconds for a 1 MB file); FAST while a client waits (first requests, rendered answers).
BEST = {"br": 11, "gzip": 9}
FAST = {"br": 5, "gzip": 6}


@lru_cache(maxsize=256)
def choose_encoding(accept_encoding: str) -> str | None:
    """The encoding to answer an Accept-Encoding header with (quality values respected)."""
    return parse_accept_header(accept_encoding).best_match(ENCODINGS) if accept_encoding else None


def compress(data: bytes, encoding: str, *, best: bool = False) -> bytes:
    level = (BEST if best else FAST)[encoding]
    if encoding == "br":
        return brotli.compress(data, quality=level)
    return gzip.compress(data, compresslevel=level, mtime=0)


class CompressedCache:
    """Compressed bodies by (URL, strong ETag, encoding), bounded, least recently used out."""

    def __init__(self, size: int = 512):
        self.size = size
        self.entries: OrderedDict[tuple[str, str, str], bytes] = OrderedDict()
        self.lock = Lock()

    def get(self, url: str, etag: str, body: bytes, encoding: str) -> bytes:
        key = (url, etag, encoding)
        with self.lock:
            data = self.entries.get(key)
            if data is not None:
                self.entries.move_to_end(key)
                return data
        data = compress(body, encoding)
        with self.lock:
            self.entries[key] = data
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)
        return data


compressed_cache = CompressedCache()


def compress_response(response: Response) -> Response:
    """after_request: compress a rendered answer when it pays and the client accepts it.

    On the public shop's hot path: plain header reads, no parsed header objects."""
    if response.direct_passthrough or response.is_streamed:
        return response  # files: their views serve precompressed variants
    status = response.status_code
    if status == 304:
        _vary(response)
        if choose_encoding(request.headers.get("Accept-Encoding", "")):
            _weaken_etag(response)
        return response
    if response.mimetype not in COMPRESSIBLE:
        return response
    _vary(response)
    if status != 200 or "Content-Encoding" in response.headers:
        return response
    body = response.get_data()
    if len(body) < MIN_SIZE:
        return response
    encoding = choose_encoding(request.headers.get("Accept-Encoding", ""))
    if encoding is None:
        return response
    etag = response.headers.get("ETag")
    if etag and not etag.startswith("W/"):
        response.set_data(compressed_cache.get(request.full_path, etag, body, encoding))
        response.headers["ETag"] = f"W/{etag}"
    else:
        response.set_data(compress(body, encoding))
    response.headers["Content-Encoding"] = encoding
    return response


def _vary(response: Response) -> None:
    vary = response.headers.get("Vary")
    if not vary:
        response.headers["Vary"] = "Accept-Encoding"
    elif "accept-encoding" not in vary.lower():
        response.headers["Vary"] = f"{vary}, Accept-Encoding"


def _weaken_etag(response: Response) -> None:
    """The ETag of a compressed answer is weak; a 304 says what the 200 would have said."""
    etag = response.headers.get("ETag")
    if etag and not etag.startswith("W/"):
        response.headers["ETag"] = f"W/{etag}"


def register_compression(app: Flask) -> None:
    app.after_request(compress_response)
